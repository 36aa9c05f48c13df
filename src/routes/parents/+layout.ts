import { parentCatalog } from '$lib/content/parents';
import { catalog } from '$lib/content';
import { scenarioNamespaces } from '$lib/games/strings';
import { loadNamespaces } from '$lib/i18n/i18n.svelte';
import type { LayoutLoad } from './$types';

// Parents play the scenarios of any rule here (their own rules and the children's), so every
// game type's strings come with the parents' own.
export const load: LayoutLoad = () =>
	loadNamespaces([
		'parents',
		...scenarioNamespaces(
			[...catalog, ...parentCatalog].flatMap((rule) => rule.scenarios.map((s) => s.type))
		)
	]);
