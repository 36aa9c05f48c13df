import { contentVersion } from '$lib/content';
import { backupText, exportBackup } from '$lib/progress/backup';
import { db } from '$lib/progress/session.svelte';
import { downloadText, fileDate } from './download';

/** Saves the teacher's whole backup as a JSON file. */
export async function saveBackup(prefix: string) {
	const backup = await exportBackup(db, contentVersion);
	downloadText(`${prefix}-${fileDate()}.json`, backupText(backup));
}
