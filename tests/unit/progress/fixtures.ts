import type { RuleSummary } from '$lib/content/schema';

const text = { nl: 'x', en: 'x' };

/** Two small rules for database tests, independent of the lessons in lessons/. */
export const testRules: RuleSummary[] = [
	{
		id: 'ask-first',
		version: 1,
		category: 'online',
		audience: 'pupil',
		sticker: 'hand',
		title: text,
		summary: text,
		scenarios: [
			{ id: 'one', band: 'all', type: 'choice' },
			{ id: 'two', band: '5-6', type: 'choice' },
			{ id: 'three', band: '7-8', type: 'choice' }
		]
	},
	{
		id: 'keep-it-private',
		version: 2,
		category: 'privacy',
		audience: 'pupil',
		sticker: 'lock',
		title: text,
		summary: text,
		scenarios: [
			{ id: 'name', band: 'all', type: 'choice' },
			{ id: 'photo', band: 'all', type: 'choice' }
		]
	}
];

export const ruleOf = (id: string) => testRules.find((r) => r.id === id);
