import { expect, test } from './fixtures';
import { ruleById } from './helpers';

test.use({ viewport: { width: 1920, height: 1080 } });

test('a teacher discusses a scenario on the smartboard with the keyboard only', async ({
	page
}, testInfo) => {
	test.skip(testInfo.project.name !== 'chromebook', 'the smartboard is driven by a laptop');
	const rule = ruleById('ask-before-internet');
	const scenario = rule.scenarios.find((s) => s.type === 'choice' && s.discuss.length >= 2);
	if (scenario?.type !== 'choice') throw new Error('needs a choice scenario with two questions');

	await page.goto('/board');
	await expect(page.getByRole('heading', { name: 'Bespreken op het digibord' })).toBeVisible();
	// Tab to the rule, Enter; tab to the scenario, Enter.
	const ruleLink = page.getByRole('link', { name: rule.title.nl });
	await ruleLink.focus();
	await page.keyboard.press('Enter');
	const scenarioLink = page.getByRole('link', { name: new RegExp(scenario.title.nl) });
	await scenarioLink.focus();
	await page.keyboard.press('Enter');

	await expect(page.getByRole('heading', { name: scenario.title.nl })).toBeVisible();
	await expect(page.getByText(scenario.situation.nl)).toBeVisible();
	const body = await page
		.getByText(scenario.situation.nl)
		.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(body).toBeGreaterThanOrEqual(32);

	await page.keyboard.press('ArrowRight');
	for (const [index, choice] of scenario.choices.entries()) {
		await expect(page.getByRole('listitem').filter({ hasText: choice.text.nl })).toContainText(
			'ABCD'[index] ?? ''
		);
	}
	await expect(page.getByRole('button', { name: 'Toon antwoord' })).toBeVisible();

	await page.keyboard.press('PageDown');
	const best = scenario.choices.find((c) => c.correct);
	await expect(page.getByRole('heading', { name: 'Het antwoord' })).toBeVisible();
	await expect(
		page.getByRole('listitem').filter({ hasText: `Beste keuze: ${best?.text.nl}` })
	).toContainText(best?.feedback.nl ?? '');

	for (const [index, question] of scenario.discuss.entries()) {
		await page.keyboard.press(' ');
		await expect(
			page.getByText(`Praat erover (${index + 1} van ${scenario.discuss.length})`)
		).toBeVisible();
		await expect(page.getByRole('heading', { name: question.nl })).toBeVisible();
	}
	await page.keyboard.press('PageUp');
	await expect(
		page.getByRole('heading', { name: scenario.discuss[scenario.discuss.length - 2]?.nl ?? '' })
	).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByText('Wat zegt onze regel?')).toBeVisible();
	await expect(page.getByRole('heading', { name: rule.title.nl })).toBeVisible();
	await expect(page.getByText(rule.summary.nl)).toBeVisible();
	// No sound on the board, no scores, no timers.
	expect(await page.evaluate(() => document.querySelectorAll('audio').length)).toBe(0);
	await expect(page.getByText(/punten|score|seconden/i)).toHaveCount(0);
});
