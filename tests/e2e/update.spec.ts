import { createServer, type Server } from 'node:http';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { makeProfile, press, ruleById } from './helpers';
import { expect, test } from './fixtures';

const types: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wav': 'audio/wav'
};

/** Serves whichever build `current()` names, as a static host would after a deploy. */
function host(current: () => string): Promise<{ server: Server; url: string }> {
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const candidates = [path, `${path}.html`, join(path, 'index.html')].map((p) =>
			join(current(), p)
		);
		const file = candidates.find((f) => existsSync(f) && statSync(f).isFile());
		if (!file) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, {
			'content-type': types[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-cache'
		});
		response.end(readFileSync(file));
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			resolve({ server, url: `http://127.0.0.1:${port}` });
		})
	);
}

test('a new version deployed while a pupil is in a scenario waits for the next start, and progress survives', async ({
	browser
}, testInfo) => {
	const dir = mkdtempSync(join(tmpdir(), 'klikwijs-update-'));
	const oldBuild = join(dir, 'old');
	const newBuild = join(dir, 'new');
	cpSync('build', oldBuild, { recursive: true });
	cpSync('build', newBuild, { recursive: true });
	// The new deploy: a service worker with another version, so another cache.
	const worker = readFileSync(join(newBuild, 'service-worker.js'), 'utf8');
	const version = /"(\d{10,})"/.exec(worker)?.[1];
	expect(version, 'the service worker carries the build version').toBeTruthy();
	writeFileSync(
		join(newBuild, 'service-worker.js'),
		worker.replaceAll(`"${version}"`, `"${version}-next"`)
	);

	let deployed = oldBuild;
	const { server, url } = await host(() => deployed);
	const { viewport, hasTouch, isMobile } = testInfo.project.use;
	const context = await browser.newContext({ baseURL: url, viewport, hasTouch, isMobile });
	try {
		const page = await context.newPage();
		await page.goto('/');
		await page.evaluate(() => navigator.serviceWorker.ready);
		await expect
			.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
			.toBe(true);
		await makeProfile(page, testInfo, { name: 'Sem' });
		const rule = ruleById('ask-before-internet');
		const scenarios = rule.scenarios.filter((s) => s.band === 'all' || s.band === '3-4');
		const choice = (index: number) => {
			const scenario = scenarios[index];
			if (scenario?.type !== 'choice') throw new Error('choice expected');
			return scenario.choices.find((c) => c.correct)?.text.nl ?? '';
		};
		await press(page.getByRole('link', { name: new RegExp(rule.title.nl) }), testInfo);
		await press(page.getByRole('button', { name: choice(0) }), testInfo);
		await press(page.getByRole('button', { name: 'Volgende' }), testInfo);
		await expect(page.getByRole('heading', { name: scenarios[1]?.title.nl ?? '' })).toBeVisible();

		// Deploy, and let the browser look for the update as it does on its own.
		deployed = newBuild;
		const navigations: string[] = [];
		page.on('framenavigated', (frame) => navigations.push(frame.url()));
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await expect
			.poll(() =>
				page.evaluate(async () =>
					Boolean((await navigator.serviceWorker.getRegistration())?.waiting)
				)
			)
			.toBe(true);

		// The pupil is not interrupted: same page, same story, and the answer is saved.
		expect(navigations).toEqual([]);
		await expect(page.getByRole('heading', { name: scenarios[1]?.title.nl ?? '' })).toBeVisible();
		await press(page.getByRole('button', { name: choice(1) }), testInfo);
		await press(page.getByRole('button', { name: 'Klaar!' }), testInfo);
		await expect(page.getByRole('heading', { name: 'Regel klaar!' })).toBeVisible();
		await page.close();

		// The next start runs the new version, with the progress intact.
		const next = await context.newPage();
		await next.goto('/');
		await expect
			.poll(() =>
				next.evaluate(async () => {
					const registration = await navigator.serviceWorker.getRegistration();
					return (await caches.keys()).join(',') + (registration?.waiting ? ' waiting' : '');
				})
			)
			.toMatch(/-next$/);
		await expect(next.getByRole('heading', { name: 'Hoi Sem!' })).toBeVisible();
		await expect(next.getByRole('link', { name: new RegExp(rule.title.nl) })).toContainText(
			'Klaar!'
		);
	} finally {
		await context.close();
		server.close();
		rmSync(dir, { recursive: true, force: true });
	}
});
