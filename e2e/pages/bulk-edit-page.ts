import { expect, type Locator, type Page } from '@playwright/test';

// The contacts list's selection and what can be done to it at once, and "Recent changes".
export class BulkEditPage {
  constructor(readonly page: Page) {}

  get bar(): Locator {
    return this.page.locator('.selection-bar');
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get recent(): Locator {
    return this.page.locator('.recent-changes');
  }

  get status(): Locator {
    return this.page.locator('.contacts-page > p.status');
  }

  checkbox(row: Locator): Locator {
    return row.getByRole('checkbox');
  }

  async tick(row: Locator, options: { isRange?: boolean } = {}): Promise<void> {
    await this.checkbox(row).click({ modifiers: options.isRange ? ['Shift'] : [] });
  }

  async selectAllMatching(): Promise<void> {
    await this.bar.getByRole('button', { name: /^(Select all|Sélectionner les) / }).click();
  }

  // Chooses what to change and its value, then asks: the confirmation opens.
  async change(field: string, value: string): Promise<void> {
    await this.bar.getByLabel(/^(Change|Modifier)$/).selectOption({ label: field });
    const valueBox = this.bar.getByLabel(/^(New value|Nouvelle valeur|Tag|Étiquette)$/);
    if ((await valueBox.evaluate((el) => el.tagName)) === 'SELECT') await valueBox.selectOption({ label: value });
    else await valueBox.fill(value);
    await this.bar.getByRole('button', { name: /^(Apply…|Appliquer…)$/ }).click();
    await expect(this.dialog).toBeVisible();
  }

  async confirm(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^(Change them|Les modifier)$/ }).click();
    await expect(this.dialog).toHaveCount(0);
  }

  async openRecent(): Promise<void> {
    if (!(await this.recent.evaluate((el) => (el as HTMLDetailsElement).open))) await this.recent.locator('summary').click();
  }
}
