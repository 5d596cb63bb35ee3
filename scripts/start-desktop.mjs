// `npm start`: checks that Electron's binary was downloaded, makes sure the Electron-ABI SQLite addon is in
// native/, builds main, preload and renderer, then launches the desktop app. Each failure says what to do.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronAddon } from './electron-addon.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');

/**
 * The path require('electron') would return, without require('electron') itself: that call starts a
 * download when the binary is missing, and we want to decide about that here.
 */
function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function ensureElectronBinary() {
  if (!existsSync(join(electronDir, 'package.json'))) {
    console.error('The electron package is not installed. Run `npm install` first.');
    return null;
  }
  let binary = electronBinary();
  if (binary) return binary;
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD !== '1') {
    console.log('The Electron binary is missing; trying to download it once…');
    spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: root, stdio: 'inherit' });
    binary = electronBinary();
    if (binary) return binary;
  }
  console.error(
    [
      '',
      'QuietLedger cannot start the desktop app: the Electron binary was not downloaded',
      '(npm install fetches it from GitHub; that download failed or was skipped with ELECTRON_SKIP_BINARY_DOWNLOAD).',
      'To retry, with internet access and without ELECTRON_SKIP_BINARY_DOWNLOAD set:',
      '  node node_modules/electron/install.js',
      'then run `npm start` again. The browser mode works without Electron: npm run start:web',
      '',
    ].join('\n'),
  );
  return null;
}

function build() {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const result = spawnSync(npx, ['electron-vite', 'build'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return result.status === 0;
}

function launch(binary) {
  const env = { ...process.env };
  // Either of these would turn the app into something else: plain Node, or a page from a dev server.
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.ELECTRON_RENDERER_URL;
  const child = spawn(binary, ['.'], { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const binary = ensureElectronBinary();
if (!binary) process.exit(1);
if (ensureElectronAddon({ quiet: true }) !== 0) process.exit(1);
if (!build()) {
  console.error('The build failed (see above), so QuietLedger was not started.');
  process.exit(1);
}
launch(binary);
