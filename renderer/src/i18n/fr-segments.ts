import type { enSegments } from './en-segments';

// Textes français des écrans segments, mêmes clés que en-segments.ts.
export const frSegments: Record<keyof typeof enSegments, string> = {
};
