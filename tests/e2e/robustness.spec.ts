import { expect, test } from './fixtures';
import { makeProfile, press, ruleById } from './helpers';

const rule = ruleById('ask-before-internet');
const scenarios = rule.scenarios.filter((s) => s.band === 'all' || s.band === '3-4');

function rightChoice(index: number) {
	const scenario = scenarios[index];
	if (scenario?.type !== 'choice') throw new Error('choice expected');
	const right = scenario.choices.find((c) => c.correct);
	if (!right) throw new Error('needs a right choice');
	return right;
}

test('without IndexedDB the app still plays and says progress is not kept here', async ({
	page
}, testInfo) => {
	// As in a private window of a browser that offers no IndexedDB there.
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined });
	});
	await page.goto('/');
	await expect(
		page.getByRole('alert').filter({ hasText: 'kan Klikwijs je voortgang niet bewaren' })
	).toBeVisible();
	await makeProfile(page, testInfo, { name: 'Yara' });
	await press(page.getByRole('link', { name: new RegExp(rule.title.nl) }), testInfo);
	await press(page.getByRole('button', { name: rightChoice(0).text.nl }), testInfo);
	await expect(page.getByText(rightChoice(0).feedback.nl)).toBeVisible();
	await press(page.getByRole('button', { name: 'Volgende' }), testInfo);
	await press(page.getByRole('button', { name: rightChoice(1).text.nl }), testInfo);
	await press(page.getByRole('button', { name: 'Klaar!' }), testInfo);
	await expect(page.getByRole('heading', { name: 'Regel klaar!' })).toBeVisible();
	await expect(page.getByRole('img', { name: `2 van de 2 sterren` })).toBeVisible();
});

test('a full disk while saving: the pupil is told, keeps playing, and what was stored stays', async ({
	page
}, testInfo) => {
	await page.addInitScript(() => {
		const fail = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		for (const method of ['add', 'put'] as const) {
			const original = IDBObjectStore.prototype[method];
			IDBObjectStore.prototype[method] = function (
				this: IDBObjectStore,
				...args: Parameters<typeof original>
			) {
				return (window as unknown as { diskFull?: boolean }).diskFull
					? fail()
					: original.apply(this, args);
			};
		}
	});
	await page.goto('/');
	await makeProfile(page, testInfo, { name: 'Bram' });
	await press(page.getByRole('link', { name: new RegExp(rule.title.nl) }), testInfo);
	await press(page.getByRole('button', { name: rightChoice(0).text.nl }), testInfo);
	await press(page.getByRole('button', { name: 'Volgende' }), testInfo);

	await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = true));
	await press(page.getByRole('button', { name: rightChoice(1).text.nl }), testInfo);
	await expect(page.getByRole('alert')).toContainText('Het geheugen van dit apparaat is vol');
	await expect(page.getByText(rightChoice(1).feedback.nl)).toBeVisible();
	await press(page.getByRole('button', { name: 'Klaar!' }), testInfo);
	await expect(page.getByRole('heading', { name: 'Regel klaar!' })).toBeVisible();

	await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = false));
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Hoi Bram!' })).toBeVisible();
	await expect(page.getByRole('link', { name: new RegExp(rule.title.nl) })).toContainText(
		`Bezig: 1 van ${scenarios.length}`
	);
});

test('two tabs on the same device stay consistent', async ({ context, page }, testInfo) => {
	await page.goto('/');
	await makeProfile(page, testInfo, { name: 'Emma' });
	const other = await context.newPage();
	await other.goto('/');
	await expect(other.getByRole('heading', { name: 'Hoi Emma!' })).toBeVisible();
	const card = other.getByRole('link', { name: new RegExp(rule.title.nl) });
	await expect(card).toContainText('Nog niet gespeeld');

	await press(page.getByRole('link', { name: new RegExp(rule.title.nl) }), testInfo);
	await press(page.getByRole('button', { name: rightChoice(0).text.nl }), testInfo);
	await expect(card).toContainText(`Bezig: 1 van ${scenarios.length}`);
});
