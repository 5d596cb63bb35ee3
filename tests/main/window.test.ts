// The window factory: every security-relevant webPreferences switch, the size floor, the title, and
// showing only once the first paint is ready.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => (await import('./support/fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

const { createMainWindow, windowOptions, APP_TITLE, MIN_HEIGHT, MIN_WIDTH } = await import('../../src/main/window');
const { FakeBrowserWindow } = await import('./support/fake-electron');

beforeEach(() => fake.reset());

describe('windowOptions', () => {
  const options = windowOptions({ preloadPath: '/app/out/preload/index.cjs' });

  it('sets every webPreferences flag the security checklist asks for', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      experimentalFeatures: false,
    });
  });

  it('is titled QuietLedger, at least 960×640, and hidden until painted', () => {
    expect(options.title).toBe('QuietLedger');
    expect(APP_TITLE).toBe('QuietLedger');
    expect([options.minWidth, options.minHeight]).toEqual([960, 640]);
    expect([MIN_WIDTH, MIN_HEIGHT]).toEqual([960, 640]);
    expect(options.show).toBe(false);
    expect(options.width).toBeGreaterThanOrEqual(960);
    expect(options.height).toBeGreaterThanOrEqual(640);
  });

  it('adds an icon only when given one', () => {
    expect(options).not.toHaveProperty('icon');
    expect(windowOptions({ preloadPath: '/p', iconPath: '/i.png' }).icon).toBe('/i.png');
  });
});

describe('createMainWindow', () => {
  it('loads the entry URL and shows the window only on ready-to-show', () => {
    createMainWindow({ preloadPath: '/p.cjs', entryUrl: 'app://quietledger/index.html' });
    const window = FakeBrowserWindow.instances[0];
    if (!window) throw new Error('no window was created');
    expect(window.options['webPreferences']).toMatchObject({ preload: '/p.cjs', sandbox: true });
    expect(window.loadURL).toHaveBeenCalledWith('app://quietledger/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('keeps the page from renaming the window', () => {
    createMainWindow({ preloadPath: '/p.cjs', entryUrl: 'app://quietledger/index.html' });
    const window = FakeBrowserWindow.instances[0];
    const event = { preventDefault: vi.fn() };
    window?.emit('page-title-updated', event, 'Loan from Alice');
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
