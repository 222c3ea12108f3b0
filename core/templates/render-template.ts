// Merge-field rendering for message templates (C5). A template names fields as {{field}} or
// {{field|fallback}}. One pass over the template: a value is inserted as text and never scanned
// again, so a contact called "{{promo_code}}" stays "{{promo_code}}" and cannot pull in other
// fields. A field without a fallback is required: when it is empty the message is not rendered
// and the caller gets the missing names, so nothing is ever sent as "Hello ,".
// A sentence that only makes sense with a value sits in a section: {{#faq_url}}…{{/faq_url}} is
// kept when the field has a value and left out, with its line, when it has none; {{^field}}…{{/field}}
// is the reverse. Inside its own section a field is never missing.
import { elideBefore } from './french-elision';

export type MergeValues = Readonly<Record<string, string | null | undefined>>;

export type Rendered = { ok: true; text: string } | { ok: false; missing: string[] };

type Part = { literal: string } | { field: string; fallback: string | null } | { section: string; isInverted: boolean; parts: Part[] };

const TOKEN = /\{\{\s*([#^/]?)\s*([a-z_][a-z0-9_]*)\s*(?:\|([^}]*))?\}\}/g;

// Templates are parsed once and rendered many times (10,000 messages must take under a second).
export type ParsedTemplate = { parts: readonly Part[]; fields: readonly string[]; required: readonly string[] };

type Open = { parts: Part[]; section: string | null };

export const parseTemplate = (source: string): ParsedTemplate => {
  const stack: Open[] = [{ parts: [], section: null }];
  const top = () => stack.at(-1)!;
  const fields = new Set<string>();
  const required = new Set<string>();
  let last = 0;
  for (const match of source.matchAll(TOKEN)) {
    if (match.index > last) top().parts.push({ literal: source.slice(last, match.index) });
    last = match.index + match[0].length;
    const [, sigil, field] = match as unknown as [string, string, string];
    fields.add(field);
    if (sigil === '#' || sigil === '^') {
      const section: Part = { section: field, isInverted: sigil === '^', parts: [] };
      top().parts.push(section);
      stack.push({ parts: section.parts, section: field });
    } else if (sigil === '/') {
      // A closing tag that matches no open section is dropped rather than shown.
      const at = stack.findLastIndex((open) => open.section === field);
      if (at > 0) stack.length = at;
    } else {
      const isGuarded = stack.some((open) => open.section === field);
      const fallback = match[3] ?? (isGuarded ? '' : null);
      if (fallback === null) required.add(field);
      top().parts.push({ field, fallback });
    }
  }
  if (last < source.length) top().parts.push({ literal: source.slice(last) });
  return { parts: stack[0]!.parts, fields: [...fields], required: [...required] };
};

export type RenderOptions = { escape?: (text: string) => string; language?: 'fr' | 'en' };

// An empty value right before punctuation takes its leading space with it: "Bonjour {{first_name|}},"
// reads "Bonjour," for a contact without a first name; a left-out section likewise.
const joinEmpty = (out: string, next: Part | undefined): string =>
  next && 'literal' in next && /^[,.!?;:\s]/.test(next.literal) ? out.replace(/ $/, '') : out;

const renderParts = (parts: readonly Part[], values: MergeValues, options: RenderOptions, missing: string[], before: string): string => {
  let out = before;
  const escape = options.escape ?? ((text: string) => text);
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]!;
    if ('literal' in part) {
      out += part.literal;
      continue;
    }
    if ('section' in part) {
      const hasValue = (values[part.section]?.trim() ?? '') !== '';
      if (hasValue !== part.isInverted) out = renderParts(part.parts, values, options, missing, out);
      else out = joinEmpty(out, parts[i + 1]);
      continue;
    }
    let value = values[part.field]?.trim() || part.fallback || '';
    if (value === '') {
      if (part.fallback === null) missing.push(part.field);
      else out = joinEmpty(out, parts[i + 1]);
      continue;
    }
    if (options.language === 'fr') ({ before: out, value } = elideBefore(out, value));
    out += escape(value);
  }
  return out;
};

// What a left-out section leaves behind: spaces at line ends and runs of blank lines.
const tidy = (text: string): string => text.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '');

export const renderParsed = (template: ParsedTemplate, values: MergeValues, options: RenderOptions = {}): Rendered => {
  const missing: string[] = [];
  const out = renderParts(template.parts, values, options, missing, '');
  return missing.length ? { ok: false, missing: [...new Set(missing)] } : { ok: true, text: tidy(out) };
};

export const renderTemplate = (source: string, values: MergeValues, options: RenderOptions = {}): Rendered => renderParsed(parseTemplate(source), values, options);

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
