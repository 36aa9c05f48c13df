import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SortGame from '$lib/games/sort/SortGame.svelte';
import type { ScenarioOf } from '$lib/content/schema';

const text = (nl: string) => ({ nl, en: `${nl} (en)` });

const scenario: ScenarioOf<'sort'> = {
	id: 'secret-or-share',
	type: 'sort',
	band: 'all',
	scene: { place: 'classroom', people: [] },
	title: text('Geheim of delen?'),
	situation: text('Wat houd je voor jezelf?'),
	discuss: [text('Waarom?')],
	bins: [
		{ id: 'secret', label: text('Houd je geheim'), icon: '🔒' },
		{ id: 'share', label: text('Mag je delen'), icon: '👍' }
	],
	cards: [
		{
			id: 'password',
			text: text('Je wachtwoord'),
			bin: 'secret',
			explanation: text('Met je wachtwoord kan iemand anders doen alsof hij jou is.')
		},
		{
			id: 'drawing',
			text: text('Een tekening van je kat'),
			icon: '🎨',
			bin: 'share',
			explanation: text('Een tekening zegt niet wie je bent of waar je woont.')
		},
		{
			id: 'address',
			text: text('Je adres'),
			bin: 'secret',
			explanation: text('Met je adres weet een vreemde waar je woont.')
		}
	]
};

const card = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}$`) });
const bin = (name: string) => screen.getByRole('button', { name: new RegExp(name) });
const pile = () => screen.getByRole('region', { name: 'Kaarten om te sorteren' });
const binRegion = (name: string) => screen.getByRole('region', { name: new RegExp(name) });
const hint = (container: HTMLElement) => container.querySelector<HTMLElement>('.instructions');
const liveRegion = (container: HTMLElement) =>
	container.querySelector<HTMLElement>('.feedback-slot[aria-live="polite"]');

describe('the sort game', () => {
	afterEach(() => {
		// jsdom has no elementFromPoint of its own; the drag test lends it one.
		Reflect.deleteProperty(document, 'elementFromPoint');
	});

	it('is played by tapping a card and then a bin: wrong bins send it back, right ones keep it', async () => {
		const user = userEvent.setup();
		const onoutcome = vi.fn();
		const { container } = render(SortGame, { scenario, onoutcome });

		// A tap on a bin without a card says what to do first.
		await user.click(bin('Houd je geheim'));
		expect(hint(container)).toHaveTextContent('Kies eerst een kaart. Tik daarna op een vak.');
		expect(screen.getByRole('status')).toHaveTextContent('Kies eerst een kaart.');
		expect(onoutcome).not.toHaveBeenCalled();

		await user.click(card('Een tekening van je kat'));
		expect(card('Een tekening van je kat')).toHaveAttribute('aria-pressed', 'true');
		expect(hint(container)).toHaveTextContent(
			'Je hebt de kaart “Een tekening van je kat”. Tik nu op het vak waar hij hoort.'
		);

		await user.click(bin('Houd je geheim'));
		expect(onoutcome).toHaveBeenCalledTimes(1);
		expect(onoutcome).toHaveBeenLastCalledWith('wrong');
		expect(screen.getByText('Probeer het nog eens')).toBeVisible();
		expect(screen.getByText('Een tekening zegt niet wie je bent of waar je woont.')).toBeVisible();
		// Back on the pile, put down.
		expect(within(pile()).getByRole('button', { name: /Een tekening/ })).toHaveAttribute(
			'aria-pressed',
			'false'
		);

		await user.click(card('Je wachtwoord'));
		await user.click(bin('Houd je geheim'));
		expect(onoutcome).toHaveBeenCalledTimes(1);
		expect(within(pile()).queryByRole('button', { name: 'Je wachtwoord' })).toBeNull();
		const secret = binRegion('Houd je geheim');
		expect(within(secret).getByText('Je wachtwoord')).toBeVisible();
		expect(within(secret).getByText('✔')).toBeVisible();
		expect(within(secret).getByText(/Met je wachtwoord kan iemand anders/)).toBeVisible();
		expect(screen.getByText('1 van de 3 kaarten liggen goed')).toBeVisible();

		await user.click(card('Een tekening van je kat'));
		await user.click(bin('Mag je delen'));
		await user.click(card('Je adres'));
		await user.click(bin('Houd je geheim'));
		expect(onoutcome).toHaveBeenCalledTimes(2);
		expect(onoutcome).toHaveBeenLastCalledWith('right');
		expect(screen.getByText('Goed zo!')).toBeVisible();
		expect(screen.getByText('Alle kaarten liggen in het goede vak.')).toBeVisible();
		expect(liveRegion(container)).toHaveTextContent('Met je adres weet een vreemde waar je woont.');
		expect(screen.getByText('Alle kaarten liggen op hun plek.')).toBeVisible();

		// After the end the bins do nothing more.
		await user.click(bin('Mag je delen'));
		expect(onoutcome).toHaveBeenCalledTimes(2);
	});

	it('lets go of a card that is tapped again', async () => {
		const user = userEvent.setup();
		render(SortGame, { scenario, onoutcome: () => {} });
		await user.click(card('Je adres'));
		await user.click(card('Je adres'));
		expect(card('Je adres')).toHaveAttribute('aria-pressed', 'false');
	});

	it('is played with the keyboard alone: Enter picks up, number keys and arrows reach the bins', async () => {
		const user = userEvent.setup();
		const onoutcome = vi.fn();
		render(SortGame, { scenario, onoutcome });

		await user.tab();
		expect(card('Je wachtwoord')).toHaveFocus();
		expect(card('Je wachtwoord')).toHaveAccessibleDescription(/Druk dan op 1 of 2 voor een vak/);
		await user.keyboard('{Enter}');
		expect(card('Je wachtwoord')).toHaveAttribute('aria-pressed', 'true');
		await user.keyboard('2');
		expect(onoutcome).toHaveBeenLastCalledWith('wrong');
		// The card came back and has the focus again, ready for another try.
		expect(card('Je wachtwoord')).toHaveFocus();

		await user.keyboard(' ');
		await user.keyboard('1');
		expect(onoutcome).toHaveBeenCalledTimes(1);
		// The next card has the focus.
		expect(card('Een tekening van je kat')).toHaveFocus();

		// Escape puts a card back.
		await user.keyboard('{Enter}{Escape}');
		expect(card('Een tekening van je kat')).toHaveAttribute('aria-pressed', 'false');

		// Arrows walk to the bins; Space drops the card there.
		await user.keyboard('{Enter}{ArrowDown}{ArrowDown}');
		expect(bin('Leg in: Houd je geheim')).toHaveFocus();
		await user.keyboard('{ArrowRight}');
		expect(bin('Leg in: Mag je delen')).toHaveFocus();
		await user.keyboard(' ');
		expect(onoutcome).toHaveBeenCalledTimes(1);
		expect(card('Je adres')).toHaveFocus();

		// Tab reaches the bins too.
		await user.keyboard('{Enter}');
		await user.tab();
		expect(bin('Houd je geheim')).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(onoutcome).toHaveBeenCalledTimes(2);
		expect(onoutcome).toHaveBeenLastCalledWith('right');
	});

	it('announces the explanation of the last placed card in a polite live region', async () => {
		const user = userEvent.setup();
		const { container } = render(SortGame, { scenario, onoutcome: () => {} });
		const live = liveRegion(container);
		expect(live).toBeEmptyDOMElement();
		await user.click(card('Je adres'));
		await user.click(bin('Houd je geheim'));
		expect(live).toHaveTextContent('Dat klopt!');
		expect(live).toHaveTextContent('“Je adres” hoort bij “Houd je geheim”.');
		expect(live).toHaveTextContent('Met je adres weet een vreemde waar je woont.');
		await user.click(card('Je wachtwoord'));
		await user.click(bin('Mag je delen'));
		expect(live).toHaveTextContent(
			'“Je wachtwoord” hoort niet bij “Mag je delen”. De kaart gaat terug.'
		);
		expect(live).not.toHaveTextContent('Met je adres');
	});

	it('can be played by dragging a card onto a bin with a pointer', async () => {
		const onoutcome = vi.fn();
		render(SortGame, { scenario, onoutcome });
		const target = binRegion('Mag je delen');
		// jsdom has no layout: the bin is what lies under the pointer.
		document.elementFromPoint = vi.fn(() => target);
		const dragged = card('Je wachtwoord');
		await fireEvent.pointerDown(dragged, { pointerId: 1, button: 0, clientX: 10, clientY: 10 });
		await fireEvent.pointerMove(dragged, { pointerId: 1, clientX: 60, clientY: 200 });
		expect(target).toHaveClass('over');
		await fireEvent.pointerUp(dragged, { pointerId: 1, clientX: 60, clientY: 200 });
		expect(onoutcome).toHaveBeenCalledWith('wrong');
		expect(
			screen.getByText('“Je wachtwoord” hoort niet bij “Mag je delen”. De kaart gaat terug.')
		).toBeVisible();
		// The click that ends a drag does not pick the card up.
		await fireEvent.click(dragged);
		expect(card('Je wachtwoord')).toHaveAttribute('aria-pressed', 'false');
	});
});
