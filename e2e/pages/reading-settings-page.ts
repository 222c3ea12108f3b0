import { expect, type Locator, type Page } from '@playwright/test';

export type ReadingValues = Partial<Record<'imapHost' | 'imapPort' | 'imapUser' | 'imapPassword', string>>;

// Settings → Your mailbox, the reading part: the IMAP fields in the form, then the IMAP test,
// the certificate to trust, "Check now" and what the last check found. Saving is the mailbox
// form's (MailboxSettingsPage.save).
export class ReadingSettingsPage {
  constructor(readonly page: Page) {}

  get fields(): Locator {
    return this.page.getByTestId('reading-fields');
  }

  get switch(): Locator {
    return this.fields.getByRole('switch');
  }

  async turnOn(): Promise<void> {
    if (!(await this.switch.isChecked())) await this.switch.click();
    await expect(this.switch).toBeChecked();
  }

  field(name: keyof ReadingValues | 'imapSecurity'): Locator {
    return this.fields.locator(`#mailbox-${name}`);
  }

  async fill(values: ReadingValues): Promise<void> {
    for (const [name, value] of Object.entries(values) as [keyof ReadingValues, string][]) await this.field(name).fill(value);
  }

  async chooseSecurity(mode: 'tls' | 'starttls' | 'none'): Promise<void> {
    await this.field('imapSecurity').selectOption(mode);
  }

  get check(): Locator {
    return this.page.getByTestId('reading-check');
  }

  async testConnection(): Promise<void> {
    await this.check.getByRole('button', { name: /^(Test the connection \(IMAP\)|Tester la connexion \(IMAP\))$/ }).click();
  }

  async checkNow(): Promise<void> {
    await this.check.getByRole('button', { name: /^(Check now|Relever maintenant)$/ }).click();
  }

  get result(): Locator {
    return this.check.locator('.reading-result');
  }

  get certificate(): Locator {
    return this.check.locator('.mailbox-certificate');
  }

  async trustCertificate(): Promise<void> {
    await this.certificate.getByRole('button', { name: /^(Trust this certificate|Faire confiance à ce certificat)$/ }).click();
  }

  get pinned(): Locator {
    return this.check.locator('.reading-pinned');
  }

  // A line of the last check: lastCheck, lookedAt or found.
  fact(name: 'lastCheck' | 'lookedAt' | 'found'): Locator {
    return this.check.locator(`[data-fact="${name}"]`);
  }

  get problem(): Locator {
    return this.check.locator('.reading-problem');
  }
}
