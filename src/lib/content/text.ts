import { z } from 'zod';

/** Locales every lesson text must have. Parent rules add the home languages (see schema.ts). */
export const lessonLocales = ['nl', 'en'] as const;
export const homeLocales = ['nl', 'en', 'tr', 'ar', 'pl', 'uk'] as const;
export type HomeLocale = (typeof homeLocales)[number];

const sentence = (locale: string) =>
	z
		.string({
			error: (issue) =>
				issue.input === undefined ? `missing translation (${locale})` : `must be text (${locale})`
		})
		.trim()
		.min(1, `empty translation (${locale})`);

/** A recorded reading of a text, relative to static/; it plays instead of speech synthesis. */
const audioFile = z
	.string()
	.regex(
		/^audio\/[a-z0-9/_-]+\.(mp3|m4a|ogg|wav|webm)$/,
		'audio must be a file under static/audio'
	);

/**
 * One text in every locale. nl and en are required for every text; the home languages are
 * optional here and required for parent rules by the rule schema.
 */
export const localizedText = z
	.object({
		nl: sentence('nl'),
		en: sentence('en'),
		tr: sentence('tr').optional(),
		ar: sentence('ar').optional(),
		pl: sentence('pl').optional(),
		uk: sentence('uk').optional(),
		audio: z.partialRecord(z.enum(homeLocales), audioFile).optional()
	})
	.strict();

export type LocalizedText = z.infer<typeof localizedText>;

/** A stable id: lower case words joined by dashes. Ids never change once released. */
export const stableId = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower case words joined by dashes');
