// The folders the reader watches, picked from a LIST answer: INBOX, the \Junk folder and the
// \Sent folder (RFC 6154 special use); a server without special use gets Sent by common names.
export type FolderRole = 'inbox' | 'spam' | 'sent';
export type FolderInfo = { path: string; role: FolderRole };

// The parts of imapflow's ListResponse this needs; `flags` are the server's LIST attributes
// (imapflow's own specialUse also guesses from names in many languages, which we do not want).
export type ListedFolder = { path: string; delimiter: string; flags: Set<string> };

const SENT_NAMES = ['Sent', 'Sent Items', 'Sent Messages', '[Gmail]/Sent Mail', 'Éléments envoyés', 'Envoyés'].map((name) => name.normalize('NFC').toLowerCase());

const isSelectable = (folder: ListedFolder) => !folder.flags.has('\\Noselect') && !folder.flags.has('\\NonExistent');

// Some servers (Courier, older Cyrus) put every folder under "INBOX.", so "INBOX.Sent" is Sent.
const nameOf = (folder: ListedFolder): string => {
  const name = folder.path.normalize('NFC').toLowerCase();
  const prefix = `inbox${folder.delimiter || '.'}`;
  return name.startsWith(prefix) ? name.slice(prefix.length) : name;
};

const sentByName = (folders: ListedFolder[]): ListedFolder | undefined => {
  for (const name of SENT_NAMES) {
    const found = folders.find((folder) => nameOf(folder) === name);
    if (found) return found;
  }
  return undefined;
};

export const pickFolders = (listed: ListedFolder[]): FolderInfo[] => {
  const folders = listed.filter(isSelectable);
  const inbox = folders.find((folder) => folder.path.toUpperCase() === 'INBOX');
  const spam = folders.find((folder) => folder.flags.has('\\Junk'));
  const sent = folders.find((folder) => folder.flags.has('\\Sent')) ?? sentByName(folders);
  return [
    // INBOX always exists (RFC 3501 §5.1), listed or not.
    { path: inbox?.path ?? 'INBOX', role: 'inbox' as const },
    ...(spam ? [{ path: spam.path, role: 'spam' as const }] : []),
    ...(sent ? [{ path: sent.path, role: 'sent' as const }] : []),
  ];
};
