// Small text helpers for reading reports: header-style field blocks (RFC 3464 delivery status,
// RFC 5965 feedback reports, quoted original headers), addresses and Message-IDs.

export const lf = (text: string): string => text.replace(/\r\n?/g, '\n');

export type FieldGroup = Map<string, string[]>;

// Field blocks separated by blank lines; folded lines are joined. Stops at a MIME boundary line,
// which some senders leave inside the part (a report whose closing boundary is mistyped).
export const fieldGroups = (text: string): FieldGroup[] => {
  const groups: FieldGroup[] = [];
  let group: FieldGroup = new Map();
  let last: { name: string; index: number } | null = null;
  for (const line of lf(text).split('\n')) {
    if (line.startsWith('--')) break;
    if (line.trim() === '') {
      if (group.size > 0) groups.push(group);
      group = new Map();
      last = null;
      continue;
    }
    const field = /^([A-Za-z][\w-]*)\s*:\s?(.*)$/.exec(line);
    if (field && !/^\s/.test(line)) {
      const name = field[1]!.toLowerCase();
      const values = group.get(name) ?? [];
      values.push(field[2]!.trim());
      group.set(name, values);
      last = { name, index: values.length - 1 };
    } else if (last && /^\s/.test(line)) {
      const values = group.get(last.name)!;
      values[last.index] = `${values[last.index]} ${line.trim()}`;
    }
  }
  if (group.size > 0) groups.push(group);
  return groups;
};

export const first = (group: FieldGroup, name: string): string | null => group.get(name)?.[0] ?? null;

// The headers of a header block, as one group (the body after the first blank line is ignored).
export const headerBlock = (text: string): FieldGroup => {
  const head = lf(text).split(/\n\s*\n/)[0] ?? '';
  return fieldGroups(head)[0] ?? new Map();
};

const addressPattern = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

export const isAddress = (value: string): boolean => /^[^@\s<>]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(value);

export const addressesIn = (text: string): string[] =>
  [...text.matchAll(addressPattern)]
    .filter((m) => text[(m.index ?? 0) - 1] !== '=' && !/[/:]$/.test(text.slice(Math.max(0, (m.index ?? 0) - 1), m.index)))
    .map((m) => m[0].replace(/\.+$/, '').toLowerCase())
    .filter(isAddress);

// "rfc822; Name <a@b.c>" → a@b.c
export const addressOf = (value: string | null): string | null => {
  if (!value) return null;
  const stripped = value.replace(/^\s*(rfc822|x-unknown|unknown)\s*;/i, '');
  const bracketed = /<([^<>\s]+@[^<>\s]+)>/.exec(stripped)?.[1];
  const candidate = (bracketed ?? stripped).trim().replace(/^["']|["']$/g, '').toLowerCase();
  return isAddress(candidate) ? candidate : (addressesIn(stripped)[0] ?? null);
};

export const messageIdsIn = (value: string | null | undefined): string[] =>
  value ? [...value.matchAll(/<([^<>\s]+)>/g)].map((m) => m[1]!) : [];

// Message-ID of a quoted or attached original message; some senders drop the angle brackets.
export const originalMessageId = (headers: FieldGroup): string | null => {
  const value = first(headers, 'message-id');
  if (!value) return null;
  return messageIdsIn(value)[0] ?? (/^\S+@\S+$/.test(value.trim()) ? value.trim() : null);
};
