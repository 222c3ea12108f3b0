// English texts of the home screens, spread into en.ts; fr-home.ts has the same keys.
export const enHome = {
} as const;
