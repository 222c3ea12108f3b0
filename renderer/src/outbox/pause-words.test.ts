import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/i18n';
import { describePause, describeStop } from './pause-words';

const quota = { reason: 'The mail server says the sending quota is reached: sending waits until it frees.' };

describe('describePause', () => {
  it('words the pause by its code, in the window’s language', () => {
    expect(describePause({ ...quota, why: 'quota' }, translator('fr'))).toBe(
      'Le serveur de messagerie indique que le quota d’envoi est atteint : les envois attendent qu’il se libère.',
    );
    expect(describePause({ reason: 'Whatever core wrote.', why: 'certificate' }, translator('en'))).toMatch(/^The mail server’s certificate could not be verified/);
    expect(describeStop('owner', 'Sending is paused (Pause all sending).', translator('en'))).toBe('you paused all sending.');
  });

  it('shows core’s sentence as written when no code came with it', () => {
    expect(describePause(quota, translator('fr'))).toBe(quota.reason);
    expect(describeStop(null, 'Something new happened.', translator('fr'))).toBe('Something new happened.');
  });
});
