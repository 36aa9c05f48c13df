import { z } from 'zod';
// Relative imports: this file is also loaded by the lessons plugin inside vite.config.ts,
// where the $lib alias does not exist yet.
import { localizedText, stableId } from '../../content/text';

/**
 * Where an action is on or around the pretend Chromebook:
 * - button: a button on the pop-up (or on the wrong page), with its own text;
 * - close:  the ✕ of the pop-up (or of the tab, for a wrong page);
 * - back:   the browser's ← back button;
 * - beside: a button beside the screen, such as "Ik vertel het de juf", with its own text.
 */
export const browserControls = ['button', 'close', 'back', 'beside'] as const;
export type BrowserControl = (typeof browserControls)[number];

/** What pops up while the pupil searches. A wrong-page replaces the page instead of covering it. */
export const popupKinds = ['popup', 'prize', 'scary', 'wrong-page'] as const;
export type PopupKind = (typeof popupKinds)[number];

/** A web address as it shows in the address bar: no spaces, no "http://" needed. */
const address = z
	.string()
	.trim()
	.regex(
		/^(https?:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i,
		'write an address like www.voorbeeld.nl/pagina, without spaces'
	);

const emoji = z
	.string()
	.trim()
	.min(1)
	.max(16, 'emoji: one emoji (or two), not a text')
	.refine((value) => !/[a-z]{2}/i.test(value), 'emoji: one emoji (or two), not a text');

export const browserAction = z
	.object({
		id: stableId,
		control: z.enum(browserControls),
		/** The label: needed for a button or beside; for ✕ and ← it replaces "Sluiten" / "Terug". */
		text: localizedText.optional(),
		correct: z.boolean(),
		/** What happens next and why: every action explains itself, right or wrong. */
		feedback: localizedText
	})
	.strict()
	.superRefine((action, ctx) => {
		if ((action.control === 'button' || action.control === 'beside') && !action.text) {
			ctx.addIssue({
				code: 'custom',
				path: ['text'],
				message: `a ${action.control} action needs a text: the words on the button`
			});
		}
	});

export const browserStep = z
	.object({
		/** Asked above the screen; without it: "Wat doe jij?" (first step) or "Wat doe je nu?". */
		question: localizedText.optional(),
		actions: z.array(browserAction).min(1).max(6)
	})
	.strict();

const closes = (control: BrowserControl) => control === 'close' || control === 'back';

/**
 * One or two steps. The first step happens while the pop-up shows. A right ✕ (close) or ←
 * (back) in it closes the pop-up and the pupil goes on to the second step; any other right
 * action ends the scenario. The second step is what the pupil does once it is gone, usually
 * telling the teacher.
 */
export const browserSteps = z
	.array(browserStep)
	.min(1)
	.max(2)
	.superRefine((steps, ctx) => {
		const seen = new Set<string>();
		steps.forEach((step, index) => {
			step.actions.forEach((action, a) => {
				if (seen.has(action.id)) {
					ctx.addIssue({
						code: 'custom',
						path: [index, 'actions', a, 'id'],
						message: `action id "${action.id}" is used twice`
					});
				}
				seen.add(action.id);
			});
			if (!step.actions.some((a) => a.correct)) {
				ctx.addIssue({
					code: 'custom',
					path: [index, 'actions'],
					message: 'at least one action must be right'
				});
			}
			for (const control of ['close', 'back'] as const) {
				if (step.actions.filter((a) => a.control === control).length > 1) {
					ctx.addIssue({
						code: 'custom',
						path: [index, 'actions'],
						message: `there is one ${control === 'close' ? '✕' : '← back button'}: use control ${control} once per step`
					});
				}
			}
		});
		const [first, second] = steps;
		const closesRight = first?.actions.some((a) => a.correct && closes(a.control)) ?? false;
		if (closesRight && !second) {
			ctx.addIssue({
				code: 'custom',
				path: [0, 'actions'],
				message:
					'closing (close or back) is right here, so add a second step: what does the pupil do once the pop-up is gone?'
			});
		}
		if (second && !closesRight) {
			ctx.addIssue({
				code: 'custom',
				path: [1],
				message:
					'a second step only comes after closing the pop-up: make close or back a right action in the first step'
			});
		}
		second?.actions.forEach((action, a) => {
			if (action.control === 'button' || action.control === 'close') {
				ctx.addIssue({
					code: 'custom',
					path: [1, 'actions', a, 'control'],
					message: 'the pop-up is gone in the second step: use back or beside'
				});
			}
		});
	});

export const browserFields = z.object({
	type: z.literal('browser'),
	/** What the pupil typed into the search bar. */
	search: localizedText,
	/** The search results on the page, under the pop-up. */
	results: z
		.array(
			z.object({ title: localizedText, url: address, text: localizedText.optional() }).strict()
		)
		.min(1)
		.max(4),
	/** What appears: a pop-up over the page, or (wrong-page) a page that is not for children. */
	popup: z
		.object({
			kind: z.enum(popupKinds),
			title: localizedText,
			text: localizedText,
			/** The address of the wrong page or the pop-up's site. */
			url: address.optional(),
			/** The big picture on the pop-up; each kind has its own when left out. */
			emoji: emoji.optional()
		})
		.strict(),
	steps: browserSteps
});

export type BrowserAction = z.infer<typeof browserAction>;
export type BrowserStep = z.infer<typeof browserStep>;
