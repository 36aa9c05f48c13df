import { describe, expect, it } from 'vitest';
import { report, resumeIndex, startRun } from '$lib/games/run';

describe('a scenario run', () => {
	it('marks only the first outcome as the first try', () => {
		let run = startRun('s');
		const first = report(run, 'wrong');
		run = first.run;
		const second = report(run, 'right');
		expect(first.attempt).toEqual({ outcome: 'wrong', firstTry: true });
		expect(second.attempt).toEqual({ outcome: 'right', firstTry: false });
		expect(second.run.solved).toBe(true);
	});

	it('records nothing after the scenario ended right', () => {
		const solved = report(startRun('s'), 'right').run;
		expect(report(solved, 'wrong').attempt).toBeUndefined();
	});
});

describe('resumeIndex', () => {
	it('continues at the first scenario not yet ended right', () => {
		expect(resumeIndex(['a', 'b', 'c'], ['a'])).toBe(1);
		expect(resumeIndex(['a', 'b', 'c'], ['a', 'c'])).toBe(1);
	});
	it('starts from the beginning for a replay of a completed rule', () => {
		expect(resumeIndex(['a', 'b'], ['a', 'b'])).toBe(0);
	});
});
