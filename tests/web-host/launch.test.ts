// Browser mode's start-up path with a fake backend: flags, exit codes, the one printed URL (secret in
// the fragment only), and a shutdown that stops serving and closes the backend.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackendOptions } from '../../src/backend/backend';
import { launchWebHost, type LaunchDeps, type LaunchResult } from '../../src/web-host/launch';
import { fakeBackend, makeStaticDir, send } from './helpers';

let dir: Awaited<ReturnType<typeof makeStaticDir>>;
let out: string[];
let err: string[];
let created: BackendOptions[];
let backend: ReturnType<typeof fakeBackend>;
let running: LaunchResult | undefined;

beforeEach(async () => {
  dir = await makeStaticDir();
  out = [];
  err = [];
  created = [];
  backend = fakeBackend();
  running = undefined;
});

afterEach(async () => {
  if (running?.kind === 'running') await running.shutdown();
  await dir.cleanup();
});

async function launch(argv: string[], overrides: Partial<LaunchDeps> = {}): Promise<LaunchResult> {
  running = await launchWebHost({
    argv,
    createBackend: (options) => {
      created.push(options);
      return backend;
    },
    defaultDataDir: () => join(dir.base, 'default-data'),
    staticDir: dir.root,
    appVersion: '9.9.9',
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    ...overrides,
  });
  return running;
}

describe('a normal start', () => {
  it('prints exactly one URL line, with the secret in the fragment and nowhere else', async () => {
    const result = await launch(['--data-dir', join(dir.base, 'data')]);
    if (result.kind !== 'running') throw new Error(`did not start: ${err.join('\n')}`);
    const lines = out.join('\n').split('\n');
    const urlLines = lines.filter((line) => line.startsWith('QuietLedger is running at '));
    expect(urlLines).toHaveLength(1);
    const url = new URL(urlLines[0]!.slice('QuietLedger is running at '.length));
    expect(url.origin).toBe(`http://127.0.0.1:${result.host.port}`);
    expect(url.pathname).toBe('/');
    expect(url.search).toBe('');
    expect(url.hash).toBe(`#secret=${result.host.secret}`);
    expect(result.host.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rest = lines.filter((line) => line !== urlLines[0]).join('\n');
    expect(rest).not.toContain(result.host.secret);
    expect(rest).toMatch(/Ctrl\+C/);
    expect(err).toEqual([]);
  });

  it('creates the backend for the browser shell on the given folder, making the folder', async () => {
    const data = join(dir.base, 'nested', 'data');
    await launch(['--data-dir', data]);
    expect(created).toEqual([
      expect.objectContaining({ dataDir: resolve(data), shell: 'browser', appVersion: '9.9.9' }),
    ]);
    expect((await stat(data)).isDirectory()).toBe(true);
  });

  it('uses the desktop data folder when no --data-dir is given', async () => {
    await launch([]);
    expect(created[0]?.dataDir).toBe(join(dir.base, 'default-data'));
  });

  it('listens on the requested port', async () => {
    const probe = await launch(['--data-dir', join(dir.base, 'd1')]);
    if (probe.kind !== 'running') throw new Error('probe did not start');
    const port = probe.host.port;
    await probe.shutdown();
    const result = await launch(['--data-dir', join(dir.base, 'd2'), '--port', String(port)]);
    expect(result.kind === 'running' && result.host.port).toBe(port);
  });

  it('shutdown stops serving and closes the backend once', async () => {
    const result = await launch(['--data-dir', join(dir.base, 'data')]);
    if (result.kind !== 'running') throw new Error('did not start');
    expect((await send({ port: result.host.port, path: '/' })).status).toBe(200);
    await Promise.all([result.shutdown(), result.shutdown()]);
    expect(backend.closed).toBe(1);
    await expect(send({ port: result.host.port, path: '/' })).rejects.toThrow();
  });
});

describe('the test clock', () => {
  it('passes a clock that reads the file to the backend, and warns that it is on', async () => {
    const clockFile = join(dir.base, 'clock.json');
    await writeFile(clockFile, JSON.stringify({ now: '2026-03-01T09:00:00Z', timeZone: 'Asia/Shanghai' }));
    const result = await launch(['--data-dir', join(dir.base, 'data'), '--test-clock', clockFile]);
    expect(result.kind).toBe('running');
    expect(err).toEqual([`Test clock on: time comes from ${resolve(clockFile)} (for automated tests only).`]);
    const clock = created[0]?.clock;
    if (!clock) throw new Error('no clock passed');
    expect(clock.now().toISOString()).toBe('2026-03-01T09:00:00.000Z');
    await writeFile(clockFile, JSON.stringify({ now: '2026-03-26T09:00:00Z', timeZone: 'Europe/London' }));
    expect(clock.now().toISOString()).toBe('2026-03-26T09:00:00.000Z');
    expect(clock.timeZone()).toBe('Europe/London');
  });

  it('passes no clock without the flag (the backend then uses the system clock)', async () => {
    await launch(['--data-dir', join(dir.base, 'data')]);
    expect(created[0]).not.toHaveProperty('clock');
  });

  it('exits 1 before starting when the clock file is missing or damaged', async () => {
    const clockFile = join(dir.base, 'clock.json');
    expect(await launch(['--test-clock', clockFile])).toEqual({ kind: 'exit', code: 1 });
    expect(err.join('\n')).toMatch(/Test clock file .* cannot be read/);
    await writeFile(clockFile, '{"now":"soon"}');
    expect(await launch(['--test-clock', clockFile])).toEqual({ kind: 'exit', code: 1 });
    expect(err.join('\n')).toMatch(/is damaged/);
    expect(created).toEqual([]);
  });

  it('says in --help that the flag is for automated tests', async () => {
    await launch(['--help']);
    expect(out.join('\n')).toMatch(/--test-clock FILE\s+for automated tests only/);
  });
});

describe('refusals', () => {
  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--port', 'abc'], /--port must be a whole number/],
    [['--port', '70000'], /--port must be a whole number/],
    [['--port', '-1'], /--port/],
    [['--data-dir'], /--data-dir/],
    [['--data-dir', ' '], /--data-dir needs a folder/],
    [['--test-clock'], /--test-clock/],
    [['--test-clock', ''], /--test-clock needs a file path/],
    [['stray'], /positional/i],
  ])('exits 2 with a clear message for %j', async (argv, message) => {
    const result = await launch(argv);
    expect(result).toEqual({ kind: 'exit', code: 2 });
    expect(err.join('\n')).toMatch(message);
    expect(err.join('\n')).toContain('Usage:');
    expect(created).toEqual([]);
  });

  it('prints the usage and exits 0 for --help', async () => {
    const result = await launch(['--help']);
    expect(result).toEqual({ kind: 'exit', code: 0 });
    expect(out.join('\n')).toContain('--data-dir DIR');
    expect(created).toEqual([]);
  });

  it('exits 1 and says how to build when the interface is missing', async () => {
    const result = await launch([], { staticDir: join(dir.base, 'not-built') });
    expect(result).toEqual({ kind: 'exit', code: 1 });
    expect(err.join('\n')).toMatch(/has not been built yet/);
    expect(created).toEqual([]);
  });

  it('exits 1 and closes the backend when the port is taken', async () => {
    const first = await launch(['--data-dir', join(dir.base, 'd1')]);
    if (first.kind !== 'running') throw new Error('first did not start');
    const second = await launchWebHost({
      argv: ['--data-dir', join(dir.base, 'd2'), '--port', String(first.host.port)],
      createBackend: () => backend,
      defaultDataDir: () => dir.base,
      staticDir: dir.root,
      appVersion: '1',
      out: (line) => out.push(line),
      err: (line) => err.push(line),
    });
    expect(second).toEqual({ kind: 'exit', code: 1 });
    expect(backend.closed).toBe(1);
    expect(err.join('\n')).toMatch(/could not listen/);
  });
});

describe('the real cli process', () => {
  const cli = resolve(__dirname, '../../src/web-host/cli.ts');
  let tmp: string;
  beforeEach(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'ql-cli-'));
  });
  afterEach(() => rm(tmp, { recursive: true, force: true }));

  it('exits with code 2 on a bad flag and 0 on --help', () => {
    const run = (args: string[]): ReturnType<typeof spawnSync> =>
      spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8', timeout: 30_000 });
    const bad = run(['--data-dir', tmp, '--colour']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Unknown option '--colour'");
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: npm run start:web');
    const noClock = run(['--data-dir', tmp, '--test-clock', join(tmp, 'no-clock.json')]);
    expect(noClock.status).toBe(1);
    expect(noClock.stderr).toMatch(/Test clock file .*no-clock\.json cannot be read/);
  });
});
