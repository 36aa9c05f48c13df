import { z } from 'zod';
import { homeLocales, localizedText, stableId } from './text';
import { choiceFields } from '../games/choice/schema';
import { chatFields } from '../games/chat/schema';
import { truefalseFields } from '../games/truefalse/schema';
import { spotFields } from '../games/spot/schema';
import { browserFields } from '../games/browser/schema';
import { checkSort, sortFields } from '../games/sort/schema';
import { checkOrder, orderFields } from '../games/order/schema';
import { sceneSchema } from '../ui/scene/schema';

import { ageBands, categories, protocolSections, stickers } from './constants';
import type { AgeBand, Category, Sticker } from './constants';

export { ageBands, categories, protocolSections, stickers };
export type { AgeBand, Category, Sticker };

const scenarioBase = z.object({
	id: stableId,
	band: z.enum([...ageBands, 'all']),
	title: localizedText,
	/** The situation the pupil reads (or hears) before the game. */
	situation: localizedText,
	/** Questions for the class discussion on the smartboard. */
	discuss: z.array(localizedText).min(1).max(3),
	/** The drawing above the situation (src/lib/ui/scene/schema.ts). */
	scene: sceneSchema
});

export const scenarioSchema = z.discriminatedUnion('type', [
	scenarioBase.extend(choiceFields.shape).strict(),
	scenarioBase.extend(chatFields.shape).strict(),
	scenarioBase.extend(truefalseFields.shape).strict(),
	scenarioBase.extend(spotFields.shape).strict(),
	scenarioBase.extend(browserFields.shape).strict(),
	scenarioBase.extend(sortFields.shape).strict().superRefine(checkSort),
	scenarioBase.extend(orderFields.shape).strict().superRefine(checkOrder)
]);

export const ruleSchema = z
	.object({
		id: stableId,
		/** Raised when the school changes the rule: pupils who did the old version redo it. */
		version: z.number().int().min(1),
		category: z.enum(categories),
		audience: z.enum(['pupil', 'parent']),
		source: z
			.object({
				section: z.enum(protocolSections),
				/** Which line of that section, in the protocol's own words, for teachers. */
				item: z.string().trim().min(1)
			})
			.strict(),
		sticker: z.enum(stickers),
		title: localizedText,
		summary: localizedText,
		scenarios: z.array(scenarioSchema).min(2)
	})
	.strict()
	.superRefine((rule, ctx) => {
		const seen = new Set<string>();
		rule.scenarios.forEach((scenario, index) => {
			if (seen.has(scenario.id)) {
				ctx.addIssue({
					code: 'custom',
					path: ['scenarios', index, 'id'],
					message: `scenario id "${scenario.id}" is used twice`
				});
			}
			seen.add(scenario.id);
		});
		if (rule.audience === 'parent') {
			// Parents read their rules in their home language.
			for (const [path, text] of textsOf(rule)) {
				for (const locale of homeLocales) {
					if (!(locale in text)) {
						ctx.addIssue({
							code: 'custom',
							path: [...path, locale],
							message: `missing translation (${locale})`
						});
					}
				}
			}
		}
	});

function isLocalizedText(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && 'nl' in value && 'en' in value;
}

/** Every localized text in a value, with its path. */
export function* textsOf(
	value: unknown,
	path: (string | number)[] = []
): Generator<[(string | number)[], Record<string, unknown>]> {
	if (isLocalizedText(value)) {
		yield [path, value];
	} else if (Array.isArray(value)) {
		for (const [index, item] of value.entries()) yield* textsOf(item, [...path, index]);
	} else if (typeof value === 'object' && value !== null) {
		for (const [key, item] of Object.entries(value)) yield* textsOf(item, [...path, key]);
	}
}

export type Rule = z.infer<typeof ruleSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioBand = Scenario['band'];
export type GameType = Scenario['type'];
export type ScenarioOf<T extends GameType> = Extract<Scenario, { type: T }>;

/**
 * What the start page needs of a rule; the scenarios themselves load when the rule is played,
 * and the protocol text it comes from (`source`) is only in the full rule.
 */
export interface RuleSummary extends Omit<Rule, 'scenarios' | 'source'> {
	scenarios: { id: string; band: ScenarioBand; type: GameType }[];
}
