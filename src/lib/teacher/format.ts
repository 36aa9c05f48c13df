import type { UiLocale } from '$lib/i18n/locales';

/** "12 mrt" / "12 Mar": short enough for a matrix cell. */
export function shortDate(at: number, locale: UiLocale): string {
	return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(at);
}

/** "12 maart 2025" for reading in full, e.g. by a screen reader. */
export function longDate(at: number, locale: UiLocale): string {
	return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(
		at
	);
}

export function dateTime(at: number, locale: UiLocale): string {
	return new Intl.DateTimeFormat(locale, {
		day: 'numeric',
		month: 'short',
		hour: '2-digit',
		minute: '2-digit'
	}).format(at);
}

/** "12-03-2025": a date Dutch Excel recognises in a CSV cell. */
export function csvDate(at: number): string {
	const d = new Date(at);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(d.getDate())}-${pad(d.getMonth() + 1)}-${d.getFullYear()}`;
}
