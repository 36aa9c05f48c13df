export type Persistence = 'persisted' | 'not-persisted' | 'unsupported';

/**
 * Asks the browser to keep this site's data. Safari may delete IndexedDB after seven days
 * without a visit and shared Chromebooks may wipe it at sign-out, so the answer is shown kindly.
 */
export async function requestPersistence(
	storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage
): Promise<Persistence> {
	if (!storage?.persist) return 'unsupported';
	try {
		if (await storage.persisted()) return 'persisted';
		return (await storage.persist()) ? 'persisted' : 'not-persisted';
	} catch {
		return 'not-persisted';
	}
}
