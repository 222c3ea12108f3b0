// Start-up benchmark: what a person waits for before the command or the app answers, timed as
// whole processes from spawn, beside `node -e 0` in the same run (the floor: Node starting and
// exiting). RUNS runs of each, taken in turn so a busy moment of the machine touches all four.
// - `node bin/relance.mjs --help`: at most 4x `node -e 0`;
// - `relance send-due` on a database whose outbox has nothing due (cron every few minutes): <= 0.5 s;
// - `npm start` from a built tree until it prints the address to open: <= 2 s.
// The bundle (dist-cli/) and the interface are built first, as `npm install` and the first
// start leave them. Run: npm run bench:startup
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, root } from './corpus';

const RUNS = 5;
const TARGET_HELP_RATIO = 4;
const TARGET_SEND_DUE_S = 0.5;
const TARGET_START_S = 2;
const ADDRESS = /http:\/\/127\.0\.0\.1:\d+\/[?#]token=[\w-]+/;

type Timed = { seconds: number; code: number | null; output: string };

// Spawn to exit; or, with `until`, spawn to the first output matching it, then the whole process
// group (npm, bin/start.mjs, the host) is stopped.
const timeProcess = (command: string, args: string[], until?: RegExp): Promise<Timed> =>
  new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.RELANCE_STOP_AT;
    delete env.RELANCE_FROM_SOURCE;
    const start = performance.now();
    const child = spawn(command, args, { cwd: root, env, detached: until !== undefined });
    let output = '';
    let seconds = 0;
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (until && seconds === 0 && until.test(output)) {
        seconds = (performance.now() - start) / 1000;
        process.kill(-child.pid!, 'SIGTERM');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code) => resolve({ seconds: seconds || (performance.now() - start) / 1000, code, output }));
  });

const check = (what: string, run: Timed, isGood: boolean): Timed => {
  if (!isGood) throw new Error(`${what} did not do what it should (exit code ${run.code}):\n${run.output.slice(0, 2000)}`);
  return run;
};

// A database as a person has one: a few hundred contacts imported, each with a cart abandoned
// just now, so the outbox holds their recovery messages planned for tomorrow: nothing due yet.
const seedDataDir = (): string => {
  const dataDir = mkdtempSync(join(tmpdir(), 'relance-bench-startup-'));
  const now = new Date().toISOString();
  const people = Array.from({ length: 300 }, (_, i) => `C${i},person${i}@example.com,Person${i},Bench,FR,fr,yes`);
  const carts = Array.from({ length: 300 }, (_, i) => `E${i},C${i},person${i}@example.com,abandoned_cart,${now},49.00,EUR,CART-${i}`);
  const files = {
    'people.csv': `contact_id,email,first_name,last_name,country,language,email_consent\r\n${people.join('\r\n')}\r\n`,
    'carts.csv': `event_id,contact_id,email,type,occurred_at,amount,currency,reference\r\n${carts.join('\r\n')}\r\n`,
  };
  for (const [name, text] of Object.entries(files)) {
    const file = join(dataDir, name);
    writeFileSync(file, text);
    const seeded = spawnSync(process.execPath, ['bin/relance.mjs', 'import', file, '--data-dir', dataDir, '--json'], { cwd: root, encoding: 'utf8' });
    if (seeded.status !== 0) throw new Error(`Seeding the bench database failed:\n${seeded.stderr}`);
  }
  const outbox = spawnSync(process.execPath, ['bin/relance.mjs', 'outbox', '--data-dir', dataDir, '--json'], { cwd: root, encoding: 'utf8' });
  if (outbox.status !== 0 || (JSON.parse(outbox.stdout) as unknown[]).length === 0) throw new Error(`The bench database has no planned messages:\n${outbox.stderr}`);
  return dataDir;
};

const spread = (samples: number[]): string =>
  `${median(samples).toFixed(3)} s (median of ${samples.length}, ${Math.min(...samples).toFixed(3)}-${Math.max(...samples).toFixed(3)})`;
const verdict = (isHit: boolean): string => (isHit ? 'HIT' : 'MISS');

const main = async (): Promise<void> => {
  // What `npm install` and a first start leave behind: the command's bundle and the interface.
  for (const script of ['build/bundle-cli.mjs', 'build/build-renderer.mjs']) {
    const built = spawnSync(process.execPath, [script], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error(`${script} failed.`);
  }
  const dataDir = seedDataDir();
  const webDir = mkdtempSync(join(tmpdir(), 'relance-bench-startup-web-'));
  try {
    const samples = { node: [] as number[], help: [] as number[], sendDue: [] as number[], start: [] as number[] };
    const ratios: number[] = [];
    // One run of each first, not counted: the disk cache warms as it would for a person.
    for (let i = -1; i < RUNS; i++) {
      const node = check('node -e 0', await timeProcess(process.execPath, ['-e', '0']), true);
      const help = check('relance --help', await timeProcess(process.execPath, ['bin/relance.mjs', '--help']), true);
      const sendDue = await timeProcess(process.execPath, ['bin/relance.mjs', 'send-due', '--data-dir', dataDir, '--json']);
      check('relance send-due', sendDue, sendDue.code === 0 && JSON.parse(sendDue.output).sent === 0);
      const start = await timeProcess('npm', ['start', '--silent', '--', '--port', '0', '--data-dir', webDir], ADDRESS);
      check('npm start', start, ADDRESS.test(start.output));
      if (i < 0) continue;
      samples.node.push(node.seconds);
      samples.help.push(help.seconds);
      samples.sendDue.push(sendDue.seconds);
      samples.start.push(start.seconds);
      ratios.push(help.seconds / node.seconds);
      console.log(`run ${i + 1}: node -e 0 ${node.seconds.toFixed(3)} s | --help ${help.seconds.toFixed(3)} s | send-due ${sendDue.seconds.toFixed(3)} s | npm start ${start.seconds.toFixed(3)} s`);
    }
    const ratio = median(ratios);
    // On a busy machine every process is slower; how many `node -e 0` each one costs says more.
    const times = (seconds: number[]): string => `${(median(seconds) / median(samples.node)).toFixed(1)}x node -e 0`;
    console.log('');
    console.log(`node -e 0:                          ${spread(samples.node)}`);
    console.log(`node bin/relance.mjs --help:        ${spread(samples.help)}, ${ratio.toFixed(2)}x node -e 0 (median of the runs' ratios)  target <= ${TARGET_HELP_RATIO}x  ${verdict(ratio <= TARGET_HELP_RATIO)}`);
    console.log(`relance send-due, nothing due:      ${spread(samples.sendDue)}, ${times(samples.sendDue)}  target <= ${TARGET_SEND_DUE_S} s  ${verdict(median(samples.sendDue) <= TARGET_SEND_DUE_S)}`);
    console.log(`npm start to the printed address:   ${spread(samples.start)}, ${times(samples.start)}  target <= ${TARGET_START_S} s  ${verdict(median(samples.start) <= TARGET_START_S)}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(webDir, { recursive: true, force: true });
  }
};

await main();
