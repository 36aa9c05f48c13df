import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import OrderGame from '$lib/games/order/OrderGame.svelte';
import { shuffle } from '$lib/games/order/order';
import type { ScenarioOf } from '$lib/content/schema';

const text = (nl: string) => ({ nl, en: `${nl} (en)` });

const scenario: ScenarioOf<'order'> = {
	id: 'done-working',
	type: 'order',
	band: 'all',
	scene: { place: 'classroom', people: [] },
	title: text('Klaar met werken'),
	situation: text('De les is afgelopen.'),
	discuss: [text('Waarom log je uit?')],
	steps: [
		{ id: 'save', text: text('Sla je werk op'), icon: '💾' },
		{ id: 'log-out', text: text('Log uit bij MOO'), icon: '🔒' },
		{ id: 'shut-down', text: text('Sluit de chromebook af') },
		{ id: 'put-away', text: text('Zet hem in de kar') }
	],
	explanation: text('Eerst opslaan, dan uitloggen, dan pas afsluiten.')
};
const names = scenario.steps.map((s) => s.text.nl);
const ids = scenario.steps.map((s) => s.id);

const list = () => screen.getByRole('list', { name: 'De stappen' });
const stepButtons = () => within(list()).getAllByRole('button', { name: /^Plek \d:/ });
const currentOrder = () =>
	stepButtons().map((b) => names.find((n) => b.textContent?.includes(n)) ?? '?');
const step = (name: string) => within(list()).getByRole('button', { name: new RegExp(name) });
const row = (name: string) => step(name).closest('li') as HTMLElement;
const live = (container: HTMLElement) =>
	container.querySelector('.feedback-slot[aria-live="polite"]');

describe('the order game', () => {
	it('shows the steps shuffled by the scenario id, numbered, never already right', () => {
		render(OrderGame, { scenario, onoutcome: () => {} });
		const expected = shuffle(ids, scenario.id).map((id) => names[ids.indexOf(id)]);
		expect(currentOrder()).toEqual(expected);
		expect(currentOrder()).not.toEqual(names);
		expect(stepButtons()[0]).toHaveAccessibleName(`Plek 1: ${expected[0]}`);
		expect(screen.getAllByRole('button', { name: 'Zet hoger' })).toHaveLength(4);
		expect(screen.getAllByRole('button', { name: 'Zet lager' })).toHaveLength(4);
	});

	it('checks a wrong order with ✔ and ✖ in words, a hint, and lets the pupil try again', async () => {
		const user = userEvent.setup();
		const onoutcome = vi.fn();
		const { container } = render(OrderGame, { scenario, onoutcome });
		const before = currentOrder();

		await user.click(screen.getByRole('button', { name: /Klaar, controleer/ }));
		expect(onoutcome).toHaveBeenCalledTimes(1);
		expect(onoutcome).toHaveBeenLastCalledWith('wrong');
		expect(screen.getByText('Probeer het nog eens')).toBeVisible();
		const rightCount = before.filter((n, i) => n === names[i]).length;
		expect(live(container)).toHaveTextContent(`Goed geplaatst: ${rightCount} van de 4 stappen.`);
		expect(live(container)).toHaveTextContent(
			'Tip: Eerst opslaan, dan uitloggen, dan pas afsluiten.'
		);
		before.forEach((name, i) => {
			const mark = name === names[i] ? 'goed' : 'nog niet goed';
			expect(step(name)).toHaveAccessibleName(`Plek ${i + 1}: ${name} ${mark}`);
			expect(within(row(name)).getByText(name === names[i] ? '✔' : '✖')).toBeVisible();
			expect(within(row(name)).getByText(mark)).toBeVisible();
		});

		// Checking again without a change is no new mistake.
		await user.click(screen.getByRole('button', { name: /Klaar, controleer/ }));
		expect(onoutcome).toHaveBeenCalledTimes(1);
		expect(live(container)).toHaveTextContent('Je hebt nog niets veranderd.');
	});

	it('is solved by tapping a step and then the place where it should go', async () => {
		const user = userEvent.setup();
		const onoutcome = vi.fn();
		const { container } = render(OrderGame, { scenario, onoutcome });

		for (const [index, name] of names.entries()) {
			const there = currentOrder()[index];
			if (there === name) continue;
			await user.click(step(name));
			expect(step(name)).toHaveAttribute('aria-pressed', 'true');
			expect(screen.getByRole('status')).toHaveTextContent(`Je hebt “${name}” gekozen.`);
			await user.click(step(there!));
			expect(currentOrder()[index]).toBe(name);
			expect(step(name)).toHaveAttribute('aria-pressed', 'false');
		}
		expect(currentOrder()).toEqual(names);
		expect(onoutcome).not.toHaveBeenCalled();

		await user.click(screen.getByRole('button', { name: /Klaar, controleer/ }));
		expect(onoutcome).toHaveBeenCalledTimes(1);
		expect(onoutcome).toHaveBeenLastCalledWith('right');
		expect(screen.getByText('Goed zo!')).toBeVisible();
		expect(live(container)).toHaveTextContent('Waarom deze volgorde? Eerst opslaan, dan uitloggen');
		for (const name of names) expect(within(row(name)).getByText('goed')).toBeVisible();

		// After the end nothing moves and nothing is reported again.
		await user.click(within(row(names[0]!)).getByRole('button', { name: 'Zet lager' }));
		await user.click(screen.getByRole('button', { name: /Klaar, controleer/ }));
		expect(currentOrder()).toEqual(names);
		expect(onoutcome).toHaveBeenCalledTimes(1);
	});

	it('lets go of a step that is tapped twice', async () => {
		const user = userEvent.setup();
		render(OrderGame, { scenario, onoutcome: () => {} });
		const before = currentOrder();
		await user.click(step(names[2]!));
		await user.click(step(names[2]!));
		expect(step(names[2]!)).toHaveAttribute('aria-pressed', 'false');
		expect(currentOrder()).toEqual(before);
	});

	it('moves steps with the up and down buttons, keeping the focus on the button', async () => {
		const user = userEvent.setup();
		render(OrderGame, { scenario, onoutcome: () => {} });
		const first = currentOrder()[0]!;
		const down = within(row(first)).getByRole('button', { name: 'Zet lager' });
		expect(down).toHaveAccessibleDescription(first);
		await user.click(down);
		expect(currentOrder()[1]).toBe(first);
		expect(within(row(first)).getByRole('button', { name: 'Zet lager' })).toHaveFocus();
		expect(screen.getByRole('status')).toHaveTextContent(`“${first}” staat nu op plek 2 van 4.`);
		const up = within(row(first)).getByRole('button', { name: 'Zet hoger' });
		await user.click(up);
		await user.click(up);
		// At the top, "Zet hoger" does nothing and keeps its focus.
		expect(currentOrder()[0]).toBe(first);
		expect(up).toHaveAttribute('aria-disabled', 'true');
		expect(up).toHaveFocus();
	});

	it('is played with the keyboard alone, with Alt+arrows and the move buttons', async () => {
		const user = userEvent.setup();
		const onoutcome = vi.fn();
		render(OrderGame, { scenario, onoutcome });

		await user.tab();
		expect(stepButtons()[0]).toHaveFocus();
		expect(stepButtons()[0]).toHaveAccessibleDescription(/houd Alt ingedrukt/);

		// Put each step in its place: Tab to it, then Alt+ArrowUp until it is there.
		for (const [index, name] of names.entries()) {
			for (let tries = 0; tries < 30 && document.activeElement !== step(name); tries++) {
				await user.tab();
			}
			expect(step(name)).toHaveFocus();
			while (currentOrder().indexOf(name) > index) {
				await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
				expect(step(name)).toHaveFocus();
			}
		}
		expect(currentOrder()).toEqual(names);

		// A move button works with Enter, and Alt+ArrowDown moves back.
		await user.tab();
		expect(within(row(names[3]!)).getByRole('button', { name: 'Zet hoger' })).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(currentOrder()[2]).toBe(names[3]);
		await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
		expect(currentOrder()).toEqual(names);

		await user.tab();
		await user.tab();
		expect(screen.getByRole('button', { name: /Klaar, controleer/ })).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(onoutcome).toHaveBeenCalledWith('right');
		expect(onoutcome).toHaveBeenCalledTimes(1);
	});
});
