import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { stageStream } from '../staging';

// Run by staging.test.ts under `ulimit -f` (a size limit per file, as a full disk does): three
// pieces of 40 kB, of which the system takes only part. Prints what came of it as JSON.
async function* pieces(): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < 3; i += 1) yield new Uint8Array(40_000).fill(97);
}

const dataDir = process.argv[2]!;
try {
  const staged = await stageStream(dataDir, 'clients.csv', pieces());
  console.log(JSON.stringify({ staged, left: readdirSync(join(dataDir, 'staging')) }));
} catch (error) {
  console.log(JSON.stringify({ error: error instanceof Error ? (error as { code?: string }).code ?? error.message : String(error), left: readdirSync(join(dataDir, 'staging')) }));
}
