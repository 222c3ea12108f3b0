// vitest's global setup: the command the CLI tests run (bin/relance.mjs) is the bundle in
// dist-cli/, built here once when the sources changed, so the first test to run `relance` does
// not spend its time budget building it.
export default async function builtCli(): Promise<void> {
  const { cliEntry } = await import('../../build/bundle-cli.mjs');
  await cliEntry();
}
