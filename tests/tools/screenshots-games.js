// Screenshots of one scenario of every game type, at the Chromebook size (mouse) and the iPad
// size (touch): its start, after a mistake, and solved. For looking at with your own eyes:
// `npm run build && npx vite preview`, then `node tests/tools/screenshots-games.js [type…]
// [--full]` and open screenshots/games-<size>-<type>-<state>.png. BASE_URL sets the app's
// address (default http://127.0.0.1:4173); --full takes the whole page instead of the screen.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** @typedef {import('../../src/lib/content/schema').Rule} Rule */
/** @typedef {import('../../src/lib/content/schema').Scenario} Scenario */
/** @typedef {import('../../src/lib/content/schema').AgeBand} AgeBand */
/** @typedef {import('../../src/lib/content/schema').GameType} GameType */
/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('@playwright/test').Locator} Locator */

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const sizes = {
	chromebook: { viewport: { width: 1366, height: 768 } },
	ipad: {
		viewport: { width: 1024, height: 768 },
		hasTouch: true,
		isMobile: true,
		deviceScaleFactor: 1
	}
};
/** @type {GameType[]} */
const types = ['choice', 'chat', 'truefalse', 'sort', 'order', 'spot', 'browser'];
const args = process.argv.slice(2);
const fullPage = args.includes('--full');
const only = args.filter((a) => !a.startsWith('--'));

// The lessons as the school wrote them (the app checks them at build time).
const dir = new URL('../../lessons/rules/', import.meta.url);
const rules = readdirSync(dir)
	.filter((file) => file.endsWith('.yaml'))
	.sort()
	.map((file) => /** @type {Rule} */ (parse(readFileSync(new URL(file, dir), 'utf8'))))
	.filter((rule) => rule.audience === 'pupil');

/** @type {Record<AgeBand, number>} */
const groepOf = { '3-4': 4, '5-6': 6, '7-8': 8 };
/** @type {AgeBand[]} */
const bands = ['3-4', '5-6', '7-8'];
/** The same scenarios as tests/e2e/play.ts plays, when their rule still starts with them. */
/** @type {Record<GameType, [string, AgeBand]>} */
const preferred = {
	choice: ['ask-before-internet', '3-4'],
	chat: ['be-kind-online', '5-6'],
	truefalse: ['online-is-forever', '3-4'],
	sort: ['internet-for-learning', '7-8'],
	order: ['phone-after-school-spot', '5-6'],
	spot: ['share-with-care', '5-6'],
	browser: ['report-freeze-or-virus', '5-6']
};

/**
 * @param {Rule} rule
 * @param {AgeBand} band
 */
const firstFor = (rule, band) => rule.scenarios.find((s) => s.band === 'all' || s.band === band);

/**
 * A rule and band whose first scenario has the type.
 * @param {GameType} type
 * @returns {{ rule: Rule; band: AgeBand; scenario: Scenario }}
 */
function choose(type) {
	const [id, band] = preferred[type];
	const rule = rules.find((r) => r.id === id);
	const scenario = rule && firstFor(rule, band);
	if (rule && scenario?.type === type) return { rule, band, scenario };
	for (const rule of rules) {
		for (const band of bands) {
			const scenario = firstFor(rule, band);
			if (scenario?.type === type) return { rule, band, scenario };
		}
	}
	throw new Error(`no rule starts with a ${type} scenario`);
}

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
	executablePath:
		process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
	args: ['--disable-background-networking', '--disable-component-update', '--no-first-run']
});

for (const [size, options] of Object.entries(sizes)) {
	for (const type of types) {
		if (only.length && !only.includes(type) && !only.includes(size)) continue;
		const { rule, band, scenario } = choose(type);
		const context = await browser.newContext({ ...options, reducedMotion: 'reduce' });
		const page = await context.newPage();
		/** @param {Locator} target */
		const press = (target) => ('hasTouch' in options ? target.tap() : target.click());
		/** @param {string} state */
		const shoot = async (state) => {
			// Let feedback scroll into view and transitions settle.
			await page.waitForTimeout(300);
			await page.screenshot({ path: `screenshots/games-${size}-${type}-${state}.png`, fullPage });
			for (const problem of await layoutProblems(page, 'hasTouch' in options)) {
				console.log(`  ${size} ${type} ${state}: ${problem}`);
			}
		};

		await page.goto(base + '/');
		await page.getByRole('heading', { name: 'Maak je speler' }).waitFor();
		await page.getByLabel('Je voornaam of bijnaam').fill('Sanne');
		await press(page.getByRole('radio', { name: 'vos', exact: true }));
		await press(page.getByRole('radio', { name: `Groep ${groepOf[band]}` }));
		await press(page.getByRole('button', { name: 'Klaar, ik ga spelen!' }));
		await page.getByRole('heading', { name: 'Hoi Sanne!' }).waitFor();
		await press(page.locator(`a.rule[href$="/play/${rule.id}"]`));
		await page.getByRole('heading', { level: 2, name: scenario.title.nl.trim() }).waitFor();
		await shoot('start');
		await play(page, scenario, press, () => shoot('mistake'));
		const next = page.locator('article.scenario .next button');
		await next.waitFor();
		await shoot('solved');
		// After the last answer the pupil looks for "Volgende": is it on the screen?
		const box = await next.boundingBox();
		if (box && box.y + box.height > options.viewport.height) {
			const label = (await next.innerText()).replace(/\s+/g, ' ');
			console.log(
				`  ${size} ${type} solved: "${label}" is below the screen (y ${Math.round(box.y)})`
			);
		}
		console.log(`${size} ${type}: ${rule.id} → ${scenario.id}`);
		await context.close();
	}
}
await browser.close();

/**
 * What to look at more closely: the page wider than the screen, something sticking out of the
 * box (with a border) around it, text cut off inside its box, and (on touch) small tap targets.
 * @param {Page} page
 * @param {boolean} touch
 * @returns {Promise<string[]>}
 */
function layoutProblems(page, touch) {
	return page.evaluate((touch) => {
		/** @param {Element} el */
		const name = (el) => {
			const cls = [...el.classList].filter((c) => !c.startsWith('svelte-')).join('.');
			const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ');
			return `<${el.tagName.toLowerCase()}${cls ? '.' + cls : ''}> "${text.trim().slice(0, 40)}"`;
		};
		/** @type {string[]} */
		const problems = [];
		const root = document.scrollingElement ?? document.documentElement;
		if (root.scrollWidth > innerWidth + 1) {
			problems.push(`the page is ${root.scrollWidth - innerWidth}px wider than the screen`);
		}
		const game = document.querySelector('article.scenario');
		if (!game) return problems;
		for (const el of game.querySelectorAll('*')) {
			const rect = el.getBoundingClientRect();
			if (rect.width === 0 || rect.height === 0) continue;
			const style = getComputedStyle(el);
			if (style.visibility === 'hidden' || style.position === 'fixed') continue;
			if (el.classList.contains('visually-hidden')) continue;
			// Sticks out of the nearest box with a border around it (badges placed on a corner on
			// purpose are positioned absolutely, and left out).
			let box = el.parentElement;
			while (box && box !== game && parseFloat(getComputedStyle(box).borderLeftWidth) === 0) {
				box = box.parentElement;
			}
			if (box && box !== game && style.position !== 'absolute') {
				const outer = box.getBoundingClientRect();
				const out = Math.max(outer.left - rect.left, rect.right - outer.right);
				if (out > 2)
					problems.push(`${name(el)} sticks out of ${name(box)} by ${Math.round(out)}px`);
			}
			// Text cut off (clipped, not scrollable) inside its own box.
			const clips = ['hidden', 'clip'].includes(style.overflowX);
			if (clips && el.scrollWidth > el.clientWidth + 1) {
				problems.push(`${name(el)} cuts off ${el.scrollWidth - el.clientWidth}px of its content`);
			}
			if (
				touch &&
				el.matches('button:not(:disabled), a[href], input, select') &&
				(rect.width < 44 || rect.height < 44)
			) {
				problems.push(
					`${name(el)} is a small tap target (${Math.round(rect.width)}×${Math.round(rect.height)})`
				);
			}
		}
		return [...new Set(problems)];
	}, touch);
}

/**
 * Makes one mistake (then calls `mistake`) and solves the scenario.
 * @param {Page} page
 * @param {Scenario} scenario
 * @param {(target: Locator) => Promise<void>} press
 * @param {() => Promise<void>} mistake
 */
async function play(page, scenario, press, mistake) {
	switch (scenario.type) {
		case 'choice': {
			const buttons = page.locator('.choice-game button.choice');
			const wrong = scenario.choices.findIndex((c) => !c.correct);
			if (wrong !== -1) {
				await press(buttons.nth(wrong));
				await mistake();
			}
			await press(buttons.nth(scenario.choices.findIndex((c) => c.correct)));
			return;
		}
		case 'chat': {
			const options = page.locator('.chat-game .tray button.option');
			let first = true;
			for (const turn of scenario.turns) {
				if (turn.from !== 'pupil') continue;
				await options.first().waitFor();
				const wrong = turn.options.findIndex((o) => !o.correct);
				if (first && wrong !== -1) {
					await press(options.nth(wrong));
					await mistake();
					first = false;
				}
				await press(options.nth(turn.options.findIndex((o) => o.correct)));
			}
			return;
		}
		case 'truefalse': {
			const game = page.locator('.truefalse-game');
			const answers = game.locator('.answers button.answer');
			for (const [index, statement] of scenario.statements.entries()) {
				if (index === 0) {
					await press(answers.nth(statement.answer ? 1 : 0));
					await mistake();
				}
				await press(answers.nth(statement.answer ? 0 : 1));
				if (index < scenario.statements.length - 1) {
					await press(game.getByRole('button', { name: 'Volgende zin' }));
				}
			}
			return;
		}
		case 'sort': {
			const game = page.locator('.sort-game');
			const bins = game.locator('button.bin-button');
			for (const [index, card] of scenario.cards.entries()) {
				const right = scenario.bins.findIndex((b) => b.id === card.bin);
				if (index === 0) {
					await press(game.locator('.pile button.sort-card').first());
					await press(bins.nth(right === 0 ? 1 : 0));
					await mistake();
				}
				await press(game.locator('.pile button.sort-card').first());
				await press(bins.nth(right));
			}
			return;
		}
		case 'order': {
			const game = page.locator('.order-game');
			const prefix = `order-text-${scenario.id}-`;
			/** @param {string} id */
			const step = (id) => game.locator(`button.step:has([id="${prefix}${id}"])`);
			const check = game.getByRole('button', { name: 'Klaar, controleer' });
			await press(check);
			await mistake();
			for (const [place, { id }] of scenario.steps.entries()) {
				const order = await game
					.locator('ol.steps button.step .text')
					.evaluateAll((els, p) => els.map((el) => el.id.slice(p.length)), prefix);
				const there = order[place];
				if (!there || there === id) continue;
				await press(step(id));
				await press(step(there));
			}
			await press(check);
			return;
		}
		case 'spot': {
			const game = page.locator('.spot-game');
			/** @param {string} id */
			const part = (id) => game.locator(`button.part[data-part="${id}"]`);
			const fine = scenario.screen.parts.find((p) => !p.find);
			if (fine) {
				await press(part(fine.id));
				await mistake();
			}
			for (const p of scenario.screen.parts) if (p.find) await press(part(p.id));
			return;
		}
		case 'browser': {
			const game = page.locator('.browser-game');
			/** @param {string} id */
			const action = (id) => game.locator(`button[data-action="${id}"]`);
			for (const [index, step] of scenario.steps.entries()) {
				const wrong = step.actions.find((a) => !a.correct);
				if (index === 0 && wrong) {
					await press(action(wrong.id));
					await mistake();
				}
				const more = index < scenario.steps.length - 1;
				const right =
					(more &&
						step.actions.find(
							(a) => a.correct && (a.control === 'close' || a.control === 'back')
						)) ||
					step.actions.find((a) => a.correct);
				if (right) await press(action(right.id));
			}
			return;
		}
	}
}
