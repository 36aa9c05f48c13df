import type { Component } from 'svelte';
import type { GameType } from '$lib/content/schema';
import type { GameProps } from './types';
import ChoiceGame from './choice/ChoiceGame.svelte';
import ChatGame from './chat/ChatGame.svelte';
import TrueFalseGame from './truefalse/TrueFalseGame.svelte';
import SpotGame from './spot/SpotGame.svelte';
import BrowserGame from './browser/BrowserGame.svelte';
import SortGame from './sort/SortGame.svelte';
import OrderGame from './order/OrderGame.svelte';

/** One entry per game type; each game lives in its own folder with its logic and tests. */
export const games: { [T in GameType]: Component<GameProps<T>> } = {
	choice: ChoiceGame,
	chat: ChatGame,
	truefalse: TrueFalseGame,
	spot: SpotGame,
	browser: BrowserGame,
	sort: SortGame,
	order: OrderGame
};
