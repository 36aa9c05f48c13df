import type { Component } from 'svelte';
import type { GameType } from '$lib/content/schema';
import type { GameProps } from './types';
import ChoiceGame from './choice/ChoiceGame.svelte';

/** One entry per game type; each game lives in its own folder with its logic and tests. */
export const games: { [T in GameType]: Component<GameProps<T>> } = {
	choice: ChoiceGame
};
