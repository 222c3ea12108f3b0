import type { ApiError } from '../../../api';
import type { Translate } from '../i18n/i18n';
import { describeError } from '../shared/describe-error';

// Import errors without field issues are sentences about the file written by core ("This file
// is no longer available. Choose it again."); describeError alone would reduce them to "Some
// values are not valid." or "This item was not found…the list has been refreshed".
export const describeImportError = (error: ApiError, t: Translate): string => {
  const isAboutTheFile = !error.issues?.length && ['VALIDATION', 'NOT_FOUND', 'CONFLICT'].includes(error.code) && error.message !== '';
  return isAboutTheFile ? error.message : describeError(error, t);
};
