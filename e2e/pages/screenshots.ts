import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';

// Screenshots to look at, kept outside the repository.
export const SHOTS_DIR = process.env.RELANCE_SHOTS_DIR ?? join(tmpdir(), 'relance-shots');

// The window as it is, or one element whole: for that the window grows to the page's height
// (the page scrolls inside .main, so a full-page screenshot would stop at the window's edge).
export const shoot = async (page: Page, name: string, whole?: Locator): Promise<void> => {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const path = join(SHOTS_DIR, `${name}.png`);
  if (!whole) {
    await page.screenshot({ path });
    return;
  }
  const size = page.viewportSize()!;
  const height = await page.locator('.main').evaluate((main) => main.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await whole.screenshot({ path });
  await page.setViewportSize(size);
};
