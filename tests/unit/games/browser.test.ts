import { describe, expect, it } from 'vitest';
import { scenarioSchema, type ScenarioOf } from '$lib/content/schema';
import {
	actionOn,
	choose,
	currentStep,
	findAction,
	popupOpen,
	startBrowser
} from '$lib/games/browser/browser';

const text = (nl: string) => ({ nl, en: `${nl} (en)` });

interface RawAction {
	id: string;
	control: string;
	text?: { nl: string; en: string };
	correct: boolean;
	feedback: { nl: string; en: string };
}

/** A valid browser scenario as a school would write it (before parsing). */
const example = () => ({
	id: 'virus-popup',
	type: 'browser',
	band: 'all',
	scene: { place: 'classroom' },
	title: text('Een pop-up'),
	situation: text('Je zoekt iets voor je werkstuk.'),
	discuss: [text('Wat doe je bij een pop-up?')],
	search: text('vulkanen'),
	results: [{ title: text('Alles over vulkanen'), url: 'www.vulkanen.nl', text: text('Uitleg') }],
	popup: { kind: 'scary', title: text('Virus!'), text: text('Klik hier'), url: 'virus-weg.xyz' },
	steps: <{ question?: { nl: string; en: string }; actions: RawAction[] }[]>[
		{
			actions: [
				{
					id: 'click-it',
					control: 'button',
					text: text('Scan nu'),
					correct: false,
					feedback: text('Dan haal je misschien juist iets naars binnen.')
				},
				{ id: 'close-it', control: 'close', correct: true, feedback: text('Het is weg.') },
				{
					id: 'tell-now',
					control: 'beside',
					text: text('Ik vertel het de juf'),
					correct: true,
					feedback: text('De juf kijkt mee.')
				}
			]
		},
		{
			question: text('En nu?'),
			actions: [
				{
					id: 'tell-after',
					control: 'beside',
					text: text('Ik vertel het de juf'),
					correct: true,
					feedback: text('Zo weet de juf het.')
				},
				{
					id: 'carry-on',
					control: 'beside',
					text: text('Ik zoek verder'),
					correct: false,
					feedback: text('Vertel het toch even.')
				}
			]
		}
	]
});

const problems = (value: unknown) => {
	const result = scenarioSchema.safeParse(value);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

const parsed = () => scenarioSchema.parse(example()) as ScenarioOf<'browser'>;

describe('the browser schema', () => {
	it('accepts a valid scenario', () => {
		expect(problems(example())).toEqual([]);
	});

	it('asks for a second step when closing is right, and refuses one when it is not', () => {
		const oneStep = example();
		oneStep.steps.pop();
		expect(problems(oneStep)).toEqual([
			'steps.0.actions: closing (close or back) is right here, so add a second step: what does the pupil do once the pop-up is gone?'
		]);
		const noClose = example();
		noClose.steps[0]!.actions[1]!.correct = false;
		expect(problems(noClose)).toEqual([
			'steps.1: a second step only comes after closing the pop-up: make close or back a right action in the first step'
		]);
	});

	it('refuses pop-up controls once the pop-up is gone', () => {
		const broken = example();
		broken.steps[1]!.actions[1]!.control = 'close';
		expect(problems(broken)).toContain(
			'steps.1.actions.1.control: the pop-up is gone in the second step: use back or beside'
		);
	});

	it('wants a right action in every step, unique ids and one ✕ per step', () => {
		const broken = example();
		broken.steps[1]!.actions[0]!.correct = false;
		broken.steps[1]!.actions[1]!.id = 'click-it';
		broken.steps[0]!.actions.push({
			id: 'close-again',
			control: 'close',
			correct: false,
			feedback: text('x')
		});
		expect(problems(broken)).toEqual(
			expect.arrayContaining([
				'steps.1.actions: at least one action must be right',
				'steps.1.actions.1.id: action id "click-it" is used twice',
				'steps.0.actions: there is one ✕: use control close once per step'
			])
		);
	});

	it('needs a text on a button or beside action, and a real address', () => {
		const broken = example();
		delete broken.steps[0]!.actions[0]!.text;
		broken.results[0]!.url = 'vulkanen voor kinderen';
		expect(problems(broken)).toEqual([
			'results.0.url: write an address like www.voorbeeld.nl/pagina, without spaces',
			'steps.0.actions.0.text: a button action needs a text: the words on the button'
		]);
	});

	it('refuses an unknown control or pop-up kind', () => {
		const broken = example();
		broken.steps[0]!.actions[0]!.control = 'popup';
		broken.popup.kind = 'virus';
		const found = problems(broken).join('\n');
		expect(found).toMatch(/popup\.kind: Invalid option/);
		expect(found).toMatch(/steps\.0\.actions\.0\.control: Invalid option/);
	});
});

describe('playing browser', () => {
	it('explains a wrong click once, closes the pop-up, then ends right on telling', () => {
		const { steps } = parsed();
		let state = startBrowser();
		expect(popupOpen(state)).toBe(true);
		expect(actionOn(state, steps, 'close')?.id).toBe('close-it');
		expect(actionOn(state, steps, 'back')).toBeUndefined();

		let step = choose(state, steps, 'click-it');
		expect(step.outcome).toBe('wrong');
		expect(findAction(steps, step.state.last)?.feedback.nl).toMatch(/naars/);
		state = step.state;
		expect(choose(state, steps, 'click-it').state).toBe(state);

		step = choose(state, steps, 'close-it');
		expect(step.outcome).toBeUndefined();
		state = step.state;
		expect(popupOpen(state)).toBe(false);
		expect(currentStep(state, steps)?.actions.map((a) => a.id)).toEqual(['tell-after', 'carry-on']);
		// Actions of the first step are gone now.
		expect(choose(state, steps, 'tell-now').state).toBe(state);

		step = choose(state, steps, 'carry-on');
		expect(step.outcome).toBe('wrong');
		step = choose(step.state, steps, 'tell-after');
		expect(step.outcome).toBe('right');
		expect(step.state.solved).toBe(true);
		expect(choose(step.state, steps, 'carry-on').state).toBe(step.state);
	});

	it('ends right at once when telling straight away is right', () => {
		const { steps } = parsed();
		const step = choose(startBrowser(), steps, 'tell-now');
		expect(step.outcome).toBe('right');
		expect(popupOpen(step.state)).toBe(true);
	});
});
