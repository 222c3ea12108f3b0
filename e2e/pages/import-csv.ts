import { expect } from '@playwright/test';
import type { AppPage } from './app-page';
import { authorization } from './own-host';

// Contacts with their orders, donations and carts, imported through the API as a file would be.
export const importCsv = async (app: AppPage, fileName: string, rows: string[][]): Promise<void> => {
  const origin = new URL(process.env.RELANCE_E2E_URL!).origin;
  const csv = rows.map((cells) => cells.join(',')).join('\n');
  const staged = await app.page.request.post(`${origin}/api/files`, {
    headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(fileName), ...authorization() },
    data: Buffer.from(csv, 'utf8'),
  });
  const { value } = (await staged.json()) as { value: { fileId: string } };
  await app.api('imports.start', { fileId: value.fileId, mapping: null, mode: 'update', country: 'FR' });
  await expect
    .poll(async () => (await app.api('imports.list', {})).some((i) => i.fileName === fileName), { timeout: 20_000 })
    .toBe(true);
};
