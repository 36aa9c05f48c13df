import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { lessons, makeProfile, press } from './helpers';

const band = '3-4';
const fits = (s: { band: string }) => s.band === 'all' || s.band === band;
// A pupil rule whose first story (for groep 4) is a choice scenario: mid-scenario and feedback.
const rule = lessons.rules.find(
	(r) => r.audience === 'pupil' && r.scenarios.filter(fits)[0]?.type === 'choice'
);
const first = rule?.scenarios.filter(fits)[0];
const boardRule = lessons.rules.find((r) => r.scenarios.some((s) => s.type === 'choice'));
const boardScenario = boardRule?.scenarios.find((s) => s.type === 'choice');

/** Runs axe (WCAG 2.0 and 2.1, A and AA) on the page as it is now; no rule is switched off. */
async function audit(page: Page, state: string) {
	// Let entrance animations end, so colours are measured as a pupil sees them.
	await page.waitForTimeout(400);
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	const found = results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n` +
			v.nodes
				.slice(0, 5)
				.map(
					(n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ')}`
				)
				.join('\n')
	);
	expect.soft(found, `axe violations on ${state}`).toEqual([]);
}

/** Waits until the page has loaded its data from the device. */
async function settle(page: Page) {
	await expect(page.locator('main > *').first()).toBeVisible();
	await expect(page.locator('main').getByText('Even laden…')).toHaveCount(0);
}

async function answerWrong(page: Page, testInfo: TestInfo) {
	if (first?.type !== 'choice') throw new Error('needs a choice scenario');
	const wrong = first.choices.find((c) => !c.correct);
	if (!wrong) throw new Error('needs a wrong choice');
	await press(page.getByRole('button', { name: wrong.text.nl }), testInfo);
	await expect(page.getByText(wrong.feedback.nl)).toBeVisible();
}

test('the pupil’s screens have no accessibility violations', async ({ page }, testInfo) => {
	if (!rule || first?.type !== 'choice') throw new Error('needs a rule that starts with a choice');
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Maak je speler' })).toBeVisible();
	await audit(page, 'the new-pupil form');
	await makeProfile(page, testInfo, { name: 'Sanne', groep: 4 });
	await audit(page, 'the rule cards');

	await page.goto(`/play/${rule.id}`);
	await expect(page.getByRole('heading', { name: first.title.nl })).toBeVisible();
	await audit(page, 'a scenario, mid-way');
	await answerWrong(page, testInfo);
	await audit(page, 'a scenario, after feedback');
	const right = first.choices.find((c) => c.correct);
	if (!right) throw new Error('needs a right choice');
	await press(page.getByRole('button', { name: right.text.nl }), testInfo);
	await expect(page.getByText(right.feedback.nl)).toBeVisible();
	await audit(page, 'a scenario, answered right');

	for (const route of ['/stickers', '/diploma', '/hand-in', '/join']) {
		await page.goto(route);
		await settle(page);
		await audit(page, route);
	}
});

test('the smartboard and the parents’ pages have no accessibility violations', async ({ page }) => {
	if (!boardRule || !boardScenario) throw new Error('needs a choice scenario');
	await page.goto('/board');
	await expect(page.getByRole('heading', { name: 'Bespreken op het digibord' })).toBeVisible();
	await audit(page, '/board (picker)');
	await page.goto(`/board?rule=${boardRule.id}&scenario=${boardScenario.id}`);
	await expect(page.getByRole('heading', { name: boardScenario.title.nl })).toBeVisible();
	await audit(page, '/board (a scenario)');
	await page.keyboard.press('ArrowRight');
	await audit(page, '/board (the choices)');

	for (const route of ['/parents', '/parents/rules', '/parents/practice']) {
		await page.goto(route);
		await settle(page);
		await audit(page, route);
	}
});

test('the teacher’s screens have no accessibility violations', async ({ page }, testInfo) => {
	await page.goto('/teacher');
	await expect(page.getByLabel('Nieuwe pincode')).toBeVisible();
	await audit(page, '/teacher (PIN screen)');
	await page.getByLabel('Nieuwe pincode').fill('2468');
	await page.getByLabel('Typ de pincode nog een keer').fill('2468');
	await press(page.getByRole('button', { name: 'Pincode bewaren' }), testInfo);
	await expect(page.getByRole('heading', { name: 'Je groepen' })).toBeVisible();
	await page.getByLabel('Naam van de groep').fill('Groep 4a');
	await page.getByLabel('Leeftijd').selectOption(band);
	await press(page.getByRole('button', { name: 'Groep maken' }), testInfo);
	await audit(page, '/teacher (groups)');
	await press(page.getByRole('link', { name: /Groep 4a/ }), testInfo);
	await press(page.getByRole('tab', { name: 'Leerlingen' }), testInfo);
	await page.getByLabel('Namen, één per regel').fill('Sanne\nDaan\nNoor');
	await press(page.getByRole('button', { name: 'Allemaal toevoegen' }), testInfo);
	await expect(page.getByText('3 leerlingen toegevoegd.')).toBeVisible();
	await audit(page, '/teacher/group (pupils)');
	for (const tab of await page.getByRole('tab').all()) {
		await press(tab, testInfo);
		await audit(page, `/teacher/group (tab ${await tab.innerText()})`);
	}
	// Reloading locks the teacher's part again: move by links, as a teacher does.
	await press(page.locator('a[href*="/teacher/sheet"]').first(), testInfo);
	await expect(page).toHaveURL(/\/teacher\/sheet\?id=/);
	await page.waitForLoadState('networkidle');
	await audit(page, '/teacher/sheet');
	await page.goBack();
	await press(page.locator('a[href$="/teacher/scan"]').first(), testInfo);
	await expect(page.getByLabel('Scan een foto van de code')).toBeAttached();
	await audit(page, '/teacher/scan');
});

test('with reduced motion, feedback appears without animation', async ({ page }, testInfo) => {
	if (!rule) throw new Error('needs a rule');
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await makeProfile(page, testInfo, { name: 'Daan', groep: 4 });
	await page.goto(`/play/${rule.id}`);
	await answerWrong(page, testInfo);
	const durations = await page
		.locator('.feedback')
		.first()
		.evaluate((el) => {
			const seconds = (list: string) =>
				Math.max(
					...list.split(',').map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 0.001 : 1))
				);
			const style = getComputedStyle(el);
			return [seconds(style.animationDuration), seconds(style.transitionDuration)];
		});
	for (const d of durations) expect(d).toBeLessThan(0.02);
});

test('every button, link and field is at least 44×44 px on an iPad', async ({ page }, testInfo) => {
	if (!rule) throw new Error('needs a rule');
	await page.setViewportSize({ width: 1024, height: 768 });
	const tooSmall = () =>
		page
			.locator('button, a[href], input, select, textarea, [role="button"], [role="radio"]')
			.evaluateAll((elements) =>
				elements
					.filter((el) => {
						const style = getComputedStyle(el);
						if (style.display === 'none' || style.visibility === 'hidden') return false;
						if (el.closest('.visually-hidden')) return false;
						// A native radio or checkbox inside a label: the label is the target.
						const label = el.closest('label');
						const box = (label && el.matches('input') ? label : el).getBoundingClientRect();
						return box.width > 0 && (box.width < 43.5 || box.height < 43.5);
					})
					.map((el) => {
						const box = el.getBoundingClientRect();
						return `${el.outerHTML.slice(0, 90)} ${Math.round(box.width)}×${Math.round(box.height)}`;
					})
			);
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Maak je speler' })).toBeVisible();
	expect.soft(await tooSmall(), 'small targets on the new-pupil form').toEqual([]);
	await makeProfile(page, testInfo, { name: 'Noor', groep: 4 });
	expect.soft(await tooSmall(), 'small targets on the start page').toEqual([]);
	await page.goto(`/play/${rule.id}`);
	await answerWrong(page, testInfo);
	expect.soft(await tooSmall(), 'small targets on a play page').toEqual([]);
});

test('larger, easy-to-read letters: a choice in the top bar that the device remembers', async ({
	page
}, testInfo) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Maak je speler' })).toBeVisible();
	const label = page.getByLabel('Je voornaam of bijnaam');
	const size = () => label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	const family = () => label.evaluate((el) => getComputedStyle(el).fontFamily);
	const before = await size();
	expect(await family()).not.toContain('Atkinson');
	const toggle = page.getByRole('button', { name: 'Grotere, makkelijke letters' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	const font = page.waitForResponse((r) => r.url().endsWith('.woff2'));
	await press(toggle, testInfo);
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('html')).toHaveClass(/large-text/);
	// The bundled font comes from the app itself (the guards refuse anything else).
	expect((await font).ok()).toBe(true);
	expect(await size()).toBeGreaterThanOrEqual(before * 1.15);
	expect(await family()).toContain('Atkinson Hyperlegible');
	await expect(page.getByRole('heading', { name: 'Maak je speler' })).toBeVisible();
	await audit(page, 'the new-pupil form with large letters');

	await page.reload();
	await expect(page.getByRole('button', { name: 'Grotere, makkelijke letters' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect.poll(size).toBeGreaterThanOrEqual(before * 1.15);

	await press(page.getByRole('button', { name: 'Grotere, makkelijke letters' }), testInfo);
	await expect(page.locator('html')).not.toHaveClass(/large-text/);
	expect(await size()).toBeCloseTo(before, 1);
});
