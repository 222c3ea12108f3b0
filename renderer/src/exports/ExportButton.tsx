import { useState } from 'react';
import type { ExportFormat, ExportTarget } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { ExportDialog } from './ExportDialog';

type Props = { target: ExportTarget; title: string; formats: readonly ExportFormat[] };

// "Export…" on a list of contacts: opens the export dialog for what the list shows.
export const ExportButton = ({ target, title, formats }: Props) => {
  const { t } = useI18n();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setIsOpen(true)}>
        {t('exports.open')}
      </button>
      {isOpen && <ExportDialog target={target} title={title} formats={formats} onClose={() => setIsOpen(false)} />}
    </>
  );
};
