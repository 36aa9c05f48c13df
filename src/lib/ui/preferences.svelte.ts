import { i18n } from '$lib/i18n/i18n.svelte';
import { isUiLocale, type UiLocale } from '$lib/i18n/locales';
import { readSetting, writeSetting } from '$lib/progress/progress';
import { db } from '$lib/progress/session.svelte';
import { sound } from '$lib/sound/sound.svelte';

const localeKey = 'locale';
const mutedKey = 'muted';

/** Restores the language and the mute switch this device chose last time. */
export async function restorePreferences() {
	const [locale, muted] = await Promise.all([
		readSetting<string>(db, localeKey),
		readSetting<boolean>(db, mutedKey)
	]);
	if (isUiLocale(locale)) i18n.locale = locale;
	sound.muted = muted === true;
}

export async function chooseLocale(locale: UiLocale) {
	i18n.locale = locale;
	await writeSetting(db, localeKey, locale);
}

export async function setMuted(muted: boolean) {
	sound.muted = muted;
	await writeSetting(db, mutedKey, muted);
}
