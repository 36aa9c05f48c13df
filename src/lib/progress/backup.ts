/**
 * The teacher's backup: every group, pupil, attempt and derived rule progress on this device,
 * as one JSON file. Importing it on another device gives identical data; importing it on a
 * device that has data already merges: groups and pupils it does not know are added (what the
 * device has is kept), attempts are a union (see mergeAttempts), and the rules that got new
 * attempts are derived again. All in one transaction: a damaged file changes nothing.
 */
import { config, z } from 'zod';
import { ageBands } from '$lib/content/constants';
import type { RuleSummary } from '$lib/content/schema';
import type { Attempt, Group, KlikwijsDb, Profile, RuleProgress } from './db';
import { deriveRuleProgress, mergeAttempts } from './progress';

// Zod compiles fast parsers with `new Function` when it can, and probes for that once. The app's
// Content-Security-Policy forbids eval, so the probe fails silently, but the browser still reports
// it as a policy violation (colinhacks/zod#4461). Parsing without it is just as correct. Set here,
// in the only module that parses with zod in the browser, so zod stays off the start page.
config({ jitless: true });

export const backupFormat = 1;
/** Larger files are refused unread: 50,000 attempts take about 12 MB. */
export const maxBackupBytes = 60_000_000;

const id = z.string().min(1).max(200);
const time = z.number().int().min(0);
const band = z.enum(ageBands);

const groupSchema = z.looseObject({
	id,
	name: z.string().min(1).max(200),
	joinCode: z.string().min(1).max(20),
	band,
	archived: z.boolean(),
	createdAt: time
});
const profileSchema = z.looseObject({
	id,
	name: z.string().min(1).max(200),
	avatar: z.string().min(1).max(40),
	band,
	groupId: id.optional(),
	joinCode: z.string().max(20).optional(),
	linkedIds: z.array(id).optional(),
	createdAt: time
});
const attemptSchema = z.looseObject({
	id,
	profileId: id,
	ruleId: id,
	ruleVersion: z.number().int().min(1),
	scenarioId: id,
	outcome: z.enum(['right', 'wrong']),
	firstTry: z.boolean(),
	at: time
});
const progressSchema = z.looseObject({
	profileId: id,
	ruleId: id,
	updatedAt: time,
	version: z.number().int().min(1),
	total: z.number().int().min(0),
	right: z.array(id),
	stars: z.number().int().min(0),
	completed: z.boolean(),
	completedAt: time.optional(),
	completedVersions: z.array(z.number().int())
});

const backupSchema = z.object({
	klikwijs: z.literal('backup'),
	checksum: z.string().regex(/^[0-9a-f]{16}$/),
	format: z.literal(backupFormat),
	contentVersion: z.string().max(64),
	exportedAt: time,
	groups: z.array(groupSchema),
	profiles: z.array(profileSchema),
	attempts: z.array(attemptSchema),
	ruleProgress: z.array(progressSchema)
});

export interface Backup {
	klikwijs: 'backup';
	/** Of everything else in the file: a damaged file is refused whole, not half imported. */
	checksum: string;
	format: typeof backupFormat;
	contentVersion: string;
	exportedAt: number;
	groups: Group[];
	profiles: Profile[];
	attempts: Attempt[];
	ruleProgress: RuleProgress[];
}

export async function exportBackup(db: KlikwijsDb, contentVersion: string): Promise<Backup> {
	const content = await db.transaction(
		'r',
		[db.groups, db.profiles, db.attempts, db.ruleProgress],
		async () => ({
			format: backupFormat as typeof backupFormat,
			contentVersion,
			exportedAt: Date.now(),
			groups: await db.groups.toArray(),
			profiles: await db.profiles.toArray(),
			attempts: await db.attempts.toArray(),
			ruleProgress: await db.ruleProgress.toArray()
		})
	);
	return { klikwijs: 'backup', checksum: checksumOf(content), ...content };
}

export function backupText(backup: Backup): string {
	return JSON.stringify(backup);
}

/**
 * FNV-1a, 64 bits, over the JSON of the content: enough to notice a damaged or hand-edited file
 * (it is no signature: a backup is the teacher's own file, kept behind their PIN).
 */
function checksumOf(content: unknown): string {
	const text = JSON.stringify(content);
	let high = 0xcbf29ce4;
	let low = 0x84222325;
	for (let i = 0; i < text.length; i++) {
		low ^= text.charCodeAt(i);
		// Multiply the 64-bit value by the FNV prime 0x100000001b3, in 32-bit halves.
		const lowTimes = low * 0x1b3;
		const carry = Math.floor(lowTimes / 0x100000000);
		high = (Math.imul(high, 0x1b3) + Math.imul(low, 0x100) + carry) >>> 0;
		low = lowTimes >>> 0;
	}
	return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}

export type BackupProblem = 'too-big' | 'not-backup' | 'hand-in' | 'format' | 'damaged';

export function parseBackup(
	text: string
): { ok: true; backup: Backup } | { ok: false; problem: BackupProblem } {
	if (text.length > maxBackupBytes) return { ok: false, problem: 'too-big' };
	let json: unknown;
	try {
		json = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return {
			ok: false,
			problem: /^\s*[{[]/.test(text) && text.includes('"klikwijs"') ? 'damaged' : 'not-backup'
		};
	}
	const kind = (json as { klikwijs?: unknown } | null)?.klikwijs;
	if (kind === 'hand-in') return { ok: false, problem: 'hand-in' };
	if (kind !== 'backup') return { ok: false, problem: 'not-backup' };
	if ((json as { format?: unknown }).format !== backupFormat) {
		return { ok: false, problem: 'format' };
	}
	const parsed = backupSchema.safeParse(json);
	if (!parsed.success) return { ok: false, problem: 'damaged' };
	const { klikwijs: _kind, checksum, ...content } = json as Backup;
	if (checksumOf(content) !== checksum) return { ok: false, problem: 'damaged' };
	return { ok: true, backup: parsed.data as Backup };
}

export interface ImportSummary {
	groups: number;
	pupils: number;
	attempts: number;
}

export async function importBackup(
	db: KlikwijsDb,
	backup: Backup,
	options: { contentVersion: string; ruleOf: (id: string) => RuleSummary | undefined }
): Promise<ImportSummary> {
	return db.transaction('rw', [db.groups, db.profiles, db.attempts, db.ruleProgress], async () => {
		const knownGroups = new Set(await db.groups.toCollection().primaryKeys());
		const newGroups = backup.groups.filter((g) => !knownGroups.has(g.id));
		await db.groups.bulkAdd(newGroups);

		const profiles = new Map((await db.profiles.toArray()).map((p) => [p.id, p]));
		let pupils = 0;
		for (const profile of backup.profiles) {
			const mine = profiles.get(profile.id);
			if (!mine) {
				await db.profiles.add(profile);
				profiles.set(profile.id, profile);
				pupils += 1;
			} else if (profile.linkedIds?.some((l) => !mine.linkedIds?.includes(l))) {
				const linkedIds = [...new Set([...(mine.linkedIds ?? []), ...profile.linkedIds])];
				await db.profiles.update(mine.id, { linkedIds });
			}
		}

		// Which rules of which pupils this device had attempts for before the import.
		const pairs = (await db.attempts.orderBy('[profileId+ruleId]').uniqueKeys()) as unknown as [
			string,
			string
		][];
		const hadBefore = new Set(pairs.map(([profileId, ruleId]) => `${profileId}\u0000${ruleId}`));
		const { added } = await mergeAttempts(
			db,
			backup.attempts,
			() => undefined,
			() => undefined
		);
		const stored = new Map(backup.ruleProgress.map((p) => [`${p.profileId}\u0000${p.ruleId}`, p]));
		const sameLessons = backup.contentVersion === options.contentVersion;
		const touched = new Set(added.map((a) => `${a.profileId}\u0000${a.ruleId}`));
		for (const key of touched) {
			const [profileId, ruleId] = key.split('\u0000') as [string, string];
			const copy = stored.get(key);
			if (copy && sameLessons && !hadBefore.has(key)) {
				// New to this device and made with the same lessons: kept exactly as exported.
				await db.ruleProgress.put(copy);
				continue;
			}
			const rule = options.ruleOf(ruleId);
			const band = profiles.get(profileId)?.band;
			if (rule && band) await deriveRuleProgress(db, profileId, rule, band);
			else if (copy) await db.ruleProgress.put(copy);
		}
		return { groups: newGroups.length, pupils, attempts: added.length };
	});
}
