import type { AgeBand, ScenarioBand } from '$lib/content/schema';

export type Outcome = 'right' | 'wrong';

/** What mastery needs to know of an attempt. */
export interface AttemptFacts {
	scenarioId: string;
	ruleVersion: number;
	outcome: Outcome;
	firstTry: boolean;
	at: number;
}

export interface RuleShape {
	version: number;
	scenarios: { id: string; band: ScenarioBand }[];
}

export interface Mastery {
	/** The rule version these figures are about. */
	version: number;
	/** Scenarios of the pupil's band. */
	total: number;
	/** Scenarios of the band that ended right in this version. */
	right: string[];
	/** Of those, the ones answered right the first time: one star each. */
	stars: number;
	completed: boolean;
	completedAt?: number;
	/** Earlier versions the pupil completed: a raised version asks them to do it again. */
	completedVersions: number[];
}

const inBand = (band: AgeBand) => (s: { band: ScenarioBand }) =>
	s.band === 'all' || s.band === band;

/**
 * A rule is completed when every scenario of it for the pupil's age band has ended right.
 * Stars count the scenarios whose first answer was right.
 */
export function masteryOf(rule: RuleShape, band: AgeBand, attempts: AttemptFacts[]): Mastery {
	const ids = rule.scenarios.filter(inBand(band)).map((s) => s.id);
	const firstRightAt = new Map<number, Map<string, number>>();
	const firstTryRight = new Set<string>();
	for (const attempt of attempts) {
		if (attempt.outcome !== 'right') continue;
		const byScenario = firstRightAt.get(attempt.ruleVersion) ?? new Map<string, number>();
		firstRightAt.set(attempt.ruleVersion, byScenario);
		const earlier = byScenario.get(attempt.scenarioId);
		if (earlier === undefined || attempt.at < earlier)
			byScenario.set(attempt.scenarioId, attempt.at);
		if (attempt.firstTry && attempt.ruleVersion === rule.version) {
			firstTryRight.add(attempt.scenarioId);
		}
	}
	const current = firstRightAt.get(rule.version) ?? new Map<string, number>();
	const right = ids.filter((id) => current.has(id));
	const completed = ids.length > 0 && right.length === ids.length;
	const completedVersions = [...firstRightAt.entries()]
		.filter(
			([version, byScenario]) => version < rule.version && ids.every((id) => byScenario.has(id))
		)
		.map(([version]) => version)
		.sort((a, b) => a - b);
	return {
		version: rule.version,
		total: ids.length,
		right,
		stars: ids.filter((id) => firstTryRight.has(id)).length,
		completed,
		completedAt: completed ? Math.max(...right.map((id) => current.get(id) ?? 0)) : undefined,
		completedVersions
	};
}

export type RuleState = 'new' | 'busy' | 'done' | 'redo';

/** How a rule card shows a pupil's progress; stored progress of an older version counts as none. */
export function ruleState(mastery: Mastery | undefined, version: number): RuleState {
	if (!mastery) return 'new';
	if (mastery.version === version && mastery.completed) return 'done';
	if (mastery.version === version && mastery.right.length > 0) return 'busy';
	const completedBefore =
		mastery.completedVersions.length > 0 || (mastery.version < version && mastery.completed);
	return completedBefore ? 'redo' : 'new';
}
