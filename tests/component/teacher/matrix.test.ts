import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { RuleSummary } from '$lib/content/schema';
import type { Profile, RuleProgress } from '$lib/progress/db';
import { masteryOf } from '$lib/progress/mastery';
import MatrixCell from '$lib/teacher/MatrixCell.svelte';
import Matrix from '$lib/teacher/Matrix.svelte';

const at = new Date(2025, 2, 12, 10).getTime();

describe('a matrix cell', () => {
	const props = { pupil: 'Sanne', rule: 'Eerst vragen' };

	it('says done with the date, by icon and text', async () => {
		const onopen = vi.fn();
		render(MatrixCell, {
			...props,
			onopen,
			cell: { ruleId: 'r', state: 'done', right: 2, total: 2, stars: 1, completedAt: at }
		});
		const cell = screen.getByRole('button', {
			name: 'Sanne, Eerst vragen: klaar op 12 maart 2025'
		});
		expect(cell).toHaveTextContent('✔');
		expect(cell).toHaveTextContent('12 mrt');
		await userEvent.click(cell);
		expect(onopen).toHaveBeenCalledOnce();
	});

	it('says busy with x of y scenarios', () => {
		render(MatrixCell, {
			...props,
			cell: { ruleId: 'r', state: 'busy', right: 1, total: 3, stars: 0 }
		});
		const cell = screen.getByRole('button', {
			name: 'Sanne, Eerst vragen: bezig, 1 van 3 verhalen goed'
		});
		expect(cell).toHaveTextContent('◐');
		expect(cell).toHaveTextContent('1/3');
	});

	it('says not started and to redo, never by colour alone', () => {
		render(MatrixCell, {
			...props,
			cell: { ruleId: 'r', state: 'new', right: 0, total: 2, stars: 0 }
		});
		expect(
			screen.getByRole('button', { name: 'Sanne, Eerst vragen: nog niet begonnen' })
		).toHaveTextContent('○');
		render(MatrixCell, {
			...props,
			cell: { ruleId: 'r', state: 'redo', right: 0, total: 2, stars: 0 }
		});
		const redo = screen.getByRole('button', { name: /opnieuw doen/ });
		expect(redo).toHaveTextContent('↻');
		expect(redo).toHaveTextContent('opn.');
	});

	it('opens by keyboard', async () => {
		const user = userEvent.setup();
		const onopen = vi.fn();
		render(MatrixCell, {
			...props,
			onopen,
			cell: { ruleId: 'r', state: 'new', right: 0, total: 2, stars: 0 }
		});
		await user.tab();
		await user.keyboard('{Enter}');
		expect(onopen).toHaveBeenCalledOnce();
	});

	it('is only a picture where the text beside it says the state', () => {
		const { container } = render(MatrixCell, {
			...props,
			interactive: false,
			cell: { ruleId: 'r', state: 'busy', right: 1, total: 3, stars: 0 }
		});
		expect(screen.queryByRole('button')).toBeNull();
		expect(container.querySelector('.cell')).toHaveAttribute('aria-hidden', 'true');
	});
});

describe('the matrix', () => {
	const text = (nl: string) => ({ nl, en: nl });
	const rule = (id: string, category: RuleSummary['category']): RuleSummary => ({
		id,
		version: 1,
		category,
		audience: 'pupil',
		sticker: 'hand',
		title: text(`Regel ${id}`),
		summary: text('x'),
		scenarios: [
			{ id: 'a', band: 'all', type: 'choice' },
			{ id: 'b', band: 'all', type: 'choice' }
		]
	});
	const rules = [rule('een', 'online'), rule('twee', 'privacy')];
	const pupil = (id: string, name: string): Profile => ({
		id,
		name,
		avatar: 'fox',
		band: '5-6',
		createdAt: 0
	});
	const pupils = [pupil('p1', 'Noor'), pupil('p2', 'Bo')];
	const done = (profileId: string, r: RuleSummary, right: string[]): RuleProgress => ({
		profileId,
		ruleId: r.id,
		updatedAt: at,
		...masteryOf(
			r,
			'5-6',
			right.map((scenarioId) => ({
				scenarioId,
				ruleVersion: 1,
				outcome: 'right' as const,
				firstTry: true,
				at
			}))
		)
	});
	const progress = [done('p1', rules[0]!, ['a', 'b']), done('p1', rules[1]!, ['a'])];

	it('shows pupils, rules by category, and the counts per rule and per pupil', async () => {
		const onopen = vi.fn();
		render(Matrix, { pupils, rules, progress, onopen });
		const table = screen.getByRole('table');
		expect(within(table).getByRole('columnheader', { name: 'Op internet' })).toBeInTheDocument();
		expect(within(table).getByRole('columnheader', { name: 'Jouw gegevens' })).toBeInTheDocument();
		expect(within(table).getByRole('rowheader', { name: 'Bo' })).toBeInTheDocument();
		expect(screen.getByText('Noor: 1 van de 2 regels klaar')).toBeInTheDocument();
		expect(screen.getByText('Regel een: 1 van de 2 leerlingen klaar')).toBeInTheDocument();
		expect(screen.getByText('Regel twee: 0 van de 2 leerlingen klaar')).toBeInTheDocument();
		await userEvent.click(screen.getByRole('button', { name: /^Noor, Regel twee: bezig/ }));
		expect(onopen).toHaveBeenCalledWith(pupils[0], rules[1]);
	});

	it('sorts by name or progress and filters by category', async () => {
		const user = userEvent.setup();
		render(Matrix, { pupils, rules, progress, onopen: () => {} });
		const names = () =>
			screen
				.getAllByRole('rowheader')
				.map((h) => h.querySelector('.name')?.textContent)
				.filter(Boolean);
		expect(names()).toEqual(['Bo', 'Noor']);
		await user.selectOptions(screen.getByLabelText('Sorteer op'), 'progress');
		expect(names()).toEqual(['Noor', 'Bo']);
		await user.selectOptions(screen.getByLabelText('Onderwerp'), 'privacy');
		expect(screen.queryByRole('columnheader', { name: 'Regel een' })).toBeNull();
		expect(screen.getByRole('columnheader', { name: 'Regel twee' })).toBeInTheDocument();
	});

	it('says so when the group has no pupils', () => {
		render(Matrix, { pupils: [], rules, progress: [], onopen: () => {} });
		expect(screen.getByText(/nog geen leerlingen/)).toBeInTheDocument();
	});
});
