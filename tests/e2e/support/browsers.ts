/** Finds the system browsers; a missing one fails with the package to install, not a stack trace. */
import { existsSync } from 'node:fs';

function firstExisting(candidates: (string | undefined)[]): string | undefined {
  return candidates.find((path): path is string => !!path && existsSync(path));
}

export function chromiumPath(): string {
  const found = firstExisting([
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ]);
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH ' +
        'to a Chromium or Chrome executable.',
    );
  }
  return found;
}

export function firefoxPath(): string | undefined {
  return firstExisting([
    process.env.FIREFOX_PATH,
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ]);
}

export const FIREFOX_MISSING =
  'No Firefox found. Install it (Debian: `sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH.';
