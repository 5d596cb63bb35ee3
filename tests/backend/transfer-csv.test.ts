// CSV import and export through the dispatcher: preview shows every issue, commit writes all or nothing
// and names the row and column of each problem; schedules and payment histories attach to a loan.
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend';
import { call, errorCode, fixedClock, makeBackend, PASSPHRASE, sampleLoan, tempDir } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

async function unlocked(): Promise<Backend> {
  const t = tempDir();
  cleanups.push(t.cleanup);
  const backend = makeBackend(t.dir, fixedClock('2026-03-10T02:00:00Z'));
  cleanups.push(() => backend.close());
  await call(backend, 'vault.create', { passphrase: PASSPHRASE });
  return backend;
}

const LOANS_CSV = [
  '\uFEFF借款名称,出借方,本金（元）,年利率(%),期数,放款日,还款方式',
  '房贷,银行甲,"1,000,000.00",4.9,360,2026/1/15,等额本息',
  '网贷,平台乙,¥abc,18,12,2026年2月1日,等额本金',
  '车贷,银行丙,80000,3.5,36,2026-02-10,先息后本',
].join('\r\n');

describe('CSV import of loans', () => {
  it('previews the suggested mapping, a sample and every issue, writing nothing', async () => {
    const backend = await unlocked();
    const preview = await call(backend, 'transfer.preview', { kind: 'loans', csv: LOANS_CSV });
    expect(preview.columns).toEqual(['借款名称', '出借方', '本金（元）', '年利率(%)', '期数', '放款日', '还款方式']);
    expect(preview.mapping).toMatchObject({ name: 0, lender: 1, principal: 2, rate: 3, termPeriods: 4, startDate: 5, method: 6, currency: null });
    expect(preview.rowCount).toBe(3);
    expect(preview.sample[1]).toMatchObject({ name: '网贷', principal: '¥abc' });
    expect(preview.issues).toEqual([{ row: 3, column: '本金（元）', field: 'principal', code: 'amount', value: '¥abc' }]);
    expect(await call(backend, 'loans.list')).toEqual([]);
  });

  it('imports nothing when one row is bad, naming the row and column; imports all once it is fixed', async () => {
    const backend = await unlocked();
    const result = await backend.dispatch('transfer.commit', { kind: 'loans', csv: LOANS_CSV });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: ['row', 3, '本金（元）', 'principal'], message: 'amount' }] },
    });
    expect(await call(backend, 'loans.list')).toEqual([]);
    const fixed = LOANS_CSV.replace('¥abc', '"¥50,000"');
    expect(await call(backend, 'transfer.commit', { kind: 'loans', csv: fixed })).toEqual({ imported: 3 });
    const loans = await call(backend, 'loans.list');
    expect(loans.map((l) => [l.name, l.terms.method, l.terms.principal, l.terms.startDate])).toEqual([
      ['房贷', 'annuity', 100_000_000, '2026-01-15'],
      ['网贷', 'equal-principal', 5_000_000, '2026-02-01'],
      ['车贷', 'interest-only', 8_000_000, '2026-02-10'],
    ]);
    expect(loans[0]?.regularPayment).toBe(530_727);
  });

  it('reports a value the loan schema refuses against its own row and column', async () => {
    const backend = await unlocked();
    const csv = 'name,lender,principal,rate,rate unit,term,start date\nA,B,100,200,day,12,2026-01-01\n';
    const preview = await call(backend, 'transfer.preview', { kind: 'loans', csv });
    expect(preview.issues).toEqual([{ row: 2, column: 'rate', field: 'rate', code: 'rate', value: '200' }]);
  });

  it('uses the mapping the user chose, and refuses one that points past the last column', async () => {
    const backend = await unlocked();
    const csv = 'a,b,c,d,e,f\nLoan,Bank,1000,5,12,2026-01-01\n';
    const mapping = { name: 0, lender: 1, principal: 2, rate: 3, termPeriods: 4, startDate: 5 };
    expect((await call(backend, 'transfer.preview', { kind: 'loans', csv, mapping })).issues).toEqual([]);
    expect(await call(backend, 'transfer.commit', { kind: 'loans', csv, mapping })).toEqual({ imported: 1 });
    const bad = await backend.dispatch('transfer.preview', { kind: 'loans', csv, mapping: { ...mapping, lender: 9 } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: ['mapping', 'lender'] }] } });
    const unmapped = await call(backend, 'transfer.preview', { kind: 'loans', csv, mapping: { name: 0 } });
    expect(unmapped.issues.map((i) => [i.row, i.column, i.field, i.code])).toContainEqual([0, '', 'lender', 'unmapped-required']);
  });
});

describe('CSV import of a schedule and of payments', () => {
  it('turns a loan into a custom schedule from the lender’s rows, which must add up to the principal', async () => {
    const backend = await unlocked();
    const loan = await call(backend, 'loans.create', {
      name: 'Online',
      lender: 'App',
      terms: { method: 'annuity', principal: 300_000, startDate: '2026-01-10', termPeriods: 3, rate: { ppm: 240_000, unit: 'year' } },
    });
    const short = '还款日,本金,利息,服务费\n2026-02-10,1000,60,10\n2026-03-10,1000,40,10\n2026-04-10,999,20,10\n';
    const mismatch = await backend.dispatch('transfer.commit', { kind: 'schedule', csv: short, loanId: loan.id });
    expect(mismatch).toMatchObject({ ok: false, error: { issues: [{ path: ['row', 0, '本金', 'principal'], message: 'principal-mismatch' }] } });
    const csv = short.replace('999,', '1000,');
    expect(await call(backend, 'transfer.commit', { kind: 'schedule', csv, loanId: loan.id })).toEqual({ imported: 3 });
    const after = await call(backend, 'loans.get', { id: loan.id });
    expect(after).toMatchObject({ version: 2, terms: { method: 'custom', termPeriods: 3 } });
    expect(after.ledger.installments.map((r) => [r.dueDate, r.principal, r.interest, r.fees])).toEqual([
      ['2026-02-10', 100_000, 6000, 1000],
      ['2026-03-10', 100_000, 4000, 1000],
      ['2026-04-10', 100_000, 2000, 1000],
    ]);
  });

  it('adds a payment history to a loan, all or nothing', async () => {
    const backend = await unlocked();
    const loan = await call(backend, 'loans.create', sampleLoan);
    const bad = '还款日期,还款金额,备注\n2026-02-15,"5,307.27",二月\n2026-01-01,100,too early\n';
    const refused = await backend.dispatch('transfer.commit', { kind: 'payments', csv: bad, loanId: loan.id });
    expect(refused).toMatchObject({ ok: false, error: { issues: [{ path: ['row', 3, '还款日期', 'date'], message: 'date' }] } });
    expect((await call(backend, 'loans.get', { id: loan.id })).payments).toEqual([]);
    const good = bad.replace('2026-01-01', '2026-03-01');
    expect(await call(backend, 'transfer.commit', { kind: 'payments', csv: good, loanId: loan.id })).toEqual({ imported: 2 });
    const after = await call(backend, 'loans.get', { id: loan.id });
    expect(after.payments.map((p) => [p.date, p.amount, p.kind, p.note])).toEqual([
      ['2026-02-15', 530_727, 'regular', '二月'],
      ['2026-03-01', 10_000, 'regular', 'too early'],
    ]);
    expect(after.ledger.installments[0]?.status).toBe('paid');
  });

  it('needs an existing loan for a schedule or payments', async () => {
    const backend = await unlocked();
    const loanId = '3f2b7c1e-9a4d-4e8b-8c7f-1a2b3c4d5e6f';
    expect(await errorCode(backend, 'transfer.preview', { kind: 'payments', csv: 'date,amount\n' })).toBe('INVALID_INPUT');
    expect(await errorCode(backend, 'transfer.preview', { kind: 'payments', csv: 'date,amount\n', loanId })).toBe('NOT_FOUND');
  });
});

describe('CSV export', () => {
  it('writes loans with a BOM and headers in the chosen language, neutralising formula-like names', async () => {
    const backend = await unlocked();
    await call(backend, 'loans.create', { ...sampleLoan, name: '=HYPERLINK("http://x")' });
    const file = await call(backend, 'transfer.exportCsv', { kind: 'loans', language: 'zh-CN' });
    expect(file).toMatchObject({ filename: 'quietledger-loans-2026-03-10.csv', mimeType: 'text/csv' });
    const lines = file.content.split('\r\n');
    expect(lines[0]).toBe('\uFEFF借款名称,出借方,币种,还款方式,本金,利率（%）,利率单位,期数,还款频率,开始日期,还款日,分期手续费率（%）');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://x"")",Example Bank,CNY,等额本息,1000000.00,4.9,年,360,每月,2026-01-15,,`);
    const english = await call(backend, 'transfer.exportCsv', { kind: 'loans' });
    expect(english.content.split('\r\n')[0]).toBe('\uFEFFName,Lender,Currency,Method,Principal,Rate (%),Rate unit,Term (periods),Frequency,Start date,Due day,Installment fee rate (%)');
  });

  it('exports a schedule with statuses and payments, and imports the schedule back unchanged', async () => {
    const backend = await unlocked();
    const loan = await call(backend, 'loans.create', {
      name: 'Three',
      lender: 'L',
      terms: { method: 'annuity', principal: 300_000, startDate: '2026-01-10', termPeriods: 3, rate: { ppm: 120_000, unit: 'year' } },
    });
    await call(backend, 'loans.recordPayment', { loanId: loan.id, date: '2026-02-10', amount: 50_000, note: '+1 partial' });
    const schedule = await call(backend, 'transfer.exportCsv', { kind: 'schedule', loanId: loan.id, language: 'en' });
    const rows = schedule.content.split('\r\n');
    expect(rows[0]).toBe('\uFEFFPeriod,Due date,Principal,Interest,Fees,Total,Remaining,Status,Paid,Penalty,Outstanding,Days past due');
    expect(rows[1]).toMatch(/^1,2026-02-10,.*,overdue,500\.00,/);
    const before = (await call(backend, 'loans.get', { id: loan.id })).ledger.installments.map((r) => [r.dueDate, r.principal, r.interest, r.fees]);
    await call(backend, 'transfer.commit', { kind: 'schedule', csv: schedule.content, loanId: loan.id });
    const after = await call(backend, 'loans.get', { id: loan.id });
    expect(after.terms.method).toBe('custom');
    expect(after.ledger.installments.map((r) => [r.dueDate, r.principal, r.interest, r.fees])).toEqual(before);
    const payments = await call(backend, 'transfer.exportCsv', { kind: 'payments', loanId: loan.id, language: 'en' });
    expect(payments.content).toBe("\uFEFFDate,Amount,Kind,Note\r\n2026-02-10,500.00,regular,'+1 partial\r\n");
    const all = await call(backend, 'transfer.exportCsv', { kind: 'payments', language: 'zh-CN' });
    expect(all.content).toBe("\uFEFF借款名称,还款日期,还款金额,类型,备注\r\nThree,2026-02-10,500.00,正常还款,'+1 partial\r\n");
    expect(await errorCode(backend, 'transfer.exportCsv', { kind: 'schedule' })).toBe('INVALID_INPUT');
  });
});
