/** Serves tests/fixtures on 127.0.0.1 (a free port) for the end-to-end tests. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** `extra` lets a test serve generated pages: path -> HTML. */
export async function startFixtureServer(extra: Record<string, string> = {}): Promise<FixtureServer> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (extra[path] !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(extra[path]);
      return;
    }
    const file = normalize(join(FIXTURES, path));
    if (!file.startsWith(FIXTURES)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => origin + (path.startsWith('/') ? path : `/${path}`),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
