import { reviewPolicyFlags, type ProgramId, type Template } from '../../api';
import type { CoreContext } from '../context';
import { DomainError } from '../errors';
import { parseTemplate } from './render-template';
import { programIds, programSteps, shippedTemplate, type TemplateLanguage, type TemplateText } from './shipped-templates';

type Ctx = Pick<CoreContext, 'db' | 'clock'>;
type Key = { program: ProgramId; step: number; language: TemplateLanguage };

const toTemplate = (key: Key, text: TemplateText, isEdited: boolean): Template => {
  const parsed = [parseTemplate(text.subject), parseTemplate(text.body)];
  const fields = [...new Set(parsed.flatMap((p) => p.fields))];
  const required = [...new Set(parsed.flatMap((p) => p.required))];
  const policyFlags = key.program === 'review-request' ? reviewPolicyFlags(text.subject, text.body) : [];
  return { ...key, subject: text.subject, body: text.body, isEdited, fields, requiredFields: required, policyFlags };
};

const shipped = (key: Key): TemplateText => {
  const text = shippedTemplate(key);
  if (!text) throw new DomainError('NOT_FOUND', `The ${key.program} program has no step ${key.step}.`);
  return text;
};

export const getTemplate = (ctx: Ctx, key: Key): Template => {
  const edited = ctx.db.$client.prepare('SELECT subject, body FROM templates WHERE program = ? AND step = ? AND language = ?').get(key.program, key.step, key.language) as TemplateText | undefined;
  return toTemplate(key, edited ?? shipped(key), edited !== undefined);
};

export const listTemplates = (ctx: Ctx): Template[] =>
  programIds.flatMap((program) => programSteps[program].flatMap((step) => (['fr', 'en'] as const).map((language) => getTemplate(ctx, { program, step, language }))));

export const updateTemplate = (ctx: Ctx, input: Key & TemplateText): Template => {
  shipped(input);
  ctx.db.$client
    .prepare(`INSERT INTO templates (program, step, language, subject, body, updated_at) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (program, step, language) DO UPDATE SET subject = excluded.subject, body = excluded.body, updated_at = excluded.updated_at`)
    .run(input.program, input.step, input.language, input.subject.replace(/[\r\n]+/g, ' '), input.body, ctx.clock.now().getTime());
  return getTemplate(ctx, input);
};

export const resetTemplate = (ctx: Ctx, key: Key): Template => {
  ctx.db.$client.prepare('DELETE FROM templates WHERE program = ? AND step = ? AND language = ?').run(key.program, key.step, key.language);
  return getTemplate(ctx, key);
};
