import { z } from 'zod';
// Relative imports: this file is also loaded by the lessons plugin inside vite.config.ts,
// where the $lib alias does not exist yet.
import { localizedText, stableId } from '../../content/text';

/** One short sentence the pupil judges: true or not true. */
export const statement = z
	.object({
		id: stableId,
		text: localizedText,
		/** true when the sentence is true, false when it is not (without quotes). */
		answer: z.boolean({ error: 'answer must be true or false (without quotes)' }),
		/** Why it is (not) true: shown after every answer, right or wrong. */
		explanation: localizedText
	})
	.strict();

export const truefalseFields = z.object({
	type: z.literal('truefalse'),
	statements: z
		.array(statement)
		.min(2, 'give at least 2 statements')
		.max(6, 'give at most 6 statements')
		.superRefine((statements, ctx) => {
			const seen = new Set<string>();
			statements.forEach((s, index) => {
				if (seen.has(s.id)) {
					ctx.addIssue({
						code: 'custom',
						path: [index, 'id'],
						message: `statement id "${s.id}" is used twice`
					});
				}
				seen.add(s.id);
			});
		})
});

export type Statement = z.infer<typeof statement>;
