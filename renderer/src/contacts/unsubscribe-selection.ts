import type { ApiClient } from '../api/client';
import type { Language, Translate } from '../i18n/i18n';
import { plural } from '../i18n/plural';
import { describeError } from '../shared/describe-error';

// Unsubscribes the selected contacts one after the other and gives the status line to show: the
// count done, or the first refusal in a sentence (those before it stay unsubscribed).
export const unsubscribeSelection = async (api: ApiClient, ids: readonly string[], t: Translate, language: Language): Promise<string> => {
  let done = 0;
  for (const id of ids) {
    const result = await api.call('contacts.unsubscribe', { id });
    if (!result.ok) return `${done > 0 ? `${plural(t, language, done, 'selection.done.one', 'selection.done.other')} ` : ''}${describeError(result.error, t)}`;
    done += 1;
  }
  return plural(t, language, done, 'selection.done.one', 'selection.done.other');
};
