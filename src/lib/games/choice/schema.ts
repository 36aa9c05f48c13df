import { z } from 'zod';
// Relative imports: this file is also loaded by the lessons plugin inside vite.config.ts,
// where the $lib alias does not exist yet.
import { localizedText, stableId } from '../../content/text';

export const choiceOption = z
	.object({
		id: stableId,
		text: localizedText,
		/** A picture (one emoji) beside the text: groep 3–4 choose by picture as much as by word. */
		picture: z
			.string()
			.regex(
				/^\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|\u200d|\ufe0f)*$/u,
				'picture must be one emoji'
			)
			.optional(),
		correct: z.boolean(),
		/** What happens next and why: every choice explains itself, right or wrong. */
		feedback: localizedText
	})
	.strict();

export const choiceFields = z.object({
	type: z.literal('choice'),
	question: localizedText,
	// Board mode letters the choices A–D so a class can vote with fingers.
	choices: z
		.array(choiceOption)
		.min(2)
		.max(4)
		.refine((choices) => choices.some((c) => c.correct), 'at least one choice must be right')
});

export type ChoiceOption = z.infer<typeof choiceOption>;
