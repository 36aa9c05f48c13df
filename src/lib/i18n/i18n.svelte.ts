import i18next, { type TOptions } from 'i18next';
import type { LocalizedText } from '$lib/content/text';
import { collectResources, defaultLocale, isUiLocale, type UiLocale } from './locales';

const resources = collectResources(
	import.meta.glob('./locales/*/*.json', { eager: true, import: 'default' })
);

i18next.init({
	resources,
	lng: defaultLocale,
	fallbackLng: defaultLocale,
	defaultNS: 'common',
	ns: Object.keys(resources[defaultLocale] ?? {}),
	initAsync: false,
	interpolation: { escapeValue: false },
	returnNull: false
});

let current = $state<UiLocale>(defaultLocale);

/** The interface language; reading it in a template or effect makes that reactive. */
export const i18n = {
	get locale(): UiLocale {
		return current;
	},
	set locale(value: UiLocale) {
		if (!isUiLocale(value)) return;
		current = value;
		i18next.changeLanguage(value);
		if (typeof document !== 'undefined') {
			document.documentElement.lang = value;
			document.documentElement.dir = i18next.dir(value);
		}
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
