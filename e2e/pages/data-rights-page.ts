import { expect, type Download, type Locator, type Page } from '@playwright/test';

// The data rights as a person meets them: the delete-or-erase dialog, "Download their data" in
// the contact panel, and the privacy log in Settings.
export class DataRightsPage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get privacyLog(): Locator {
    return this.page.locator('section.privacy-log');
  }

  eraseChoice(): Locator {
    return this.dialog.getByRole('radio', { name: /^(Erase for good|Effacer définitivement)/ });
  }

  eraseButton(): Locator {
    return this.dialog.getByRole('button', { name: /^(Erase for good|Effacer définitivement)$/ });
  }

  sureBox(): Locator {
    return this.dialog.getByRole('checkbox');
  }

  // Clicks and waits for the browser's download, which it hands back.
  async download(button: Locator): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await button.click();
    return download;
  }

  async readDownload(download: Download): Promise<string> {
    const path = await download.path();
    expect(path).toBeTruthy();
    const { readFile } = await import('node:fs/promises');
    return readFile(path, 'utf8');
  }

  logRow(contactId: string, action: string): Locator {
    return this.privacyLog.locator(`tbody tr[data-action="${action}"]`).filter({ hasText: contactId });
  }
}
