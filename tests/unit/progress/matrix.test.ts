import { describe, expect, it } from 'vitest';
import type { RuleSummary } from '$lib/content/schema';
import { masteryOf } from '$lib/progress/mastery';
import {
	buildMatrix,
	cellOf,
	hardScenarios,
	matrixCsv,
	type CsvWords,
	type MatrixPupil,
	type ProgressFacts
} from '$lib/progress/matrix';

const text = { nl: 'x', en: 'x' };
function rule(id: string, category: RuleSummary['category'], version = 1): RuleSummary {
	return {
		id,
		version,
		category,
		audience: 'pupil',
		sticker: 'hand',
		title: { nl: `Regel ${id}`, en: `Rule ${id}` },
		summary: text,
		scenarios: [
			{ id: 'a', band: 'all', type: 'choice' },
			{ id: 'b', band: '5-6', type: 'choice' },
			{ id: 'c', band: '7-8', type: 'choice' }
		]
	};
}
const rules = [rule('r1', 'privacy'), rule('r2', 'online', 2), rule('r3', 'online')];
const pupil = (id: string, name: string): MatrixPupil => ({ id, name, avatar: 'fox', band: '5-6' });
const pupils = [pupil('p1', 'Noor'), pupil('p2', 'daan'), pupil('p3', 'Émile'), pupil('p4', 'Bo')];

const at = Date.UTC(2025, 2, 12, 10);
function progress(
	profileId: string,
	r: RuleSummary,
	right: string[],
	version = r.version
): ProgressFacts {
	const attempts = right.map((scenarioId, i) => ({
		scenarioId,
		ruleVersion: version,
		outcome: 'right' as const,
		firstTry: i === 0,
		at: at + i * 1000
	}));
	return { profileId, ruleId: r.id, ...masteryOf(r, '5-6', attempts) };
}

const facts: ProgressFacts[] = [
	progress('p1', rules[0]!, ['a', 'b']),
	progress('p1', rules[1]!, ['a']),
	progress('p1', rules[2]!, ['a', 'b']),
	progress('p2', rules[0]!, ['a']),
	progress('p3', rules[1]!, ['a', 'b'], 1), // done in version 1; the rule is at version 2 now
	progress('p3', rules[2]!, ['a', 'b']),
	progress('p9', rules[0]!, ['a', 'b']) // a pupil of another group
];

describe('the matrix', () => {
	it('has a row per pupil and a column per rule, grouped by category', () => {
		const matrix = buildMatrix({ pupils, rules, progress: facts });
		expect(matrix.blocks.map((b) => [b.category, b.columns.map((c) => c.rule.id)])).toEqual([
			['online', ['r2', 'r3']],
			['privacy', ['r1']]
		]);
		expect(matrix.columns.map((c) => c.rule.id)).toEqual(['r2', 'r3', 'r1']);
		expect(matrix.rows.map((r) => r.pupil.name)).toEqual(['Bo', 'daan', 'Émile', 'Noor']);
	});

	it('says per cell: not started, busy x of y, done with the date, or to redo', () => {
		const matrix = buildMatrix({ pupils, rules, progress: facts });
		const row = (name: string) => matrix.rows.find((r) => r.pupil.name === name)!;
		expect(row('Noor').cells).toEqual([
			{ ruleId: 'r2', state: 'busy', right: 1, total: 2, stars: 1, completedAt: undefined },
			{ ruleId: 'r3', state: 'done', right: 2, total: 2, stars: 1, completedAt: at + 1000 },
			{ ruleId: 'r1', state: 'done', right: 2, total: 2, stars: 1, completedAt: at + 1000 }
		]);
		expect(row('Bo').cells.map((c) => [c.state, c.right, c.total])).toEqual([
			['new', 0, 2],
			['new', 0, 2],
			['new', 0, 2]
		]);
		expect(row('Émile').cells[0]).toMatchObject({ state: 'redo', right: 0, total: 2 });
	});

	it('counts per rule how many pupils are done and per pupil how many rules', () => {
		const matrix = buildMatrix({ pupils, rules, progress: facts });
		expect(matrix.columns.map((c) => [c.rule.id, c.done])).toEqual([
			['r2', 0],
			['r3', 2],
			['r1', 1]
		]);
		expect(Object.fromEntries(matrix.rows.map((r) => [r.pupil.name, r.done]))).toEqual({
			Bo: 0,
			daan: 0,
			Émile: 1,
			Noor: 2
		});
	});

	it('sorts by progress (done, then how far) and filters by category', () => {
		const byProgress = buildMatrix({ pupils, rules, progress: facts, sort: 'progress' });
		expect(byProgress.rows.map((r) => r.pupil.name)).toEqual(['Noor', 'Émile', 'daan', 'Bo']);
		const online = buildMatrix({ pupils, rules, progress: facts, category: 'online' });
		expect(online.columns.map((c) => c.rule.id)).toEqual(['r2', 'r3']);
		expect(online.blocks).toHaveLength(1);
		expect(online.rows.find((r) => r.pupil.name === 'Noor')!.done).toBe(1);
		expect(buildMatrix({ pupils, rules, progress: facts, category: 'phone' }).columns).toEqual([]);
	});

	it('uses the pupil’s band for the number of scenarios of a rule not started', () => {
		expect(cellOf(rules[0]!, { ...pupil('x', 'X'), band: '3-4' }, undefined).total).toBe(1);
	});

	it('handles 32 pupils × 30 rules quickly', () => {
		const many = Array.from({ length: 30 }, (_, i) => rule(`m${i}`, 'online'));
		const kids = Array.from({ length: 32 }, (_, i) => pupil(`k${i}`, `Kind ${i}`));
		const all = kids.flatMap((k) => many.map((r) => progress(k.id, r, ['a', 'b'])));
		const start = performance.now();
		const matrix = buildMatrix({ pupils: kids, rules: many, progress: all, sort: 'progress' });
		expect(performance.now() - start).toBeLessThan(100);
		expect(matrix.columns.every((c) => c.done === 32)).toBe(true);
		expect(matrix.rows.map((r) => r.pupil.name).slice(0, 3)).toEqual([
			'Kind 0',
			'Kind 1',
			'Kind 2'
		]);
	});
});

describe('moeilijk voor de groep', () => {
	const a = (
		profileId: string,
		scenarioId: string,
		outcome: 'right' | 'wrong',
		firstTry: boolean,
		t: number,
		ruleId = 'r1'
	) => ({
		profileId,
		ruleId,
		scenarioId,
		outcome,
		firstTry,
		at: t
	});

	it('lists scenarios by the number of pupils whose first answer was wrong', () => {
		const attempts = [
			// Scenario b: three pupils first wrong. Noor replayed it five times: still one pupil.
			a('p1', 'b', 'wrong', true, 1),
			a('p1', 'b', 'right', false, 2),
			...[3, 4, 5, 6, 7].map((t) => a('p1', 'b', 'wrong', true, t * 10)),
			a('p2', 'b', 'wrong', true, 1),
			a('p3', 'b', 'wrong', true, 1),
			a('p4', 'b', 'right', true, 1),
			// Scenario a: one of two first wrong; a later replay right first time changes nothing.
			a('p1', 'a', 'right', true, 1),
			a('p2', 'a', 'wrong', true, 1),
			a('p2', 'a', 'right', true, 100),
			// Scenario c: everyone right first time: not hard.
			a('p1', 'c', 'right', true, 1),
			// A scenario the lessons no longer have.
			a('p1', 'gone', 'wrong', true, 1)
		];
		expect(hardScenarios(attempts, rules)).toEqual([
			{ ruleId: 'r1', scenarioId: 'b', wrongFirst: 3, tried: 4 },
			{ ruleId: 'r1', scenarioId: 'a', wrongFirst: 1, tried: 2 }
		]);
		expect(hardScenarios(attempts, rules, 1)).toHaveLength(1);
		expect(hardScenarios([], rules)).toEqual([]);
	});
});

describe('the CSV export', () => {
	const words: CsvWords = {
		pupil: 'Leerling',
		rulesDone: 'Regels klaar',
		groupDone: 'Klaar in de groep',
		rule: (r) => r.title.nl,
		cell: (c) =>
			c.state === 'done'
				? `klaar ${new Date(c.completedAt!).toISOString().slice(0, 10)}`
				: c.state === 'busy'
					? `bezig ${c.right} van ${c.total}`
					: 'niet begonnen',
		count: (done, total) => `${done} van ${total}`
	};

	it('is UTF-8 with a byte-order mark, semicolons and CRLF, as Dutch Excel expects', () => {
		const csv = matrixCsv(buildMatrix({ pupils, rules, progress: facts }), words);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const lines = csv.slice(1).split('\r\n');
		expect(lines.at(-1)).toBe('');
		expect(lines[0]).toBe('Leerling;Regel r2;Regel r3;Regel r1;Regels klaar');
		expect(lines).toContain('Noor;bezig 1 van 2;klaar 2025-03-12;klaar 2025-03-12;2 van 3');
		expect(lines).toContain('Émile;niet begonnen;klaar 2025-03-12;niet begonnen;1 van 3');
		expect(lines[5]).toBe('Klaar in de groep;0 van 4;2 van 4;1 van 4;');
		const bytes = new TextEncoder().encode(csv);
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	});

	it('quotes what needs quoting and never lets a name become a formula', () => {
		const odd = [pupil('p1', '=HYPERLINK("x")'), pupil('p2', 'a;b'), pupil('p3', '-Sam')];
		const csv = matrixCsv(buildMatrix({ pupils: odd, rules: [rules[0]!], progress: [] }), words);
		expect(csv).toContain(`"'=HYPERLINK(""x"")";`);
		expect(csv).toContain('"a;b";');
		expect(csv).toContain("'-Sam;");
	});
});
