import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KlikwijsDb } from '$lib/progress/db';
import { backupText, exportBackup, importBackup, parseBackup } from '$lib/progress/backup';
import { addPupils, createGroup, setArchived } from '$lib/progress/groups';
import { recordAttempt } from '$lib/progress/progress';
import { ruleOf, testRules } from './fixtures';

const contentVersion = 'abcdef012345';
let a: KlikwijsDb;
let b: KlikwijsDb;
beforeEach(async () => {
	a = new KlikwijsDb(`a-${crypto.randomUUID()}`);
	b = new KlikwijsDb(`b-${crypto.randomUUID()}`);
	await Promise.all([a.open(), b.open()]);
});
afterEach(() => Promise.all([a.delete(), b.delete()]));

async function fill(db: KlikwijsDb) {
	const g6 = await createGroup(db, { name: 'Groep 6b', band: '5-6' });
	const g3 = await createGroup(db, { name: 'Groep 3', band: '3-4' });
	await setArchived(db, g3.id, true);
	const pupils = await addPupils(db, g6, [
		{ name: 'Sanne', avatar: 'fox' },
		{ name: 'Daan', avatar: 'owl' },
		{ name: 'Émile', avatar: 'frog' }
	]);
	await addPupils(db, g3, [{ name: 'Bo', avatar: 'bee' }]);
	await db.profiles.update(pupils[0]!.id, { linkedIds: ['chromebook-id'] });
	for (const [i, pupil] of pupils.entries()) {
		for (const rule of testRules) {
			for (const scenario of rule.scenarios.slice(0, i + 1)) {
				const base = { profileId: pupil.id, rule, band: pupil.band, scenarioId: scenario.id };
				await recordAttempt(db, { ...base, outcome: 'wrong', firstTry: true });
				await recordAttempt(db, { ...base, outcome: 'right', firstTry: false });
			}
		}
	}
}

const everything = async (db: KlikwijsDb) => ({
	groups: await db.groups.orderBy('id').toArray(),
	profiles: await db.profiles.orderBy('id').toArray(),
	attempts: await db.attempts.orderBy('id').toArray(),
	ruleProgress: await db.ruleProgress.orderBy('[profileId+ruleId]').toArray()
});

describe('the teacher’s backup', () => {
	it('gives identical data on another device', async () => {
		await fill(a);
		const text = backupText(await exportBackup(a, contentVersion));
		const parsed = parseBackup(text);
		if (!parsed.ok) throw new Error(parsed.problem);
		const summary = await importBackup(b, parsed.backup, { contentVersion, ruleOf });
		expect(summary).toEqual({ groups: 2, pupils: 4, attempts: await a.attempts.count() });
		expect(await everything(b)).toEqual(await everything(a));
		// And back again: still identical, nothing added.
		const back = parseBackup(backupText(await exportBackup(b, contentVersion)));
		if (!back.ok) throw new Error(back.problem);
		expect(await importBackup(a, back.backup, { contentVersion, ruleOf })).toEqual({
			groups: 0,
			pupils: 0,
			attempts: 0
		});
		expect(await everything(a)).toEqual(await everything(b));
	});

	it('merges into a device that has data: a union of attempts, progress derived again', async () => {
		await fill(a);
		const backup = await exportBackup(a, contentVersion);
		// Device b has the same group (imported earlier) and one more attempt of Sanne.
		const first = await importBackup(b, backup, { contentVersion, ruleOf });
		expect(first.attempts).toBeGreaterThan(0);
		const sanne = (await b.profiles.where('name').equals('Sanne').first())!;
		await recordAttempt(b, {
			profileId: sanne.id,
			rule: testRules[0]!,
			band: '5-6',
			scenarioId: 'two',
			outcome: 'right',
			firstTry: true
		});
		await importBackup(b, backup, { contentVersion, ruleOf });
		expect(await b.attempts.count()).toBe((await a.attempts.count()) + 1);
		expect(await b.ruleProgress.get([sanne.id, 'ask-first'])).toMatchObject({
			completed: true,
			stars: 1
		});
	});

	it('refuses a damaged, foreign or oversized file and changes nothing', async () => {
		await fill(a);
		const text = backupText(await exportBackup(a, contentVersion));
		expect(parseBackup(text.slice(0, -20))).toEqual({ ok: false, problem: 'damaged' });
		expect(parseBackup('hello')).toEqual({ ok: false, problem: 'not-backup' });
		expect(parseBackup('{"name":"something else"}')).toEqual({ ok: false, problem: 'not-backup' });
		expect(parseBackup('{"klikwijs":"hand-in","code":"KLIKWIJS:…"}')).toEqual({
			ok: false,
			problem: 'hand-in'
		});
		expect(parseBackup(text.replace('"format":1', '"format":7'))).toEqual({
			ok: false,
			problem: 'format'
		});
		expect(parseBackup(text.replace('"outcome":"right"', '"outcome":"maybe"'))).toEqual({
			ok: false,
			problem: 'damaged'
		});
		expect(parseBackup(' '.repeat(60_000_001))).toEqual({ ok: false, problem: 'too-big' });

		// A file that parses but cannot be stored (two groups with one id) rolls back entirely.
		const parsed = parseBackup(text);
		if (!parsed.ok) throw new Error(parsed.problem);
		const broken = {
			...parsed.backup,
			groups: [...parsed.backup.groups, parsed.backup.groups[0]!]
		};
		await expect(importBackup(b, broken, { contentVersion, ruleOf })).rejects.toThrow();
		expect(await everything(b)).toEqual({
			groups: [],
			profiles: [],
			attempts: [],
			ruleProgress: []
		});
	});
});
