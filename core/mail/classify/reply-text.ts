// Elements that hold the quoted message in HTML replies: blockquotes, Gmail's and Yahoo's
// quote containers and Thunderbird's attribution line.
const QUOTE_DIV = /<div\b[^>]*\bclass\s*=\s*["']?[^"'>]*\b(gmail_quote|yahoo_quoted|moz-cite-prefix)\b[^>]*>/i;
const BLOCKQUOTE = /<blockquote\b[^>]*>/i;
// Outlook on the web puts the original after these markers.
const OUTLOOK_REPLY = /<(div|hr)\b[^>]*\bid\s*=\s*["']?(appendonsend|divRplyFwdMsg)\b/i;
const ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", laquo: '«', raquo: '»', rsquo: '\u2019', lsquo: '\u2018',
  ldquo: '\u201c', rdquo: '\u201d', hellip: '…', ndash: '–', mdash: '—', euro: '€', eacute: 'é', egrave: 'è', ecirc: 'ê',
  euml: 'ë', agrave: 'à', acirc: 'â', ccedil: 'ç', icirc: 'î', iuml: 'ï', ocirc: 'ô', ugrave: 'ù', ucirc: 'û', uuml: 'ü',
  ouml: 'ö', auml: 'ä', szlig: 'ß', ntilde: 'ñ', aacute: 'á', iacute: 'í', oacute: 'ó', uacute: 'ú', igrave: 'ì', ograve: 'ò',
  Eacute: 'É', Egrave: 'È', Agrave: 'À', Ccedil: 'Ç', oelig: 'œ',
};

// Index just past the element opened at `from`, counting nested elements of the same tag.
const closingIndex = (html: string, from: number, tag: string): number => {
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return html.length;
};

const withoutElements = (html: string, open: RegExp, tag: string): string => {
  let out = html;
  for (let m = open.exec(out); m; m = open.exec(out)) out = `${out.slice(0, m.index)}<br>${out.slice(closingIndex(out, m.index, tag))}`;
  return out;
};

const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
  });

// Text of an HTML body without its quoted part: what a person typed above the quote.
export const htmlToText = (html: string): string => {
  let body = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(head|style|script|title)\b[\s\S]*?<\/\1\s*>/gi, '');
  const outlook = OUTLOOK_REPLY.exec(body);
  if (outlook) body = body.slice(0, outlook.index);
  body = withoutElements(withoutElements(body, QUOTE_DIV, 'div'), BLOCKQUOTE, 'blockquote');
  const text = body
    .replace(/\s+/g, ' ')
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(/<\/?(p|div|tr|li|h[1-6]|table|ul|ol|hr|pre)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text).split('\n').map((l) => l.trim()).join('\n');
};

// "On … wrote:", "Le … a écrit :", "Am … schrieb …:", "El … escribió:", "Il giorno … ha scritto:",
// Dutch, Portuguese, Polish, Swedish: the attribution line mail clients put above a quote. It
// may be wrapped over up to three lines (Gmail breaks long names and addresses).
const ATTRIBUTION = new RegExp(
  [
    String.raw`^on\b.{0,250}\bwrote\s*:?$`,
    String.raw`^le\b.{0,250}\ba\s+[ée]crit\s*:?$`,
    String.raw`^am\b.{0,250}\bschrieb\b.{0,150}:$`,
    String.raw`^el\b.{0,250}\bescribi[óo]\s*:?$`,
    String.raw`^il\b.{0,250}\bha\s+scritto\s*:?$`,
    String.raw`^op\b.{0,250}\bschreef\b.{0,150}:$`,
    String.raw`^em\b.{0,250}\bescreveu\s*:?$`,
    String.raw`^(w dniu|dnia)\b.{0,250}\bnapisa[łl]a?\s*:?$`,
    String.raw`^(den|på)\b.{0,250}\bskrev\b.{0,150}:$`,
  ].join('|'),
  'i',
);

// Outlook, Yahoo, Lotus and webmails: a separator line, in the languages we meet.
const SEPARATOR =
  /^[\s*]*-{2,}\s*(original message|message d'origine|message original|urspr[üu]ngliche nachricht|mensaje original|messaggio originale|oorspronkelijk bericht|mensagem original|wiadomo[śs][ćc] oryginalna|forwarded message|message transf[ée]r[ée]|weitergeleitete nachricht)\s*-{2,}[\s*]*$/i;
const FROM_LINE = /^[\s*>]*(from|de|von|da|van|od|från|fra)\s*:\*?\s/i;
const SENT_LINE = /^[\s*>]*(sent|date|envoy[ée]|gesendet|datum|enviado|fecha|inviato|data|verzonden|wys[łl]ano|skickat|to|[àa]|an|para|a|aan|do|subject|objet|betreff|asunto|oggetto|onderwerp|assunto|temat)\s*:/i;
const UNDERSCORES = /^\s*_{20,}\s*$/;
const QUOTED = /^\s*>/;

// Where the quoted part starts: index of the first line of the splitter and of its last line.
type Splitter = { start: number; end: number };

const attributionAt = (lines: string[], i: number): Splitter | null => {
  let joined = '';
  for (let end = i; end < Math.min(i + 3, lines.length); end++) {
    joined = `${joined} ${(lines[end] ?? '').trim()}`.trim();
    if (ATTRIBUTION.test(joined)) return { start: i, end };
  }
  return null;
};

// A header block: "From:" followed within four lines by "Sent:"/"Date:"/"To:"/"Subject:".
const headerBlockAt = (lines: string[], i: number): Splitter | null => {
  if (!FROM_LINE.test(lines[i] ?? '')) return null;
  const next = lines.slice(i + 1, i + 5).filter((l) => l.trim() !== '');
  return next.some((l) => SENT_LINE.test(l)) ? { start: i, end: i } : null;
};

// A line ending with ":" right above a block of "> " lines is an attribution whatever the
// language (talon's rule): Russian, Japanese and custom clients write their own.
const colonBeforeQuoteAt = (lines: string[], i: number): Splitter | null => {
  for (let end = i; end < Math.min(i + 2, lines.length); end++) {
    if (!(lines[end] ?? '').trim().endsWith(':')) continue;
    const after = lines.slice(end + 1).find((l) => l.trim() !== '');
    if (after !== undefined && QUOTED.test(after) && /\d/.test(lines.slice(i, end + 1).join(' '))) return { start: i, end };
  }
  return null;
};

const splitterAt = (lines: string[], i: number): Splitter | null => {
  const line = lines[i] ?? '';
  if (QUOTED.test(line) || line.trim() === '') return null;
  if (SEPARATOR.test(line)) return { start: i, end: i };
  if (UNDERSCORES.test(line) && lines.slice(i + 1, i + 3).some((l) => FROM_LINE.test(l))) return { start: i, end: i };
  return attributionAt(lines, i) ?? headerBlockAt(lines, i) ?? colonBeforeQuoteAt(lines, i);
};

// Lines after the splitter: when the quote is made of "> " lines, what stands between or below
// them is the person's text (bottom-posting, inline answers); an unquoted original is dropped.
const textBelowQuote = (rest: string[]): string[] => {
  const first = rest.find((l) => l.trim() !== '');
  return first !== undefined && QUOTED.test(first) ? withoutQuote(rest.join('\n')).split('\n') : [];
};

const withoutQuote = (text: string): string => {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const splitter = splitterAt(lines, i);
    if (splitter) return [...lines.slice(0, splitter.start), ...textBelowQuote(lines.slice(splitter.end + 1))].join('\n');
  }
  return text;
};

const tidy = (text: string): string =>
  text
    .split('\n')
    .filter((l) => !QUOTED.test(l))
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

// The new text of a human reply: the quoted part (and whatever follows a reply header) removed.
// A device footer such as "Sent from my iPhone" is kept: it is what the person's client wrote,
// and talon's expectations keep it; `withoutDeviceFooter` removes it for whom it bothers.
export const newTextOf = (text: string, html: string | null): string => {
  const plain = text.trim() === '' && html ? htmlToText(html) : text;
  const normalised = plain.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  return tidy(withoutQuote(normalised));
};

const DEVICE_FOOTER =
  /^\s*(sent from my|sent from|envoy[ée] (de|depuis) mon|von meinem|enviado desde mi|inviato da(l mio)?|verzonden met|wys[łl]ane z|get outlook for|obtenir outlook pour)\b.{0,60}$/i;

// The text without a trailing mobile footer ("Sent from my iPhone", "Envoyé de mon iPhone").
export const withoutDeviceFooter = (newText: string): string => {
  const lines = newText.split('\n');
  for (let last = lines.at(-1); last !== undefined && (last.trim() === '' || DEVICE_FOOTER.test(last)); last = lines.at(-1)) lines.pop();
  return lines.join('\n').trim();
};
