import { expect, type Locator, type Page } from '@playwright/test';

export type ContactFormValues = Partial<Record<'firstName' | 'lastName' | 'email' | 'phone' | 'company' | 'tags', string>>;

const LABELS: Record<keyof ContactFormValues, RegExp> = {
  firstName: /^(First name|Prénom)$/,
  lastName: /^(Last name|Nom)$/,
  email: /^(Email|E-mail)$/,
  phone: /^(Phone|Téléphone)$/,
  company: /^(Company|Société)$/,
  tags: /^(Tags|Étiquettes)$/,
};

export class ContactsPage {
  constructor(readonly page: Page) {}

  get search(): Locator {
    return this.page.getByRole('searchbox');
  }

  get rows(): Locator {
    return this.page.locator('.contacts-table tbody tr:not(.placeholder)');
  }

  get panel(): Locator {
    return this.page.locator('aside.panel');
  }

  // "Next message: Thu 10:14 — Cart 1 of 3…" or "No message planned", in the open panel.
  get nextMessage(): Locator {
    return this.panel.getByTestId('next-message');
  }

  row(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }

  async fill(values: ContactFormValues): Promise<void> {
    for (const [key, value] of Object.entries(values) as [keyof ContactFormValues, string][]) {
      await this.panel.getByLabel(LABELS[key]).fill(value);
    }
  }

  async create(values: ContactFormValues): Promise<void> {
    await this.page.getByRole('button', { name: /^(New contact|Nouveau contact)$/ }).click();
    await this.fill(values);
    await this.panel.getByRole('button', { name: /^(Save|Enregistrer)$/ }).click();
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill('');
    await this.search.pressSequentially(text, { delay: 30 });
  }

  async expectCount(count: number, timeout = 5000): Promise<void> {
    await expect(this.page.locator('.page-head .count')).toHaveText(new RegExp(`^${count} contacts?$`), { timeout });
  }
}
