import type { AgeBand, RuleSummary } from '$lib/content/schema';
import { avatars } from '$lib/ui/avatars';
import { newId, type Group, type KlikwijsDb, type Profile } from './db';
import { newJoinCode } from './join-code';
import { checkProfileName, type NameProblem } from './profile-name';
import { deriveRuleProgress, readSetting, writeSetting } from './progress';

export const maxGroupNameLength = 40;
export type GroupNameProblem = 'empty' | 'too-long';

export function checkGroupName(
	input: string
): { ok: true; name: string } | { ok: false; problem: GroupNameProblem } {
	const name = input.normalize('NFC').replace(/\s+/g, ' ').trim();
	if (!name) return { ok: false, problem: 'empty' };
	if ([...name].length > maxGroupNameLength) return { ok: false, problem: 'too-long' };
	return { ok: true, name };
}

const sameName = (a: string, b: string) => a.localeCompare(b, 'nl', { sensitivity: 'base' }) === 0;

export function byName(a: { name: string }, b: { name: string }) {
	return a.name.localeCompare(b.name, 'nl', { sensitivity: 'base', numeric: true });
}

export async function createGroup(
	db: KlikwijsDb,
	input: { name: string; band: AgeBand }
): Promise<Group> {
	const check = checkGroupName(input.name);
	if (!check.ok) throw new RangeError(check.problem);
	return db.transaction('rw', db.groups, async () => {
		const taken = (await db.groups.toArray()).map((g) => g.joinCode);
		const group: Group = {
			id: newId(),
			name: check.name,
			band: input.band,
			joinCode: newJoinCode(taken),
			archived: false,
			createdAt: Date.now()
		};
		await db.groups.add(group);
		return group;
	});
}

export async function renameGroup(db: KlikwijsDb, id: string, name: string) {
	const check = checkGroupName(name);
	if (!check.ok) throw new RangeError(check.problem);
	await db.groups.update(id, { name: check.name });
}

export async function setArchived(db: KlikwijsDb, id: string, archived: boolean) {
	await db.groups.update(id, { archived });
	if (archived && (await readSetting<string>(db, activeGroupKey)) === id) {
		await writeSetting(db, activeGroupKey, null);
	}
}

/**
 * A new age band for a group: its pupils get it too, and their progress is derived again,
 * because a rule's scenarios depend on the band.
 */
export async function setGroupBand(
	db: KlikwijsDb,
	id: string,
	band: AgeBand,
	ruleOf: (id: string) => RuleSummary | undefined
) {
	await db.transaction('rw', [db.groups, db.profiles, db.attempts, db.ruleProgress], async () => {
		await db.groups.update(id, { band });
		const pupils = await db.profiles.where('groupId').equals(id).toArray();
		for (const pupil of pupils) {
			await db.profiles.update(pupil.id, { band });
			const ruleIds = new Set(
				(await db.attempts.where('profileId').equals(pupil.id).toArray()).map((a) => a.ruleId)
			);
			for (const ruleId of ruleIds) {
				const rule = ruleOf(ruleId);
				if (rule) await deriveRuleProgress(db, pupil.id, rule, band);
			}
		}
	});
}

export type PupilNameProblem = NameProblem | 'duplicate';

export interface ListProblem {
	line: number;
	name: string;
	problem: PupilNameProblem;
}

/**
 * A pasted class list: one name per line (commas, semicolons and tabs work too, as in a list
 * copied from a spreadsheet). Every name must be a first name or nickname, once in the group.
 */
export function parsePupilList(
	text: string,
	existing: readonly string[]
): { names: string[]; problems: ListProblem[] } {
	const entries = text
		.split(/[\r\n,;\t]+/)
		.map((raw) => raw.trim())
		.filter(Boolean);
	const names: string[] = [];
	const problems: ListProblem[] = [];
	entries.forEach((raw, index) => {
		const check = checkProfileName(raw);
		if (!check.ok) problems.push({ line: index + 1, name: raw, problem: check.problem });
		else if ([...existing, ...names].some((n) => sameName(n, check.name))) {
			problems.push({ line: index + 1, name: raw, problem: 'duplicate' });
		} else names.push(check.name);
	});
	return { names, problems };
}

export function checkPupilName(
	input: string,
	existing: readonly string[]
): { ok: true; name: string } | { ok: false; problem: PupilNameProblem } {
	const check = checkProfileName(input);
	if (!check.ok) return check;
	if (existing.some((n) => sameName(n, check.name))) return { ok: false, problem: 'duplicate' };
	return check;
}

/** Avatars for new pupils: the ones least used in the group first, so the grid stays varied. */
export function pickAvatars(count: number, used: readonly string[]): string[] {
	const uses = new Map<string, number>(avatars.map((a) => [a, 0]));
	for (const avatar of used) if (uses.has(avatar)) uses.set(avatar, uses.get(avatar)! + 1);
	const picked: string[] = [];
	for (let i = 0; i < count; i += 1) {
		const [avatar] = [...uses.entries()].sort((a, b) => a[1] - b[1])[0]!;
		picked.push(avatar);
		uses.set(avatar, uses.get(avatar)! + 1);
	}
	return picked;
}

export function groupPupils(db: KlikwijsDb, groupId: string): Promise<Profile[]> {
	return db.profiles
		.where('groupId')
		.equals(groupId)
		.toArray()
		.then((list) => list.sort(byName));
}

/** Adds pupils to a group, all or none; they get the group's age band. */
export async function addPupils(
	db: KlikwijsDb,
	group: Group,
	pupils: { name: string; avatar: string }[]
): Promise<Profile[]> {
	return db.transaction('rw', db.profiles, async () => {
		const existing = (await db.profiles.where('groupId').equals(group.id).toArray()).map(
			(p) => p.name
		);
		const seen: string[] = [...existing];
		const now = Date.now();
		const profiles = pupils.map((pupil, index): Profile => {
			const check = checkPupilName(pupil.name, seen);
			if (!check.ok) throw new RangeError(`${pupil.name}: ${check.problem}`);
			seen.push(check.name);
			return {
				id: newId(),
				name: check.name,
				avatar: pupil.avatar,
				band: group.band,
				groupId: group.id,
				createdAt: now + index
			};
		});
		await db.profiles.bulkAdd(profiles);
		return profiles;
	});
}

export async function updatePupil(
	db: KlikwijsDb,
	pupil: Profile,
	change: { name?: string; avatar?: string }
): Promise<{ ok: true } | { ok: false; problem: PupilNameProblem }> {
	return db.transaction('rw', db.profiles, async () => {
		const update: Partial<Profile> = {};
		if (change.name !== undefined) {
			const others = pupil.groupId
				? (await db.profiles.where('groupId').equals(pupil.groupId).toArray())
						.filter((p) => p.id !== pupil.id)
						.map((p) => p.name)
				: [];
			const check = checkPupilName(change.name, others);
			if (!check.ok) return check;
			update.name = check.name;
		}
		if (change.avatar !== undefined) update.avatar = change.avatar;
		await db.profiles.update(pupil.id, update);
		return { ok: true as const };
	});
}

/** The group whose pupils a shared device shows on its start page. */
export const activeGroupKey = 'activeGroup';

export async function activeGroup(db: KlikwijsDb): Promise<Group | undefined> {
	const id = await readSetting<string | null>(db, activeGroupKey);
	if (!id) return undefined;
	const group = await db.groups.get(id);
	return group && !group.archived ? group : undefined;
}

export function setActiveGroup(db: KlikwijsDb, id: string | null) {
	return writeSetting(db, activeGroupKey, id);
}

/**
 * Puts a pupil who played on this device without a group (made with "Ik ben nieuw") into a
 * group: they get the group's band and their progress is derived again for it.
 */
export async function moveToGroup(
	db: KlikwijsDb,
	profileId: string,
	group: Group,
	ruleOf: (id: string) => RuleSummary | undefined
): Promise<{ ok: true } | { ok: false; problem: 'duplicate' | 'missing' }> {
	return db.transaction('rw', [db.profiles, db.attempts, db.ruleProgress], async () => {
		const pupil = await db.profiles.get(profileId);
		if (!pupil) return { ok: false as const, problem: 'missing' as const };
		const others = (await db.profiles.where('groupId').equals(group.id).toArray()).filter(
			(p) => p.id !== profileId
		);
		if (others.some((p) => sameName(p.name, pupil.name))) {
			return { ok: false as const, problem: 'duplicate' as const };
		}
		await db.profiles.update(profileId, { groupId: group.id, band: group.band });
		const ruleIds = new Set(
			(await db.attempts.where('profileId').equals(profileId).toArray()).map((a) => a.ruleId)
		);
		for (const ruleId of ruleIds) {
			const rule = ruleOf(ruleId);
			if (rule) await deriveRuleProgress(db, profileId, rule, group.band);
		}
		return { ok: true as const };
	});
}
