import { useState, type DragEvent } from 'react';
import { useI18n } from '../i18n/i18n';

type Props = { busyFile: string | null; onFile: (file: File) => void };

export const ACCEPTED = '.csv,.txt,.tsv,.vcf,.vcard,.xlsx';

// Step 1: a drop zone around an ordinary file input, so the keyboard and screen readers get
// the native picker and a mouse can drag a file from the desktop.
export const FilePicker = ({ busyFile, onFile }: Props) => {
  const { t } = useI18n();
  const [isOver, setIsOver] = useState(false);
  const isBusy = busyFile !== null;

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    // Without preventDefault the browser opens the dropped file instead of handing it to us.
    event.preventDefault();
    event.dataTransfer.dropEffect = isBusy ? 'none' : 'copy';
    setIsOver(true);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setIsOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !isBusy) onFile(file);
  };

  return (
    <div
      className="drop-zone"
      data-over={isOver || undefined}
      aria-busy={isBusy}
      onDragOver={onDragOver}
      onDragLeave={() => setIsOver(false)}
      onDrop={onDrop}
    >
      {isBusy ? (
        <p className="drop-title" role="status">
          {t('import.pick.reading', { file: busyFile })}
        </p>
      ) : (
        <>
          <p className="drop-title">{t('import.pick.drop')}</p>
          <p className="muted">{t('import.pick.or')}</p>
          <input
            id="import-file"
            className="file-input"
            type="file"
            accept={ACCEPTED}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) onFile(file);
            }}
          />
          <label htmlFor="import-file" className="file-button">
            {t('import.pick.choose')}
          </label>
        </>
      )}
    </div>
  );
};
