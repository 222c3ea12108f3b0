import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../../api';
import { I18nProvider, type Language } from '../i18n/i18n';
import { outboxEntry } from '../outbox/test-support/outbox-entry';
import { NextMessage } from './NextMessage';

// A Thursday at 10:14 local time, so the weekday and the hour hold in any time zone.
const thursday = new Date(2026, 2, 12, 10, 14);
const entry = outboxEntry({
  step: 2,
  dueAt: thursday.toISOString(),
  scheduledAt: thursday.toISOString(),
  reason: 'cart 2 of 3, unless they buy or reply',
});

const text = (next: OutboxEntry | null | undefined, language: Language = 'en') =>
  renderToStaticMarkup(
    <I18nProvider language={language}>
      <NextMessage next={next} error={null} now={thursday.getTime() - 86_400_000} />
    </I18nProvider>,
  )
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;|&#39;/g, '’');

describe('NextMessage', () => {
  it('says when and why, the way the Outbox does, with a way there', () => {
    expect(text(entry)).toBe('Next message: Thu 10:14 — Cart 2 of 3, unless they buy or reply See the Outbox');
    expect(text(entry, 'fr')).toBe('Prochain message\u00a0: jeu. 10:14 — Panier 2 sur 3, sauf achat ou réponse Voir la boîte d’envoi');
    expect(renderToStaticMarkup(<NextMessage next={entry} error={null} />)).toContain('href="#/outbox"');
  });

  it('names a state other than scheduled', () => {
    expect(text({ ...entry, state: 'needs-attention', reason: 'cart 1 of 3, unless they buy or reply; missing: the business name (Settings)' })).toBe(
      'Next message: Thu 10:14 — Cart 1 of 3, unless they buy or reply; missing: the business name (Settings) Needs attention See the Outbox',
    );
  });

  it('says when nothing is planned, and nothing while it is loading', () => {
    expect(text(null)).toBe('No message planned');
    expect(text(null, 'fr')).toBe('Aucun message prévu');
    expect(text(undefined)).toBe('');
  });
});
