/**
 * The teacher's matrix: pupils × rules, from the derived rule progress (never from the whole
 * attempt log, so it stays fast with many attempts), and the scenarios a group finds hard.
 * Pure: the route reads the database, this module only counts.
 */
import { categories, type AgeBand, type Category } from '$lib/content/constants';
import type { RuleSummary } from '$lib/content/schema';
import { ruleState, type Mastery, type Outcome, type RuleState } from './mastery';

export interface MatrixPupil {
	id: string;
	name: string;
	avatar: string;
	band: AgeBand;
}

export interface MatrixCell {
	ruleId: string;
	state: RuleState;
	/** Scenarios of the pupil's band that ended right in the rule's current version. */
	right: number;
	total: number;
	stars: number;
	completedAt?: number;
}

export interface MatrixRow {
	pupil: MatrixPupil;
	cells: MatrixCell[];
	/** Rules done, of the columns shown. */
	done: number;
}

export interface MatrixColumn {
	rule: RuleSummary;
	/** Pupils of the group who are done with this rule. */
	done: number;
}

export interface Matrix {
	blocks: { category: Category; columns: MatrixColumn[] }[];
	columns: MatrixColumn[];
	rows: MatrixRow[];
}

export type MatrixSort = 'name' | 'progress';

export type ProgressFacts = Mastery & { profileId: string; ruleId: string };

const scenarioCount = (rule: RuleSummary, band: AgeBand) =>
	rule.scenarios.filter((s) => s.band === 'all' || s.band === band).length;

export function cellOf(
	rule: RuleSummary,
	pupil: MatrixPupil,
	mastery: Mastery | undefined
): MatrixCell {
	const state = ruleState(mastery, rule.version);
	const current = mastery?.version === rule.version ? mastery : undefined;
	return {
		ruleId: rule.id,
		state,
		right: current?.right.length ?? 0,
		total: current?.total ?? scenarioCount(rule, pupil.band),
		stars: current?.stars ?? 0,
		completedAt: state === 'done' ? current?.completedAt : undefined
	};
}

const byName = (a: MatrixPupil, b: MatrixPupil) =>
	a.name.localeCompare(b.name, 'nl', { sensitivity: 'base', numeric: true });

export function buildMatrix(input: {
	pupils: readonly MatrixPupil[];
	rules: readonly RuleSummary[];
	progress: readonly ProgressFacts[];
	sort?: MatrixSort;
	category?: Category | 'all';
}): Matrix {
	const { pupils, progress, sort = 'name', category = 'all' } = input;
	const rules = input.rules
		.filter((r) => category === 'all' || r.category === category)
		// Columns by category in the order the app uses, rules in catalog order within one.
		.map((rule, index) => ({ rule, index }))
		.sort(
			(a, b) =>
				categories.indexOf(a.rule.category) - categories.indexOf(b.rule.category) ||
				a.index - b.index
		)
		.map(({ rule }) => rule);
	const byPair = new Map(progress.map((p) => [`${p.profileId}\u0000${p.ruleId}`, p]));
	const rows: MatrixRow[] = pupils.map((pupil) => {
		const cells = rules.map((rule) =>
			cellOf(rule, pupil, byPair.get(`${pupil.id}\u0000${rule.id}`))
		);
		return { pupil, cells, done: cells.filter((c) => c.state === 'done').length };
	});
	const progressScore = (row: MatrixRow) =>
		row.cells.reduce(
			(sum, c) => sum + (c.state === 'done' ? 1 : c.total ? c.right / c.total : 0),
			0
		);
	rows.sort((a, b) =>
		sort === 'progress'
			? b.done - a.done || progressScore(b) - progressScore(a) || byName(a.pupil, b.pupil)
			: byName(a.pupil, b.pupil)
	);
	const columns: MatrixColumn[] = rules.map((rule, index) => ({
		rule,
		done: rows.filter((row) => row.cells[index]!.state === 'done').length
	}));
	const blocks = categories
		.map((c) => ({ category: c, columns: columns.filter((col) => col.rule.category === c) }))
		.filter((block) => block.columns.length > 0);
	return { blocks, columns, rows };
}

export interface HardScenario {
	ruleId: string;
	scenarioId: string;
	/** Pupils whose very first answer in this scenario was wrong. */
	wrongFirst: number;
	/** Pupils who answered it at all. */
	tried: number;
}

/**
 * "Moeilijk voor de groep": per scenario, how many pupils got their very first answer wrong.
 * Counting pupils, not answers, keeps one pupil who replayed a lot from tipping the list.
 */
export function hardScenarios(
	attempts: readonly {
		profileId: string;
		ruleId: string;
		scenarioId: string;
		outcome: Outcome;
		firstTry: boolean;
		at: number;
	}[],
	rules: readonly RuleSummary[],
	limit = 8
): HardScenario[] {
	const known = new Set(rules.flatMap((r) => r.scenarios.map((s) => `${r.id}\u0000${s.id}`)));
	const first = new Map<string, { at: number; wrong: boolean }>();
	for (const a of attempts) {
		if (!a.firstTry) continue;
		const key = `${a.ruleId}\u0000${a.scenarioId}\u0000${a.profileId}`;
		const earlier = first.get(key);
		if (!earlier || a.at < earlier.at || (a.at === earlier.at && a.outcome === 'wrong')) {
			first.set(key, { at: a.at, wrong: a.outcome === 'wrong' });
		}
	}
	const perScenario = new Map<string, HardScenario>();
	for (const [key, answer] of first) {
		const [ruleId, scenarioId] = key.split('\u0000') as [string, string];
		if (!known.has(`${ruleId}\u0000${scenarioId}`)) continue;
		const entry = perScenario.get(`${ruleId}\u0000${scenarioId}`) ?? {
			ruleId,
			scenarioId,
			wrongFirst: 0,
			tried: 0
		};
		entry.tried += 1;
		if (answer.wrong) entry.wrongFirst += 1;
		perScenario.set(`${ruleId}\u0000${scenarioId}`, entry);
	}
	return [...perScenario.values()]
		.filter((s) => s.wrongFirst > 0)
		.sort(
			(a, b) =>
				b.wrongFirst - a.wrongFirst ||
				b.wrongFirst / b.tried - a.wrongFirst / a.tried ||
				a.ruleId.localeCompare(b.ruleId) ||
				a.scenarioId.localeCompare(b.scenarioId)
		)
		.slice(0, limit);
}

export interface CsvWords {
	pupil: string;
	rulesDone: string;
	groupDone: string;
	rule: (rule: RuleSummary) => string;
	cell: (cell: MatrixCell) => string;
	count: (done: number, total: number) => string;
}

function csvField(value: string): string {
	// A spreadsheet runs a cell that starts with = + - or @ as a formula: not from a name.
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The matrix as CSV that Dutch Excel opens by double-clicking: UTF-8 with a byte-order mark
 * (else Excel reads it as Windows-1252 and breaks ë and é), semicolons (Dutch Excel expects
 * them, as the comma is the decimal sign) and CRLF line ends.
 */
export function matrixCsv(matrix: Matrix, words: CsvWords): string {
	const total = matrix.columns.length;
	const lines = [
		[words.pupil, ...matrix.columns.map((c) => words.rule(c.rule)), words.rulesDone],
		...matrix.rows.map((row) => [
			row.pupil.name,
			...row.cells.map((cell) => words.cell(cell)),
			words.count(row.done, total)
		]),
		[words.groupDone, ...matrix.columns.map((c) => words.count(c.done, matrix.rows.length)), '']
	];
	return `\uFEFF${lines.map((line) => line.map(csvField).join(';')).join('\r\n')}\r\n`;
}
