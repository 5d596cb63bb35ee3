// The reminder tick end to end with a real vault and a clock moved by hand: the 3-day reminder fires once,
// a 25-day absence surfaces every missed reminder once (grouped), the locked path notifies from the
// timetable alone, and a time-zone change neither repeats a reminder nor keeps the old zone's hours.
import { afterEach, describe, expect, it } from 'vitest';
import { call, cleanupAll, harness, PASSPHRASE, readStore, smallLoan } from './support';

afterEach(cleanupAll);

// 08:30 in Shanghai on 10 March; the loan's first installment is due on 13 March.
const START = '2026-03-10T00:30:00Z';
const THREE_DAYS_BEFORE = '2026-03-10T01:00:30Z'; // 09:00:30 Shanghai, just after the 3-day reminder.

async function withLoan(zone = 'Asia/Shanghai') {
  const h = await harness(START, zone);
  const loan = await call(h.backend, 'loans.create', smallLoan('2026-03-13'));
  expect((await call(h.backend, 'reminders.poll')).notices).toEqual([]);
  return { ...h, loanId: loan.id };
}

describe('the tick, unlocked', () => {
  it('a loan due in 3 days: the poll at that moment gives the 3-day reminder, in discreet words, once', async () => {
    const { backend, clock, loanId } = await withLoan();
    clock.set(THREE_DAYS_BEFORE);
    const first = await call(backend, 'reminders.poll');
    expect(first.notices).toHaveLength(1);
    const [notice] = first.notices;
    expect(notice).toMatchObject({
      id: `${loanId}:1:before-due:3`,
      occurrenceIds: [`${loanId}:1:before-due:3`],
      title: 'A payment is due in 3 days',
      canMarkPaid: true,
      route: '/reminders',
    });
    const words = `${notice?.title} ${notice?.body}`;
    for (const secret of ['Small loan', 'Some lender', '1,000', '1000', '100000']) expect(words).not.toContain(secret);
    expect(first.attentionCount).toBe(1);
    expect((await call(backend, 'reminders.poll')).notices).toEqual([]);
    clock.set('2026-03-10T01:01:00Z');
    expect((await call(backend, 'reminders.poll')).notices).toEqual([]);
  });

  it('words the notices in the page’s language when the poll says it, over the saved preference', async () => {
    const { backend, clock } = await withLoan();
    clock.set(THREE_DAYS_BEFORE);
    const [notice] = (await call(backend, 'reminders.poll', { language: 'zh-CN' })).notices;
    expect(notice?.title).toBe('有一笔还款 3 天后到期');
  });

  it('on the very first tick, a reminder that fired minutes before is still shown; an older one is not', async () => {
    const h = await harness('2026-03-10T01:05:00Z');
    const loan = await call(h.backend, 'loans.create', smallLoan('2026-03-13'));
    expect((await call(h.backend, 'reminders.poll')).notices.map((n) => n.id)).toEqual([`${loan.id}:1:before-due:3`]);
    const late = await harness('2026-03-10T01:20:00Z');
    await call(late.backend, 'loans.create', smallLoan('2026-03-13'));
    expect((await call(late.backend, 'reminders.poll')).notices).toEqual([]);
  });

  it('after 25 days away: one grouped notice, every missed reminder once in the away panel, until acknowledged', async () => {
    const { backend, clock, loanId } = await withLoan();
    clock.set(THREE_DAYS_BEFORE);
    await call(backend, 'reminders.poll');
    clock.set('2026-04-04T01:00:30Z');
    const poll = await call(backend, 'reminders.poll');
    expect(poll.notices).toHaveLength(1);
    const [grouped] = poll.notices;
    // 1 day before, the due day, then overdue 1, 3, 7 days and every 7 days after: 14 and 21.
    const missed = ['before-due:1', 'due-today:0', 'overdue:1', 'overdue:3', 'overdue:7', 'overdue:14', 'overdue:21'].map((k) => `${loanId}:1:${k}`);
    expect(grouped?.id).toBe('away:2026-04-04T01:00:30.000Z');
    expect(grouped?.occurrenceIds).toEqual(missed);
    expect(grouped?.title).toBe('Missed reminders');
    expect(grouped?.body).toBe('7 reminders were missed while QuietLedger was closed. Open it to see what to do now.');
    expect(grouped?.canMarkPaid).toBe(false);

    const overview = await call(backend, 'reminders.overview', {});
    expect(overview.away).toHaveLength(1);
    const [group] = overview.away;
    expect(group).toMatchObject({ loanId, loanName: 'Small loan', lender: 'Some lender', outstanding: 100_000, oldestDueDate: '2026-03-13', overdue: true });
    expect(group?.items.map((i) => i.id)).toEqual(missed);
    expect(group?.nextStage).toEqual({ kind: 'credit-report', date: '2026-04-12', daysLeft: 8 });
    // One installment, one family: the latest reminder stands for it.
    expect(overview.attention.map((i) => i.id)).toEqual([`${loanId}:1:overdue:21`]);
    expect(poll.attentionCount).toBe(1);

    expect(await call(backend, 'reminders.ackAway')).toBeNull();
    expect((await call(backend, 'reminders.overview', {})).away).toEqual([]);
    clock.set('2026-04-04T01:05:00Z');
    expect((await call(backend, 'reminders.poll')).notices).toEqual([]);
    expect((await call(backend, 'reminders.overview', {})).away).toEqual([]);
  });

  it('a time-zone change while running: no repeat, and the timetable moves to 09:00 in the new zone', async () => {
    const { backend, clock, dir, loanId } = await withLoan();
    clock.set(THREE_DAYS_BEFORE);
    expect((await call(backend, 'reminders.poll')).notices).toHaveLength(1);
    clock.zone = 'Europe/London';
    clock.set('2026-03-10T01:01:00Z'); // 01:01 in London, same day.
    expect((await call(backend, 'reminders.poll')).notices).toEqual([]);
    const store = readStore(dir);
    expect(store.timeZone).toBe('Europe/London');
    const entries = new Map(store.timetable.entries.map((e) => [e.id, e.fireAt]));
    expect(entries.get(`${loanId}:1:before-due:1`)).toBe('2026-03-12T09:00:00.000Z');
    expect(entries.get(`${loanId}:1:due-today:0`)).toBe('2026-03-13T09:00:00.000Z');
    // The 3-day reminder now falls at 09:00 London: already delivered, it is not shown again.
    clock.set('2026-03-10T09:00:30Z');
    expect((await call(backend, 'reminders.poll')).notices).toEqual([]);
    clock.set('2026-03-12T09:00:30Z');
    expect((await call(backend, 'reminders.poll')).notices.map((n) => n.id)).toEqual([`${loanId}:1:before-due:1`]);
  });
});

describe('the tick, locked', () => {
  it('notifies discreetly from the timetable; the unlock catch-up shows it without notifying again', async () => {
    const { backend, clock, loanId } = await withLoan();
    await call(backend, 'vault.lock');
    clock.set(THREE_DAYS_BEFORE);
    const locked = await call(backend, 'reminders.poll');
    expect(locked.notices).toEqual([
      {
        id: `${loanId}:1:before-due:3`,
        occurrenceIds: [`${loanId}:1:before-due:3`],
        title: 'A payment is due in 3 days',
        body: 'Open QuietLedger to see the details.',
        canMarkPaid: false,
        route: '/reminders',
      },
    ]);
    expect(locked.attentionCount).toBe(1);
    expect((await call(backend, 'reminders.poll')).notices).toEqual([]);

    clock.set('2026-03-10T01:30:00Z');
    await call(backend, 'vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
    const unlocked = await call(backend, 'reminders.poll');
    expect(unlocked.notices).toEqual([]);
    const overview = await call(backend, 'reminders.overview', {});
    expect(overview.attention.map((i) => [i.id, i.state])).toEqual([[`${loanId}:1:before-due:3`, 'delivered']]);
    expect(overview.away.flatMap((g) => g.items.map((i) => i.id))).toEqual([`${loanId}:1:before-due:3`]);
  });

  it('groups reminders that came due long ago into one discreet notice', async () => {
    const { backend, clock, loanId } = await withLoan();
    await call(backend, 'vault.lock');
    clock.set('2026-03-13T01:00:30Z');
    const poll = await call(backend, 'reminders.poll');
    expect(poll.notices.map((n) => n.id)).toEqual(['away:2026-03-13T01:00:30.000Z', `${loanId}:1:due-today:0`]);
    expect(poll.notices[0]).toMatchObject({
      occurrenceIds: [`${loanId}:1:before-due:3`, `${loanId}:1:before-due:1`],
      title: 'Missed reminders',
      canMarkPaid: false,
    });
    expect(poll.notices[1]?.title).toBe('A payment is due today');
    expect(poll.attentionCount).toBe(1);
  });

  it('keeps the local hour when the zone changes while locked', async () => {
    const { backend, clock, dir, loanId } = await withLoan();
    await call(backend, 'vault.lock');
    clock.zone = 'Europe/London';
    clock.set('2026-03-10T00:40:00Z');
    expect((await call(backend, 'reminders.poll')).notices).toEqual([]);
    const entries = new Map(readStore(dir).timetable.entries.map((e) => [e.id, e.fireAt]));
    expect(entries.get(`${loanId}:1:before-due:3`)).toBe('2026-03-10T09:00:00.000Z');
    clock.set('2026-03-10T01:00:30Z');
    expect((await call(backend, 'reminders.poll')).notices).toEqual([]);
    clock.set('2026-03-10T09:00:30Z');
    expect((await call(backend, 'reminders.poll')).notices.map((n) => n.id)).toEqual([`${loanId}:1:before-due:3`]);
  });
});

describe('locking', () => {
  it('re-plans the timetable first, so an installment paid just before never reminds while locked', async () => {
    const { backend, clock, dir, loanId } = await withLoan();
    await call(backend, 'loans.recordPayment', { loanId, date: '2026-03-10', amount: 100_000 });
    expect(readStore(dir).timetable.entries.some((e) => e.id.startsWith(`${loanId}:1:`))).toBe(true);
    await call(backend, 'vault.lock');
    expect(readStore(dir).timetable.entries.some((e) => e.id.startsWith(`${loanId}:1:`))).toBe(false);
    clock.set(THREE_DAYS_BEFORE);
    expect((await call(backend, 'reminders.poll')).notices).toEqual([]);
  });
});
