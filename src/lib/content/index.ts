import { catalog, contentVersion, loaders } from 'virtual:lessons';
import type { AgeBand, Rule, RuleSummary, ScenarioBand } from './schema';

export { catalog, contentVersion };
export type * from './schema';

export function findRule(id: string): RuleSummary | undefined {
	return catalog.find((rule) => rule.id === id);
}

export async function loadRule(id: string): Promise<Rule | undefined> {
	const loader = loaders[id];
	return loader ? (await loader()).default : undefined;
}

export function fitsBand(scenarioBand: ScenarioBand, band: AgeBand) {
	return scenarioBand === 'all' || scenarioBand === band;
}

/** The scenarios a pupil of this age band plays for a rule, in lesson order. */
export function scenariosFor<S extends { band: ScenarioBand }>(
	rule: { scenarios: S[] },
	band: AgeBand
): S[] {
	return rule.scenarios.filter((scenario) => fitsBand(scenario.band, band));
}

/** The rules for pupils of this band (a rule with no scenario for the band is left out). */
export function pupilRules(band: AgeBand): RuleSummary[] {
	return catalog.filter((r) => scenariosFor(r, band).length > 0);
}
