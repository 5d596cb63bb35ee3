// Entry point of browser mode (`npm run start:web`): wires the real backend and the built renderer into
// the launcher and stops cleanly (locking the vault) on Ctrl+C, SIGTERM or a closed terminal.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../backend/backend';
import { defaultDataDir } from '../backend/data-dir';
import { launchWebHost } from './launch';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function appVersion(): string {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}

async function main(): Promise<void> {
  const result = await launchWebHost({
    argv: process.argv.slice(2),
    createBackend,
    defaultDataDir: () => defaultDataDir(),
    staticDir: join(REPO_ROOT, 'out/renderer'),
    appVersion: appVersion(),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
  if (result.kind === 'exit') {
    process.exitCode = result.code;
    return;
  }
  let signalled = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (signalled) {
      process.exit(1);
    }
    signalled = true;
    process.stdout.write(`\nStopping QuietLedger (${signal})…\n`);
    result.shutdown().then(
      () => {
        process.stdout.write('Stopped. The vault is locked. 已停止，账本已锁定。\n');
        process.exit(0);
      },
      () => process.exit(1),
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`QuietLedger could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
