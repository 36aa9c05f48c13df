import type { Scenario } from '$lib/content/schema';

/** The stages of a class discussion of one scenario on the smartboard. */
export type BoardStep =
	| { kind: 'situation' }
	| { kind: 'play' }
	| { kind: 'answer' }
	| { kind: 'question'; index: number }
	| { kind: 'rule' };

/**
 * Situation, then the scenario itself (choices lettered A–D for a vote, or the game to play
 * together), the answer for a choice scenario, each discussion question on its own, and the rule.
 */
export function boardSteps(scenario: Pick<Scenario, 'type' | 'discuss'>): BoardStep[] {
	return [
		{ kind: 'situation' },
		{ kind: 'play' },
		...(scenario.type === 'choice' ? [{ kind: 'answer' } as const] : []),
		...scenario.discuss.map((_, index) => ({ kind: 'question', index }) as const),
		{ kind: 'rule' }
	];
}

/** Presenter clickers send PageUp/PageDown; keyboards use arrows and space. */
export function stepDirection(key: string, inGame: boolean): -1 | 0 | 1 {
	if (key === 'PageDown') return 1;
	if (key === 'PageUp') return -1;
	// Inside a game the arrows and space belong to the game (sorting, ordering, buttons).
	if (inGame) return 0;
	if (key === 'ArrowRight' || key === 'ArrowDown' || key === ' ') return 1;
	if (key === 'ArrowLeft' || key === 'ArrowUp') return -1;
	return 0;
}

export function moveStep(current: number, direction: -1 | 0 | 1, count: number): number {
	return Math.min(Math.max(current + direction, 0), count - 1);
}
