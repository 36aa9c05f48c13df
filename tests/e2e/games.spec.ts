// Every game type, played end to end in the real app: by keyboard alone on a Chromebook
// (project chromebook, 1366×768) and by touch on an iPad (project ipad, 1024×768).
// The solvers are in play.ts; they make a mistake first and check every explanation.
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { makeProfile } from './helpers';
import {
	chooseMixedRule,
	chooseScenario,
	expectInputOf,
	gameTypes,
	makeProfileByKeyboard,
	modeOf,
	openRule,
	playScenario,
	Player,
	watchInput,
	type ScenarioPick
} from './play';

async function start(page: Page, testInfo: TestInfo, pick: ScenarioPick) {
	// A whole journey by Tab key, with a mistake and every explanation checked, takes a while on
	// a busy machine: three times the usual time.
	test.slow();
	const mode = modeOf(testInfo);
	testInfo.annotations.push({
		type: 'scenario',
		description: `${pick.rule.id} → ${pick.scenario.id} (${pick.scenario.type}, groep ${pick.groep}, by ${mode})`
	});
	await watchInput(page);
	await page.goto('/');
	const profile = { name: 'Sanne', groep: pick.groep };
	if (mode === 'keyboard') await makeProfileByKeyboard(page, profile);
	else await makeProfile(page, testInfo, profile);
	const player = new Player(page, mode);
	await openRule(player, pick);
	return player;
}

function report(player: Player, testInfo: TestInfo) {
	for (const note of new Set(player.notes))
		testInfo.annotations.push({ type: 'focus', description: note });
}

for (const type of gameTypes) {
	test(`${type}: a scenario is played to its end, with a mistake first`, async ({
		page
	}, testInfo) => {
		const pick = chooseScenario(type);
		const player = await start(page, testInfo, pick);
		await playScenario(player, pick, 0);
		await expectInputOf(page, player.mode);
		report(player, testInfo);
	});
}

test('a rule with several game types is played through to its sticker', async ({
	page
}, testInfo) => {
	const pick = chooseMixedRule();
	const player = await start(page, testInfo, pick);
	let firstTries = 0;
	for (const index of pick.scenarios.keys()) {
		if (!(await playScenario(player, pick, index))) firstTries++;
	}
	await expect(page.getByRole('heading', { name: 'Regel klaar!' })).toBeVisible();
	await expect(page.getByRole('img', { name: pick.rule.title.nl })).toBeVisible();
	// A star for every scenario that was right at the first try: none, when each had a mistake.
	const stars = `${firstTries} van de ${pick.scenarios.length} sterren`;
	await expect(page.getByRole('img', { name: stars })).toBeVisible();
	await expectInputOf(page, player.mode);
	report(player, testInfo);
});
