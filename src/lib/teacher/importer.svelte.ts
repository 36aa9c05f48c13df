/**
 * The teacher's hand-in inbox: codes from the camera, a photo or files go through one queue,
 * one at a time. A code matched by id is stored at once (so the teacher can keep scanning); a
 * code that needs the teacher's word waits in `pending`. Every outcome is written to `log`.
 */
import type { RuleSummary } from '$lib/content/schema';
import type { Group, KlikwijsDb, Profile } from '$lib/progress/db';
import type { HandIn, HandInProblem, Layout } from '$lib/progress/handin';
import {
	applyHandIn,
	canAddAsNew,
	matchHandIn,
	readHandIn,
	type ApplyResult,
	type Target
} from '$lib/progress/handin-import';

export type Refusal = HandInProblem | 'no-code' | 'storage' | 'name';

type Entry =
	| { kind: 'stored'; group: string; result: ApplyResult; source?: string }
	| { kind: 'refused'; problem: Refusal; source?: string };

export type LogEntry = Entry & { id: number };

export interface Pending {
	id: number;
	code: string;
	source?: string;
	handIn: HandIn;
	group: Group;
	pupils: Profile[];
	sameName?: Profile;
	/** The hand-in's name can become a new pupil of the group (valid and not taken). */
	canAddNew: boolean;
}

export function createImporter(
	db: KlikwijsDb,
	layout: Promise<Layout>,
	ruleOf: (id: string) => RuleSummary | undefined
) {
	let log = $state<LogEntry[]>([]);
	let pending = $state<Pending[]>([]);
	let next = 1;
	let queue: Promise<unknown> = Promise.resolve();

	const write = (entry: Entry) => {
		log = [{ ...entry, id: next++ }, ...log];
	};

	async function store(handIn: HandIn, group: Group, target: Target, source?: string) {
		try {
			const result = await applyHandIn(db, handIn, group, target, ruleOf);
			write({ kind: 'stored', group: group.name, result, source });
		} catch (error) {
			const reason = (error as { reason?: string }).reason;
			write({ kind: 'refused', problem: reason === 'name' ? 'name' : 'storage', source });
		}
	}

	async function process(code: string, source?: string) {
		if (pending.some((p) => p.code === code)) return;
		const read = await readHandIn(db, code, await layout);
		if (!read.ok) {
			write({ kind: 'refused', problem: read.problem, source });
			return;
		}
		const match = await matchHandIn(db, read.handIn, read.group);
		if (match.kind === 'profile') {
			await store(read.handIn, read.group, { profileId: match.profile.id }, source);
			return;
		}
		pending = [
			...pending,
			{
				id: next++,
				code,
				source,
				handIn: read.handIn,
				group: read.group,
				pupils: match.pupils,
				sameName: match.sameName,
				canAddNew: canAddAsNew(read.handIn, match.pupils).ok
			}
		];
	}

	function enqueue<T>(work: () => Promise<T>): Promise<T> {
		const run = queue.then(work);
		queue = run.catch(() => undefined);
		return run;
	}

	return {
		get log() {
			return log;
		},
		get pending() {
			return pending;
		},
		/** A code from the camera, a photo or a file. */
		take(code: string, source?: string) {
			return enqueue(() => process(code, source));
		},
		refuse(problem: Refusal, source?: string) {
			write({ kind: 'refused', problem, source });
		},
		/** The teacher's answer to "whose is this?". */
		confirm(id: number, target: Target) {
			return enqueue(async () => {
				const item = pending.find((p) => p.id === id);
				if (!item) return;
				pending = pending.filter((p) => p.id !== id);
				await store(item.handIn, item.group, target, item.source);
			});
		},
		skip(id: number) {
			pending = pending.filter((p) => p.id !== id);
		}
	};
}

export type Importer = ReturnType<typeof createImporter>;
