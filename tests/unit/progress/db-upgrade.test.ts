import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { KlikwijsDb } from '$lib/progress/db';

const fixture = JSON.parse(readFileSync('tests/fixtures/db/v1.json', 'utf8')) as {
	tables: Record<string, Record<string, unknown>[]>;
};

/** The schema of version 1 exactly as released (src/lib/progress/db.ts, issue 2). */
function versionOne(name: string) {
	const db = new Dexie(name);
	db.version(1).stores({
		groups: 'id, joinCode, archived',
		profiles: 'id, groupId, name',
		attempts: 'id, [profileId+ruleId], profileId, ruleId, scenarioId, at',
		ruleProgress: '[profileId+ruleId], profileId, ruleId',
		settings: 'key'
	});
	return db;
}

const sortById = <T extends object>(rows: T[]) =>
	[...rows].sort((a, b) =>
		String((a as { id?: unknown }).id).localeCompare(String((b as { id?: unknown }).id))
	);

describe('the database upgrade from version 1', () => {
	it('keeps every row, every attempt, and adds the index for linked pupil ids', async () => {
		const name = `upgrade-${crypto.randomUUID()}`;
		const old = versionOne(name);
		await old.open();
		for (const [table, rows] of Object.entries(fixture.tables))
			await old.table(table).bulkAdd(rows);
		expect(old.verno).toBe(1);
		old.close();

		const db = new KlikwijsDb(name);
		await db.open();
		expect(db.verno).toBe(2);
		expect(sortById(await db.attempts.toArray())).toEqual(sortById(fixture.tables.attempts!));
		expect(await db.attempts.count()).toBe(17);
		expect(sortById(await db.profiles.toArray())).toEqual(sortById(fixture.tables.profiles!));
		expect(sortById(await db.groups.toArray())).toEqual(sortById(fixture.tables.groups!));
		expect(await db.ruleProgress.count()).toBe(fixture.tables.ruleProgress!.length);
		expect(await db.settings.get('currentProfile')).toEqual(fixture.tables.settings![0]);

		// The old indexes still work, and the new one does.
		const sanne = fixture.tables.profiles![0]!.id as string;
		expect(await db.attempts.where('profileId').equals(sanne).count()).toBeGreaterThan(0);
		await db.profiles.update(sanne, { linkedIds: ['from-her-chromebook'] });
		expect((await db.profiles.where('linkedIds').equals('from-her-chromebook').first())?.name).toBe(
			'Sanne'
		);
		await db.delete();
	});
});
