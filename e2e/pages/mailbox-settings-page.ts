import { expect, type Locator, type Page } from '@playwright/test';

export type MailboxField = 'host' | 'port' | 'user' | 'fromName' | 'fromAddress' | 'replyTo' | 'minIntervalSeconds' | 'hourlyCap' | 'dailyCap';
export type MailboxValues = Partial<Record<MailboxField | 'password', string>>;

// Settings → Your mailbox as the owner sees it: a provider, the form, the two tests, the
// certificate to trust when it does not verify, and the "Pause all sending" switch.
export class MailboxSettingsPage {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.getByTestId('mailbox-settings');
  }

  async choosePreset(id: string): Promise<void> {
    await this.section.locator('#mailbox-preset').selectOption(id);
  }

  get presetNote(): Locator {
    return this.section.locator('#mailbox-preset-note');
  }

  field(name: MailboxField | 'password' | 'security'): Locator {
    return this.section.locator(`#mailbox-${name}`);
  }

  fieldError(name: MailboxField | 'security'): Locator {
    return this.section.locator(`#mailbox-${name}-error`);
  }

  async fill(values: MailboxValues): Promise<void> {
    for (const [name, value] of Object.entries(values) as [MailboxField | 'password', string][]) await this.field(name).fill(value);
  }

  async chooseSecurity(mode: 'tls' | 'starttls' | 'none'): Promise<void> {
    await this.field('security').selectOption(mode);
  }

  // "Your password is kept in your system keychain…", or where else it is kept.
  get passwordStore(): Locator {
    return this.section.locator('#mailbox-password-hint');
  }

  async save(): Promise<void> {
    await this.section.getByRole('button', { name: /^(Save the mailbox|Enregistrer la boîte mail)$/ }).click();
  }

  get saveStatus(): Locator {
    return this.section.locator('.mailbox-save-bar [role="status"]');
  }

  async testConnection(): Promise<void> {
    await this.section.getByRole('button', { name: /^(Test the connection|Tester la connexion)$/ }).click();
  }

  async sendTestMessage(): Promise<void> {
    await this.section.getByRole('button', { name: /^(Send me a test message|M’envoyer un message de test)$/ }).click();
  }

  // The sending checks, apart from the reading ones below them (which look alike).
  get check(): Locator {
    return this.section.getByRole('region', { name: /^(Check|Vérifier)$/ });
  }

  // The sentence a test ends with; data-ok says whether it worked.
  get result(): Locator {
    return this.check.locator('.mailbox-result');
  }

  async expectResult(isOk: boolean, text: string | RegExp): Promise<void> {
    await expect(this.result).toHaveAttribute('data-ok', String(isOk));
    await expect(this.result).toHaveText(text);
  }

  get serverAnswer(): Locator {
    return this.check.locator('.mailbox-answer');
  }

  get certificate(): Locator {
    return this.check.locator('.mailbox-certificate');
  }

  certificateFact(label: string | RegExp): Locator {
    return this.certificate.locator('.facts > div').filter({ has: this.page.locator('dt', { hasText: label }) }).locator('dd');
  }

  async trustCertificate(): Promise<void> {
    await this.certificate.getByRole('button', { name: /^(Trust this certificate|Faire confiance à ce certificat)$/ }).click();
  }

  get pinned(): Locator {
    return this.check.locator('.mailbox-pinned');
  }

  async stopTrusting(): Promise<void> {
    await this.pinned.getByRole('button').click();
  }

  get pauseSwitch(): Locator {
    return this.section.getByRole('switch', { name: /^(Pause all sending|Suspendre tous les envois)$/ });
  }

  async setSendingPaused(isPaused: boolean): Promise<void> {
    if ((await this.pauseSwitch.isChecked()) !== isPaused) await this.pauseSwitch.click();
    await expect(this.pauseSwitch).toBeChecked({ checked: isPaused });
  }
}
