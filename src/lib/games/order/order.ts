/** An order game in play: the steps as the pupil has put them, and what the last check said. */
export interface OrderState {
	/** Step ids, top to bottom, as they are now. */
	order: string[];
	/** A step the pupil tapped; tapping another step swaps the two. */
	selected: string | null;
	/** The order at the last wrong check, and which of its positions were right. */
	checked: { order: string[]; right: boolean[] } | null;
	solved: boolean;
}

/** 'unchanged': checked again without moving anything since the last wrong check. */
export type CheckResult = 'right' | 'wrong' | 'unchanged';
export type Mark = 'right' | 'wrong' | null;

/** A 32-bit hash of a text (FNV-1a), to seed the shuffle. */
export function hashText(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** A small seeded random generator (mulberry32): the same seed gives the same numbers. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const sameOrder = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && a.every((id, i) => id === b[i]);

const inPlace = (order: readonly string[], ids: readonly string[]) =>
	order.filter((id, i) => id === ids[i]).length;

/**
 * The steps shuffled, always the same way for the same seed (the scenario id), so tests and
 * screenshots are stable. Never in the right order, and at most one step already in its place,
 * so there is something to think about.
 */
export function shuffle(ids: readonly string[], seed: string): string[] {
	const random = seededRandom(hashText(seed));
	for (let attempt = 0; attempt < 50; attempt++) {
		const result = [...ids];
		for (let i = result.length - 1; i > 0; i--) {
			const j = Math.floor(random() * (i + 1));
			[result[i], result[j]] = [result[j] as string, result[i] as string];
		}
		if (!sameOrder(result, ids) && inPlace(result, ids) <= 1) return result;
	}
	// Rotating by one puts no step in its place (the ids are unique, as the schema checks).
	return [...ids.slice(1), ...ids.slice(0, 1)];
}

export function startOrder(ids: readonly string[], seed: string): OrderState {
	return { order: shuffle(ids, seed), selected: null, checked: null, solved: false };
}

function withOrder(state: OrderState, order: string[]): OrderState {
	return { ...state, order, selected: null };
}

/** Swaps two steps. */
export function swap(state: OrderState, a: string, b: string): OrderState {
	const i = state.order.indexOf(a);
	const j = state.order.indexOf(b);
	if (state.solved || i === -1 || j === -1 || i === j) return state;
	const order = [...state.order];
	[order[i], order[j]] = [b, a];
	return withOrder(state, order);
}

/**
 * A tap on a step: the first tap selects it, a tap on the same step lets go, a tap on another
 * step swaps the two, so the selected step lands on the place that was tapped.
 */
export function tap(state: OrderState, id: string): OrderState {
	if (state.solved || !state.order.includes(id)) return state;
	if (state.selected === null) return { ...state, selected: id };
	if (state.selected === id) return { ...state, selected: null };
	return swap(state, state.selected, id);
}

/** Moves a step one place up (-1) or down (+1); at the top or bottom nothing happens. */
export function move(state: OrderState, id: string, delta: -1 | 1): OrderState {
	const i = state.order.indexOf(id);
	const other = state.order[i + delta];
	if (i === -1 || other === undefined) return state;
	return swap(state, id, other);
}

/** Checks the order against the right one (the order of the lesson file). */
export function check(
	state: OrderState,
	rightOrder: readonly string[]
): { state: OrderState; result?: CheckResult } {
	if (state.solved) return { state };
	if (state.checked && sameOrder(state.checked.order, state.order)) {
		return { state: { ...state, selected: null }, result: 'unchanged' };
	}
	const right = state.order.map((id, i) => id === rightOrder[i]);
	const solved = right.every(Boolean);
	return {
		state: { ...state, selected: null, checked: { order: [...state.order], right }, solved },
		result: solved ? 'right' : 'wrong'
	};
}

/**
 * ✔ or ✖ per position, from the last check; a position whose step moved since then has no mark,
 * because the check said nothing about its new step.
 */
export function marks(state: OrderState): Mark[] {
	return state.order.map((id, i) => {
		if (!state.checked || state.checked.order[i] !== id) return null;
		return state.checked.right[i] ? 'right' : 'wrong';
	});
}
