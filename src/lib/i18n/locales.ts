/** Languages of the interface. nl and en are complete everywhere; see README for the others. */
export const uiLocales = ['nl', 'en'] as const;
export type UiLocale = (typeof uiLocales)[number];
export const defaultLocale: UiLocale = 'nl';

export const localeNames: Record<UiLocale, string> = { nl: 'Nederlands', en: 'English' };

export function isUiLocale(value: unknown): value is UiLocale {
	return typeof value === 'string' && (uiLocales as readonly string[]).includes(value);
}

/** Strings per locale and namespace, from locales/<locale>/<namespace>.json. */
export function collectResources(modules: Record<string, unknown>) {
	const resources: Record<string, Record<string, Record<string, unknown>>> = {};
	for (const [path, strings] of Object.entries(modules)) {
		const match = /locales\/([a-z-]+)\/([a-z-]+)\.json$/.exec(path);
		if (!match) continue;
		const [, locale, namespace] = match as unknown as [string, string, string];
		(resources[locale] ??= {})[namespace] = strings as Record<string, unknown>;
	}
	return resources;
}
