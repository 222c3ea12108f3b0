import { expect, type Locator, type Page } from '@playwright/test';

export type CountName = 'create' | 'update' | 'skip' | 'merged' | 'reject' | 'events';

// The Import section as a person sees it: the four steps and the list of past imports.
export class ImportPage {
  constructor(readonly page: Page) {}

  get fileInput(): Locator {
    return this.page.locator('input[type="file"]');
  }

  get formatLine(): Locator {
    return this.page.getByTestId('import-format');
  }

  get problems(): Locator {
    return this.page.locator('.problems-table');
  }

  get startButton(): Locator {
    return this.page.getByRole('button', { name: /^(Import|Importer) [\d\s,\u202f]+ contacts?$/ });
  }

  get progress(): Locator {
    return this.page.locator('.import-progress progress');
  }

  get result(): Locator {
    return this.page.locator('.import-result');
  }

  get history(): Locator {
    return this.page.locator('.history-table');
  }

  async choose(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.fileInput.setInputFiles(file);
    await expect(this.formatLine).toBeVisible();
  }

  // What the browser hands the page when a file is dragged from the desktop onto the drop zone.
  async drop(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, mimeType, text }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name, { type: mimeType }));
        return transfer;
      },
      { name: file.name, mimeType: file.mimeType, text: file.buffer.toString('utf8') },
    );
    await this.page.locator('.drop-zone').dispatchEvent('dragover', { dataTransfer });
    await this.page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer });
    await expect(this.formatLine).toBeVisible();
  }

  mappingSelect(header: string): Locator {
    return this.page.getByLabel(`Where “${header}” goes`);
  }

  count(name: CountName): Locator {
    return this.page.locator(`.count-card[data-count="${name}"] .count-number`);
  }

  async countValue(name: CountName): Promise<number> {
    return Number((await this.count(name).innerText()).replace(/\D/g, ''));
  }

  // A small file can be written before the progress bar has painted: either is the sign the import began.
  async startAndWait(): Promise<void> {
    await this.startButton.click();
    await expect(this.progress.or(this.result)).toBeVisible();
    await expect(this.result).toBeVisible({ timeout: 20_000 });
  }

  async confirmUndo(): Promise<void> {
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toContainText('Undo the import of');
    await dialog.getByRole('button', { name: 'Undo import' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'was undone' })).toBeVisible();
  }
}
