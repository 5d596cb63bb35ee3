// Where QuietLedger keeps its data when no folder is given: the same place Electron's
// app.getPath('userData') resolves to for productName "QuietLedger", so both shells share one vault.
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

export const PRODUCT_NAME = 'QuietLedger';

export interface DataDirEnv {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
}

/**
 * The default data folder: `%APPDATA%\QuietLedger` on Windows, `~/Library/Application Support/QuietLedger`
 * on macOS, `$XDG_CONFIG_HOME/QuietLedger` (or `~/.config/QuietLedger`) elsewhere.
 */
export function defaultDataDir(
  from: DataDirEnv = { platform: process.platform, env: process.env, home: homedir() },
): string {
  const { platform, env, home } = from;
  if (platform === 'win32') {
    const appData = nonEmpty(env['APPDATA']) ?? win32.join(home, 'AppData', 'Roaming');
    return win32.join(appData, PRODUCT_NAME);
  }
  if (platform === 'darwin') {
    return posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  }
  // Chromium's GetXDGDirectory: a non-empty XDG_CONFIG_HOME is taken as it is.
  const config = nonEmpty(env['XDG_CONFIG_HOME']) ?? posix.join(home, '.config');
  return posix.join(config, PRODUCT_NAME);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.length > 0 ? value : undefined;
}
