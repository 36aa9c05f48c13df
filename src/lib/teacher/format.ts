import type { UiLocale } from '$lib/i18n/locales';

const formats = {
	short: { day: 'numeric', month: 'short' },
	long: { day: 'numeric', month: 'long', year: 'numeric' },
	dateTime: { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }
} satisfies Record<string, Intl.DateTimeFormatOptions>;

// Making a formatter costs far more than formatting with it, and the matrix formats two dates
// for each of its hundreds of cells: one formatter per locale and format is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function format(at: number, locale: UiLocale, kind: keyof typeof formats): string {
	const key = `${locale} ${kind}`;
	let formatter = formatters.get(key);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(locale, formats[kind]);
		formatters.set(key, formatter);
	}
	return formatter.format(at);
}

/** "12 mrt" / "12 Mar": short enough for a matrix cell. */
export const shortDate = (at: number, locale: UiLocale) => format(at, locale, 'short');

/** "12 maart 2025" for reading in full, e.g. by a screen reader. */
export const longDate = (at: number, locale: UiLocale) => format(at, locale, 'long');

export const dateTime = (at: number, locale: UiLocale) => format(at, locale, 'dateTime');

/** "12-03-2025": a date Dutch Excel recognises in a CSV cell. */
export function csvDate(at: number): string {
	const d = new Date(at);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(d.getDate())}-${pad(d.getMonth() + 1)}-${d.getFullYear()}`;
}
