// Every route is prerendered: the whole app is static files, precached by the service worker.
export const prerender = true;
export const trailingSlash = 'never';
