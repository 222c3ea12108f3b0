import type { Locator, Page } from '@playwright/test';

// Replies: what was read from the mailbox, newest first, and the contact opened beside it.
export class RepliesPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.locator('.replies-page');
  }

  get items(): Locator {
    return this.root.locator('.reply-item');
  }

  item(text: string): Locator {
    return this.items.filter({ hasText: text });
  }

  async openContact(name: string): Promise<void> {
    await this.root.locator('.reply-contact', { hasText: name }).click();
  }

  get empty(): Locator {
    return this.root.locator('.replies-empty');
  }

  get panel(): Locator {
    return this.root.locator('aside.panel');
  }
}
