import { expect, type Locator, type Page } from '@playwright/test';

// The opt-out parts of the contacts page: the panel's Unsubscribe action and consent history,
// and the list's selection bar.
export class OptOutsPage {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.locator('aside.panel');
  }

  get unsubscribedSince(): Locator {
    return this.panel.getByTestId('unsubscribed-since');
  }

  get consentHistory(): Locator {
    return this.panel.getByTestId('consent-history');
  }

  get selectionBar(): Locator {
    return this.page.getByRole('toolbar');
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  checkbox(name: string): Locator {
    return this.page.getByRole('checkbox', { name: new RegExp(`^(Select|Sélectionner) ${name}$`) });
  }

  // Unsubscribe from the open panel, answering the confirmation.
  async unsubscribeFromPanel(): Promise<void> {
    await this.panel.getByRole('button', { name: /^(Unsubscribe|Désinscrire)$/ }).click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole('button', { name: /^(Unsubscribe|Désinscrire)$/ }).click();
    await expect(this.dialog).toHaveCount(0);
  }
}
