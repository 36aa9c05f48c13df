/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const cacheName = `klikwijs-${version}`;

// Cache.addAll rejects a list with the same URL twice, so the list is made unique.
const precache = [...new Set([...build, ...files, ...prerendered])];

sw.addEventListener('install', (event) => {
	// No skipWaiting(): a new version waits until every Klikwijs tab has closed, so it never
	// replaces the app under a pupil who is in the middle of a scenario.
	event.waitUntil(caches.open(cacheName).then((cache) => cache.addAll(precache)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key !== cacheName) await caches.delete(key);
			}
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(cacheName);
			const hit =
				(await cache.match(request, { ignoreSearch: true })) ??
				(request.mode === 'navigate'
					? await cache.match(`${url.pathname.replace(/\/$/, '')}.html`)
					: undefined);
			if (hit) return hit;
			try {
				return await fetch(request);
			} catch {
				// Offline and not precached: a navigation falls back to the start page.
				return (await cache.match(`${sw.registration.scope}`)) ?? Response.error();
			}
		})()
	);
});
