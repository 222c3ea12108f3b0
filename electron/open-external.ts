import { lookup } from 'node:dns/promises';
import { shell } from 'electron';
import { isLoopbackAddress, isSafeExternalUrl, mailtoDomain } from './trusted-url';

// Every address a name resolves to; an unknown name (a mail domain often has no A record) is none.
export type ResolveName = (name: string) => Promise<string[]>;

const LOOKUP_MS = 2000;

const resolveName: ResolveName = async (name) => {
  const timeout = new Promise<string[]>((resolve) => setTimeout(() => resolve([]), LOOKUP_MS).unref());
  const found = lookup(name, { all: true }).then(
    (addresses) => addresses.map((each) => each.address),
    () => [],
  );
  return Promise.race([found, timeout]);
};

// A `mailto:` whose domain is this machine (`localhost` spelled another way, a name pointing at
// 127.0.0.1) would have the mail client talk to whatever listens here: not handed on.
const pointsHere = async (raw: string, resolve: ResolveName): Promise<boolean> => {
  const domain = mailtoDomain(raw);
  if (domain === null) return false;
  return (await resolve(domain.replace(/^\[|\]$/g, ''))).some(isLoopbackAddress);
};

// Security checklist item 15: only a re-serialised, allowlisted URL reaches the OS, so a
// `file:`, `smb:` or custom-protocol link in imported data cannot launch a program.
export const openExternalSafely = async (raw: string, resolve: ResolveName = resolveName): Promise<boolean> => {
  if (!isSafeExternalUrl(raw)) return false;
  try {
    if (new URL(raw).protocol === 'mailto:' && (await pointsHere(raw, resolve))) return false;
    await shell.openExternal(new URL(raw).href);
    return true;
  } catch (error) {
    console.error('Could not open the link outside Relance:', error);
    return false;
  }
};
