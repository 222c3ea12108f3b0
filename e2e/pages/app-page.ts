import { expect, type Page } from '@playwright/test';
import type { MethodInput, MethodName, MethodOutput } from '../../api';
import { authorization } from './own-host';

// Opens Relance the way a person does: the printed address, whose key the page keeps for the tab.
export class AppPage {
  readonly violations: string[] = [];
  readonly dialogs: string[] = [];

  constructor(readonly page: Page) {
    page.on('dialog', (dialog) => {
      this.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // HTTP 4xx answers to invalid input are expected; script errors and CSP reports are not.
    page.on('console', (message) => {
      if (message.text().startsWith('CSP violation')) this.violations.push(message.text());
    });
    page.on('pageerror', (error) => this.violations.push(`page error: ${error.message}`));
  }

  async open(section = 'home'): Promise<void> {
    const url = process.env.RELANCE_E2E_URL;
    if (!url) throw new Error('RELANCE_E2E_URL is not set: run the tests with `npm run e2e` so global setup starts the host.');
    await this.page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    // From a page already showing the app, the same address differs only by its fragment: the
    // browser would not load it again, and the app would keep what it read at its first load
    // (a setting changed since through the API, before its event stream was up, never arrives).
    if (this.page.url() !== 'about:blank') await this.page.goto('about:blank');
    await this.page.goto(url);
    await this.page.evaluate((hash) => (window.location.hash = hash), `/${section}`);
  }

  nav(name: string) {
    return this.page.getByRole('navigation').getByRole('link', { name, exact: true });
  }

  // The app's language, chosen the way the owner does: in Settings.
  async setLanguage(language: 'fr' | 'en' | 'system'): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: /^(Settings|Réglages)$/ }).click();
    await this.page.getByLabel(/^(Language of the app|Langue de l’application)$/).selectOption(language);
    if (language === 'system') await expect(this.page.locator('.page > [role="status"]')).not.toBeEmpty();
    else await expect(this.nav(language === 'fr' ? 'Réglages' : 'Settings')).toBeVisible();
  }

  // Seeds and reads through the contract, as the app does: the input is typed from the method's
  // schema (MethodInput) and the answer from its output, so a spec cannot drift from the API.
  async api<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const response = await this.page.request.post(`/api/${method}`.replace(/^/, new URL(process.env.RELANCE_E2E_URL!).origin), {
      data: input,
      headers: authorization(),
    });
    const body = (await response.json()) as { ok: boolean; value: MethodOutput<M>; error?: { message: string } };
    if (!body.ok) throw new Error(`${method} failed: ${body.error?.message}`);
    return body.value;
  }

  async expectClean(): Promise<void> {
    expect(this.violations, 'no CSP violations or page errors').toEqual([]);
    expect(this.dialogs, 'no alert, confirm or prompt').toEqual([]);
  }
}
