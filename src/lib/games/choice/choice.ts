import type { ChoiceOption } from './schema';

export interface ChoiceState {
	picked: string[];
	solved: boolean;
}

export const startChoice = (): ChoiceState => ({ picked: [], solved: false });

/** Picks a choice; a wrong one stays visible with its explanation, a right one ends the game. */
export function pick(state: ChoiceState, choices: ChoiceOption[], id: string): ChoiceState {
	const choice = choices.find((c) => c.id === id);
	if (!choice || state.solved || state.picked.includes(id)) return state;
	return { picked: [...state.picked, id], solved: choice.correct };
}

export function lastPicked(state: ChoiceState, choices: ChoiceOption[]): ChoiceOption | undefined {
	const id = state.picked.at(-1);
	return choices.find((c) => c.id === id);
}
