import { expect, type Locator, type Page } from '@playwright/test';

export type DeliveryView = 'today' | 'upcoming' | 'attention' | 'sent' | 'failed' | 'unknown';
export type BannerKind = 'stopped' | 'owner-paused' | 'no-mailbox';

// The sending side of the Outbox: "Approve what is due", "Send now" and its progress, the
// banners that say why nothing leaves, the Failed and Unknown tabs, and the two decisions an
// uncertain message asks for. Use beside OutboxPage (outbox-page.ts), which reads the list and
// the detail.
export class OutboxSendingPage {
  constructor(readonly page: Page) {}

  tab(view: DeliveryView): Locator {
    return this.page.locator(`[role="tab"][data-view="${view}"]`);
  }

  tabCount(view: DeliveryView): Locator {
    return this.tab(view).locator('.tab-count');
  }

  async openTab(view: DeliveryView): Promise<void> {
    await this.tab(view).click();
    await expect(this.tab(view)).toHaveAttribute('aria-selected', 'true');
  }

  get toolbar(): Locator {
    return this.page.locator('.sending-toolbar');
  }

  async sendNow(): Promise<void> {
    await this.toolbar.getByRole('button', { name: /^(Send now|Envoyer maintenant)$/ }).click();
  }

  get sendNowButton(): Locator {
    return this.toolbar.getByRole('button', { name: /^(Send now|Envoyer maintenant|Sending…|Envoi…)$/ });
  }

  async approveDue(): Promise<void> {
    await this.toolbar.getByRole('button', { name: /^(Approve what is due|Approuver ce qui est dû)$/ }).click();
  }

  // "Sending 3 of 12…" while a pass runs; empty otherwise.
  get progress(): Locator {
    return this.page.locator('.sending-progress');
  }

  // The outbox's one status line: what "Send now", "Approve what is due" or an action did.
  get status(): Locator {
    return this.page.locator('.outbox-page > [role="status"]');
  }

  banner(kind: BannerKind): Locator {
    return this.page.locator(`.sending-banner[data-kind="${kind}"]`);
  }

  async resumeMailbox(): Promise<void> {
    await this.banner('stopped').getByRole('button', { name: /^(Resume|Reprendre)$/ }).click();
  }

  async resumeSending(): Promise<void> {
    await this.banner('owner-paused').getByRole('button', { name: /^(Resume sending|Reprendre les envois)$/ }).click();
  }

  get detail(): Locator {
    return this.page.locator('aside.outbox-detail');
  }

  fact(label: string | RegExp): Locator {
    return this.detail.locator('.facts > div').filter({ has: this.page.locator('dt', { hasText: label }) }).locator('dd');
  }

  get serverAnswer(): Locator {
    return this.fact(/^(Server answer|Réponse du serveur)$/);
  }

  get nextAttempt(): Locator {
    return this.fact(/^(Next try|Prochain essai)$/);
  }

  get attempts(): Locator {
    return this.fact(/^(Tries so far|Essais)$/);
  }

  // What an uncertain message says, and its two ways out.
  get unknownExplanation(): Locator {
    return this.detail.locator('.outbox-unknown');
  }

  async sendAgainAfterChecking(): Promise<void> {
    await this.unknownExplanation.getByRole('button', { name: /^(I checked, send it again|J’ai vérifié, le renvoyer)$/ }).click();
  }

  async drop(): Promise<void> {
    await this.unknownExplanation.getByRole('button', { name: /^(Drop it|L’abandonner)$/ }).click();
  }
}
