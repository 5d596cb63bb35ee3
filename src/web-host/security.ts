// The browser-mode host's guards: only this machine's loopback names, only our own origin, only callers
// holding this launch's secret, and the same CSP the desktop app's page carries.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import { PAGE_CONTENT_SECURITY_POLICY } from '../contract/transport';

/** The shared page CSP (src/contract/transport.ts) plus frame-ancestors, which a meta tag ignores. */
export const CONTENT_SECURITY_POLICY = `${PAGE_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/** Sent with every response, API or static. */
export const SECURITY_HEADERS: OutgoingHttpHeaders = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** 32 random bytes, base64url: one per launch, handed to the page in the URL fragment. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Compares in constant time. Both sides are hashed first so that neither the length of the expected
 * secret nor the position of the first differing byte shows in the timing.
 */
export function secretMatches(expected: string, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = createHash('sha256').update(expected, 'utf8').digest();
  const b = createHash('sha256').update(given, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** The names a browser on this machine uses to reach us; anything else may be DNS rebinding. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  return typeof host === 'string' && allowedHosts(port).includes(host.toLowerCase());
}

/** No Origin header is fine (same-origin GETs, curl); a present one must be ours. */
export function originAllowed(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return allowedHosts(port).some((host) => origin === `http://${host}`);
}

/** Fetch metadata, where the browser sends it: API calls must come from our own page. */
export function fetchSiteAllowed(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin';
}
