import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { loadLessons } from '../../src/lib/content/load';

export const lessons = await loadLessons('lessons');

export function ruleById(id: string) {
	const rule = lessons.rules.find((r) => r.id === id);
	if (!rule) throw new Error(`no rule ${id}`);
	return rule;
}

/** Taps on a touch device (the iPad project), clicks elsewhere: both are real ways pupils play. */
export async function press(locator: Locator, testInfo: TestInfo) {
	if (testInfo.project.use.hasTouch) await locator.tap();
	else await locator.click();
}

export async function makeProfile(
	page: Page,
	testInfo: TestInfo,
	{ name, avatar = 'vos', groep = 4 }: { name: string; avatar?: string; groep?: number }
) {
	await expect(page.getByRole('heading', { name: 'Maak je speler' })).toBeVisible();
	await page.getByLabel('Je voornaam of bijnaam').fill(name);
	await press(page.getByRole('radio', { name: avatar, exact: true }), testInfo);
	await press(page.getByRole('radio', { name: `Groep ${groep}` }), testInfo);
	await press(page.getByRole('button', { name: 'Klaar, ik ga spelen!' }), testInfo);
	await expect(page.getByRole('heading', { name: `Hoi ${name}!` })).toBeVisible();
}
