import type Database from 'better-sqlite3';
import type { ProgramId } from '../../api';
import { compileTemplate, type CompiledTemplate } from '../templates/compose-message';
import { shippedTemplate, type TemplateLanguage, type TemplateText } from '../templates/shipped-templates';

// The owner's edited text when there is one, the shipped one otherwise; compiled once per batch.
export const templateSource = (sqlite: Database.Database) => {
  const edited = sqlite.prepare('SELECT subject, body FROM templates WHERE program = ? AND step = ? AND language = ?');
  const cache = new Map<string, CompiledTemplate>();
  return (program: ProgramId, step: number, language: TemplateLanguage): CompiledTemplate | null => {
    const key = `${program}/${step}/${language}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const text = (edited.get(program, step, language) as TemplateText | undefined) ?? shippedTemplate({ program, step, language });
    if (!text) return null;
    const compiled = compileTemplate(text, language);
    cache.set(key, compiled);
    return compiled;
  };
};
export type TemplateSource = ReturnType<typeof templateSource>;
