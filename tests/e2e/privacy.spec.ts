import { test as plain, expect as plainExpect } from '@playwright/test';
import { expect, test } from './fixtures';

test('the pages carry a strict Content-Security-Policy without unsafe-inline scripts', async ({
	page
}) => {
	await page.goto('/');
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(policy).toContain("default-src 'self'");
	expect(policy).toContain("connect-src 'self'");
	const scripts = policy?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
	expect(scripts).toContain("'self'");
	expect(scripts).not.toContain('unsafe-inline');
	expect(scripts).not.toContain('unsafe-eval');
});

plain(
	'a request to another origin is refused by the policy (the guards would catch it)',
	async ({ page }) => {
		const violations: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
		});
		await page.goto('/');
		const outcome = await page.evaluate(() =>
			fetch('https://example.org/track').then(
				() => 'sent',
				() => 'refused'
			)
		);
		plainExpect(outcome).toBe('refused');
		plainExpect(violations.join('\n')).toMatch(/connect-src/);
	}
);
