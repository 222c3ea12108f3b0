import { create } from 'qrcode';

// The quiet zone a QR code needs around it to be read (ISO/IEC 18004: four modules).
export const QUIET = 4;

export type QrShape = { size: number; path: string };

// A QR code as one SVG path in module units, drawn by React: no markup string, no data URL,
// nothing for the CSP to allow. Each run of dark modules in a row is one rectangle. Low error
// correction keeps long prefilled links (a whole message) as small as they can be; null when
// the text is beyond what a QR code holds.
export const qrShape = (text: string): QrShape | null => {
  let modules;
  try {
    ({ modules } = create(text, { errorCorrectionLevel: 'L' }));
  } catch {
    return null;
  }
  const { size } = modules;
  const parts: string[] = [];
  for (let row = 0; row < size; row += 1) {
    let col = 0;
    while (col < size) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < size && modules.get(row, col)) col += 1;
      parts.push(`M${start + QUIET} ${row + QUIET}h${col - start}v1h${start - col}z`);
    }
  }
  return { size: size + 2 * QUIET, path: parts.join('') };
};
