import { describe, expect, it } from 'vitest';
import {
	check,
	hashText,
	marks,
	move,
	seededRandom,
	shuffle,
	startOrder,
	swap,
	tap
} from '$lib/games/order/order';
import { orderGame } from '$lib/games/order/schema';
import { scenarioSchema } from '$lib/content/schema';

const text = (nl: string) => ({ nl, en: `${nl} (en)` });

const steps = [
	{ id: 'save', text: text('Sla je werk op'), icon: '💾' },
	{ id: 'log-out', text: text('Log uit bij MOO') },
	{ id: 'shut-down', text: text('Sluit de chromebook af') },
	{ id: 'put-away', text: text('Zet hem in de kar') }
];
const ids = steps.map((s) => s.id);
const game = { type: 'order' as const, steps, explanation: text('Eerst opslaan, dan uitloggen.') };

function problems(data: unknown): string[] {
	const result = orderGame.safeParse(data);
	expect(result.success).toBe(false);
	return result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
}

describe('the order game data', () => {
	it('accepts three to six steps and an explanation', () => {
		expect(orderGame.parse(game)).toEqual(game);
		const scenario = {
			id: 'done-working',
			band: 'all',
			scene: { place: 'classroom' },
			title: text('Klaar'),
			situation: text('Je bent klaar.'),
			discuss: [text('Waarom?')],
			...game
		};
		expect(scenarioSchema.parse(scenario).type).toBe('order');
		const twice = { ...scenario, steps: [...steps, steps[0]] };
		expect(scenarioSchema.safeParse(twice).error?.issues[0]?.message).toBe(
			'step id "save" is used twice'
		);
	});

	it('refuses too few or too many steps', () => {
		expect(problems({ ...game, steps: steps.slice(0, 2) })).toContain(
			'steps: an order game needs at least 3 steps'
		);
		const seven = Array.from({ length: 7 }, (_, i) => ({ id: `s-${i}`, text: text(`Stap ${i}`) }));
		expect(problems({ ...game, steps: seven })).toContain(
			'steps: an order game has at most 6 steps'
		);
	});

	it('refuses ids used twice and two steps with the same text', () => {
		expect(problems({ ...game, steps: [...steps, { ...steps[1], id: 'again' }] })).toEqual([
			'steps.4.text.nl: two steps have the same text "Log uit bij MOO": pupils cannot tell them apart'
		]);
		expect(
			problems({ ...game, steps: [...steps, { ...steps[3], text: text('Ga spelen') }] })
		).toEqual(['steps.4.id: step id "put-away" is used twice']);
	});

	it('refuses a missing explanation and a word as an icon', () => {
		const bare = { ...game, explanation: undefined };
		expect(problems(bare)).toContain(
			'explanation: an order game needs an explanation: why this is the right order'
		);
		expect(
			problems({ ...game, steps: [{ ...steps[0], icon: 'disk' }, ...steps.slice(1)] })
		).toContain('steps.0.icon: icon must be one emoji, such as 💾');
	});
});

describe('the shuffle', () => {
	it('is the same for the same scenario id, and a real permutation', () => {
		expect(shuffle(ids, 'done-working')).toEqual(shuffle(ids, 'done-working'));
		expect([...shuffle(ids, 'done-working')].sort()).toEqual([...ids].sort());
		expect(hashText('a')).not.toBe(hashText('b'));
		const random = seededRandom(42);
		const again = seededRandom(42);
		expect([random(), random()]).toEqual([again(), again()]);
	});

	it('is never the right order and leaves at most one step in its place, for any seed and length', () => {
		for (let length = 3; length <= 6; length++) {
			const list = ids.concat(['a', 'b']).slice(0, length);
			for (let seed = 0; seed < 300; seed++) {
				const shuffled = shuffle(list, `scenario-${seed}`);
				expect(shuffled).not.toEqual(list);
				expect(shuffled.filter((id, i) => id === list[i]).length).toBeLessThanOrEqual(1);
			}
		}
	});

	it('differs between scenarios', () => {
		const orders = new Set(Array.from({ length: 20 }, (_, i) => shuffle(ids, `s-${i}`).join()));
		expect(orders.size).toBeGreaterThan(5);
	});
});

describe('playing the order game', () => {
	const start = () => ({
		...startOrder(ids, 'x'),
		order: ['log-out', 'save', 'put-away', 'shut-down']
	});

	it('starts shuffled, with nothing selected or checked', () => {
		const state = startOrder(ids, 'done-working');
		expect(state.order).toEqual(shuffle(ids, 'done-working'));
		expect(state.selected).toBeNull();
		expect(marks(state)).toEqual([null, null, null, null]);
	});

	it('moves a step up and down, not past the ends', () => {
		const state = start();
		expect(move(state, 'save', -1).order).toEqual(['save', 'log-out', 'put-away', 'shut-down']);
		expect(move(state, 'put-away', 1).order).toEqual(['log-out', 'save', 'shut-down', 'put-away']);
		expect(move(state, 'log-out', -1)).toBe(state);
		expect(move(state, 'shut-down', 1)).toBe(state);
	});

	it('selects with a tap, lets go with a second tap and swaps with a tap on another step', () => {
		let state = tap(start(), 'save');
		expect(state.selected).toBe('save');
		expect(tap(state, 'save').selected).toBeNull();
		state = tap(state, 'log-out');
		expect(state.selected).toBeNull();
		expect(state.order).toEqual(['save', 'log-out', 'put-away', 'shut-down']);
		expect(swap(state, 'put-away', 'shut-down').order).toEqual(ids);
	});

	it('marks the right and wrong places after a wrong check, and forgets the marks of moved steps', () => {
		const { state, result } = check(swap(start(), 'log-out', 'save'), ids);
		expect(result).toBe('wrong');
		expect(state.solved).toBe(false);
		expect(marks(state)).toEqual(['right', 'right', 'wrong', 'wrong']);
		expect(marks(move(state, 'put-away', 1))).toEqual(['right', 'right', null, null]);
	});

	it('does not count the same wrong order twice', () => {
		const first = check(start(), ids);
		expect(first.result).toBe('wrong');
		expect(check(first.state, ids).result).toBe('unchanged');
		expect(check(move(first.state, 'save', -1), ids).result).toBe('wrong');
	});

	it('is solved when every step is in its place, and then nothing moves any more', () => {
		const ordered = { ...start(), order: [...ids] };
		const { state, result } = check(ordered, ids);
		expect(result).toBe('right');
		expect(state.solved).toBe(true);
		expect(marks(state)).toEqual(['right', 'right', 'right', 'right']);
		expect(move(state, 'save', 1)).toBe(state);
		expect(tap(state, 'save')).toBe(state);
		expect(check(state, ids)).toEqual({ state });
	});
});
