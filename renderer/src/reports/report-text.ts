import type { CartFunnel, Report } from '../../../api';
import { isMessageKey } from '../i18n/en';
import type { Language, Translate } from '../i18n/i18n';
import { counted } from '../i18n/plural';
import { moneyFormat } from '../home/format';

// A program's name as the Messages page says it; a program this build has no words for yet
// (a stage added in core first) shows its id rather than nothing.
export const programName = (t: Translate, program: string): string => {
  const key = `messages.program.${program}`;
  return isMessageKey(key) ? t(key) : program;
};

// Amounts in different currencies are never added: one line per currency, largest first.
export const moneyLines = (language: Language, amounts: Record<string, number>): string[] =>
  Object.entries(amounts)
    .filter(([, minor]) => minor !== 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([currency, minor]) => moneyFormat(language, currency).full(minor));

const list = (language: Language, items: string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string =>
  new Intl.ListFormat(language, { style: 'long', type }).format(items);

// "7 days (Abandoned-cart recovery), 30 days (Reactivation) or 7 days (Review request)".
export const attributionText = (t: Translate, language: Language, days: Report['attributionDays']): string => {
  const windows = Object.entries(days).map(([program, count]) =>
    t('reports.window', { days: counted(t, language, 'reports.days', count), program: programName(t, program) }),
  );
  return t('reports.attribution', { windows: list(language, windows, 'disjunction') });
};

export const programsSummary = (t: Translate, language: Language, programs: Report['programs']): string => {
  const sum = (pick: (row: Report['programs'][number]) => number) => programs.reduce((total, row) => total + pick(row), 0);
  const parts = [
    counted(t, language, 'reports.programs.sentCount', sum((row) => row.sent)),
    counted(t, language, 'reports.programs.repliedCount', sum((row) => row.replied)),
    counted(t, language, 'reports.programs.convertedCount', sum((row) => row.converted)),
  ];
  return `${list(language, parts)}.`;
};

export type FunnelStage = { id: string; label: string; carts: number };

// The funnel top to bottom, as the chart draws it and the table lists it.
export const funnelStages = (t: Translate, funnel: CartFunnel): FunnelStage[] => [
  { id: 'abandoned', label: t('reports.funnel.abandoned'), carts: funnel.abandoned },
  { id: 'enrolled', label: t('reports.funnel.enrolled'), carts: funnel.enrolled },
  ...funnel.recoveredByMessage.map((carts, index) => ({ id: `message-${index + 1}`, label: t('reports.funnel.byMessage', { step: index + 1 }), carts })),
  { id: 'without-message', label: t('reports.funnel.withoutMessage'), carts: funnel.recoveredWithoutMessage },
  { id: 'lost', label: t('reports.funnel.lost'), carts: funnel.lost },
];

export const funnelSummary = (t: Translate, language: Language, funnel: CartFunnel): string => {
  const recovered = funnel.recoveredByMessage.reduce((total, carts) => total + carts, 0);
  const parts = [
    counted(t, language, 'reports.funnel.recoveredCount', recovered),
    counted(t, language, 'reports.funnel.aloneCount', funnel.recoveredWithoutMessage),
    counted(t, language, 'reports.funnel.lostCount', funnel.lost),
  ];
  return t('reports.funnel.summary', { abandoned: counted(t, language, 'reports.funnel.abandonedCount', funnel.abandoned), outcomes: list(language, parts) });
};

// "64 %" / "64%": the rate as each language writes a percentage.
export const percent = (language: Language, rate: number): string =>
  new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
