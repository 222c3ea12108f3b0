import { config } from 'zod';

// zod probes for `new Function` to compile fast parsers; our CSP forbids eval and reports even a
// caught probe as a violation. Imported first by main.tsx, before any schema is parsed.
config({ jitless: true });
