// The one origin the shell trusts: the UI served from app://quietledger. Navigation, IPC and the protocol
// handler all ask this module, so "is this ours?" has a single answer.

export const APP_SCHEME = 'app';
export const APP_HOST = 'quietledger';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** What the window loads and which URLs count as the app itself. */
export interface TrustedOrigin {
  entryUrl: string;
  isTrusted(url: string): boolean;
}

/** Compares scheme and host (with port): `URL.origin` is "null" for non-special schemes such as app:. */
function sameOrigin(url: string, protocol: string, host: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === protocol && parsed.host === host && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

export const appOrigin: TrustedOrigin = {
  entryUrl: APP_ENTRY_URL,
  isTrusted: (url) => sameOrigin(url, `${APP_SCHEME}:`, APP_HOST),
};

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * `electron-vite dev` serves the renderer from a loopback dev server and names it in ELECTRON_RENDERER_URL.
 * Only an unpackaged app honours it, and only for an http URL on a loopback host; anything else falls back
 * to app://, so a packaged build can never be pointed elsewhere by the environment.
 */
export function pickTrustedOrigin(options: { isPackaged: boolean; devServerUrl: string | undefined }): TrustedOrigin {
  if (options.isPackaged || !options.devServerUrl) return appOrigin;
  let dev: URL;
  try {
    dev = new URL(options.devServerUrl);
  } catch {
    return appOrigin;
  }
  if (dev.protocol !== 'http:' || !LOOPBACK_HOSTS.has(dev.hostname)) return appOrigin;
  const { protocol, host } = dev;
  return { entryUrl: dev.href, isTrusted: (url) => sameOrigin(url, protocol, host) };
}
