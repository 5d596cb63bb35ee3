// Finds the Electron-ABI build of the SQLite addon for an unpackaged run. Tests load the Node-ABI build
// from node_modules; `npm start` fetches an Electron-ABI copy into native/ (scripts/electron-addon.mjs)
// so the two never overwrite each other. Packaged apps use the addon electron-builder rebuilt instead.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ADDON_FILE = 'better_sqlite3.node';

export interface NativeBindingOptions {
  isPackaged: boolean;
  /** The project root (where package.json and native/ live). */
  projectRoot: string;
  electronVersion: string;
  platform: string;
  arch: string;
  exists?: (path: string) => boolean;
}

/** native/electron-<version>-<platform>-<arch>/better_sqlite3.node, as scripts/electron-addon.mjs writes it. */
export function nativeAddonPath(projectRoot: string, electronVersion: string, platform: string, arch: string): string {
  return join(projectRoot, 'native', `electron-${electronVersion}-${platform}-${arch}`, ADDON_FILE);
}

/**
 * The addon path to pass as better-sqlite3's `nativeBinding`, or undefined to let the driver find its own
 * (packaged builds). Throws when unpackaged and the copy is missing: loading the Node-ABI build would
 * crash with an ABI mismatch that explains nothing.
 */
export function resolveNativeBinding(options: NativeBindingOptions): string | undefined {
  if (options.isPackaged) return undefined;
  const path = nativeAddonPath(options.projectRoot, options.electronVersion, options.platform, options.arch);
  const exists = options.exists ?? existsSync;
  if (!exists(path)) {
    throw new Error(
      `The SQLite addon built for Electron ${options.electronVersion} is missing at ${path}. ` +
        'Run `npm run electron:addon` (needs internet once), then `npm start` again.',
    );
  }
  return path;
}
