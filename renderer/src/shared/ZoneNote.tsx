import { useI18n } from '../i18n/i18n';
import { useClock } from './clock';
import { zoneOffset } from './format-moment';

// Said once on each page that shows times, so nobody reads them in their computer's zone.
export const ZoneNote = () => {
  const { t } = useI18n();
  const { timeZone } = useClock();
  return (
    <p className="hint zone-note" data-testid="zone-note">
      {t('clock.zoneNote', { zone: timeZone, offset: zoneOffset(timeZone) })}
    </p>
  );
};
