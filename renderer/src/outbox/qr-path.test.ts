import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { QUIET, qrShape } from './qr-path';

describe('qrShape', () => {
  it('draws every dark module of the code once, inside a quiet zone', () => {
    const text = 'sms:+33612345678?body=Bonjour%20Ana';
    const { modules } = create(text, { errorCorrectionLevel: 'L' });
    const shape = qrShape(text)!;
    expect(shape.size).toBe(modules.size + 2 * QUIET);
    const drawn = new Set<string>();
    for (const [, x, y, width] of shape.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      for (let i = 0; i < Number(width); i += 1) drawn.add(`${Number(y) - QUIET},${Number(x) - QUIET + i}`);
    }
    const dark = new Set<string>();
    for (let row = 0; row < modules.size; row += 1) for (let col = 0; col < modules.size; col += 1) if (modules.get(row, col)) dark.add(`${row},${col}`);
    expect(drawn).toEqual(dark);
  });

  it('says null for a text longer than a QR code holds', () => {
    expect(qrShape('x'.repeat(3000))).toBeNull();
  });
});
