import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiLocales } from '$lib/i18n/locales';

const root = 'src/lib/i18n/locales';

function keys(value: unknown, prefix = ''): string[] {
	if (typeof value !== 'object' || value === null) return [prefix];
	return Object.entries(value).flatMap(([key, inner]) =>
		keys(inner, prefix ? `${prefix}.${key}` : key)
	);
}

const namespaces = [
	...new Set(uiLocales.flatMap((locale) => readdirSync(join(root, locale))))
].sort();

describe('the interface strings', () => {
	it.each(namespaces)('have the same keys in every locale for %s', (file) => {
		const perLocale = uiLocales.map((locale) => {
			const strings = JSON.parse(readFileSync(join(root, locale, file), 'utf8'));
			return [locale, keys(strings).sort()] as const;
		});
		const [[, reference]] = perLocale as [[string, string[]]];
		for (const [locale, list] of perLocale) {
			const missing = reference.filter((k) => !list.includes(k));
			const extra = list.filter((k) => !reference.includes(k));
			expect({ locale, missing, extra }).toEqual({ locale, missing: [], extra: [] });
		}
	});

	it('have no empty strings', () => {
		for (const locale of uiLocales) {
			for (const file of readdirSync(join(root, locale))) {
				const strings = JSON.parse(readFileSync(join(root, locale, file), 'utf8'));
				const flat = keys(strings);
				for (const key of flat) {
					const value = key
						.split('.')
						.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], strings);
					expect(value, `${locale}/${file}: ${key}`).toMatch(/\S/);
				}
			}
		}
	});
});
