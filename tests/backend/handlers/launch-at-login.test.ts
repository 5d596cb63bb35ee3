// app.status reports launch at login (null where the shell cannot), and app.setLaunchAtLogin switches it
// through the shell's hooks or answers UNSUPPORTED.
import { afterEach, describe, expect, it } from 'vitest';
import { errorCode } from '../helpers';
import { call, cleanupAll, harness } from '../reminders/support';

afterEach(cleanupAll);

describe('launch at login', () => {
  it('is null and UNSUPPORTED without the shell hooks', async () => {
    const { backend } = await harness('2026-03-10T00:30:00Z');
    expect((await call(backend, 'app.status')).launchAtLogin).toBeNull();
    expect(await errorCode(backend, 'app.setLaunchAtLogin', { enabled: true })).toBe('UNSUPPORTED');
  });

  it('reads and switches through the hooks', async () => {
    let enabled = false;
    const { backend } = await harness('2026-03-10T00:30:00Z', 'Asia/Shanghai', {
      shell: 'electron',
      launchAtLogin: { get: () => enabled, set: (value) => (enabled = value) },
    });
    expect((await call(backend, 'app.status')).launchAtLogin).toBe(false);
    expect(await call(backend, 'app.setLaunchAtLogin', { enabled: true })).toMatchObject({ launchAtLogin: true, shell: 'electron' });
    expect(enabled).toBe(true);
    expect(await errorCode(backend, 'app.setLaunchAtLogin', { enabled: 'yes' })).toBe('INVALID_INPUT');
  });
});
