import { describe, expect, it } from 'vitest';
import { boardSteps, moveStep, stepDirection } from '$lib/ui/board/steps';

const text = { nl: 'x', en: 'x' };

describe('board steps', () => {
	it('show a choice scenario’s answer, then each question, then the rule', () => {
		expect(boardSteps({ type: 'choice', discuss: [text, text] }).map((s) => s.kind)).toEqual([
			'situation',
			'play',
			'answer',
			'question',
			'question',
			'rule'
		]);
	});

	it('let other game types be played together, without a separate answer step', () => {
		expect(boardSteps({ type: 'sort', discuss: [text] }).map((s) => s.kind)).toEqual([
			'situation',
			'play',
			'question',
			'rule'
		]);
	});

	it('follow a presenter clicker, arrows and space, and stay within the scenario', () => {
		expect(stepDirection('PageDown', false)).toBe(1);
		expect(stepDirection('PageUp', true)).toBe(-1);
		expect(stepDirection(' ', false)).toBe(1);
		expect(stepDirection('ArrowLeft', false)).toBe(-1);
		expect(stepDirection('a', false)).toBe(0);
		expect(moveStep(0, -1, 4)).toBe(0);
		expect(moveStep(3, 1, 4)).toBe(3);
		expect(moveStep(1, 1, 4)).toBe(2);
	});

	it('leave arrows and space to a game that has the focus', () => {
		expect(stepDirection('ArrowRight', true)).toBe(0);
		expect(stepDirection(' ', true)).toBe(0);
	});
});
