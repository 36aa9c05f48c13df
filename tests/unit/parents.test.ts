import { describe, expect, it } from 'vitest';
import { homeLocales } from '$lib/content/text';
import { loadLessons } from '$lib/content/load';
import { textsOf } from '$lib/content/schema';
import {
	hasLocale,
	homeProfiles,
	isHomeProfile,
	parentRules,
	ruleFromQuery,
	ruleHref
} from '$lib/parents/parents';

const { rules } = await loadLessons('lessons');

/** The protocol's lines about parents, with the rule file for each (the list). */
const parentRulesOfProtocol = [
	['parents-communication', 'Parro, and who may join', 'parents-parro'],
	[
		'parents-communication',
		'Class WhatsApp groups; photos stay in a small circle',
		'parents-whatsapp-groups'
	],
	['all-users', 'No photos, film or sound inside the school', 'parents-no-recording-inside'],
	['school-website', 'Photos on the school website and how to object', 'parents-school-website'],
	['parents-communication', 'Keep your contact details current', 'parents-contact-details'],
	['parents-communication', 'Know the privacy law on images', 'parents-privacy-law']
] as const;

describe('the rules for parents', () => {
	it.each(parentRulesOfProtocol)('%s: %s is %s', (section, _line, id) => {
		const rule = rules.find((r) => r.id === id);
		expect(rule, `lessons/rules/${id}.yaml is missing`).toBeDefined();
		expect(rule?.audience).toBe('parent');
		expect(rule?.category).toBe('parents');
		expect(rule?.source.section).toBe(section);
	});

	describe.each(parentRules(rules).map((r) => [r.id, r] as const))('%s', (_id, rule) => {
		it('has two or three short scenarios for adults, each with a drawn scene', () => {
			expect(rule.scenarios.length).toBeGreaterThanOrEqual(2);
			expect(rule.scenarios.length).toBeLessThanOrEqual(3);
			for (const scenario of rule.scenarios) {
				expect(scenario.band, scenario.id).toBe('all');
				expect(scenario.scene, scenario.id).toBeDefined();
				const people = scenario.scene?.people.map((p) => p.who) ?? [];
				expect(
					people.some((who) => ['mother', 'father', 'grandma', 'grandpa'].includes(who)),
					`${scenario.id} shows a grown-up`
				).toBe(true);
				expect(scenario.discuss.length).toBeLessThanOrEqual(2);
			}
		});

		it('has every text in all six languages, and the home languages differ from English', () => {
			for (const [path, text] of textsOf(rule)) {
				for (const locale of homeLocales) {
					expect(text[locale], `${path.join('.')}.${locale}`).toMatch(/\S/);
				}
				for (const locale of ['tr', 'ar', 'pl', 'uk'] as const) {
					expect(text[locale], `${path.join('.')}.${locale}`).not.toBe(text.en);
				}
			}
		});

		it('writes Arabic in Arabic script, and Ukrainian in Cyrillic', () => {
			for (const [path, text] of textsOf(rule)) {
				expect(text.ar, path.join('.')).toMatch(/\p{Script=Arabic}/u);
				expect(text.uk, path.join('.')).toMatch(/\p{Script=Cyrillic}/u);
			}
		});
	});
});

describe('home practice', () => {
	const profile = (name: string, groupId?: string) => ({ id: name, name, groupId });

	it('lists only the children without a group, by name', () => {
		const list = homeProfiles([profile('Sem'), profile('Noor', 'group-1'), profile('ayoub')]);
		expect(list.map((p) => p.name)).toEqual(['ayoub', 'Sem']);
	});

	it('accepts a profile without a group as a home profile', () => {
		expect(isHomeProfile(profile('Sem'))).toBe(true);
		expect(isHomeProfile(profile('Noor', 'group-1'))).toBe(false);
		expect(isHomeProfile(undefined)).toBe(false);
	});
});

describe('a rule in the query string', () => {
	const list = [{ id: 'parents-parro' }, { id: 'parents-privacy-law' }];

	it('finds the rule, or says which id is unknown', () => {
		expect(ruleFromQuery(new URLSearchParams('rule=parents-parro'), list)).toEqual({
			id: 'parents-parro',
			rule: list[0]
		});
		expect(ruleFromQuery(new URLSearchParams('rule=gone'), list)).toEqual({
			id: 'gone',
			rule: undefined
		});
		expect(ruleFromQuery(new URLSearchParams(''), list)).toEqual({
			id: undefined,
			rule: undefined
		});
		expect(ruleFromQuery(new URLSearchParams('rule='), list)).toEqual({
			id: undefined,
			rule: undefined
		});
	});

	it('makes links that read back to the same rule', () => {
		const href = ruleHref('/parents/rules', 'parents-parro');
		expect(href).toBe('/parents/rules?rule=parents-parro');
		const search = new URL(href, 'http://localhost').searchParams;
		expect(ruleFromQuery(search, list).rule).toBe(list[0]);
	});

	it('knows which languages a lesson text has', () => {
		expect(hasLocale({ nl: 'a', en: 'b' }, 'ar')).toBe(false);
		expect(hasLocale({ nl: 'a', en: 'b', ar: 'ج' }, 'ar')).toBe(true);
	});
});
