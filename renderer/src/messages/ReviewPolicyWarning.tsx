import type { ReviewPolicyFlag } from '../../../api';
import { useI18n } from '../i18n/i18n';

// What in a review request breaks Google's policy, said before the owner saves or approves it.
export const ReviewPolicyWarning = ({ flags }: { flags: readonly ReviewPolicyFlag[] }) => {
  const { t } = useI18n();
  if (flags.length === 0) return null;
  return (
    <div className="msg-warning review-policy-warning" role="alert" data-testid="review-policy-warning">
      <p>
        <strong>{t('policy.title')}</strong>
      </p>
      {flags.map((flag) => (
        <p key={flag.kind}>{t(`policy.${flag.kind}`, { phrase: flag.phrase })}</p>
      ))}
      <p>{t('policy.held')}</p>
    </div>
  );
};
