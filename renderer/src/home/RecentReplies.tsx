import type { Section } from '../app/sections';
import { useI18n } from '../i18n/i18n';
import { plural } from '../i18n/plural';

type Props = { count: number; onGo: (section: Section) => void };

// "3 new replies this week", with the way to the Replies list; nothing when no one replied.
export const RecentReplies = ({ count, onGo }: Props) => {
  const { t, language } = useI18n();
  if (count === 0) return null;
  return (
    <section className="card home-sending home-replies" aria-labelledby="home-replies-title" data-testid="home-replies">
      <h2 id="home-replies-title" className="home-sending-title">
        {t('home.replies.title')}
      </h2>
      <p className="home-sending-line">{plural(t, language, count, 'home.replies.one', 'home.replies.other')}</p>
      <button type="button" className="link" onClick={() => onGo('replies')}>
        {t('home.replies.open')}
      </button>
    </section>
  );
};
