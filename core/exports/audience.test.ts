import { describe, expect, it } from 'vitest';
import { metaName, metaPhone, metaZip, normaliseEmail, sha256 } from './audience';

// The platforms' own examples of normalised values, and the well-known SHA-256 of a test address.
describe('audience normalisation and hashing', () => {
  it('hashes in lower-case hex SHA-256', () => {
    expect(sha256('test@example.com')).toBe('973dfe463ec85785f5f95af5ba3906eedb2d931c24e69824a89ea65dba4e813b');
  });

  it('trims and lower-cases an address (Meta and Google)', () => {
    expect(normaliseEmail('  Test@Example.COM ')).toBe('test@example.com');
    expect(sha256(normaliseEmail(' Test@Example.com'))).toBe(sha256('test@example.com'));
  });

  it('gives Meta a number as digits with the country code, no +', () => {
    expect(metaPhone('+16505551212')).toBe('16505551212');
  });

  it('gives Meta names lower-cased without punctuation, accents kept (UTF-8)', () => {
    expect(metaName('Mary')).toBe('mary');
    expect(metaName("O'Neil")).toBe('oneil');
    expect(metaName('Jean-Luc')).toBe('jeanluc');
    expect(metaName(' Valérie ')).toBe('valérie');
  });

  it('gives Meta a zip without spaces, the first 5 digits in the United States', () => {
    expect(metaZip('94025-1234', 'US')).toBe('94025');
    expect(metaZip('SW1A 1AA', 'GB')).toBe('sw1a1aa');
  });
});
