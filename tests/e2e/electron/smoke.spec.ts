// Smoke test of the real desktop app through Playwright's Electron driver: it opens on the first-run
// screen served from app://, the page has no Node and only the two bridge functions, a vault can be
// created, Ctrl/Cmd+L locks it, and closing the window leaves the app running in the tray. Skips with the
// reason when Electron or its SQLite addon is absent.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';

const root = resolve(import.meta.dirname, '..', '..', '..');
const electronDir = join(root, 'node_modules', 'electron');

/** The binary require('electron') would name, found without calling it (that call starts a download). */
function electronBinary(): string | null {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function electronAddon(): string {
  const version = (JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as { version: string }).version;
  return join(root, 'native', `electron-${version}-${process.platform}-${process.arch}`, 'better_sqlite3.node');
}

const binary = electronBinary();

test.skip(
  binary === null,
  'No Electron binary in node_modules/electron/dist (its download failed or ELECTRON_SKIP_BINARY_DOWNLOAD was set); ' +
    'run `node node_modules/electron/install.js` with internet access to run this suite.',
);
test.skip(
  binary !== null && !existsSync(electronAddon()),
  'The Electron-ABI SQLite addon is missing from native/; run `npm run electron:addon` with internet access.',
);
test.skip(
  binary !== null && !existsSync(join(root, 'out', 'main', 'index.js')),
  'The app is not built; run `npx electron-vite build` first.',
);

const PASSPHRASE = 'calm-harbour-lantern-42';

let app: ElectronApplication;
let page: Page;
let userData: string;

test.beforeAll(async () => {
  userData = mkdtempSync(join(tmpdir(), 'ql-electron-'));
  // Either variable would turn the app into something else: plain Node, or a page from a dev server.
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE' && key !== 'ELECTRON_RENDERER_URL') env[key] = value;
  }
  app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [
      '.',
      `--user-data-dir=${userData}`,
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
    cwd: root,
    env,
  });
  // Never touch the real vault: stop here unless Electron took the temp folder.
  const actual = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
  expect(actual).toBe(userData);
  page = await app.firstWindow();
});

test.afterAll(async () => {
  await app?.close();
  if (userData) rmSync(userData, { recursive: true, force: true });
});

test('opens the first-run screen from app:// in a locked-down page', async () => {
  await expect(page.getByTestId('create-vault')).toBeVisible();
  expect(page.url()).toMatch(/^app:\/\/quietledger\//);
  const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
  expect(title).toBe('QuietLedger');
  const surface = await page.evaluate(() => {
    const scope = globalThis as unknown as Record<string, unknown>;
    const bridge = scope['quietLedger'];
    return {
      require: typeof scope['require'],
      process: typeof scope['process'],
      bridge: bridge && typeof bridge === 'object' ? Object.keys(bridge).sort() : [],
    };
  });
  expect(surface).toEqual({ require: 'undefined', process: 'undefined', bridge: ['invoke', 'onEvent'] });
});

test('creates a vault, shows the recovery key once, then locks with Ctrl/Cmd+L', async () => {
  const passwords = page.locator('input[type="password"]');
  await passwords.nth(0).fill(PASSPHRASE);
  await passwords.nth(1).fill(PASSPHRASE);
  await page.getByTestId('create-vault').click();
  await expect(page.getByTestId('recovery-key')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('recovery-saved').click();
  await page.getByTestId('recovery-done').click();
  await expect(page.getByTestId('lock-button')).toBeVisible();
  await page.keyboard.press(process.platform === 'darwin' ? 'Meta+L' : 'Control+L');
  await expect(page.getByTestId('unlock-submit')).toBeVisible();
  const unlocked = await page.evaluate(async () => {
    const bridge = (globalThis as unknown as { quietLedger: { invoke(m: string, i: unknown): Promise<unknown> } })
      .quietLedger;
    return bridge.invoke('app.status', undefined);
  });
  expect(unlocked).toMatchObject({ ok: true, value: { vault: 'locked', shell: 'electron' } });
});

test('closing the window keeps the app running (tray, reminders) and the vault locked; activate brings it back', async () => {
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
  await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(0);
  const reopened = app.waitForEvent('window');
  await app.evaluate(({ app: electronApp }) => electronApp.emit('activate'));
  page = await reopened;
  await expect(page.getByTestId('unlock-submit')).toBeVisible();
});
