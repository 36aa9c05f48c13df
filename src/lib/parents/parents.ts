import type { LocalizedText } from '../content/text';
import type { RuleSummary } from '../content/schema';
import type { Profile } from '../progress/db';

/** The rules about parents (Parro, WhatsApp groups, photos), in lesson order. */
export function parentRules<R extends Pick<RuleSummary, 'audience'>>(catalog: readonly R[]): R[] {
	return catalog.filter((rule) => rule.audience === 'parent');
}

/**
 * The children a parent can practise with on this device: profiles without a group. On a home
 * device that is every child; on a school device the pupils of a group are not listed, so a
 * visitor to the parents' part never sees a class's names.
 */
export function homeProfiles<P extends Pick<Profile, 'name' | 'groupId'>>(
	profiles: readonly P[]
): P[] {
	return profiles
		.filter((profile) => !profile.groupId)
		.sort((a, b) => a.name.localeCompare(b.name, 'nl', { sensitivity: 'base', numeric: true }));
}

/** Whether a profile may be used for home practice (see homeProfiles). */
export function isHomeProfile(profile: Pick<Profile, 'groupId'> | undefined): boolean {
	return profile !== undefined && !profile.groupId;
}

/**
 * The rule to show from a page's query string (`?rule=<id>`): the app is prerendered, so a
 * rule id cannot be part of the path of /parents/rules and /parents/practice.
 */
export function ruleFromQuery<R extends { id: string }>(
	search: URLSearchParams,
	rules: readonly R[]
): { id: string | undefined; rule: R | undefined } {
	const id = search.get('rule')?.trim() || undefined;
	return { id, rule: id === undefined ? undefined : rules.find((r) => r.id === id) };
}

/** The link to one rule on a parents' page. */
export function ruleHref(path: string, id: string): string {
	return `${path}?${new URLSearchParams({ rule: id })}`;
}

/** Whether a lesson text is written in this language (pupil rules are in nl and en only). */
export function hasLocale(text: LocalizedText, locale: string): boolean {
	return typeof (text as Record<string, unknown>)[locale] === 'string';
}
