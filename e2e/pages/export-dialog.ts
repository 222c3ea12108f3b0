import { expect, type Download, type Locator, type Page } from '@playwright/test';

// The export dialog, opened by "Export…" on the contacts list or a segment's members.
export class ExportDialog {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.locator('dialog.export-dialog');
  }

  async open(): Promise<void> {
    await this.page.locator('.page-head').getByRole('button', { name: /^(Export…|Exporter…)$/ }).click();
    await expect(this.root).toBeVisible();
  }

  format(label: RegExp): Locator {
    return this.root.getByRole('radio', { name: label });
  }

  get separator(): Locator {
    return this.root.getByLabel(/^(Separator|Séparateur)$/);
  }

  get count(): Locator {
    return this.root.locator('.export-count');
  }

  get warning(): Locator {
    return this.root.locator('.export-warning');
  }

  get explanation(): Locator {
    return this.root.locator('.export-explanation');
  }

  // Runs the export and returns the file the browser saved.
  async run(): Promise<Download> {
    const downloading = this.page.waitForEvent('download');
    await this.root.getByRole('button', { name: /^(Export|Exporter)$/ }).click();
    const download = await downloading;
    await expect(this.root.locator('.export-done')).toBeVisible();
    return download;
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: /^(Cancel|Annuler)$/ }).click();
    await expect(this.root).toBeHidden();
  }
}
