import type { Outcome } from '../../progress/mastery';
import type { BrowserAction, BrowserControl, BrowserStep } from './schema';

export interface BrowserState {
	/** The step the pupil is at: 0 while the pop-up shows, 1 once it was closed. */
	step: number;
	/** Wrong actions the pupil tried: they stay marked and do not count again. */
	tried: string[];
	/** The last action chosen: its feedback is on screen. */
	last?: string;
	solved: boolean;
}

export const startBrowser = (): BrowserState => ({ step: 0, tried: [], solved: false });

/** The pop-up (or wrong page) shows until a right ✕ or ← took the pupil to the next step. */
export const popupOpen = (state: BrowserState): boolean => state.step === 0;

export const currentStep = (state: BrowserState, steps: BrowserStep[]): BrowserStep | undefined =>
	steps[state.step];

/** The action of the current step on a control (for the ✕ and ←, which appear once). */
export function actionOn(
	state: BrowserState,
	steps: BrowserStep[],
	control: BrowserControl
): BrowserAction | undefined {
	return currentStep(state, steps)?.actions.find((a) => a.control === control);
}

export function findAction(
	steps: BrowserStep[],
	id: string | undefined
): BrowserAction | undefined {
	for (const step of steps) {
		const action = step.actions.find((a) => a.id === id);
		if (action) return action;
	}
	return undefined;
}

/**
 * Chooses an action of the current step. A wrong one is a mistake ('wrong'), once. A right ✕
 * or ← with a next step closes the pop-up and moves on; any other right action ends the
 * scenario ('right').
 */
export function choose(
	state: BrowserState,
	steps: BrowserStep[],
	id: string
): { state: BrowserState; outcome?: Outcome } {
	const action = currentStep(state, steps)?.actions.find((a) => a.id === id);
	if (!action || state.solved || state.tried.includes(id)) return { state };
	if (!action.correct) {
		return { state: { ...state, tried: [...state.tried, id], last: id }, outcome: 'wrong' };
	}
	const closes = action.control === 'close' || action.control === 'back';
	if (closes && state.step + 1 < steps.length) {
		return { state: { ...state, step: state.step + 1, last: id } };
	}
	return { state: { ...state, solved: true, last: id }, outcome: 'right' };
}
