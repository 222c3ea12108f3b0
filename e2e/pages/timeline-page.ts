import { expect, type Locator, type Page } from '@playwright/test';

// Labels of the quick-log form, in English and French, keyed by what they hold.
export type LogValues = Partial<Record<'when' | 'amount' | 'currency' | 'reference' | 'items' | 'link' | 'note' | 'interest' | 'outcome', string>>;

const LABELS: Record<keyof LogValues, RegExp> = {
  when: /^(When|Quand|Last exchange|Dernier échange)$/,
  amount: /^(Amount|Montant|Cart value|Valeur du panier)$/,
  currency: /^(Currency|Devise)$/,
  reference: /^(Order number|N° de commande|Receipt or reference|Reçu ou référence)$/,
  items: /^(Items|Articles)$/,
  link: /^(Checkout link|Lien vers le panier)$/,
  note: /^(Note|What it was about|De quoi il était question)$/,
  interest: /^(What they were interested in|Ce qui l’intéressait)$/,
  outcome: /^(Status|Statut)$/,
};

// A quick-log form, wherever it is shown (the contact panel or the global Log… dialog).
export class LogForm {
  constructor(readonly root: Locator) {}

  get form(): Locator {
    return this.root.locator('form.log-form');
  }

  field(name: keyof LogValues): Locator {
    return this.form.getByLabel(LABELS[name]);
  }

  async fill(kind: string, values: LogValues): Promise<void> {
    await this.form.getByLabel(/^(What happened|Ce qui s’est passé)$/).selectOption({ label: kind });
    for (const [name, value] of Object.entries(values) as [keyof LogValues, string][]) {
      if (name === 'currency') await this.field(name).selectOption(value);
      else if (name === 'outcome') await this.field(name).selectOption({ label: value });
      else await this.field(name).fill(value);
    }
  }

  async submit(): Promise<void> {
    await this.form.getByRole('button', { name: /^(Add to timeline|Ajouter à l’historique)$/ }).click();
  }

  errorOf(name: keyof LogValues): Locator {
    return this.field(name).locator('xpath=..').locator('.field-error');
  }
}

// The timeline part of the contact panel.
export class TimelinePanel {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.locator('aside.panel');
  }

  get section(): Locator {
    return this.panel.locator('section.timeline');
  }

  get items(): Locator {
    return this.section.locator('.timeline-item');
  }

  get logForm(): LogForm {
    return new LogForm(this.section);
  }

  async log(kind: string, values: LogValues): Promise<void> {
    await this.section.getByRole('button', { name: /^(Log an activity|Noter une activité)$/ }).click();
    await this.logForm.fill(kind, values);
    await this.logForm.submit();
  }

  async expectLogged(type: string): Promise<void> {
    await expect(this.section.getByRole('status')).toContainText(type);
    await expect(this.logForm.form).toHaveCount(0);
  }
}

// The global Log… dialog opened from the sidebar.
export class LogDialog {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.locator('dialog.log-dialog');
  }

  get logForm(): LogForm {
    return new LogForm(this.dialog);
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: /^(Log…|Noter…)$/ }).click();
    await expect(this.dialog).toBeVisible();
  }

  async pick(search: string, name: string): Promise<void> {
    await this.dialog.getByLabel(/^(Search contacts|Chercher un contact)$/).fill(search);
    await this.dialog.getByRole('button', { name: new RegExp(name) }).click();
  }

  async createContact(values: Partial<Record<'firstName' | 'lastName' | 'email' | 'phone', string>>): Promise<void> {
    await this.dialog.getByRole('button', { name: /^(New contact|Nouveau contact)$/ }).click();
    const labels = { firstName: /^(First name|Prénom)$/, lastName: /^(Last name|Nom)$/, email: /^(Email|E-mail)$/, phone: /^(Phone|Téléphone)$/ };
    for (const [key, value] of Object.entries(values) as [keyof typeof labels, string][]) await this.dialog.getByLabel(labels[key]).fill(value);
    await this.dialog.getByRole('button', { name: /^(Create and continue|Créer et continuer)$/ }).click();
  }
}
