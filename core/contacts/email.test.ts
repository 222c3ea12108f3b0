import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseEmail } from './email';

type EmailCase = { address: string; crm_verdict: 'valid' | 'risky' | 'invalid' };

const cases: EmailCase[] = JSON.parse(
  readFileSync(new URL('../../../shared/fixtures/email/email-cases.json', import.meta.url), 'utf8'),
);
const withVerdict = (verdict: EmailCase['crm_verdict']) => cases.filter((c) => c.crm_verdict === verdict).map((c) => [c.address] as const);

// Policy for `risky`: accepted only if, once spaces/NBSP/zero-width are trimmed from the ends, it is a plain dot-atom address (no quotes, comments, display names, IP literals, line breaks).
const EDGE_SPACE = /^[\t\p{Zs}\u200b-\u200d\u2060\ufeff]+|[\t\p{Zs}\u200b-\u200d\u2060\ufeff]+$/gu;
const ATOM = /^[^\s"(),:;<>@[\\\]\u0000-\u001f\u007f]+$/u;
const isPlainDotAtom = (address: string): boolean => {
  const trimmed = address.replace(EDGE_SPACE, '');
  const at = trimmed.lastIndexOf('@');
  if (at <= 0) return false;
  const parts = [trimmed.slice(0, at), trimmed.slice(at + 1)];
  return parts.every((part) => part.split('.').every((atom) => ATOM.test(atom)));
};

describe('normaliseEmail against the shared fixture', () => {
  it('has cases of every verdict', () => {
    expect(withVerdict('valid').length).toBeGreaterThan(30);
    expect(withVerdict('risky').length).toBeGreaterThan(30);
    expect(withVerdict('invalid').length).toBeGreaterThan(30);
  });

  it.each(withVerdict('valid'))('accepts valid %j', (address) => {
    expect(normaliseEmail(address)).toMatchObject({ ok: true });
  });

  it.each(withVerdict('invalid'))('rejects invalid %j with a message', (address) => {
    const verdict = normaliseEmail(address);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.message.length).toBeGreaterThan(10);
  });

  it.each(withVerdict('risky'))('accepts risky %j only if it is a plain dot-atom once trimmed', (address) => {
    const isAccepted = normaliseEmail(address).ok;
    expect(isAccepted && !isPlainDotAtom(address)).toBe(false);
  });

  it('the risky policy is not vacuous: some risky addresses are accepted and quoted ones are not', () => {
    const accepted = withVerdict('risky').filter(([address]) => normaliseEmail(address).ok);
    expect(accepted.length).toBeGreaterThan(0);
    expect(accepted.every(([address]) => isPlainDotAtom(address))).toBe(true);
    expect(isPlainDotAtom('"quoted"@example.com')).toBe(false);
    expect(isPlainDotAtom('test@[127.0.0.1]')).toBe(false);
    expect(isPlainDotAtom('Name <me@example.org>')).toBe(false);
    expect(isPlainDotAtom('\u00a0me@example.org\u200b')).toBe(true);
  });
});

describe('normaliseEmail', () => {
  it('lower-cases the domain and keeps the case of the local part', () => {
    expect(normaliseEmail('Jean.Dupont@Example.FR')).toEqual({ ok: true, email: 'Jean.Dupont@example.fr', key: 'jean.dupont@example.fr' });
  });

  it('makes a lower-case key so two spellings of one address collide', () => {
    const a = normaliseEmail('ANNE@example.com');
    const b = normaliseEmail('anne@EXAMPLE.com');
    expect(a.ok && b.ok && a.key === b.key).toBe(true);
  });

  it('trims NBSP, narrow NBSP and zero-width characters pasted around an address', () => {
    expect(normaliseEmail('\u00a0 anne@example.com\u202f')).toMatchObject({ ok: true, email: 'anne@example.com' });
    expect(normaliseEmail('\u200banne@example.com\ufeff')).toMatchObject({ ok: true, email: 'anne@example.com' });
  });

  it('refuses CR and LF anywhere, including at the ends', () => {
    for (const address of ['anne@example.com\r\n', '\nanne@example.com', 'an\rne@example.com', 'anne@example.com\r\nBcc: x@evil.example']) {
      expect(normaliseEmail(address)).toMatchObject({ ok: false, rule: 'email.lineBreak' });
    }
  });

  it('stores an address typed in decomposed Unicode in NFC', () => {
    const verdict = normaliseEmail('he\u0301loise@example.com');
    expect(verdict).toMatchObject({ ok: true, email: 'h\u00e9loise@example.com' });
  });

  it('refuses a domain without a dot unless it is a country-code TLD', () => {
    expect(normaliseEmail('marie@gmailcom').ok).toBe(false);
    expect(normaliseEmail('marie@localhost').ok).toBe(false);
    expect(normaliseEmail('n@ai').ok).toBe(true);
  });

  it('explains what is wrong in words a person can act on', () => {
    expect(normaliseEmail('anne.example.com')).toMatchObject({ ok: false, rule: 'email.invalid', message: expect.stringContaining('needs a name, an @ and a domain') });
    expect(normaliseEmail('"anne"@example.com')).toMatchObject({ ok: false, message: expect.stringContaining('before @') });
  });

  it('compares an international domain in punycode and shows it in Unicode, whichever way it was typed', () => {
    const canonical = { ok: true, email: 'Anne@exämple.org', key: 'anne@xn--exmple-cua.org' };
    expect(normaliseEmail('Anne@exämple.org')).toEqual(canonical);
    expect(normaliseEmail('Anne@xn--exmple-cua.org')).toEqual(canonical);
    expect(normaliseEmail('Anne@XN--EXMPLE-CUA.ORG')).toEqual(canonical);
    expect(normaliseEmail('anne@EXÄMPLE.org')).toMatchObject({ key: 'anne@xn--exmple-cua.org' });
  });

  it('refuses punycode that does not decode, in the same words as other bad domains', () => {
    for (const address of ['anne@xn--zz.org', 'anne@xn--exmple-cub.org', 'anne@bücher.xn--a.org']) {
      expect(normaliseEmail(address)).toMatchObject({ ok: false, rule: 'email.invalid', message: expect.stringContaining('not a valid international domain name') });
    }
  });
});
