import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LessonError, loadLessons, parseRuleFile } from '$lib/content/load';

const example = await readFile('lessons/rules/ask-before-internet.yaml', 'utf8');

describe('the lessons in lessons/rules', () => {
	it('are all valid against the schema', async () => {
		const { rules } = await loadLessons('lessons');
		expect(rules.length).toBeGreaterThanOrEqual(3);
	});

	it('give every choice of a choice scenario its own feedback in nl and en', async () => {
		const { rules } = await loadLessons('lessons');
		for (const rule of rules) {
			for (const scenario of rule.scenarios) {
				if (scenario.type !== 'choice') continue;
				for (const choice of scenario.choices) {
					expect(choice.feedback.nl, `${rule.id}/${scenario.id}/${choice.id}`).not.toBe('');
					expect(choice.feedback.en).not.toBe(choice.feedback.nl);
				}
			}
		}
	});
});

describe('a broken lessons file', () => {
	it('names the file, the path inside it and the reason for a missing translation', () => {
		const broken = example.replace('          en: I start searching right away.\n', '');
		const { rule, problems } = parseRuleFile('lessons/rules/ask-before-internet.yaml', broken);
		expect(rule).toBeUndefined();
		expect(problems).toEqual([
			expect.stringMatching(
				/^lessons\/rules\/ask-before-internet\.yaml:\d+: scenarios\.0\.choices\.1\.text\.en: missing translation \(en\)$/
			)
		]);
	});

	it('reports YAML syntax errors with line and column', () => {
		const { problems } = parseRuleFile('lessons/rules/x.yaml', 'id: [unclosed\n');
		expect(problems[0]).toMatch(/^lessons\/rules\/x\.yaml:\d+:\d+: this is not valid YAML/);
	});

	it('refuses a scenario without a right choice', () => {
		const broken = example.replace(/correct: true/g, 'correct: false');
		const { problems } = parseRuleFile('lessons/rules/ask-before-internet.yaml', broken);
		expect(problems.join('\n')).toContain('at least one choice must be right');
	});

	it('refuses an id that does not match the file name', () => {
		const { problems } = parseRuleFile('lessons/rules/other-name.yaml', example);
		expect(problems).toEqual([
			'lessons/rules/other-name.yaml: id: must be "other-name", the file\'s name'
		]);
	});

	it('refuses a scenario id used twice', () => {
		const broken = example.replace('id: project-about-dolphins', 'id: chromebook-on-desk');
		const { problems } = parseRuleFile('lessons/rules/ask-before-internet.yaml', broken);
		expect(problems.join('\n')).toContain(
			'scenarios.1.id: scenario id "chromebook-on-desk" is used twice'
		);
	});

	it('fails loading the whole folder, listing every problem', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'lessons-'));
		await mkdir(join(dir, 'rules'));
		await writeFile(
			join(dir, 'rules', 'ask-before-internet.yaml'),
			example.replace('version: 1', 'version: zero')
		);
		const loading = loadLessons(dir, dir);
		await expect(loading).rejects.toBeInstanceOf(LessonError);
		await expect(loading).rejects.toThrow(/rules\/ask-before-internet\.yaml:\d+: version: /);
	});
});
