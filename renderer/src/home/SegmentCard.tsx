import type { SegmentId } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { cardText, type BuiltInSummary } from './segment-text';

type Props = { segment: BuiltInSummary; onOpen: (id: SegmentId) => void };

// One segment as a button: its name, its count and what to do about it.
export const SegmentCard = ({ segment, onOpen }: Props) => {
  const { t, language } = useI18n();
  const text = cardText(t, language, segment);
  const isEmpty = segment.count === 0;
  return (
    <li>
      <button type="button" className="home-card" data-segment={segment.id} data-empty={isEmpty || undefined} onClick={() => onOpen(segment.id)}>
        <span className="home-card-title">{text.title}</span>
        <span className="home-card-count" aria-hidden="true">
          {new Intl.NumberFormat(language).format(segment.count)}
        </span>
        <span className="home-card-sentence">{text.sentence}</span>
        {text.note && <span className="home-card-note">{text.note}</span>}
      </button>
    </li>
  );
};
