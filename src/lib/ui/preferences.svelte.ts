import { i18n } from '$lib/i18n/i18n.svelte';
import { isUiLocale, type UiLocale } from '$lib/i18n/locales';
import { readSetting, writeSetting } from '$lib/progress/progress';
import { db } from '$lib/progress/session.svelte';
import { sound } from '$lib/sound/sound.svelte';

const localeKey = 'locale';
const mutedKey = 'muted';
const largeTextKey = 'largeText';

/** Display choices of this device. `largeText`: bigger, easier letters (a class on <html>). */
export const display = $state({ largeText: false });

function applyLargeText(on: boolean) {
	display.largeText = on;
	if (typeof document !== 'undefined') {
		document.documentElement.classList.toggle('large-text', on);
	}
}

/** Restores the language, the mute switch and the letter size this device chose last time. */
export async function restorePreferences() {
	const [locale, muted, largeText] = await Promise.all([
		readSetting<string>(db, localeKey),
		readSetting<boolean>(db, mutedKey),
		readSetting<boolean>(db, largeTextKey)
	]);
	if (isUiLocale(locale)) i18n.locale = locale;
	sound.muted = muted === true;
	applyLargeText(largeText === true);
}

export async function chooseLocale(locale: UiLocale) {
	i18n.locale = locale;
	await writeSetting(db, localeKey, locale);
}

export async function setMuted(muted: boolean) {
	sound.muted = muted;
	await writeSetting(db, mutedKey, muted);
}

export async function setLargeText(on: boolean) {
	applyLargeText(on);
	await writeSetting(db, largeTextKey, on);
}
