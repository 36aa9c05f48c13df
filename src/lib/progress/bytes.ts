/**
 * Small byte helpers for the hand-in code: a growable writer, a strict reader, Base45 text and
 * hashing through WebCrypto (the browser's, or Node's in tests). No dependencies.
 */

export class ByteWriter {
	private bytes: number[] = [];

	byte(value: number) {
		if (!Number.isInteger(value) || value < 0 || value > 255) throw new RangeError('not a byte');
		this.bytes.push(value);
	}

	/** Unsigned LEB128 below 2^49 (seven bytes); divides instead of shifting past 32 bits. */
	varint(value: number) {
		if (!Number.isSafeInteger(value) || value < 0 || value >= 2 ** 49) {
			throw new RangeError('not a varint');
		}
		let rest = value;
		while (rest >= 0x80) {
			this.bytes.push((rest % 0x80) + 0x80);
			rest = Math.floor(rest / 0x80);
		}
		this.bytes.push(rest);
	}

	raw(bytes: Uint8Array) {
		for (const b of bytes) this.bytes.push(b);
	}

	/** A length-prefixed UTF-8 string. */
	text(value: string) {
		const bytes = new TextEncoder().encode(value);
		this.varint(bytes.length);
		this.raw(bytes);
	}

	done(): Uint8Array {
		return Uint8Array.from(this.bytes);
	}
}

/** Reading past the end or a malformed value throws a MalformedBytes error. */
export class MalformedBytes extends Error {
	constructor(reason: string) {
		super(reason);
		this.name = 'MalformedBytes';
	}
}

export class ByteReader {
	private at = 0;

	constructor(private readonly bytes: Uint8Array) {}

	get remaining() {
		return this.bytes.length - this.at;
	}

	byte(): number {
		const value = this.bytes[this.at];
		if (value === undefined) throw new MalformedBytes('unexpected end');
		this.at += 1;
		return value;
	}

	/** Unsigned LEB128, canonical only (no padding bytes), at most 2^49. */
	varint(): number {
		let value = 0;
		let scale = 1;
		for (let i = 0; i < 7; i += 1) {
			const b = this.byte();
			value += (b & 0x7f) * scale;
			if (b < 0x80) {
				if (b === 0 && i > 0) throw new MalformedBytes('padded varint');
				return value;
			}
			scale *= 0x80;
		}
		throw new MalformedBytes('varint too long');
	}

	raw(length: number): Uint8Array {
		if (length > this.remaining) throw new MalformedBytes('unexpected end');
		const slice = this.bytes.slice(this.at, this.at + length);
		this.at += length;
		return slice;
	}

	text(maxBytes: number): string {
		const length = this.varint();
		if (length > maxBytes) throw new MalformedBytes('text too long');
		try {
			return new TextDecoder('utf-8', { fatal: true }).decode(this.raw(length));
		} catch (error) {
			if (error instanceof MalformedBytes) throw error;
			throw new MalformedBytes('not UTF-8');
		}
	}
}

/** RFC 9285: every character is in the QR code's alphanumeric set, so QR codes stay small. */
export const base45Alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const base45Value = new Map([...base45Alphabet].map((char, index) => [char, index]));

export function toBase45(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 2) {
		const first = bytes[i] ?? 0;
		const second = bytes[i + 1];
		if (second === undefined) {
			out += base45Alphabet[first % 45]! + base45Alphabet[Math.floor(first / 45)]!;
		} else {
			const n = first * 256 + second;
			out +=
				base45Alphabet[n % 45]! +
				base45Alphabet[Math.floor(n / 45) % 45]! +
				base45Alphabet[Math.floor(n / 2025)]!;
		}
	}
	return out;
}

/** Strict: anything that is not the canonical Base45 of some bytes gives undefined. */
export function fromBase45(text: string): Uint8Array | undefined {
	if (text.length % 3 === 1) return undefined;
	const out: number[] = [];
	for (let i = 0; i < text.length; i += 3) {
		const chunk = text.slice(i, i + 3);
		const values = [...chunk].map((char) => base45Value.get(char));
		if (values.some((v) => v === undefined)) return undefined;
		const [c = 0, d = 0, e] = values as number[];
		if (e === undefined) {
			const n = c + d * 45;
			if (n > 255) return undefined;
			out.push(n);
		} else {
			const n = c + d * 45 + e * 2025;
			if (n > 0xffff) return undefined;
			out.push(n >> 8, n & 0xff);
		}
	}
	return Uint8Array.from(out);
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isUuid(value: string): boolean {
	return uuidPattern.test(value);
}

export function uuidToBytes(uuid: string): Uint8Array {
	const hex = uuid.replaceAll('-', '');
	return Uint8Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
}

export function bytesToUuid(bytes: Uint8Array): string {
	const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function hexToBytes(hex: string): Uint8Array {
	return Uint8Array.from({ length: hex.length / 2 }, (_, i) =>
		parseInt(hex.slice(i * 2, i * 2 + 2), 16)
	);
}

export function bytesToHex(bytes: Uint8Array): string {
	return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function buffer(bytes: Uint8Array): ArrayBuffer {
	return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
	return new Uint8Array(await crypto.subtle.digest('SHA-256', buffer(bytes)));
}

export async function hmacSha256(key: Uint8Array, bytes: Uint8Array): Promise<Uint8Array> {
	const cryptoKey = await crypto.subtle.importKey(
		'raw',
		buffer(key),
		{ name: 'HMAC', hash: 'SHA-256' },
		false,
		['sign']
	);
	return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, buffer(bytes)));
}

/** Compares without stopping at the first difference. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) return false;
	let difference = 0;
	for (let i = 0; i < a.length; i += 1) difference |= a[i]! ^ b[i]!;
	return difference === 0;
}
