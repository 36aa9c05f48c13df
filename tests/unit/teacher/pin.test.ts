import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KlikwijsDb } from '$lib/progress/db';
import {
	afterFailure,
	checkPin,
	freeTries,
	hashPin,
	isPinRecord,
	openThrottle,
	pinIterations,
	remainingWait,
	verifyPin,
	waitAfter
} from '$lib/teacher/pin';
import {
	hasPin,
	lockTeacher,
	pinKey,
	readThrottle,
	setPin,
	teacherAccess,
	unlockTeacher,
	wipeTeacherData
} from '$lib/teacher/access.svelte';

describe('the PIN hash', () => {
	it('is a salted PBKDF2-SHA256 hash with at least 100,000 iterations', async () => {
		const record = await hashPin('2468');
		expect(record.algorithm).toBe('PBKDF2-SHA256');
		expect(record.iterations).toBe(pinIterations);
		expect(record.iterations).toBeGreaterThanOrEqual(100_000);
		expect(atob(record.salt)).toHaveLength(16);
		expect(atob(record.hash)).toHaveLength(32);
		expect(JSON.stringify(record)).not.toContain('2468');
		expect(isPinRecord(record)).toBe(true);
	});

	it('uses a new salt every time, so equal PINs get different hashes', async () => {
		const [a, b] = await Promise.all([hashPin('2468'), hashPin('2468')]);
		expect(a.salt).not.toBe(b.salt);
		expect(a.hash).not.toBe(b.hash);
	});

	it('verifies the right PIN only', async () => {
		const record = await hashPin('13579');
		expect(await verifyPin('13579', record)).toBe(true);
		expect(await verifyPin('13578', record)).toBe(false);
		expect(await verifyPin('1357', record)).toBe(false);
		expect(await verifyPin('135790', record)).toBe(false);
		expect(await verifyPin('', record)).toBe(false);
	});

	it('matches a known PBKDF2-SHA256 value (salt and iterations are really used)', async () => {
		const salt = new Uint8Array(16).fill(1);
		const record = await hashPin('1234', { salt, iterations: 100_000 });
		const { pbkdf2Sync } = await import('node:crypto');
		const expected = pbkdf2Sync('1234', Buffer.from(salt), 100_000, 32, 'sha256').toString(
			'base64'
		);
		expect(record.hash).toBe(expected);
		await expect(hashPin('1234', { iterations: 99_999 })).rejects.toThrow('100,000');
	});

	it('accepts 4 to 8 digits and explains anything else', () => {
		expect(checkPin('1234')).toEqual({ ok: true });
		expect(checkPin('12345678')).toEqual({ ok: true });
		expect(checkPin('')).toEqual({ ok: false, problem: 'empty' });
		expect(checkPin('123')).toEqual({ ok: false, problem: 'short' });
		expect(checkPin('123456789')).toEqual({ ok: false, problem: 'long' });
		expect(checkPin('12a4')).toEqual({ ok: false, problem: 'digits' });
		expect(checkPin('12 34')).toEqual({ ok: false, problem: 'digits' });
		expect(checkPin('１２３４')).toEqual({ ok: false, problem: 'digits' });
	});
});

describe('the throttle after wrong tries', () => {
	it('lets four wrong tries pass, then waits longer after each', () => {
		expect(freeTries).toBe(5);
		expect([1, 2, 3, 4].map(waitAfter)).toEqual([0, 0, 0, 0]);
		expect(waitAfter(5)).toBe(30_000);
		expect(waitAfter(6)).toBe(60_000);
		expect(waitAfter(7)).toBe(120_000);
		expect(waitAfter(30)).toBe(3_600_000);
		let throttle = openThrottle;
		const now = 1_000_000;
		for (let i = 0; i < 4; i += 1) throttle = afterFailure(throttle, now);
		expect(remainingWait(throttle, now)).toBe(0);
		throttle = afterFailure(throttle, now);
		expect(remainingWait(throttle, now)).toBe(30_000);
		expect(remainingWait(throttle, now + 29_999)).toBe(1);
		expect(remainingWait(throttle, now + 30_000)).toBe(0);
		// A clock set back does not lengthen the wait.
		expect(remainingWait(throttle, now - 10 * 60_000)).toBe(30_000);
	});
});

describe('teacher access on this device', () => {
	let db: KlikwijsDb;
	beforeEach(async () => {
		db = new KlikwijsDb(`pin-${crypto.randomUUID()}`);
		await db.open();
		lockTeacher();
	});
	afterEach(() => db.delete());

	it('sets the PIN once, unlocks with it and throttles wrong tries across reloads', async () => {
		expect(await hasPin(db)).toBe(false);
		await setPin(db, '2468');
		expect(teacherAccess.unlocked).toBe(true);
		await expect(setPin(db, '1111')).rejects.toThrow();
		lockTeacher();

		let now = 5_000_000;
		const clock = () => now;
		expect(await unlockTeacher(db, '2468', clock)).toEqual({ ok: true });
		lockTeacher();
		for (let i = 1; i <= 4; i += 1) {
			expect(await unlockTeacher(db, '0000', clock)).toEqual({
				ok: false,
				reason: 'wrong',
				failures: i,
				wait: 0
			});
		}
		expect(await unlockTeacher(db, '0000', clock)).toEqual({
			ok: false,
			reason: 'wrong',
			failures: 5,
			wait: 30_000
		});
		// Even the right PIN waits; the wait is stored, so a fresh page (new db handle) waits too.
		expect(await unlockTeacher(db, '2468', clock)).toEqual({
			ok: false,
			reason: 'wait',
			wait: 30_000
		});
		const again = new KlikwijsDb(db.name);
		expect((await readThrottle(again)).failures).toBe(5);
		again.close();
		now += 30_000;
		expect(await unlockTeacher(db, '1111', clock)).toMatchObject({ reason: 'wrong', wait: 60_000 });
		now += 60_000;
		expect(await unlockTeacher(db, '2468', clock)).toEqual({ ok: true });
		expect(await readThrottle(db)).toEqual(openThrottle);
		expect(teacherAccess.unlocked).toBe(true);
	});

	it('wipes the teacher’s data for a forgotten PIN, keeping language and sound', async () => {
		await setPin(db, '2468');
		await db.groups.add({
			id: 'g',
			name: 'Groep 6b',
			joinCode: 'ABCDE7',
			band: '5-6',
			archived: false,
			createdAt: 1
		});
		await db.settings.put({ key: 'locale', value: 'en' });
		await wipeTeacherData(db);
		expect(await db.groups.count()).toBe(0);
		expect(await db.settings.get(pinKey)).toBeUndefined();
		expect(await db.settings.get('locale')).toEqual({ key: 'locale', value: 'en' });
		expect(teacherAccess.unlocked).toBe(false);
		expect(await hasPin(db)).toBe(false);
	});
});
