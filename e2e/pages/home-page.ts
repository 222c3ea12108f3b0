import { expect, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './app-page';

// Home as a person sees it: one card per built-in segment, and the chart of the last months.
export class HomePage {
  constructor(readonly page: Page) {}

  card(segmentId: string): Locator {
    return this.page.locator(`.home-card[data-segment="${segmentId}"]`);
  }

  count(segmentId: string): Locator {
    return this.card(segmentId).locator('.home-card-count');
  }

  // The number as the card shows it ("1,204" → 1204), for tests that count relatively.
  async countValue(segmentId: string): Promise<number> {
    return Number((await this.count(segmentId).innerText()).replace(/\D/g, ''));
  }

  get chart(): Locator {
    return this.page.locator('.home-monthly');
  }

  get bars(): Locator {
    return this.chart.locator('.recharts-bar-rectangle path');
  }

  // The chart's figures as screen readers get them: one row per month, oldest first.
  get tableRows(): Locator {
    return this.page.getByTestId('home-chart-table').locator('tbody tr');
  }

  // Every write to sessionStorage, so a test can see what Home handed to the Segments page.
  static async recordStorageWrites(page: Page): Promise<void> {
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      const writes: [string, string][] = [];
      Object.defineProperty(window, '__storageWrites', { value: writes });
      Storage.prototype.setItem = function (key: string, value: string) {
        writes.push([key, value]);
        setItem.call(this, key, value);
      };
    });
  }

  async storageWrites(): Promise<[string, string][]> {
    return this.page.evaluate(() => (window as unknown as { __storageWrites: [string, string][] }).__storageWrites);
  }
}

// Contacts with their orders, donations and carts, imported through the API as a file would be.
export const importCsv = async (app: AppPage, fileName: string, rows: string[][]): Promise<void> => {
  const origin = new URL(process.env.RELANCE_E2E_URL!).origin;
  const csv = rows.map((cells) => cells.join(',')).join('\n');
  const staged = await app.page.request.post(`${origin}/api/files`, {
    headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(fileName) },
    data: Buffer.from(csv, 'utf8'),
  });
  const { value } = (await staged.json()) as { value: { fileId: string } };
  await app.api('imports.start', { fileId: value.fileId, mapping: null, mode: 'update', country: 'FR' });
  await expect
    .poll(async () => (await app.api<{ fileName: string }[]>('imports.list', {})).some((i) => i.fileName === fileName), { timeout: 20_000 })
    .toBe(true);
};
