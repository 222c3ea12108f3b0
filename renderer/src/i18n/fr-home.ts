import type { enHome } from './en-home';

// Textes français des écrans home, mêmes clés que en-home.ts.
export const frHome: Record<keyof typeof enHome, string> = {
};
