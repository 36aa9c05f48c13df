import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { press, ruleById } from './helpers';

/** The Arabic interface strings, straight from the app's own files. */
function arabic(namespace: string) {
	return JSON.parse(readFileSync(`src/lib/i18n/locales/ar/${namespace}.json`, 'utf8'));
}
const common = arabic('common');
const parents = arabic('parents');
const truefalse = arabic('truefalse');
const fill = (text: string, values: Record<string, string | number>) =>
	text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));
/** A lesson text in Arabic: every text of a parent rule has one (the schema requires it). */
function ar(text: { ar?: string }): string {
	if (!text.ar) throw new Error(`no Arabic text: ${JSON.stringify(text)}`);
	return text.ar;
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const parentRule = ruleById('parents-parro');
const pupilRule = ruleById('ask-before-internet');

async function expectRightToLeft(page: Page) {
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
}

test('a parent plays the parents’ part in Arabic, laid out right to left', async ({
	page
}, testInfo) => {
	await page.goto('/');
	await page.getByRole('combobox', { name: 'Taal' }).selectOption('ar');
	await expectRightToLeft(page);
	// The language switch now speaks Arabic itself.
	await expect(page.getByRole('combobox', { name: common.settings.language })).toHaveValue('ar');

	await press(page.getByRole('link', { name: common.links.parents, exact: true }), testInfo);
	await expect(page).toHaveURL(/\/parents$/);
	await expectRightToLeft(page);
	await expect(page.getByRole('heading', { level: 1, name: parents.title })).toBeVisible();
	await expect(page.getByText(parents.intro)).toBeVisible();

	// Rules for parents: one rule, every scenario, in Arabic.
	await press(page.getByRole('link', { name: new RegExp(escape(parents.rules.title)) }), testInfo);
	await press(
		page.getByRole('link', {
			name: fill(parents.rulesPage.start, { title: ar(parentRule.title) })
		}),
		testInfo
	);
	await expect(page.getByRole('heading', { level: 1, name: ar(parentRule.title) })).toBeVisible();
	for (const [index, scenario] of parentRule.scenarios.entries()) {
		const total = parentRule.scenarios.length;
		await expect(
			page.getByText(fill(common.play.progress, { current: index + 1, total }), { exact: true })
		).toBeVisible();
		await expect(page.getByRole('heading', { name: ar(scenario.title) })).toBeVisible();
		await expect(page.getByText(ar(scenario.situation))).toBeVisible();
		if (scenario.type === 'choice') {
			const wrong = scenario.choices.find((c) => !c.correct)!;
			const right = scenario.choices.find((c) => c.correct)!;
			await press(page.getByRole('button', { name: ar(wrong.text) }), testInfo);
			await expect(page.getByText(ar(wrong.feedback))).toBeVisible();
			await expect(page.getByText(common.play.tryAgain)).toBeVisible();
			await press(page.getByRole('button', { name: ar(right.text) }), testInfo);
			await expect(page.getByText(ar(right.feedback))).toBeVisible();
		} else if (scenario.type === 'truefalse') {
			for (const [i, statement] of scenario.statements.entries()) {
				await expect(page.getByText(ar(statement.text), { exact: true })).toBeVisible();
				const answer = statement.answer ? truefalse.true : truefalse.false;
				await press(page.getByRole('button', { name: answer, exact: true }), testInfo);
				await expect(page.getByText(ar(statement.explanation))).toBeVisible();
				if (i + 1 < scenario.statements.length) {
					await press(page.getByRole('button', { name: truefalse.next }), testInfo);
				}
			}
		} else {
			throw new Error(`this journey plays choice and truefalse scenarios, not ${scenario.type}`);
		}
		// After each scenario: its questions to think about.
		const think = page.getByRole('region', { name: parents.rulesPage.think });
		await expect(think).toBeVisible();
		await expect(think).toContainText(ar(scenario.discuss[0]!));
		const last = index + 1 === total;
		await press(
			page.getByRole('button', { name: last ? common.play.finish : common.play.next }),
			testInfo
		);
	}
	await expect(
		page.getByRole('heading', { level: 1, name: parents.rulesPage.doneTitle })
	).toBeVisible();
	await expect(page.getByText(ar(parentRule.summary))).toBeVisible();
	await expectRightToLeft(page);

	// Home practice: a home profile without a group, a pupil rule, and the talk card.
	await press(page.getByRole('link', { name: parents.rulesPage.back }), testInfo);
	await press(page.getByRole('link', { name: parents.back }), testInfo);
	await press(
		page.getByRole('link', { name: new RegExp(escape(parents.practice.title)) }),
		testInfo
	);
	await expect(page.getByText(parents.practicePage.whoIntro)).toBeVisible();
	await page.getByLabel(common.profile.nameLabel).fill('Sanne');
	await press(page.getByRole('radio', { name: common.avatar.fox, exact: true }), testInfo);
	await press(
		page.getByRole('radio', { name: fill(common.profile.groupOption, { number: 4 }) }),
		testInfo
	);
	await press(page.getByRole('button', { name: common.profile.create }), testInfo);
	await expect(page.getByText(fill(parents.practicePage.with, { name: 'Sanne' }))).toBeVisible();
	await expect(page.getByText(parents.practicePage.lessonLanguage)).toBeVisible();

	await press(page.getByRole('link', { name: new RegExp(escape(pupilRule.title.nl)) }), testInfo);
	const scenario = pupilRule.scenarios.find((s) => s.band === '3-4' || s.band === 'all')!;
	if (scenario.type !== 'choice') throw new Error('the first groep 4 scenario is a choice');
	// The pupil rule is in Dutch only: it says so, for screen readers and for the layout.
	const title = page.getByRole('heading', { name: scenario.title.nl });
	await expect(title).toBeVisible();
	await expect(title).toHaveAttribute('lang', 'nl');
	await expect(title).toHaveAttribute('dir', 'ltr');
	const right = scenario.choices.find((c) => c.correct)!;
	await press(page.getByRole('button', { name: right.text.nl }), testInfo);
	await expect(page.getByText(right.feedback.nl)).toBeVisible();
	const talk = page.getByRole('region', { name: parents.talk.title });
	await expect(talk).toBeVisible();
	await expect(talk).toContainText(parents.talk.intro);
	await expect(talk.getByText(scenario.discuss[0]!.nl)).toHaveAttribute('lang', 'nl');
	await expectRightToLeft(page);

	// The choice of Arabic is remembered on this device.
	await page.reload();
	await expectRightToLeft(page);
	await expect(page.getByRole('heading', { name: scenario.title.nl })).toBeVisible();
});

test('the parents’ part in Dutch: language buttons, a remembered home profile, unknown rules', async ({
	page
}, testInfo) => {
	await page.goto('/parents');
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	await expect(page.getByRole('heading', { level: 1, name: 'Voor ouders' })).toBeVisible();
	// The language buttons on the page work as well as the one in the top bar.
	await press(page.getByRole('button', { name: 'العربية' }), testInfo);
	await expectRightToLeft(page);
	await press(page.getByRole('button', { name: 'Nederlands' }), testInfo);
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

	await press(page.getByRole('link', { name: /Thuis oefenen/ }), testInfo);
	await page.getByLabel('Je voornaam of bijnaam').fill('Daan');
	await press(page.getByRole('radio', { name: 'uil', exact: true }), testInfo);
	await press(page.getByRole('radio', { name: 'Groep 7' }), testInfo);
	await press(page.getByRole('button', { name: 'Klaar, ik ga spelen!' }), testInfo);
	await expect(page.getByText('U oefent met Daan')).toBeVisible();
	await expect(page.getByText(/De verhalen zijn in het Nederlands/)).toHaveCount(0);

	await page.reload();
	await expect(page.getByText('U oefent met Daan')).toBeVisible();
	await press(page.getByRole('button', { name: 'Ander kind' }), testInfo);
	await expect(page.getByRole('heading', { name: 'Met wie oefent u?' })).toBeVisible();
	await press(page.getByRole('button', { name: 'Oefen met Daan' }), testInfo);
	await expect(page.getByText('U oefent met Daan')).toBeVisible();

	await page.goto('/parents/practice?rule=does-not-exist');
	await expect(page.getByText('Deze regel bestaat niet (meer).')).toBeVisible();
	await page.goto('/parents/rules?rule=does-not-exist');
	await expect(page.getByText(/Deze regel bestaat niet \(meer\)/)).toBeVisible();
});

test('home practice works in a private window without IndexedDB', async ({ page }, testInfo) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined });
	});
	await page.goto('/parents/practice');
	await page.getByLabel('Je voornaam of bijnaam').fill('Finn');
	await press(page.getByRole('radio', { name: 'vos', exact: true }), testInfo);
	await press(page.getByRole('radio', { name: 'Groep 3' }), testInfo);
	await press(page.getByRole('button', { name: 'Klaar, ik ga spelen!' }), testInfo);
	await expect(page.getByText('U oefent met Finn')).toBeVisible();
	await press(page.getByRole('link', { name: new RegExp(escape(pupilRule.title.nl)) }), testInfo);
	const scenario = pupilRule.scenarios.find((s) => s.band === '3-4' || s.band === 'all')!;
	if (scenario.type !== 'choice') throw new Error('the first groep 3 scenario is a choice');
	await press(
		page.getByRole('button', { name: scenario.choices.find((c) => c.correct)!.text.nl }),
		testInfo
	);
	await expect(page.getByRole('region', { name: 'Praat erover' })).toContainText(
		scenario.discuss[0]!.nl
	);
});
