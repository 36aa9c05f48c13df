import { z } from 'zod';
// Relative imports: this file is also loaded by the lessons plugin inside vite.config.ts,
// where the $lib alias does not exist yet.
import { localizedText, stableId } from '../../content/text';

/** The pretend screens a spot scenario can show, and the parts each one is made of. */
export const screenKinds = ['post', 'webpage', 'warning', 'message'] as const;
export type ScreenKind = (typeof screenKinds)[number];

export const partsOf = {
	/** A social-media post, as in an app on a phone or iPad. */
	post: ['author', 'text', 'photo', 'location', 'likes', 'comment'],
	/** A web page in a browser. */
	webpage: ['url', 'heading', 'text', 'photo', 'button', 'advert'],
	/** A pop-up warning over a web page (a "virus" message). */
	warning: ['url', 'title', 'text', 'button'],
	/** A chat or e-mail message. */
	message: ['sender', 'text', 'link', 'photo', 'button']
} as const satisfies Record<ScreenKind, readonly PartType[]>;

export const partTypes = [
	'author',
	'sender',
	'url',
	'title',
	'heading',
	'text',
	'photo',
	'location',
	'likes',
	'comment',
	'link',
	'button',
	'advert'
] as const;
export type PartType = (typeof partTypes)[number];

/** Parts that can carry an emoji: a profile picture, the picture in a photo or advert, an icon. */
const withEmoji = ['author', 'sender', 'photo', 'advert', 'title'];

/** Lesson data is hand-written: ask for a picture-like emoji, not a sentence. */
const emoji = z
	.string()
	.trim()
	.min(1)
	.max(16, 'emoji: one emoji (or two), not a text')
	.refine((value) => !/[a-z]{2}/i.test(value), 'emoji: one emoji (or two), not a text');

export const spotPart = z
	.object({
		id: stableId,
		/** What the part is on the screen: author, text, photo, button, … (see partsOf). */
		part: z.enum(partTypes),
		/** What the pupil reads: the name, the sentence, the caption of a photo, the button label. */
		text: localizedText,
		/** A profile picture, the picture in a photo or advert, or the icon of a title. */
		emoji: emoji.optional(),
		/** Who wrote a comment: a first name or nickname (names are not translated). */
		by: z.string().trim().min(1).max(30).optional(),
		/** Makes this part one of the things to find, and says why it is not right. */
		find: z
			.object({
				explanation: localizedText,
				/** A gentle pointer for a pupil who asks for a hint; a default is used without it. */
				hint: localizedText.optional()
			})
			.strict()
			.optional(),
		/** For a part that is fine: why it is not the problem (instead of the standard sentence). */
		note: localizedText.optional()
	})
	.strict();

/** The pretend screen: its kind and its parts, in the order they appear. */
export const spotScreen = z
	.object({
		kind: z.enum(screenKinds),
		parts: z.array(spotPart).min(3).max(12)
	})
	.strict()
	.superRefine(({ kind, parts }, ctx) => {
		const allowed: readonly string[] = partsOf[kind];
		const seen = new Set<string>();
		parts.forEach((part, index) => {
			const path = ['parts', index];
			if (seen.has(part.id)) {
				ctx.addIssue({
					code: 'custom',
					path: [...path, 'id'],
					message: `part id "${part.id}" is used twice`
				});
			}
			seen.add(part.id);
			if (!allowed.includes(part.part)) {
				ctx.addIssue({
					code: 'custom',
					path: [...path, 'part'],
					message: `a ${kind} has no "${part.part}"; use one of: ${allowed.join(', ')}`
				});
			}
			if (part.emoji && !withEmoji.includes(part.part)) {
				ctx.addIssue({
					code: 'custom',
					path: [...path, 'emoji'],
					message: `emoji is only shown on ${withEmoji.join(', ')}`
				});
			}
			if (part.by && part.part !== 'comment') {
				ctx.addIssue({
					code: 'custom',
					path: [...path, 'by'],
					message: 'by (who wrote it) is only for a comment'
				});
			}
			if (part.find && part.note) {
				ctx.addIssue({
					code: 'custom',
					path: [...path, 'note'],
					message: 'a part to find explains itself under find; note is for parts that are fine'
				});
			}
		});
		if (parts.filter((p) => p.part === 'url').length > 1) {
			ctx.addIssue({
				code: 'custom',
				path: ['parts'],
				message: 'a screen has one address bar: use at most one url part'
			});
		}
		const toFind = parts.filter((p) => p.find).length;
		if (toFind < 2 || toFind > 4) {
			ctx.addIssue({
				code: 'custom',
				path: ['parts'],
				message: `give 2 to 4 parts a find (now ${toFind}): those are the things to find`
			});
		} else if (toFind === parts.length) {
			ctx.addIssue({
				code: 'custom',
				path: ['parts'],
				message: 'at least one part must be fine (without find), or there is nothing to look for'
			});
		}
	});

export const spotFields = z.object({
	type: z.literal('spot'),
	/** The task above the screen; without it: "Zoek de 3 dingen die niet kloppen." */
	question: localizedText.optional(),
	/** The device around the screen; without it a post or message is on an iPad, the rest on a Chromebook. */
	device: z.enum(['chromebook', 'ipad', 'phone']).optional(),
	screen: spotScreen
});

export type SpotPart = z.infer<typeof spotPart>;
export type SpotScreen = z.infer<typeof spotScreen>;
