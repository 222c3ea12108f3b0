import { useI18n } from '../i18n/i18n';
import './file-basis.css';

type Props = { isChosen: boolean; onChange: (isChosen: boolean) => void };

// "These are my customers: soft opt-in", for the whole file: core gives the basis only to the
// file's contacts that have none, never over a basis or an opt-out (plan-import.ts).
export const FileBasisChoice = ({ isChosen, onChange }: Props) => {
  const { t } = useI18n();
  return (
    <div className="file-basis">
      <label>
        <input type="checkbox" checked={isChosen} onChange={(e) => onChange(e.target.checked)} aria-describedby="file-basis-hint" />
        {t('import.fileBasis.label')}
      </label>
      <p id="file-basis-hint" className="hint">
        {t('import.fileBasis.hint')}
      </p>
    </div>
  );
};
