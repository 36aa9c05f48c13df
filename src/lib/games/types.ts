import type { GameType, ScenarioOf } from '$lib/content/schema';
import type { Outcome } from '$lib/progress/mastery';

/**
 * What every game component receives. A game reports 'wrong' for each mistake (it explains
 * why and lets the pupil try again) and 'right' once, when the scenario has ended right.
 */
export interface GameProps<T extends GameType> {
	scenario: ScenarioOf<T>;
	onoutcome: (outcome: Outcome) => void;
}
