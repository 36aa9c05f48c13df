declare module 'virtual:lessons' {
	import type { Rule, RuleSummary } from '$lib/content/schema';
	export const contentVersion: string;
	export const catalog: RuleSummary[];
	export const loaders: Record<string, () => Promise<{ default: Rule }>>;
}

declare module 'virtual:lessons/parents' {
	import type { RuleSummary } from '$lib/content/schema';
	export const parentCatalog: RuleSummary[];
}
