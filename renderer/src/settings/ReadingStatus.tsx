import type { MailboxConfig, ReadingStatus as Reading } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { plural } from '../i18n/plural';
import { formatMoment } from '../shared/format-moment';
import { describeFound, describeReadingProblem } from './reading-words';

type Props = { reading: Reading; config: MailboxConfig | null; timeZone: string };

// What the last check of the mailbox did: when, how many messages it looked at, what it found,
// what stopped it; and a warning when servers refuse the owner's messages as spam.
export const ReadingStatus = ({ reading, config, timeZone }: Props) => {
  const { t, language } = useI18n();
  const last = reading.last;
  const problem = last ? describeReadingProblem(last, config, t) : null;
  const facts: [string, string, string][] = [
    ['lastCheck', t('reading.status.lastCheck'), reading.lastCheckAt ? formatMoment(reading.lastCheckAt, language, timeZone) : t('reading.status.never')],
  ];
  if (last && !problem) {
    facts.push(['lookedAt', t('reading.status.lookedAt'), new Intl.NumberFormat(language).format(last.lookedAt)]);
    facts.push(['found', t('reading.status.found'), describeFound(last, t, language)]);
  }
  return (
    <div className="reading-status" data-testid="reading-status">
      <dl className="facts">
        {facts.map(([name, label, value]) => (
          <div key={name}>
            <dt>{label}</dt>
            <dd data-fact={name}>{value}</dd>
          </div>
        ))}
      </dl>
      {problem && (
        <p className="reading-problem" role="alert">
          {problem}
        </p>
      )}
      {reading.refusedAsSpam > 0 && (
        <p className="reading-spam" role="alert">
          {plural(t, language, reading.refusedAsSpam, 'reading.spam.one', 'reading.spam.other')}
        </p>
      )}
    </div>
  );
};
