import type { Contact } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { useClock } from '../shared/clock';
import { describeError } from '../shared/describe-error';
import { evidenceWords } from './evidence-words';
import { useConsentHistory } from './use-consent-history';

type Props = { contact: Contact };

// Every change of the contact's legal basis, newest first, with its evidence; and, for the basis
// they have now, which programs may write to them (the planner's own rule, docs/practice.md).
export const ConsentHistorySection = ({ contact }: Props) => {
  const { t, language } = useI18n();
  const { history, error } = useConsentHistory(contact);
  const clock = useClock();
  const day = (iso: string) => clock.date(iso, 'long');
  const isOptedOut = contact.unsubscribedAt !== null || contact.suppressed !== null;
  const basis = contact.consent?.basis ?? null;

  if (error) return <p role="alert">{describeError(error, t)}</p>;
  if (!history) return <p className="muted">{t('consentHistory.loading')}</p>;
  const programs = history.allowedPrograms.map((program) => t(`messages.program.${program}`)).join(', ');
  return (
    <div className="consent-history" data-testid="consent-history">
      <p className="consent-rule">
        {t(basis ? `consentRule.${basis}` : 'consentRule.none')}{' '}
        {isOptedOut
          ? t('consentHistory.optedOut')
          : programs
            ? t('consentHistory.allowed', { programs })
            : t('consentHistory.allowedNone')}
      </p>
      <h4>{t('consentHistory.title')}</h4>
      {history.changes.length === 0 ? (
        <p className="muted">{t('consentHistory.empty')}</p>
      ) : (
        <ol className="consent-changes">
          {history.changes.map((change, index) => (
            <li key={`${change.recordedAt}-${index}`}>
              <strong>{change.basis ? t(`consent.${change.basis}`) : t('consentHistory.withdrawn')}</strong>
              {[change.basis ? change.source : '', change.consentAt ? t('consentHistory.dated', { date: day(change.consentAt) }) : '']
                .filter(Boolean)
                .map((part) => ` · ${part}`)}
              <br />
              <span className="evidence">{evidenceWords(change.evidence, { t, language })}</span>
              <br />
              <small>{t('consentHistory.recorded', { date: day(change.recordedAt), origin: t(`consentHistory.origin.${change.origin}`) })}</small>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
};
