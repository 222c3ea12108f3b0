import { beforeEach, describe, expect, it, vi } from 'vitest';

const { openExternal } = vi.hoisted(() => ({ openExternal: vi.fn(async (_url: string) => {}) }));
vi.mock('electron', () => ({ shell: { openExternal } }));

const { openExternalSafely } = await import('./open-external');

describe('openExternalSafely', () => {
  beforeEach(() => openExternal.mockClear());

  it('hands the normalised href of a safe link to the OS', async () => {
    expect(await openExternalSafely(' HTTPS://Example.COM/a b')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://example.com/a%20b');
    expect(await openExternalSafely('mailto:jeanne@example.fr')).toBe(true);
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'smb://evil/share', 'https://user:pass@example.com/', 'http://127.0.0.1:8080/', 'nonsense'])(
    'never passes %s to the OS',
    async (url) => {
      expect(await openExternalSafely(url)).toBe(false);
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it('reports false instead of throwing when the OS refuses', async () => {
    openExternal.mockRejectedValueOnce(new Error('no handler'));
    vi.spyOn(console, 'error').mockImplementationOnce(() => {});
    expect(await openExternalSafely('https://example.com/')).toBe(false);
  });
});
