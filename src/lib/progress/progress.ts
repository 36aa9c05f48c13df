import type { AgeBand, RuleSummary } from '$lib/content/schema';
import { newId, type Attempt, type KlikwijsDb, type Profile, type RuleProgress } from './db';
import { masteryOf, type Outcome } from './mastery';

/** Saving failed because the device's storage is full or gone; what was stored before is intact. */
export class StorageProblem extends Error {
	constructor(
		readonly kind: 'full' | 'unavailable',
		options?: { cause?: unknown }
	) {
		super(
			kind === 'full' ? 'The storage of this device is full' : 'Storage is unavailable',
			options
		);
		this.name = 'StorageProblem';
	}
}

function asStorageProblem(error: unknown): unknown {
	const name = (error as { name?: string; inner?: { name?: string } })?.name;
	const inner = (error as { inner?: { name?: string } })?.inner?.name;
	if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
		return new StorageProblem('full', { cause: error });
	}
	if (
		name === 'MissingAPIError' ||
		name === 'InvalidStateError' ||
		name === 'OpenFailedError' ||
		name === 'DatabaseClosedError'
	) {
		return new StorageProblem('unavailable', { cause: error });
	}
	return error;
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		throw asStorageProblem(error);
	}
}

export function createProfile(
	db: KlikwijsDb,
	input: Pick<Profile, 'name' | 'avatar' | 'band'> & { groupId?: string }
): Promise<Profile> {
	const profile: Profile = { id: newId(), createdAt: Date.now(), ...input };
	return guarded(async () => {
		await db.profiles.add(profile);
		return profile;
	});
}

export interface AttemptInput {
	profileId: string;
	rule: RuleSummary;
	band: AgeBand;
	scenarioId: string;
	outcome: Outcome;
	firstTry: boolean;
}

/** Appends an attempt and updates the rule's derived progress in the same transaction. */
export function recordAttempt(db: KlikwijsDb, input: AttemptInput): Promise<RuleProgress> {
	const attempt: Attempt = {
		id: newId(),
		profileId: input.profileId,
		ruleId: input.rule.id,
		ruleVersion: input.rule.version,
		scenarioId: input.scenarioId,
		outcome: input.outcome,
		firstTry: input.firstTry,
		at: Date.now()
	};
	return guarded(() =>
		// A promise chain, not async/await: Dexie keeps the transaction alive across await only
		// with the browser's own IndexedDB, and the in-memory fallback (session.svelte.ts) is not.
		db.transaction('rw', db.attempts, db.ruleProgress, () =>
			db.attempts
				.add(attempt)
				.then(() => deriveRuleProgress(db, input.profileId, input.rule, input.band))
		)
	);
}

/** Recomputes one rule's progress from the attempt log; call inside a transaction. */
export async function deriveRuleProgress(
	db: KlikwijsDb,
	profileId: string,
	rule: RuleSummary,
	band: AgeBand
): Promise<RuleProgress> {
	const attempts = await db.attempts
		.where('[profileId+ruleId]')
		.equals([profileId, rule.id])
		.toArray();
	const progress: RuleProgress = {
		profileId,
		ruleId: rule.id,
		updatedAt: Date.now(),
		...masteryOf(rule, band, attempts)
	};
	await db.ruleProgress.put(progress);
	return progress;
}

export function progressOf(db: KlikwijsDb, profileId: string): Promise<RuleProgress[]> {
	return db.ruleProgress.where('profileId').equals(profileId).toArray();
}

export async function readSetting<T>(db: KlikwijsDb, key: string): Promise<T | undefined> {
	return (await db.settings.get(key))?.value as T | undefined;
}

export function writeSetting(db: KlikwijsDb, key: string, value: unknown): Promise<void> {
	return guarded(async () => {
		await db.settings.put({ key, value });
	});
}
