import type { Download, Locator, Page } from '@playwright/test';

// Reports: the period picker, then one section per part of the report, each with its CSV.
export class ReportsPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.locator('.reports-page');
  }

  get period(): Locator {
    return this.root.getByTestId('reports-period');
  }

  get attribution(): Locator {
    return this.root.getByTestId('reports-attribution');
  }

  section(part: 'programs' | 'funnel' | 'donors' | 'reviews'): Locator {
    return this.root.locator(`section[data-part="${part}"]`);
  }

  rows(testId: string): Locator {
    return this.root.getByTestId(testId).locator('tbody tr');
  }

  range(name: string | RegExp): Locator {
    return this.root.getByRole('radio', { name });
  }

  // Clicks a section's CSV button and waits for the browser's download.
  async downloadCsv(part: 'programs' | 'funnel' | 'donors' | 'reviews'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.section(part).getByRole('button').click();
    return download;
  }
}
