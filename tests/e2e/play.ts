// Solvers for every game type, for the end-to-end tests: given a scenario from the lessons and a
// way of playing ('keyboard': Tab/Enter/Space/arrows only, 'touch': taps only), they drive the real
// page to the end of the scenario, making a mistake first where the game allows one, and check that
// every answer explains itself.
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import type { AgeBand, GameType, Rule, Scenario, ScenarioOf } from '../../src/lib/content/schema';
import { lessons } from './helpers';

export type Mode = 'keyboard' | 'touch';

export const gameTypes = [
	'choice',
	'chat',
	'truefalse',
	'sort',
	'order',
	'spot',
	'browser'
] as const satisfies readonly GameType[];

export const modeOf = (testInfo: TestInfo): Mode =>
	testInfo.project.use.hasTouch ? 'touch' : 'keyboard';

const groepOf: Record<AgeBand, number> = { '3-4': 4, '5-6': 6, '7-8': 8 };
const bands = ['3-4', '5-6', '7-8'] as const;

/** The scenarios a pupil of this band plays for a rule, in lesson order (as the app does). */
export const scenariosFor = (rule: Rule, band: AgeBand) =>
	rule.scenarios.filter((s) => s.band === 'all' || s.band === band);

export interface ScenarioPick<S extends Scenario = Scenario> {
	rule: Rule;
	band: AgeBand;
	groep: number;
	/** The band's scenarios in play order; `scenario` is the first of them. */
	scenarios: Scenario[];
	scenario: S;
}

/**
 * Where a game type is played first when a rule is opened: the preferred rule and band when it
 * still starts with that type (they show the richer variants: three chat turns, three bins, a
 * two-step pop-up…), otherwise the first rule and band in the lessons that does.
 */
const preferred: Record<GameType, [string, AgeBand][]> = {
	choice: [['ask-before-internet', '3-4']],
	chat: [['be-kind-online', '5-6']],
	truefalse: [['online-is-forever', '3-4']],
	sort: [['internet-for-learning', '7-8']],
	order: [['phone-after-school-spot', '5-6']],
	spot: [['share-with-care', '5-6']],
	browser: [['report-freeze-or-virus', '5-6']]
};

function startsWith<T extends GameType>(
	rule: Rule,
	band: AgeBand,
	type: T
): ScenarioPick<ScenarioOf<T>> | undefined {
	const scenarios = scenariosFor(rule, band);
	const first = scenarios[0];
	if (first?.type !== type) return undefined;
	return { rule, band, groep: groepOf[band], scenarios, scenario: first as ScenarioOf<T> };
}

export function chooseScenario<T extends GameType>(type: T): ScenarioPick<ScenarioOf<T>> {
	const pupilRules = lessons.rules.filter((r) => r.audience === 'pupil');
	for (const [id, band] of preferred[type]) {
		const rule = pupilRules.find((r) => r.id === id);
		const pick = rule && startsWith(rule, band, type);
		if (pick) return pick;
	}
	for (const rule of pupilRules) {
		for (const band of bands) {
			const pick = startsWith(rule, band, type);
			if (pick) return pick;
		}
	}
	throw new Error(`no rule starts with a ${type} scenario for any group`);
}

/** A rule whose scenarios for one band mix the most game types, for a whole journey. */
export function chooseMixedRule(): ScenarioPick {
	let best: ScenarioPick | undefined;
	let bestScore = -1;
	for (const rule of lessons.rules.filter((r) => r.audience === 'pupil')) {
		for (const band of bands) {
			const scenarios = scenariosFor(rule, band);
			const first = scenarios[0];
			if (!first || scenarios.length > 4) continue;
			const types = new Set(scenarios.map((s) => s.type));
			const score = types.size * 10 + (types.has('choice') ? 0 : 5) - scenarios.length;
			if (score > bestScore) {
				bestScore = score;
				best = { rule, band, groep: groepOf[band], scenarios, scenario: first };
			}
		}
	}
	if (!best) throw new Error('no rule to play through');
	return best;
}

/** Starts recording pointer input, so a test can prove how it was played. */
export async function watchInput(page: Page) {
	await page.addInitScript(() => {
		const seen: string[] = [];
		Object.assign(window, { __input: seen });
		for (const type of ['pointerdown', 'mousedown', 'touchstart', 'wheel']) {
			addEventListener(
				type,
				(event) => seen.push(`${event.type}:${(event as PointerEvent).pointerType ?? ''}`),
				true
			);
		}
	});
}

/** Keyboard play used no pointer at all; touch play used no mouse pointer. */
export async function expectInputOf(page: Page, mode: Mode) {
	const seen = await page.evaluate(
		() => (window as unknown as { __input?: string[] }).__input ?? []
	);
	if (mode === 'keyboard') expect(seen, 'no mouse or touch input at all').toEqual([]);
	else {
		const pointers = seen.filter((s) => s.startsWith('pointerdown'));
		expect(pointers.length).toBeGreaterThan(0);
		expect(
			pointers.filter((s) => s !== 'pointerdown:touch'),
			'only touch pointers'
		).toEqual([]);
	}
}

/** A short description of the focused element, for messages. */
const describeFocus = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body) return '<body> (focus lost)';
		const label = el.getAttribute('aria-label') ?? el.textContent ?? '';
		const cls = el
			.getAttribute('class')
			?.split(/\s+/)
			.filter((c) => !c.startsWith('svelte-'));
		return `<${el.tagName.toLowerCase()}${cls?.length ? '.' + cls.join('.') : ''}> "${label.replace(/\s+/g, ' ').trim().slice(0, 60)}"`;
	});

const isFocused = (locator: Locator) =>
	locator.evaluate((el) => el === document.activeElement, undefined, { timeout: 5_000 });

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, at most `max` times; returns how many
 * presses it took. Fails with where focus is when the target cannot be reached.
 */
export async function tabTo(
	page: Page,
	target: Locator,
	{ max = 60, back = false }: { max?: number; back?: boolean } = {}
): Promise<number> {
	await target.waitFor({ state: 'visible', timeout: 5_000 });
	for (let presses = 0; presses <= max; presses++) {
		if (await isFocused(target)) return presses;
		if (presses < max) await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
	}
	throw new Error(
		`could not reach ${target} with ${max} × ${back ? 'Shift+Tab' : 'Tab'}; focus is on ${await describeFocus(page)}`
	);
}

/**
 * Moves focus to `target` with an arrow key when focus is already on one of `group` (the way the
 * game offers), otherwise with Tab.
 */
export async function arrowTo(page: Page, group: Locator, target: Locator, key: string) {
	const count = await group.count();
	const inGroup = await group.evaluateAll((els) => els.some((el) => el === document.activeElement));
	if (!inGroup) return tabTo(page, target);
	for (let presses = 0; presses <= count; presses++) {
		if (await isFocused(target)) return presses;
		await page.keyboard.press(key);
	}
	throw new Error(
		`could not reach ${target} with ${key}; focus is on ${await describeFocus(page)}`
	);
}

/** Plays the page one way: only keys, or only taps. Keeps notes on how focus behaved. */
export class Player {
	/** Things a keyboard user would notice, such as focus falling back to the page. */
	readonly notes: string[] = [];
	constructor(
		readonly page: Page,
		readonly mode: Mode
	) {}

	/** Presses a button (or link): Tab to it and Enter/Space, or a tap with a size check. */
	async activate(
		target: Locator,
		{ key = 'Enter', what }: { key?: 'Enter' | 'Space'; what?: string } = {}
	): Promise<number> {
		if (this.mode === 'touch') {
			await this.tap(target, what);
			return 0;
		}
		const presses = await tabTo(this.page, target, { max: 80 });
		await this.page.keyboard.press(key);
		await this.noteFocus(what ?? String(target));
		return presses;
	}

	/** A key press on the element that has focus (keyboard mode). */
	async key(key: string, what: string) {
		await this.page.keyboard.press(key);
		await this.noteFocus(what);
	}

	async tap(target: Locator, what?: string) {
		const box = await target.boundingBox();
		if (box) {
			const name = what ?? String(target);
			expect
				.soft(box.width, `tap target ${name} is at least 44 px wide`)
				.toBeGreaterThanOrEqual(44);
			expect
				.soft(box.height, `tap target ${name} is at least 44 px high`)
				.toBeGreaterThanOrEqual(44);
		}
		await target.tap();
	}

	/** After a key press: where is focus? Falling back to <body> sends a keyboard user to the top. */
	async noteFocus(what: string) {
		// Let the game's own focus handling (after a tick) happen first.
		await this.page.waitForTimeout(50);
		const focus = await describeFocus(this.page);
		if (focus.startsWith('<body>')) this.notes.push(`after ${what}: focus fell back to <body>`);
	}
}

/** Makes a profile with the keyboard alone: type the name, arrows in the radio groups, Enter. */
export async function makeProfileByKeyboard(
	page: Page,
	{ name, groep }: { name: string; groep: number }
) {
	await expect(page.getByRole('heading', { name: 'Maak je speler' })).toBeVisible();
	await tabTo(page, page.getByLabel('Je voornaam of bijnaam'));
	await page.keyboard.type(name);
	// Tab enters a radio group at its first option; Space chooses it, arrows move and choose.
	await tabTo(page, page.locator('input[name="avatar"]').first(), { max: 3 });
	await page.keyboard.press('Space');
	await expect(page.locator('input[name="avatar"]').first()).toBeChecked();
	await tabTo(page, page.locator('input[name="groep"]').first(), { max: 3 });
	const wanted = page.getByRole('radio', { name: `Groep ${groep}` });
	for (let i = 0; i < 6 && !(await isFocused(wanted)); i++) await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Space');
	await expect(wanted).toBeChecked();
	await tabTo(page, page.getByRole('button', { name: 'Klaar, ik ga spelen!' }), { max: 5 });
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: `Hoi ${name}!` })).toBeVisible();
}

/** Opens a rule's card on the start page and waits for its first scenario. */
export async function openRule(player: Player, pick: ScenarioPick) {
	const card = player.page.locator(`a.rule[href$="/play/${pick.rule.id}"]`);
	if (player.mode === 'keyboard') {
		await tabTo(player.page, card, { max: 200 });
		await player.page.keyboard.press('Enter');
	} else await player.tap(card, 'rule card');
	await expectScenario(player.page, pick.scenario, 0, pick.scenarios.length);
}

async function expectScenario(page: Page, scenario: Scenario, index: number, total: number) {
	await expect(page.getByRole('heading', { level: 2, name: scenario.title.nl })).toBeVisible();
	await expect(page.getByText(`Verhaal ${index + 1} van ${total}`)).toBeVisible();
}

/** Presses "Volgende" or "Klaar!" after a solved scenario, and checks where that leads. */
export async function goOn(player: Player, pick: ScenarioPick, index: number) {
	const last = index + 1 >= pick.scenarios.length;
	const button = player.page.locator('article.scenario .next button');
	await expect(button).toHaveText(last ? /Klaar!/ : /Volgende/);
	const scenario = pick.scenarios[index];
	const presses = await player.activate(button, { what: last ? 'Klaar!' : 'Volgende' });
	if (player.mode === 'keyboard') {
		player.notes.push(`${presses} × Tab from the end of the ${scenario?.type} game to its button`);
	}
	if (last) {
		await expect(player.page.getByRole('heading', { name: 'Regel klaar!' })).toBeVisible();
		return;
	}
	const next = pick.scenarios[index + 1];
	if (!next) throw new Error('no next scenario');
	await expectScenario(player.page, next, index + 1, pick.scenarios.length);
	// The player moves focus to the new story's title, so keyboard users start at its top.
	if (player.mode === 'keyboard') {
		await expect(player.page.getByRole('heading', { level: 2, name: next.title.nl })).toBeFocused();
	}
}

const live = (game: Locator) => game.locator('[aria-live="polite"]');
const tryAgain = 'Probeer het nog eens';
const wellDone = 'Goed zo!';

/** Solves the scenario on screen, whatever its type; true when a mistake was made on the way. */
export async function solve(player: Player, scenario: Scenario): Promise<boolean> {
	switch (scenario.type) {
		case 'choice':
			return solveChoice(player, scenario);
		case 'chat':
			return solveChat(player, scenario);
		case 'truefalse':
			return solveTrueFalse(player, scenario);
		case 'sort':
			return solveSort(player, scenario);
		case 'order':
			return solveOrder(player, scenario);
		case 'spot':
			return solveSpot(player, scenario);
		case 'browser':
			return solveBrowser(player, scenario);
	}
}

export async function solveChoice(
	player: Player,
	scenario: ScenarioOf<'choice'>
): Promise<boolean> {
	const game = player.page.locator('.choice-game');
	const buttons = game.locator('button.choice');
	await expect(buttons).toHaveCount(scenario.choices.length);
	const wrong = scenario.choices.findIndex((c) => !c.correct);
	const right = scenario.choices.findIndex((c) => c.correct);
	const wrongChoice = scenario.choices[wrong];
	const rightChoice = scenario.choices[right];
	if (wrongChoice) {
		await expect(buttons.nth(wrong)).toContainText(wrongChoice.text.nl);
		await player.activate(buttons.nth(wrong), { what: 'a wrong choice' });
		await expect(live(game)).toContainText(tryAgain);
		await expect(live(game)).toContainText(wrongChoice.feedback.nl);
		await expect(buttons.nth(wrong)).toBeDisabled();
	}
	if (!rightChoice) throw new Error('a choice scenario without a right choice');
	await expect(buttons.nth(right)).toContainText(rightChoice.text.nl);
	await player.activate(buttons.nth(right), { key: 'Space', what: 'the right choice' });
	await expect(live(game)).toContainText(wellDone);
	await expect(live(game)).toContainText(rightChoice.feedback.nl);
	return !!wrongChoice;
}

export async function solveChat(player: Player, scenario: ScenarioOf<'chat'>): Promise<boolean> {
	const { page } = player;
	const game = page.locator('.chat-game');
	const options = game.locator('.tray button.option');
	let mistakeMade = false;
	const turns = scenario.turns.flatMap((turn) => (turn.from === 'pupil' ? [turn] : []));
	for (const [index, turn] of turns.entries()) {
		await expect(options).toHaveCount(turn.options.length);
		const pressOption = async (at: number, what: string) => {
			const option = options.nth(at);
			await expect(option).toContainText(turn.options[at]?.text.nl ?? '');
			if (player.mode === 'keyboard') {
				await arrowTo(page, options, option, 'ArrowDown');
				await player.key('Enter', what);
			} else await player.tap(option, what);
		};
		const wrong = turn.options.findIndex((o) => !o.correct);
		const right = turn.options.findIndex((o) => o.correct);
		const wrongOption = turn.options[wrong];
		const rightOption = turn.options[right];
		if (!mistakeMade && wrongOption) {
			await pressOption(wrong, 'a wrong reply');
			await expect(live(game)).toContainText(tryAgain);
			await expect(live(game)).toContainText(wrongOption.feedback.nl);
			await expect(options.nth(wrong)).toBeDisabled();
			mistakeMade = true;
		}
		if (!rightOption) throw new Error('a chat turn without a right reply');
		await pressOption(right, 'the right reply');
		await expect(live(game)).toContainText(rightOption.feedback.nl);
		await expect(game.getByRole('log')).toContainText(rightOption.text.nl);
		if (index < turns.length - 1) await expect(live(game)).toContainText(wellDone);
	}
	// At the end the warning signs are explained, one by one.
	const flags = game.locator('section.red-flags');
	await expect(flags).toBeVisible();
	for (const turn of scenario.turns) {
		if (turn.from === 'contact' && turn.redFlag) await expect(flags).toContainText(turn.redFlag.nl);
	}
	await expect(game.getByText('Het gesprek is klaar.')).toBeVisible();
	if (player.mode === 'keyboard') await expect(flags.getByRole('heading')).toBeFocused();
	return mistakeMade;
}

export async function solveTrueFalse(
	player: Player,
	scenario: ScenarioOf<'truefalse'>
): Promise<boolean> {
	const { page } = player;
	const game = page.locator('.truefalse-game');
	const answers = game.locator('.answers button.answer');
	for (const [index, statement] of scenario.statements.entries()) {
		await expect(game.locator('.statement-text')).toHaveText(statement.text.nl);
		await expect(
			game.getByText(`Zin ${index + 1} van ${scenario.statements.length}`)
		).toBeVisible();
		const press = async (value: boolean, what: string) => {
			const button = answers.nth(value ? 0 : 1);
			await expect(button).toContainText(value ? 'Waar' : 'Niet waar');
			if (player.mode === 'keyboard') {
				await arrowTo(page, answers, button, 'ArrowRight');
				await player.key(index % 2 ? 'Space' : 'Enter', what);
			} else await player.tap(button, what);
		};
		if (index === 0) {
			await press(!statement.answer, 'a wrong answer');
			await expect(live(game)).toContainText(tryAgain);
			await expect(live(game)).toContainText(statement.explanation.nl);
			await expect(answers.nth(statement.answer ? 1 : 0)).toBeDisabled();
		}
		await press(statement.answer, 'the right answer');
		await expect(live(game)).toContainText(wellDone);
		await expect(live(game)).toContainText(statement.answer ? 'Het is waar.' : 'Het is niet waar.');
		await expect(live(game)).toContainText(statement.explanation.nl);
		if (index < scenario.statements.length - 1) {
			const next = game.getByRole('button', { name: 'Volgende zin' });
			if (player.mode === 'keyboard') await expect(next).toBeFocused();
			await player.activate(next, { what: 'Volgende zin' });
		}
	}
	// The statements answered before stay in view, each with its answer.
	await expect(game.locator('ol.earlier li')).toHaveCount(scenario.statements.length - 1);
	return true;
}

export async function solveSort(player: Player, scenario: ScenarioOf<'sort'>): Promise<boolean> {
	const { page } = player;
	const game = page.locator('.sort-game');
	const pile = game.locator('.pile button.sort-card');
	const bins = game.locator('button.bin-button');
	await expect(bins).toHaveCount(scenario.bins.length);
	for (const [index, card] of scenario.cards.entries()) {
		// Cards are sorted in lesson order, so the next card to sort is always the first on the pile.
		const button = pile.first();
		await expect(button).toContainText(card.text.nl);
		await expect(pile).toHaveCount(scenario.cards.length - index);
		const binIndex = scenario.bins.findIndex((b) => b.id === card.bin);
		const wrongIndex = scenario.bins.findIndex((b) => b.id !== card.bin);
		const drop = async (at: number, how: 'number' | 'arrows', what: string) => {
			if (player.mode === 'touch') {
				await player.tap(button, `card “${card.text.nl}”`);
				await expect(button).toHaveAttribute('aria-pressed', 'true');
				await expect(game.locator('.instructions')).toContainText('Je hebt de kaart');
				await player.tap(bins.nth(at), what);
				return;
			}
			await tabTo(page, button);
			await page.keyboard.press(index % 2 ? 'Space' : 'Enter');
			await expect(button).toHaveAttribute('aria-pressed', 'true');
			if (how === 'number') {
				await player.key(String(at + 1), what);
			} else {
				// Arrows walk on from the card through the pile to the bins; Enter drops it there.
				await arrowTo(
					page,
					game.locator('.pile button.sort-card, button.bin-button'),
					bins.nth(at),
					'ArrowDown'
				);
				await player.key('Enter', what);
			}
		};
		if (index === 0 && wrongIndex !== -1) {
			await drop(wrongIndex, 'number', 'a card in the wrong bin');
			await expect(live(game)).toContainText(tryAgain);
			await expect(live(game)).toContainText(card.explanation.nl);
			// The card comes back to the pile; keyboard players stay on it.
			await expect(pile.first()).toContainText(card.text.nl);
			await expect(button).toHaveAttribute('aria-pressed', 'false');
			if (player.mode === 'keyboard') await expect(button).toBeFocused();
		}
		await drop(binIndex, index === 1 ? 'arrows' : 'number', 'a card in the right bin');
		const last = index === scenario.cards.length - 1;
		await expect(live(game)).toContainText(last ? wellDone : 'Dat klopt!');
		await expect(live(game)).toContainText(card.explanation.nl);
		await expect(game.locator('section.bin').nth(binIndex)).toContainText(card.text.nl);
		await expect(
			game.getByText(`${index + 1} van de ${scenario.cards.length} kaarten liggen goed`)
		).toBeVisible();
	}
	await expect(live(game)).toContainText('Alle kaarten liggen in het goede vak.');
	await expect(game.getByText('Alle kaarten liggen op hun plek.')).toBeVisible();
	return true;
}

export async function solveOrder(player: Player, scenario: ScenarioOf<'order'>): Promise<boolean> {
	const { page } = player;
	const game = page.locator('.order-game');
	const prefix = `order-text-${scenario.id}-`;
	const stepButton = (id: string) => game.locator(`button.step:has([id="${prefix}${id}"])`);
	const readOrder = () =>
		game
			.locator('ol.steps button.step .text')
			.evaluateAll((els, p) => els.map((el) => el.id.slice(p.length)), prefix);
	const check = game.getByRole('button', { name: 'Klaar, controleer' });
	const right = scenario.steps.map((s) => s.id);

	// The steps start shuffled, so checking straight away is a mistake that gives a hint.
	expect(await readOrder()).not.toEqual(right);
	await player.activate(check, { what: 'checking the shuffled order' });
	await expect(live(game)).toContainText(tryAgain);
	await expect(live(game)).toContainText(scenario.explanation.nl);
	await expect(live(game)).toContainText(/Goed geplaatst: \d van de \d stappen/);
	await expect(game.getByText('nog niet goed').first()).toBeVisible();

	let moves = 0;
	for (const [place, id] of right.entries()) {
		const order = await readOrder();
		const from = order.indexOf(id);
		if (from === place) continue;
		const step = stepButton(id);
		if (player.mode === 'touch') {
			// Tap the step, then tap the place where it belongs: the two swap.
			const there = order[place];
			if (!there) throw new Error('no step at that place');
			await player.tap(step, `step “${id}”`);
			await expect(step).toHaveAttribute('aria-pressed', 'true');
			await player.tap(stepButton(there), `place ${place + 1}`);
		} else if (moves === 0) {
			// The "Zet hoger" button of the step, pressed with Enter as often as needed.
			const up = game
				.locator(`li.step-row:has([id="${prefix}${id}"])`)
				.getByRole('button', { name: 'Zet hoger' });
			await tabTo(page, up);
			for (let i = from; i > place; i--) await player.key('Enter', 'Zet hoger');
			await expect(up).toBeFocused();
		} else {
			// Alt+ArrowUp on the step itself.
			await tabTo(page, step);
			for (let i = from; i > place; i--) await player.key('Alt+ArrowUp', 'Alt+ArrowUp');
			await expect(step).toBeFocused();
		}
		moves++;
		expect((await readOrder()).indexOf(id)).toBe(place);
	}
	expect(await readOrder()).toEqual(right);
	await player.activate(check, { key: 'Space', what: 'checking the right order' });
	await expect(live(game)).toContainText(wellDone);
	await expect(live(game)).toContainText('Waarom deze volgorde?');
	await expect(live(game)).toContainText(scenario.explanation.nl);
	return true;
}

export async function solveSpot(player: Player, scenario: ScenarioOf<'spot'>): Promise<boolean> {
	const game = player.page.locator('.spot-game');
	const part = (id: string) => game.locator(`button.part[data-part="${id}"]`);
	const parts = scenario.screen.parts;
	const toFind = parts.filter((p) => p.find);
	await expect(game.getByText(`0 van ${toFind.length} gevonden`)).toBeVisible();

	// A part that is fine: "that is not the problem", once counted as a mistake.
	const fine = parts.find((p) => !p.find);
	if (fine) {
		await player.activate(part(fine.id), { what: `a part that is fine (${fine.part})` });
		await expect(live(game)).toContainText('Dat klopt wel');
		await expect(live(game)).toContainText(
			fine.note?.nl ?? 'Dat is hier niet het probleem. Kijk nog eens goed.'
		);
		await expect(part(fine.id)).toContainText('klopt wel');
	}

	// A hint points at the first thing still to find.
	const first = toFind[0];
	if (!first?.find) throw new Error('a spot scenario with nothing to find');
	await player.activate(game.getByRole('button', { name: 'Geef een hint' }), { what: 'the hint' });
	await expect(live(game)).toContainText('Tip');
	if (first.find.hint) await expect(live(game)).toContainText(first.find.hint.nl);
	await expect(part(first.id)).toHaveClass(/\bhinted\b/);

	for (const [index, p] of toFind.entries()) {
		await player.activate(part(p.id), {
			key: index % 2 ? 'Space' : 'Enter',
			what: `a part to find (${p.part})`
		});
		await expect(part(p.id)).toContainText('gevonden');
		await expect(live(game)).toContainText(p.find?.explanation.nl ?? '');
		await expect(game.getByText(`${index + 1} van ${toFind.length} gevonden`)).toBeVisible();
	}
	await expect(live(game)).toContainText('Je hebt alles gevonden!');
	// Everything found is listed with its explanation.
	for (const p of toFind.slice(0, -1)) {
		await expect(game.locator('section.found-list')).toContainText(p.find?.explanation.nl ?? '');
	}
	return !!fine;
}

export async function solveBrowser(
	player: Player,
	scenario: ScenarioOf<'browser'>
): Promise<boolean> {
	const { page } = player;
	const game = page.locator('.browser-game');
	const action = (id: string) => game.locator(`button[data-action="${id}"]`);
	let mistakes = 0;
	for (const [index, step] of scenario.steps.entries()) {
		const moreSteps = index < scenario.steps.length - 1;
		const question =
			step.question?.nl ?? (index === 0 ? 'Wat doe jij?' : 'Het is weg. Wat doe je nu?');
		await expect(game.locator('h3.question')).toHaveText(question);
		const wrong = step.actions.find((a) => !a.correct);
		if (wrong) {
			await player.activate(action(wrong.id), { what: `a wrong action (${wrong.control})` });
			await expect(live(game)).toContainText(tryAgain);
			await expect(live(game)).toContainText(wrong.feedback.nl);
			await expect(action(wrong.id)).toHaveAttribute('aria-disabled', 'true');
			await expect(action(wrong.id)).toContainText('geprobeerd');
			mistakes++;
		}
		// With a step after this one, closing the pop-up (✕ or ←) is the way on.
		const right =
			(moreSteps &&
				step.actions.find((a) => a.correct && (a.control === 'close' || a.control === 'back'))) ||
			step.actions.find((a) => a.correct);
		if (!right) throw new Error('a browser step without a right action');
		await player.activate(action(right.id), {
			key: 'Space',
			what: `the right action (${right.control})`
		});
		await expect(live(game)).toContainText(right.feedback.nl);
		if (moreSteps) {
			await expect(live(game)).toContainText('Dat is een goede eerste stap!');
			await expect(game.locator('.overlay, .wrong-page')).toHaveCount(0);
			if (player.mode === 'keyboard') await expect(game.locator('h3.question')).toBeFocused();
		} else {
			await expect(live(game)).toContainText(wellDone);
		}
	}
	return mistakes > 0;
}

/** Plays scenario `index` of a pick to its end and goes on. */
export async function playScenario(player: Player, pick: ScenarioPick, index: number) {
	const scenario = pick.scenarios[index];
	if (!scenario) throw new Error(`no scenario ${index}`);
	const mistake = await solve(player, scenario);
	await goOn(player, pick, index);
	return mistake;
}
