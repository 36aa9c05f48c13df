import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ChoiceGame from '$lib/games/choice/ChoiceGame.svelte';
import type { ScenarioOf } from '$lib/content/schema';

const text = (nl: string) => ({ nl, en: `${nl} (en)` });

const scenario: ScenarioOf<'choice'> = {
	id: 'popup',
	type: 'choice',
	band: 'all',
	scene: { place: 'classroom', people: [] },
	title: text('Een pop-up'),
	situation: text('Er verschijnt een scherm.'),
	discuss: [text('Wat doe je?')],
	question: text('Wat doe jij?'),
	choices: [
		{
			id: 'click',
			text: text('Ik klik erop'),
			correct: false,
			feedback: text('Liever niet: je weet niet wat er gebeurt.')
		},
		{
			id: 'tell',
			text: text('Ik vertel het de juf'),
			correct: true,
			feedback: text('De juf helpt je verder.')
		}
	]
};

describe('the choice game', () => {
	it('explains a wrong choice, lets the pupil try again and ends on the right one', async () => {
		const user = userEvent.setup();
		const onoutcome = vi.fn();
		render(ChoiceGame, { scenario, onoutcome });

		await user.click(screen.getByRole('button', { name: /Ik klik erop/ }));
		expect(onoutcome).toHaveBeenLastCalledWith('wrong');
		expect(screen.getByText('Liever niet: je weet niet wat er gebeurt.')).toBeVisible();
		expect(screen.getByText('Probeer het nog eens')).toBeVisible();
		expect(screen.getByRole('button', { name: /Ik klik erop/ })).toBeDisabled();

		await user.click(screen.getByRole('button', { name: /Ik vertel het de juf/ }));
		expect(onoutcome).toHaveBeenLastCalledWith('right');
		expect(onoutcome).toHaveBeenCalledTimes(2);
		expect(screen.getByText('De juf helpt je verder.')).toBeVisible();
		expect(screen.getByText('Goed zo!')).toBeVisible();
		for (const button of screen.getAllByRole('button')) expect(button).toBeDisabled();
	});

	it('is played with the keyboard alone', async () => {
		const user = userEvent.setup();
		const onoutcome = vi.fn();
		render(ChoiceGame, { scenario, onoutcome });
		await user.tab();
		expect(screen.getByRole('button', { name: /Ik klik erop/ })).toHaveFocus();
		await user.tab();
		await user.keyboard('{Enter}');
		expect(onoutcome).toHaveBeenCalledWith('right');
	});

	it('announces feedback to screen readers', async () => {
		const user = userEvent.setup();
		const { container } = render(ChoiceGame, { scenario, onoutcome: () => {} });
		await user.click(screen.getByRole('button', { name: /Ik vertel het de juf/ }));
		expect(container.querySelector('[aria-live="polite"]')).toHaveTextContent(
			'De juf helpt je verder.'
		);
	});
});
