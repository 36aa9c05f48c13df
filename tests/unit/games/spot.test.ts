import { describe, expect, it } from 'vitest';
import { scenarioSchema, type ScenarioOf } from '$lib/content/schema';
import { deviceFor, hint, partsToFind, startSpot, tap } from '$lib/games/spot/spot';

const text = (nl: string) => ({ nl, en: `${nl} (en)` });

/** A valid spot scenario as a school would write it (before parsing). */
const example = () => ({
	id: 'fake-warning',
	type: 'spot',
	band: '7-8',
	scene: { place: 'classroom' },
	title: text('Een rare melding'),
	situation: text('Er verschijnt een melding.'),
	discuss: [text('Hoe zie je dat het nep is?')],
	screen: {
		kind: 'warning',
		parts: [
			{ id: 'address', part: 'url', text: text('www.virus-weg.xyz') },
			{ id: 'heading', part: 'title', emoji: '⚠️', text: text('Virus gevonden') },
			{
				id: 'hurry',
				part: 'text',
				text: text('Nog 60 seconden!'),
				find: { explanation: text('Haast is een truc.') }
			},
			{
				id: 'call',
				part: 'text',
				text: text('Bel 0900-1234'),
				find: { explanation: text('Echte meldingen vragen niet om te bellen.') }
			},
			{
				id: 'download',
				part: 'button',
				text: text('Download de oplossing'),
				find: {
					explanation: text('Zo download je juist een virus.'),
					hint: text('Wat wil de knop dat je doet?')
				}
			}
		]
	}
});

const problems = (value: unknown) => {
	const result = scenarioSchema.safeParse(value);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

const parsed = () => scenarioSchema.parse(example()) as ScenarioOf<'spot'>;

describe('the spot schema', () => {
	it('accepts a valid scenario', () => {
		expect(problems(example())).toEqual([]);
		expect(partsToFind(parsed().screen.parts).map((p) => p.id)).toEqual([
			'hurry',
			'call',
			'download'
		]);
	});

	it('asks for 2 to 4 things to find', () => {
		const one = example();
		for (const part of one.screen.parts.slice(3)) delete (part as { find?: unknown }).find;
		delete (one.screen.parts[3] as { find?: unknown }).find;
		expect(problems(one)).toContain(
			'screen.parts: give 2 to 4 parts a find (now 1): those are the things to find'
		);
		const five = example();
		five.screen.parts.push(
			...['a', 'b'].map((id) => ({
				id,
				part: 'text',
				text: text(id),
				find: { explanation: text('uitleg') }
			}))
		);
		expect(problems(five).join('\n')).toContain('give 2 to 4 parts a find (now 5)');
	});

	it('needs at least one part that is fine', () => {
		const all = example();
		all.screen.parts = all.screen.parts.slice(2);
		expect(problems(all).join('\n')).toContain('at least one part must be fine');
	});

	it('refuses a part that does not fit the kind of screen, naming the ones that do', () => {
		const wrong = example();
		wrong.screen.parts[1]!.part = 'likes';
		expect(problems(wrong)).toContain(
			'screen.parts.1.part: a warning has no "likes"; use one of: url, title, text, button'
		);
	});

	it('refuses an unknown part and a part id used twice', () => {
		const unknown = example();
		unknown.screen.parts[1]!.part = 'banner';
		expect(problems(unknown).join('\n')).toMatch(/screen\.parts\.1\.part: Invalid option/);
		const twice = example();
		twice.screen.parts[4]!.id = 'hurry';
		expect(problems(twice)).toContain('screen.parts.4.id: part id "hurry" is used twice');
	});

	it('refuses a note on a part to find, an emoji on plain text and "by" outside a comment', () => {
		const broken = example();
		Object.assign(broken.screen.parts[2]!, { note: text('x'), emoji: '😀', by: 'Sem' });
		expect(problems(broken)).toEqual(
			expect.arrayContaining([
				'screen.parts.2.note: a part to find explains itself under find; note is for parts that are fine',
				'screen.parts.2.emoji: emoji is only shown on author, sender, photo, advert, title',
				'screen.parts.2.by: by (who wrote it) is only for a comment'
			])
		);
	});

	it('refuses a text where an emoji belongs, and a second address bar', () => {
		const broken = example();
		broken.screen.parts[1]!.emoji = 'warning';
		broken.screen.parts.push({ id: 'address-2', part: 'url', text: text('www.b.nl') });
		expect(problems(broken)).toEqual(
			expect.arrayContaining([
				'screen.parts.1.emoji: emoji: one emoji (or two), not a text',
				'screen.parts: a screen has one address bar: use at most one url part'
			])
		);
	});

	it('wants every text in nl and en', () => {
		const broken = example();
		broken.screen.parts[2]!.find = { explanation: { nl: 'Haast' } as never };
		expect(problems(broken)).toContain(
			'screen.parts.2.find.explanation.en: missing translation (en)'
		);
	});
});

describe('playing spot', () => {
	it('marks a part to find as found and ends right on the last one', () => {
		const { parts } = parsed().screen;
		let step = tap(startSpot(), parts, 'hurry');
		expect(step.outcome).toBeUndefined();
		expect(step.state.found).toEqual(['hurry']);
		expect(step.state.last).toEqual({ id: 'hurry', result: 'found' });
		step = tap(step.state, parts, 'call');
		expect(step.outcome).toBeUndefined();
		step = tap(step.state, parts, 'download');
		expect(step.outcome).toBe('right');
		expect(step.state.solved).toBe(true);
		expect(tap(step.state, parts, 'heading').state).toBe(step.state);
	});

	it('counts a part that is fine as a mistake once, and a found part never twice', () => {
		const { parts } = parsed().screen;
		let step = tap(startSpot(), parts, 'heading');
		expect(step.outcome).toBe('wrong');
		expect(step.state.last).toEqual({ id: 'heading', result: 'fine' });
		step = tap(step.state, parts, 'heading');
		expect(step.outcome).toBeUndefined();
		expect(step.state.fine).toEqual(['heading']);
		step = tap(step.state, parts, 'hurry');
		step = tap(step.state, parts, 'hurry');
		expect(step.outcome).toBeUndefined();
		expect(step.state.found).toEqual(['hurry']);
		expect(tap(step.state, parts, 'nope').state).toBe(step.state);
	});

	it('gives a hint at the first part still to find, which goes when it is found', () => {
		const { parts } = parsed().screen;
		let state = tap(startSpot(), parts, 'hurry').state;
		state = hint(state, parts);
		expect(state.hinted).toBe('call');
		state = tap(state, parts, 'call').state;
		expect(state.hinted).toBeUndefined();
		state = hint(state, parts);
		expect(state.hinted).toBe('download');
	});

	it('puts posts and messages on an iPad unless the lesson says otherwise', () => {
		expect(deviceFor('post')).toBe('ipad');
		expect(deviceFor('message')).toBe('ipad');
		expect(deviceFor('warning')).toBe('chromebook');
		expect(deviceFor('webpage', 'phone')).toBe('phone');
	});
});
