import { base } from '$app/paths';
import { pickVoice } from './voices';
import { sound } from './sound.svelte';

let voices = $state<SpeechSynthesisVoice[]>([]);
let speaking = $state<string | undefined>();

// Chromium fills the voice list asynchronously, so listen from the start.
if (typeof speechSynthesis !== 'undefined') {
	const update = () => (voices = speechSynthesis.getVoices());
	update();
	speechSynthesis.addEventListener?.('voiceschanged', update);
}

/** Reads texts aloud: a recorded file when the lesson has one, else the best installed voice. */
export const readAloud = {
	/** Whether text in this language can be read aloud on this device. */
	available(locale: string, audio?: string): boolean {
		return Boolean(audio) || pickVoice(voices, locale) !== undefined;
	},
	get speaking() {
		return speaking;
	},
	read(id: string, text: string, locale: string, audio?: string) {
		if (speaking === id) {
			this.stop();
			return;
		}
		this.stop();
		if (audio) {
			speaking = id;
			sound.playFile(`${base}/${audio}`, () => (speaking = undefined));
			return;
		}
		const voice = pickVoice(voices, locale);
		if (!voice) return;
		const utterance = new SpeechSynthesisUtterance(text);
		utterance.voice = voice;
		utterance.lang = voice.lang;
		// Slower than default: the listeners are six to eight years old.
		utterance.rate = 0.9;
		utterance.onend = utterance.onerror = () => {
			if (speaking === id) speaking = undefined;
		};
		speaking = id;
		speechSynthesis.speak(utterance);
	},
	stop() {
		if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
		sound.stopFile();
		speaking = undefined;
	}
};
