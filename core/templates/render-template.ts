// Merge-field rendering for message templates (C5). A template names fields as {{field}} or
// {{field|fallback}}. One pass over the template: a value is inserted as text and never scanned
// again, so a contact called "{{promo_code}}" stays "{{promo_code}}" and cannot pull in other
// fields. A field without a fallback is required: when it is empty the message is not rendered
// and the caller gets the missing names, so nothing is ever sent as "Hello ,".

export type MergeValues = Readonly<Record<string, string | null | undefined>>;

export type Rendered = { ok: true; text: string } | { ok: false; missing: string[] };

type Part = { literal: string } | { field: string; fallback: string | null };

const TOKEN = /\{\{\s*([a-z_][a-z0-9_]*)\s*(?:\|([^}]*))?\}\}/g;

// Templates are parsed once and rendered many times (10,000 messages must take under a second).
export type ParsedTemplate = { parts: readonly Part[]; fields: readonly string[] };

export const parseTemplate = (source: string): ParsedTemplate => {
  const parts: Part[] = [];
  let last = 0;
  for (const match of source.matchAll(TOKEN)) {
    if (match.index > last) parts.push({ literal: source.slice(last, match.index) });
    parts.push({ field: match[1]!, fallback: match[2] ?? null });
    last = match.index + match[0].length;
  }
  if (last < source.length) parts.push({ literal: source.slice(last) });
  const fields = [...new Set(parts.flatMap((part) => ('field' in part ? [part.field] : [])))];
  return { parts, fields };
};

// An empty value right before punctuation takes its leading space with it: "Bonjour {{first_name|}},"
// reads "Bonjour," for a contact without a first name.
const joinEmpty = (out: string, next: Part | undefined): string =>
  next && 'literal' in next && /^[,.!?;:]/.test(next.literal) ? out.replace(/ $/, '') : out;

export const renderParsed = (template: ParsedTemplate, values: MergeValues, escape: (text: string) => string = (t) => t): Rendered => {
  const missing: string[] = [];
  let out = '';
  const { parts } = template;
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]!;
    if ('literal' in part) {
      out += part.literal;
      continue;
    }
    const value = values[part.field]?.trim() ?? '';
    if (value !== '') out += escape(value);
    else if (part.fallback === null) missing.push(part.field);
    else if (part.fallback !== '') out += escape(part.fallback);
    else out = joinEmpty(out, parts[i + 1]);
  }
  return missing.length ? { ok: false, missing: [...new Set(missing)] } : { ok: true, text: out };
};

export const renderTemplate = (source: string, values: MergeValues): Rendered => renderParsed(parseTemplate(source), values);

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
