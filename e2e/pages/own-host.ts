import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// `dataDir` for a spec that must set up what no method can (a message sent weeks ago).
export type OwnHost = { url: string; dataDir: string; close: () => Promise<void> };

// A browser host on a fresh data folder, as a person starts one (`relance web`): the shared one of
// global-setup.ts, or one of its own for a spec that sets up something the others expect absent
// (a mailbox cannot be deleted, and sending.spec.ts starts from none).
// `args` adds options to `relance web`, e.g. ['--demo'] for the demo database.
export const startOwnHost = async (prefix = 'relance-e2e-own-', startMs = 20_000, args: readonly string[] = []): Promise<OwnHost> => {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const child = spawn(process.execPath, ['bin/relance.mjs', 'web', '--port', '0', '--data-dir', dataDir, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The browser host did not start in time. It printed:\n${output}`)), startMs);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.once('exit', (code) => reject(new Error(`The browser host exited with code ${code}:\n${output}`)));
  });
  return {
    url,
    dataDir,
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

// The key of a printed address (`…/#token=KEY`), as the header the page sends on every API call:
// for a spec's own requests through page.request, which share no state with the page.
export const authorization = (url = process.env.RELANCE_E2E_URL ?? ''): Record<string, string> => {
  const key = /#token=([\w-]+)$/.exec(url)?.[1];
  if (!key) throw new Error(`No #token= in the host's address: ${url}`);
  return { Authorization: `Bearer ${key}` };
};

// AppPage reads the host's address from RELANCE_E2E_URL: point it at this host for one spec,
// and give the shared one back after (a worker runs the next spec file in the same process).
export const useOwnHost = (host: OwnHost): (() => void) => {
  const shared = process.env.RELANCE_E2E_URL;
  process.env.RELANCE_E2E_URL = host.url;
  return () => {
    process.env.RELANCE_E2E_URL = shared;
  };
};
