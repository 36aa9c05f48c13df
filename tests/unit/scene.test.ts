import { describe, expect, it } from 'vitest';
import { sceneSchema } from '$lib/ui/scene/schema';
import {
	bodyOf,
	coloursOf,
	describeScene,
	layoutScene,
	lookOf,
	skinTones,
	tableDeviceFor,
	view
} from '$lib/ui/scene/scene';
import { scenarioSchema } from '$lib/content/schema';
import nl from '$lib/i18n/locales/nl/scene.json';
import en from '$lib/i18n/locales/en/scene.json';

const parse = (value: unknown) => sceneSchema.safeParse(value);
const messages = (value: unknown) => {
	const result = parse(value);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the scene schema', () => {
	it('accepts a short scene and fills in the defaults', () => {
		const scene = sceneSchema.parse({ place: 'classroom', people: [{ who: 'girl' }] });
		expect(scene.people[0]).toEqual({
			who: 'girl',
			mood: 'happy',
			headscarf: false,
			holds: 'none'
		});
		expect(scene.screen).toBeUndefined();
		expect(sceneSchema.parse({ place: 'street' }).people).toEqual([]);
	});

	it('accepts a full scene', () => {
		const result = parse({
			place: 'home',
			people: [
				{ who: 'girl', look: 6, mood: 'unsure', headscarf: true, holds: 'ipad' },
				{ who: 'mother', look: 2, mood: 'thinking' },
				{ who: 'grandpa', look: 1, mood: 'surprised', holds: 'phone' }
			],
			screen: 'popup'
		});
		expect(result.success).toBe(true);
	});

	it('refuses broken scenes with a message a teacher understands', () => {
		expect(messages({ place: 'moon' })[0]).toMatch(/^place: place must be one of: classroom, home/);
		expect(messages({ place: 'gym', people: [{ who: 'dog' }] })[0]).toMatch(
			/people\.0\.who: who must be one of/
		);
		expect(messages({ place: 'gym', people: [{ who: 'boy', look: 7 }] })[0]).toMatch(
			/look must be a whole number from 1 to 6/
		);
		expect(messages({ place: 'gym', people: [{ who: 'boy', look: 2.5 }] })[0]).toMatch(
			/whole number/
		);
		expect(messages({ place: 'gym', people: [{ who: 'boy', mood: 'angry' }] })[0]).toMatch(
			/mood must be one of: happy, unsure/
		);
		expect(messages({ place: 'gym', people: [{ who: 'boy', holds: 'laptop' }] })[0]).toMatch(
			/holds/
		);
		expect(messages({ place: 'gym', screen: 'tv' })[0]).toMatch(/screen must be one of/);
		expect(messages({ place: 'gym', people: [{ who: 'boy', headscarf: true }] })[0]).toMatch(
			/^people\.0\.headscarf: only girl/
		);
		const four = Array.from({ length: 4 }, () => ({ who: 'girl' }));
		expect(messages({ place: 'gym', people: four })[0]).toMatch(/at most 3 people/);
		expect(messages({ place: 'gym', weather: 'rain' })[0]).toMatch(/weather/);
		expect(messages({ place: 'gym', people: [{ who: 'girl', hair: 'red' }] })[0]).toMatch(/hair/);
	});

	it('is a required part of every scenario', () => {
		const base = {
			id: 'a',
			type: 'choice',
			band: 'all',
			title: { nl: 'T', en: 'T' },
			situation: { nl: 'S', en: 'S' },
			discuss: [{ nl: 'D', en: 'D' }],
			question: { nl: 'Q', en: 'Q' },
			choices: [
				{ id: 'x', text: { nl: 'x', en: 'x' }, correct: true, feedback: { nl: 'f', en: 'f' } },
				{ id: 'y', text: { nl: 'y', en: 'y' }, correct: false, feedback: { nl: 'f', en: 'f' } }
			]
		};
		expect(scenarioSchema.safeParse(base).error?.issues[0]?.path).toEqual(['scene']);
		const withScene = scenarioSchema.parse({ ...base, scene: { place: 'gym' } });
		expect(withScene.scene?.place).toBe('gym');
		expect(scenarioSchema.safeParse({ ...base, scene: { place: 'moon' } }).success).toBe(false);
	});
});

describe('looks and bodies', () => {
	it('draws children with a bigger head on a shorter body than grown-ups', () => {
		const child = bodyOf('girl');
		const adult = bodyOf('female-teacher');
		expect(child.height).toBeLessThan(adult.height);
		expect((2 * child.headRadius) / child.height).toBeGreaterThan(0.33);
		expect((2 * adult.headRadius) / adult.height).toBeLessThan(0.25);
	});

	it('covers six different skin tones with the six looks', () => {
		const skins = new Set([1, 2, 3, 4, 5, 6].map((look) => coloursOf('boy', look).skin));
		expect(skins).toEqual(new Set(skinTones));
	});

	it('gives grandparents grey hair and glasses, and only men a beard', () => {
		for (let look = 1; look <= 6; look++) {
			expect(coloursOf('grandma', look).glasses).toBe(true);
			expect(coloursOf('grandma', look).hair).toBe(coloursOf('grandpa', look).hair);
			expect(coloursOf('girl', look).beard).toBe(false);
			expect(coloursOf('boy', look).beard).toBe(false);
			expect(coloursOf('mother', look).beard).toBe(false);
		}
		expect([1, 2, 3, 4, 5, 6].some((look) => coloursOf('father', look).beard)).toBe(true);
	});

	it('keeps people in one scene apart when no look is given', () => {
		expect([0, 1, 2].map((slot) => lookOf({}, slot))).toEqual([1, 4, 2]);
		expect(lookOf({ look: 5 }, 2)).toBe(5);
		const shirts = [0, 1, 2].map((slot) => coloursOf('boy', 3, slot).shirt);
		expect(new Set(shirts).size).toBe(3);
	});

	it('clamps a look outside 1–6 instead of failing', () => {
		expect(coloursOf('girl', 0)).toEqual(coloursOf('girl', 1));
		expect(coloursOf('girl', 9)).toEqual(coloursOf('girl', 6));
	});
});

describe('layout', () => {
	const scene = (value: unknown) => sceneSchema.parse(value);

	it('centres one person and spreads three over the width', () => {
		expect(layoutScene(scene({ place: 'gym', people: [{ who: 'boy' }] })).people[0]?.x).toBe(
			view.width / 2
		);
		const xs = layoutScene(
			scene({ place: 'gym', people: [{ who: 'boy' }, { who: 'girl' }, { who: 'father' }] })
		).people.map((p) => p.x);
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
		expect(xs[0]).toBeGreaterThan(40);
		expect(xs[2]).toBeLessThan(view.width - 40);
		expect(xs[1]! - xs[0]!).toBe(xs[2]! - xs[1]!);
	});

	it('puts the screen on a table when nobody holds a device', () => {
		const layout = layoutScene(
			scene({ place: 'classroom', people: [{ who: 'boy' }, { who: 'girl' }], screen: 'video' })
		);
		expect(layout.table).toEqual({ x: 385, device: 'chromebook' });
		expect(layout.people.every((p) => p.x < 300 && !p.main)).toBe(true);
		expect(layout.zoom).toBeUndefined();
		expect(tableDeviceFor('bedroom')).toBe('ipad');
		expect(layoutScene(scene({ place: 'gym', people: [{ who: 'boy' }] })).table).toBeUndefined();
	});

	it('shows the screen on the first held device, and zooms in on a tablet or phone', () => {
		const layout = layoutScene(
			scene({
				place: 'street',
				people: [{ who: 'father' }, { who: 'girl', holds: 'phone' }, { who: 'boy', holds: 'ipad' }],
				screen: 'chat'
			})
		);
		expect(layout.table).toBeUndefined();
		expect(layout.people.map((p) => p.main)).toEqual([false, true, false]);
		const zoom = layout.zoom!;
		expect(zoom.device).toBe('phone');
		expect(zoom.x).toBeGreaterThanOrEqual(0);
		expect(zoom.x + zoom.width).toBeLessThanOrEqual(view.width);
		expect(zoom.y).toBeGreaterThanOrEqual(0);
		// above the holder's head
		expect(zoom.y + zoom.height).toBeLessThan(view.ground - bodyOf('girl').height);
		expect(
			layoutScene(
				scene({
					place: 'classroom',
					people: [{ who: 'girl', holds: 'chromebook' }],
					screen: 'popup'
				})
			).zoom
		).toBeUndefined();
	});

	it('does not zoom in on a screen that is off', () => {
		const off = scene({ place: 'home', people: [{ who: 'boy', holds: 'phone' }], screen: 'off' });
		expect(layoutScene(off).zoom).toBeUndefined();
		expect(layoutScene(off).people[0]?.main).toBe(true);
	});

	it('keeps a zoom above a grown-up inside the picture', () => {
		const zoom = layoutScene(
			scene({ place: 'home', people: [{ who: 'mother', holds: 'ipad' }], screen: 'photo' })
		).zoom!;
		expect(zoom.y).toBeGreaterThanOrEqual(0);
		expect(zoom.height).toBeGreaterThan(50);
	});

	it('sends the thought bubble to the left near the right edge', () => {
		const layout = layoutScene(
			scene({ place: 'gym', people: [{ who: 'boy' }, { who: 'girl' }, { who: 'boy' }] })
		);
		expect(layout.people.map((p) => p.left)).toEqual([false, false, true]);
	});
});

describe('the description', () => {
	const fake = (key: string, options?: Record<string, unknown>) =>
		options ? `${key}(${Object.values(options).join('|')})` : key;

	it('names the place, every person with mood and device, and the screen', () => {
		const text = describeScene(
			sceneSchema.parse({
				place: 'classroom',
				people: [{ who: 'girl', mood: 'unsure', holds: 'chromebook' }, { who: 'female-teacher' }],
				screen: 'popup'
			}),
			fake
		);
		expect(text).toBe(
			'scene:label(scene:place.classroom|scene:personWith(scene:who.girl|scene:mood.unsure|scene:holding.chromebook) scene:and scene:person(scene:who.female-teacher|scene:mood.happy)) scene:screenHeld(scene:screen.popup)'
		);
	});

	it('mentions the table device and copes with an empty scene', () => {
		expect(describeScene(sceneSchema.parse({ place: 'library', screen: 'off' }), fake)).toBe(
			'scene:labelEmpty(scene:place.library) scene:screenTable(scene:screen.off|scene:onTable.chromebook)'
		);
	});

	it('has the same strings in Dutch and English', () => {
		const keys = (value: object, prefix = ''): string[] =>
			Object.entries(value).flatMap(([k, v]) =>
				typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]
			);
		expect(keys(en).sort()).toEqual(keys(nl).sort());
	});
});
