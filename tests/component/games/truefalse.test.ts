import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import TrueFalseGame from '$lib/games/truefalse/TrueFalseGame.svelte';
import type { ScenarioOf } from '$lib/content/schema';

const text = (nl: string) => ({ nl, en: `${nl} (en)` });

const scenario: ScenarioOf<'truefalse'> = {
	id: 'photo-facts',
	type: 'truefalse',
	band: 'all',
	scene: { place: 'classroom', people: [] },
	title: text('Foto’s en berichten'),
	situation: text('Lees de zinnen.'),
	discuss: [text('Wat wist je nog niet?')],
	statements: [
		{
			id: 'own-photo',
			text: text('Je foto is van jou.'),
			answer: true,
			explanation: text('Jij beslist wie hem ziet.')
		},
		{
			id: 'take-back',
			text: text('Een verstuurde foto haal je altijd terug.'),
			answer: false,
			explanation: text('De ander kan hem al bewaard hebben.')
		}
	]
};

const waar = () => screen.getByRole('button', { name: 'Waar' });
const nietWaar = () => screen.getByRole('button', { name: 'Niet waar' });

describe('the truefalse game', () => {
	it('asks one statement at a time, explains a wrong answer and ends right', async () => {
		const user = userEvent.setup();
		const onoutcome = vi.fn();
		render(TrueFalseGame, { scenario, onoutcome });
		expect(screen.getByRole('heading', { name: 'Waar of niet waar?' })).toBeVisible();
		expect(screen.getByText('Zin 1 van 2')).toBeVisible();
		expect(screen.getByText('Je foto is van jou.')).toBeVisible();
		expect(screen.queryByText('Een verstuurde foto haal je altijd terug.')).toBeNull();

		await user.click(nietWaar());
		expect(onoutcome).toHaveBeenLastCalledWith('wrong');
		expect(screen.getByText('Probeer het nog eens')).toBeVisible();
		expect(screen.getByText('Jij beslist wie hem ziet.')).toBeVisible();
		expect(nietWaar()).toBeDisabled();
		expect(waar()).toBeEnabled();
		// Not colour alone: the pressed wrong answer carries the feedback's thinking face.
		expect(nietWaar()).toHaveTextContent('🤔');

		await user.click(waar());
		expect(onoutcome).toHaveBeenCalledTimes(1);
		expect(screen.getByText('Goed zo!')).toBeVisible();
		expect(screen.getByText('Het is waar.')).toBeVisible();
		expect(waar()).toHaveTextContent('🎉');
		expect(waar()).toBeDisabled();
		expect(nietWaar()).toBeDisabled();

		await user.click(screen.getByRole('button', { name: /Volgende zin/ }));
		expect(screen.getByText('Zin 2 van 2')).toBeVisible();
		expect(screen.getByText('Een verstuurde foto haal je altijd terug.')).toBeVisible();
		expect(screen.queryByText('Goed zo!')).toBeNull();

		await user.click(nietWaar());
		expect(onoutcome.mock.calls).toEqual([['wrong'], ['right']]);
		expect(screen.getByText('Het is niet waar.')).toBeVisible();
		expect(screen.getByText('De ander kan hem al bewaard hebben.')).toBeVisible();
		expect(screen.queryByRole('button', { name: /Volgende zin/ })).toBeNull();
	});

	it('is played with the keyboard alone', async () => {
		const user = userEvent.setup();
		const onoutcome = vi.fn();
		render(TrueFalseGame, { scenario, onoutcome });
		await user.tab();
		expect(waar()).toHaveFocus();
		await user.keyboard('{ArrowRight}');
		expect(nietWaar()).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(onoutcome).toHaveBeenLastCalledWith('wrong');
		expect(waar()).toHaveFocus();
		await user.keyboard(' ');
		expect(screen.getByRole('button', { name: /Volgende zin/ })).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(screen.getByText('Een verstuurde foto haal je altijd terug.')).toHaveFocus();
		await user.tab();
		expect(waar()).toHaveFocus();
		await user.tab();
		expect(nietWaar()).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(onoutcome.mock.calls).toEqual([['wrong'], ['right']]);
	});

	it('announces feedback to screen readers', async () => {
		const user = userEvent.setup();
		const { container } = render(TrueFalseGame, { scenario, onoutcome: () => {} });
		await user.click(waar());
		const live = container.querySelector('[aria-live="polite"]');
		expect(live).toHaveTextContent('Goed zo!');
		expect(live).toHaveTextContent('Jij beslist wie hem ziet.');
	});
});
