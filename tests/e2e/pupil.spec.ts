import { expect, test } from './fixtures';
import { makeProfile, press, ruleById } from './helpers';

const rule = ruleById('ask-before-internet');
const youngScenarios = rule.scenarios.filter((s) => s.band === 'all' || s.band === '3-4');

test('a new pupil makes a profile, completes a rule, reloads and it is still done', async ({
	page
}, testInfo) => {
	await page.goto('/');
	await makeProfile(page, testInfo, { name: 'Sanne' });
	await press(page.getByRole('link', { name: new RegExp(rule.title.nl) }), testInfo);

	for (const [index, scenario] of youngScenarios.entries()) {
		if (scenario.type !== 'choice') throw new Error('this journey plays choice scenarios');
		await expect(page.getByText(`Verhaal ${index + 1} van ${youngScenarios.length}`)).toBeVisible();
		await expect(page.getByRole('heading', { name: scenario.title.nl })).toBeVisible();
		const wrong = scenario.choices.find((c) => !c.correct);
		const right = scenario.choices.find((c) => c.correct);
		if (!wrong || !right) throw new Error('needs a wrong and a right choice');
		if (index === 0) {
			// A wrong answer explains why and lets the pupil try again.
			await press(page.getByRole('button', { name: wrong.text.nl }), testInfo);
			await expect(page.getByText(wrong.feedback.nl)).toBeVisible();
			await expect(page.getByText('Probeer het nog eens')).toBeVisible();
		}
		await press(page.getByRole('button', { name: right.text.nl }), testInfo);
		await expect(page.getByText(right.feedback.nl)).toBeVisible();
		const next = index + 1 === youngScenarios.length ? 'Klaar!' : 'Volgende';
		await press(page.getByRole('button', { name: next }), testInfo);
	}

	await expect(page.getByRole('heading', { name: 'Regel klaar!' })).toBeVisible();
	await expect(page.getByRole('img', { name: rule.title.nl })).toBeVisible();
	const stars = `${youngScenarios.length - 1} van de ${youngScenarios.length} sterren`;
	await expect(page.getByRole('img', { name: stars })).toBeVisible();

	await press(page.getByRole('link', { name: 'Mijn stickers' }), testInfo);
	await expect(page.getByRole('heading', { name: 'De stickers van Sanne' })).toBeVisible();
	await expect(page.getByText(/^1 van de \d+ stickers$/)).toBeVisible();
	await expect(page.getByRole('link', { name: new RegExp(rule.title.nl) })).toContainText(
		'Verdiend op'
	);
	await expect(page.getByText(/Je diploma komt als je alle regels af hebt/)).toBeVisible();

	await page.reload();
	await press(page.getByRole('link', { name: 'Klikwijs' }), testInfo);
	const card = page.getByRole('link', { name: new RegExp(rule.title.nl) });
	await expect(card).toContainText('Klaar!');
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Hoi Sanne!' })).toBeVisible();
	await expect(card).toContainText('Klaar!');
	await expect(card.getByRole('img', { name: stars })).toBeVisible();
});

test('a second pupil on the same device picks their own profile and sees only their progress', async ({
	page
}, testInfo) => {
	await page.goto('/');
	await makeProfile(page, testInfo, { name: 'Noor', avatar: 'uil' });
	const scenario = youngScenarios[0];
	if (scenario?.type !== 'choice') throw new Error('choice expected');
	await press(page.getByRole('link', { name: new RegExp(rule.title.nl) }), testInfo);
	await press(
		page.getByRole('button', { name: scenario.choices.find((c) => c.correct)?.text.nl }),
		testInfo
	);
	await press(page.getByRole('link', { name: 'Terug naar de regels' }), testInfo);
	const card = page.getByRole('link', { name: new RegExp(rule.title.nl) });
	await expect(card).toContainText(`Bezig: 1 van ${youngScenarios.length}`);

	await press(page.getByRole('button', { name: 'Ik ben iemand anders' }), testInfo);
	await expect(page.getByRole('heading', { name: 'Wie ben jij?' })).toBeVisible();
	await press(page.getByRole('button', { name: 'Ik ben nieuw' }), testInfo);
	await makeProfile(page, testInfo, { name: 'Milan', avatar: 'leeuw', groep: 8 });
	await expect(card).toContainText('Nog niet gespeeld');

	await press(page.getByRole('button', { name: 'Ik ben iemand anders' }), testInfo);
	await press(page.getByRole('button', { name: 'Speel als Noor' }), testInfo);
	await expect(page.getByRole('heading', { name: 'Hoi Noor!' })).toBeVisible();
	await expect(card).toContainText(`Bezig: 1 van ${youngScenarios.length}`);
});

test('a name that is not a first name or nickname gets a friendly explanation', async ({
	page
}, testInfo) => {
	await page.goto('/');
	const field = page.getByLabel('Je voornaam of bijnaam');
	const create = page.getByRole('button', { name: 'Klaar, ik ga spelen!' });
	await field.fill('sanne@school.nl');
	await press(create, testInfo);
	await expect(page.getByRole('alert')).toContainText('e-mailadres');
	await field.fill('06 12345678');
	await press(create, testInfo);
	await expect(page.getByRole('alert')).toContainText('telefoonnummer');
	await field.fill('Sanne de Vries');
	await press(create, testInfo);
	await expect(page.getByRole('alert')).toContainText('achternaam');
	await expect(field).toHaveValue('Sanne de Vries');
	await expect(page.getByRole('heading', { name: 'Maak je speler' })).toBeVisible();
});

test('the language switch is remembered and sets the page language', async ({ page }, testInfo) => {
	await page.goto('/');
	await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
	await expect(page.getByRole('heading', { name: 'Make your player' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Make your player' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByLabel('Your first name or nickname').fill('Sam');
	await press(page.getByRole('radio', { name: 'fox', exact: true }), testInfo);
	await press(page.getByRole('radio', { name: 'Group 5' }), testInfo);
	await press(page.getByRole('button', { name: "Done, let's play!" }), testInfo);
	await expect(page.getByRole('link', { name: new RegExp(rule.title.en) })).toBeVisible();
});

test('the mute switch is remembered', async ({ page }, testInfo) => {
	await page.goto('/');
	const toggle = page.getByRole('button', { name: 'Geluid aan of uit' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await press(toggle, testInfo);
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await page.reload();
	await expect(page.getByRole('button', { name: 'Geluid aan of uit' })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
});
