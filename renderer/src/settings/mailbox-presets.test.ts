import { describe, expect, it } from 'vitest';
import { mailboxConfigSchema } from '../../../api';
import { findPreset, mailboxPresets } from '../../../api/mailbox-presets';

const IDS = ['gmail', 'google-workspace', 'outlook-com', 'microsoft-365', 'icloud', 'yahoo', 'orange', 'free', 'sfr', 'ovh', 'gandi', 'infomaniak', 'zoho', 'other'];

describe('mailbox presets', () => {
  it('lists each provider once, in the order the picker shows them', () => {
    expect(mailboxPresets.map((preset) => preset.id)).toEqual(IDS);
  });

  it('gives every provider a configuration the contract accepts, never without TLS', () => {
    for (const preset of mailboxPresets.filter((p) => p.id !== 'other')) {
      const parsed = mailboxConfigSchema.safeParse({ ...preset, presetId: preset.id, user: 'claire@example.com', fromAddress: 'claire@example.com' });
      expect(parsed.success, preset.id).toBe(true);
      expect(preset.security, preset.id).not.toBe('none');
      expect([465, 587], preset.id).toContain(preset.port);
      expect(preset.security, preset.id).toBe(preset.port === 465 ? 'tls' : 'starttls');
    }
  });

  it('keeps the pace human: a pause between messages and caps under the providers’ limits', () => {
    for (const preset of mailboxPresets) {
      expect(preset.minIntervalSeconds, preset.id).toBeGreaterThanOrEqual(15);
      expect(preset.hourlyCap, preset.id).toBeLessThanOrEqual(preset.dailyCap);
      expect(preset.dailyCap, preset.id).toBeLessThanOrEqual(1000);
    }
    expect(findPreset('gmail')).toMatchObject({ dailyCap: 400, hourlyCap: 60, minIntervalSeconds: 20, passwordKind: 'app-password' });
    expect(findPreset('microsoft-365')).toMatchObject({ host: 'smtp.office365.com', port: 587, dailyCap: 1000, hourlyCap: 100, minIntervalSeconds: 15 });
  });

  it('has a note in both languages, and says what Microsoft 365 owners can do about basic authentication', () => {
    for (const preset of mailboxPresets) {
      expect(preset.note.en.trim(), preset.id).not.toBe('');
      expect(preset.note.fr.trim(), preset.id).not.toBe('');
    }
    expect(findPreset('microsoft-365')!.note.en).toMatch(/December 2026.*administrator/s);
    expect(findPreset('gmail')!.note.en).toContain('myaccount.google.com/apppasswords');
  });

  it('leaves the server empty for another provider, and finds nothing for an unknown id', () => {
    expect(findPreset('other')).toMatchObject({ host: '', port: 587, security: 'starttls' });
    expect(findPreset('aol')).toBeUndefined();
  });
});
