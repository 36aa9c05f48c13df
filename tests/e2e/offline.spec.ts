import { expect, test } from './fixtures';
import { makeProfile, press, ruleById } from './helpers';

test('after one visit the app works with the network off', async ({ page, context }, testInfo) => {
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);

	await context.setOffline(true);
	await page.reload();
	await makeProfile(page, testInfo, { name: 'Daan' });

	// Another rule than the one the start page preloads: every lesson is precached.
	const rule = ruleById('never-personal-information');
	await press(page.getByRole('link', { name: new RegExp(rule.title.nl) }), testInfo);
	const scenario = rule.scenarios.find((s) => s.band === '3-4' || s.band === 'all');
	if (scenario?.type !== 'choice') throw new Error('choice expected');
	await expect(page.getByRole('heading', { name: scenario.title.nl })).toBeVisible();
	const right = scenario.choices.find((c) => c.correct);
	await press(page.getByRole('button', { name: right?.text.nl }), testInfo);
	await expect(page.getByText(right?.feedback.nl ?? '')).toBeVisible();

	// A full page load of a deep link, still offline.
	await page.goto(`/play/${ruleById('wrong-site-click-away').id}`);
	await expect(
		page.getByRole('heading', { name: ruleById('wrong-site-click-away').title.nl })
	).toBeVisible();

	// The teacher's, the smartboard's and the parents' pages load their strings lazily; those
	// are precached too.
	await page.goto('/teacher');
	await expect(page.getByRole('heading', { level: 1, name: 'Kies een pincode' })).toBeVisible();
	await page.goto('/board');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Bespreken op het digibord' })
	).toBeVisible();
	await page.goto('/parents');
	await expect(page.getByRole('heading', { level: 1, name: 'Voor ouders' })).toBeVisible();
	await context.setOffline(false);
});
