import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

/**
 * Every e2e test runs under two privacy and security guards, on its own page and on every
 * extra browser context it opens (a second device): no request may leave the app's origin
 * (pages and service worker alike), and the Content-Security-Policy is never violated. A third
 * guard catches a page that shows a string whose i18n namespace its route never loaded.
 */
export const test = base.extend<{ guards: void }>({
	guards: [
		async ({ browser, context, page, baseURL }, use) => {
			const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
			const leaks: string[] = [];
			const violations: string[] = [];
			const unloadedStrings: string[] = [];
			const listen = (p: Page) =>
				p.on('console', (message) => {
					if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
					if (message.text().startsWith('Klikwijs i18n')) unloadedStrings.push(message.text());
				});
			const watch = async (watched: BrowserContext, own: string) => {
				watched.on('request', (request) => {
					const url = request.url();
					if (/^(data|blob|about|chrome-extension):/.test(url)) return;
					if (new URL(url).origin !== own) leaks.push(url);
				});
				watched.on('page', listen);
				await watched.addInitScript(() => {
					document.addEventListener('securitypolicyviolation', (event) => {
						console.error(
							`Content Security Policy violated: ${event.violatedDirective} ${event.blockedURI}`
						);
					});
				});
			};
			await watch(context, origin);
			listen(page);
			const newContext = browser.newContext.bind(browser);
			browser.newContext = async (options) => {
				const created = await newContext(options);
				await watch(created, new URL(options?.baseURL ?? origin).origin);
				return created;
			};
			try {
				await use();
			} finally {
				browser.newContext = newContext;
			}
			expect(leaks, 'requests that left the app’s origin').toEqual([]);
			expect(violations, 'Content-Security-Policy violations').toEqual([]);
			expect(unloadedStrings, 'strings shown before their namespace was loaded').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
