/**
 * A group's join code: six characters a pupil can type without confusion. The alphabet has no
 * 0/O, 1/I/L or Z/2; the sixth character is a Luhn mod 30 check (Luhn mod N needs an even N), so a single wrong character or two
 * swapped neighbours are caught on the pupil's own device, before anything is handed in.
 * The code also keys the checksum of a hand-in (see handin.ts).
 */
export const joinCodeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXY';
export const joinCodeLength = 6;
const n = joinCodeAlphabet.length;

function luhnSum(values: number[], startFactor: 1 | 2): number {
	let factor = startFactor;
	let sum = 0;
	for (let i = values.length - 1; i >= 0; i -= 1) {
		const addend = factor * values[i]!;
		sum += Math.floor(addend / n) + (addend % n);
		factor = factor === 2 ? 1 : 2;
	}
	return sum;
}

function valuesOf(code: string): number[] {
	return [...code].map((char) => joinCodeAlphabet.indexOf(char));
}

export function checkCharacter(body: string): string {
	const remainder = luhnSum(valuesOf(body), 2) % n;
	return joinCodeAlphabet[(n - remainder) % n]!;
}

/** A new random join code, different from the ones given. */
export function newJoinCode(taken: Iterable<string> = [], random = cryptoRandom): string {
	const used = new Set(taken);
	for (;;) {
		let body = '';
		for (let i = 0; i < joinCodeLength - 1; i += 1) body += joinCodeAlphabet[random(n)]!;
		const code = body + checkCharacter(body);
		if (!used.has(code)) return code;
	}
}

function cryptoRandom(below: number): number {
	// Rejection sampling keeps every character equally likely.
	const limit = 256 - (256 % below);
	const byte = new Uint8Array(1);
	do crypto.getRandomValues(byte);
	while (byte[0]! >= limit);
	return byte[0]! % below;
}

export type JoinCodeProblem = 'empty' | 'length' | 'characters' | 'typo';

export type JoinCodeCheck = { ok: true; code: string } | { ok: false; problem: JoinCodeProblem };

/** Accepts lower case, spaces and dashes ("abc-d2f"); refuses a code with a typing error. */
export function checkJoinCode(input: string): JoinCodeCheck {
	const code = input.toUpperCase().replace(/[\s.\-_]/g, '');
	if (code.length === 0) return { ok: false, problem: 'empty' };
	if ([...code].some((char) => !joinCodeAlphabet.includes(char))) {
		return { ok: false, problem: 'characters' };
	}
	if (code.length !== joinCodeLength) return { ok: false, problem: 'length' };
	if (luhnSum(valuesOf(code), 1) % n !== 0) return { ok: false, problem: 'typo' };
	return { ok: true, code };
}

/** "ABCDEF" → "ABC DEF": easier to read aloud and to copy from the board. */
export function formatJoinCode(code: string): string {
	return `${code.slice(0, 3)} ${code.slice(3)}`;
}
