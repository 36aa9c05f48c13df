import type { RuleSummary } from '$lib/content/schema';
import type { Mastery } from './mastery';

export interface StickerSheet {
	/** The pupil rules of the band, each with whether its sticker is earned in the current version. */
	stickers: { rule: RuleSummary; earned: boolean; completedAt?: number }[];
	earned: number;
	/** The diploma comes when every pupil rule of the band is done; its date is the last one's. */
	diplomaDate?: number;
}

export function stickerSheet(
	rules: RuleSummary[],
	progress: ReadonlyMap<string, Pick<Mastery, 'version' | 'completed' | 'completedAt'>>
): StickerSheet {
	const stickers = rules.map((rule) => {
		const mastery = progress.get(rule.id);
		const earned = Boolean(mastery?.completed && mastery.version === rule.version);
		return { rule, earned, completedAt: earned ? mastery?.completedAt : undefined };
	});
	const earned = stickers.filter((s) => s.earned).length;
	const complete = stickers.length > 0 && earned === stickers.length;
	return {
		stickers,
		earned,
		diplomaDate: complete ? Math.max(...stickers.map((s) => s.completedAt ?? 0)) : undefined
	};
}
