import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/i18n';
import { sendingToday } from './sending-words';

describe('sendingToday', () => {
  it('says what left today and what waits for approval, in both languages', () => {
    expect(sendingToday({ sentToday: 12, waitingApproval: 3 }, translator('en'), 'en')).toBe('12 messages went out today, 3 wait for your approval.');
    expect(sendingToday({ sentToday: 1, waitingApproval: 1 }, translator('en'), 'en')).toBe('1 message went out today, 1 waits for your approval.');
    expect(sendingToday({ sentToday: 12, waitingApproval: 3 }, translator('fr'), 'fr')).toBe('12 messages sont partis aujourd’hui, 3 attendent votre approbation.');
  });

  it('words zero as zero, not as French singular', () => {
    expect(sendingToday({ sentToday: 0, waitingApproval: 0 }, translator('fr'), 'fr')).toBe('Aucun message n’est parti aujourd’hui, aucun n’attend votre approbation.');
    expect(sendingToday({ sentToday: 0, waitingApproval: 2 }, translator('en'), 'en')).toBe('No message went out today, 2 wait for your approval.');
  });
});
