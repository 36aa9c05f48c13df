import { describe, expect, it } from 'vitest';
import { pickVoice } from '$lib/sound/voices';

const voice = (lang: string, name = lang, localService = true, isDefault = false) => ({
	lang,
	name,
	localService,
	default: isDefault
});

describe('pickVoice', () => {
	it('prefers a voice from the Netherlands, then Belgium', () => {
		expect(pickVoice([voice('nl-BE'), voice('en-US'), voice('nl-NL')], 'nl')?.lang).toBe('nl-NL');
		expect(pickVoice([voice('nl-BE'), voice('en-US')], 'nl')?.lang).toBe('nl-BE');
	});
	it('takes another Dutch voice over none, and no voice of another language', () => {
		expect(pickVoice([voice('nl_SR')], 'nl')?.lang).toBe('nl_SR');
		expect(pickVoice([voice('en-GB'), voice('de-DE')], 'nl')).toBeUndefined();
		expect(pickVoice([], 'nl')).toBeUndefined();
	});
	it('prefers a local voice, which also works offline', () => {
		expect(
			pickVoice([voice('nl-NL', 'online', false), voice('nl-NL', 'local', true)], 'nl')?.name
		).toBe('local');
	});
});
