// English texts of the segments screens, spread into en.ts; fr-segments.ts has the same keys.
export const enSegments = {
} as const;
