import { describe, expect, it } from 'vitest';
import { defaultSettings, settingsPatchSchema } from '../../../api';
import { translator } from '../i18n/i18n';
import { businessDraftFrom, businessPatchFrom, settingsErrors } from './business-draft';

describe('business draft', () => {
  it('trims what was typed and sorts the days, giving a patch the contract accepts', () => {
    const draft = businessDraftFrom(defaultSettings);
    draft.business.name = '  Atelier Lumière ';
    draft.business.website = ' https://atelier.example ';
    draft.sendWindow.days = [5, 1, 3];
    const patch = businessPatchFrom(draft);
    expect(patch.business?.name).toBe('Atelier Lumière');
    expect(patch.sendWindow?.days).toEqual([1, 3, 5]);
    expect(settingsPatchSchema.safeParse(patch).success).toBe(true);
  });

  it('does not share arrays with the settings it came from', () => {
    const draft = businessDraftFrom(defaultSettings);
    draft.sendWindow.days.push(6);
    expect(defaultSettings.sendWindow.days).not.toContain(6);
  });
});

describe('settingsErrors', () => {
  it('words known checks in the window’s language, keyed by the full path', () => {
    const errors = settingsErrors(
      {
        code: 'VALIDATION',
        message: 'Some values are not valid.',
        issues: [
          { path: 'business.replyAddress', message: 'Enter an email address such as contact@example.com.' },
          { path: 'sendWindow.endHour', message: 'The window must end after it starts.' },
          { path: 'somethingNew', message: 'A new rule.' },
        ],
      },
      translator('fr'),
    );
    expect(errors['business.replyAddress']).toMatch(/adresse e-mail/);
    expect(errors['sendWindow.endHour']).toMatch(/fin/);
    expect(errors.somethingNew).toBe('A new rule.');
  });
});
