import { liveQuery } from 'dexie';
import type { AgeBand } from '$lib/content/schema';
import { databaseName, KlikwijsDb, type Profile } from './db';
import { readSetting, writeSetting } from './progress';
import { requestPersistence, type Persistence } from './storage';

/**
 * The database of this device. When the browser has no usable IndexedDB (some private windows,
 * locked-down profiles) it is replaced by an in-memory one for this visit, so a pupil can still
 * play and hand in; the start page then says that nothing is kept on this device.
 */
export let db = new KlikwijsDb();

const currentProfileKey = 'currentProfile';

let profile = $state<Profile | undefined>();
let ready = $state(false);
let storageAvailable = $state(true);
let persistence = $state<Persistence | undefined>();

/** Who is playing on this device now; kept across reloads so a pupil continues where they stopped. */
export const session = {
	get profile() {
		return profile;
	},
	get band(): AgeBand | undefined {
		return profile?.band;
	},
	get ready() {
		return ready;
	},
	get storageAvailable() {
		return storageAvailable;
	},
	get persistence() {
		return persistence;
	}
};

let started: Promise<void> | undefined;

/** Opens the database once per page and restores the current pupil. */
export function startSession(): Promise<void> {
	started ??= (async () => {
		try {
			await db.open();
			const id = await readSetting<string>(db, currentProfileKey);
			profile = id ? await db.profiles.get(id) : undefined;
		} catch {
			storageAvailable = false;
			const { indexedDB, IDBKeyRange } = await import('fake-indexeddb');
			db = new KlikwijsDb(databaseName, { indexedDB, IDBKeyRange });
			await db.open();
		}
		ready = true;
	})();
	return started;
}

export async function choosePupil(next: Profile | undefined) {
	profile = next;
	await writeSetting(db, currentProfileKey, next?.id ?? null);
	// Asked once a pupil is playing: their progress is what the browser should keep.
	if (next && storageAvailable && persistence === undefined) {
		persistence = await requestPersistence();
	}
}

export const allProfiles = () => liveQuery(() => db.profiles.orderBy('name').toArray());
