import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { directionOf, fallbackLocales, uiLocales } from '$lib/i18n/locales';
import { i18n, loadNamespaces, setLocale, t, tx, txAttrs, txLang } from '$lib/i18n/i18n.svelte';

const root = 'src/lib/i18n/locales';

/** nl and en are complete: every namespace, every key. */
const completeLocales = ['nl', 'en'] as const;
/** The home languages of parents: everything a pupil or parent sees at home. */
const homeLocales = ['tr', 'ar', 'pl', 'uk'] as const;
/**
 * What a parent and child see in the parents' part: the frame and player (common), the parents'
 * pages and every game (home practice plays them all). Teacher-only screens (board, teacher,
 * handin…) may stay nl + en: they fall back to English, then Dutch.
 */
const parentFacing = [
	'common',
	'parents',
	'chat',
	'sort',
	'order',
	'spot',
	'browser',
	'truefalse',
	'scene'
] as const;

function keys(value: unknown, prefix = ''): string[] {
	if (typeof value !== 'object' || value === null) return [prefix];
	return Object.entries(value).flatMap(([key, inner]) =>
		keys(inner, prefix ? `${prefix}.${key}` : key)
	);
}

function read(locale: string, file: string): Record<string, unknown> {
	return JSON.parse(readFileSync(join(root, locale, file), 'utf8'));
}

function valueAt(strings: Record<string, unknown>, key: string): unknown {
	return key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], strings);
}

function compare(locale: string, file: string) {
	const reference = keys(read('nl', file)).sort();
	const list = keys(read(locale, file)).sort();
	return {
		locale,
		file,
		missing: reference.filter((k) => !list.includes(k)),
		extra: list.filter((k) => !reference.includes(k))
	};
}

const placeholders = (text: unknown) =>
	[...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const namespaces = [
	...new Set(completeLocales.flatMap((locale) => readdirSync(join(root, locale))))
].sort();

describe('the interface strings', () => {
	it('cover every interface language', () => {
		expect([...uiLocales].sort()).toEqual([...completeLocales, ...homeLocales].sort());
	});

	it.each(namespaces)('have the same keys in nl and en for %s', (file) => {
		for (const locale of completeLocales) {
			expect(existsSync(join(root, locale, file)), `${locale}/${file} is missing`).toBe(true);
			expect(compare(locale, file)).toEqual({ locale, file, missing: [], extra: [] });
		}
	});

	describe.each(homeLocales)('in %s', (locale) => {
		it.each(parentFacing)('have every key of nl for %s', (namespace) => {
			const file = `${namespace}.json`;
			expect(existsSync(join(root, locale, file)), `${locale}/${file} is missing`).toBe(true);
			expect(compare(locale, file)).toEqual({ locale, file, missing: [], extra: [] });
		});

		it('have no namespace that Dutch does not have, and no stray keys in the others', () => {
			for (const file of readdirSync(join(root, locale))) {
				expect(namespaces, `${locale}/${file}`).toContain(file);
				expect(compare(locale, file).extra).toEqual([]);
			}
		});
	});

	it('have no empty strings, and the same {{placeholders}} as Dutch', () => {
		for (const locale of uiLocales) {
			for (const file of readdirSync(join(root, locale))) {
				const strings = read(locale, file);
				const dutch = existsSync(join(root, 'nl', file)) ? read('nl', file) : undefined;
				for (const key of keys(strings)) {
					const value = valueAt(strings, key);
					expect(value, `${locale}/${file}: ${key}`).toMatch(/\S/);
					if (dutch && locale !== 'nl') {
						expect(placeholders(value), `${locale}/${file}: ${key}`).toEqual(
							placeholders(valueAt(dutch, key))
						);
					}
				}
			}
		}
	});

	it('fall back to English, then Dutch, in the home languages', () => {
		for (const locale of homeLocales) expect(fallbackLocales[locale]).toEqual(['en', 'nl']);
		expect(fallbackLocales.default).toEqual(['nl']);
	});
});

describe('the interface language', () => {
	it('is read right to left in Arabic only', () => {
		expect(directionOf('ar')).toBe('rtl');
		expect(directionOf('ar-SA')).toBe('rtl');
		for (const locale of ['nl', 'en', 'tr', 'pl', 'uk']) expect(directionOf(locale)).toBe('ltr');
	});

	it('loads Arabic when it is chosen, and shows English for a string only nl and en have', async () => {
		const teacherOnly = namespaces.find(
			(file) => !existsSync(join(root, 'ar', file)) && existsSync(join(root, 'en', file))
		);
		const teacherNs = teacherOnly?.replace(/\.json$/, '');
		await loadNamespaces(['parents', ...(teacherNs ? [teacherNs] : [])]);
		await setLocale('ar');
		expect(i18n.locale).toBe('ar');
		try {
			expect(t('settings.language')).toBe('اللغة');
			expect(t('parents:talk.title')).toBe(valueAt(read('ar', 'parents.json'), 'talk.title'));
			if (teacherOnly) {
				const english = read('en', teacherOnly);
				const [key] = keys(english);
				expect(t(`${teacherNs}:${key}`)).toBe(valueAt(english, key!));
			}
		} finally {
			await setLocale('nl');
		}
	});

	it('switches language once the namespaces the page asked for are loaded in it', async () => {
		await loadNamespaces(['board']);
		const switching = setLocale('en');
		// Until the English strings are there, the page stays Dutch instead of showing keys.
		expect(t('settings.language')).toBe('Taal');
		await switching;
		expect(t('settings.language')).toBe('Language');
		expect(t('board:title')).toBe(valueAt(read('en', 'board.json'), 'title'));
		await setLocale('nl');
		expect(t('settings.language')).toBe('Taal');
		expect(t('board:title')).toBe(valueAt(read('nl', 'board.json'), 'title'));
	});

	it('says so when a page shows a string of a namespace its route never loaded', () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			expect(t('handin:title')).toBe('title');
			expect(error).toHaveBeenCalledWith(expect.stringMatching(/^Klikwijs i18n: "handin:title"/));
		} finally {
			error.mockRestore();
		}
	});

	it('shows a pupil lesson text in Dutch on an Arabic screen, and says so', async () => {
		const pupilText = { nl: 'Wat doe jij?', en: 'What do you do?' };
		const parentText = {
			...pupilText,
			tr: 'Ne yaparsınız?',
			ar: 'ماذا تفعلون؟',
			pl: 'Co robisz?',
			uk: 'Що ви робите?'
		};
		await setLocale('ar');
		try {
			expect(tx(pupilText)).toBe('Wat doe jij?');
			expect(txLang(pupilText)).toBe('nl');
			expect(txAttrs(pupilText)).toEqual({ lang: 'nl', dir: 'ltr' });
			expect(tx(parentText)).toBe('ماذا تفعلون؟');
			expect(txLang(parentText)).toBe('ar');
			expect(txAttrs(parentText)).toEqual({});
		} finally {
			await setLocale('nl');
		}
		expect(txAttrs(pupilText)).toEqual({});
		await setLocale('en');
		expect(tx(pupilText)).toBe('What do you do?');
		expect(txAttrs(pupilText)).toEqual({});
		await setLocale('nl');
	});
});
