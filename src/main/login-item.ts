// Launch at login, started in the tray: the OS login item on macOS and Windows (Electron's API), an XDG
// autostart entry on Linux (where Electron has none). Either way the app is started with --hidden.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const HIDDEN_FLAG = '--hidden';
export const AUTOSTART_FILE = 'quietledger.desktop';

/** The hooks createBackend takes (BackendOptions.launchAtLogin). */
export interface LaunchAtLogin {
  get(): boolean;
  set(enabled: boolean): void;
}

/** The part of Electron's `app` this needs. */
export interface LoginItemApp {
  getLoginItemSettings(options?: { args?: string[] }): { openAtLogin: boolean; wasOpenedAtLogin: boolean };
  setLoginItemSettings(settings: { openAtLogin: boolean; args: string[]; openAsHidden?: boolean }): void;
}

export interface LoginItemDeps {
  platform: NodeJS.Platform;
  app: LoginItemApp;
  /** Linux only: ~/.config/autostart (or $XDG_CONFIG_HOME/autostart) and the command that starts us. */
  linux?: { autostartDir: string; command: readonly string[] };
}

/** undefined where this platform offers no way (the backend then reports null and refuses the setting). */
export function launchAtLoginHooks(deps: LoginItemDeps): LaunchAtLogin | undefined {
  if (deps.platform === 'darwin' || deps.platform === 'win32') return osLoginItem(deps.app, deps.platform);
  if (deps.platform === 'linux' && deps.linux) return xdgAutostart(deps.linux.autostartDir, deps.linux.command);
  return undefined;
}

function osLoginItem(app: LoginItemApp, platform: 'darwin' | 'win32'): LaunchAtLogin {
  const args = [HIDDEN_FLAG];
  return {
    // Windows matches the entry by its arguments, so the query must name the same ones.
    get: () => app.getLoginItemSettings({ args }).openAtLogin,
    set: (enabled) =>
      app.setLoginItemSettings({ openAtLogin: enabled, args, ...(platform === 'darwin' ? { openAsHidden: true } : {}) }),
  };
}

/** Quotes one Exec argument as the Desktop Entry spec asks, and doubles `%` (a field code otherwise). */
export function desktopExecArg(arg: string): string {
  const escaped = arg.replaceAll('%', '%%');
  if (!/[\s"'`$\\<>~|&;*?#()]/.test(escaped)) return escaped;
  return `"${escaped.replace(/["`$\\]/g, (c) => `\\${c}`)}"`;
}

export function autostartEntry(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=QuietLedger',
    `Exec=${[...command, HIDDEN_FLAG].map(desktopExecArg).join(' ')}`,
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

function xdgAutostart(dir: string, command: readonly string[]): LaunchAtLogin {
  const file = join(dir, AUTOSTART_FILE);
  return {
    get: () => existsSync(file),
    set: (enabled) => {
      if (!enabled) {
        rmSync(file, { force: true });
        return;
      }
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, autostartEntry(command), { mode: 0o644 });
    },
  };
}

/** Started by the login item (or asked to start hidden): show the tray only, no window. */
export function startedHidden(
  argv: readonly string[],
  app: Pick<LoginItemApp, 'getLoginItemSettings'>,
  platform: NodeJS.Platform,
): boolean {
  if (argv.includes(HIDDEN_FLAG)) return true;
  return platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin;
}
