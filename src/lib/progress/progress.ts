import type { AgeBand, RuleSummary } from '$lib/content/schema';
import { newId, type Attempt, type KlikwijsDb, type Profile, type RuleProgress } from './db';
import { masteryOf, type Outcome } from './mastery';

/** Saving failed because the device's storage is full or gone; what was stored before is intact. */
export class StorageProblem extends Error {
	constructor(
		readonly kind: 'full' | 'unavailable',
		options?: { cause?: unknown }
	) {
		super(
			kind === 'full' ? 'The storage of this device is full' : 'Storage is unavailable',
			options
		);
		this.name = 'StorageProblem';
	}
}

function asStorageProblem(error: unknown): unknown {
	const name = (error as { name?: string; inner?: { name?: string } })?.name;
	const inner = (error as { inner?: { name?: string } })?.inner?.name;
	if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
		return new StorageProblem('full', { cause: error });
	}
	if (
		name === 'MissingAPIError' ||
		name === 'InvalidStateError' ||
		name === 'OpenFailedError' ||
		name === 'DatabaseClosedError'
	) {
		return new StorageProblem('unavailable', { cause: error });
	}
	return error;
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		throw asStorageProblem(error);
	}
}

export function createProfile(
	db: KlikwijsDb,
	input: Pick<Profile, 'name' | 'avatar' | 'band'> & { groupId?: string }
): Promise<Profile> {
	const profile: Profile = { id: newId(), createdAt: Date.now(), ...input };
	return guarded(async () => {
		await db.profiles.add(profile);
		return profile;
	});
}

export interface AttemptInput {
	profileId: string;
	rule: RuleSummary;
	band: AgeBand;
	scenarioId: string;
	outcome: Outcome;
	firstTry: boolean;
}

/**
 * Waits for a save the pupil started. A full disk or unavailable storage comes back as its kind,
 * for the page to tell while the game goes on; anything else is a bug and is thrown.
 */
export async function trySave<T>(
	save: Promise<T>
): Promise<{ saved: T } | { problem: StorageProblem['kind'] }> {
	try {
		return { saved: await save };
	} catch (error) {
		if (error instanceof StorageProblem) return { problem: error.kind };
		throw error;
	}
}

/** Appends an attempt and updates the rule's derived progress in the same transaction. */
export function recordAttempt(db: KlikwijsDb, input: AttemptInput): Promise<RuleProgress> {
	const attempt: Attempt = {
		id: newId(),
		profileId: input.profileId,
		ruleId: input.rule.id,
		ruleVersion: input.rule.version,
		scenarioId: input.scenarioId,
		outcome: input.outcome,
		firstTry: input.firstTry,
		at: Date.now()
	};
	return guarded(() =>
		// A promise chain, not async/await: Dexie keeps the transaction alive across await only
		// with the browser's own IndexedDB, and the in-memory fallback (session.svelte.ts) is not.
		db.transaction('rw', db.attempts, db.ruleProgress, () =>
			db.attempts
				.add(attempt)
				.then(() => deriveRuleProgress(db, input.profileId, input.rule, input.band))
		)
	);
}

/** Recomputes one rule's progress from the attempt log; call inside a transaction. */
export async function deriveRuleProgress(
	db: KlikwijsDb,
	profileId: string,
	rule: RuleSummary,
	band: AgeBand
): Promise<RuleProgress> {
	const attempts = await db.attempts
		.where('[profileId+ruleId]')
		.equals([profileId, rule.id])
		.toArray();
	const progress: RuleProgress = {
		profileId,
		ruleId: rule.id,
		updatedAt: Date.now(),
		...masteryOf(rule, band, attempts)
	};
	await db.ruleProgress.put(progress);
	return progress;
}

export function progressOf(db: KlikwijsDb, profileId: string): Promise<RuleProgress[]> {
	return db.ruleProgress.where('profileId').equals(profileId).toArray();
}

// Dexie walks a cursor key by key for anyOf(); one equals() per pupil is one native getAll each,
// several times faster for a group (the teacher's matrix waits on this read).
export async function progressOfPupils(
	db: KlikwijsDb,
	profileIds: readonly string[]
): Promise<RuleProgress[]> {
	return (await Promise.all(profileIds.map((id) => progressOf(db, id)))).flat();
}

/** Every attempt of these pupils, one native read per pupil (see progressOfPupils). */
export async function attemptsOfPupils(
	db: KlikwijsDb,
	profileIds: readonly string[]
): Promise<Attempt[]> {
	return (
		await Promise.all(profileIds.map((id) => db.attempts.where('profileId').equals(id).toArray()))
	).flat();
}

export async function readSetting<T>(db: KlikwijsDb, key: string): Promise<T | undefined> {
	return (await db.settings.get(key))?.value as T | undefined;
}

export function writeSetting(db: KlikwijsDb, key: string, value: unknown): Promise<void> {
	return guarded(async () => {
		await db.settings.put({ key, value });
	});
}

/** What makes two attempts the same answer, whatever their ids: who, where, how, which second. */
export function attemptFacts(
	a: Pick<
		Attempt,
		'profileId' | 'ruleId' | 'ruleVersion' | 'scenarioId' | 'outcome' | 'firstTry' | 'at'
	>
): string {
	return [
		a.profileId,
		a.ruleId,
		a.ruleVersion,
		a.scenarioId,
		Math.floor(a.at / 1000),
		a.outcome,
		a.firstTry ? 1 : 0
	].join('\u0000');
}

export interface MergeResult {
	added: Attempt[];
	derived: RuleProgress[];
}

/**
 * Appends the attempts this device does not have yet and re-derives the progress of every rule
 * they touch. "Not yet" is by id, and also by the attempt's facts, so one answer that arrives
 * twice — by a backup with its original id and by a hand-in with an id made from its facts —
 * is kept once; each copy of an answer given twice in the same second is kept. Merging the same
 * attempts again adds nothing: importing is idempotent. Call inside a read-write transaction on
 * attempts and ruleProgress so that a failure leaves nothing half done.
 */
export async function mergeAttempts(
	db: KlikwijsDb,
	incoming: readonly Attempt[],
	ruleOf: (id: string) => RuleSummary | undefined,
	bandOf: (profileId: string) => AgeBand | undefined
): Promise<MergeResult> {
	const pairs = new Map<string, Attempt[]>();
	for (const attempt of incoming) {
		const key = `${attempt.profileId}\u0000${attempt.ruleId}`;
		pairs.set(key, [...(pairs.get(key) ?? []), attempt]);
	}
	const added: Attempt[] = [];
	const touched: [string, string][] = [];
	// Ids are unique across the whole log: an incoming attempt whose id is already stored under
	// another pupil or rule (a damaged or forged file) is skipped, never allowed to abort the import.
	const taken = new Set(
		(await db.attempts
			.where('id')
			.anyOf(incoming.map((a) => a.id))
			.primaryKeys()) as string[]
	);
	for (const list of pairs.values()) {
		const { profileId, ruleId } = list[0]!;
		const existing = await db.attempts
			.where('[profileId+ruleId]')
			.equals([profileId, ruleId])
			.toArray();
		const ids = new Set(existing.map((a) => a.id));
		const unmatched = new Map<string, number>();
		for (const a of existing)
			unmatched.set(attemptFacts(a), (unmatched.get(attemptFacts(a)) ?? 0) + 1);
		const consume = (facts: string) => {
			const left = unmatched.get(facts) ?? 0;
			if (left > 0) unmatched.set(facts, left - 1);
			return left > 0;
		};
		// Known ids first, so they use up their own facts and not those of a new copy.
		const fresh: Attempt[] = [];
		for (const attempt of list) {
			if (ids.has(attempt.id)) consume(attemptFacts(attempt));
			else fresh.push(attempt);
		}
		const before = added.length;
		for (const attempt of fresh) {
			if (taken.has(attempt.id) || consume(attemptFacts(attempt))) continue;
			taken.add(attempt.id);
			added.push(attempt);
		}
		if (added.length > before) touched.push([profileId, ruleId]);
	}
	if (added.length > 0) await db.attempts.bulkAdd(added);
	const derived: RuleProgress[] = [];
	for (const [profileId, ruleId] of touched) {
		const rule = ruleOf(ruleId);
		const band = bandOf(profileId);
		if (rule && band) derived.push(await deriveRuleProgress(db, profileId, rule, band));
	}
	return { added, derived };
}
