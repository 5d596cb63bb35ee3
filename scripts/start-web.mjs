// `npm run start:web -- [--data-dir DIR] [--port N]`: builds the UI when it is missing or older than its
// sources, then runs the browser-mode host, passing flags through and signals on.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = join(root, 'out/renderer/index.html');
// The renderer bundle is made from these (it imports core and contract too).
const sources = ['src/renderer', 'src/contract', 'src/core', 'electron.vite.config.ts'].map((p) => join(root, p));

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function needsBuild() {
  if (!existsSync(builtIndex)) return 'the interface has not been built yet';
  const builtAt = statSync(builtIndex).mtimeMs;
  return sources.some((p) => newestMtime(p) > builtAt) ? 'its sources changed since the last build' : null;
}

const reason = needsBuild();
if (reason) {
  console.log(`Building the QuietLedger interface first (${reason})…`);
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const build = spawnSync(npx, ['electron-vite', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) {
    console.error('The build failed (see above), so QuietLedger was not started.');
    process.exit(build.status ?? 1);
  }
}

// Its own process group, so a Ctrl+C in the terminal reaches the host once (forwarded from here), not twice.
const host = spawn(
  process.execPath,
  ['--import', 'tsx', join(root, 'src/web-host/cli.ts'), ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', detached: process.platform !== 'win32' },
);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => host.kill(signal));
}
process.on('exit', () => {
  if (host.exitCode === null && host.signalCode === null) host.kill('SIGTERM');
});
host.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
