import type { Section } from '../app/sections';
import { GettingStarted } from '../home/GettingStarted';
import { MonthlySection } from '../home/MonthlySection';
import { rememberSegmentToOpen } from '../home/open-segment';
import { SegmentCards } from '../home/SegmentCards';
import { RecentReplies } from '../home/RecentReplies';
import { SendingToday } from '../home/SendingToday';
import { useHomeData } from '../home/use-home-data';
import { useRecentReplies } from '../home/use-recent-replies';
import { useI18n } from '../i18n/i18n';
import { pluralKey } from '../i18n/plural';
import { describeError } from '../shared/describe-error';
import { useMailboxStatus } from '../shared/use-mailbox-status';

// The first screen: what to do today, segment by segment, and how orders and donations went.
export const HomePage = ({ onGo }: { onGo: (section: Section) => void }) => {
  const { t, language } = useI18n();
  const { data, error, reload, chooseCurrency } = useHomeData();
  // Today's sending beside the segments; the line stays away while the mailbox cannot be read.
  const { status: mailbox } = useMailboxStatus();
  const recentReplies = useRecentReplies();

  const openSegment = (id: string) => {
    rememberSegmentToOpen(id);
    onGo('segments');
  };

  if (error) {
    return (
      <section className="page narrow">
        <h1>{t('home.today.title')}</h1>
        <p role="alert">{t('home.loadError', { message: describeError(error, t) })}</p>
        <button type="button" onClick={() => void reload()}>
          {t('home.retry')}
        </button>
      </section>
    );
  }
  if (!data) {
    return (
      <section className="page narrow">
        <h1>{t('home.today.title')}</h1>
        <p className="muted" role="status">
          {t('home.loading')}
        </p>
      </section>
    );
  }
  if (data.contactCount === 0) {
    return (
      <section className="page narrow">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('app.tagline')}</p>
        <GettingStarted onGo={onGo} />
      </section>
    );
  }

  const contactsKey = pluralKey(language, data.contactCount, 'home.contacts.one', 'home.contacts.other');
  return (
    <section className="page home-page">
      <h1>{t('home.today.title')}</h1>
      <p className="lead">{t('home.today.lead')}</p>
      {mailbox && <SendingToday status={mailbox} onGo={onGo} />}
      <RecentReplies count={recentReplies} onGo={onGo} />
      <SegmentCards segments={data.segments} onOpen={openSegment} />
      <MonthlySection stats={data.stats} onCurrency={(code) => void chooseCurrency(code)} />
      <p className="muted home-contacts">
        {t(contactsKey, { count: data.contactCount })}{' '}
        <button type="button" className="link" onClick={() => onGo('contacts')}>
          {t('home.openContacts')}
        </button>
      </p>
    </section>
  );
};
