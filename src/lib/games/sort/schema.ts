import { z } from 'zod';
// Relative imports: this file is also loaded by the lessons plugin inside vite.config.ts,
// where the $lib alias does not exist yet.
import { localizedText, stableId } from '../../content/text';

/** True for one emoji (🔒, 👩‍🏫, 🇳🇱), false for letters, words or two emoji. */
export function isOneEmoji(value: string): boolean {
	const graphemes = [...new Intl.Segmenter().segment(value)];
	return (
		graphemes.length === 1 &&
		/\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(value) &&
		!/\p{L}/u.test(value)
	);
}

const emoji = z.string().trim().refine(isOneEmoji, 'icon must be one emoji, such as 🔒');

/** A text the game cannot do without, with a message that says what it is for when it is missing. */
export const requiredText = (message: string) =>
	z
		.unknown()
		.refine((value) => value !== undefined, message)
		.pipe(localizedText);

export const sortBin = z
	.object({
		id: stableId,
		label: localizedText,
		icon: emoji.optional()
	})
	.strict();

export const sortCard = z
	.object({
		id: stableId,
		text: localizedText,
		icon: emoji.optional(),
		/** The id of the bin this card belongs in. */
		bin: stableId,
		/** Why it belongs there: shown when the card is placed, in the right bin or a wrong one. */
		explanation: requiredText('every card needs an explanation: why it belongs in its bin')
	})
	.strict();

export const sortFields = z.object({
	type: z.literal('sort'),
	bins: z
		.array(sortBin)
		.min(2, 'a sort game needs 2 or 3 bins')
		.max(3, 'a sort game has at most 3 bins'),
	cards: z
		.array(sortCard)
		.min(3, 'a sort game needs at least 3 cards')
		.max(8, 'a sort game has at most 8 cards')
});

export type SortBin = z.infer<typeof sortBin>;
export type SortCard = z.infer<typeof sortCard>;

/**
 * The checks that need more than one field: unique ids, and every card's bin must exist.
 * Used as `.superRefine(checkSort)` on the scenario (the fields' shape alone cannot carry it).
 */
export function checkSort(value: { bins: SortBin[]; cards: SortCard[] }, ctx: z.RefinementCtx) {
	const binIds = value.bins.map((bin) => bin.id);
	value.bins.forEach((bin, index) => {
		if (binIds.indexOf(bin.id) !== index) {
			ctx.addIssue({
				code: 'custom',
				path: ['bins', index, 'id'],
				message: `bin id "${bin.id}" is used twice`
			});
		}
	});
	const cardIds = value.cards.map((card) => card.id);
	value.cards.forEach((card, index) => {
		if (cardIds.indexOf(card.id) !== index) {
			ctx.addIssue({
				code: 'custom',
				path: ['cards', index, 'id'],
				message: `card id "${card.id}" is used twice`
			});
		}
		if (!binIds.includes(card.bin)) {
			ctx.addIssue({
				code: 'custom',
				path: ['cards', index, 'bin'],
				message: `card "${card.id}" goes in bin "${card.bin}", but there is no bin with that id (the bins are: ${binIds.join(', ')})`
			});
		}
	});
}

/** The sort game's own data with all its checks, for tests and tools. */
export const sortGame = sortFields.superRefine(checkSort);
