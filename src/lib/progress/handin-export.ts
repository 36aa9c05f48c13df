/** Making a hand-in on the pupil's device: their attempts on the lessons this app has. */
import type { KlikwijsDb, Profile } from './db';
import type { HandIn, HandInAttempt, Layout } from './handin';

export async function pupilHandIn(
	db: KlikwijsDb,
	profile: Profile,
	layout: Layout,
	contentVersion: string,
	now = Date.now()
): Promise<HandIn> {
	const known = new Map(layout.rules.map((r) => [r.id, new Set(r.scenarios)]));
	const attempts: HandInAttempt[] = (
		await db.attempts.where('profileId').equals(profile.id).toArray()
	)
		// An attempt on a rule or scenario the lessons no longer have cannot travel.
		.filter((a) => known.get(a.ruleId)?.has(a.scenarioId))
		.map((a) => ({
			ruleId: a.ruleId,
			ruleVersion: a.ruleVersion,
			scenarioId: a.scenarioId,
			outcome: a.outcome,
			firstTry: a.firstTry,
			at: Math.floor(a.at / 1000) * 1000
		}));
	return {
		contentVersion,
		createdAt: Math.floor(now / 1000) * 1000,
		profile: {
			id: profile.id,
			name: profile.name,
			avatar: profile.avatar,
			band: profile.band,
			...(profile.groupId ? { groupId: profile.groupId } : {})
		},
		attempts
	};
}

/**
 * The join code that keys a pupil's hand-in: their group's, when the group is on this device
 * (a shared iPad the teacher set up), else the code the pupil typed to join.
 */
export async function handInKey(db: KlikwijsDb, profile: Profile): Promise<string | undefined> {
	const group = profile.groupId ? await db.groups.get(profile.groupId) : undefined;
	return group?.joinCode ?? profile.joinCode;
}
