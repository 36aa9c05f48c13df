/**
 * Who may see the teacher view in this tab. The PIN's hash and the wait after wrong tries are
 * stored in the settings table; being unlocked is not: a reload, or leaving the teacher view,
 * asks for the PIN again.
 */
import type { KlikwijsDb } from '$lib/progress/db';
import { readSetting, writeSetting } from '$lib/progress/progress';
import {
	afterFailure,
	hashPin,
	isPinRecord,
	isThrottle,
	openThrottle,
	remainingWait,
	verifyPin,
	type PinRecord,
	type Throttle
} from './pin';

export const pinKey = 'teacher.pin';
export const throttleKey = 'teacher.throttle';

let unlocked = $state(false);

export const teacherAccess = {
	get unlocked() {
		return unlocked;
	}
};

export function lockTeacher() {
	unlocked = false;
}

export async function hasPin(db: KlikwijsDb): Promise<boolean> {
	return isPinRecord(await readSetting<PinRecord>(db, pinKey));
}

export async function readThrottle(db: KlikwijsDb): Promise<Throttle> {
	const stored = await readSetting<Throttle>(db, throttleKey);
	return isThrottle(stored) ? stored : openThrottle;
}

/** The first PIN on this device; refused when there is one already. */
export async function setPin(db: KlikwijsDb, pin: string): Promise<void> {
	const record = await hashPin(pin);
	await db.transaction('rw', db.settings, async () => {
		if (await hasPin(db)) throw new Error('There is a PIN already');
		await db.settings.put({ key: pinKey, value: record });
		await db.settings.put({ key: throttleKey, value: openThrottle });
	});
	unlocked = true;
}

export type UnlockResult =
	| { ok: true }
	| { ok: false; reason: 'wrong'; failures: number; wait: number }
	| { ok: false; reason: 'wait'; wait: number };

export async function unlockTeacher(
	db: KlikwijsDb,
	pin: string,
	now = () => Date.now()
): Promise<UnlockResult> {
	const throttle = await readThrottle(db);
	const wait = remainingWait(throttle, now());
	if (wait > 0) return { ok: false, reason: 'wait', wait };
	const record = await readSetting<PinRecord>(db, pinKey);
	if (isPinRecord(record) && (await verifyPin(pin, record))) {
		await writeSetting(db, throttleKey, openThrottle);
		unlocked = true;
		return { ok: true };
	}
	const next = afterFailure(throttle, now());
	await writeSetting(db, throttleKey, next);
	return { ok: false, reason: 'wrong', failures: next.failures, wait: remainingWait(next, now()) };
}

/**
 * A forgotten PIN: everything of the teacher on this device is wiped — groups, pupils, their
 * progress, the PIN — after the screen has offered the backup file. Language and sound stay.
 */
export async function wipeTeacherData(db: KlikwijsDb): Promise<void> {
	await db.transaction(
		'rw',
		[db.groups, db.profiles, db.attempts, db.ruleProgress, db.settings],
		async () => {
			await Promise.all([
				db.groups.clear(),
				db.profiles.clear(),
				db.attempts.clear(),
				db.ruleProgress.clear()
			]);
			await db.settings.bulkDelete([pinKey, throttleKey, 'activeGroup', 'currentProfile']);
		}
	);
	unlocked = false;
}
