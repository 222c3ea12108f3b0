import { describe, expect, it } from 'vitest';
import { mailtoHref } from './mailto';

describe('mailtoHref', () => {
  it('keeps a plain address readable', () => {
    expect(mailtoHref('jeanne@example.fr')).toBe('mailto:jeanne@example.fr');
    expect(mailtoHref('jeanne.o+news@example.fr')).toBe('mailto:jeanne.o%2Bnews@example.fr');
  });

  it.each([
    ['a@example.com?attach=/etc/passwd', 'mailto:a@example.com%3Fattach%3D%2Fetc%2Fpasswd'],
    ['a@example.com?cc=b@example.com', 'mailto:a%40example.com%3Fcc%3Db@example.com'],
    ['a@example.com,b@example.com', 'mailto:a%40example.com%2Cb@example.com'],
    ['a@example.com#x', 'mailto:a@example.com%23x'],
    ['a b@example.com', 'mailto:a%20b@example.com'],
  ])('turns no part of %s into a query, a fragment or a second recipient', (address, href) => {
    const built = mailtoHref(address);
    expect(built).toBe(href);
    const url = new URL(built);
    expect(url.search).toBe('');
    expect(url.hash).toBe('');
  });
});
