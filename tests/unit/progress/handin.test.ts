import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageBands } from '$lib/content/schema';
import { base45Alphabet, fromBase45, hmacSha256, sha256, toBase45 } from '$lib/progress/bytes';
import {
	canonicalOrder,
	codeFromFile,
	compactAttempts,
	decodeHandIn,
	encodeHandIn,
	handInFileText,
	handInPrefix,
	layoutOf,
	maxCodeLength,
	qrBudget,
	qrCodeFor,
	type HandIn,
	type HandInAttempt
} from '$lib/progress/handin';
import { masteryOf } from '$lib/progress/mastery';

// A catalog the size the school is heading for: 30 rules of 1–6 scenarios.
const catalog = Array.from({ length: 30 }, (_, r) => ({
	id: `rule-${r}`,
	scenarios: Array.from({ length: 1 + (r % 6) }, (_, s) => ({ id: `rule-${r}-scenario-${s}` }))
}));
const layout = await layoutOf(catalog);
const joinCode = 'ABCDE7';
const otherCodes = ['XYZ23Q', 'KMNPQ4'];

const attemptArb = fc
	.record({
		rule: fc.nat({ max: catalog.length - 1 }),
		scenario: fc.nat({ max: 5 }),
		ruleVersion: fc.integer({ min: 1, max: 1000 }),
		outcome: fc.constantFrom('right' as const, 'wrong' as const),
		firstTry: fc.boolean(),
		seconds: fc.integer({ min: 0, max: 4_000_000_000 })
	})
	.map(({ rule, scenario, seconds, ...rest }): HandInAttempt => {
		const r = catalog[rule]!;
		return {
			ruleId: r.id,
			scenarioId: r.scenarios[scenario % r.scenarios.length]!.id,
			at: seconds * 1000,
			...rest
		};
	});

// Profile ids are UUIDs in the app; other ids (older data, tests) travel as text.
const idArb = fc.oneof(
	fc.uuid({ version: 4 }),
	fc.string({ minLength: 1, maxLength: 64 }).filter((s) => !/^[0-9a-f-]{36}$/.test(s))
);

const handInArb: fc.Arbitrary<HandIn> = fc
	.record({
		contentVersion: fc.stringMatching(/^[0-9a-f]{12}$/),
		createdAt: fc.integer({ min: 0, max: 4_000_000_000 }).map((s) => s * 1000),
		id: idArb,
		groupId: fc.option(idArb, { nil: undefined }),
		name: fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
		avatar: fc.stringMatching(/^[a-z0-9-]{1,24}$/),
		band: fc.constantFrom(...ageBands),
		attempts: fc.array(attemptArb, { maxLength: 120 })
	})
	.map(({ contentVersion, createdAt, attempts, ...profile }) => ({
		contentVersion,
		createdAt,
		profile,
		attempts
	}));

const expected = (handIn: HandIn) => ({
	ok: true,
	joinCode,
	handIn: { ...handIn, attempts: canonicalOrder(handIn.attempts, layout) }
});

const mutationArb = fc.oneof(
	fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), char: fc.nat({ max: 44 }) }),
	fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), char: fc.nat({ max: 44 }) }),
	fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('append' as const), char: fc.nat({ max: 44 }) })
);
type Mutation = typeof mutationArb extends fc.Arbitrary<infer M> ? M : never;

function mutate(code: string, mutations: Mutation[]): string {
	let text = code;
	for (const m of mutations) {
		const at = 'at' in m ? m.at % Math.max(text.length, 1) : 0;
		const char = 'char' in m ? base45Alphabet[m.char]! : '';
		if (m.kind === 'replace') text = text.slice(0, at) + char + text.slice(at + 1);
		if (m.kind === 'delete') text = text.slice(0, at) + text.slice(at + 1);
		if (m.kind === 'insert') text = text.slice(0, at) + char + text.slice(at);
		if (m.kind === 'swap')
			text = text.slice(0, at) + text.slice(at + 1, at + 2) + text[at] + text.slice(at + 2);
		if (m.kind === 'truncate') text = text.slice(0, at);
		if (m.kind === 'append') text += char;
	}
	return text;
}

const sample: HandIn = {
	contentVersion: '0123456789ab',
	createdAt: 1_760_000_000_000,
	profile: { id: crypto.randomUUID(), name: 'Sanne', avatar: 'fox', band: '5-6' },
	attempts: [
		{
			ruleId: 'rule-3',
			ruleVersion: 1,
			scenarioId: 'rule-3-scenario-1',
			outcome: 'wrong',
			firstTry: true,
			at: 1_759_999_000_000
		},
		{
			ruleId: 'rule-3',
			ruleVersion: 1,
			scenarioId: 'rule-3-scenario-1',
			outcome: 'right',
			firstTry: false,
			at: 1_759_999_010_000
		}
	]
};

describe('the hand-in code', () => {
	it('decodes every valid hand-in to exactly what was encoded (1,000 random hand-ins)', async () => {
		await fc.assert(
			fc.asyncProperty(handInArb, async (handIn) => {
				const code = await encodeHandIn(handIn, joinCode, layout);
				expect(code.startsWith(handInPrefix)).toBe(true);
				expect([...code.slice(handInPrefix.length)].every((c) => base45Alphabet.includes(c))).toBe(
					true
				);
				const decoded = await decodeHandIn(code, layout, [...otherCodes, joinCode]);
				expect(decoded).toEqual(expected(handIn));
			}),
			{ numRuns: 1000 }
		);
	});

	it('refuses every damaged code, or it decodes to exactly the original (1,000 mutations)', async () => {
		let refused = 0;
		await fc.assert(
			fc.asyncProperty(
				handInArb,
				fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
				async (handIn, mutations) => {
					const code = await encodeHandIn(handIn, joinCode, layout);
					const damaged = mutate(code, mutations);
					const decoded = await decodeHandIn(damaged, layout, [joinCode]);
					if (decoded.ok) expect(decoded).toEqual(expected(handIn));
					else {
						refused += 1;
						expect(['damaged', 'not-klikwijs']).toContain(decoded.problem);
					}
				}
			),
			{ numRuns: 1000 }
		);
		expect(refused).toBeGreaterThan(900);
	});

	it('refuses random text and random bytes (1,000 each)', async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), async (text) => {
				const decoded = await decodeHandIn(text, layout, [joinCode]);
				expect(decoded.ok).toBe(false);
			}),
			{ numRuns: 1000 }
		);
		await fc.assert(
			fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
				const decoded = await decodeHandIn(handInPrefix + toBase45(bytes), layout, [joinCode]);
				expect(decoded).toMatchObject({ ok: false });
			}),
			{ numRuns: 1000 }
		);
	});

	it('refuses a well-formed body that fails the checksum with another key, even after resigning', async () => {
		// A forger who recomputes only the unkeyed check still needs the group's join code.
		await fc.assert(
			fc.asyncProperty(handInArb, fc.nat(), fc.nat({ max: 255 }), async (handIn, at, value) => {
				const code = await encodeHandIn(handIn, joinCode, layout);
				const bytes = fromBase45(code.slice(handInPrefix.length))!;
				const body = bytes.slice(0, bytes.length - 12);
				const index = 1 + (at % (body.length - 1));
				if (body[index] === value) return;
				body[index] = value;
				const signed = new Uint8Array([...body, ...bytes.slice(body.length, bytes.length - 4)]);
				const check = (await sha256(signed)).slice(0, 4);
				const forged = handInPrefix + toBase45(new Uint8Array([...signed, ...check]));
				const decoded = await decodeHandIn(forged, layout, [joinCode]);
				expect(decoded).toEqual({ ok: false, problem: 'unknown-group' });
			}),
			{ numRuns: 200 }
		);
	});

	it('says which check failed', async () => {
		const code = await encodeHandIn(sample, joinCode, layout);
		expect(await decodeHandIn(code, layout, otherCodes)).toEqual({
			ok: false,
			problem: 'unknown-group'
		});
		expect(await decodeHandIn(code, layout, [])).toEqual({ ok: false, problem: 'unknown-group' });
		const otherLessons = await layoutOf([...catalog, { id: 'new-rule', scenarios: [{ id: 'a' }] }]);
		expect(await decodeHandIn(code, otherLessons, [joinCode])).toEqual({
			ok: false,
			problem: 'outdated'
		});
		expect(await decodeHandIn('https://example.com/', layout, [joinCode])).toEqual({
			ok: false,
			problem: 'not-klikwijs'
		});
		expect(
			await decodeHandIn(`${code}A`.repeat(1 + maxCodeLength / code.length), layout, [joinCode])
		).toEqual({ ok: false, problem: 'too-big' });
		expect(await decodeHandIn(code.slice(0, -3), layout, [joinCode])).toEqual({
			ok: false,
			problem: 'damaged'
		});
		// A later format of the code, properly signed: this app cannot read it.
		const bytes = fromBase45(code.slice(handInPrefix.length))!;
		const body = bytes.slice(0, bytes.length - 12);
		body[0] = 2;
		const mac = (await hmacSha256(new TextEncoder().encode(joinCode), body)).slice(0, 8);
		const signed = new Uint8Array([...body, ...mac]);
		const next =
			handInPrefix + toBase45(new Uint8Array([...signed, ...(await sha256(signed)).slice(0, 4)]));
		expect(await decodeHandIn(next, layout, [joinCode])).toEqual({ ok: false, problem: 'format' });
	});

	it('is keyed with the join code in any letter case the pupil typed', async () => {
		const code = await encodeHandIn(sample, 'abcde7', layout);
		expect(await decodeHandIn(code, layout, [joinCode])).toMatchObject({ ok: true });
	});

	it('refuses to encode what it cannot carry', async () => {
		const bad = (change: Partial<HandIn> | { profile: Partial<HandIn['profile']> }) =>
			encodeHandIn(
				{
					...sample,
					...change,
					profile: { ...sample.profile, ...('profile' in change ? change.profile : {}) }
				} as HandIn,
				joinCode,
				layout
			);
		await expect(bad({ contentVersion: 'dev' })).rejects.toThrow('content version');
		await expect(bad({ profile: { name: '' } })).rejects.toThrow('name');
		await expect(bad({ profile: { name: 'x'.repeat(21) } })).rejects.toThrow('name');
		await expect(bad({ profile: { avatar: 'Fox!' } })).rejects.toThrow('avatar');
		await expect(
			bad({ attempts: [{ ...sample.attempts[0]!, scenarioId: 'gone' }] })
		).rejects.toThrow('unknown scenario');
		await expect(bad({ attempts: [{ ...sample.attempts[0]!, at: 1500 }] })).rejects.toThrow(
			'attempt time'
		);
	});

	it('travels in a file, and a file that is not a hand-in is refused', async () => {
		const code = await encodeHandIn(sample, joinCode, layout);
		const file = handInFileText(code, 'Sanne');
		expect(codeFromFile(file)).toEqual({ code });
		expect(codeFromFile(`\uFEFF${code}\r\n`)).toEqual({ code });
		expect(codeFromFile('{"klikwijs":"backup"}')).toEqual({ problem: 'not-klikwijs' });
		expect(codeFromFile('hello')).toEqual({ problem: 'not-klikwijs' });
		expect(codeFromFile('x'.repeat(300_000))).toEqual({ problem: 'too-big' });
	});
});

describe('a compact code for the QR code', () => {
	const rule = {
		version: 2,
		scenarios: catalog[5]!.scenarios.map((s) => ({ ...s, band: 'all' as const }))
	};
	const ruleAttemptArb = fc.array(
		fc
			.record({
				scenario: fc.nat({ max: rule.scenarios.length - 1 }),
				ruleVersion: fc.integer({ min: 1, max: 3 }),
				outcome: fc.constantFrom('right' as const, 'wrong' as const),
				firstTry: fc.boolean(),
				seconds: fc.integer({ min: 0, max: 1000 })
			})
			.map(({ scenario, seconds, ...rest }): HandInAttempt => ({
				ruleId: 'rule-5',
				scenarioId: rule.scenarios[scenario]!.id,
				at: seconds * 1000,
				...rest
			})),
		{ maxLength: 60 }
	);

	const firstAnswers = (attempts: HandInAttempt[]) => {
		const first = new Map<string, number>();
		for (const a of attempts) {
			if (!a.firstTry) continue;
			const earlier = first.get(a.scenarioId);
			if (earlier === undefined || a.at < earlier) first.set(a.scenarioId, a.at);
		}
		return [...first.entries()].map(([id, at]) =>
			attempts.some(
				(a) => a.firstTry && a.scenarioId === id && a.at === at && a.outcome === 'wrong'
			)
		);
	};

	it('keeps first answers in the same second, wrong one first (found by the property below)', () => {
		const tie = (outcome: 'right' | 'wrong'): HandInAttempt => ({
			ruleId: 'rule-5',
			scenarioId: rule.scenarios[1]!.id,
			at: 545000,
			ruleVersion: 1,
			outcome,
			firstTry: true
		});
		const attempts = [tie('right'), tie('wrong')];
		const compact = compactAttempts(attempts, 2);
		expect(firstAnswers(compact).filter(Boolean)).toHaveLength(1);
		expect(masteryOf(rule, '5-6', compact)).toEqual(masteryOf(rule, '5-6', attempts));
	});

	it('keeps what the teacher’s figures need: mastery, stars, dates and the first answers (1,000 runs)', () => {
		fc.assert(
			fc.property(ruleAttemptArb, fc.constantFrom(1 as const, 2 as const), (attempts, level) => {
				const compact = compactAttempts(attempts, level);
				expect(compact.length).toBeLessThanOrEqual(attempts.length);
				for (const a of compact) expect(attempts).toContain(a);
				expect(masteryOf(rule, '5-6', compact)).toEqual(masteryOf(rule, '5-6', attempts));
				expect(firstAnswers(compact).filter(Boolean).length).toBe(
					firstAnswers(attempts).filter(Boolean).length
				);
			}),
			{ numRuns: 1000 }
		);
	});

	it('fits a pupil who played all ~28 rules in a QR code', async () => {
		const school = Array.from({ length: 28 }, (_, r) => ({
			id: `a-rule-with-a-long-name-${r}`,
			scenarios: Array.from({ length: 4 }, (_, s) => ({ id: `scenario-${r}-${s}` }))
		}));
		const schoolLayout = await layoutOf(school);
		let at = 1_760_000_000;
		const attempts: HandInAttempt[] = [];
		let coin = 7;
		const flip = () => (coin = (coin * 1103515245 + 12345) % 2 ** 31) % 10 < 3;
		for (const [r, rule] of school.entries()) {
			if (r % 3 === 0) at += 86_400 * 2; // a lesson every few days
			for (const scenario of rule.scenarios.slice(0, 3)) {
				const base = { ruleId: rule.id, ruleVersion: 1, scenarioId: scenario.id };
				at += 25 + (r % 5) * 7;
				if (flip()) {
					attempts.push({ ...base, outcome: 'wrong', firstTry: true, at: at * 1000 });
					at += 12;
					attempts.push({ ...base, outcome: 'right', firstTry: false, at: at * 1000 });
				} else attempts.push({ ...base, outcome: 'right', firstTry: true, at: at * 1000 });
			}
		}
		const handIn: HandIn = { ...sample, attempts };
		const code = await encodeHandIn(handIn, joinCode, schoolLayout);
		const bytes = fromBase45(code.slice(handInPrefix.length))!.length;
		console.info(
			`hand-in for 28 rules, ${attempts.length} attempts: ${bytes} bytes, ${code.length} characters`
		);
		expect(code.length).toBeLessThan(qrBudget);
		expect(await qrCodeFor(handIn, joinCode, schoolLayout)).toEqual({ code, level: 0 });

		// A pupil who replayed everything five times still gets a QR code, a compact one.
		const replayed = Array.from({ length: 5 }, (_, i) =>
			attempts.map((a) => ({ ...a, at: a.at + i * 30 * 86_400_000 }))
		).flat();
		const qr = await qrCodeFor({ ...handIn, attempts: replayed }, joinCode, schoolLayout);
		expect(qr?.level).toBe(2);
		expect(qr!.code.length).toBeLessThanOrEqual(qrBudget);
		const decoded = await decodeHandIn(qr!.code, schoolLayout, [joinCode]);
		expect(decoded.ok && decoded.handIn.attempts.length).toBeGreaterThan(0);
	});
});
