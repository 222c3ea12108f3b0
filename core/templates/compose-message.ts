import { parseTemplate, renderParsed, type MergeValues, type ParsedTemplate } from './render-template';
import type { TemplateLanguage, TemplateText } from './shipped-templates';
import { textToHtml } from './text-to-html';

// The unsubscribe address as a link; the reader of the mailbox takes "unsubscribe" in a subject
// as a request, and the token sending adds finds the person even from another address.
export const unsubscribeLink = (address: string, token?: string): string =>
  `mailto:${address}?subject=unsubscribe${token ? `%20${token}` : ''}`;

// Every marketing message ends with who sends it, where they are, and how to stop (docs/practice.md,
// rules of respect). The opt-out line offers both ways: a reply, or the unsubscribe address, the
// same mailto as the List-Unsubscribe header (sending puts the person's token into it).
const FOOTER: Record<TemplateLanguage, string> = {
  en: `--
{{business_name}}, {{postal_address}}
You are receiving this because you were in touch with us. To receive no more messages, reply "stop" or unsubscribe here: ${unsubscribeLink('{{reply_address}}')}`,
  fr: `--
{{business_name}}, {{postal_address}}
Vous recevez ce message car vous avez été en contact avec nous. Pour ne plus rien recevoir, répondez « stop » ou désabonnez-vous ici : ${unsubscribeLink('{{reply_address}}')}`,
};

// The footer as it read before it named the unsubscribe address: a message the owner rewrote
// then still ends with it, and keeps it rather than getting a second one.
const PREVIOUS_FOOTER: Record<TemplateLanguage, string> = {
  en: `--
{{business_name}}, {{postal_address}}
You are receiving this because you were in touch with us. To receive no more messages, reply "stop" or write to {{reply_address}}.`,
  fr: `--
{{business_name}}, {{postal_address}}
Vous recevez ce message car vous avez été en contact avec nous. Pour ne plus rien recevoir, répondez « stop » ou écrivez à {{reply_address}}.`,
};

export type Composed = { ok: true; subject: string; text: string; html: string } | { ok: false; missing: string[] };

export type CompiledTemplate = { subject: ParsedTemplate; body: ParsedTemplate; language: TemplateLanguage };

export const compileTemplate = (template: TemplateText, language: TemplateLanguage): CompiledTemplate => ({
  subject: parseTemplate(template.subject),
  body: parseTemplate(`${template.body.trimEnd()}\n\n${FOOTER[language]}`),
  language,
});

// Subject and body with the footer; a missing required field anywhere (the footer's business
// name and postal address included) gives the list of what is missing instead of a message.
export const composeMessage = (template: CompiledTemplate, values: MergeValues): Composed => {
  const subject = renderParsed(template.subject, values, { language: template.language });
  const body = renderParsed(template.body, values, { language: template.language });
  const missing = [...(subject.ok ? [] : subject.missing), ...(body.ok ? [] : body.missing)];
  if (!subject.ok || !body.ok) return { ok: false, missing: [...new Set(missing)] };
  // A subject is one line: a value with a line break must not start a second header.
  const oneLine = subject.text.replace(/[\r\n]+/g, ' ');
  return { ok: true, subject: oneLine, text: body.text, html: textToHtml(body.text) };
};

// The footer alone, for a message the owner rewrote: it must still end with it.
export const renderFooter = (language: TemplateLanguage, values: MergeValues) => renderParsed(parseTemplate(FOOTER[language]), values, { language });

// Whether a text the owner wrote ends with the footer, as it reads now or as it read before.
export const hasFooter = (text: string, language: TemplateLanguage, values: MergeValues): boolean =>
  [FOOTER, PREVIOUS_FOOTER].some((footers) => {
    const footer = renderParsed(parseTemplate(footers[language]), values, { language });
    return footer.ok && text.includes(footer.text);
  });
