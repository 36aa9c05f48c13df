import type { ChatOption, ChatTurn, ContactMessage, PupilTurn } from './schema';

/**
 * A conversation in play. `at` is the index of the pupil turn being answered, or turns.length
 * once the conversation has ended; `picks` holds every reply tried, in order.
 */
export interface ChatState {
	at: number;
	picks: { turn: number; id: string }[];
}

/** What a pick did: nothing, a wrong reply, a right reply and on to the next turn, or the end. */
export type PickResult = 'ignored' | 'wrong' | 'next' | 'finished';

/** One line of the conversation as it is shown. */
export type ChatLine =
	| { kind: 'incoming'; turn: number; message: ContactMessage }
	| { kind: 'sent'; turn: number; option: ChatOption };

export interface RedFlag {
	/** 1, 2, 3 …: the number shown beside the message and in the summary. */
	number: number;
	turn: number;
	message: ContactMessage;
}

function nextPupilTurn(turns: ChatTurn[], from: number): number {
	for (let index = from; index < turns.length; index++) {
		if (turns[index]?.from === 'pupil') return index;
	}
	return turns.length;
}

export const startChat = (turns: ChatTurn[]): ChatState => ({
	at: nextPupilTurn(turns, 0),
	picks: []
});

export const isFinished = (state: ChatState, turns: ChatTurn[]): boolean =>
	state.at >= turns.length;

/** The pupil turn being answered, if the conversation has not ended. */
export function currentTurn(state: ChatState, turns: ChatTurn[]): PupilTurn | undefined {
	const turn = turns[state.at];
	return turn?.from === 'pupil' ? turn : undefined;
}

/** The ids of the replies already tried at the current turn. */
export const triedNow = (state: ChatState): string[] =>
	state.picks.filter((p) => p.turn === state.at).map((p) => p.id);

/** Chooses a reply. A wrong one stays tried; a right one is sent and the conversation goes on. */
export function pickReply(
	state: ChatState,
	turns: ChatTurn[],
	id: string
): { state: ChatState; result: PickResult } {
	const turn = currentTurn(state, turns);
	const option = turn?.options.find((o) => o.id === id);
	if (!option || triedNow(state).includes(id)) return { state, result: 'ignored' };
	const picks = [...state.picks, { turn: state.at, id }];
	if (!option.correct) return { state: { ...state, picks }, result: 'wrong' };
	const at = nextPupilTurn(turns, state.at + 1);
	return { state: { at, picks }, result: at >= turns.length ? 'finished' : 'next' };
}

/** The last reply tried, with its turn: its feedback is what the pupil sees. */
export function lastPick(
	state: ChatState,
	turns: ChatTurn[]
): { turn: number; option: ChatOption } | undefined {
	const last = state.picks.at(-1);
	const turn = last && turns[last.turn];
	if (!last || turn?.from !== 'pupil') return undefined;
	const option = turn.options.find((o) => o.id === last.id);
	return option && { turn: last.turn, option };
}

/** The conversation so far: the contact's messages and the replies the pupil sent. */
export function transcript(state: ChatState, turns: ChatTurn[]): ChatLine[] {
	const lines: ChatLine[] = [];
	turns.slice(0, state.at).forEach((turn, index) => {
		if (turn.from === 'contact') {
			lines.push({ kind: 'incoming', turn: index, message: turn });
			return;
		}
		const sent = state.picks
			.filter((p) => p.turn === index)
			.map((p) => turn.options.find((o) => o.id === p.id))
			.find((o) => o?.correct);
		if (sent) lines.push({ kind: 'sent', turn: index, option: sent });
	});
	return lines;
}

/** The contact's messages that were warning signs, numbered in order. */
export function redFlags(turns: ChatTurn[]): RedFlag[] {
	const flags: RedFlag[] = [];
	turns.forEach((turn, index) => {
		if (turn.from === 'contact' && turn.redFlag) {
			flags.push({ number: flags.length + 1, turn: index, message: turn });
		}
	});
	return flags;
}
