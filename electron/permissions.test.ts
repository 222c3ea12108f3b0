import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions } from './permissions';

describe('denyAllPermissions', () => {
  it('answers no to every request and every check', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    denyAllPermissions(session as never);
    const [request] = session.setPermissionRequestHandler.mock.calls[0] as [(c: unknown, p: string, cb: (ok: boolean) => void) => void];
    const [check] = session.setPermissionCheckHandler.mock.calls[0] as [(c: unknown, p: string) => boolean];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'fullscreen']) {
      const callback = vi.fn();
      request(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check(null, permission)).toBe(false);
    }
  });
});
