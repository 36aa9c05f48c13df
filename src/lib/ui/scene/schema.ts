import { z } from 'zod';
// Relative imports only: this file is also loaded by the lessons plugin inside vite.config.ts,
// where the $lib alias does not exist yet.

import { places, people, headscarfPeople, moods, devices, screens, lookCount } from './vocabulary';
import type { Place, Who, Mood, Device, Screen } from './vocabulary';

export { places, people, headscarfPeople, moods, devices, screens, lookCount };
export type { Place, Who, Mood, Device, Screen };

const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
	z.enum(values, { error: () => `${what} must be one of: ${values.join(', ')}` });

export const personSchema = z
	.object({
		who: oneOf(people, 'who'),
		/** 1–6: skin tone, hair colour and hair style. Leave it out for a look that differs per person. */
		look: z
			.number()
			.int('look must be a whole number from 1 to 6')
			.min(1, 'look must be a whole number from 1 to 6')
			.max(lookCount, 'look must be a whole number from 1 to 6')
			.optional(),
		mood: oneOf(moods, 'mood').default('happy'),
		headscarf: z.boolean().default(false),
		holds: z.union([oneOf(devices, 'holds'), z.literal('none')]).default('none')
	})
	.strict()
	.refine((person) => !person.headscarf || headscarfPeople.includes(person.who), {
		message: `only ${headscarfPeople.join(', ')} can wear a headscarf in the drawing`,
		path: ['headscarf']
	});

export const sceneSchema = z
	.object({
		place: oneOf(places, 'place'),
		people: z.array(personSchema).max(3, 'a scene has at most 3 people').default([]),
		/**
		 * What the main device shows: the device of the first person who holds one or, when nobody
		 * holds one, a device on a table (a Chromebook at school, an iPad elsewhere).
		 */
		screen: oneOf(screens, 'screen').optional()
	})
	.strict();

export type Person = z.infer<typeof personSchema>;
export type Scene = z.infer<typeof sceneSchema>;
