import { startOwnHost } from './pages/own-host';

// Starts the browser host the way a person does (`relance web`) on a fresh data folder and
// hands its printed address to the tests.
export default async function globalSetup(): Promise<() => Promise<void>> {
  const host = await startOwnHost('relance-e2e-', 30_000);
  process.env.RELANCE_E2E_URL = host.url;
  process.env.RELANCE_E2E_DATA_DIR = host.dataDir;
  return host.close;
}
