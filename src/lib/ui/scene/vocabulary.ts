// The words a scene is made of. No zod here: the app imports these at run time, and the
// schema (which only the lessons build needs) imports them from here.

/** Where the scene happens; each place has its own drawn background. */
export const places = [
	'classroom',
	'home',
	'schoolyard',
	'library',
	'bedroom',
	'livingroom',
	'gym',
	'street'
] as const;
export type Place = (typeof places)[number];

/** Who can be in a scene: pupils (children of 6–12) and the grown-ups around them. */
export const people = [
	'girl',
	'boy',
	'female-teacher',
	'male-teacher',
	'mother',
	'father',
	'grandma',
	'grandpa'
] as const;
export type Who = (typeof people)[number];

/** People who may wear a headscarf in the drawing. */
export const headscarfPeople: readonly Who[] = ['girl', 'female-teacher', 'mother', 'grandma'];

export const moods = ['happy', 'unsure', 'sad', 'surprised', 'thinking'] as const;
export type Mood = (typeof moods)[number];

export const devices = ['chromebook', 'ipad', 'phone'] as const;
export type Device = (typeof devices)[number];

/** What the scene's main device shows. */
export const screens = [
	'search',
	'video',
	'chat',
	'popup',
	'game',
	'photo',
	'warning',
	'login',
	'off'
] as const;
export type Screen = (typeof screens)[number];

/** How many looks (skin tone, hair colour and hair style) there are per kind of person. */
export const lookCount = 6;
