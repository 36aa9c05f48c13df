import { z } from 'zod';
// Relative imports: this file is also loaded by the lessons plugin inside vite.config.ts,
// where the $lib alias does not exist yet.
import { localizedText, stableId } from '../../content/text';
import { isOneEmoji, requiredText } from '../sort/schema';

export const orderStep = z
	.object({
		id: stableId,
		text: localizedText,
		icon: z.string().trim().refine(isOneEmoji, 'icon must be one emoji, such as 💾').optional()
	})
	.strict();

export const orderFields = z.object({
	type: z.literal('order'),
	/** Written in the RIGHT order; the game shows them shuffled. */
	steps: z
		.array(orderStep)
		.min(3, 'an order game needs at least 3 steps')
		.max(6, 'an order game has at most 6 steps'),
	/** Why this is the right order: a hint after a wrong try, the wrap-up after the right one. */
	explanation: requiredText('an order game needs an explanation: why this is the right order')
});

export type OrderStep = z.infer<typeof orderStep>;

/**
 * The checks that need more than one field: unique ids, and no two steps with the same text
 * (the pupil could not tell them apart). Used as `.superRefine(checkOrder)` on the scenario.
 */
export function checkOrder(value: { steps: OrderStep[] }, ctx: z.RefinementCtx) {
	const ids = value.steps.map((step) => step.id);
	const texts = value.steps.map((step) => step.text.nl.trim().toLowerCase());
	value.steps.forEach((step, index) => {
		if (ids.indexOf(step.id) !== index) {
			ctx.addIssue({
				code: 'custom',
				path: ['steps', index, 'id'],
				message: `step id "${step.id}" is used twice`
			});
		}
		if (texts.indexOf(texts[index] ?? '') !== index) {
			ctx.addIssue({
				code: 'custom',
				path: ['steps', index, 'text', 'nl'],
				message: `two steps have the same text "${step.text.nl}": pupils cannot tell them apart`
			});
		}
	});
}

/** The order game's own data with all its checks, for tests and tools. */
export const orderGame = orderFields.superRefine(checkOrder);
