// Makes sure Playwright has a Chromium to drive before the e2e tests start.
// Order: CHROME_PATH, Debian's /usr/bin/chromium, Playwright's own browser. On a machine
// without any of them, running as root, Debian's chromium is installed with apt; Playwright's
// browser download is never used here (it cannot reach its servers from school machines).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const debianChromium = '/usr/bin/chromium';
const emojiFont = '/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function playwrightBrowser() {
	try {
		const path = chromium.executablePath();
		return existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

/** @param {string[]} packages */
function aptInstall(packages) {
	console.log(`Installing ${packages.join(' ')} with apt-get…`);
	execSync('apt-get update -qq', { stdio: 'inherit' });
	execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, {
		stdio: 'inherit'
	});
}

if (process.env.CHROME_PATH) {
	if (!existsSync(process.env.CHROME_PATH)) {
		console.error(`CHROME_PATH points at ${process.env.CHROME_PATH}, which does not exist.`);
		process.exit(1);
	}
} else if (!existsSync(debianChromium) && !playwrightBrowser()) {
	if (!isRoot || !existsSync('/usr/bin/apt-get')) {
		console.error(
			'No browser for the e2e tests: install chromium (Debian: apt-get install chromium) ' +
				'or set CHROME_PATH to a Chromium or Chrome executable.'
		);
		process.exit(1);
	}
	aptInstall(['chromium', 'fonts-noto-color-emoji']);
}

// Avatars and stickers are emoji: without a colour emoji font the screenshots show boxes.
if (
	existsSync(debianChromium) &&
	!existsSync(emojiFont) &&
	isRoot &&
	existsSync('/usr/bin/apt-get')
) {
	aptInstall(['fonts-noto-color-emoji']);
}
