import type { Locator, Page } from '@playwright/test';

// Settings → Backups as the owner meets it: back up now, the list, restore from a file or a row.
export class BackupsPage {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.locator('section.backups');
  }

  backUpNow(): Locator {
    return this.section.getByRole('button', { name: /^(Back up now|Sauvegarder maintenant)$/ });
  }

  last(): Locator {
    return this.section.getByTestId('backups-last');
  }

  rows(kind?: string): Locator {
    return this.section.locator(kind ? `tbody tr[data-kind="${kind}"]` : 'tbody tr');
  }

  done(): Locator {
    return this.section.locator('.backups-done');
  }

  alert(): Locator {
    return this.section.getByRole('alert');
  }

  // "Restore from a file…" opens the system's file chooser; the file goes up like an import's.
  async chooseFile(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.section.getByRole('button', { name: /^(Restore from a file…|Restaurer depuis un fichier…)$/ }).click();
    await (await chooser).setFiles(file);
  }

  async confirm(): Promise<void> {
    await this.section.getByRole('alertdialog').getByRole('button', { name: /^(Replace and restore|Remplacer et restaurer)$/ }).click();
  }
}
