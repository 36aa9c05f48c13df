import { render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it } from 'vitest';
import Feedback from '$lib/games/Feedback.svelte';

const because = createRawSnippet(() => ({ render: () => '<p>Omdat je het eerst vraagt.</p>' }));

describe('the feedback panel every game shows', () => {
	it('says right or wrong in words and an icon, never in colour alone', () => {
		const { container } = render(Feedback, {
			tone: 'wrong',
			icon: '🤔',
			verdict: 'Probeer het nog eens',
			children: because
		});
		const panel = container.querySelector('.feedback')!;
		expect(panel).toHaveClass('wrong');
		expect(panel).toHaveTextContent('🤔');
		expect(screen.getByText('Probeer het nog eens')).toHaveClass('verdict');
		expect(screen.getByText('Omdat je het eerst vraagt.')).toBeVisible();
		// The icon is decoration: a screen reader hears the verdict.
		expect(screen.getByText('🤔')).toHaveAttribute('aria-hidden', 'true');
	});

	it('shows a hint in a tone of its own, neither right nor wrong', () => {
		const { container } = render(Feedback, { tone: 'tip', icon: '💡', verdict: 'Tip' });
		const panel = container.querySelector('.feedback')!;
		expect(panel).toHaveClass('tip');
		expect(panel).not.toHaveClass('right');
		expect(panel).not.toHaveClass('wrong');
	});
});
