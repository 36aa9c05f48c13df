/**
 * Reading hand-ins on the teacher's device. A code is checked against the join code of every
 * group on this device (that tells which group it is from), matched to a pupil by profile id
 * (or an id linked earlier), else by name in that group once the teacher confirms, and then its
 * attempts are merged in one transaction: all or nothing, and the same hand-in twice adds
 * nothing the second time.
 */
import type { RuleSummary } from '$lib/content/schema';
import type { Attempt, Group, KlikwijsDb, Profile } from './db';
import { decodeHandIn, type HandIn, type HandInProblem, type Layout } from './handin';
import { byName, checkPupilName } from './groups';
import { mergeAttempts } from './progress';

export type ReadResult =
	{ ok: true; handIn: HandIn; group: Group } | { ok: false; problem: HandInProblem };

export async function readHandIn(
	db: KlikwijsDb,
	text: string,
	layout: Layout
): Promise<ReadResult> {
	const groups = await db.groups.toArray();
	const decoded = await decodeHandIn(
		text,
		layout,
		groups.map((g) => g.joinCode)
	);
	if (!decoded.ok) return decoded;
	const group = groups.find((g) => g.joinCode === decoded.joinCode)!;
	return { ok: true, handIn: decoded.handIn, group };
}

export type Match =
	| { kind: 'profile'; profile: Profile }
	| { kind: 'confirm'; pupils: Profile[]; sameName?: Profile };

/** Which pupil a hand-in is from: certain by id, or a question for the teacher. */
export async function matchHandIn(db: KlikwijsDb, handIn: HandIn, group: Group): Promise<Match> {
	const id = handIn.profile.id;
	const profile =
		(await db.profiles.get(id)) ?? (await db.profiles.where('linkedIds').equals(id).first());
	if (profile) return { kind: 'profile', profile };
	const pupils = (await db.profiles.where('groupId').equals(group.id).toArray()).sort(byName);
	const name = handIn.profile.name.toLocaleLowerCase('nl');
	const sameName = pupils.find((p) => p.name.toLocaleLowerCase('nl') === name);
	return { kind: 'confirm', pupils, sameName };
}

/** Whether the hand-in's own name can become a new pupil in the group. */
export function canAddAsNew(handIn: HandIn, pupils: readonly Profile[]) {
	return checkPupilName(
		handIn.profile.name,
		pupils.map((p) => p.name)
	);
}

export type Target = { profileId: string } | { newPupil: true };

export interface ApplyResult {
	profile: Profile;
	/** Attempts this device did not have yet. */
	added: number;
	/** Rules the hand-in brought something new for. */
	rules: string[];
	createdPupil: boolean;
}

export class HandInRefused extends Error {
	constructor(readonly reason: 'name' | 'pupil') {
		super(`hand-in refused: ${reason}`);
		this.name = 'HandInRefused';
	}
}

/**
 * The attempts of a hand-in as this device stores them. Their ids are made from their facts
 * and the pupil's id on their own device, so the same hand-in gives the same ids each time;
 * an answer given twice in one second gets a count.
 */
export function attemptsOf(handIn: HandIn, profileId: string): Attempt[] {
	const seen = new Map<string, number>();
	return handIn.attempts.map((a) => {
		const key = [
			handIn.profile.id,
			a.ruleId,
			a.ruleVersion,
			a.scenarioId,
			a.at / 1000,
			a.outcome === 'right' ? 'r' : 'w',
			a.firstTry ? 'f' : 'n'
		].join(':');
		const count = seen.get(key) ?? 0;
		seen.set(key, count + 1);
		return {
			id: `h:${key}:${count}`,
			profileId,
			ruleId: a.ruleId,
			ruleVersion: a.ruleVersion,
			scenarioId: a.scenarioId,
			outcome: a.outcome,
			firstTry: a.firstTry,
			at: a.at
		};
	});
}

export async function applyHandIn(
	db: KlikwijsDb,
	handIn: HandIn,
	group: Group,
	target: Target,
	ruleOf: (id: string) => RuleSummary | undefined
): Promise<ApplyResult> {
	return db.transaction('rw', [db.profiles, db.attempts, db.ruleProgress], async () => {
		let profile: Profile | undefined;
		let createdPupil = false;
		if ('newPupil' in target) {
			const inGroup = await db.profiles.where('groupId').equals(group.id).toArray();
			const check = canAddAsNew(handIn, inGroup);
			if (!check.ok) throw new HandInRefused('name');
			profile = {
				id: handIn.profile.id,
				name: check.name,
				avatar: handIn.profile.avatar,
				band: group.band,
				groupId: group.id,
				createdAt: Date.now()
			};
			if (await db.profiles.get(profile.id)) throw new HandInRefused('pupil');
			await db.profiles.add(profile);
			createdPupil = true;
		} else {
			profile = await db.profiles.get(target.profileId);
			if (!profile) throw new HandInRefused('pupil');
			const linked = profile.linkedIds ?? [];
			if (profile.id !== handIn.profile.id && !linked.includes(handIn.profile.id)) {
				profile = { ...profile, linkedIds: [...linked, handIn.profile.id] };
				await db.profiles.put(profile);
			}
		}
		const band = profile.band;
		const { added } = await mergeAttempts(db, attemptsOf(handIn, profile.id), ruleOf, () => band);
		return {
			profile,
			added: added.length,
			rules: [...new Set(added.map((a) => a.ruleId))],
			createdPupil
		};
	});
}
