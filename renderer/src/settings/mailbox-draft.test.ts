import { describe, expect, it } from 'vitest';
import { mailboxSaveSchema } from '../../../api';
import { findPreset } from '../../../api/mailbox-presets';
import { translator } from '../i18n/i18n';
import { applyPreset, checkDraft, draftFromConfig, mailboxErrors, pinFormat, saveInputFrom, withSecurity, withUser } from './mailbox-draft';

const en = translator('en');
const fr = translator('fr');
const FINGERPRINT = Array.from({ length: 32 }, (_, i) => (i * 7).toString(16).padStart(2, '0').slice(-2).toUpperCase()).join(':');

const filled = () => ({
  ...applyPreset(draftFromConfig(null), findPreset('gmail')!),
  user: 'claire@gmail.com',
  fromAddress: 'claire@gmail.com',
  fromName: 'Claire',
});

describe('mailbox draft', () => {
  it('starts from “another provider” with the careful pace when nothing is saved', () => {
    expect(draftFromConfig(null)).toMatchObject({ presetId: 'other', host: '', port: '587', security: 'starttls', minIntervalSeconds: '20', dailyCap: '200' });
  });

  it('fills server and pace from a provider, keeps what the owner typed, and keeps the server for “other”', () => {
    const draft = filled();
    expect(draft).toMatchObject({ presetId: 'gmail', host: 'smtp.gmail.com', port: '465', security: 'tls', dailyCap: '400', user: 'claire@gmail.com' });
    const other = applyPreset(draft, findPreset('other')!);
    expect(other).toMatchObject({ presetId: 'other', host: 'smtp.gmail.com', port: '465', dailyCap: '200' });
  });

  it('forgets a trusted certificate when a provider moves the draft to another server', () => {
    const draft = { ...filled(), host: 'mail.example.net', pinnedFingerprint: FINGERPRINT };
    expect(applyPreset(draft, findPreset('gmail')!).pinnedFingerprint).toBeNull();
    expect(applyPreset(draft, findPreset('other')!).pinnedFingerprint).toBe(FINGERPRINT);
  });

  it('moves the usual port along with the security, and leaves a port of the owner’s own', () => {
    expect(withSecurity({ ...filled(), port: '465' }, 'starttls').port).toBe('587');
    expect(withSecurity({ ...filled(), port: '587' }, 'tls').port).toBe('465');
    expect(withSecurity({ ...filled(), port: '2525' }, 'tls').port).toBe('2525');
  });

  it('lets the From address follow an address typed as the user name, until the owner types their own', () => {
    const start = draftFromConfig(null);
    const typed = withUser(withUser(start, 'claire@'), 'claire@atelier.fr');
    expect(typed.fromAddress).toBe('claire@atelier.fr');
    expect(withUser({ ...typed, fromAddress: 'bonjour@atelier.fr' }, 'claire@atelier.com').fromAddress).toBe('bonjour@atelier.fr');
    expect(withUser(start, 'claire').fromAddress).toBe('');
  });

  it('gives a save the contract accepts, with the password only when one was typed', () => {
    const input = saveInputFrom({ ...filled(), host: ' smtp.gmail.com ' }, '');
    expect(mailboxSaveSchema.safeParse(input).success).toBe(true);
    expect(input).not.toHaveProperty('password');
    expect(input.config).toMatchObject({ host: 'smtp.gmail.com', port: 465, dailyCap: 400 });
    expect(saveInputFrom(filled(), 'abcd efgh ijkl mnop').password).toBe('abcd efgh ijkl mnop');
  });

  it('says what is wrong in the window’s language, and refuses “none” away from this computer', () => {
    const errors = checkDraft({ ...filled(), host: 'smtp.example.com', security: 'none', port: '0', fromAddress: 'claire', dailyCap: '-1' }, fr);
    expect(errors.security).toMatch(/127\.0\.0\.1/);
    expect(errors.port).toMatch(/465 ou 587/);
    expect(errors.fromAddress).toMatch(/adresse e-mail/);
    expect(errors.dailyCap).toMatch(/0 à 100\u202f000/);
    expect(checkDraft({ ...filled(), host: '127.0.0.1', port: '2525', security: 'none', minIntervalSeconds: '0' }, en)).toEqual({});
    expect(checkDraft(filled(), en)).toEqual({});
  });

  it('words the host’s field checks by field, whatever their English', () => {
    const errors = mailboxErrors(
      {
        code: 'VALIDATION',
        message: 'Some values are not valid.',
        issues: [
          { path: 'config.security', message: 'Without TLS, only a server on this computer…' },
          { path: 'config.replyTo', message: 'Invalid input' },
          { path: 'password', message: 'Too long' },
        ],
      },
      fr,
    );
    expect(errors).toEqual({ security: fr('mailbox.invalid.security'), replyTo: fr('mailbox.invalid.email') });
  });

  it('writes a fingerprint as the contract pins it', () => {
    const bare = FINGERPRINT.replaceAll(':', '').toLowerCase();
    expect(pinFormat(bare)).toBe(FINGERPRINT);
    expect(pinFormat(`SHA256:${bare}`)).toBe(FINGERPRINT);
    expect(pinFormat(FINGERPRINT.toLowerCase())).toBe(FINGERPRINT);
    expect(pinFormat('not a fingerprint')).toBe('not a fingerprint');
  });
});
