import { render, screen } from '@testing-library/svelte';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import BrowserGame from '$lib/games/browser/BrowserGame.svelte';
import type { ScenarioOf } from '$lib/content/schema';

const text = (nl: string) => ({ nl, en: `${nl} (en)` });

const scenario: ScenarioOf<'browser'> = {
	id: 'virus-popup',
	type: 'browser',
	band: 'all',
	scene: { place: 'classroom', people: [] },
	title: text('Een pop-up'),
	situation: text('Je zoekt iets voor je werkstuk.'),
	discuss: [text('Wat doe je bij een pop-up?')],
	search: text('vulkanen werkstuk'),
	results: [
		{ title: text('Alles over vulkanen'), url: 'www.vulkanen.nl', text: text('Uitleg') },
		{ title: text('Vulkanen voor kinderen'), url: 'www.kidsweb.nl/vulkanen' }
	],
	popup: {
		kind: 'scary',
		title: text('Virus gevonden!'),
		text: text('Klik meteen op de knop.'),
		url: 'virus-weg.xyz'
	},
	steps: [
		{
			actions: [
				{
					id: 'click-it',
					control: 'button',
					text: text('Scan nu'),
					correct: false,
					feedback: text('Dan haal je misschien juist iets naars binnen.')
				},
				{ id: 'close-it', control: 'close', correct: true, feedback: text('Het scherm is weg.') },
				{ id: 'go-back', control: 'back', correct: true, feedback: text('Je bent terug.') }
			]
		},
		{
			actions: [
				{
					id: 'carry-on',
					control: 'beside',
					text: text('Ik zoek gewoon verder'),
					correct: false,
					feedback: text('Vertel het toch even aan de juf.')
				},
				{
					id: 'tell',
					control: 'beside',
					text: text('Ik vertel het de juf'),
					correct: true,
					feedback: text('Nu weet de juf het en kan ze meekijken.')
				}
			]
		}
	]
};

async function tabTo(user: UserEvent, name: RegExp) {
	for (let i = 0; i < 20; i++) {
		await user.tab();
		const active = document.activeElement;
		const label = `${active?.getAttribute('aria-label') ?? ''} ${active?.textContent ?? ''}`;
		if (label.match(name)) return;
	}
	throw new Error(`could not reach ${name} with Tab`);
}

describe('the browser game', () => {
	it('shows the search, the results and the pop-up on a Chromebook', () => {
		render(BrowserGame, { scenario, onoutcome: () => {} });
		const device = screen.getByRole('region', { name: 'Het scherm van je Chromebook' });
		expect(device).toHaveAttribute('data-device', 'chromebook');
		expect(screen.getAllByText('vulkanen werkstuk').length).toBeGreaterThan(0);
		expect(screen.getByText('Alles over vulkanen')).toBeVisible();
		expect(screen.getByRole('group', { name: 'Virus gevonden!' })).toBeVisible();
		expect(screen.getByRole('heading', { name: /Wat doe jij\?/ })).toBeVisible();
		// Nothing to do beside the screen until the pop-up is gone.
		expect(screen.queryByRole('button', { name: /Ik vertel het de juf/ })).toBeNull();
	});

	it('explains a wrong click, closes the pop-up with ✕ and ends right on telling', async () => {
		const user = userEvent.setup();
		const onoutcome = vi.fn();
		const { container } = render(BrowserGame, { scenario, onoutcome });
		const live = container.querySelector('[aria-live="polite"]')!;

		await user.click(screen.getByRole('button', { name: /Scan nu/ }));
		expect(onoutcome).toHaveBeenLastCalledWith('wrong');
		expect(live).toHaveTextContent('Probeer het nog eens');
		expect(live).toHaveTextContent('Dan haal je misschien juist iets naars binnen.');
		const scan = screen.getByRole('button', { name: /Scan nu/ });
		expect(scan).toHaveAttribute('aria-disabled', 'true');
		await user.click(scan);
		expect(onoutcome).toHaveBeenCalledTimes(1);

		await user.click(screen.getByRole('button', { name: 'Sluiten' }));
		expect(onoutcome).toHaveBeenCalledTimes(1);
		expect(screen.queryByRole('group', { name: 'Virus gevonden!' })).toBeNull();
		expect(live).toHaveTextContent('Het scherm is weg.');
		expect(screen.getByRole('heading', { name: /Wat doe je nu\?/ })).toHaveFocus();

		await user.click(screen.getByRole('button', { name: /Ik zoek gewoon verder/ }));
		expect(onoutcome).toHaveBeenLastCalledWith('wrong');
		expect(live).toHaveTextContent('Vertel het toch even aan de juf.');

		await user.click(screen.getByRole('button', { name: /Ik vertel het de juf/ }));
		expect(onoutcome).toHaveBeenCalledTimes(3);
		expect(onoutcome).toHaveBeenLastCalledWith('right');
		expect(live).toHaveTextContent('Goed zo!');
		expect(screen.getByText('Nu weet de juf het en kan ze meekijken.')).toBeVisible();
		expect(screen.getByRole('button', { name: /Ik vertel het de juf/ })).toBeDisabled();
		// Not colour alone: the chosen right button carries a ✔, the wrong ones a ✖.
		expect(screen.getByRole('button', { name: /Ik vertel het de juf/ })).toHaveTextContent('✔');
		expect(screen.getByRole('button', { name: /Ik zoek gewoon verder/ })).toHaveTextContent('✖');
	});

	it('is played with the keyboard alone, using the back button', async () => {
		const user = userEvent.setup();
		const onoutcome = vi.fn();
		render(BrowserGame, { scenario, onoutcome });
		await tabTo(user, /Terug/);
		await user.keyboard('{Enter}');
		expect(screen.queryByRole('group', { name: 'Virus gevonden!' })).toBeNull();
		await tabTo(user, /Ik vertel het de juf/);
		await user.keyboard(' ');
		expect(onoutcome).toHaveBeenCalledExactlyOnceWith('right');
	});

	it('shows a wrong page instead of the results, with ✕ on its tab', async () => {
		const user = userEvent.setup();
		const wrongPage: ScenarioOf<'browser'> = {
			...scenario,
			popup: {
				kind: 'wrong-page',
				title: text('Niet voor kinderen'),
				text: text('Hier hoor je niet te zijn.'),
				url: 'www.niet-voor-jou.nl'
			}
		};
		render(BrowserGame, { scenario: wrongPage, onoutcome: () => {} });
		expect(screen.queryByText('Alles over vulkanen')).toBeNull();
		expect(screen.getByText('www.niet-voor-jou.nl')).toBeVisible();
		expect(screen.getByText(/Dat laten we hier niet zien/)).toBeVisible();
		await user.click(screen.getByRole('button', { name: 'Sluiten' }));
		expect(screen.getByText('Alles over vulkanen')).toBeVisible();
	});
});
