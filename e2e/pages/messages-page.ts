import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

export type BusinessValues = Partial<Record<'name' | 'senderName' | 'replyAddress' | 'postalAddress' | 'website' | 'placeId' | 'promoCode', string>>;

const BUSINESS_LABELS: Record<keyof BusinessValues, RegExp> = {
  name: /^(Business name|Nom de l’entreprise)$/,
  senderName: /^(Sender name|Nom de l’expéditeur)$/,
  replyAddress: /^(Reply address|Adresse de réponse)$/,
  postalAddress: /^(Postal address|Adresse postale)$/,
  website: /^(Website|Site web)$/,
  placeId: /^(Google Place ID|Identifiant de lieu Google)/,
  promoCode: /^(Promo code for the third cart message|Code promo du troisième message de panier)$/,
};

// The Messages section as a person sees it: programs, business and sending, templates.
export class MessagesPage {
  constructor(readonly page: Page) {}

  async openTab(name: 'Programs' | 'Business and sending' | 'Templates' | 'Programmes' | 'Entreprise et envoi' | 'Modèles'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await expect(this.page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }

  get status(): Locator {
    return this.page.getByRole('tabpanel').getByRole('status').first();
  }

  // Business and sending
  async fillBusiness(values: BusinessValues): Promise<void> {
    for (const [key, value] of Object.entries(values) as [keyof BusinessValues, string][]) {
      await this.page.getByLabel(BUSINESS_LABELS[key]).fill(value);
    }
  }

  async saveBusiness(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Save|Enregistrer)$/ }).click();
  }

  get reviewLink(): Locator {
    return this.page.getByTestId('review-link').getByRole('link');
  }

  get footerExample(): Locator {
    return this.page.getByTestId('footer-example');
  }

  fieldError(id: string): Locator {
    return this.page.locator(`#${id}-error`);
  }

  // Templates
  step(name: string): Locator {
    return this.page.getByRole('navigation', { name: /Templates by program|Modèles par programme/ }).getByRole('button', { name: new RegExp(`^${name}`) });
  }

  async textLanguage(name: 'Français' | 'English'): Promise<void> {
    await this.page.getByRole('group', { name: /Language of the text|Langue du texte/ }).getByRole('button', { name }).click();
  }

  get subject(): Locator {
    return this.page.locator('#msg-template-subject');
  }

  get body(): Locator {
    return this.page.locator('#msg-template-body');
  }

  mergeField(field: string): Locator {
    return this.page.locator(`.msg-field[data-field="${field}"]`);
  }

  async saveTemplate(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Save template|Enregistrer le modèle)$/ }).click();
  }

  async resetTemplate(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Reset to the shipped text|Revenir au texte d’origine)$/ }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('button', { name: /^(Reset to the shipped text|Revenir au texte d’origine)$/ }).click();
  }

  async previewAs(search: string, name: string): Promise<void> {
    await this.page.getByLabel(/^(Preview as|Aperçu pour)$/).fill(search);
    await this.page.getByRole('list', { name: /Contacts to preview as|Contacts pour l’aperçu/ }).getByRole('button', { name: new RegExp(name) }).click();
  }

  rendered(language: 'fr' | 'en'): Locator {
    return this.page.locator(`.msg-rendered[data-language="${language}"]`);
  }

  frame(language: 'fr' | 'en'): FrameLocator {
    return this.rendered(language).frameLocator('iframe');
  }
}
