// Command-line flags of `npm run start:web`: parsed strictly, so a typo gets a clear message rather
// than a host running somewhere the user did not mean.
import { parseArgs } from 'node:util';

export type CliCommand =
  | { kind: 'run'; dataDir: string | undefined; port: number; testClock: string | undefined }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

export const USAGE = `Usage: npm run start:web -- [--data-dir DIR] [--port N]

Runs QuietLedger in your web browser, served only to this computer (127.0.0.1).

  --data-dir DIR     the folder that holds your vault (default: the desktop app's data folder)
  --port N           the port to listen on (default: 0, any free port)
  --test-clock FILE  for automated tests only: take the time from FILE, JSON {"now", "timeZone"}
  --help             show this message`;

export function parseCliArgs(argv: string[]): CliCommand {
  let values: { 'data-dir'?: string; port?: string; 'test-clock'?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        'data-dir': { type: 'string' },
        port: { type: 'string' },
        'test-clock': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: 'help' };

  const dataDir = values['data-dir'];
  if (dataDir !== undefined && dataDir.trim() === '') {
    return { kind: 'error', message: '--data-dir needs a folder path' };
  }
  const testClock = values['test-clock'];
  if (testClock !== undefined && testClock.trim() === '') {
    return { kind: 'error', message: '--test-clock needs a file path' };
  }
  let port = 0;
  if (values.port !== undefined) {
    if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535) {
      return { kind: 'error', message: `--port must be a whole number from 0 to 65535, not "${values.port}"` };
    }
    port = Number(values.port);
  }
  return { kind: 'run', dataDir, port, testClock };
}
