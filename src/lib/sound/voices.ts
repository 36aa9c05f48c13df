/** Preferred speech voices per language, best first: a Dutch pupil hears Dutch from the Netherlands. */
const preferred: Record<string, string[]> = {
	nl: ['nl-NL', 'nl-BE'],
	en: ['en-GB', 'en-US'],
	tr: ['tr-TR'],
	ar: ['ar-SA', 'ar-EG'],
	pl: ['pl-PL'],
	uk: ['uk-UA']
};

type VoiceLike = Pick<SpeechSynthesisVoice, 'lang' | 'localService' | 'default' | 'name'>;

/**
 * The best installed voice for a language, or undefined: then read-aloud hides itself
 * (some Chromebooks have no Dutch voice at all, and an English voice reading Dutch helps nobody).
 */
export function pickVoice<V extends VoiceLike>(
	voices: readonly V[],
	locale: string
): V | undefined {
	const normalized = voices.map((voice) => ({ voice, lang: voice.lang.replace('_', '-') }));
	const score = ({ voice, lang }: { voice: V; lang: string }) => {
		const exact = (preferred[locale] ?? []).findIndex(
			(tag) => tag.toLowerCase() === lang.toLowerCase()
		);
		// Local voices work offline; the browser's default breaks ties.
		return (
			(exact === -1 ? 100 : exact * 10) - (voice.localService ? 2 : 0) - (voice.default ? 1 : 0)
		);
	};
	return normalized
		.filter(({ lang }) => lang.toLowerCase().split('-')[0] === locale)
		.sort((a, b) => score(a) - score(b))[0]?.voice;
}
