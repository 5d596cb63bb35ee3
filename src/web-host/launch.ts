// Starts browser mode from parsed flags with its collaborators passed in, so tests can run the real
// start-up path (messages, exit codes, printed URL) against a fake backend.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Backend, BackendOptions } from '../backend/backend';
import type { Clock } from '../backend/clock';
import { parseCliArgs, USAGE } from './args';
import { createWebHost, type WebHost } from './server';
import { fileClock, readTestClock } from './test-clock';

export interface LaunchDeps {
  argv: string[];
  createBackend: (options: BackendOptions) => Pick<Backend, 'dispatch' | 'close'>;
  defaultDataDir: () => string;
  staticDir: string;
  appVersion: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

export type LaunchResult =
  | { kind: 'exit'; code: number }
  | { kind: 'running'; host: WebHost; dataDir: string; shutdown(): Promise<void> };

export async function launchWebHost(deps: LaunchDeps): Promise<LaunchResult> {
  const command = parseCliArgs(deps.argv);
  if (command.kind === 'help') {
    deps.out(USAGE);
    return { kind: 'exit', code: 0 };
  }
  if (command.kind === 'error') {
    deps.err(`${command.message}\n\n${USAGE}`);
    return { kind: 'exit', code: 2 };
  }
  let clock: Clock | undefined;
  if (command.testClock !== undefined) {
    const clockFile = resolve(command.testClock);
    try {
      readTestClock(clockFile);
    } catch (error) {
      deps.err(error instanceof Error ? error.message : String(error));
      return { kind: 'exit', code: 1 };
    }
    clock = fileClock(clockFile);
    deps.err(`Test clock on: time comes from ${clockFile} (for automated tests only).`);
  }

  if (!existsSync(join(deps.staticDir, 'index.html'))) {
    deps.err(
      `The QuietLedger interface has not been built yet (${deps.staticDir} is missing).\n` +
        'Run "npm run start:web", which builds it first, or "npm run build".',
    );
    return { kind: 'exit', code: 1 };
  }

  const dataDir = resolve(command.dataDir ?? deps.defaultDataDir());
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const backend = deps.createBackend({
    dataDir,
    shell: 'browser',
    appVersion: deps.appVersion,
    ...(clock ? { clock } : {}),
    onInternalError: (method, error) => deps.err(describeInternalError(method, error)),
  });

  let host: WebHost;
  try {
    host = await createWebHost({ backend, staticDir: deps.staticDir, port: command.port });
  } catch (error) {
    backend.close();
    const reason = error instanceof Error ? error.message : String(error);
    deps.err(`QuietLedger could not listen on 127.0.0.1 port ${command.port}: ${reason}`);
    return { kind: 'exit', code: 1 };
  }

  deps.out(`QuietLedger is running at ${host.url}`);
  deps.out(
    [
      '',
      'Open that address in your web browser. 请在浏览器中打开上面的地址。',
      'It holds a private key for this session: please do not share it. 地址中含本次会话的密钥，请勿分享。',
      'Keep this window open while you use QuietLedger. 使用期间请保持此窗口开启。',
      'Press Ctrl+C here to stop. 按 Ctrl+C 停止。',
      `Data folder 数据文件夹: ${dataDir}`,
    ].join('\n'),
  );

  let stopping: Promise<void> | undefined;
  return {
    kind: 'running',
    host,
    dataDir,
    shutdown() {
      stopping ??= host.close().finally(() => backend.close());
      return stopping;
    },
  };
}

/** Names the method and the error's kind only: messages and stacks may quote user data. */
function describeInternalError(method: string, error: unknown): string {
  const kind = error instanceof Error ? error.name : typeof error;
  const detail = process.env['QUIETLEDGER_DEBUG'] && error instanceof Error ? `\n${error.stack ?? ''}` : '';
  return `QuietLedger: unexpected ${kind} in ${method}${detail}`;
}
