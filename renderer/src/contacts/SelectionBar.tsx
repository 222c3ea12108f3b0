import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { plural } from '../i18n/plural';
import { ConfirmDialog } from './ConfirmDialog';

type Props = { count: number; onUnsubscribe: () => void; onClear: () => void };

// What can be done to the contacts ticked in the list, with a confirmation first.
export const SelectionBar = ({ count, onUnsubscribe, onClear }: Props) => {
  const { t, language } = useI18n();
  const [isAsking, setIsAsking] = useState(false);
  return (
    <div className="selection-bar" role="toolbar" aria-label={plural(t, language, count, 'selection.one', 'selection.other')}>
      <span className="selection-count">{plural(t, language, count, 'selection.one', 'selection.other')}</span>
      <button type="button" onClick={() => setIsAsking(true)}>
        {t('selection.unsubscribe')}
      </button>
      <button type="button" onClick={onClear}>
        {t('selection.clear')}
      </button>
      {isAsking && (
        <ConfirmDialog
          title={plural(t, language, count, 'selection.confirmTitle.one', 'selection.confirmTitle.other')}
          body={t('optout.confirmBody')}
          confirmLabel={t('selection.unsubscribe')}
          cancelLabel={t('form.cancel')}
          onConfirm={() => {
            setIsAsking(false);
            onUnsubscribe();
          }}
          onCancel={() => setIsAsking(false)}
        />
      )}
    </div>
  );
};
