// The fixed vocabularies of the lessons. No zod here: the app imports these at run time; the
// schema, which only the lessons build needs, imports them from here.

export const ageBands = ['3-4', '5-6', '7-8'] as const;
export type AgeBand = (typeof ageBands)[number];

export const categories = ['online', 'privacy', 'kindness', 'devices', 'phone', 'parents'] as const;
export type Category = (typeof categories)[number];

/** The sections of the school's social-media protocol a rule can come from. */
export const protocolSections = [
	'all-users',
	'parents-communication',
	'pupils-at-school',
	'internet-and-email',
	'school-website',
	'own-phones'
] as const;

export const stickers = [
	'hand',
	'shield',
	'compass',
	'lock',
	'camera',
	'heart',
	'star',
	'chat',
	'globe',
	'phone',
	'laptop',
	'bell',
	'book',
	'eye',
	'key',
	'leaf'
] as const;
export type Sticker = (typeof stickers)[number];
