// Cells that hold several values. Google Contacts joins them with " ::: " ("+41 79… ::: +41 22…",
// "VIP ::: * myContacts"); tag columns use commas or semicolons; Mailchimp quotes each tag
// ("VIP","Newsletter, FR") so a tag may itself contain a comma.

export const splitMultiValue = (cell: string): string[] => {
  if (!cell.includes(':::')) return [cell];
  return cell
    .split(/\s*:::\s*/)
    .map((value) => value.trim())
    .filter(Boolean);
};

// Google's system groups ("* myContacts", "* starred", "* friends"), which its "Outlook CSV"
// export writes without the star. They are Google's bookkeeping, not labels a person chose.
const isSystemLabel = (tag: string): boolean =>
  tag.charCodeAt(0) === 42 || ((tag.length === 7 || tag.length === 10 || tag.length === 11) && /^(my ?contacts|starred)$/i.test(tag));

const quotedList = /^\s*"(?:[^"]|"")*"(?:\s*,\s*"(?:[^"]|"")*")*\s*$/;

// Adds the tags of one cell to `into`; written as a loop because tag columns run on every row.
export const addTags = (into: string[], cell: string): void => {
  const parts = cell.charCodeAt(0) === 34 && quotedList.test(cell)
    ? [...cell.matchAll(/"((?:[^"]|"")*)"/g)].map((match) => match[1]!.replaceAll('""', '"'))
    : cell.split(/\s*:::\s*|[,;]/);
  for (const part of parts) {
    const tag = part.trim();
    if (tag !== '' && !isSystemLabel(tag)) into.push(tag);
  }
};

export const splitTags = (cell: string): string[] => {
  const tags: string[] = [];
  addTags(tags, cell);
  return tags;
};
