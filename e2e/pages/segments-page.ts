import { expect, type Locator, type Page } from '@playwright/test';

// The Segments section as a person sees it: segment cards, the filter builder, a segment's members.
export class SegmentsPage {
  constructor(readonly page: Page) {}

  card(name: string): Locator {
    return this.page.locator('.segment-card').filter({ has: this.page.getByRole('heading', { level: 3, name, exact: true }) });
  }

  count(name: string): Locator {
    return this.card(name).locator('.segment-count');
  }

  async countValue(name: string): Promise<number> {
    return Number((await this.count(name).innerText()).replace(/\D/g, ''));
  }

  async open(name: string): Promise<void> {
    await this.card(name).getByRole('button', { name: /^(Show the contacts|Voir les contacts)/ }).click();
    await expect(this.page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
  }

  get memberRows(): Locator {
    return this.page.locator('.contacts-table tbody tr:not(.placeholder)');
  }

  async back(): Promise<void> {
    await this.page.getByRole('button', { name: /(All segments|Tous les segments)$/ }).click();
  }

  // ---- the filter builder

  async startNew(): Promise<void> {
    await this.page.getByRole('button', { name: /^(New segment|Nouveau segment)$/ }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^(New segment|Nouveau segment)$/ })).toBeVisible();
  }

  condition(number: number): { field: Locator; op: Locator; value: Locator } {
    return {
      field: this.page.getByLabel(`Condition ${number}: what`),
      op: this.page.getByLabel(`Condition ${number}: how`),
      value: this.page.getByLabel(`Condition ${number}: value`),
    };
  }

  async addCondition(): Promise<void> {
    await this.page.getByRole('button', { name: /Add a condition/ }).click();
  }

  get preview(): Locator {
    return this.page.getByTestId('builder-preview').locator('.builder-number');
  }

  async saveAs(name: string): Promise<void> {
    await this.page.getByLabel('Name', { exact: true }).fill(name);
    await this.page.getByRole('button', { name: 'Save segment' }).click();
    await expect(this.page.getByRole('status')).toHaveText(`Segment “${name}” saved.`);
  }

  async delete(name: string): Promise<void> {
    await this.card(name).getByRole('button', { name: `Delete ${name}` }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toContainText(`Delete the segment “${name}”?`);
    await dialog.getByRole('button', { name: 'Delete segment' }).click();
    await expect(this.page.getByRole('status')).toHaveText(`Segment “${name}” deleted.`);
  }
}
