import { useState } from 'react';
import type { BulkTarget } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { counted, plural } from '../i18n/plural';
import { BulkEditForm } from './BulkEditForm';
import { ConfirmDialog } from '../shared/ConfirmDialog';

type Props = {
  count: number;
  target: BulkTarget;
  // "All N matching this search" is chosen (isAll), or may be (matching: how many match).
  isAll: boolean;
  matching: number;
  search: string;
  onSelectAll: () => void;
  onUnsubscribe: () => void;
  onClear: () => void;
  onDone: (message: string) => void;
};

// What can be done to the contacts ticked in the list, with a confirmation first.
export const SelectionBar = ({ count, target, isAll, matching, search, onSelectAll, onUnsubscribe, onClear, onDone }: Props) => {
  const { t, language } = useI18n();
  const [isAsking, setIsAsking] = useState(false);
  const label = isAll ? counted(t, language, 'bulk.allSelected', count) : plural(t, language, count, 'selection.one', 'selection.other');
  return (
    <div className="selection-bar" role="toolbar" aria-label={label}>
      <span className="selection-count">{label}</span>
      {!isAll && matching > count && (
        <button type="button" className="link" onClick={onSelectAll}>
          {counted(t, language, search.trim() ? 'bulk.allMatching' : 'bulk.allContacts', matching)}
        </button>
      )}
      <BulkEditForm target={target} onDone={onDone} />
      {/* One by one, as each unsubscribe cancels what was planned: offered for ticked contacts only. */}
      {!isAll && (
        <button type="button" onClick={() => setIsAsking(true)}>
          {t('selection.unsubscribe')}
        </button>
      )}
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
