import { describe, expect, it } from 'vitest';
import { resultLine, skippedLine, undoBody } from '../imports/result-words';
import { en, type MessageKey } from './en';
import { fr } from './fr';
import { translator, type Language } from './i18n';
import { counted } from './plural';

// Messages with a {count} that need no singular form, each with the reason.
const EXEMPT: Partial<Record<MessageKey, string>> = {
  'outbox.tabCount': 'a bare number on a tab, no word to agree with it',
  'messages.campaign.option': 'a bare number in brackets after the segment’s name',
  'replies.count': '“12 in all”, “12 en tout”: no noun',
  'outbox.reason.perYear': '“at most 3 a year”: no noun',
  'segments.builder.max': 'MAX_CONDITIONS, a constant well above 1',
  'rule.import.extraValues': 'core sends rule import.extraValue for 1, this one from 2 up (table-from-records.ts)',
  'rule.import.missingValues': 'core sends rule import.missingValue for 1, this one from 2 up',
  'rule.import.cardTooManyEmails': 'only said when a card has more than the 3 kept (parse-vcard.ts)',
  'rule.import.cardTooManyPhones': 'only said when a card has more than the 3 kept (parse-vcard.ts)',
};

const catalogs: Record<Language, Record<string, string>> = { en, fr };

describe('counted messages', () => {
  it('come as a one/other pair whenever they show a {count}', () => {
    for (const [language, catalog] of Object.entries(catalogs)) {
      const unpaired = Object.entries(catalog)
        .filter(([key, text]) => text.includes('{count}') && !(key in EXEMPT))
        .filter(([key]) => {
          const base = key.replace(/\.(one|other)$/, '');
          return base === key || !(`${base}.one` in catalog && `${base}.other` in catalog);
        })
        .map(([key]) => `${language}: ${key}`);
      expect(unpaired).toEqual([]);
    }
  });

  it('never write the plural in brackets', () => {
    const bracketed = Object.entries({ ...en, ...fr }).filter(([, text]) => /\(s\)|\(es\)|é\(e\)/.test(text));
    expect(bracketed.map(([key]) => key)).toEqual([]);
  });

  it('exempt only messages that exist', () => {
    for (const key of Object.keys(EXEMPT)) expect(key in en, key).toBe(true);
  });
});

describe('counted phrases', () => {
  const say = (language: Language, base: Parameters<typeof counted>[2], count: number) => counted(translator(language), language, base, count);

  it('take the singular for 0 and 1 in French', () => {
    expect(say('fr', 'import.result.created', 1)).toBe('1 contact créé');
    expect(say('fr', 'import.result.created', 0)).toBe('0 contact créé');
    expect(say('fr', 'import.result.created', 2)).toBe('2 contacts créés');
    expect(say('fr', 'import.counts.rows', 1)).toBe('1 ligne lue.');
    expect(say('fr', 'import.counts.rows', 0)).toBe('0 ligne lue.');
    expect(say('fr', 'import.counts.rows', 1200)).toBe('1\u202f200 lignes lues.');
  });

  it('take the singular for 1 only in English', () => {
    expect(say('en', 'import.counts.rows', 1)).toBe('1 row read.');
    expect(say('en', 'import.counts.rows', 0)).toBe('0 rows read.');
    expect(say('en', 'contacts.count', 1)).toBe('1 contact');
    expect(say('en', 'outbox.reason.gaveUp', 1).startsWith('gave up after 1 attempt:')).toBe(true);
  });

  it('word an import’s figures, each number with its own noun', () => {
    const one = { created: 1, updated: 0, events: 1, skipped: 1, rejected: 2 };
    expect(resultLine(one, translator('fr'), 'fr')).toBe('Importé : 1 contact créé, 0 mis à jour, 1 événement.');
    expect(resultLine(one, translator('en'), 'en')).toBe('Imported: 1 created, 0 updated, 1 event.');
    expect(skippedLine(one, translator('fr'), 'fr')).toBe('1 laissé inchangé, 2 rejetés.');
    expect(undoBody(one, translator('en'), 'en')).toMatch(/^This deletes the 1 contact it created, gives the 0 contacts it updated their previous values back and removes its 1 event\./);
    expect(undoBody({ ...one, created: 3 }, translator('fr'), 'fr')).toMatch(/^Cela supprime 3 contacts créés par cet import, remet 0 contact mis à jour comme avant et retire 1 événement\./);
  });
});
