import i18next, { type TOptions } from 'i18next';
import type { LocalizedText } from '$lib/content/text';
import { defaultLocale, directionOf, fallbackLocales, isUiLocale, type UiLocale } from './locales';
import common from './locales/nl/common.json';

type Strings = Record<string, unknown>;

// Only the Dutch frame strings are in the first download. Every other namespace (teacher, board,
// a game's own strings…) and every other language loads when a page asks for it in its load
// function, so the start page carries none of them; the service worker precaches all of them.
const files = import.meta.glob<Strings>(['./locales/*/*.json', '!./locales/nl/common.json'], {
	import: 'default'
});
const fileOf = (locale: UiLocale, namespace: string) => `./locales/${locale}/${namespace}.json`;

i18next.init({
	resources: { [defaultLocale]: { common } },
	lng: defaultLocale,
	fallbackLng: fallbackLocales,
	defaultNS: 'common',
	ns: ['common'],
	initAsync: false,
	interpolation: { escapeValue: false },
	returnNull: false
});

let current = $state<UiLocale>(defaultLocale);
let wanted: UiLocale = defaultLocale;
// Bookkeeping, not state: templates re-render through `current` alone.
/* eslint-disable svelte/prefer-svelte-reactivity */
/** The namespaces pages have asked for; a language switch loads these in the new language. */
const requested = new Set<string>(['common']);
/** `locale/namespace` pairs whose strings are in i18next. */
const loaded = new Set<string>([`${defaultLocale}/common`]);
const reported = new Set<string>();
/* eslint-enable svelte/prefer-svelte-reactivity */

/** A language and the languages its missing strings come from. */
function chainOf(locale: UiLocale): UiLocale[] {
	return [...new Set([locale, ...(fallbackLocales[locale] ?? fallbackLocales.default)])];
}

async function ensure(locales: UiLocale[], namespaces: Iterable<string>) {
	const jobs: Promise<void>[] = [];
	for (const locale of new Set(locales.flatMap(chainOf))) {
		for (const namespace of namespaces) {
			const key = `${locale}/${namespace}`;
			// A home language without this namespace (the teacher's screens) falls back.
			const load = files[fileOf(locale, namespace)];
			if (loaded.has(key) || !load) continue;
			jobs.push(
				load().then((strings) => {
					i18next.addResourceBundle(locale, namespace, strings, true, true);
					loaded.add(key);
				})
			);
		}
	}
	await Promise.all(jobs);
}

/**
 * Loads the strings of these namespaces (`teacher`, `board`, a game type…) in the interface
 * language. A route awaits this in its load function, so its page renders with every string.
 * A namespace without any file is skipped: not every game type has strings of its own.
 */
export async function loadNamespaces(namespaces: string[]): Promise<void> {
	for (const namespace of namespaces) requested.add(namespace);
	await ensure([current, wanted], namespaces);
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
 * Switches the interface language once the strings of the page's namespaces are loaded in it.
 * When two switches overlap, the last one wins.
 */
export async function setLocale(locale: UiLocale): Promise<void> {
	if (!isUiLocale(locale)) return;
	wanted = locale;
	await ensure([locale], requested);
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
	const namespace = key.includes(':') ? key.slice(0, key.indexOf(':')) : 'common';
	if (!requested.has(namespace) && !reported.has(namespace)) {
		// The page would show the bare key; the e2e fixture fails on this message.
		reported.add(namespace);
		console.error(`Klikwijs i18n: "${key}" is shown before its namespace was loaded`);
	}
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
