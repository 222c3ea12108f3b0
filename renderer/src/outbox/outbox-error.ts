import type { ApiError } from '../../../api';
import type { Translate } from '../i18n/i18n';
import { describeError } from '../shared/describe-error';

// A conflict here means the message moved on meanwhile (sent from another window, stopped by
// an order): say that, rather than the generic "conflicts with another record".
export const describeOutboxError = (error: ApiError, t: Translate): string =>
  error.code === 'CONFLICT' && !error.issues?.length ? t('outbox.error.conflict') : describeError(error, t);
