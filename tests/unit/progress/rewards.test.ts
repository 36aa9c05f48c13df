import { describe, expect, it } from 'vitest';
import type { RuleSummary } from '$lib/content/schema';
import { stickerSheet } from '$lib/progress/rewards';

const text = { nl: 'x', en: 'x' };
const rule = (id: string, version = 1): RuleSummary => ({
	id,
	version,
	category: 'online',
	audience: 'pupil',
	sticker: 'star',
	title: text,
	summary: text,
	scenarios: []
});

describe('stickerSheet', () => {
	const rules = [rule('a'), rule('b', 2)];

	it('earns a sticker for each rule completed in its current version', () => {
		const sheet = stickerSheet(
			rules,
			new Map([
				['a', { version: 1, completed: true, completedAt: 10 }],
				['b', { version: 1, completed: true, completedAt: 20 }]
			])
		);
		expect(sheet.stickers.map((s) => s.earned)).toEqual([true, false]);
		expect(sheet.earned).toBe(1);
		expect(sheet.diplomaDate).toBeUndefined();
	});

	it('gives the diploma, dated by the last rule, when every rule is done', () => {
		const sheet = stickerSheet(
			rules,
			new Map([
				['a', { version: 1, completed: true, completedAt: 10 }],
				['b', { version: 2, completed: true, completedAt: 30 }]
			])
		);
		expect(sheet.earned).toBe(2);
		expect(sheet.diplomaDate).toBe(30);
	});

	it('gives no diploma without rules or progress', () => {
		expect(stickerSheet([], new Map()).diplomaDate).toBeUndefined();
		expect(stickerSheet(rules, new Map()).earned).toBe(0);
	});
});
