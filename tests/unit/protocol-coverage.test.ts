import { describe, expect, it } from 'vitest';
import { loadLessons } from '$lib/content/load';

/**
 * Every rule of the school's protocol that concerns pupils, with the rule file that teaches it.
 * When the school changes its protocol, this list changes first; the test then says which rule
 * file is missing.
 */
const pupilRulesOfProtocol = [
	// Voor alle gebruikers
	[
		'all-users',
		'Niet actief op sociale media tijdens de lessen, tenzij met toestemming',
		'no-social-media-in-class'
	],
	[
		'all-users',
		'Terughoudend delen over school, geen persoonsgegevens, niemand schaden',
		'share-with-care'
	],
	['all-users', 'Je bent zelf verantwoordelijk voor wat je publiceert', 'you-are-responsible'],
	['all-users', 'Wat je publiceert blijft openbaar, ook na verwijderen', 'online-is-forever'],
	[
		'all-users',
		'Foto, film en geluid alleen met toestemming van wie erop staat',
		'photos-need-permission'
	],
	['all-users', 'Fatsoensnormen: niet pesten, kwetsen, stalken, bedreigen', 'be-kind-online'],
	['all-users', 'Fatsoensnormen: geen account hacken', 'keep-out-of-others-accounts'],
	// Specifiek voor leerlingen tijdens schoolsituaties
	[
		'pupils-at-school',
		'Vraag eerst of je op internet mag en vertel wat je zoekt',
		'ask-before-internet'
	],
	['pupils-at-school', 'Log op een chromebook altijd in op je eigen MOO', 'log-in-own-moo'],
	['pupils-at-school', 'Typ geen woorden in die je niet op wilt zoeken', 'only-type-what-you-mean'],
	[
		'pupils-at-school',
		'Niet bewust naar sites met racisme, geweld of seks',
		'no-bad-sites-on-purpose'
	],
	[
		'pupils-at-school',
		'Per ongeluk op een verkeerde site: wegklikken en melden',
		'wrong-site-click-away'
	],
	[
		'pupils-at-school',
		'Vertel het meteen als iets je niet prettig laat voelen; niet jouw schuld',
		'tell-when-it-feels-wrong'
	],
	[
		'pupils-at-school',
		'Geef nooit persoonlijke informatie op internet',
		'never-personal-information'
	],
	[
		'pupils-at-school',
		'Verstuur geen berichten met een foto van jezelf of anderen',
		'no-photos-in-messages'
	],
	['pupils-at-school', 'Niets downloaden: geen bestanden, software of muziek', 'no-downloads'],
	[
		'pupils-at-school',
		'Chromebook loopt vast of virusmelding: meteen vertellen',
		'report-freeze-or-virus'
	],
	[
		'pupils-at-school',
		'Niet op chromebooks of iPads in de pauze en na schooltijd',
		'no-devices-in-breaks'
	],
	['pupils-at-school', 'Ga voorzichtig om met de chromebooks en iPads', 'careful-with-devices'],
	['pupils-at-school', 'Klaar? Log uit en sluit de chromebook af', 'log-out-when-done'],
	// Gebruik van internet en e-mail op school
	['internet-and-email', 'Internet is voor leren', 'internet-for-learning'],
	['internet-and-email', 'Alleen sites die fatsoenlijk zijn', 'decent-sites-only'],
	[
		'internet-and-email',
		'Niets wat naar kinderen te herleiden is openbaar publiceren',
		'nothing-traceable-published'
	],
	['internet-and-email', 'YouTube gebruik je met een doel', 'youtube-with-a-purpose'],
	['internet-and-email', 'Houd je aan de regels van copyright', 'respect-copyright'],
	// Het gebruik van eigen telefoons op school
	['own-phones', 'Telefoon uit en in je tas of in de la van de leerkracht', 'phone-off-in-bag'],
	[
		'own-phones',
		'Pas aan het eind van de dag aan, op de plek op het schoolplein',
		'phone-after-school-spot'
	],
	[
		'own-phones',
		'Nooit zonder toestemming foto’s van anderen maken',
		'no-photos-of-others-at-school'
	]
] as const;

const { rules } = await loadLessons('lessons');

describe('the protocol’s pupil rules', () => {
	it.each(pupilRulesOfProtocol)('%s: “%s” is taught by %s', (section, _line, id) => {
		const rule = rules.find((r) => r.id === id);
		expect(rule, `lessons/rules/${id}.yaml is missing`).toBeDefined();
		expect(rule?.audience).toBe('pupil');
		expect(rule?.source.section).toBe(section);
	});

	it('has no pupil rule file outside the list', () => {
		const listed = new Set<string>(pupilRulesOfProtocol.map(([, , id]) => id));
		const extra = rules.filter((r) => r.audience === 'pupil' && !listed.has(r.id)).map((r) => r.id);
		expect(extra).toEqual([]);
	});

	describe.each(rules.filter((r) => r.audience === 'pupil').map((r) => [r.id, r] as const))(
		'%s',
		(_id, rule) => {
			it('has at least three scenarios using at least two game types', () => {
				expect(rule.scenarios.length).toBeGreaterThanOrEqual(3);
				expect(new Set(rule.scenarios.map((s) => s.type)).size).toBeGreaterThanOrEqual(2);
			});

			it('has a scenario for groep 3–4 with sentences of at most eight words, and one for groep 7–8', () => {
				const young = rule.scenarios.filter((s) => s.band === '3-4');
				expect(young.length).toBeGreaterThanOrEqual(1);
				expect(rule.scenarios.some((s) => s.band === '7-8')).toBe(true);
				for (const scenario of young) {
					for (const sentence of scenario.situation.nl.split(/(?<=[.!?])\s+/)) {
						expect(sentence.split(/\s+/).filter(Boolean).length, sentence).toBeLessThanOrEqual(8);
					}
				}
			});

			it('has a drawn scene for every scenario', () => {
				for (const scenario of rule.scenarios) expect(scenario.scene, scenario.id).toBeDefined();
			});
		}
	);
});
