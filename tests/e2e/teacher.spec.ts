import type { Browser, Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { readFile, writeFile } from 'node:fs/promises';
import type { Rule } from '../../src/lib/content/schema';
import { lessons, makeProfile, press, ruleById } from './helpers';

// Two browser contexts are two devices: the teacher's laptop (or iPad) and a pupil's own
// Chromebook. They share nothing but what the pupil hands in.
const band = '3-4';
const groep = 4;
const fits = (s: { band: string }) => s.band === 'all' || s.band === band;
// Rules a pupil of this band finishes with choice answers only (each game type has its own tests).
const choiceRules = lessons.rules.filter(
	(r) =>
		r.audience === 'pupil' &&
		r.scenarios.filter(fits).length > 0 &&
		r.scenarios.filter(fits).every((s) => s.type === 'choice')
);
const pupilRuleCount = lessons.rules.filter(
	(r) => r.audience === 'pupil' && r.scenarios.some(fits)
).length;

async function newDevice(browser: Browser, testInfo: TestInfo) {
	const { viewport, hasTouch, isMobile, deviceScaleFactor, baseURL } = testInfo.project.use;
	const context = await browser.newContext({
		viewport,
		hasTouch,
		isMobile,
		deviceScaleFactor,
		baseURL: baseURL ?? `http://127.0.0.1:${process.env.E2E_PORT ?? 4321}`,
		acceptDownloads: true
	});
	return context.newPage();
}

async function playRule(page: Page, rule: Rule, testInfo: TestInfo) {
	await page.goto(`/play/${rule.id}`);
	const scenarios = rule.scenarios.filter(fits);
	for (const [index, scenario] of scenarios.entries()) {
		if (scenario.type !== 'choice') throw new Error('choice scenarios only');
		await expect(page.getByRole('heading', { name: scenario.title.nl })).toBeVisible();
		const wrong = scenario.choices.find((c) => !c.correct);
		const right = scenario.choices.find((c) => c.correct);
		if (!wrong || !right) throw new Error('needs a wrong and a right choice');
		// The first answer of the first story is wrong: that is what "moeilijk" counts.
		if (index === 0) await press(page.getByRole('button', { name: wrong.text.nl }), testInfo);
		await press(page.getByRole('button', { name: right.text.nl }), testInfo);
		const next = index + 1 === scenarios.length ? 'Klaar!' : 'Volgende';
		await press(page.getByRole('button', { name: next }), testInfo);
	}
	await expect(page.getByRole('heading', { name: 'Regel klaar!' })).toBeVisible();
}

async function setUpTeacher(page: Page, testInfo: TestInfo) {
	await page.goto('/teacher');
	await page.getByLabel('Nieuwe pincode').fill('2468');
	await page.getByLabel('Typ de pincode nog een keer').fill('2468');
	await press(page.getByRole('button', { name: 'Pincode bewaren' }), testInfo);
	await expect(page.getByRole('heading', { name: 'Je groepen' })).toBeVisible();
	await page.getByLabel('Naam van de groep').fill('Groep 4a');
	await page.getByLabel('Leeftijd').selectOption(band);
	await press(page.getByRole('button', { name: 'Groep maken' }), testInfo);
	await press(page.getByRole('link', { name: /Groep 4a/ }), testInfo);
	await press(page.getByRole('tab', { name: 'Leerlingen' }), testInfo);
	await page.getByLabel('Namen, één per regel').fill('Sanne\nDaan\nNoor');
	await press(page.getByRole('button', { name: 'Allemaal toevoegen' }), testInfo);
	await expect(page.getByText('3 leerlingen toegevoegd.')).toBeVisible();
	return (await page.locator('.facts .code').innerText()).replace(/\s/g, '');
}

const cell = (page: Page, pupil: string, rule: Rule) =>
	page.getByRole('button', { name: new RegExp(`^${pupil}, ${rule.title.nl}: `) });

test('a pupil hands in by QR code and by file; the teacher’s matrix shows her rules done; again changes nothing', async ({
	browser
}, testInfo) => {
	test.slow();
	expect(choiceRules.length).toBeGreaterThanOrEqual(2);
	const [ruleA, ruleB] = choiceRules as [Rule, Rule];
	const teacher = await newDevice(browser, testInfo);
	const pupil = await newDevice(browser, testInfo);

	const code = await setUpTeacher(teacher, testInfo);

	// Sanne, on her own Chromebook, plays a rule and hands in.
	await pupil.goto('/');
	await makeProfile(pupil, testInfo, { name: 'Sanne', groep });
	await playRule(pupil, ruleA, testInfo);
	await press(pupil.getByRole('link', { name: 'Inleveren' }), testInfo);
	// The device does not know her group yet: she types the code from the class sheet.
	await press(pupil.getByRole('link', { name: 'Typ de groepscode' }), testInfo);
	const field = pupil.getByLabel('De code van je groep');
	await field.fill(`${code.slice(0, 5)}${code[5] === '2' ? '3' : '2'}`);
	await press(pupil.getByRole('button', { name: 'Doe mee' }), testInfo);
	await expect(pupil.getByRole('alert')).toContainText('Deze code klopt niet');
	await field.fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
	await press(pupil.getByRole('button', { name: 'Doe mee' }), testInfo);
	await expect(pupil.getByText('Gelukt! Je werk gaat nu naar je groep.')).toBeVisible();
	await press(pupil.getByRole('link', { name: 'Lever nu in' }), testInfo);
	const qr = pupil.getByRole('img', { name: 'QR-code met het werk van Sanne' });
	await expect(qr).toBeVisible();
	await expect(pupil.getByText('Je levert in: 1 regel klaar')).toBeVisible();

	// The teacher has no camera here: a photo of the code goes through the scanner's decoder.
	const src = (await qr.getAttribute('src')) ?? '';
	const photo = {
		name: 'code-van-sanne.png',
		mimeType: 'image/png',
		buffer: Buffer.from(src.replace(/^data:image\/png;base64,/, ''), 'base64')
	};
	await press(teacher.getByRole('link', { name: 'Inleveren inlezen' }).first(), testInfo);
	await teacher.getByLabel('Scan een foto van de code').setInputFiles(photo);
	// Sanne's device has its own id for her: the teacher confirms it is the Sanne of the group.
	await expect(teacher.getByText('Werk van „Sanne” uit Groep 4a')).toBeVisible();
	await expect(teacher.getByRole('radio', { name: 'Sanne', exact: true })).toBeChecked();
	await press(teacher.getByRole('button', { name: 'Bevestig' }), testInfo);
	const ruleAAnswers = ruleA.scenarios.filter(fits).length + 1;
	const log = teacher.locator('.log li:not(.empty)');
	await expect(log).toHaveCount(1);
	await expect(log.first()).toContainText(
		`Sanne (Groep 4a): ✔ ${ruleAAnswers} nieuwe antwoorden bij 1 regel(s) bewaard.`
	);

	// She plays another rule and hands in by file; now she is known by her id: no question.
	await playRule(pupil, ruleB, testInfo);
	await press(pupil.getByRole('link', { name: 'Inleveren' }), testInfo);
	await expect(pupil.getByText('Je levert in: 2 regels klaar')).toBeVisible();
	const [download] = await Promise.all([
		pupil.waitForEvent('download'),
		press(pupil.getByRole('button', { name: 'Bewaar als bestand' }), testInfo)
	]);
	expect(download.suggestedFilename()).toMatch(
		/^klikwijs-inleveren-sanne-\d{4}-\d{2}-\d{2}\.json$/
	);
	const file = testInfo.outputPath('hand-in.json');
	await download.saveAs(file);
	const files = teacher.getByLabel('Lees bestanden in');
	await files.setInputFiles(file);
	await expect(log).toHaveCount(2);
	await expect(log.first()).toContainText('Sanne (Groep 4a): ✔');
	await expect(teacher.getByRole('heading', { name: 'Van wie is dit werk?' })).toHaveCount(0);

	// The same file and the same QR code again: nothing changes.
	await files.setInputFiles(file);
	await expect(log).toHaveCount(3);
	await expect(log.first()).toContainText(
		'Sanne (Groep 4a): ＝ dit werk was al ingelezen. Er is niets veranderd.'
	);
	await teacher.getByLabel('Scan een foto van de code').setInputFiles(photo);
	await expect(log).toHaveCount(4);
	await expect(log.first()).toContainText('al ingelezen');

	// A damaged file and something else are refused, saying why, and change nothing.
	const text = await readFile(file, 'utf8');
	const damaged = testInfo.outputPath('damaged.json');
	await writeFile(
		damaged,
		text.replace(
			/"code": "KLIKWIJS:(.)/,
			(m, c: string) => `${m.slice(0, -1)}${c === 'A' ? 'B' : 'A'}`
		)
	);
	const notes = testInfo.outputPath('notes.txt');
	await writeFile(notes, 'Groep 4a: morgen gym');
	await files.setInputFiles([damaged, notes]);
	await expect(teacher.locator('.log li.refused')).toHaveCount(2);
	await expect(teacher.locator('.log')).toContainText('damaged.json: Deze code is beschadigd');
	await expect(teacher.locator('.log')).toContainText(
		'notes.txt: Dit is geen inlevercode van Klikwijs'
	);

	// The matrix: both rules done for Sanne, with the date; per rule and per pupil the counts.
	await press(teacher.getByRole('link', { name: 'Groepen' }), testInfo);
	await press(teacher.getByRole('link', { name: /Groep 4a/ }), testInfo);
	await expect(cell(teacher, 'Sanne', ruleA)).toHaveAccessibleName(/klaar op \d+ \w+ \d{4}$/);
	await expect(cell(teacher, 'Sanne', ruleB)).toHaveAccessibleName(/klaar op/);
	await expect(cell(teacher, 'Sanne', ruleA)).toContainText('✔');
	await expect(cell(teacher, 'Daan', ruleA)).toHaveAccessibleName(/nog niet begonnen$/);
	await expect(
		teacher.getByText(`Sanne: 2 van de ${pupilRuleCount} regels klaar`, { exact: true })
	).toBeAttached();
	await expect(
		teacher.getByText(`${ruleA.title.nl}: 1 van de 3 leerlingen klaar`, { exact: true })
	).toBeAttached();
	// Her first answer was wrong in the first story of each rule: it is on the "moeilijk" list.
	const hard = teacher.getByRole('region', { name: 'Moeilijk voor de groep' });
	await expect(hard).toContainText(ruleA.scenarios.filter(fits)[0]!.title.nl);
	await expect(hard.getByRole('link', { name: 'Bespreek op het bord' }).first()).toHaveAttribute(
		'href',
		/\/board\?rule=.+&scenario=.+/
	);

	// Opening a cell shows her answers on that rule.
	await press(cell(teacher, 'Sanne', ruleA), testInfo);
	const dialog = teacher.getByRole('dialog', { name: `Sanne · ${ruleA.title.nl}` });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('row')).toHaveCount(ruleAAnswers + 1);
	await expect(dialog).toContainText('eerst fout');
	await press(dialog.getByRole('button', { name: 'Sluiten' }), testInfo);

	// The CSV opens in Dutch Excel: UTF-8 with a byte-order mark, semicolons.
	const [csv] = await Promise.all([
		teacher.waitForEvent('download'),
		press(teacher.getByRole('button', { name: 'Exporteer voor Excel' }), testInfo)
	]);
	const bytes = await readFile(await csv.path());
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	expect(bytes.toString('utf8')).toContain('Sanne;');
	expect(bytes.toString('utf8')).toContain(';klaar (');

	await teacher.context().close();
	await pupil.context().close();
});

test('a shared device shows the group’s pupils to tap, and the teacher view stays behind the PIN', async ({
	browser
}, testInfo) => {
	const device = await newDevice(browser, testInfo);
	await setUpTeacher(device, testInfo);
	await press(device.getByRole('tab', { name: 'Instellingen' }), testInfo);
	await press(device.getByRole('button', { name: 'Zet deze groep op dit apparaat' }), testInfo);
	await expect(device.getByText('Het startscherm toont nu deze groep.')).toBeVisible();

	// Leaving the teacher view locks it.
	await press(device.getByRole('link', { name: 'Klikwijs' }), testInfo);
	await expect(device.getByRole('heading', { name: 'Wie ben jij?' })).toBeVisible();
	await expect(device.getByText('Groep 4a')).toBeVisible();
	await expect(device.getByRole('button', { name: 'Ik ben nieuw' })).toHaveCount(0);
	await press(device.getByRole('button', { name: 'Speel als Daan' }), testInfo);
	await expect(device.getByRole('heading', { name: 'Hoi Daan!' })).toBeVisible();

	await device.goto('/teacher');
	await expect(device.getByRole('heading', { name: 'Leerkracht' })).toBeVisible();
	await expect(device.getByText('Daan')).toHaveCount(1); // only the top bar, not a roster
	for (let left = 4; left >= 1; left -= 1) {
		await device.getByLabel('Pincode').fill('1111');
		await press(device.getByRole('button', { name: 'Openen' }), testInfo);
		await expect(device.getByRole('alert')).toContainText(
			`Die pincode klopt niet. Nog ${left} poging${left === 1 ? '' : 'en'}`
		);
	}
	await device.getByLabel('Pincode').fill('1111');
	await press(device.getByRole('button', { name: 'Openen' }), testInfo);
	await expect(device.getByRole('alert')).toContainText('Te vaak een verkeerde pincode');
	await device.reload();
	await expect(device.getByLabel('Pincode')).toBeDisabled();
	await device.context().close();
});

test('a board discussion with the group on the device is recorded and shown per rule', async ({
	browser
}, testInfo) => {
	test.skip(testInfo.project.name !== 'chromebook', 'the smartboard is driven by a laptop');
	const device = await newDevice(browser, testInfo);
	await setUpTeacher(device, testInfo);
	await press(device.getByRole('tab', { name: 'Instellingen' }), testInfo);
	await press(device.getByRole('button', { name: 'Zet deze groep op dit apparaat' }), testInfo);
	await expect(device.getByText('Het startscherm toont nu deze groep.')).toBeVisible();

	const discussedRule = ruleById('ask-before-internet');
	const scenario = discussedRule.scenarios[0];
	if (!scenario) throw new Error('needs a scenario');
	await device.goto(`/board?rule=${discussedRule.id}&scenario=${scenario.id}`);
	await expect(device.getByRole('heading', { name: scenario.title.nl })).toBeVisible();
	for (let step = 0; step < 8; step += 1) await device.keyboard.press('PageDown');
	await expect(device.getByText('Wat zegt onze regel?')).toBeVisible();

	await device.goto('/teacher');
	await device.getByLabel('Pincode').fill('2468');
	await press(device.getByRole('button', { name: 'Openen' }), testInfo);
	await press(device.getByRole('link', { name: /Groep 4a/ }), testInfo);
	await expect(
		device.getByText(`${discussedRule.title.nl}: met de groep besproken op`, { exact: false })
	).toHaveCount(1);
	await expect(
		device.getByText(
			`${ruleById('never-personal-information').title.nl}: nog niet met de groep besproken`
		)
	).toHaveCount(1);
});
