import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../api';
import { translator } from '../i18n/i18n';
import { mailboxWords, returnDay } from './mailbox-event-words';

const en = (event: Pick<TimelineEvent, 'type' | 'status' | 'note'>) => mailboxWords(event, translator('en'), 'en');
const fr = (event: Pick<TimelineEvent, 'type' | 'status' | 'note'>) => mailboxWords(event, translator('fr'), 'fr');

describe('mailbox event words', () => {
  it('shows a reply’s subject and first lines as written', () => {
    expect(fr({ type: 'reply', status: 'Re: Votre panier', note: 'Merci !\nJe repasse demain.' })).toEqual({ subject: 'Re: Votre panier', note: 'Merci !\nJe repasse demain.', detail: '' });
  });

  it('words an automatic reply’s return date as a calendar day', () => {
    expect(returnDay('2026-01-14', 'en', new Date('2026-01-02T12:00:00Z'))).toBe('January 14');
    expect(returnDay('2027-01-14', 'fr', new Date('2026-12-20T12:00:00Z'))).toBe('14 janvier 2027');
    expect(fr({ type: 'auto_reply', status: null, note: 'Absence du bureau' })).toEqual({ subject: 'Absence du bureau', note: 'Absent, sans date de retour', detail: '' });
    expect(en({ type: 'auto_reply', status: `${new Date().getFullYear()}-08-14`, note: 'Out of office' }).note).toBe('Away until August 14');
  });

  it('words unsubscribes by their channel, quoting what the person wrote', () => {
    expect(fr({ type: 'unsubscribed', status: 'link', note: 'Asked to unsubscribe through the link in a message: …' }).note).toBe('Désinscription par le lien d’un message.');
    expect(en({ type: 'unsubscribed', status: 'reply', note: 'Asked to stop in a reply from ana@example.com: "Please stop writing"' })).toEqual({
      subject: '', note: 'Asked in a reply to receive nothing more.', detail: '“Please stop writing”',
    });
    expect(fr({ type: 'unsubscribed', status: 'complaint', note: 'Marked a message as spam (…)' }).note).toBe('A signalé un message comme indésirable : plus rien ne lui sera envoyé.');
  });

  it('words a bounce’s reason and keeps the server’s words apart', () => {
    expect(fr({ type: 'bounced', status: 'userunknown', note: 'The address bounced: 5.1.1 userunknown 550 5.1.1 No such user' })).toEqual({
      subject: '', note: 'L’adresse est en échec : l’adresse n’existe pas.', detail: '5.1.1 550 5.1.1 No such user',
    });
    expect(en({ type: 'soft_bounce', status: 'mailboxfull', note: 'Temporary delivery failure: 4.2.2 mailboxfull Quota exceeded' })).toEqual({
      subject: '', note: 'Temporary delivery failure: the mailbox is full.', detail: '4.2.2 Quota exceeded',
    });
    expect(fr({ type: 'bounced', status: 'mailboxfull', note: 'The address bounced: 3 temporary failures over several days' }).note).toBe(
      'L’adresse est en échec : 3 échecs temporaires sur plusieurs jours.',
    );
  });

  it('falls back on core’s English for a reason or a shape it does not know', () => {
    expect(en({ type: 'bounced', status: 'undefined', note: 'The address bounced: 5.0.0 something odd' }).note).toBe('The address bounced: 5.0.0 something odd');
    expect(fr({ type: 'unsubscribed', status: 'other', note: 'Some new way.' }).note).toBe('Some new way.');
  });
});
