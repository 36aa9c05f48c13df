import type { Howl } from 'howler';
import { base } from '$app/paths';

export const soundNames = ['right', 'wrong', 'done'] as const;
export type SoundName = (typeof soundNames)[number];

let muted = $state(false);
let howls: Promise<Record<SoundName, Howl>> | undefined;
let recording: Howl | undefined;

/**
 * howler is imported on the first play, which always follows a tap: browsers refuse sound
 * before a user gesture, and the start page stays small.
 */
function loadHowls() {
	howls ??= import('howler').then(({ Howl }) => {
		const entries = soundNames.map((name) => [
			name,
			new Howl({ src: [`${base}/sounds/${name}.wav`], preload: true })
		]);
		return Object.fromEntries(entries) as Record<SoundName, Howl>;
	});
	return howls;
}

export const sound = {
	get muted() {
		return muted;
	},
	set muted(value: boolean) {
		muted = value;
	},
	/** Plays a recorded reading of a lesson text; not muted, because the pupil asked for it. */
	async playFile(src: string, onend: () => void) {
		const { Howl } = await import('howler');
		recording?.unload();
		recording = new Howl({ src: [src], onend, onloaderror: onend, onplayerror: onend });
		recording.play();
	},
	stopFile() {
		recording?.stop();
	},
	/** Plays a sound unless muted. Every sound has a visual twin on screen: this is never the only sign. */
	async play(name: SoundName) {
		if (muted || typeof window === 'undefined') return;
		try {
			(await loadHowls())[name].play();
		} catch {
			// A missing audio device is not the pupil's problem; the visual sign is already there.
		}
	}
};
