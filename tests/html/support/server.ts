// A tiny static server for the browser tests: serves a built site under a sub-path (the site must
// work wherever it is uploaded), optionally with the CSP a government CMS would send, so that any
// inline script or external resource shows up as a violation.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const CSP = "default-src 'self'";

export interface StaticServer {
  /** Base URL of the site, ending in / */
  url: string;
  close(): Promise<void>;
}

export async function serveSite(root: string, options: { base?: string; csp?: boolean } = {}): Promise<StaticServer> {
  const base = options.base ?? '/xxgk/zdly/ml/';
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    const rel = normalize(path.slice(base.length) || 'index.html');
    if (rel.startsWith('..')) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(join(root, rel));
      res.writeHead(200, {
        'Content-Type': TYPES[extname(rel)] ?? 'application/octet-stream',
        'X-Content-Type-Options': 'nosniff',
        ...(options.csp === false ? {} : { 'Content-Security-Policy': CSP }),
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  };
  // The handler catches its own errors; nothing is left to await.
  const server: Server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
