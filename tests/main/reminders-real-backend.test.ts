// The desktop delivery against a REAL backend in a temp folder (fake Electron only): what reaches the OS
// notification is discreet by default, unlocked or locked, "Mark paid" from the notification really pays
// the installment, and no file in the data folder holds the loan's name, lender or amount.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackend, type Backend } from '../../src/backend/backend';
import type { Clock } from '../../src/backend/clock';
import { call, PASSPHRASE, tempDir } from '../backend/helpers';

const fake = await vi.hoisted(async () => (await import('./support/fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

const { FakeNotification } = await import('./support/fake-electron');
const { createReminderDelivery } = await import('../../src/main/reminders');

const LOAN_NAME = 'Canary-Loan-7f3e';
const LENDER = 'Canary-Lender-91ac';
// 12,345.67 in three equal-principal parts of about 4,115.22.
const PRINCIPAL = 1_234_567;
const AMOUNT_TEXTS = ['12,345', '12345', '4,115', '4115', '411,52', '41152'];

class MovableClock implements Clock {
  constructor(public at: string) {}
  now(): Date {
    return new Date(this.at);
  }
  timeZone(): string {
    return 'Asia/Shanghai';
  }
}

let dir: ReturnType<typeof tempDir>;
let clock: MovableClock;
let backend: Backend;
let loanId: string;
let openRoute: ReturnType<typeof vi.fn<(route: string) => void>>;
let delivery: ReturnType<typeof createReminderDelivery>;

beforeEach(async () => {
  fake.reset();
  dir = tempDir();
  // 08:30 in Shanghai on 10 March; the first installment is due on 13 March.
  clock = new MovableClock('2026-03-10T00:30:00Z');
  backend = createBackend({ dataDir: dir.dir, shell: 'electron', appVersion: '0.0.0-test', clock, locale: () => 'en-US' });
  await call(backend, 'vault.create', { passphrase: PASSPHRASE });
  const loan = await call(backend, 'loans.create', {
    name: LOAN_NAME,
    lender: LENDER,
    terms: { method: 'equal-principal', principal: PRINCIPAL, startDate: '2026-02-13', termPeriods: 3, rate: { ppm: 0, unit: 'year' } },
  });
  loanId = loan.id;
  openRoute = vi.fn();
  delivery = createReminderDelivery({
    dispatch: backend.dispatch,
    platform: 'darwin',
    language: async () => 'en',
    openRoute,
    sendEvent: vi.fn(),
    onAttentionCount: vi.fn(),
  });
  await delivery.poll();
});

afterEach(() => {
  backend.close();
  dir.cleanup();
});

function notificationWords(): string {
  return FakeNotification.instances.map((n) => `${n.options.title ?? ''}\n${n.options.body ?? ''}`).join('\n');
}

function expectDiscreet(words: string): void {
  for (const secret of [LOAN_NAME, LENDER, ...AMOUNT_TEXTS]) expect(words).not.toContain(secret);
}

/** Every file under the data folder, as text, for the canary scan (the ledger itself is encrypted). */
function everyFileText(root: string): string {
  return readdirSync(root)
    .map((name) => join(root, name))
    .map((path) => (statSync(path).isDirectory() ? everyFileText(path) : readFileSync(path).toString('latin1')))
    .join('\n');
}

describe('with a real backend', () => {
  it('shows the 3-day reminder in discreet words, with Mark paid and Snooze', async () => {
    expect(FakeNotification.instances).toHaveLength(0);
    clock.at = '2026-03-10T01:00:30Z';
    await delivery.poll();
    expect(FakeNotification.instances).toHaveLength(1);
    const words = notificationWords();
    expect(words).toMatch(/3 days/);
    expectDiscreet(words);
    expect(FakeNotification.instances[0]?.options.actions?.map((a) => a.text)).toEqual(['Mark paid', 'Snooze until tomorrow']);
  });

  it('stays discreet while locked, from the timetable alone', async () => {
    backend.lock();
    clock.at = '2026-03-13T01:00:30Z';
    await delivery.poll();
    expect(FakeNotification.instances.length).toBeGreaterThan(0);
    expectDiscreet(notificationWords());
  });

  it('Mark paid on the notification pays the installment, and nothing more needs attention', async () => {
    clock.at = '2026-03-10T01:00:30Z';
    await delivery.poll();
    FakeNotification.instances[0]?.pressAction(0);
    await vi.waitFor(async () => {
      const overview = await call(backend, 'reminders.overview', {});
      expect(overview.attention).toEqual([]);
    });
    const loan = await call(backend, 'loans.get', { id: loanId });
    // One regular payment today, of the first installment's outstanding (a third of the principal).
    expect(loan.payments).toHaveLength(1);
    expect(loan.payments[0]).toMatchObject({ date: '2026-03-10' });
    expect(Math.abs((loan.payments[0]?.amount ?? 0) - PRINCIPAL / 3)).toBeLessThan(2);
    expect(openRoute).not.toHaveBeenCalled();
  });

  it('leaves no name, lender or amount in any file of the data folder', async () => {
    clock.at = '2026-03-10T01:00:30Z';
    await delivery.poll();
    backend.lock();
    clock.at = '2026-03-14T01:00:30Z';
    await delivery.poll();
    const text = everyFileText(dir.dir);
    for (const secret of [LOAN_NAME, LENDER]) expect(text).not.toContain(secret);
    expect(readFileSync(join(dir.dir, 'reminders.json'), 'utf8')).not.toMatch(/12345|4115|41152/);
  });
});
