import { describe, expect, it } from 'vitest';
import { mailboxSaveSchema, type MailboxConfig } from '../../../api';
import { findPreset } from '../../../api/mailbox-presets';
import { translator } from '../i18n/i18n';
import { withImapHost, withImapSecurity } from './imap-draft';
import { applyPreset, checkDraft, draftFromConfig, mailboxErrors, saveInputFrom } from './mailbox-draft';

const en = translator('en');
const fr = translator('fr');
const FINGERPRINT = Array.from({ length: 32 }, () => 'AB').join(':');

const gmail = () => ({ ...applyPreset(draftFromConfig(null), findPreset('gmail')!), user: 'claire@gmail.com', fromAddress: 'claire@gmail.com' });

describe('the reading part of the mailbox draft', () => {
  it('is off until the owner turns it on, with the provider’s IMAP server ready', () => {
    const draft = gmail();
    expect(draft.imap).toMatchObject({ isOn: false, host: 'imap.gmail.com', port: '993', security: 'tls' });
    expect(saveInputFrom(draft, '').config.imap).toBeNull();
  });

  it('saves the IMAP server with the same user by default, and a password only for a user of its own', () => {
    const on = { ...gmail(), imap: { ...gmail().imap, isOn: true } };
    const same = saveInputFrom(on, '', 'ignored');
    expect(same.config.imap).toEqual({ host: 'imap.gmail.com', port: 993, security: 'tls', user: '', pinnedFingerprint: null });
    expect(same).not.toHaveProperty('imapPassword');
    const own = saveInputFrom({ ...on, imap: { ...on.imap, hasOwnUser: true, user: ' reader@gmail.com ' } }, '', 'r3ad');
    expect(own.config.imap?.user).toBe('reader@gmail.com');
    expect(own.imapPassword).toBe('r3ad');
    expect(mailboxSaveSchema.safeParse(own).success).toBe(true);
  });

  it('reads a saved IMAP config back, pinned certificate included', () => {
    const config = mailboxSaveSchema.parse(saveInputFrom({ ...gmail(), imap: { ...gmail().imap, isOn: true, pinnedFingerprint: FINGERPRINT } }, '')).config as MailboxConfig;
    expect(draftFromConfig(config).imap).toEqual({ isOn: true, host: 'imap.gmail.com', port: '993', security: 'tls', hasOwnUser: false, user: '', pinnedFingerprint: FINGERPRINT });
  });

  it('moves the usual port with the security, and forgets a trusted certificate for another server', () => {
    const imap = { ...gmail().imap, isOn: true, pinnedFingerprint: FINGERPRINT };
    expect(withImapSecurity(imap, 'starttls').port).toBe('143');
    expect(withImapSecurity({ ...imap, port: '1993' }, 'starttls').port).toBe('1993');
    expect(withImapHost(imap, 'imap.gmail.com').pinnedFingerprint).toBe(FINGERPRINT);
    expect(withImapHost(imap, 'mail.example.com').pinnedFingerprint).toBeNull();
  });

  it('checks the IMAP fields only when reading is on, in the window’s language', () => {
    const off = { ...gmail(), imap: { ...gmail().imap, host: '', port: 'x' } };
    expect(checkDraft(off, en)).toEqual({});
    const on = { ...off, imap: { ...off.imap, isOn: true, hasOwnUser: true } };
    expect(checkDraft(on, fr)).toEqual({
      imapHost: 'Indiquez le nom du serveur IMAP, par exemple imap.example.com.',
      imapPort: 'Un port est un nombre de 1 à 65535, en général 993 ou 143.',
      imapUser: 'Indiquez l’identifiant IMAP, ou décochez « un autre identifiant ».',
    });
  });

  it('names the reading field the host refused', () => {
    const error = { code: 'VALIDATION' as const, message: 'Invalid', issues: [{ path: 'config.imap.host', message: 'Enter the IMAP server name.' }] };
    expect(mailboxErrors(error, en)).toEqual({ imapHost: 'Enter the IMAP server name, such as imap.example.com.' });
  });
});
