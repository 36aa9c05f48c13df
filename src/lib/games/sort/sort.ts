import type { SortCard } from './schema';

/** A sort game in play. Only cards in their right bin are placed; a wrong one goes back. */
export interface SortState {
	/** Card id → bin id, for the cards that lie in their right bin. */
	placed: Record<string, string>;
	/** The card the pupil has picked up (tapped, or Enter/Space), waiting for a bin. */
	held: string | null;
	/** The last card put in a bin: its explanation stays on screen. */
	last: { card: string; bin: string; right: boolean } | null;
	solved: boolean;
}

/** What a placement means for the game: 'solved' when it was the last card. */
export type Placement = 'right' | 'wrong' | 'solved';

export const startSort = (): SortState => ({ placed: {}, held: null, last: null, solved: false });

export const isPlaced = (state: SortState, cardId: string) => cardId in state.placed;

/** Picks a card up, or puts it down again when it is already held. Placed cards stay put. */
export function hold(state: SortState, cards: SortCard[], cardId: string): SortState {
	if (state.solved || isPlaced(state, cardId) || !cards.some((c) => c.id === cardId)) return state;
	return { ...state, held: state.held === cardId ? null : cardId };
}

/** Puts the held card down without placing it. */
export function release(state: SortState): SortState {
	return state.held === null ? state : { ...state, held: null };
}

/**
 * Drops a card (the held one unless another is named) in a bin. A right bin keeps it; a wrong
 * bin sends it back to the pile. Without a card or after the end, nothing happens.
 */
export function place(
	state: SortState,
	cards: SortCard[],
	binId: string,
	cardId: string | null = state.held
): { state: SortState; result?: Placement } {
	const card = cards.find((c) => c.id === cardId);
	if (state.solved || !card || isPlaced(state, card.id)) return { state };
	const right = card.bin === binId;
	const placed = right ? { ...state.placed, [card.id]: binId } : state.placed;
	const solved = cards.every((c) => c.id in placed);
	return {
		state: { placed, held: null, last: { card: card.id, bin: binId, right }, solved },
		result: !right ? 'wrong' : solved ? 'solved' : 'right'
	};
}

/** The cards still to sort, in the order of the lesson file. */
export const pile = (state: SortState, cards: SortCard[]) =>
	cards.filter((c) => !isPlaced(state, c.id));

/** The cards placed in a bin, in the order of the lesson file. */
export const cardsIn = (state: SortState, cards: SortCard[], binId: string) =>
	cards.filter((c) => state.placed[c.id] === binId);
