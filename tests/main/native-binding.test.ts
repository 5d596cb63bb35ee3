// Which SQLite addon the desktop shell hands the driver: the Electron-ABI copy in native/ when unpackaged,
// the driver's own (rebuilt by electron-builder) when packaged, and a clear error when the copy is missing.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeAddonPath, resolveNativeBinding } from '../../src/main/native-binding';

const base = { projectRoot: '/proj', electronVersion: '42.11.18', platform: 'linux', arch: 'x64' };

describe('resolveNativeBinding', () => {
  it('returns undefined for a packaged app', () => {
    expect(resolveNativeBinding({ ...base, isPackaged: true, exists: () => true })).toBeUndefined();
  });

  it('returns the native/ copy for an unpackaged app', () => {
    expect(resolveNativeBinding({ ...base, isPackaged: false, exists: () => true })).toBe(
      join('/proj', 'native', 'electron-42.11.18-linux-x64', 'better_sqlite3.node'),
    );
  });

  it('never points at the Node-ABI build in node_modules', () => {
    const path = resolveNativeBinding({ ...base, isPackaged: false, exists: () => true }) ?? '';
    expect(path).not.toContain('node_modules');
  });

  it('explains how to fetch a missing copy', () => {
    expect(() => resolveNativeBinding({ ...base, isPackaged: false, exists: () => false })).toThrow(
      /npm run electron:addon/,
    );
  });
});

describe('agreement with scripts/electron-addon.mjs', () => {
  it('both name the same file for the installed Electron', () => {
    const root = join(import.meta.dirname, '..', '..');
    const electronVersion = (
      JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }
    ).version;
    const printed = execFileSync(process.execPath, [join(root, 'scripts', 'electron-addon.mjs'), '--print-path'], {
      encoding: 'utf8',
    }).trim();
    expect(printed).toBe(nativeAddonPath(root, electronVersion, process.platform, process.arch));
  });
});
