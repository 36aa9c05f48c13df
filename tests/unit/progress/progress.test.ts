import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RuleSummary } from '$lib/content/schema';
import { KlikwijsDb } from '$lib/progress/db';
import {
	attemptsOfPupils,
	createProfile,
	progressOf,
	progressOfPupils,
	readSetting,
	recordAttempt,
	StorageProblem,
	trySave,
	writeSetting
} from '$lib/progress/progress';
import { requestPersistence } from '$lib/progress/storage';

const text = { nl: 'x', en: 'x' };
const rule: RuleSummary = {
	id: 'ask-before-internet',
	version: 1,
	category: 'online',
	audience: 'pupil',
	sticker: 'hand',
	title: text,
	summary: text,
	scenarios: [
		{ id: 'one', band: 'all', type: 'choice' },
		{ id: 'two', band: '3-4', type: 'choice' }
	]
};

let db: KlikwijsDb;
beforeEach(async () => {
	db = new KlikwijsDb(`test-${crypto.randomUUID()}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

/** The pupil answers scenario "one" right at the first try. */
const rightFirstTime = (profileId: string) =>
	recordAttempt(db, {
		profileId,
		rule,
		band: '3-4',
		scenarioId: 'one',
		outcome: 'right',
		firstTry: true
	});

describe('the progress database', () => {
	it('keeps each pupil’s progress apart on a shared device', async () => {
		const sanne = await createProfile(db, { name: 'Sanne', avatar: 'fox', band: '3-4' });
		const daan = await createProfile(db, { name: 'Daan', avatar: 'owl', band: '3-4' });
		await recordAttempt(db, {
			profileId: sanne.id,
			rule,
			band: '3-4',
			scenarioId: 'one',
			outcome: 'right',
			firstTry: true
		});
		expect(await progressOf(db, sanne.id)).toHaveLength(1);
		expect(await progressOf(db, daan.id)).toEqual([]);
	});

	it('reads the progress and attempts of a group’s pupils, and of no one else', async () => {
		const [sanne, daan, noor] = await Promise.all(
			['Sanne', 'Daan', 'Noor'].map((name) =>
				createProfile(db, { name, avatar: 'fox', band: '3-4' })
			)
		);
		for (const pupil of [sanne!, daan!, noor!]) {
			await rightFirstTime(pupil.id);
		}
		const ids = [sanne!.id, noor!.id];
		const progress = await progressOfPupils(db, ids);
		expect(progress.map((p) => p.profileId).sort()).toEqual([...ids].sort());
		const attempts = await attemptsOfPupils(db, ids);
		expect(attempts.map((a) => a.profileId).sort()).toEqual([...ids].sort());
		expect(await progressOfPupils(db, [])).toEqual([]);
	});

	it('appends attempts with random ids and derives rule progress in the same transaction', async () => {
		const pupil = await createProfile(db, { name: 'Sanne', avatar: 'fox', band: '3-4' });
		const input = { profileId: pupil.id, rule, band: '3-4' as const };
		await recordAttempt(db, { ...input, scenarioId: 'one', outcome: 'wrong', firstTry: true });
		await recordAttempt(db, { ...input, scenarioId: 'one', outcome: 'right', firstTry: false });
		const progress = await recordAttempt(db, {
			...input,
			scenarioId: 'two',
			outcome: 'right',
			firstTry: true
		});
		expect(progress).toMatchObject({ completed: true, stars: 1, total: 2, right: ['one', 'two'] });
		expect(await db.ruleProgress.get([pupil.id, rule.id])).toEqual(progress);
		const attempts = await db.attempts.toArray();
		expect(attempts).toHaveLength(3);
		expect(new Set(attempts.map((a) => a.id)).size).toBe(3);
	});

	it('rolls back the attempt when the derived progress cannot be written', async () => {
		const pupil = await createProfile(db, { name: 'Sanne', avatar: 'fox', band: '3-4' });
		db.ruleProgress.hook('creating', () => {
			throw new Error('disk trouble');
		});
		await expect(
			recordAttempt(db, {
				profileId: pupil.id,
				rule,
				band: '3-4',
				scenarioId: 'one',
				outcome: 'right',
				firstTry: true
			})
		).rejects.toThrow('disk trouble');
		expect(await db.attempts.count()).toBe(0);
	});

	it('turns a full disk into a StorageProblem the app can explain, keeping what was stored', async () => {
		const pupil = await createProfile(db, { name: 'Sanne', avatar: 'fox', band: '3-4' });
		await rightFirstTime(pupil.id);
		db.attempts.hook('creating', () => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		const saving = recordAttempt(db, {
			profileId: pupil.id,
			rule,
			band: '3-4',
			scenarioId: 'two',
			outcome: 'right',
			firstTry: true
		});
		await expect(saving).rejects.toBeInstanceOf(StorageProblem);
		await expect(saving).rejects.toMatchObject({ kind: 'full' });
		expect(await db.attempts.count()).toBe(1);
		expect((await progressOf(db, pupil.id))[0]?.right).toEqual(['one']);
	});

	it('hands a storage problem back to the page, and throws anything else', async () => {
		expect(await trySave(Promise.resolve(3))).toEqual({ saved: 3 });
		expect(await trySave(Promise.reject(new StorageProblem('full')))).toEqual({
			problem: 'full'
		});
		await expect(trySave(Promise.reject(new TypeError('a bug')))).rejects.toThrow('a bug');
	});

	it('stores settings', async () => {
		await writeSetting(db, 'locale', 'en');
		expect(await readSetting(db, 'locale')).toBe('en');
		expect(await readSetting(db, 'missing')).toBeUndefined();
	});
});

describe('requestPersistence', () => {
	it('reports whether the browser keeps the data', async () => {
		expect(await requestPersistence(undefined)).toBe('unsupported');
		expect(
			await requestPersistence({ persisted: async () => true, persist: async () => false })
		).toBe('persisted');
		expect(
			await requestPersistence({ persisted: async () => false, persist: async () => true })
		).toBe('persisted');
		expect(
			await requestPersistence({ persisted: async () => false, persist: async () => false })
		).toBe('not-persisted');
		expect(
			await requestPersistence({
				persisted: async () => {
					throw new Error('no');
				},
				persist: async () => true
			})
		).toBe('not-persisted');
	});
});
