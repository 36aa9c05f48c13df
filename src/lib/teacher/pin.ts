/**
 * The teacher PIN: 4–8 digits, kept only as a salted PBKDF2-SHA256 hash (WebCrypto). It keeps
 * pupils out of the teacher view on a shared device; it does not encrypt the database.
 * After five wrong tries the device waits before the next one, longer after each wrong try;
 * the wait is stored, so reloading the page does not skip it.
 */

export const pinIterations = 250_000;
export const minPinLength = 4;
export const maxPinLength = 8;

export interface PinRecord {
	algorithm: 'PBKDF2-SHA256';
	iterations: number;
	/** Base64, 16 random bytes. */
	salt: string;
	/** Base64, 32 bytes. */
	hash: string;
}

export type PinProblem = 'empty' | 'digits' | 'short' | 'long';

export function checkPin(pin: string): { ok: true } | { ok: false; problem: PinProblem } {
	if (pin.length === 0) return { ok: false, problem: 'empty' };
	if (!/^[0-9]+$/.test(pin)) return { ok: false, problem: 'digits' };
	if (pin.length < minPinLength) return { ok: false, problem: 'short' };
	if (pin.length > maxPinLength) return { ok: false, problem: 'long' };
	return { ok: true };
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
	const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
		'deriveBits'
	]);
	const bits = await crypto.subtle.deriveBits(
		{ name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
		key,
		256
	);
	return new Uint8Array(bits);
}

export async function hashPin(
	pin: string,
	options: { iterations?: number; salt?: Uint8Array } = {}
): Promise<PinRecord> {
	const check = checkPin(pin);
	if (!check.ok) throw new RangeError(`PIN: ${check.problem}`);
	const iterations = options.iterations ?? pinIterations;
	if (iterations < 100_000) throw new RangeError('PBKDF2 needs at least 100,000 iterations');
	const salt = options.salt ?? crypto.getRandomValues(new Uint8Array(16));
	return {
		algorithm: 'PBKDF2-SHA256',
		iterations,
		salt: toBase64(salt),
		hash: toBase64(await derive(pin, salt, iterations))
	};
}

export async function verifyPin(pin: string, record: PinRecord): Promise<boolean> {
	if (!checkPin(pin).ok || record.algorithm !== 'PBKDF2-SHA256') return false;
	const expected = fromBase64(record.hash);
	const actual = await derive(pin, fromBase64(record.salt), record.iterations);
	let difference = expected.length ^ actual.length;
	for (let i = 0; i < expected.length; i += 1) difference |= expected[i]! ^ (actual[i] ?? 0);
	return difference === 0;
}

export function isPinRecord(value: unknown): value is PinRecord {
	const r = value as Partial<PinRecord> | null;
	return (
		typeof r === 'object' &&
		r !== null &&
		r.algorithm === 'PBKDF2-SHA256' &&
		typeof r.iterations === 'number' &&
		r.iterations >= 100_000 &&
		typeof r.salt === 'string' &&
		typeof r.hash === 'string'
	);
}

export interface Throttle {
	/** Wrong tries in a row. */
	failures: number;
	/** No try is checked before this time (ms since 1970). */
	lockedUntil: number;
}

export const freeTries = 5;
const firstWait = 30_000;
const longestWait = 60 * 60_000;

export const openThrottle: Throttle = { failures: 0, lockedUntil: 0 };

/** The wait after this many wrong tries in a row: none for the first four, then 30 s, 1 min, 2 min… up to an hour. */
export function waitAfter(failures: number): number {
	if (failures < freeTries) return 0;
	return Math.min(firstWait * 2 ** (failures - freeTries), longestWait);
}

export function afterFailure(throttle: Throttle, now: number): Throttle {
	const failures = throttle.failures + 1;
	return { failures, lockedUntil: now + waitAfter(failures) };
}

/** How long to wait now; a clock set back never makes it longer than the wait itself. */
export function remainingWait(throttle: Throttle, now: number): number {
	return Math.max(0, Math.min(throttle.lockedUntil - now, waitAfter(throttle.failures)));
}

export function isThrottle(value: unknown): value is Throttle {
	const t = value as Partial<Throttle> | null;
	return (
		typeof t === 'object' &&
		t !== null &&
		Number.isInteger(t.failures) &&
		typeof t.lockedUntil === 'number'
	);
}
