import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { loadNamespaces } from '$lib/i18n/i18n.svelte';

// In the app each route loads the namespaces its page needs; a component test renders one
// component without its route, so every namespace is there from the start.
await loadNamespaces(
	Object.keys(import.meta.glob('../../src/lib/i18n/locales/nl/*.json')).map(
		(path) => /([a-z]+)\.json$/.exec(path)?.[1] ?? 'common'
	)
);
