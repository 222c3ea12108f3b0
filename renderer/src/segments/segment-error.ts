import type { ApiError } from '../../../api';
import type { Translate } from '../i18n/i18n';
import { describeError } from '../shared/describe-error';

// Segment rules worded in the window's language; anything else as every page words errors.
export const describeSegmentError = (error: ApiError, t: Translate): string => {
  const issue = error.issues?.[0];
  const params = issue?.params ?? {};
  switch (issue?.rule) {
    case 'segment.nameTaken':
      return t('segments.error.nameTaken', params);
    case 'segment.paramRange':
      return t('segments.error.paramRange', params);
    case 'segment.builtIn':
      return t('segments.error.builtIn');
  }
  if (error.code === 'VALIDATION' && issue?.path === 'name') return t('segments.error.name');
  return describeError(error, t);
};
