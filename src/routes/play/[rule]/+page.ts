import { error } from '@sveltejs/kit';
import { catalog, loadRule } from '$lib/content';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => catalog.map((rule) => ({ rule: rule.id }));

export const load: PageLoad = async ({ params }) => {
	const rule = await loadRule(params.rule);
	if (!rule) error(404, 'Not found');
	return { rule };
};
