// Screenshots of the main screens at the three sizes the school uses, for looking at with your
// own eyes: `npm run screenshots` (after `npm run build`), then open screenshots/*.png.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const sizes = {
	chromebook: { viewport: { width: 1366, height: 768 } },
	ipad: {
		viewport: { width: 1024, height: 768 },
		hasTouch: true,
		isMobile: true,
		deviceScaleFactor: 1
	},
	smartboard: { viewport: { width: 1920, height: 1080 } }
};
const only = process.argv.slice(2);

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
	executablePath:
		process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
	args: ['--disable-background-networking', '--disable-component-update', '--no-first-run']
});

/**
 * @param {import('@playwright/test').Page} page
 * @param {string} size
 * @param {string} name
 */
async function shoot(page, size, name) {
	await page.screenshot({ path: `screenshots/${size}-${name}.png`, fullPage: false });
}

for (const [size, options] of Object.entries(sizes)) {
	if (only.length && !only.includes(size)) continue;
	const context = await browser.newContext(options);
	const page = await context.newPage();
	await page.goto(base + '/');
	await page.getByRole('heading', { name: 'Maak je speler' }).waitFor();
	await shoot(page, size, '01-new-pupil');
	await page.getByLabel('Je voornaam of bijnaam').fill('Sanne de Vries');
	await page.getByRole('radio', { name: 'vos' }).check();
	await page.getByRole('radio', { name: 'Groep 4' }).check();
	await page.getByRole('button', { name: 'Klaar, ik ga spelen!' }).click();
	await shoot(page, size, '02-full-name-refused');
	await page.getByLabel('Je voornaam of bijnaam').fill('Sanne');
	await page.getByRole('button', { name: 'Klaar, ik ga spelen!' }).click();
	await page.getByRole('heading', { name: 'Hoi Sanne!' }).waitFor();
	await shoot(page, size, '03-rules');
	await page.locator('a.rule').first().click();
	await page.locator('.choice').first().waitFor();
	await shoot(page, size, '04-scenario');
	await page.locator('.choice').nth(1).click();
	await shoot(page, size, '05-wrong');
	await page.locator('.choice').first().click();
	await shoot(page, size, '06-right');
	await context.close();
}
await browser.close();
