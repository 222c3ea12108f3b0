import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

// CHROMIUM_PATH, then Debian's chromium, then a browser Playwright installed itself. Never a
// silent skip: with none, say how to get one.
export const findChromium = (): string | undefined => {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path!));
  if (found) return found;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one (Debian/Ubuntu: sudo apt-get install chromium), ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary, or run `npx playwright install chromium` where downloads work.',
  );
};
