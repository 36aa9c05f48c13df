import { error } from '@sveltejs/kit';
import { catalog, findRule, loadRule } from '$lib/content';
import { scenarioNamespaces } from '$lib/games/strings';
import { loadNamespaces } from '$lib/i18n/i18n.svelte';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => catalog.map((rule) => ({ rule: rule.id }));

export const load: PageLoad = async ({ params }) => {
	const [rule] = await Promise.all([
		loadRule(params.rule),
		loadNamespaces(scenarioNamespaces(findRule(params.rule)?.scenarios.map((s) => s.type) ?? []))
	]);
	if (!rule) error(404, 'Not found');
	return { rule };
};
