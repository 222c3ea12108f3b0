import { useCallback, useEffect, useState } from 'react';
import type { ApiError, ProgramId, Result, Template } from '../../../api';
import { useApi } from '../api/api-context';

export type TemplateKey = { program: ProgramId; step: number; language: 'fr' | 'en' };
export type TemplateText = { subject: string; body: string };

export const templateId = (key: TemplateKey): string => `${key.program}:${key.step}:${key.language}`;

const isSame = (a: TemplateKey, b: TemplateKey) => a.program === b.program && a.step === b.step && a.language === b.language;

// Every template, each program × step × language, and the two ways to change one.
export const useTemplates = () => {
  const api = useApi();
  const [templates, setTemplates] = useState<Template[] | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);

  const load = useCallback(async () => {
    const result = await api.call('templates.list', {});
    if (result.ok) {
      setTemplates(result.value);
      setLoadError(null);
    } else setLoadError(result.error);
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);

  const replace = (result: Result<Template>): Result<Template> => {
    if (result.ok) setTemplates((list) => list?.map((t) => (isSame(t, result.value) ? result.value : t)) ?? null);
    return result;
  };

  const save = async (key: TemplateKey, text: TemplateText) => replace(await api.call('templates.update', { ...key, ...text }));
  const reset = async (key: TemplateKey) => replace(await api.call('templates.reset', key));
  const find = (key: TemplateKey): Template | undefined => templates?.find((t) => isSame(t, key));

  return { templates, loadError, reload: load, save, reset, find };
};
