import { render, screen, within } from '@testing-library/svelte';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import SpotGame from '$lib/games/spot/SpotGame.svelte';
import type { ScenarioOf } from '$lib/content/schema';

const text = (nl: string) => ({ nl, en: `${nl} (en)` });

const scenario: ScenarioOf<'spot'> = {
	id: 'fake-warning',
	type: 'spot',
	band: '7-8',
	scene: { place: 'classroom', people: [] },
	title: text('Een rare melding'),
	situation: text('Er verschijnt een melding.'),
	discuss: [text('Hoe zie je dat het nep is?')],
	screen: {
		kind: 'warning',
		parts: [
			{ id: 'address', part: 'url', text: text('www.virus-weg.xyz') },
			{
				id: 'heading',
				part: 'title',
				emoji: '⚠️',
				text: text('Virus gevonden'),
				note: text('Een titel alleen zegt nog niet zoveel.')
			},
			{ id: 'body', part: 'text', text: text('Je chromebook is in gevaar.') },
			{
				id: 'hurry',
				part: 'text',
				text: text('Nog 60 seconden!'),
				find: { explanation: text('Haast is een truc om je te laten schrikken.') }
			},
			{
				id: 'call',
				part: 'text',
				text: text('Bel 0900-1234'),
				find: { explanation: text('Een echte melding vraagt niet om te bellen.') }
			},
			{
				id: 'download',
				part: 'button',
				text: text('Download de oplossing'),
				find: {
					explanation: text('Zo download je juist een virus.'),
					hint: text('Wat wil de knop dat je doet?')
				}
			}
		]
	}
};

const part = (name: RegExp) => screen.getByRole('button', { name });

async function tabTo(user: UserEvent, name: RegExp) {
	for (let i = 0; i < 20; i++) {
		await user.tab();
		if (document.activeElement?.textContent?.match(name)) return;
	}
	throw new Error(`could not reach ${name} with Tab`);
}

describe('the spot game', () => {
	it('shows the task and the pretend screen on a Chromebook', () => {
		render(SpotGame, { scenario, onoutcome: () => {} });
		expect(
			screen.getByRole('heading', { name: /Zoek de 3 dingen die niet kloppen/ })
		).toBeVisible();
		const device = screen.getByRole('region', { name: /Het scherm/ });
		expect(device).toHaveAttribute('data-device', 'chromebook');
		expect(within(device).getAllByRole('button')).toHaveLength(6);
		expect(screen.getByText('0 van 3 gevonden')).toBeVisible();
	});

	it('explains a part that is fine, marks found parts and ends right on the last one', async () => {
		const user = userEvent.setup();
		const onoutcome = vi.fn();
		const { container } = render(SpotGame, { scenario, onoutcome });
		const live = container.querySelector('[aria-live="polite"]')!;

		await user.click(part(/je chromebook is in gevaar/i));
		expect(onoutcome).toHaveBeenLastCalledWith('wrong');
		expect(live).toHaveTextContent('Dat is hier niet het probleem');
		expect(part(/je chromebook is in gevaar/i)).toHaveTextContent('klopt wel');

		await user.click(part(/Virus gevonden/));
		expect(onoutcome).toHaveBeenCalledTimes(2);
		expect(live).toHaveTextContent('Een titel alleen zegt nog niet zoveel.');

		await user.click(part(/Nog 60 seconden/));
		expect(onoutcome).toHaveBeenCalledTimes(2);
		expect(live).toHaveTextContent('Gevonden! Nog 2 te gaan.');
		expect(screen.getByText('Haast is een truc om je te laten schrikken.')).toBeVisible();
		expect(part(/Nog 60 seconden/)).toHaveAccessibleName(/gevonden/);
		expect(screen.getByText('1 van 3 gevonden')).toBeVisible();

		await user.click(part(/Bel 0900/));
		await user.click(part(/Download de oplossing/));
		expect(onoutcome).toHaveBeenCalledTimes(3);
		expect(onoutcome).toHaveBeenLastCalledWith('right');
		expect(live).toHaveTextContent('Je hebt alles gevonden!');
		expect(screen.getByText('3 van 3 gevonden')).toBeVisible();
		// Every explanation stays on screen, once.
		for (const explanation of [
			'Haast is een truc om je te laten schrikken.',
			'Een echte melding vraagt niet om te bellen.',
			'Zo download je juist een virus.'
		]) {
			expect(screen.getByText(explanation)).toBeVisible();
		}
		for (const button of within(screen.getByRole('region', { name: /Het scherm/ })).getAllByRole(
			'button'
		)) {
			expect(button).toBeDisabled();
		}
		expect(screen.queryByRole('button', { name: /Geef een hint/ })).toBeNull();
	});

	it('is played with the keyboard alone', async () => {
		const user = userEvent.setup();
		const onoutcome = vi.fn();
		render(SpotGame, { scenario, onoutcome });

		await tabTo(user, /Nog 60 seconden/);
		await user.keyboard('{Enter}');
		await tabTo(user, /Bel 0900/);
		await user.keyboard(' ');
		expect(screen.getByText('2 van 3 gevonden')).toBeVisible();
		await tabTo(user, /Download de oplossing/);
		await user.keyboard('{Enter}');
		expect(onoutcome).toHaveBeenCalledExactlyOnceWith('right');
	});

	it('gives a hint that points at a part still to find, without counting it', async () => {
		const user = userEvent.setup();
		const onoutcome = vi.fn();
		const { container } = render(SpotGame, { scenario, onoutcome });
		await user.click(part(/Nog 60 seconden/));
		await user.click(part(/Bel 0900/));
		await user.click(screen.getByRole('button', { name: /Geef een hint/ }));
		const live = container.querySelector('[aria-live="polite"]')!;
		expect(live).toHaveTextContent('Wat wil de knop dat je doet?');
		expect(part(/Download de oplossing/)).toHaveTextContent('tip');
		expect(onoutcome).not.toHaveBeenCalled();
	});

	it('uses the standard hint for a part type when the lesson gives none', async () => {
		const user = userEvent.setup();
		render(SpotGame, { scenario, onoutcome: () => {} });
		await user.click(screen.getByRole('button', { name: /Geef een hint/ }));
		expect(screen.getByText('Lees de tekst nog eens goed.')).toBeVisible();
	});
});
