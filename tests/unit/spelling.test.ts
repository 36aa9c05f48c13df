import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { spellCheckDocument } from 'cspell-lib';
import { describe, expect, it } from 'vitest';
import { loadLessons } from '$lib/content/load';
import { textsOf } from '$lib/content/schema';

const require = createRequire(import.meta.url);
const dictionaries = [
	require.resolve('@cspell/dict-nl-nl/cspell-ext.json'),
	require.resolve('@cspell/dict-en-gb-mit/cspell-ext.json')
];
const words = (await readFile('lessons/words.txt', 'utf8'))
	.split('\n')
	.map((line) => line.trim())
	.filter((line) => line && !line.startsWith('#'));
const { rules } = await loadLessons('lessons');

async function misspelled(text: string, locale: 'nl' | 'en') {
	const result = await spellCheckDocument(
		{
			uri: `file:///lessons-${locale}.txt`,
			text,
			languageId: 'plaintext',
			locale: locale === 'nl' ? 'nl' : 'en-GB,en'
		},
		{ generateSuggestions: false, noConfigSearch: true },
		{
			import: dictionaries,
			language: locale === 'nl' ? 'nl' : 'en-GB,en',
			words,
			allowCompoundWords: locale === 'nl'
		}
	);
	return [...new Set(result.issues.map((issue) => issue.text))];
}

describe('lesson text spelling', () => {
	for (const locale of ['nl', 'en'] as const) {
		it(`has no unknown words in ${locale}`, async () => {
			const found: string[] = [];
			for (const rule of rules) {
				const texts = [...textsOf(rule)].map(
					([path, text]) => [path.join('.'), text[locale]] as const
				);
				const problems = await misspelled(texts.map(([, t]) => t).join('\n'), locale);
				for (const word of problems) {
					const where = texts.find(([, t]) => typeof t === 'string' && t.includes(word))?.[0];
					found.push(`lessons/rules/${rule.id}.yaml: ${where}: "${word}"`);
				}
			}
			expect(found).toEqual([]);
		}, 60_000);
	}

	it('catches a misspelling', async () => {
		expect(await misspelled('De juf helpt je met je werkstuk over dolfijnnen.', 'nl')).toEqual([
			'dolfijnnen'
		]);
		expect(await misspelled('Your teacher helps you, whatt a colour.', 'en')).toEqual(['whatt']);
	});
});
