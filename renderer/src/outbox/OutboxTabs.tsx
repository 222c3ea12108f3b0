import { useRef, type KeyboardEvent } from 'react';
import { outboxViews, type OutboxView } from '../../../api';
import { useI18n } from '../i18n/i18n';
import type { OutboxCounts } from './use-outbox';

type Props = { view: OutboxView; counts: OutboxCounts | null; onSelect: (view: OutboxView) => void };

export const PANEL_ID = 'outbox-panel';
// Tabs whose messages wait for the owner: a count there is worth noticing.
const WARN = new Set<OutboxView>(['attention', 'failed', 'unknown']);

// WAI-ARIA tabs: one tab stop, arrow keys move between tabs.
export const OutboxTabs = ({ view, counts, onSelect }: Props) => {
  const { t } = useI18n();
  const refs = useRef<Partial<Record<OutboxView, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    const next = outboxViews[(outboxViews.indexOf(view) + step + outboxViews.length) % outboxViews.length]!;
    onSelect(next);
    refs.current[next]?.focus();
  };
  return (
    <div className="outbox-tabs" role="tablist" aria-label={t('outbox.tabsLabel')} onKeyDown={onKeyDown}>
      {outboxViews.map((name) => {
        const count = counts?.[name];
        return (
          <button
            key={name}
            ref={(element) => {
              refs.current[name] = element;
            }}
            type="button"
            role="tab"
            id={`outbox-tab-${name}`}
            aria-selected={name === view}
            aria-controls={PANEL_ID}
            tabIndex={name === view ? 0 : -1}
            data-view={name}
            onClick={() => onSelect(name)}
          >
            {t(`outbox.tab.${name}`)}{' '}
            {count !== undefined && (
              <span className={`tab-count${WARN.has(name) && count > 0 ? ' warn' : ''}`}>{t('outbox.tabCount', { count })}</span>
            )}
          </button>
        );
      })}
    </div>
  );
};
