// Browser mode's HTTP server: the built UI and the API on 127.0.0.1 only, each request checked for
// Host (DNS rebinding), Origin, and, for the API, this launch's secret.
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Backend } from '../backend/backend';
import { HTTP_API_PREFIX, HTTP_SECRET_HEADER, SECRET_FRAGMENT_KEY } from '../contract';
import { bodyLimitFor, internalError, invalidJson, methodFromPath, readJsonBody } from './api';
import { fetchSiteAllowed, hostAllowed, newSecret, originAllowed, secretMatches, SECURITY_HEADERS } from './security';
import { lookupStatic } from './static-files';

export interface WebHostOptions {
  /** Only `dispatch` is used; the caller owns the backend's lifetime. */
  backend: Pick<Backend, 'dispatch'>;
  /** The built renderer, normally out/renderer. */
  staticDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Loopback only; there is deliberately no way to listen on another interface. */
  host?: '127.0.0.1';
  /** Fixed secret for tests; otherwise a fresh random one per launch. */
  secret?: string;
}

export interface WebHost {
  /** `http://127.0.0.1:<port>/#secret=<secret>`: the secret travels only in the fragment. */
  url: string;
  port: number;
  secret: string;
  close(): Promise<void>;
}

export async function createWebHost(options: WebHostOptions): Promise<WebHost> {
  const secret = options.secret ?? newSecret();
  const host = options.host ?? '127.0.0.1';
  let port = 0;

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, internalError());
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req, port)) return sendText(res, 421, 'Misdirected request');
    if (!originAllowed(req, port)) return sendText(res, 403, 'Forbidden origin');
    // The raw path, not `new URL(...)`: that would read `//name` as a host and resolve dot segments.
    const pathname = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    const isApi = pathname === HTTP_API_PREFIX.slice(0, -1) || pathname.startsWith(HTTP_API_PREFIX);
    return isApi ? handleApi(req, res, pathname) : handleStatic(req, res, pathname);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'POST') {
      req.resume();
      return sendText(res, 405, 'Method not allowed', { allow: 'POST', 'cache-control': 'no-store' });
    }
    if (!fetchSiteAllowed(req)) {
      req.resume();
      return sendText(res, 403, 'Forbidden', { 'cache-control': 'no-store' });
    }
    if (!secretMatches(secret, req.headers[HTTP_SECRET_HEADER])) {
      req.resume();
      return sendText(res, 401, 'Missing or wrong secret', { 'cache-control': 'no-store' });
    }
    const method = methodFromPath(pathname, HTTP_API_PREFIX);
    const body = await readJsonBody(req, bodyLimitFor(method));
    switch (body.kind) {
      case 'too-large':
        return sendText(res, 413, 'Request body too large', { 'cache-control': 'no-store', connection: 'close' });
      case 'unsupported-type':
        return sendText(res, 415, 'Content-Type must be application/json', { 'cache-control': 'no-store' });
      case 'invalid-json':
        return sendJson(res, 400, invalidJson());
      case 'ok': {
        const result = await options.backend.dispatch(method, body.input);
        return sendJson(res, 200, result);
      }
    }
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    req.resume();
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendText(res, 405, 'Method not allowed', { allow: 'GET, HEAD' });
    }
    const file = await lookupStatic(options.staticDir, pathname);
    if (!file.found) return sendText(res, file.status, file.status === 404 ? 'Not found' : 'Bad request');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': file.contentType,
      'content-length': file.body.length,
      'cache-control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port, host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${host}:${port}/#${SECRET_FRAGMENT_KEY}=${secret}`,
    port,
    secret,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

function sendText(res: ServerResponse, status: number, text: string, extra: OutgoingHttpHeaders = {}): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...extra,
  });
  res.end(text);
}
