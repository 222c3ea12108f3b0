import { useState } from 'react';
import type { ApiError, ProgramId, Settings } from '../../../api';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { useI18n, type Language } from '../i18n/i18n';
import { describeError } from '../shared/describe-error';
import { stepTitle, stepWords } from './program-words';
import { TemplateEditor } from './TemplateEditor';
import { TemplateList } from './TemplateList';
import { TemplatePreview } from './TemplatePreview';
import { templateId, useTemplates, type TemplateKey, type TemplateText } from './use-templates';

type Props = { settings: Settings; onOpenBusiness: () => void };

const LANGUAGES = [
  { code: 'fr', name: 'Français' },
  { code: 'en', name: 'English' },
] as const;

// Core words its checks in English; the two a person can meet here, in the window's language.
const templateErrors = (error: ApiError | null, t: ReturnType<typeof useI18n>['t']): Record<string, string> => {
  const byField: Record<string, string> = {};
  for (const issue of error?.issues ?? []) {
    if (issue.path === 'subject') byField.subject ??= t('messages.error.subject');
    else if (issue.path === 'body') byField.body ??= t('messages.error.body');
  }
  return byField;
};

export const TemplatesPanel = ({ settings, onOpenBusiness }: Props) => {
  const { t, language: windowLanguage } = useI18n();
  const { templates, loadError, reload, save, reset, find } = useTemplates();
  const [selected, setSelected] = useState<{ program: ProgramId; step: number }>({ program: 'cart-recovery', step: 1 });
  const [language, setLanguage] = useState<Language>(windowLanguage);
  // Unsaved edits per template, so moving to another step or language loses nothing.
  const [drafts, setDrafts] = useState<Record<string, TemplateText>>({});
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  const [isConfirmingReset, setIsConfirmingReset] = useState(false);

  if (loadError) {
    return (
      <p role="alert" className="form-error">
        {describeError(loadError, t)}{' '}
        <button type="button" className="link" onClick={() => void reload()}>
          {t('messages.retry')}
        </button>
      </p>
    );
  }
  if (!templates) return <p className="muted">{t('messages.loading')}</p>;

  const key: TemplateKey = { ...selected, language };
  const template = find(key);
  if (!template) return null;
  const id = templateId(key);
  const text = drafts[id] ?? { subject: template.subject, body: template.body };
  const unsaved = new Set(
    Object.entries(drafts)
      .filter(([draftId, draft]) => {
        const saved = templates.find((tpl) => templateId(tpl) === draftId);
        return saved && (saved.subject !== draft.subject || saved.body !== draft.body);
      })
      .map(([draftId]) => draftId.split(':').slice(0, 2).join(':')),
  );

  const dropDraft = () =>
    setDrafts((d) => {
      const { [id]: _dropped, ...rest } = d;
      return rest;
    });

  const afterChange = (result: Awaited<ReturnType<typeof save>>, done: string) => {
    if (result.ok) {
      dropDraft();
      setError(null);
      setStatus(done);
      setVersion((v) => v + 1);
    } else {
      setError(result.error);
      setStatus(result.error.issues?.length ? t('messages.business.fixErrors') : describeError(result.error, t));
    }
  };

  const onSave = async () => {
    setIsSaving(true);
    const result = await save(key, text);
    setIsSaving(false);
    afterChange(result, t('messages.template.saved'));
  };

  const onReset = async () => {
    setIsConfirmingReset(false);
    afterChange(await reset(key), t('messages.template.wasReset'));
  };

  const choose = (next: Partial<TemplateKey>) => {
    if (next.program) setSelected({ program: next.program, step: next.step ?? 1 });
    if (next.language) setLanguage(next.language);
    setError(null);
    setStatus('');
  };

  const rules = { ...settings.reactivation, ...settings.reviewRequest };
  return (
    <div className="msg-templates">
      <TemplateList templates={templates} selected={selected} unsaved={unsaved} onSelect={choose} />
      <div className="msg-template-main">
        <section className="card" aria-labelledby="msg-template-title">
          <div className="msg-template-head">
            <div>
              <h2 id="msg-template-title">
                {t(`messages.program.${selected.program}`)} · {stepTitle(t, selected.program, selected.step)}
              </h2>
              <p className="muted">{stepWords(t, windowLanguage, selected.program, selected.step, rules)}</p>
            </div>
            <div className="msg-segmented" role="group" aria-label={t('messages.template.language')}>
              {LANGUAGES.map((choice) => (
                <button key={choice.code} type="button" aria-pressed={language === choice.code} onClick={() => choose({ language: choice.code })}>
                  {choice.name}
                </button>
              ))}
            </div>
          </div>
          <TemplateEditor
            key={id}
            template={template}
            text={text}
            errors={templateErrors(error, t)}
            isSaving={isSaving}
            onText={(next) => {
              setDrafts((d) => ({ ...d, [id]: next }));
              setStatus('');
            }}
            onSave={() => void onSave()}
            onReset={() => (template.isEdited ? setIsConfirmingReset(true) : dropDraft())}
          />
          <p role="status" className="status">
            {status}
          </p>
        </section>
        <TemplatePreview
          program={selected.program}
          step={selected.step}
          version={version}
          isDirty={unsaved.has(`${selected.program}:${selected.step}`)}
          messageLanguage={settings.messageLanguage}
          onOpenBusiness={onOpenBusiness}
        />
      </div>
      {isConfirmingReset && (
        <ConfirmDialog
          title={t('messages.template.resetTitle')}
          body={t('messages.template.resetBody', { language: language === 'fr' ? 'Français' : 'English' })}
          confirmLabel={t('messages.template.reset')}
          cancelLabel={t('messages.cancel')}
          onConfirm={() => void onReset()}
          onCancel={() => setIsConfirmingReset(false)}
        />
      )}
    </div>
  );
};
