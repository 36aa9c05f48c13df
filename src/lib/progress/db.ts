import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { AgeBand } from '$lib/content/schema';
import type { Mastery, Outcome } from './mastery';

export interface Group {
	id: string;
	name: string;
	joinCode: string;
	band: AgeBand;
	archived: boolean;
	createdAt: number;
}

/** A pupil on this device: a first name or nickname only, never a full name. */
export interface Profile {
	id: string;
	name: string;
	avatar: string;
	band: AgeBand;
	groupId?: string;
	/**
	 * On a pupil's own device: the join code the pupil typed to join their group (the device
	 * knows no more of the group). It keys the checksum of the pupil's hand-in.
	 */
	joinCode?: string;
	/**
	 * On the teacher's device: ids this pupil has on other devices, linked when the teacher
	 * confirmed a hand-in by name, so the next hand-in from that device matches by id.
	 */
	linkedIds?: string[];
	createdAt: number;
}

/** One answer in a scenario. Append-only with random ids, so merging devices is a union. */
export interface Attempt {
	id: string;
	profileId: string;
	ruleId: string;
	ruleVersion: number;
	scenarioId: string;
	outcome: Outcome;
	/** The first answer in this play of the scenario. */
	firstTry: boolean;
	at: number;
}

/** Derived from attempts in the same transaction that adds one; never edited on its own. */
export interface RuleProgress extends Mastery {
	profileId: string;
	ruleId: string;
	updatedAt: number;
}

export interface Setting {
	key: string;
	value: unknown;
}

export const databaseName = 'klikwijs';

export class KlikwijsDb extends Dexie {
	groups!: EntityTable<Group, 'id'>;
	profiles!: EntityTable<Profile, 'id'>;
	attempts!: EntityTable<Attempt, 'id'>;
	ruleProgress!: Dexie.Table<RuleProgress, [string, string]>;
	settings!: EntityTable<Setting, 'key'>;

	constructor(name = databaseName, options?: DexieOptions) {
		super(name, options);
		// Released schema versions are never edited: add a new version() and keep a fixture of
		// the old one in tests/fixtures/db so the upgrade is tested.
		this.version(1).stores({
			groups: 'id, joinCode, archived',
			profiles: 'id, groupId, name',
			attempts: 'id, [profileId+ruleId], profileId, ruleId, scenarioId, at',
			ruleProgress: '[profileId+ruleId], profileId, ruleId',
			settings: 'key'
		});
		// Version 2 (hand-ins): profiles are found by the ids they have on pupils' devices.
		this.version(2).stores({
			profiles: 'id, groupId, name, *linkedIds'
		});
	}
}

export function newId(): string {
	return crypto.randomUUID();
}
