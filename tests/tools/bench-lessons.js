// The pupil rules (id, version, scenario ids and bands) for the benchmarks, read from lessons/
// the way the build reads them, without TypeScript.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** @returns {Promise<{ id: string; version: number; scenarios: { id: string; band: string }[] }[]>} */
export async function loadLessonsForBench() {
	const dir = join('lessons', 'rules');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => parse(readFileSync(join(dir, f), 'utf8')))
		.filter((rule) => rule.audience === 'pupil')
		.map((rule) => ({
			id: rule.id,
			version: rule.version,
			scenarios: rule.scenarios.map((/** @type {{ id: string; band: string }} */ s) => ({
				id: s.id,
				band: s.band
			}))
		}));
}
