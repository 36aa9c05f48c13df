import type { Statement } from './schema';

/**
 * A round of true-or-false in play: `at` is the statement being answered, `given` every answer
 * in order. A statement is done when it has been answered right; then the pupil moves on.
 */
export interface TrueFalseState {
	at: number;
	given: { statement: number; answer: boolean }[];
}

/** What an answer did: nothing, wrong (try again), right (on to the next), or right at the end. */
export type AnswerResult = 'ignored' | 'wrong' | 'right' | 'finished';

export const startTrueFalse = (): TrueFalseState => ({ at: 0, given: [] });

/** The answers tried for one statement, in order. */
export const triedAt = (state: TrueFalseState, index: number): boolean[] =>
	state.given.filter((g) => g.statement === index).map((g) => g.answer);

/** Whether the statement has been answered right. */
export function isDone(state: TrueFalseState, statements: Statement[], index: number): boolean {
	const statement = statements[index];
	return statement !== undefined && triedAt(state, index).includes(statement.answer);
}

export const isFinished = (state: TrueFalseState, statements: Statement[]): boolean =>
	statements.length > 0 && statements.every((_, index) => isDone(state, statements, index));

export function answer(
	state: TrueFalseState,
	statements: Statement[],
	value: boolean
): { state: TrueFalseState; result: AnswerResult } {
	const statement = statements[state.at];
	if (
		!statement ||
		isDone(state, statements, state.at) ||
		triedAt(state, state.at).includes(value)
	) {
		return { state, result: 'ignored' };
	}
	const next = { ...state, given: [...state.given, { statement: state.at, answer: value }] };
	if (value !== statement.answer) return { state: next, result: 'wrong' };
	return { state: next, result: isFinished(next, statements) ? 'finished' : 'right' };
}

/** Moves on to the next statement once the current one is answered right. */
export function nextStatement(state: TrueFalseState, statements: Statement[]): TrueFalseState {
	if (!isDone(state, statements, state.at) || state.at + 1 >= statements.length) return state;
	return { ...state, at: state.at + 1 };
}

/** The last answer given to the current statement, and whether it was right. */
export function lastAnswer(
	state: TrueFalseState,
	statements: Statement[]
): { answer: boolean; right: boolean } | undefined {
	const statement = statements[state.at];
	const tried = triedAt(state, state.at);
	const last = tried.at(-1);
	if (!statement || last === undefined) return undefined;
	return { answer: last, right: last === statement.answer };
}
