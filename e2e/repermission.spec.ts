import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { AppPage } from './pages/app-page';
import { HomePage } from './pages/home-page';
import { startOwnHost, useOwnHost, type OwnHost } from './pages/own-host';
import { shoot } from './pages/screenshots';

// Home points at the people who got the re-permission message (beyond 3 years without real
// contact) more than 30 days ago and never answered, in English and French, and opens them.
// On a host of its own, so the count is exactly the one person set up here.
const DAY = 86_400_000;
let host: OwnHost;
let giveBack: () => void;

test.beforeAll(async () => {
  host = await startOwnHost();
  giveBack = useOwnHost(host);
});
test.afterAll(async () => {
  giveBack();
  await host.close();
});

// A message sent forty days ago: no method sends in the past, so it is written as the sender would.
const sentLongAgo = (contactId: string): void => {
  const sqlite = new Database(join(host.dataDir, 'relance.db'));
  sqlite.pragma('busy_timeout = 5000');
  const at = Date.now() - 40 * DAY;
  sqlite
    .prepare(`INSERT INTO outbox (id, dedupe_key, contact_id, program, step, anchor, channel, language, due_at, scheduled_at, state, reason,
      subject, body_text, body_html, created_at, updated_at, sent_at) VALUES (?, ?, ?, 'reactivation', 2, 'reactivation#1', 'email', 'fr', ?, ?, 'sent',
      're-permission', 'Toujours partant ?', 'Bonjour', '', ?, ?, ?)`)
    .run(`e2e-${contactId}`, `reactivation:${contactId}:reactivation#1:2`, contactId, at, at, at, at, at);
  sqlite.close();
};

test('Home suggests erasing people who never answered the re-permission message', async ({ page }) => {
  const app = new AppPage(page);
  const home = new HomePage(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await app.open('home');
  const paula = await app.api('contacts.create', { firstName: 'Paula', lastName: 'Martin', email: 'paula@prospect.example', kind: 'prospect' });
  sentLongAgo(paula.id);
  await page.reload();

  const card = home.card('repermission-unanswered');
  await expect(card).toContainText('Re-permission unanswered');
  await expect(card).toContainText('1 person got the re-permission message more than 30 days ago and never answered: consider erasing them');
  await expect(home.count('repermission-unanswered')).toHaveText('1');
  await card.scrollIntoViewIfNeeded();
  await shoot(page, 'home-repermission-en', page.locator('.home-cards'));

  try {
    await app.api('settings.update', { uiLanguage: 'fr' });
    await expect(card).toContainText('Re-permission sans réponse');
    await expect(card).toContainText('1 personne a reçu le message de re-permission il y a plus de 30 jours sans jamais répondre\u00a0: pensez à l’effacer');
    await shoot(page, 'home-repermission-fr', page.locator('.home-cards'));
  } finally {
    await app.api('settings.update', { uiLanguage: 'en' });
  }

  // The card opens the list of those people, where each can be erased.
  await card.click();
  await expect(page).toHaveURL(/#\/segments$/);
  await expect(page.getByText('Paula Martin').first()).toBeVisible();
  await shoot(page, 'segments-repermission-en');
});
