import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupText, exportBackup, importBackup, parseBackup } from '$lib/progress/backup';
import { KlikwijsDb } from '$lib/progress/db';
import { addPupils, createGroup } from '$lib/progress/groups';
import { encodeHandIn, layoutOf } from '$lib/progress/handin';
import { handInKey, pupilHandIn } from '$lib/progress/handin-export';
import { applyHandIn, matchHandIn, readHandIn } from '$lib/progress/handin-import';
import { createProfile, recordAttempt } from '$lib/progress/progress';
import { ruleOf, testRules } from './fixtures';

/**
 * 10,000 random and mutated hand-in codes and backup files thrown at the teacher's device:
 * none may crash, and none may change a stored record. A mutated input that still decodes must
 * be the original (its checksum holds), and importing that again changes nothing.
 */
const contentVersion = 'abcdef012345';
const layout = await layoutOf(testRules);
let teacher: KlikwijsDb;
let code = '';
let backup = '';

const snapshot = async () =>
	JSON.stringify({
		groups: await teacher.groups.orderBy('id').toArray(),
		profiles: await teacher.profiles.orderBy('id').toArray(),
		attempts: await teacher.attempts.orderBy('id').toArray(),
		progress: (await teacher.ruleProgress.toArray()).map(({ updatedAt: _, ...p }) => p)
	});

beforeAll(async () => {
	teacher = new KlikwijsDb(`fuzz-teacher-${crypto.randomUUID()}`);
	const pupilDevice = new KlikwijsDb(`fuzz-pupil-${crypto.randomUUID()}`);
	await Promise.all([teacher.open(), pupilDevice.open()]);
	const group = await createGroup(teacher, { name: 'Groep 6b', band: '5-6' });
	const [atSchool] = await addPupils(teacher, group, [{ name: 'Sanne', avatar: 'fox' }]);
	const sanne = await createProfile(pupilDevice, { name: 'Sanne', avatar: 'fox', band: '5-6' });
	await pupilDevice.profiles.update(sanne.id, { joinCode: group.joinCode });
	const rule = ruleOf('ask-first');
	if (!rule || !atSchool) throw new Error('fixture');
	for (const scenarioId of ['one', 'two']) {
		const base = { profileId: sanne.id, rule, band: '5-6' as const, scenarioId };
		await recordAttempt(pupilDevice, { ...base, outcome: 'wrong', firstTry: true });
		await recordAttempt(pupilDevice, { ...base, outcome: 'right', firstTry: false });
	}
	const fresh = await pupilDevice.profiles.get(sanne.id);
	const key = fresh && (await handInKey(pupilDevice, fresh));
	if (!fresh || !key) throw new Error('fixture');
	code = await encodeHandIn(
		await pupilHandIn(pupilDevice, fresh, layout, contentVersion),
		key,
		layout
	);
	const read = await readHandIn(teacher, code, layout);
	if (!read.ok) throw new Error(read.problem);
	await applyHandIn(teacher, read.handIn, read.group, { profileId: atSchool.id }, ruleOf);
	backup = backupText(await exportBackup(teacher, contentVersion));
	await pupilDevice.delete();
});
afterAll(() => teacher.delete());

/** Random text, or the valid input with characters flipped, cut, doubled or inserted. */
const mutated = (valid: () => string) =>
	fc.oneof(
		fc.string({ maxLength: 300 }),
		fc.string({ unit: 'binary', maxLength: 300 }),
		fc
			.record({
				at: fc.nat(),
				cut: fc.nat(),
				insert: fc.string({ maxLength: 4 }),
				kind: fc.constantFrom('flip', 'cut', 'insert', 'double', 'swap')
			})
			.map(({ at, cut, insert, kind }) => {
				const text = valid();
				const i = at % text.length;
				const j = (i + 1 + (cut % 40)) % (text.length + 1);
				if (kind === 'flip')
					return (
						text.slice(0, i) +
						String.fromCharCode(text.charCodeAt(i) ^ (1 + (cut % 31))) +
						text.slice(i + 1)
					);
				if (kind === 'cut') return text.slice(0, i) + text.slice(Math.max(i, j));
				if (kind === 'insert') return text.slice(0, i) + insert + text.slice(i);
				if (kind === 'double') return text + text.slice(i, j);
				return text.slice(0, i) + text.slice(j) + text.slice(i, j);
			})
	);

describe('imports under 10,000 random and mutated inputs', () => {
	it('5,000 hand-in codes: no crash, no changed record', async () => {
		const before = await snapshot();
		let accepted = 0;
		await fc.assert(
			fc.asyncProperty(
				mutated(() => code),
				async (text) => {
					const read = await readHandIn(teacher, text, layout);
					if (!read.ok) return;
					accepted += 1;
					const match = await matchHandIn(teacher, read.handIn, read.group);
					if (match.kind !== 'profile') throw new Error(`an accepted code matched ${match.kind}`);
					const result = await applyHandIn(
						teacher,
						read.handIn,
						read.group,
						{ profileId: match.profile.id },
						ruleOf
					);
					expect(result.added).toBe(0);
				}
			),
			{ numRuns: 5_000 }
		);
		expect(await snapshot()).toBe(before);
		// Some mutations keep a code valid (upper/lower case in the prefix, say); never most.
		expect(accepted).toBeLessThan(500);
	}, 300_000);

	it('5,000 backup files: no crash, no changed record', async () => {
		const before = await snapshot();
		await fc.assert(
			fc.asyncProperty(
				mutated(() => backup),
				async (text) => {
					const parsed = parseBackup(text);
					if (!parsed.ok) return;
					await importBackup(teacher, parsed.backup, { contentVersion, ruleOf });
				}
			),
			{ numRuns: 5_000 }
		);
		expect(await snapshot()).toBe(before);
	}, 300_000);
});
