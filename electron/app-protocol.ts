import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { resolveAssetPath } from './asset-path';
import { assetContentTypes, securityHeaders } from '../api/security';

const textResponse = (status: number, text: string, extra: Record<string, string> = {}): Response =>
  new Response(text, { status, headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8', ...extra } });

// The app:// handler: read-only (GET), files from the built renderer only, and every response
// carries the CSP so it holds even for a page that lost its <meta>.
export const createAppProtocolHandler =
  (rendererRoot: string) =>
  async (request: Request): Promise<Response> => {
    if (request.method !== 'GET') return textResponse(405, 'Method not allowed.', { Allow: 'GET' });
    const file = resolveAssetPath(rendererRoot, request.url);
    if (file === null) return textResponse(404, 'Not found.');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return textResponse(404, 'Not found.');
    }
    const type = assetContentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: { ...securityHeaders, 'Content-Type': type, 'Cache-Control': 'no-cache' },
    });
  };
