import type { ApiError, FieldIssue } from '../../../api';
import { isMessageKey } from '../i18n/en';
import type { Translate } from '../i18n/i18n';


// Core names the rule it applied; the window words it in its own language. Import problems
// have the same shape, so they are worded here too.
export const describeIssue = (issue: Pick<FieldIssue, 'message' | 'rule' | 'params'>, t: Translate): string => {
  if (issue.rule === 'email.taken' && !issue.params?.name) return t('rule.email.takenNoName');
  const key = `rule.${issue.rule}`;
  return issue.rule && isMessageKey(key) ? t(key, issue.params) : issue.message;
};

export const describeError = (error: ApiError, t: Translate): string => {
  const first = error.issues?.[0];
  if (first) return describeIssue(first, t);
  return t(`error.${error.code}`);
};

// Field errors keyed by field name; "patch.email" from an update means the same field as "email".
export const fieldErrors = (error: ApiError | null, t: Translate): Record<string, string> => {
  const byField: Record<string, string> = {};
  for (const issue of error?.issues ?? []) {
    const field = issue.path.replace(/^patch\./, '').split('.')[0] ?? '';
    byField[field] ??= describeIssue(issue, t);
  }
  return byField;
};
