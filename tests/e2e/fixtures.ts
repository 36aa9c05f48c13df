import { test as base, expect } from '@playwright/test';

/**
 * Every e2e test runs under two privacy and security guards: no request may leave the app's
 * origin (pages and service worker alike), and the Content-Security-Policy is never violated.
 */
export const test = base.extend<{ guards: void }>({
	guards: [
		async ({ context, page, baseURL }, use) => {
			const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
			const leaks: string[] = [];
			const violations: string[] = [];
			const watch = (url: string) => {
				if (/^(data|blob|about|chrome-extension):/.test(url)) return;
				if (new URL(url).origin !== origin) leaks.push(url);
			};
			context.on('request', (request) => watch(request.url()));
			const listen = (p: typeof page) =>
				p.on('console', (message) => {
					if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
				});
			listen(page);
			context.on('page', listen);
			await context.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					console.error(
						`Content Security Policy violated: ${event.violatedDirective} ${event.blockedURI}`
					);
				});
			});
			await use();
			expect(leaks, 'requests that left the app’s origin').toEqual([]);
			expect(violations, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
