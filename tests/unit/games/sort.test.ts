import { describe, expect, it } from 'vitest';
import { cardsIn, hold, isPlaced, pile, place, release, startSort } from '$lib/games/sort/sort';
import { isOneEmoji, sortGame, type SortCard } from '$lib/games/sort/schema';
import { scenarioSchema } from '$lib/content/schema';

const text = (nl: string) => ({ nl, en: `${nl} (en)` });

const bins = [
	{ id: 'secret', label: text('Houd je geheim'), icon: '🔒' },
	{ id: 'share', label: text('Mag je delen') }
];
const cards: SortCard[] = [
	{
		id: 'password',
		text: text('Je wachtwoord'),
		bin: 'secret',
		explanation: text('Van jou alleen.')
	},
	{
		id: 'drawing',
		text: text('Je tekening'),
		icon: '🎨',
		bin: 'share',
		explanation: text('Leuk!')
	},
	{ id: 'address', text: text('Je adres'), bin: 'secret', explanation: text('Privé.') }
];
const game = { type: 'sort' as const, bins, cards };

const scenario = {
	id: 'secret-or-share',
	band: 'all',
	scene: { place: 'classroom' },
	title: text('Geheim of delen?'),
	situation: text('Wat houd je voor jezelf?'),
	discuss: [text('Waarom?')],
	...game
};

/** The messages of a refused game, as a school would read them. */
function problems(data: unknown): string[] {
	const result = sortGame.safeParse(data);
	expect(result.success).toBe(false);
	return result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
}

describe('the sort game data', () => {
	it('accepts two or three bins with three to eight cards', () => {
		expect(sortGame.parse(game)).toEqual(game);
		const third = { id: 'ask', label: text('Eerst vragen') };
		expect(sortGame.safeParse({ ...game, bins: [...bins, third] }).success).toBe(true);
	});

	it('is registered as a scenario type, with the check that every card has a bin', () => {
		expect(scenarioSchema.parse(scenario).type).toBe('sort');
		const broken = { ...scenario, cards: [...cards.slice(1), { ...cards[0], bin: 'secrett' }] };
		const result = scenarioSchema.safeParse(broken);
		expect(result.error?.issues[0]?.message).toContain('there is no bin with that id');
	});

	it('refuses a card whose bin does not exist, naming the card, the bin and the bins there are', () => {
		const broken = { ...game, cards: [...cards, { ...cards[0], id: 'pin', bin: 'geheim' }] };
		expect(problems(broken)).toEqual([
			'cards.3.bin: card "pin" goes in bin "geheim", but there is no bin with that id (the bins are: secret, share)'
		]);
	});

	it('refuses too few or too many bins and cards', () => {
		expect(problems({ ...game, bins: bins.slice(0, 1) })).toContain(
			'bins: a sort game needs 2 or 3 bins'
		);
		const four = [...bins, { id: 'a', label: text('A') }, { id: 'b', label: text('B') }];
		expect(problems({ ...game, bins: four })).toContain('bins: a sort game has at most 3 bins');
		expect(problems({ ...game, cards: cards.slice(0, 2) })).toContain(
			'cards: a sort game needs at least 3 cards'
		);
		const nine = Array.from({ length: 9 }, (_, i) => ({ ...cards[0], id: `card-${i}` }));
		expect(problems({ ...game, cards: nine })).toContain('cards: a sort game has at most 8 cards');
	});

	it('refuses ids used twice', () => {
		expect(problems({ ...game, bins: [bins[0], { ...bins[1], id: 'secret' }] })).toContain(
			'bins.1.id: bin id "secret" is used twice'
		);
		expect(problems({ ...game, cards: [...cards, cards[1]] })).toContain(
			'cards.3.id: card id "drawing" is used twice'
		);
	});

	it('refuses a card without an explanation or with a missing translation', () => {
		const bare = { ...cards[0], explanation: undefined };
		expect(problems({ ...game, cards: [bare, ...cards.slice(1)] })).toContain(
			'cards.0.explanation: every card needs an explanation: why it belongs in its bin'
		);
		const untranslated = { ...cards[0], text: { nl: 'Je pincode' } };
		expect(problems({ ...game, cards: [untranslated, ...cards.slice(1)] })).toContain(
			'cards.0.text.en: missing translation (en)'
		);
	});

	it('takes one emoji as an icon, not a word', () => {
		expect(isOneEmoji('🔒')).toBe(true);
		expect(isOneEmoji('👩‍🏫')).toBe(true);
		expect(isOneEmoji('🇳🇱')).toBe(true);
		expect(isOneEmoji('slot')).toBe(false);
		expect(isOneEmoji('🔒🔒')).toBe(false);
		expect(problems({ ...game, bins: [{ ...bins[0], icon: 'lock' }, bins[1]] })).toContain(
			'bins.0.icon: icon must be one emoji, such as 🔒'
		);
	});
});

describe('playing the sort game', () => {
	it('picks a card up, and puts it down when it is tapped again', () => {
		let state = hold(startSort(), cards, 'password');
		expect(state.held).toBe('password');
		state = hold(state, cards, 'drawing');
		expect(state.held).toBe('drawing');
		expect(hold(state, cards, 'drawing').held).toBeNull();
		expect(release(state).held).toBeNull();
		expect(hold(state, cards, 'unknown')).toBe(state);
	});

	it('keeps a card in its right bin and takes it off the pile', () => {
		const { state, result } = place(hold(startSort(), cards, 'password'), cards, 'secret');
		expect(result).toBe('right');
		expect(isPlaced(state, 'password')).toBe(true);
		expect(state.held).toBeNull();
		expect(state.last).toEqual({ card: 'password', bin: 'secret', right: true });
		expect(pile(state, cards).map((c) => c.id)).toEqual(['drawing', 'address']);
		expect(cardsIn(state, cards, 'secret').map((c) => c.id)).toEqual(['password']);
		// A placed card cannot be picked up or placed again.
		expect(hold(state, cards, 'password')).toBe(state);
		expect(place(state, cards, 'share', 'password').result).toBeUndefined();
	});

	it('sends a card in a wrong bin back to the pile, with its explanation to show', () => {
		const { state, result } = place(hold(startSort(), cards, 'drawing'), cards, 'secret');
		expect(result).toBe('wrong');
		expect(isPlaced(state, 'drawing')).toBe(false);
		expect(state.held).toBeNull();
		expect(state.last).toEqual({ card: 'drawing', bin: 'secret', right: false });
		expect(pile(state, cards)).toHaveLength(3);
	});

	it('does nothing without a card in hand', () => {
		const start = startSort();
		expect(place(start, cards, 'secret')).toEqual({ state: start });
	});

	it('is solved when the last card lands in its right bin, and then stays put', () => {
		let state = startSort();
		const results = [];
		for (const [card, bin] of [
			['password', 'secret'],
			['drawing', 'secret'],
			['drawing', 'share'],
			['address', 'secret']
		] as const) {
			const placed = place(hold(state, cards, card), cards, bin);
			state = placed.state;
			results.push(placed.result);
		}
		expect(results).toEqual(['right', 'wrong', 'right', 'solved']);
		expect(state.solved).toBe(true);
		expect(pile(state, cards)).toEqual([]);
		expect(hold(state, cards, 'drawing')).toBe(state);
	});
});
