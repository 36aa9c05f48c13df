// Pure helpers for the drawn scenes: colours per look, where everything stands, and the text
// a screen reader hears. No Svelte here, so it is unit-tested in node.
import type { Person, Scene } from './schema';
import { lookCount, type Device, type Mood, type Place, type Screen, type Who } from './vocabulary';

/** The drawing's coordinate system (the SVG viewBox). */
export const view = { width: 480, height: 300, ground: 288 } as const;

const children: readonly Who[] = ['girl', 'boy'];
export const isChild = (who: Who) => children.includes(who);
const women: readonly Who[] = ['girl', 'female-teacher', 'mother', 'grandma'];
export const isFemale = (who: Who) => women.includes(who);
export const isTeacher = (who: Who) => who === 'female-teacher' || who === 'male-teacher';
export const isGrandparent = (who: Who) => who === 'grandma' || who === 'grandpa';

/** Body sizes in drawing units: children have a big head on a short body. */
export interface Body {
	height: number;
	headRadius: number;
	/** From the feet up: where the torso starts and ends. */
	hip: number;
	shoulder: number;
	halfWidth: number;
}
const childBody: Body = { height: 150, headRadius: 27, hip: 36, shoulder: 90, halfWidth: 22 };
const adultBody: Body = { height: 200, headRadius: 24, hip: 84, shoulder: 156, halfWidth: 25 };
export const bodyOf = (who: Who): Body => (isChild(who) ? childBody : adultBody);

export type HairStyle =
	| 'long'
	| 'ponytail'
	| 'pigtails'
	| 'puffs'
	| 'bob'
	| 'curls'
	| 'fringe'
	| 'short'
	| 'swept'
	| 'curly'
	| 'buzz'
	| 'bun'
	| 'bald';

export interface Colours {
	skin: string;
	hair: string;
	style: HairStyle;
	beard: boolean;
	glasses: boolean;
	shirt: string;
	/** Trousers, skirt or dress. */
	bottom: string;
	/** Eyebrows and mouth, dark enough to read on this skin. */
	brow: string;
	mouth: string;
	/** Backpack, hair ties, lanyard. */
	accent: string;
	scarf: string;
}

export const skinTones = [
	'#f7d9c2',
	'#eec19b',
	'#d59d6b',
	'#b27b4e',
	'#8c5b3b',
	'#60402b'
] as const;
const hairColours = ['#e0b456', '#2b221d', '#b8582e', '#1f1a17', '#5a3a24', '#1b1613'] as const;
/** Skin tone per look (1–6), so the six looks cover light to dark. */
const skinOfLook = [0, 2, 1, 4, 3, 5] as const;
const greyHair = '#cfd3d8';
const shirts = ['#4f8fd6', '#e0775f', '#55a882', '#eeb549', '#9a80cf', '#e58fae', '#4fb3bf'];
const bottoms = ['#2f4a6d', '#5a6270', '#7a5a3c', '#3f6f5c', '#8a4f6f'];
const scarves = ['#2f5d8a', '#6d5aa8', '#2a8a96', '#c65b7c', '#3f6f5c', '#b9852a'];
const accents = ['#e05a5a', '#f2a93b', '#3c8dbc', '#7d5bbf', '#2f9e6e', '#e07b39'];

const hairStyles: Record<'girl' | 'boy' | 'woman' | 'man', readonly HairStyle[]> = {
	girl: ['long', 'ponytail', 'pigtails', 'puffs', 'bob', 'curls'],
	boy: ['fringe', 'short', 'swept', 'curly', 'short', 'buzz'],
	woman: ['bun', 'long', 'bob', 'curls', 'bun', 'puffs'],
	man: ['short', 'short', 'swept', 'buzz', 'short', 'buzz']
};

const defaultLooks = [1, 4, 2] as const;

/** The look a person gets: the one asked for, or one that differs per place in the scene. */
export function lookOf(person: Pick<Person, 'look'>, slot: number): number {
	return person.look ?? defaultLooks[slot % defaultLooks.length] ?? 1;
}

/** Skin, hair and clothes of a person. `slot` (0–2) keeps people in one scene apart. */
export function coloursOf(who: Who, look: number, slot = 0): Colours {
	const index = Math.min(Math.max(Math.round(look), 1), lookCount) - 1;
	const kind = who === 'girl' || who === 'boy' ? who : isFemale(who) ? 'woman' : 'man';
	const old = isGrandparent(who);
	const pick = <T>(list: readonly T[], shift: number) =>
		list[(index + slot * shift) % list.length] as T;
	const tone = skinOfLook[index] ?? 0;
	const dark = tone >= 4;
	return {
		skin: skinTones[tone],
		brow: dark ? '#120b08' : '#3a2a22',
		mouth: dark ? '#f0a394' : '#8a3a33',
		hair: old ? greyHair : (hairColours[index] ?? hairColours[0]),
		style: old
			? who === 'grandma'
				? index % 2
					? 'curls'
					: 'bun'
				: 'bald'
			: pick(hairStyles[kind], 0),
		beard: !isFemale(who) && !isChild(who) && (old ? index % 2 === 0 : index % 2 === 1),
		glasses: old || (isTeacher(who) && index % 3 === 2),
		shirt: pick(shirts, 3),
		bottom: pick(bottoms, 2),
		accent: pick(accents, 2),
		scarf: pick(scarves, 1)
	};
}

export interface Placed {
	person: Person;
	look: number;
	/** Horizontal centre, feet on view.ground. */
	x: number;
	/** This person's device shows the scene's screen. */
	main: boolean;
	/** Thought bubble and zoom go to the left (near the right edge). */
	left: boolean;
}

export interface Layout {
	people: Placed[];
	/** A device on a table, when the screen is shown but nobody holds a device. */
	table?: { x: number; device: 'chromebook' | 'ipad' };
	/** The enlarged view of a held screen, above its holder. */
	zoom?: { x: number; y: number; width: number; height: number; device: Device };
}

const schoolPlaces: readonly Place[] = ['classroom', 'library', 'gym', 'schoolyard'];

/** The device on the table: a Chromebook at school, an iPad elsewhere. */
export const tableDeviceFor = (place: Place) =>
	schoolPlaces.includes(place) ? 'chromebook' : 'ipad';

/** Where everybody stands, which device shows the screen, and where its zoom goes. */
export function layoutScene(scene: Scene): Layout {
	const holder = scene.screen ? scene.people.findIndex((p) => p.holds !== 'none') : -1;
	const table = scene.screen !== undefined && holder < 0;
	const [from, to] = table ? [20, 300] : [20, view.width - 20];
	const count = scene.people.length;
	const placed = scene.people.map((person, slot): Placed => {
		const x = Math.round(from + ((to - from) * (slot + 0.5)) / count);
		return { person, look: lookOf(person, slot), x, main: slot === holder, left: x > 380 };
	});
	const layout: Layout = { people: placed };
	if (table) layout.table = { x: 385, device: tableDeviceFor(scene.place) };
	const main = placed[holder];
	// A Chromebook on a desk is big enough to read; an iPad or phone in the hand gets a zoom,
	// unless it is off (a big black square says nothing).
	const small = main?.person.holds === 'ipad' || main?.person.holds === 'phone';
	if (main && main.person.holds !== 'none' && small && scene.screen !== 'off') {
		const headTop = view.ground - bodyOf(main.person.who).height;
		const height = Math.min(96, headTop - 30);
		const width = Math.round(height * 1.5);
		const x = Math.min(Math.max(main.x - width / 2, 8), view.width - 8 - width);
		layout.zoom = { x, y: headTop - 24 - height, width, height, device: main.person.holds };
	}
	return layout;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The scene in words, for the aria-label: who is where, how they feel, what the screen shows. */
export function describeScene(scene: Scene, t: Translate): string {
	const place = t(`scene:place.${scene.place}`);
	const persons = scene.people.map((p) => {
		const who = t(`scene:who.${p.who}`);
		const mood = t(`scene:mood.${p.mood}`);
		return p.holds === 'none'
			? t('scene:person', { who, mood })
			: t('scene:personWith', { who, mood, holding: t(`scene:holding.${p.holds}`) });
	});
	const last = persons.pop();
	const list = persons.length ? `${persons.join(', ')} ${t('scene:and')} ${last}` : last;
	const parts = [
		list ? t('scene:label', { place, people: list }) : t('scene:labelEmpty', { place })
	];
	if (scene.screen) {
		const content = t(`scene:screen.${scene.screen}`);
		const holder = scene.people.some((p) => p.holds !== 'none');
		parts.push(
			holder
				? t('scene:screenHeld', { content })
				: t('scene:screenTable', {
						content,
						device: t(`scene:onTable.${tableDeviceFor(scene.place)}`)
					})
		);
	}
	return parts.join(' ');
}

export type { Device, Mood, Place, Screen, Who };
