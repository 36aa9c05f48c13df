// @ts-nocheck: seed() and rawRead() run inside the page (page.evaluate) on raw IndexedDB
// records; the app's types describe those records, this file only writes and times them.
// The teacher matrix benchmark of `npm run bench`: 32 pupils × every pupil rule with 50,000
// stored attempts, timed from the tap on the group to the full matrix on screen, beside a raw
// IndexedDB read of the same rows in the same page.
import { loadLessonsForBench } from './bench-lessons.js';

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} base
 * @returns {Promise<{ matrix: number; raw: number; rawAttempts: number }>}
 */
export async function benchMatrix(browser, base) {
	const rules = await loadLessonsForBench();
	const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
	const page = await context.newPage();
	// Let the app create its database (current schema) before the rows go in.
	await page.goto(base + '/');
	await page.getByRole('heading', { name: 'Maak je speler' }).waitFor();
	await page.evaluate(seed, { rules, pupils: 32, attempts: 50_000 });

	await page.goto(base + '/teacher');
	await page.getByLabel('Nieuwe pincode').fill('2468');
	await page.getByLabel('Typ de pincode nog een keer').fill('2468');
	await page.getByRole('button', { name: 'Pincode bewaren' }).click();
	const link = page.getByRole('link', { name: /Groep 7b/ });
	await link.waitFor();

	const samples = [];
	for (let i = 0; i < 5; i++) {
		await page.evaluate(() => {
			const w = /** @type {any} */ (window);
			w.benchMatrix = new Promise((done) => {
				addEventListener(
					'click',
					() => {
						const start = performance.now();
						const check = () => {
							const rows = document.querySelectorAll('table.matrix tbody tr');
							const filled = document.querySelectorAll('table.matrix tbody td').length;
							if (rows.length >= 32 && filled >= 32) {
								requestAnimationFrame(() => done(performance.now() - start));
							} else requestAnimationFrame(check);
						};
						requestAnimationFrame(check);
					},
					{ once: true, capture: true }
				);
			});
		});
		await link.click();
		samples.push(await page.evaluate(() => /** @type {any} */ (window).benchMatrix));
		// Each sample starts from a settled page, as a teacher's next tap does: the group's attempt
		// log (for "hard for the group") is read after the matrix is painted, and a tap back
		// within a second would otherwise time that read instead of the matrix.
		await page.waitForTimeout(1500);
		await page.goBack();
		await link.waitFor();
		await page.waitForTimeout(300);
	}
	const raw = await page.evaluate(rawRead, ['profiles', 'ruleProgress']);
	const rawAttempts = await page.evaluate(rawRead, ['attempts']);
	await context.close();
	samples.sort((a, b) => a - b);
	return { matrix: samples[2] ?? NaN, raw, rawAttempts };
}

/**
 * Runs in the page: one group, its pupils, their attempts and the derived rule progress.
 * @param {{ rules: { id: string; version: number; scenarios: { id: string; band: string }[] }[]; pupils: number; attempts: number }} input
 */
async function seed({ rules, pupils, attempts }) {
	const db = await new Promise((resolve, reject) => {
		const request = indexedDB.open('klikwijs');
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	const names = ['Sanne', 'Daan', 'Noor', 'Sem', 'Lotte', 'Milan', 'Fatima', 'Mohammed'];
	const now = Date.now();
	const tx = db.transaction(['groups', 'profiles', 'attempts', 'ruleProgress'], 'readwrite');
	tx.objectStore('groups').put({
		id: 'bench-group',
		name: 'Groep 7b',
		joinCode: 'BENCH7',
		band: '7-8',
		archived: false,
		createdAt: now
	});
	const ids = Array.from({ length: pupils }, (_, i) => `bench-pupil-${i}`);
	ids.forEach((id, i) =>
		tx.objectStore('profiles').put({
			id,
			name: `${names[i % names.length]} ${i + 1}`,
			avatar: 'fox',
			band: '7-8',
			groupId: 'bench-group',
			createdAt: now
		})
	);
	const facts = new Map();
	for (let i = 0; i < attempts; i++) {
		const profileId = ids[i % pupils];
		const rule = rules[Math.floor(i / pupils) % rules.length];
		const scenario = rule.scenarios[i % rule.scenarios.length];
		const outcome = i % 3 === 0 ? 'wrong' : 'right';
		const at = now - (attempts - i) * 1000;
		tx.objectStore('attempts').put({
			id: `bench-${i}`,
			profileId,
			ruleId: rule.id,
			ruleVersion: rule.version,
			scenarioId: scenario.id,
			outcome,
			firstTry: i % 2 === 0,
			at
		});
		const key = `${profileId} ${rule.id}`;
		const entry = facts.get(key) ?? { profileId, rule, right: new Set(), at: 0 };
		if (outcome === 'right') entry.right.add(scenario.id);
		entry.at = at;
		facts.set(key, entry);
	}
	for (const { profileId, rule, right, at } of facts.values()) {
		const band = rule.scenarios
			.filter((s) => s.band === 'all' || s.band === '7-8')
			.map((s) => s.id);
		const done = band.filter((id) => right.has(id));
		tx.objectStore('ruleProgress').put({
			profileId,
			ruleId: rule.id,
			version: rule.version,
			total: band.length,
			right: done,
			stars: Math.min(done.length, 1),
			completed: done.length === band.length && band.length > 0,
			completedAt: done.length === band.length ? at : undefined,
			completedVersions: [],
			updatedAt: at
		});
	}
	await new Promise((resolve, reject) => {
		tx.oncomplete = resolve;
		tx.onerror = () => reject(tx.error);
	});
	db.close();
}

/** Runs in the page: whole stores read straight from IndexedDB, without Dexie or Svelte. */
async function rawRead(stores) {
	const db = await new Promise((resolve, reject) => {
		const request = indexedDB.open('klikwijs');
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	const start = performance.now();
	const tx = db.transaction(stores, 'readonly');
	const all = (store) =>
		new Promise((resolve) => {
			const request = tx.objectStore(store).getAll();
			request.onsuccess = () => resolve(request.result);
		});
	await Promise.all(stores.map(all));
	const elapsed = performance.now() - start;
	db.close();
	return elapsed;
}
