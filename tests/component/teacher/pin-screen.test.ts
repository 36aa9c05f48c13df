import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KlikwijsDb } from '$lib/progress/db';
import { lockTeacher, pinKey, setPin, teacherAccess } from '$lib/teacher/access.svelte';
import PinScreen from '$lib/teacher/PinScreen.svelte';

let db: KlikwijsDb;
beforeEach(async () => {
	db = new KlikwijsDb(`pin-screen-${crypto.randomUUID()}`);
	await db.open();
	lockTeacher();
});
afterEach(() => db.delete());

describe('the PIN screen', () => {
	it('sets a PIN on first use, explaining every mistake', async () => {
		const user = userEvent.setup();
		render(PinScreen, { db, onbackup: async () => {} });
		expect(await screen.findByRole('heading', { name: 'Kies een pincode' })).toBeInTheDocument();
		const save = screen.getByRole('button', { name: 'Pincode bewaren' });

		await user.type(screen.getByLabelText('Nieuwe pincode'), '12');
		await user.click(save);
		expect(screen.getByRole('alert')).toHaveTextContent('Gebruik minstens 4 cijfers.');

		await user.clear(screen.getByLabelText('Nieuwe pincode'));
		await user.type(screen.getByLabelText('Nieuwe pincode'), '12ab');
		await user.click(save);
		expect(screen.getByRole('alert')).toHaveTextContent('alleen uit cijfers');

		await user.clear(screen.getByLabelText('Nieuwe pincode'));
		await user.type(screen.getByLabelText('Nieuwe pincode'), '2468');
		await user.type(screen.getByLabelText('Typ de pincode nog een keer'), '2469');
		await user.click(save);
		expect(screen.getByRole('alert')).toHaveTextContent('niet gelijk');
		expect(teacherAccess.unlocked).toBe(false);

		await user.clear(screen.getByLabelText('Typ de pincode nog een keer'));
		await user.type(screen.getByLabelText('Typ de pincode nog een keer'), '2468{Enter}');
		await waitFor(() => expect(teacherAccess.unlocked).toBe(true));
		const stored = JSON.stringify(await db.settings.get(pinKey));
		expect(stored).toContain('PBKDF2-SHA256');
		expect(stored).not.toContain('2468');
	});

	it('opens with the right PIN, by keyboard alone', async () => {
		await setPin(db, '13579');
		lockTeacher();
		const user = userEvent.setup();
		render(PinScreen, { db, onbackup: async () => {} });
		await screen.findByRole('heading', { name: 'Leerkracht' });
		await user.tab();
		expect(screen.getByLabelText('Pincode')).toHaveFocus();
		await user.keyboard('13579{Enter}');
		await waitFor(() => expect(teacherAccess.unlocked).toBe(true));
	});

	it('says a PIN is wrong, counts down the free tries, then makes the teacher wait', async () => {
		await setPin(db, '13579');
		lockTeacher();
		const user = userEvent.setup();
		render(PinScreen, { db, onbackup: async () => {} });
		const field = await screen.findByLabelText('Pincode');
		for (let left = 4; left >= 1; left -= 1) {
			await user.type(field, '0000{Enter}');
			await waitFor(() =>
				expect(screen.getByRole('alert')).toHaveTextContent(
					`Die pincode klopt niet. Nog ${left} poging${left === 1 ? '' : 'en'}`
				)
			);
		}
		await user.type(field, '0000{Enter}');
		await waitFor(() =>
			expect(screen.getByRole('alert')).toHaveTextContent(
				'Te vaak een verkeerde pincode. Probeer het over 0:30 opnieuw.'
			)
		);
		expect(screen.getByLabelText('Pincode')).toBeDisabled();
		expect(screen.getByRole('button', { name: 'Openen' })).toBeDisabled();
		expect(teacherAccess.unlocked).toBe(false);
	});

	it('resets a forgotten PIN only after offering the backup and a clear yes', async () => {
		await setPin(db, '13579');
		lockTeacher();
		await db.groups.add({
			id: 'g',
			name: 'Groep 6b',
			joinCode: 'ABCDE7',
			band: '5-6',
			archived: false,
			createdAt: 1
		});
		const onbackup = vi.fn(async () => {});
		const user = userEvent.setup();
		render(PinScreen, { db, onbackup });
		await user.click(await screen.findByRole('button', { name: 'Pincode vergeten?' }));
		expect(
			screen.getByText(/worden alle groepen, leerlingen en hun voortgang op dit apparaat gewist/)
		).toBeInTheDocument();
		const wipe = screen.getByRole('button', { name: 'Wis alles en kies een nieuwe pincode' });
		expect(wipe).toBeDisabled();

		await user.click(screen.getByRole('button', { name: 'Bewaar een reservekopie' }));
		expect(onbackup).toHaveBeenCalledOnce();
		expect(
			await screen.findByText('De reservekopie is bewaard in je downloads.')
		).toBeInTheDocument();
		expect(await db.groups.count()).toBe(1);

		await user.click(screen.getByRole('checkbox', { name: /Ik begrijp dat alles/ }));
		await user.click(wipe);
		expect(await screen.findByRole('heading', { name: 'Kies een pincode' })).toBeInTheDocument();
		expect(await db.groups.count()).toBe(0);
		expect(await db.settings.get(pinKey)).toBeUndefined();
	});
});
