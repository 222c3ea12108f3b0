import type { ImportSummary } from '../../../api';
import type { Language, Translate } from '../i18n/i18n';
import { counted } from '../i18n/plural';

// An import's figures as sentences, each number with the form of its own noun: "1 contact créé,
// 0 mis à jour, 2 événements", never "1 créé(s)".
type Figures = Pick<ImportSummary, 'created' | 'updated' | 'events' | 'skipped' | 'rejected'>;

export const resultLine = (s: Figures, t: Translate, language: Language): string =>
  t('import.result.done', {
    created: counted(t, language, 'import.result.created', s.created),
    updated: counted(t, language, 'import.result.updated', s.updated),
    events: counted(t, language, 'import.result.events', s.events),
  });

export const skippedLine = (s: Figures, t: Translate, language: Language): string =>
  t('import.result.skippedRejected', {
    skipped: counted(t, language, 'import.result.skipped', s.skipped),
    rejected: counted(t, language, 'import.result.rejected', s.rejected),
  });

export const undoBody = (s: Figures, t: Translate, language: Language): string =>
  t('import.undo.body', {
    created: counted(t, language, 'import.undo.created', s.created),
    updated: counted(t, language, 'import.undo.updated', s.updated),
    events: counted(t, language, 'import.undo.events', s.events),
  });
