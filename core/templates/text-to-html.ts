import { escapeHtml } from './render-template';

// The simple HTML version of a plain-text message: paragraphs on blank lines, line breaks
// kept, web addresses and the unsubscribe mailto as links. It is built from the already
// rendered text, so every value is escaped exactly once and no markup can come from a
// contact's data.
const URL_PATTERN = /\b(?:https:\/\/|mailto:)[^\s<>"']+[^\s<>"'.,;:!?)]/g;

const linkify = (escaped: string): string => escaped.replace(URL_PATTERN, (url) => `<a href="${url}">${url}</a>`);

export const textToHtml = (text: string): string => {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => `<p>${linkify(escapeHtml(block)).replace(/\n/g, '<br>\n')}</p>`);
  // No inline style: mail clients use their own readable defaults, and the app's preview frame
  // inherits a CSP without 'unsafe-inline' for styles.
  return `<!doctype html>\n<html><body>\n${paragraphs.join('\n')}\n</body></html>\n`;
};
