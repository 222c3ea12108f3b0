import { createRequire } from 'node:module';
import type { EntryOptions } from '@napi-rs/keyring';
import type { KeyringPort } from './secret-store';

type KeyringModule = typeof import('@napi-rs/keyring');

// Without Secret Service, Linux would fall back to the kernel keyring, which is per login
// session and emptied at reboot: a cron job would never see what the app saved there. Pinned,
// such a machine throws instead, and the store keeps the value in its file.
const entryOptions: EntryOptions = { linux: { store: 'secret-service' } };

// Loaded at run time so a platform without the native binary still starts, on the file alone.
const loadKeyring = (): KeyringModule | null => {
  try {
    return createRequire(import.meta.url)('@napi-rs/keyring') as KeyringModule;
  } catch {
    return null;
  }
};

// The native module is loaded at the first secret asked for, not when a host boots: most commands
// (`relance contacts`, an import) never need it. Without it, every call throws, which the store
// reads as "no keychain" and keeps the value in its file.
export const nodeKeyring = (): KeyringPort => {
  let keyring: KeyringModule | null | undefined;
  const entry = (service: string, account: string) => {
    if (keyring === undefined) keyring = loadKeyring();
    if (keyring === null) throw new Error('No system keychain library on this platform.');
    return new keyring.Entry(service, account, entryOptions);
  };
  return {
    get: (service, account) => entry(service, account).getPassword(),
    set: (service, account, value) => entry(service, account).setPassword(value),
    delete: (service, account) => void entry(service, account).deletePassword(),
  };
};
