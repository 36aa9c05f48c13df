import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { ruleSchema, type Rule, type RuleSummary } from './schema';

/** A lessons file that cannot be used; the message names the file, the path inside it and why. */
export class LessonError extends Error {
	constructor(readonly problems: string[]) {
		super(`The lessons are not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'LessonError';
	}
}

/** Parses and validates one rule file; returns the rule or the list of problems in it. */
export function parseRuleFile(file: string, source: string): { rule?: Rule; problems: string[] } {
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter, prettyErrors: false });
	if (doc.errors.length > 0) {
		return {
			problems: doc.errors.map((error) => {
				const { line, col } = lineCounter.linePos(error.pos[0]);
				return `${file}:${line}:${col}: this is not valid YAML (${error.message.split('\n')[0]})`;
			})
		};
	}
	const result = ruleSchema.safeParse(doc.toJS());
	if (!result.success) {
		return {
			problems: result.error.issues.map((issue) => {
				const path = issue.path.map(String);
				const node = doc.getIn(path, true) ?? doc.getIn(path.slice(0, -1), true);
				const range =
					node && typeof node === 'object' && 'range' in node
						? (node.range as [number, number, number] | undefined)
						: undefined;
				const where = range ? `:${lineCounter.linePos(range[0]).line}` : '';
				return `${file}${where}: ${path.join('.') || '(top)'}: ${issue.message}`;
			})
		};
	}
	const expectedId = basename(file).replace(/\.ya?ml$/, '');
	if (result.data.id !== expectedId) {
		return { problems: [`${file}: id: must be "${expectedId}", the file's name`] };
	}
	return { rule: result.data, problems: [] };
}

export async function loadLessons(lessonsDir: string, root = process.cwd()) {
	const dir = join(lessonsDir, 'rules');
	const files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
	const rules: Rule[] = [];
	const problems: string[] = [];
	const hash = createHash('sha256');
	for (const name of files) {
		const path = join(dir, name);
		const source = await readFile(path, 'utf8');
		hash.update(name).update('\0').update(source);
		const parsed = parseRuleFile(relative(root, path), source);
		problems.push(...parsed.problems);
		if (parsed.rule) rules.push(parsed.rule);
	}
	if (files.length === 0) problems.push(`${relative(root, dir)}: there are no rule files`);
	if (problems.length > 0) throw new LessonError(problems);
	return { rules, contentVersion: hash.digest('hex').slice(0, 12) };
}

export function summarize({ source: _source, ...rule }: Rule): RuleSummary {
	return {
		...rule,
		scenarios: rule.scenarios.map(({ id, band, type }) => ({ id, band, type }))
	};
}
