import { describe, expect, it } from 'vitest';
import { masteryOf, ruleState, type AttemptFacts } from '$lib/progress/mastery';

const rule = {
	version: 2,
	scenarios: [
		{ id: 'young', band: '3-4' as const },
		{ id: 'shared', band: 'all' as const },
		{ id: 'old', band: '7-8' as const }
	]
};

let clock = 0;
const attempt = (
	scenarioId: string,
	outcome: 'right' | 'wrong',
	firstTry: boolean,
	ruleVersion = 2
): AttemptFacts => ({
	scenarioId,
	outcome,
	firstTry,
	ruleVersion,
	at: ++clock
});

describe('masteryOf', () => {
	it('counts only the scenarios of the pupil’s age band', () => {
		const m = masteryOf(rule, '3-4', []);
		expect(m.total).toBe(2);
		expect(m.completed).toBe(false);
	});

	it('completes a rule when every scenario of the band ended right', () => {
		const m = masteryOf(rule, '3-4', [
			attempt('young', 'wrong', true),
			attempt('young', 'right', false),
			attempt('shared', 'right', true)
		]);
		expect(m.right).toEqual(['young', 'shared']);
		expect(m.completed).toBe(true);
		expect(m.completedAt).toBe(clock);
	});

	it('gives a star only for a scenario answered right the first time', () => {
		const m = masteryOf(rule, '3-4', [
			attempt('young', 'wrong', true),
			attempt('young', 'right', false),
			attempt('shared', 'right', true)
		]);
		expect(m.stars).toBe(1);
	});

	it('keeps a star earned in an earlier play even when a replay went wrong first', () => {
		const m = masteryOf(rule, '7-8', [
			attempt('shared', 'right', true),
			attempt('old', 'right', true),
			attempt('shared', 'wrong', true),
			attempt('shared', 'right', false)
		]);
		expect(m.stars).toBe(2);
	});

	it('does not count scenarios of another band towards completion', () => {
		const m = masteryOf(rule, '7-8', [
			attempt('young', 'right', true),
			attempt('shared', 'right', true)
		]);
		expect(m.completed).toBe(false);
		expect(m.right).toEqual(['shared']);
	});

	it('ignores attempts of an older rule version, but remembers that version was completed', () => {
		const m = masteryOf(rule, '3-4', [
			attempt('young', 'right', true, 1),
			attempt('shared', 'right', true, 1)
		]);
		expect(m.completed).toBe(false);
		expect(m.right).toEqual([]);
		expect(m.stars).toBe(0);
		expect(m.completedVersions).toEqual([1]);
		expect(ruleState(m, 2)).toBe('redo');
	});

	it('a rule without scenarios for the band is never completed', () => {
		expect(
			masteryOf({ version: 1, scenarios: [{ id: 'x', band: '7-8' }] }, '3-4', []).completed
		).toBe(false);
	});
});

describe('ruleState', () => {
	const base = masteryOf(rule, '3-4', []);
	it('is new without progress', () => {
		expect(ruleState(undefined, 2)).toBe('new');
		expect(ruleState(base, 2)).toBe('new');
	});
	it('is busy part-way and done when completed', () => {
		expect(ruleState({ ...base, right: ['young'] }, 2)).toBe('busy');
		expect(ruleState({ ...base, right: ['young', 'shared'], completed: true }, 2)).toBe('done');
	});
	it('asks to redo a rule completed in a version older than the lessons have now', () => {
		expect(ruleState({ ...base, version: 1, completed: true }, 2)).toBe('redo');
		expect(ruleState({ ...base, version: 1, right: ['young'] }, 2)).toBe('new');
	});
});
