import type { Outcome } from '$lib/progress/mastery';

/** One play of one scenario: the first outcome reported in it is the pupil's first try. */
export interface ScenarioRun {
	scenarioId: string;
	reported: number;
	solved: boolean;
}

export const startRun = (scenarioId: string): ScenarioRun => ({
	scenarioId,
	reported: 0,
	solved: false
});

export function report(
	run: ScenarioRun,
	outcome: Outcome
): { run: ScenarioRun; attempt?: { outcome: Outcome; firstTry: boolean } } {
	if (run.solved) return { run };
	return {
		run: { ...run, reported: run.reported + 1, solved: outcome === 'right' },
		attempt: { outcome, firstTry: run.reported === 0 }
	};
}

/** Where a pupil continues: the first scenario not yet ended right, or the start for a replay. */
export function resumeIndex(scenarioIds: string[], right: readonly string[]): number {
	const index = scenarioIds.findIndex((id) => !right.includes(id));
	return index === -1 ? 0 : index;
}
