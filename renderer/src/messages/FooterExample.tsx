import type { Business } from '../../../api';
import { useI18n } from '../i18n/i18n';

// How every marketing message ends (core adds it, the owner does not write it): who sends, where
// they are, and how to stop. Shown with what the form holds right now.
export const FooterExample = ({ business }: { business: Business }) => {
  const { t } = useI18n();
  const or = (value: string, placeholder: Parameters<typeof t>[0]) => value.trim() || t(placeholder);
  return (
    <aside className="msg-footer-example" aria-labelledby="msg-footer-title">
      <p id="msg-footer-title" className="msg-footer-title">
        {t('messages.footer.title')}
      </p>
      <p className="hint">{t('messages.footer.why')}</p>
      <pre className="msg-footer-text" data-testid="footer-example">
        {'--\n'}
        {or(business.name, 'messages.footer.noName')}, {or(business.postalAddress, 'messages.footer.noAddress')}
        {'\n'}
        {t('messages.footer.unsubscribe', { address: or(business.replyAddress, 'messages.footer.noReply') })}
      </pre>
    </aside>
  );
};
