// A link Relance may store, show or put in an e-mail: a whole web address, never `javascript:`,
// `data:` or `file:`, which a mail client or a browser would run or open on the reader's machine.
export const webLinkOf = (text: string): URL | null => {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
};

export const isWebLink = (text: string): boolean => webLinkOf(text) !== null;
