import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KlikwijsDb } from '$lib/progress/db';
import { discussionsKey, recordDiscussion, withDiscussion } from '$lib/progress/discussions';
import { activeGroupKey } from '$lib/progress/groups';
import { readSetting, writeSetting } from '$lib/progress/progress';

let db: KlikwijsDb;
beforeEach(async () => {
	db = new KlikwijsDb(`discussed-${crypto.randomUUID()}`);
	await db.open();
});
afterEach(() => db.delete());

describe('met de groep besproken', () => {
	it('keeps the latest date and every scenario discussed per rule', () => {
		const once = withDiscussion({}, 'ask', 'one', 10);
		const twice = withDiscussion(once, 'ask', 'two', 20);
		expect(twice).toEqual({ ask: { at: 20, scenarios: ['one', 'two'] } });
		expect(withDiscussion(twice, 'ask', 'one', 5)).toEqual({
			ask: { at: 20, scenarios: ['one', 'two'] }
		});
	});

	it('is recorded only with a group on the device and a teacher PIN set', async () => {
		expect(await recordDiscussion(db, 'ask', 'one', 'teacher.pin')).toBe(false);
		await writeSetting(db, activeGroupKey, 'g1');
		expect(await recordDiscussion(db, 'ask', 'one', 'teacher.pin')).toBe(false);
		await writeSetting(db, 'teacher.pin', { hash: 'x' });
		expect(await recordDiscussion(db, 'ask', 'one', 'teacher.pin', 42)).toBe(true);
		expect(await readSetting(db, discussionsKey('g1'))).toEqual({
			ask: { at: 42, scenarios: ['one'] }
		});
	});
});
