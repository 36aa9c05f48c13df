import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

const port = Number(process.env.E2E_PORT ?? 4321);
const executablePath =
	process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const launchOptions = {
	executablePath,
	// Chromium's own background traffic is refused on closed school and CI networks.
	args: [
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--disable-quic',
		'--no-first-run'
	]
};

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? 'list' : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		launchOptions
	},
	projects: [
		{
			name: 'chromebook',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 768 }, launchOptions }
		},
		{
			name: 'ipad',
			use: {
				viewport: { width: 1024, height: 768 },
				hasTouch: true,
				isMobile: true,
				deviceScaleFactor: 2,
				launchOptions
			}
		}
	],
	webServer: {
		command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
