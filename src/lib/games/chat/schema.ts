import { z } from 'zod';
// Relative imports: this file is also loaded by the lessons plugin inside vite.config.ts,
// where the $lib alias does not exist yet.
import { localizedText, stableId } from '../../content/text';

/** One emoji (or a short run of them), such as 🎮 or 🧒🏽: never letters or digits. */
const emoji = (field: string) =>
	z
		.string({ error: `${field} must be an emoji, such as 🎮` })
		.trim()
		.max(16, `${field} must be one emoji, such as 🎮`)
		.refine(
			(value) => /\p{Extended_Pictographic}/u.test(value) && !/[\p{L}\p{N}]/u.test(value),
			`${field} must be an emoji, such as 🎮`
		);

/** A pretend photo in a message: a big emoji with a caption that says what is on it. */
export const chatPicture = z
	.object({
		emoji: emoji('picture.emoji'),
		caption: localizedText
	})
	.strict();

/** A pretend link in a message. It is shown, never opened. */
export const chatLink = z
	.object({
		url: z
			.string({ error: 'link.url must be text, such as www.free-coins.com/win' })
			.trim()
			.regex(
				/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/[a-z0-9\-._~/?=&%#+]*)?$/i,
				'link.url is written like www.free-coins.com/win (no spaces, no http://)'
			),
		title: localizedText
	})
	.strict();

/** A message from the other person. */
export const contactMessage = z
	.object({
		from: z.literal('contact'),
		text: localizedText.optional(),
		picture: chatPicture.optional(),
		link: chatLink.optional(),
		/** Why this message is a warning sign; shown, with the message, after the conversation. */
		redFlag: localizedText.optional()
	})
	.strict()
	.refine(
		(message) => message.text || message.picture || message.link,
		'a message needs a text, a picture or a link'
	);

/** A reply the pupil can choose. */
export const chatOption = z
	.object({
		id: stableId,
		/** What the pupil sends, or (with tellAdult) what the pupil does. */
		text: localizedText,
		correct: z.boolean({ error: 'correct must be true or false' }),
		/** Why this reply is wise or not: every reply explains itself, right or wrong. */
		feedback: localizedText,
		/** Not a message but an action: telling the teacher or a parent. Shown with its own icon. */
		tellAdult: z.boolean({ error: 'tellAdult must be true or false' }).optional()
	})
	.strict();

/** The pupil's turn: two or three replies to choose from. */
export const pupilTurn = z
	.object({
		from: z.literal('pupil'),
		/** The question above the replies; "Wat doe jij?" when left out. */
		prompt: localizedText.optional(),
		options: z
			.array(chatOption)
			.min(2, 'a pupil turn needs 2 or 3 options')
			.max(3, 'a pupil turn needs 2 or 3 options')
			.refine((options) => options.some((o) => o.correct), 'at least one option must be right')
			.superRefine((options, ctx) => {
				const seen = new Set<string>();
				options.forEach((option, index) => {
					if (seen.has(option.id)) {
						ctx.addIssue({
							code: 'custom',
							path: [index, 'id'],
							message: `option id "${option.id}" is used twice in this turn`
						});
					}
					seen.add(option.id);
				});
			})
	})
	.strict();

export const chatTurn = z.discriminatedUnion('from', [contactMessage, pupilTurn], {
	error: 'each turn starts with "from: contact" (a message) or "from: pupil" (options)'
});

export const chatFields = z.object({
	type: z.literal('chat'),
	/** The pretend device: a phone (the default) or an iPad. */
	device: z.enum(['phone', 'ipad']).optional(),
	/** Who writes to the pupil. */
	contact: z
		.object({
			name: localizedText,
			avatar: emoji('contact.avatar')
		})
		.strict(),
	/** The conversation in order: messages from the contact and the pupil's turns. */
	turns: z
		.array(chatTurn)
		.min(2, 'a conversation needs at least a message and a pupil turn')
		.max(24, 'a conversation has at most 24 turns')
		.superRefine((turns, ctx) => {
			if (turns[0] && turns[0].from !== 'contact') {
				ctx.addIssue({
					code: 'custom',
					path: [0, 'from'],
					message: 'the conversation starts with a message from the contact (from: contact)'
				});
			}
			if (!turns.some((turn) => turn.from === 'pupil')) {
				ctx.addIssue({
					code: 'custom',
					message: 'the conversation needs at least one pupil turn (from: pupil, with options)'
				});
			}
			if (!turns.some((turn) => turn.from === 'contact' && turn.redFlag)) {
				ctx.addIssue({
					code: 'custom',
					message:
						'mark at least one message of the contact with a redFlag that explains the warning sign'
				});
			}
		})
});

export type ChatPicture = z.infer<typeof chatPicture>;
export type ChatLink = z.infer<typeof chatLink>;
export type ContactMessage = z.infer<typeof contactMessage>;
export type ChatOption = z.infer<typeof chatOption>;
export type PupilTurn = z.infer<typeof pupilTurn>;
export type ChatTurn = z.infer<typeof chatTurn>;
