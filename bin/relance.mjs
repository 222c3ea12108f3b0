#!/usr/bin/env node
// The `relance` command: runs the bundle in dist-cli/, built from the TypeScript sources by
// `npm install` and again first whenever they changed (build/bundle-cli.mjs). The sources run
// through tsx where it cannot be built, or with RELANCE_FROM_SOURCE=1 (development).
const { cliEntryUrl } = await import('../build/bundle-cli.mjs');
const entry = process.env.RELANCE_FROM_SOURCE === '1' ? null : await cliEntryUrl();
if (entry) {
  await import(entry);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../cli/main.ts');
}
