import type { Locator, Page } from '@playwright/test';

// Home's line about sending: "3 messages went out today, 2 wait for your approval."
export class HomeSendingCard {
  constructor(readonly page: Page) {}

  get card(): Locator {
    return this.page.getByTestId('home-sending');
  }

  get line(): Locator {
    return this.card.locator('.home-sending-line');
  }

  // "Open the outbox", or "Set up your mailbox" while there is none.
  async follow(): Promise<void> {
    await this.card.getByRole('button').click();
  }
}
