import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ChatGame from '$lib/games/chat/ChatGame.svelte';
import type { ScenarioOf } from '$lib/content/schema';

const text = (nl: string) => ({ nl, en: `${nl} (en)` });

const scenario: ScenarioOf<'chat'> = {
	id: 'photo-please',
	type: 'chat',
	band: '7-8',
	scene: { place: 'classroom', people: [] },
	title: text('Een foto?'),
	situation: text('Je speelt een spel met JayGamer.'),
	discuss: [text('Wat doe je?')],
	contact: { name: text('JayGamer'), avatar: '🎮' },
	turns: [
		{ from: 'contact', text: text('Hoi! Jij speelt echt goed.') },
		{
			from: 'pupil',
			options: [
				{
					id: 'number',
					text: text('Hier is mijn nummer'),
					correct: false,
					feedback: text('Je nummer geef je niet.')
				},
				{
					id: 'thanks',
					text: text('Dank je, jij ook!'),
					correct: true,
					feedback: text('Vriendelijk, en je vertelt niets over jezelf.')
				}
			]
		},
		{
			from: 'contact',
			text: text('Ik ben ook 11.'),
			redFlag: text('Dat kun je niet controleren.')
		},
		{
			from: 'contact',
			picture: { emoji: '🧢', caption: text('Een jongen met een pet') },
			text: text('Dit ben ik. Nu jij!'),
			redFlag: text('Hij wil een foto terug.')
		},
		{ from: 'contact', link: { url: 'www.foto-ruil.nl', title: text('Foto ruilen') } },
		{
			from: 'pupil',
			prompt: text('Wat doe je nu?'),
			options: [
				{
					id: 'selfie',
					text: text('Ik stuur een selfie'),
					correct: false,
					feedback: text('Een foto van jezelf stuur je niet.')
				},
				{
					id: 'tell',
					text: text('Ik laat het de juf zien'),
					correct: true,
					feedback: text('De juf helpt je. Jij deed niets fout.'),
					tellAdult: true
				}
			]
		},
		{ from: 'contact', text: text('Jammer.') }
	]
};

const log = () => screen.getByRole('log');

describe('the chat game', () => {
	it('looks like a messaging app with the contact and the first message', () => {
		render(ChatGame, { scenario, onoutcome: () => {} });
		expect(
			screen.getByRole('region', { name: /Berichten-app: gesprek met JayGamer/ })
		).toBeVisible();
		expect(within(log()).getByText('Hoi! Jij speelt echt goed.')).toBeVisible();
		expect(screen.queryByText('Ik ben ook 11.')).toBeNull();
		expect(screen.getByText('Wat doe jij?')).toBeVisible();
		expect(screen.queryByRole('heading', { name: /Let op!/ })).toBeNull();
	});

	it('explains a wrong reply, sends the right one and ends with the red flags', async () => {
		const user = userEvent.setup();
		const onoutcome = vi.fn();
		const { container } = render(ChatGame, { scenario, onoutcome });

		await user.click(screen.getByRole('button', { name: /Hier is mijn nummer/ }));
		expect(onoutcome).toHaveBeenLastCalledWith('wrong');
		expect(screen.getByText('Je nummer geef je niet.')).toBeVisible();
		expect(screen.getByText('Probeer het nog eens')).toBeVisible();
		expect(screen.getByRole('button', { name: /Hier is mijn nummer/ })).toBeDisabled();
		expect(within(log()).queryByText('Hier is mijn nummer')).toBeNull();

		await user.click(screen.getByRole('button', { name: /Dank je, jij ook!/ }));
		expect(onoutcome).toHaveBeenCalledTimes(1);
		expect(within(log()).getByText('Dank je, jij ook!')).toBeVisible();
		expect(screen.getByText('Goed zo!')).toBeVisible();
		expect(screen.getByText('Vriendelijk, en je vertelt niets over jezelf.')).toBeVisible();
		// The conversation goes on: messages with a picture and a link, then the next question.
		expect(within(log()).getByText('Ik ben ook 11.')).toBeVisible();
		expect(within(log()).getByRole('img', { name: 'Foto: Een jongen met een pet' })).toBeVisible();
		expect(within(log()).getByText('www.foto-ruil.nl')).toBeVisible();
		expect(screen.getByText('Wat doe je nu?')).toBeVisible();
		expect(screen.queryByRole('button', { name: /Dank je/ })).toBeNull();
		// Red flags are only pointed out afterwards.
		expect(container.querySelector('.flagged')).toBeNull();

		await user.click(screen.getByRole('button', { name: /Ik stuur een selfie/ }));
		expect(onoutcome).toHaveBeenLastCalledWith('wrong');
		expect(screen.getByText('Een foto van jezelf stuur je niet.')).toBeVisible();

		const tell = screen.getByRole('button', { name: /Ik laat het de juf zien/ });
		expect(tell).toHaveClass('tell-adult');
		expect(within(tell).getByText('Hulp vragen')).toBeVisible();
		await user.click(tell);
		expect(onoutcome).toHaveBeenLastCalledWith('right');
		expect(onoutcome.mock.calls).toEqual([['wrong'], ['wrong'], ['right']]);
		expect(screen.getByText('De juf helpt je. Jij deed niets fout.')).toBeVisible();
		expect(within(log()).getByText('Jammer.')).toBeVisible();
		expect(within(log()).getByText(/Je vertelt het aan een volwassene/)).toBeInTheDocument();
		expect(screen.getByText('Het gesprek is klaar.')).toBeVisible();

		const flags = screen.getByRole('region', { name: /Let op!/ });
		expect(within(flags).getByText('Dat kun je niet controleren.')).toBeVisible();
		expect(within(flags).getByText('Hij wil een foto terug.')).toBeVisible();
		expect(within(flags).getAllByRole('listitem')).toHaveLength(2);
		expect(container.querySelectorAll('.messages .flagged')).toHaveLength(2);
		expect(within(log()).getByText('Waarschuwing 1')).toBeInTheDocument();
		expect(screen.getByRole('heading', { name: /Let op!/ })).toHaveFocus();
		for (const button of screen.queryAllByRole('button')) expect(button).toBeDisabled();
	});

	it('is played with the keyboard alone', async () => {
		const user = userEvent.setup();
		const onoutcome = vi.fn();
		render(ChatGame, { scenario, onoutcome });
		await user.tab();
		expect(log()).toHaveFocus();
		await user.tab();
		expect(screen.getByRole('button', { name: /Hier is mijn nummer/ })).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(onoutcome).toHaveBeenLastCalledWith('wrong');
		// The pressed reply is disabled; focus moves on to one that can still be chosen.
		expect(screen.getByRole('button', { name: /Dank je, jij ook!/ })).toHaveFocus();
		await user.keyboard(' ');
		expect(onoutcome).toHaveBeenCalledTimes(1);
		// The next turn's first reply has focus; arrow keys move between the replies.
		expect(screen.getByRole('button', { name: /Ik stuur een selfie/ })).toHaveFocus();
		await user.keyboard('{ArrowDown}');
		expect(screen.getByRole('button', { name: /Ik laat het de juf zien/ })).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(onoutcome.mock.calls).toEqual([['wrong'], ['right']]);
		expect(screen.getByRole('heading', { name: /Let op!/ })).toHaveFocus();
	});

	it('announces feedback to screen readers', async () => {
		const user = userEvent.setup();
		const { container } = render(ChatGame, { scenario, onoutcome: () => {} });
		await user.click(screen.getByRole('button', { name: /Hier is mijn nummer/ }));
		const live = container.querySelector('[aria-live="polite"]');
		expect(live).toHaveTextContent('Probeer het nog eens');
		expect(live).toHaveTextContent('Je nummer geef je niet.');
		expect(within(log()).getByText('JayGamer schrijft:')).toBeInTheDocument();
	});
});
