import { shell } from 'electron';
import { isSafeExternalUrl } from './trusted-url';

// Security checklist item 15: only a re-serialised, allowlisted URL reaches the OS, so a
// `file:`, `smb:` or custom-protocol link in imported data cannot launch a program.
export const openExternalSafely = async (raw: string): Promise<boolean> => {
  if (!isSafeExternalUrl(raw)) return false;
  try {
    await shell.openExternal(new URL(raw).href);
    return true;
  } catch (error) {
    console.error('Could not open the link outside Relance:', error);
    return false;
  }
};
