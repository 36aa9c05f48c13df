import type { Outcome } from '../../progress/mastery';
import type { ScreenKind, SpotPart } from './schema';

export type Device = 'chromebook' | 'ipad' | 'phone';

export interface SpotState {
	/** Ids of the parts to find that the pupil found, in the order found. */
	found: string[];
	/** Ids of parts that are fine and that the pupil tapped (each counts as a mistake once). */
	fine: string[];
	/** The last part tapped and what it turned out to be: its message is on screen. */
	last?: { id: string; result: 'found' | 'fine' };
	/** The part the last hint points at. */
	hinted?: string;
	solved: boolean;
}

export const startSpot = (): SpotState => ({ found: [], fine: [], solved: false });

export const partsToFind = (parts: SpotPart[]): SpotPart[] => parts.filter((p) => p.find);

/**
 * Taps a part. A part to find is marked found ('right' once the last one is found); a part
 * that is fine is a mistake ('wrong'), counted once per part. Tapping a part again shows its
 * message again without counting.
 */
export function tap(
	state: SpotState,
	parts: SpotPart[],
	id: string
): { state: SpotState; outcome?: Outcome } {
	const part = parts.find((p) => p.id === id);
	if (!part || state.solved) return { state };
	if (part.find) {
		if (state.found.includes(id)) {
			return { state: { ...state, last: { id, result: 'found' } } };
		}
		const found = [...state.found, id];
		const solved = found.length === partsToFind(parts).length;
		const hinted = state.hinted === id ? undefined : state.hinted;
		return {
			state: { ...state, found, solved, hinted, last: { id, result: 'found' } },
			outcome: solved ? 'right' : undefined
		};
	}
	const again = state.fine.includes(id);
	return {
		state: {
			...state,
			fine: again ? state.fine : [...state.fine, id],
			last: { id, result: 'fine' }
		},
		outcome: again ? undefined : 'wrong'
	};
}

/** Points at the first part, in screen order, that is still to be found. */
export function hint(state: SpotState, parts: SpotPart[]): SpotState {
	if (state.solved) return state;
	const next = partsToFind(parts).find((p) => !state.found.includes(p.id));
	return next ? { ...state, hinted: next.id } : state;
}

/** A post or a message is usually seen on an iPad; a web page or warning on a Chromebook. */
export function deviceFor(kind: ScreenKind, device?: Device): Device {
	return device ?? (kind === 'post' || kind === 'message' ? 'ipad' : 'chromebook');
}
