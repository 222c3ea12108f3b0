import { describe, expect, it } from 'vitest';
import { pickFolders, type ListedFolder } from './imap-folders';

const folder = (path: string, ...flags: string[]): ListedFolder => ({ path, delimiter: path.includes('/') ? '/' : '.', flags: new Set(flags) });

describe('pickFolders', () => {
  it('takes the server\'s \\Junk and \\Sent over any name', () => {
    expect(pickFolders([folder('INBOX'), folder('Sent'), folder('Spam'), folder('Courrier indésirable', '\\Junk'), folder('Envoyés', '\\Sent')])).toEqual([
      { path: 'INBOX', role: 'inbox' }, { path: 'Courrier indésirable', role: 'spam' }, { path: 'Envoyés', role: 'sent' },
    ]);
  });

  it('falls back on common Sent names, in their order, with or without an INBOX. prefix', () => {
    expect(pickFolders([folder('INBOX'), folder('INBOX.Sent Messages'), folder('Sent Items')])).toContainEqual({ path: 'Sent Items', role: 'sent' });
    expect(pickFolders([folder('INBOX'), folder('INBOX.Sent Messages')])).toContainEqual({ path: 'INBOX.Sent Messages', role: 'sent' });
    expect(pickFolders([folder('INBOX'), folder('[Gmail]/Sent Mail')])).toContainEqual({ path: '[Gmail]/Sent Mail', role: 'sent' });
    expect(pickFolders([folder('INBOX'), folder('ÉLÉMENTS ENVOYÉS'.normalize('NFD'))])).toContainEqual({ path: 'ÉLÉMENTS ENVOYÉS'.normalize('NFD'), role: 'sent' });
  });

  it('guesses no spam folder by name, skips folders that cannot be opened, and always has INBOX', () => {
    expect(pickFolders([folder('Spam'), folder('Sent', '\\Noselect')])).toEqual([{ path: 'INBOX', role: 'inbox' }]);
  });
});
