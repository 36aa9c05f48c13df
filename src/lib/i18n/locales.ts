/**
 * Languages of the interface. nl and en are complete everywhere; the home languages of parents
 * (tr, ar, pl, uk) have every string a pupil or parent sees (see tests/unit/i18n.test.ts) and fall
 * back to English, then Dutch, on the teacher's screens.
 */
export const uiLocales = ['nl', 'en', 'tr', 'ar', 'pl', 'uk'] as const;
export type UiLocale = (typeof uiLocales)[number];
export const defaultLocale: UiLocale = 'nl';

/** Each language by its own name, so a parent finds theirs without reading Dutch. */
export const localeNames: Record<UiLocale, string> = {
	nl: 'Nederlands',
	en: 'English',
	tr: 'Türkçe',
	ar: 'العربية',
	pl: 'Polski',
	uk: 'Українська'
};

/** Where a missing string comes from: the home languages try English first, then Dutch. */
export const fallbackLocales: { [L in UiLocale]?: UiLocale[] } & { default: UiLocale[] } = {
	tr: ['en', 'nl'],
	ar: ['en', 'nl'],
	pl: ['en', 'nl'],
	uk: ['en', 'nl'],
	default: ['nl']
};

/** Languages written from right to left: the whole layout mirrors for them. */
const rtlLocales: readonly string[] = ['ar'];

export function directionOf(locale: string): 'ltr' | 'rtl' {
	return rtlLocales.includes(locale.split('-')[0] ?? locale) ? 'rtl' : 'ltr';
}

export function isUiLocale(value: unknown): value is UiLocale {
	return typeof value === 'string' && (uiLocales as readonly string[]).includes(value);
}
