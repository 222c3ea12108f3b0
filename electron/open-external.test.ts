import { lookup } from 'node:dns/promises';
import { hostname } from 'node:os';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const { openExternal } = vi.hoisted(() => ({ openExternal: vi.fn(async (_url: string) => {}) }));
vi.mock('electron', () => ({ shell: { openExternal } }));

const { openExternalSafely } = await import('./open-external');
const { isLoopbackAddress } = await import('./trusted-url');
const ownNameIsLoopback = (await lookup(hostname(), { all: true }).catch(() => [])).some((each) => isLoopbackAddress(each.address));

// Names and what they resolve to, as a DNS would answer; an unknown name resolves to nothing.
const names: Record<string, string[]> = {
  'example.fr': ['93.184.215.14'],
  'rebound.example.com': ['127.0.0.1'],
  'mixed.example.com': ['203.0.113.7', '::1'],
  'mapped.example.com': ['::ffff:127.0.0.2'],
};
const resolve = vi.fn(async (name: string) => names[name] ?? []);

describe('openExternalSafely', () => {
  beforeEach(() => {
    openExternal.mockClear();
    resolve.mockClear();
  });

  it('hands the normalised href of a safe link to the OS', async () => {
    expect(await openExternalSafely(' HTTPS://Example.COM/a b', resolve)).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://example.com/a%20b');
    expect(await openExternalSafely('mailto:jeanne@example.fr', resolve)).toBe(true);
    expect(openExternal).toHaveBeenLastCalledWith('mailto:jeanne@example.fr');
    // A mail domain with no address at all is still a mail domain.
    expect(await openExternalSafely('mailto:paul@mail-only.example.org', resolve)).toBe(true);
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'smb://evil/share', 'https://user:pass@example.com/', 'http://127.0.0.1:8080/', 'nonsense'])(
    'never passes %s to the OS',
    async (url) => {
      expect(await openExternalSafely(url, resolve)).toBe(false);
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it.each([
    'mailto:jeanne@example.fr?attach=/home/me/.ssh/id_ed25519',
    'mailto:jeanne@example.fr?cc=boss@example.com',
    'mailto:jeanne@example.fr?subject=hello',
    'mailto:jeanne@example.fr?',
    'mailto:jeanne@localhost',
    'mailto:jeanne@[127.0.0.1]',
  ])('never hands the OS a mailto with a query or a loopback domain: %s', async (url) => {
    expect(await openExternalSafely(url, resolve)).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each(['rebound.example.com', 'mixed.example.com', 'mapped.example.com'])('refuses a mailto whose domain resolves to this machine: %s', async (domain) => {
    expect(await openExternalSafely(`mailto:jeanne@${domain}`, resolve)).toBe(false);
    expect(resolve).toHaveBeenCalledWith(domain);
    expect(openExternal).not.toHaveBeenCalled();
  });

  // This machine's own name resolves to loopback through /etc/hosts on most Linux systems: the
  // default resolver is then checked for real, without any network.
  it.runIf(ownNameIsLoopback)('resolves names with the system resolver by default', async () => {
    expect(await openExternalSafely(`mailto:jeanne@${hostname()}`)).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('reports false instead of throwing when the OS refuses', async () => {
    openExternal.mockRejectedValueOnce(new Error('no handler'));
    vi.spyOn(console, 'error').mockImplementationOnce(() => {});
    expect(await openExternalSafely('https://example.com/', resolve)).toBe(false);
  });
});
