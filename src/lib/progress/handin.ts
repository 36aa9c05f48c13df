/**
 * The hand-in code: one pupil's attempts, carried from their device to the teacher's device as
 * a QR code or a small file. No server is involved; the code is checked, not trusted.
 *
 * Text:   "KLIKWIJS:" + Base45(bytes). Base45 uses only the QR code's alphanumeric characters,
 *         so a QR code holds 5.5 bits per character, and BarcodeDetector and jsQR both return
 *         the text unchanged (raw binary QR codes are read differently per browser).
 * Bytes:  body ‖ mac (8) ‖ check (4)
 *   body  format (1 byte, now 1)
 *         layout hash (4): SHA-256 of the lesson layout — rule ids and their scenario ids in
 *           order. Rules and scenarios are written as indexes into that layout, which keeps the
 *           code small; a device whose lessons have other rules or scenarios cannot read the
 *           indexes and says the code is outdated. Edited lesson texts do not change the layout.
 *         contentVersion (6): the app's lesson hash, for the record
 *         createdAt, t0 (varints, seconds since 1970): when the code was made, earliest attempt
 *         profile id, group id (tag 0 = UUID in 16 bytes, 1 = text, 2 = none), name, avatar,
 *           band (index)
 *         groups of attempts per rule and rule version, in layout order: rule index, version,
 *           count, then per attempt: varint(scenario index × 4 + right × 2 + firstTry) and the
 *           seconds since the previous attempt of the group (the first one: since t0)
 *   mac   HMAC-SHA256 of the body keyed with the group's join code, first 8 bytes: a code typed
 *         wrong on the pupil's device, a code of another group or a made-up code is refused
 *   check SHA-256 of body ‖ mac, first 4 bytes: tells a damaged code from a forged one
 * The checksum proves that a Klikwijs app that knew the join code made the code; it is not
 * meant to stop a determined pupil who knows the join code and writes their own encoder.
 *
 * Size: about 2–3 bytes per attempt plus 3–4 per rule; a pupil who played all ~28 rules once
 * (about 125 attempts) needs about 450 bytes, ~680 characters: a version 17 QR code (error
 * correction M). When the code is longer than `qrBudget` (a pupil who replayed a lot),
 * `compactAttempts` keeps only what the teacher's figures need; the file always carries every
 * attempt. (Splitting over several QR codes would cost the teacher taps between pupils.)
 */
import { ageBands, type AgeBand } from '$lib/content/constants';
import { maxNameLength } from './profile-name';
import type { Outcome } from './mastery';
import {
	ByteReader,
	ByteWriter,
	MalformedBytes,
	bytesToHex,
	bytesToUuid,
	fromBase45,
	hexToBytes,
	hmacSha256,
	isUuid,
	sameBytes,
	sha256,
	toBase45,
	uuidToBytes
} from './bytes';

export const handInPrefix = 'KLIKWIJS:';
export const handInFormat = 1;
/** Longest code text read at all (a file of ~20,000 attempts); longer is refused unread. */
export const maxCodeLength = 120_000;
export const maxAttempts = 20_000;
/** A QR code of at most this many characters is version ≤ 22 (error correction L): readable from a screen. */
export const qrBudget = 1_400;
const macLength = 8;
const checkLength = 4;
const maxIdLength = 64;
const maxAvatarLength = 24;

export interface HandInAttempt {
	ruleId: string;
	ruleVersion: number;
	scenarioId: string;
	outcome: Outcome;
	firstTry: boolean;
	/** Milliseconds since 1970, whole seconds. */
	at: number;
}

export interface HandInProfile {
	id: string;
	name: string;
	avatar: string;
	band: AgeBand;
	groupId?: string;
}

export interface HandIn {
	/** The app's lesson hash: 12 hex characters. */
	contentVersion: string;
	/** Milliseconds since 1970, whole seconds. */
	createdAt: number;
	profile: HandInProfile;
	attempts: HandInAttempt[];
}

/** The rules and scenarios a code can point at, in catalog order, and their hash. */
export interface Layout {
	hash: Uint8Array;
	rules: { id: string; scenarios: string[] }[];
}

export async function layoutOf(
	catalog: readonly { id: string; scenarios: readonly { id: string }[] }[]
): Promise<Layout> {
	const rules = catalog.map((rule) => ({
		id: rule.id,
		scenarios: rule.scenarios.map((s) => s.id)
	}));
	const digest = await sha256(
		new TextEncoder().encode(JSON.stringify(rules.map((r) => [r.id, r.scenarios])))
	);
	return { hash: digest.slice(0, 4), rules };
}

/** Thrown by encodeHandIn for input it cannot carry; the pupil's screen filters attempts first. */
export class HandInEncodeError extends Error {
	constructor(reason: string) {
		super(`This hand-in cannot be encoded: ${reason}`);
		this.name = 'HandInEncodeError';
	}
}

interface Located {
	attempt: HandInAttempt;
	rule: number;
	scenario: number;
	packed: number;
}

function locate(attempts: readonly HandInAttempt[], layout: Layout): Located[] {
	const ruleIndex = new Map(layout.rules.map((rule, index) => [rule.id, index]));
	return attempts.map((attempt) => {
		const rule = ruleIndex.get(attempt.ruleId);
		const scenario =
			rule === undefined ? -1 : layout.rules[rule]!.scenarios.indexOf(attempt.scenarioId);
		if (rule === undefined || scenario < 0) {
			throw new HandInEncodeError(`unknown scenario ${attempt.ruleId}/${attempt.scenarioId}`);
		}
		const packed =
			scenario * 4 + (attempt.outcome === 'right' ? 2 : 0) + (attempt.firstTry ? 1 : 0);
		return { attempt, rule, scenario, packed };
	});
}

function compareLocated(a: Located, b: Located): number {
	return (
		a.rule - b.rule ||
		a.attempt.ruleVersion - b.attempt.ruleVersion ||
		a.attempt.at - b.attempt.at ||
		a.packed - b.packed
	);
}

/** The order the code stores attempts in: by rule (layout order), version, time. */
export function canonicalOrder(
	attempts: readonly HandInAttempt[],
	layout: Layout
): HandInAttempt[] {
	return locate(attempts, layout)
		.sort(compareLocated)
		.map((l) => l.attempt);
}

const isWholeSeconds = (ms: number) => Number.isSafeInteger(ms) && ms >= 0 && ms % 1000 === 0;

function writeId(writer: ByteWriter, id: string | undefined) {
	if (id === undefined) writer.byte(2);
	else if (isUuid(id)) {
		writer.byte(0);
		writer.raw(uuidToBytes(id));
	} else {
		if (id.length === 0 || id.length > maxIdLength) throw new HandInEncodeError('id length');
		writer.byte(1);
		writer.text(id);
	}
}

function readId(reader: ByteReader): string | undefined {
	const tag = reader.byte();
	if (tag === 2) return undefined;
	if (tag === 0) return bytesToUuid(reader.raw(16));
	if (tag === 1) {
		const id = reader.text(maxIdLength * 4);
		if (id.length === 0 || id.length > maxIdLength || isUuid(id)) {
			throw new MalformedBytes('bad id');
		}
		return id;
	}
	throw new MalformedBytes('bad id tag');
}

function validName(name: string): boolean {
	const length = [...name].length;
	return length > 0 && length <= maxNameLength;
}

const validAvatar = (avatar: string) =>
	avatar.length > 0 && avatar.length <= maxAvatarLength && /^[a-z0-9-]+$/.test(avatar);

function keyOf(joinCode: string): Uint8Array {
	return new TextEncoder().encode(joinCode.toUpperCase());
}

/** Encodes every attempt given, exactly; throws HandInEncodeError for what a code cannot hold. */
export async function encodeHandIn(
	handIn: HandIn,
	joinCode: string,
	layout: Layout
): Promise<string> {
	const { profile, attempts } = handIn;
	if (!/^[0-9a-f]{12}$/.test(handIn.contentVersion)) {
		throw new HandInEncodeError('content version');
	}
	if (!isWholeSeconds(handIn.createdAt)) throw new HandInEncodeError('createdAt');
	if (!validName(profile.name)) throw new HandInEncodeError('name');
	if (!validAvatar(profile.avatar)) throw new HandInEncodeError('avatar');
	if (!ageBands.includes(profile.band)) throw new HandInEncodeError('band');
	if (attempts.length > maxAttempts) throw new HandInEncodeError('too many attempts');
	for (const attempt of attempts) {
		if (!isWholeSeconds(attempt.at)) throw new HandInEncodeError('attempt time');
		if (!Number.isSafeInteger(attempt.ruleVersion) || attempt.ruleVersion < 1) {
			throw new HandInEncodeError('rule version');
		}
	}

	const located = locate(attempts, layout).sort(compareLocated);
	const writer = new ByteWriter();
	writer.byte(handInFormat);
	writer.raw(layout.hash);
	writer.raw(hexToBytes(handIn.contentVersion));
	writer.varint(handIn.createdAt / 1000);
	const t0 = located.length > 0 ? Math.min(...located.map((l) => l.attempt.at)) / 1000 : 0;
	writer.varint(t0);
	writeId(writer, profile.id);
	writeId(writer, profile.groupId);
	writer.text(profile.name);
	writer.text(profile.avatar);
	writer.byte(ageBands.indexOf(profile.band));

	const groups: Located[][] = [];
	for (const item of located) {
		const last = groups.at(-1);
		const head = last?.[0];
		if (head && head.rule === item.rule && head.attempt.ruleVersion === item.attempt.ruleVersion) {
			last.push(item);
		} else groups.push([item]);
	}
	writer.varint(groups.length);
	for (const group of groups) {
		const head = group[0]!;
		writer.varint(head.rule);
		writer.varint(head.attempt.ruleVersion);
		writer.varint(group.length);
		let previous = t0;
		for (const item of group) {
			const seconds = item.attempt.at / 1000;
			writer.varint(item.packed);
			writer.varint(seconds - previous);
			previous = seconds;
		}
	}

	const body = writer.done();
	const mac = (await hmacSha256(keyOf(joinCode), body)).slice(0, macLength);
	const signed = concat(body, mac);
	const check = (await sha256(signed)).slice(0, checkLength);
	return handInPrefix + toBase45(concat(signed, check));
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
	const out = new Uint8Array(a.length + b.length);
	out.set(a);
	out.set(b, a.length);
	return out;
}

/**
 * Why a code or file is refused: not a Klikwijs code at all, too big to read, damaged (a
 * character changed or missing), made by another version of the hand-in format, not made with
 * the join code of any group on this device (another group or school, a mistyped or made-up
 * code), or made with other lessons.
 */
export type HandInProblem =
	'not-klikwijs' | 'too-big' | 'damaged' | 'format' | 'unknown-group' | 'outdated';

export type DecodeResult =
	{ ok: true; handIn: HandIn; joinCode: string } | { ok: false; problem: HandInProblem };

/** Reads a code; every refusal names its reason and nothing about it is trusted. */
export async function decodeHandIn(
	text: string,
	layout: Layout,
	joinCodes: readonly string[]
): Promise<DecodeResult> {
	if (text.length > maxCodeLength) return { ok: false, problem: 'too-big' };
	if (!text.startsWith(handInPrefix)) return { ok: false, problem: 'not-klikwijs' };
	const bytes = fromBase45(text.slice(handInPrefix.length));
	if (!bytes || bytes.length < 1 + macLength + checkLength) {
		return { ok: false, problem: 'damaged' };
	}
	const signed = bytes.slice(0, bytes.length - checkLength);
	const check = bytes.slice(bytes.length - checkLength);
	if (!sameBytes((await sha256(signed)).slice(0, checkLength), check)) {
		return { ok: false, problem: 'damaged' };
	}
	const body = signed.slice(0, signed.length - macLength);
	const mac = signed.slice(signed.length - macLength);
	if (body[0] !== handInFormat) return { ok: false, problem: 'format' };
	let joinCode: string | undefined;
	for (const code of joinCodes) {
		const expected = (await hmacSha256(keyOf(code), body)).slice(0, macLength);
		if (sameBytes(expected, mac)) {
			joinCode = code;
			break;
		}
	}
	if (joinCode === undefined) return { ok: false, problem: 'unknown-group' };
	if (!sameBytes(body.slice(1, 5), layout.hash)) return { ok: false, problem: 'outdated' };
	try {
		return { ok: true, handIn: readBody(body, layout), joinCode };
	} catch (error) {
		if (error instanceof MalformedBytes) return { ok: false, problem: 'damaged' };
		throw error;
	}
}

function readBody(body: Uint8Array, layout: Layout): HandIn {
	const reader = new ByteReader(body);
	reader.raw(5); // format and layout, checked before
	const contentVersion = bytesToHex(reader.raw(6));
	const createdAt = reader.varint() * 1000;
	const t0 = reader.varint();
	const id = readId(reader);
	if (id === undefined) throw new MalformedBytes('no profile id');
	const groupId = readId(reader);
	const name = reader.text(maxNameLength * 4);
	if (!validName(name)) throw new MalformedBytes('bad name');
	const avatar = reader.text(maxAvatarLength);
	if (!validAvatar(avatar)) throw new MalformedBytes('bad avatar');
	const band = ageBands[reader.byte()];
	if (!band) throw new MalformedBytes('bad band');

	const attempts: HandInAttempt[] = [];
	const groupCount = reader.varint();
	let previousGroup: [number, number] | undefined;
	for (let g = 0; g < groupCount; g += 1) {
		const ruleIndex = reader.varint();
		const ruleVersion = reader.varint();
		const count = reader.varint();
		const rule = layout.rules[ruleIndex];
		if (!rule || ruleVersion < 1 || count < 1) throw new MalformedBytes('bad group');
		if (
			previousGroup &&
			(ruleIndex < previousGroup[0] ||
				(ruleIndex === previousGroup[0] && ruleVersion <= previousGroup[1]))
		) {
			throw new MalformedBytes('groups out of order');
		}
		previousGroup = [ruleIndex, ruleVersion];
		if (attempts.length + count > maxAttempts) throw new MalformedBytes('too many attempts');
		let seconds = t0;
		let previousPacked = -1;
		for (let i = 0; i < count; i += 1) {
			const packed = reader.varint();
			const delta = reader.varint();
			const scenarioId = rule.scenarios[Math.floor(packed / 4)];
			if (scenarioId === undefined) throw new MalformedBytes('bad scenario');
			if (delta === 0 && packed < previousPacked) throw new MalformedBytes('out of order');
			seconds += delta;
			previousPacked = packed;
			attempts.push({
				ruleId: rule.id,
				ruleVersion,
				scenarioId,
				outcome: packed & 2 ? 'right' : 'wrong',
				firstTry: (packed & 1) === 1,
				at: seconds * 1000
			});
		}
	}
	if (reader.remaining !== 0) throw new MalformedBytes('trailing bytes');
	const profile: HandInProfile = { id, name, avatar, band };
	if (groupId !== undefined) profile.groupId = groupId;
	return { contentVersion, createdAt, profile, attempts };
}

/**
 * Fewer attempts for a QR code that would be too big, keeping what the teacher's figures need.
 * Level 1 leaves out wrong answers that were not a first try. Level 2 keeps, per scenario, the
 * pupil's very first answer ("moeilijk voor de groep") and per rule version the first right
 * answer and the first right-first-time answer (done, the date, the stars). Merging is a union,
 * so a compact code never removes anything the teacher already has.
 */
export function compactAttempts(
	attempts: readonly HandInAttempt[],
	level: 0 | 1 | 2
): HandInAttempt[] {
	if (level === 0) return [...attempts];
	if (level === 1) return attempts.filter((a) => a.firstTry || a.outcome === 'right');
	const keep = new Map<string, HandInAttempt>();
	const earliest = (key: string, attempt: HandInAttempt, preferWrong = false) => {
		const kept = keep.get(key);
		// Two first answers in the same second (a quick replay): keep the wrong one, because
		// "moeilijk voor de groep" counts wrong first answers; the star keeps the right one.
		const tieWrong =
			preferWrong &&
			kept?.at === attempt.at &&
			attempt.outcome === 'wrong' &&
			kept.outcome !== 'wrong';
		if (!kept || attempt.at < kept.at || tieWrong) keep.set(key, attempt);
	};
	for (const a of attempts) {
		const scenario = `${a.ruleId}\0${a.scenarioId}`;
		if (a.firstTry) earliest(`first\0${scenario}`, a, true);
		if (a.outcome === 'right') earliest(`right\0${a.ruleVersion}\0${scenario}`, a);
		if (a.outcome === 'right' && a.firstTry) earliest(`star\0${a.ruleVersion}\0${scenario}`, a);
	}
	return [...new Set(keep.values())];
}

/** The code for the QR code: every attempt if it fits, else the compact levels in turn. */
export async function qrCodeFor(
	handIn: HandIn,
	joinCode: string,
	layout: Layout,
	budget = qrBudget
): Promise<{ code: string; level: 0 | 1 | 2 } | undefined> {
	for (const level of [0, 1, 2] as const) {
		const code = await encodeHandIn(
			{ ...handIn, attempts: compactAttempts(handIn.attempts, level) },
			joinCode,
			layout
		);
		if (code.length <= budget) return { code, level };
	}
	return undefined;
}

/** The hand-in file: a small JSON text, so a teacher who opens it sees what it is. */
export function handInFileText(code: string, name: string): string {
	return `${JSON.stringify({ klikwijs: 'hand-in', name, code }, null, 1)}\n`;
}

/** Largest hand-in file read at all. */
export const maxFileBytes = 200_000;

/** The code inside a hand-in file (or a text file with only the code in it). */
export function codeFromFile(text: string): { code: string } | { problem: HandInProblem } {
	if (text.length > maxFileBytes) return { problem: 'too-big' };
	// Base45 may end in a space, so only line breaks are taken off the end of a bare code.
	const bare = text.replace(/^\uFEFF/, '').trimStart();
	if (bare.startsWith(handInPrefix)) return { code: bare.replace(/[\r\n]+$/, '') };
	const trimmed = bare.trim();
	try {
		const parsed: unknown = JSON.parse(trimmed);
		if (
			typeof parsed === 'object' &&
			parsed !== null &&
			(parsed as { klikwijs?: unknown }).klikwijs === 'hand-in' &&
			typeof (parsed as { code?: unknown }).code === 'string'
		) {
			return { code: (parsed as { code: string }).code };
		}
	} catch {
		// Not JSON: not a hand-in file.
	}
	return { problem: 'not-klikwijs' };
}
