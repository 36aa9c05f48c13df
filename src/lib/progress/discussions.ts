import type { KlikwijsDb } from './db';
import { activeGroupKey } from './groups';
import { readSetting, writeSetting } from './progress';

/** When a rule was discussed with the whole group on the smartboard, and which scenarios. */
export type Discussions = Record<string, { at: number; scenarios: string[] }>;

export const discussionsKey = (groupId: string) => `discussed:${groupId}`;

export function withDiscussion(
	discussions: Discussions,
	ruleId: string,
	scenarioId: string,
	at: number
): Discussions {
	const earlier = discussions[ruleId];
	const scenarios = [...new Set([...(earlier?.scenarios ?? []), scenarioId])];
	return { ...discussions, [ruleId]: { at: Math.max(at, earlier?.at ?? 0), scenarios } };
}

/**
 * Records "met de groep besproken" when the board reaches a scenario's rule, but only on the
 * teacher's own set-up: a group active on this device and a teacher PIN set. Nothing about a
 * pupil is stored. Returns whether it was recorded.
 */
export async function recordDiscussion(
	db: KlikwijsDb,
	ruleId: string,
	scenarioId: string,
	pinKey: string,
	at = Date.now()
): Promise<boolean> {
	const groupId = await readSetting<string | null>(db, activeGroupKey);
	const pin = await readSetting<unknown>(db, pinKey);
	if (!groupId || !pin) return false;
	const key = discussionsKey(groupId);
	const current = (await readSetting<Discussions>(db, key)) ?? {};
	await writeSetting(db, key, withDiscussion(current, ruleId, scenarioId, at));
	return true;
}
