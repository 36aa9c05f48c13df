import i18next, { type TOptions } from 'i18next';
import type { LocalizedText } from '$lib/content/text';
import {
	collectResources,
	defaultLocale,
	directionOf,
	fallbackLocales,
	isUiLocale,
	type UiLocale
} from './locales';

// Dutch and English are in the first download; a home language loads when it is chosen, so
// pupils do not carry four extra languages (the service worker precaches them for offline use).
const resources = collectResources(
	import.meta.glob(['./locales/nl/*.json', './locales/en/*.json'], {
		eager: true,
		import: 'default'
	})
);
const later = import.meta.glob(
	['./locales/*/*.json', '!./locales/nl/*.json', '!./locales/en/*.json'],
	{ import: 'default' }
);
const loaded: string[] = Object.keys(resources);

i18next.init({
	resources,
	lng: defaultLocale,
	fallbackLng: fallbackLocales,
	defaultNS: 'common',
	ns: Object.keys(resources[defaultLocale] ?? {}),
	initAsync: false,
	interpolation: { escapeValue: false },
	returnNull: false
});

let current = $state<UiLocale>(defaultLocale);
let wanted: UiLocale = defaultLocale;

async function loadLocale(locale: UiLocale) {
	if (loaded.includes(locale)) return;
	const files = Object.entries(later).filter(([path]) => path.includes(`/locales/${locale}/`));
	const modules = Object.fromEntries(
		await Promise.all(files.map(async ([path, load]) => [path, await load()] as const))
	);
	for (const [namespace, strings] of Object.entries(collectResources(modules)[locale] ?? {})) {
		i18next.addResourceBundle(locale, namespace, strings, true, true);
	}
	loaded.push(locale);
}

function apply(locale: UiLocale) {
	current = locale;
	i18next.changeLanguage(locale);
	if (typeof document !== 'undefined') {
		document.documentElement.lang = locale;
		document.documentElement.dir = directionOf(locale);
	}
}

/**
 * Switches the interface language: at once for nl and en, after loading its strings for a home
 * language. When two switches overlap, the last one wins.
 */
export async function setLocale(locale: UiLocale): Promise<void> {
	if (!isUiLocale(locale)) return;
	wanted = locale;
	if (!loaded.includes(locale)) await loadLocale(locale);
	if (wanted === locale) apply(locale);
}

/** The interface language; reading it in a template or effect makes that reactive. */
export const i18n = {
	get locale(): UiLocale {
		return current;
	},
	set locale(value: UiLocale) {
		void setLocale(value);
	}
};

/** A UI string. Reactive: re-evaluated when the language changes. */
export function t(key: string, options?: TOptions): string {
	// Reading the locale registers the dependency; i18next itself is not reactive.
	void current;
	return i18next.t(key, options) as string;
}

/** A lesson text in the interface language, falling back to Dutch, the school's language. */
export function tx(text: LocalizedText): string {
	return text[current] ?? text.nl;
}

/** The language tx() shows this text in: the interface language, or Dutch when it has none. */
export function txLang(text: LocalizedText): UiLocale {
	return text[current] === undefined ? defaultLocale : current;
}

/**
 * Attributes for an element that shows a lesson text: when the text is not in the interface
 * language (a pupil rule, in nl and en only, on an Arabic screen), the element says which
 * language and direction it is in, so screen readers use the right voice and it is laid out
 * left to right inside a right-to-left page. Use as `<p {...txAttrs(text)}>{tx(text)}</p>`.
 */
export function txAttrs(text: LocalizedText): { lang?: string; dir?: 'ltr' | 'rtl' } {
	const lang = txLang(text);
	return lang === current ? {} : { lang, dir: directionOf(lang) };
}
