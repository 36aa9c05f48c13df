import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { readSetting } from '$lib/progress/progress';
import { db } from '$lib/progress/session.svelte';
import TopBar from '$lib/ui/TopBar.svelte';
import { display, restorePreferences, setLargeText } from '$lib/ui/preferences.svelte';

describe('larger, easy-to-read letters', () => {
	beforeEach(async () => {
		await setLargeText(false);
	});

	it('is a switch in the top bar that puts a class on <html> and is remembered', async () => {
		const user = userEvent.setup();
		render(TopBar);
		const toggle = screen.getByRole('button', { name: 'Grotere, makkelijke letters' });
		expect(toggle).toHaveAttribute('aria-pressed', 'false');
		expect(document.documentElement).not.toHaveClass('large-text');

		toggle.focus();
		await user.keyboard('{Enter}');
		expect(toggle).toHaveAttribute('aria-pressed', 'true');
		expect(toggle).toHaveAttribute('title', 'Grote letters staan aan');
		expect(document.documentElement).toHaveClass('large-text');
		await expect.poll(() => readSetting<boolean>(db, 'largeText')).toBe(true);

		await user.click(toggle);
		expect(toggle).toHaveAttribute('aria-pressed', 'false');
		expect(document.documentElement).not.toHaveClass('large-text');
		await expect.poll(() => readSetting<boolean>(db, 'largeText')).toBe(false);
	});

	it('comes back as this device left it', async () => {
		await setLargeText(true);
		display.largeText = false;
		document.documentElement.classList.remove('large-text');
		await restorePreferences();
		expect(display.largeText).toBe(true);
		expect(document.documentElement).toHaveClass('large-text');
	});
});
