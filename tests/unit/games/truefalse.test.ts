import { describe, expect, it } from 'vitest';
import {
	answer,
	isDone,
	isFinished,
	lastAnswer,
	nextStatement,
	startTrueFalse,
	triedAt
} from '$lib/games/truefalse/truefalse';
import { truefalseFields, type Statement } from '$lib/games/truefalse/schema';
import { scenarioSchema } from '$lib/content/schema';

const text = (nl: string) => ({ nl, en: `${nl} (en)` });

const statements: Statement[] = [
	{
		id: 'own-photo',
		text: text('Je foto is van jou.'),
		answer: true,
		explanation: text('Jij beslist.')
	},
	{
		id: 'take-back',
		text: text('Een foto haal je altijd terug.'),
		answer: false,
		explanation: text('Hij kan al bewaard zijn.')
	}
];
const fields = { type: 'truefalse', statements };
const issues = (value: unknown) => {
	const result = truefalseFields.safeParse(value);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('true or not true', () => {
	it('starts at the first statement with nothing answered', () => {
		const state = startTrueFalse();
		expect(state.at).toBe(0);
		expect(lastAnswer(state, statements)).toBeUndefined();
		expect(isFinished(state, statements)).toBe(false);
	});

	it('keeps a wrong answer, stays at the statement and refuses the same answer twice', () => {
		const { state, result } = answer(startTrueFalse(), statements, false);
		expect(result).toBe('wrong');
		expect(state.at).toBe(0);
		expect(lastAnswer(state, statements)).toEqual({ answer: false, right: false });
		expect(isDone(state, statements, 0)).toBe(false);
		expect(answer(state, statements, false)).toEqual({ state, result: 'ignored' });
	});

	it('moves on only after a right answer and only when asked', () => {
		const wrong = answer(startTrueFalse(), statements, false).state;
		const { state, result } = answer(wrong, statements, true);
		expect(result).toBe('right');
		expect(state.at).toBe(0);
		expect(lastAnswer(state, statements)).toEqual({ answer: true, right: true });
		expect(answer(state, statements, false).result).toBe('ignored');
		expect(nextStatement(wrong, statements)).toBe(wrong);
		const next = nextStatement(state, statements);
		expect(next.at).toBe(1);
		expect(lastAnswer(next, statements)).toBeUndefined();
		expect(triedAt(next, 0)).toEqual([false, true]);
	});

	it('finishes when the last statement is answered right', () => {
		let state = answer(startTrueFalse(), statements, true).state;
		state = nextStatement(state, statements);
		const { state: end, result } = answer(state, statements, false);
		expect(result).toBe('finished');
		expect(isFinished(end, statements)).toBe(true);
		expect(nextStatement(end, statements)).toBe(end);
	});
});

describe('the truefalse schema', () => {
	it('accepts a valid list, also as a whole scenario', () => {
		expect(issues(fields)).toEqual([]);
		const scenario = scenarioSchema.parse({
			...fields,
			id: 'photo-facts',
			band: 'all',
			scene: { place: 'classroom' },
			title: text('Waar of niet waar?'),
			situation: text('Lees de zinnen.'),
			discuss: [text('Wat wist je nog niet?')]
		});
		expect(scenario.type).toBe('truefalse');
	});

	it('refuses fewer than 2 and more than 6 statements', () => {
		expect(issues({ ...fields, statements: statements.slice(0, 1) })).toEqual([
			'statements: give at least 2 statements'
		]);
		const seven = Array.from({ length: 7 }, (_, i) => ({ ...statements[0], id: `s-${i}` }));
		expect(issues({ ...fields, statements: seven })).toEqual([
			'statements: give at most 6 statements'
		]);
	});

	it('refuses an answer in quotes or in words', () => {
		const quoted = [{ ...statements[0], answer: 'true' }, statements[1]];
		expect(issues({ ...fields, statements: quoted })).toEqual([
			'statements.0.answer: answer must be true or false (without quotes)'
		]);
		const missing = [{ id: 'x', text: text('x'), explanation: text('x') }, statements[1]];
		expect(issues({ ...fields, statements: missing })).toEqual([
			'statements.0.answer: answer must be true or false (without quotes)'
		]);
	});

	it('refuses a statement id used twice, and a statement without an explanation', () => {
		const twice = [statements[0], { ...statements[1], id: 'own-photo' }];
		expect(issues({ ...fields, statements: twice })).toEqual([
			'statements.1.id: statement id "own-photo" is used twice'
		]);
		const noExplanation = { ...statements[0], explanation: undefined };
		expect(issues({ ...fields, statements: [noExplanation, statements[1]] })).toEqual([
			'statements.0.explanation: Invalid input: expected object, received undefined'
		]);
	});
});
