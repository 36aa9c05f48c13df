import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parentRules } from '../parents/parents';
import { loadLessons, summarize } from './load';

const catalogId = 'virtual:lessons';
const parentCatalogId = 'virtual:lessons/parents';
const rulePrefix = 'virtual:lessons/rule/';

/**
 * Validates lessons/ when the app is built (or served, or tested) and offers it as modules:
 * `virtual:lessons` holds the pupils' catalog and one lazy loader per rule, so the start page
 * carries titles and progress counts, and a rule's scenarios load when it is played.
 * `virtual:lessons/parents` holds the parents' rules, in six languages, for the parents' pages
 * only. A broken file fails the build with the file, the path inside it and the reason.
 */
export function lessons(options: { dir?: string } = {}): Plugin {
	const dir = resolve(options.dir ?? 'lessons');
	let loaded: Awaited<ReturnType<typeof loadLessons>> | undefined;
	const load = async () => (loaded ??= await loadLessons(dir));
	return {
		name: 'klikwijs-lessons',
		async buildStart() {
			loaded = undefined;
			await load();
			this.addWatchFile(resolve(dir, 'rules'));
		},
		resolveId(id) {
			if (id === catalogId || id === parentCatalogId || id.startsWith(rulePrefix)) return '\0' + id;
		},
		async load(id) {
			if (!id.startsWith('\0virtual:lessons')) return;
			const { rules, contentVersion } = await load();
			const moduleId = id.slice(1);
			if (moduleId === catalogId) {
				const loaders = rules
					.map((r) => `${JSON.stringify(r.id)}: () => import(${JSON.stringify(rulePrefix + r.id)})`)
					.join(',\n');
				return [
					`export const contentVersion = ${JSON.stringify(contentVersion)};`,
					`export const catalog = ${JSON.stringify(rules.filter((r) => r.audience === 'pupil').map(summarize))};`,
					`export const loaders = {${loaders}};`
				].join('\n');
			}
			if (moduleId === parentCatalogId) {
				return `export const parentCatalog = ${JSON.stringify(parentRules(rules).map(summarize))};`;
			}
			const rule = rules.find((r) => r.id === moduleId.slice(rulePrefix.length));
			if (!rule) throw new Error(`There is no rule "${moduleId.slice(rulePrefix.length)}"`);
			return `export default ${JSON.stringify(rule)};`;
		},
		handleHotUpdate({ file, server }) {
			if (file.startsWith(resolve(dir)) && /\.ya?ml$/.test(file)) {
				loaded = undefined;
				server.restart();
			}
		}
	};
}
