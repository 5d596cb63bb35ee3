// electron-builder.yml, read and schema-checked by electron-builder's own loader: the hardening fuses,
// the packaged file set, the unpacked addon, the targets, and no publish settings.
import { DebugLogger } from 'builder-util';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const config = await getConfig(root, join(root, 'electron-builder.yml'), null);

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app', () => {
    expect(config.appId).toBe('org.quietledger.app');
    expect(config.productName).toBe('QuietLedger');
  });

  it('flips every hardening fuse', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('packs only the build output and package.json, with the addon outside the asar', () => {
    const files = (config.files ?? []) as (string | { filter?: string[] })[];
    const patterns = files.flatMap((entry) => (typeof entry === 'string' ? [entry] : (entry.filter ?? [])));
    expect(patterns.filter((p) => !p.startsWith('!'))).toEqual(['out/**', 'package.json']);
    expect(config.asar).not.toBe(false);
    expect(config.asarUnpack).toEqual(['**/*.node']);
    expect(config.npmRebuild).toBe(true);
  });

  it('ships the tray icons beside the asar, where the shell looks for them', () => {
    expect(config.extraResources).toEqual([{ from: 'resources/tray', to: 'tray', filter: ['*.png'] }]);
    for (const name of ['tray.png', 'trayTemplate.png', 'trayTemplate@2x.png']) {
      expect(existsSync(join(root, 'resources', 'tray', name))).toBe(true);
    }
  });

  it('builds nsis, dmg with the hardened runtime, AppImage and deb', () => {
    expect(config.win?.target).toBe('nsis');
    expect(config.mac?.target).toBe('dmg');
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  });

  it('publishes nowhere', () => {
    expect(config).not.toHaveProperty('publish');
    for (const platform of [config.win, config.mac, config.linux]) expect(platform).not.toHaveProperty('publish');
  });
});
