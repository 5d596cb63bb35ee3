// Acting on one reminder through the dispatcher: snooze lands at the reminder hour of the next local day
// and fires once more, dismiss takes it out of attention, "paid" records the outstanding amount today
// and resolves it (and needs the vault open), and detailed words appear only when asked for and unlocked.
import { afterEach, describe, expect, it } from 'vitest';
import { money } from '../../../src/core/cost/format';
import { errorCode } from '../helpers';
import { call, cleanupAll, harness, PASSPHRASE, readStore, smallLoan } from './support';

afterEach(cleanupAll);

const START = '2026-03-10T00:30:00Z';

async function firedThreeDay() {
  const h = await harness(START);
  const loan = await call(h.backend, 'loans.create', smallLoan('2026-03-13'));
  await call(h.backend, 'reminders.poll');
  h.clock.set('2026-03-10T01:00:30Z');
  const poll = await call(h.backend, 'reminders.poll');
  expect(poll.notices).toHaveLength(1);
  return { ...h, loanId: loan.id, id: `${loan.id}:1:before-due:3` };
}

describe('reminders.act', () => {
  it("snooze 'tomorrow' lands at 09:00 Shanghai next day (01:00Z) and fires once more after it", async () => {
    const { backend, clock, id } = await firedThreeDay();
    expect(await call(backend, 'reminders.act', { id, action: 'snooze', until: 'tomorrow' })).toBeNull();
    let overview = await call(backend, 'reminders.overview', {});
    expect(overview.snoozed.map((i) => [i.id, i.state, i.snoozedUntil])).toEqual([[id, 'snoozed', '2026-03-11T01:00:00.000Z']]);
    expect(overview.attention).toEqual([]);
    expect(overview.upcoming.find((i) => i.id === id)?.state).toBe('snoozed');

    clock.set('2026-03-11T00:59:00Z');
    expect((await call(backend, 'reminders.poll')).notices).toEqual([]);
    clock.set('2026-03-11T01:00:30Z');
    expect((await call(backend, 'reminders.poll')).notices.map((n) => n.id)).toEqual([id]);
    clock.set('2026-03-11T01:01:00Z');
    expect((await call(backend, 'reminders.poll')).notices).toEqual([]);
    overview = await call(backend, 'reminders.overview', {});
    expect(overview.attention.map((i) => [i.id, i.state])).toEqual([[id, 'delivered']]);
    expect(overview.snoozed).toEqual([]);
  });

  it("snooze '1h' and '3d' land an hour later and at 09:00 three days later; quiet hours move a late hour", async () => {
    const { backend, id, dir } = await firedThreeDay();
    await call(backend, 'reminders.act', { id, action: 'snooze', until: '1h' });
    expect(readStore(dir).records.find((r) => r.id === id)?.snoozedUntil).toBe('2026-03-10T02:00:30.000Z');
    await call(backend, 'reminders.act', { id, action: 'snooze', until: '3d' });
    expect(readStore(dir).records.find((r) => r.id === id)?.snoozedUntil).toBe('2026-03-13T01:00:00.000Z');
    const settings = await call(backend, 'reminders.getSettings');
    await call(backend, 'reminders.setSettings', { ...settings, rules: { ...settings.rules, remindAt: { hour: 23, minute: 0 } } });
    await call(backend, 'reminders.act', { id, action: 'snooze', until: 'tomorrow' });
    // 23:00 is inside the default 22:00–08:00 quiet hours: it moves to 08:00 the next morning (00:00Z).
    expect(readStore(dir).records.find((r) => r.id === id)?.snoozedUntil).toBe('2026-03-12T00:00:00.000Z');
  });

  it('snooze works while locked, using the hour kept outside the vault', async () => {
    const { backend, clock, id, dir } = await firedThreeDay();
    await call(backend, 'vault.lock');
    await call(backend, 'reminders.act', { id, action: 'snooze', until: 'tomorrow' });
    expect(readStore(dir).records.find((r) => r.id === id)).toMatchObject({ state: 'snoozed', snoozedUntil: '2026-03-11T01:00:00.000Z' });
    expect(readStore(dir).notified).not.toContain(id);
    clock.set('2026-03-11T01:00:30Z');
    expect((await call(backend, 'reminders.poll')).notices.map((n) => n.id)).toEqual([id]);
    expect((await call(backend, 'reminders.poll')).notices).toEqual([]);
  });

  it('dismiss takes the reminder out of attention until a later one fires', async () => {
    const { backend, clock, id, loanId } = await firedThreeDay();
    await call(backend, 'reminders.act', { id, action: 'dismiss' });
    expect((await call(backend, 'reminders.overview', {})).attention).toEqual([]);
    expect((await call(backend, 'reminders.poll')).attentionCount).toBe(0);
    clock.set('2026-03-12T01:00:30Z');
    const poll = await call(backend, 'reminders.poll');
    expect(poll.notices.map((n) => n.id)).toEqual([`${loanId}:1:before-due:1`]);
    expect((await call(backend, 'reminders.overview', {})).attention.map((i) => i.id)).toEqual([`${loanId}:1:before-due:1`]);
  });

  it('paid records the outstanding amount dated today and resolves the reminder; locked it is refused', async () => {
    const { backend, clock, id, loanId } = await firedThreeDay();
    clock.set('2026-03-12T01:00:30Z');
    await call(backend, 'reminders.poll');
    const oneDay = `${loanId}:1:before-due:1`;
    await call(backend, 'vault.lock');
    expect(await errorCode(backend, 'reminders.act', { id: oneDay, action: 'paid' })).toBe('VAULT_LOCKED');
    await call(backend, 'vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect((await call(backend, 'reminders.overview', {})).attention.map((i) => i.id)).toEqual([oneDay]);
    await call(backend, 'reminders.act', { id: oneDay, action: 'paid' });
    const loan = await call(backend, 'loans.get', { id: loanId });
    expect(loan.payments.map((p) => [p.date, p.amount, p.kind])).toEqual([['2026-03-12', 100_000, 'regular']]);
    expect(loan.ledger.installments[0]?.status).toBe('paid');
    expect((await call(backend, 'reminders.overview', {})).attention).toEqual([]);
    expect((await call(backend, 'reminders.poll')).attentionCount).toBe(0);
    // Paying again is a no-op: the installment is already paid.
    await call(backend, 'reminders.act', { id, action: 'paid' });
    expect((await call(backend, 'loans.get', { id: loanId })).payments).toHaveLength(1);
    // The due-day reminder of a paid installment never fires.
    clock.set('2026-03-13T01:00:30Z');
    expect((await call(backend, 'reminders.poll')).notices).toEqual([]);
  });

  it('refuses an id that is not a reminder id', async () => {
    const { backend } = await firedThreeDay();
    expect(await errorCode(backend, 'reminders.act', { id: 'not-a-reminder', action: 'dismiss' })).toBe('NOT_FOUND');
    // Shaped like an id but naming something: refused, never written outside the vault.
    expect(await errorCode(backend, 'reminders.act', { id: 'Some Bank:1:overdue:3', action: 'snooze', until: '1h' })).toBe('NOT_FOUND');
  });
});

describe('detailed notice text (opt-in)', () => {
  it('names the loan, lender and amount when on and unlocked; stays discreet while locked', async () => {
    const h = await harness(START);
    const loan = await call(h.backend, 'loans.create', smallLoan('2026-03-13', { name: 'Car loan', lender: 'Big Bank' }));
    const settings = await call(h.backend, 'reminders.getSettings');
    expect(settings.detailedText).toBe(false);
    await call(h.backend, 'reminders.setSettings', { ...settings, detailedText: true });
    await call(h.backend, 'reminders.poll');
    h.clock.set('2026-03-10T01:00:30Z');
    const [detailed] = (await call(h.backend, 'reminders.poll')).notices;
    expect(detailed?.title).toBe('Car loan · Big Bank');
    expect(detailed?.body).toContain(money(100_000, 'CNY', 'en'));
    expect(detailed?.body).toContain('2026-03-13');

    await call(h.backend, 'vault.lock');
    h.clock.set('2026-03-12T01:00:30Z');
    const [locked] = (await call(h.backend, 'reminders.poll')).notices;
    expect(locked).toMatchObject({ id: `${loan.id}:1:before-due:1`, title: 'A payment is due tomorrow' });
    expect(`${locked?.title} ${locked?.body}`).not.toMatch(/Car loan|Big Bank|1,000/);
  });

  it('words notices in Chinese when the preference (or else the OS locale) says so', async () => {
    const h = await harness(START, 'Asia/Shanghai', { locale: () => 'zh-CN' });
    await call(h.backend, 'loans.create', smallLoan('2026-03-13'));
    await call(h.backend, 'reminders.poll');
    h.clock.set('2026-03-10T01:00:30Z');
    expect((await call(h.backend, 'reminders.poll')).notices[0]?.title).toBe('有一笔还款 3 天后到期');
    await call(h.backend, 'prefs.set', { language: 'en' });
    h.clock.set('2026-03-12T01:00:30Z');
    expect((await call(h.backend, 'reminders.poll')).notices[0]?.title).toBe('A payment is due tomorrow');
  });
});
