import type { MailboxStatus } from '../../../api';
import type { Section } from '../app/sections';
import { useI18n } from '../i18n/i18n';
import { sendingToday } from './sending-words';
import './sending-today.css';

type Props = { status: MailboxStatus; onGo: (section: Section) => void };

// What left today and what waits for the owner, with the way to the outbox (or to Settings
// while there is no mailbox to send from).
export const SendingToday = ({ status, onGo }: Props) => {
  const { t, language } = useI18n();
  const hasMailbox = status.config !== null;
  return (
    <section className="card home-sending" aria-labelledby="home-sending-title" data-testid="home-sending">
      <h2 id="home-sending-title" className="home-sending-title">
        {t('home.sending.title')}
      </h2>
      <p className="home-sending-line">{hasMailbox ? sendingToday(status, t, language) : t('home.sending.noMailbox')}</p>
      {status.pause && <p className="home-sending-warn">{t('home.sending.stopped')}</p>}
      {status.isSendingPaused && <p className="home-sending-warn">{t('home.sending.paused')}</p>}
      <button type="button" className="link" onClick={() => onGo(hasMailbox ? 'outbox' : 'settings')}>
        {t(hasMailbox ? 'home.sending.open' : 'home.sending.setUp')}
      </button>
    </section>
  );
};
