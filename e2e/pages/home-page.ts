import type { Locator, Page } from '@playwright/test';

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
