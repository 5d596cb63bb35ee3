// The IPC sender check: only the main frame of our window, showing app://quietledger, reaches dispatch.
// Everything else gets the REFUSED result and dispatch is never called.
import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { ApiResult } from '../../src/contract/errors';
import { INVOKE_CHANNEL } from '../../src/contract/transport';

const fake = await vi.hoisted(async () => (await import('./support/fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

const { FakeBrowserWindow, FakeFrame } = await import('./support/fake-electron');
const { REFUSED, registerIpc } = await import('../../src/main/ipc');
const { appOrigin, pickTrustedOrigin } = await import('../../src/main/origin');

type FakeWindow = InstanceType<typeof FakeBrowserWindow>;
type Frame = InstanceType<typeof FakeFrame>;

const dispatched: ApiResult<unknown> = { ok: true, value: { vault: 'missing' } };
let dispatch: Mock<(method: unknown, input: unknown) => Promise<ApiResult<unknown>>>;
let window: FakeWindow | null;

beforeEach(() => {
  fake.reset();
  dispatch = vi.fn(async () => dispatched);
  window = new FakeBrowserWindow({});
  registerIpc({
    backend: { dispatch },
    getWindow: () => window as unknown as BrowserWindow | null,
    origin: appOrigin,
  });
});

function eventFrom(frame: Frame | null, sender: unknown = window?.webContents) {
  return { sender, senderFrame: frame };
}

const call = (event: unknown) => fake.ipcMain.invoke(INVOKE_CHANNEL, event, 'app.status', { a: 1 });

describe('a call from our main frame', () => {
  it('reaches dispatch with the method and input, and returns its result', async () => {
    const result = await call(eventFrom(window?.webContents.mainFrame ?? null));
    expect(dispatch).toHaveBeenCalledWith('app.status', { a: 1 });
    expect(result).toBe(dispatched);
  });
});

describe('refused calls never reach dispatch', () => {
  const main = () => window?.webContents.mainFrame ?? new FakeFrame('', null, 0, '');

  it.each([
    ['a foreign origin', () => new FakeFrame('https://evil.example/', null, 7, 'main-frame-token')],
    ['a file:// page', () => new FakeFrame('file:///tmp/x.html', null, 7, 'main-frame-token')],
    ['another app:// host', () => new FakeFrame('app://evil/index.html', null, 7, 'main-frame-token')],
    ['a dev-server page when not in dev', () => new FakeFrame('http://localhost:5173/', null, 7, 'main-frame-token')],
    ['a subframe with our URL', () => new FakeFrame('app://quietledger/index.html', main(), 7, 'child-token')],
    ['a top frame that is not the main frame', () => new FakeFrame('app://quietledger/index.html', null, 7, 'other')],
    ['a frame in another renderer process', () => new FakeFrame('app://quietledger/index.html', null, 8, 'main-frame-token')],
  ])('%s', async (_label, frame) => {
    expect(await call(eventFrom(frame()))).toEqual(REFUSED);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('a missing sender frame (navigated away or destroyed)', async () => {
    expect(await call(eventFrom(null))).toEqual(REFUSED);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('another web contents, even with a main-frame-looking frame', async () => {
    const other = new FakeBrowserWindow({});
    expect(await call(eventFrom(other.webContents.mainFrame, other.webContents))).toEqual(REFUSED);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('no window, or a destroyed one', async () => {
    const frame = window?.webContents.mainFrame ?? null;
    const sender = window?.webContents;
    if (window) window.destroyed = true;
    expect(await call(eventFrom(frame, sender))).toEqual(REFUSED);
    window = null;
    expect(await call(eventFrom(frame, sender))).toEqual(REFUSED);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('REFUSED is an INTERNAL error carried as data', () => {
    expect(REFUSED).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});

describe('the dev-server origin', () => {
  it('is trusted only when the app is unpackaged and the URL is loopback http', async () => {
    fake.reset();
    const devOrigin = pickTrustedOrigin({ isPackaged: false, devServerUrl: 'http://localhost:5173/' });
    registerIpc({ backend: { dispatch }, getWindow: () => window as unknown as BrowserWindow, origin: devOrigin });
    const main = window?.webContents.mainFrame;
    if (main) main.url = 'http://localhost:5173/#/loans';
    await call(eventFrom(main ?? null));
    expect(dispatch).toHaveBeenCalledTimes(1);
  });
});

describe('unregistering', () => {
  it('removes the handler', () => {
    fake.reset();
    const off = registerIpc({ backend: { dispatch }, getWindow: () => null, origin: appOrigin });
    expect(fake.ipcMain.handlers.has(INVOKE_CHANNEL)).toBe(true);
    off();
    expect(fake.ipcMain.handlers.has(INVOKE_CHANNEL)).toBe(false);
  });
});
