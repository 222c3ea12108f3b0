import { useRef, useState } from 'react';
import type { BackupRestoreInput, BackupRestoreResult } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { counted } from '../i18n/plural';
import { describeError } from '../shared/describe-error';
import { formatMoment } from '../shared/format-moment';
import { useBackups } from './use-backups';
import './backups.css';

type Pending = { input: BackupRestoreInput; name: string } | { file: File; name: string };

const megabytes = (bytes: number, language: string): string =>
  new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 2 ** 20);

// Settings → Backups (C9): when the last one was made (in the owner's zone), one now, the
// backups in the folder, and a restore, from one of them or from a file, asked for twice.
export const BackupsSection = ({ timeZone }: { timeZone: string }) => {
  const { t, language } = useI18n();
  const { list, work, error, backUp, restore, restoreFile, clearError } = useBackups();
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState<string[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  const when = (iso: string) => formatMoment(iso, language, timeZone);
  const newest = list?.backups[0];

  const onBackUp = async () => {
    setDone([]);
    const name = await backUp();
    if (name) setDone([t('backups.done', { name })]);
  };

  const sayRestored = (result: BackupRestoreResult) => {
    const lines = [t('backups.restored', { name: result.restoredFrom })];
    if (result.keptAs) lines.push(t('backups.kept', { name: result.keptAs }));
    if (result.held > 0) lines.push(counted(t, language, 'backups.held', result.held));
    if (result.carried === null) lines.push(t('backups.carried.none'));
    else {
      if (result.carried.sends > 0) lines.push(counted(t, language, 'backups.carried.sends', result.carried.sends));
      if (result.carried.stops > 0) lines.push(counted(t, language, 'backups.carried.stops', result.carried.stops));
    }
    setDone(lines);
  };

  const onConfirm = async () => {
    if (!pending) return;
    setPending(null);
    setDone([]);
    const result = 'file' in pending ? await restoreFile(pending.file) : await restore(pending.input);
    if (result) sayRestored(result);
  };

  const onFile = (file: File | undefined) => {
    if (fileInput.current) fileInput.current.value = '';
    clearError();
    setDone([]);
    if (file) setPending({ file, name: file.name });
  };

  return (
    <section className="backups" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('backups.title')}</h2>
      <p className="hint">{t('backups.intro', { kept: list?.dailyKept ?? 7 })}</p>
      <p data-testid="backups-last">{newest ? t('backups.last', { when: when(newest.at) }) : t('backups.none')}</p>
      <div className="actions">
        <button type="button" disabled={work !== null} onClick={() => void onBackUp()}>
          {t('backups.now')}
        </button>
        <button type="button" disabled={work !== null} onClick={() => fileInput.current?.click()}>
          {t('backups.restoreFile')}
        </button>
        <input ref={fileInput} type="file" hidden data-testid="backups-file" accept=".db,.sqlite,.sqlite3,application/x-sqlite3,application/vnd.sqlite3"
          onChange={(e) => onFile(e.target.files?.[0])} />
      </div>
      {work && (
        <p role="status">
          <progress max={100} value={work.percent} /> {t(work.phase === 'backup' ? 'backups.backingUp' : 'backups.restoring', { percent: work.percent })}
        </p>
      )}
      {pending && (
        <div className="backups-confirm" role="alertdialog" aria-labelledby="backups-confirm-text">
          <p id="backups-confirm-text">{t('backups.confirm', { name: pending.name })}</p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => void onConfirm()}>
              {t('backups.confirmYes')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('backups.cancel')}
            </button>
          </div>
        </div>
      )}
      {error && <p role="alert">{describeError(error, t)}</p>}
      {done.length > 0 && (
        <div role="status" className="backups-done">
          {done.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      {list && list.backups.length > 0 && (
        <table className="backups-table">
          <caption>{t('backups.list')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('backups.col.when')}</th>
              <th scope="col">{t('backups.col.kind')}</th>
              <th scope="col">{t('backups.col.size')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {list.backups.map((backup) => (
              <tr key={backup.name} data-kind={backup.kind}>
                <td title={backup.name}>{when(backup.at)}</td>
                <td>{t(`backups.kind.${backup.kind}`)}</td>
                <td>{t('backups.size', { size: megabytes(backup.size, language) })}</td>
                <td>
                  <button type="button" disabled={work !== null} aria-label={t('backups.restoreLabel', { when: when(backup.at) })}
                    onClick={() => (clearError(), setDone([]), setPending({ input: { name: backup.name }, name: backup.name }))}>
                    {t('backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list && (
        <p className="muted">
          {t('backups.folder')} <code>{list.folder}</code>
        </p>
      )}
    </section>
  );
};
