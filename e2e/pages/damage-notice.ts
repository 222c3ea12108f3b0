import type { Page } from '@playwright/test';

// The notice above every page while the database is damaged.
export class DamageNotice {
  constructor(readonly page: Page) {}

  get section() {
    return this.page.locator('.damage-banner');
  }

  restoreButton() {
    return this.section.getByRole('button');
  }
}
