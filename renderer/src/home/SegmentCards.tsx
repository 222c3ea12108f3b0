import { isBuiltInSegmentId, type SegmentId, type SegmentSummary } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { SegmentCard } from './SegmentCard';

type Props = { segments: SegmentSummary[]; onOpen: (id: SegmentId) => void };

// The built-in segments, in the order core lists them; custom ones live on the Segments page.
export const SegmentCards = ({ segments, onOpen }: Props) => {
  const { t } = useI18n();
  const builtIn = segments.flatMap((segment) => (segment.kind === 'built-in' && isBuiltInSegmentId(segment.id) ? [{ ...segment, id: segment.id }] : []));
  return (
    <ul className="home-cards" aria-label={t('home.cards.label')}>
      {builtIn.map((segment) => (
        <SegmentCard key={segment.id} segment={segment} onOpen={onOpen} />
      ))}
    </ul>
  );
};
