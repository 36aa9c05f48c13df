import type { GameType } from '$lib/content/schema';

/**
 * The i18n namespaces a scenario screen needs: the scene descriptions and each game type's own
 * strings. A game type's namespace is named after it; a type without strings of its own has no
 * file, and loadNamespaces skips it.
 */
export function scenarioNamespaces(types: Iterable<GameType>): string[] {
	return ['scene', ...new Set(types)];
}
