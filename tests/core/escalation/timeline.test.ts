// escalationTimeline and nextEscalation on fixed days: which stages have passed, which is next and when,
// with the loan's grace days, per-loan overrides, the "if missed" view and a fully paid loan.
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../src/core/escalation/defaults';
import { escalationTimeline, nextEscalation } from '../../../src/core/escalation/timeline';
import type { EscalationStageKind, EscalationTimeline } from '../../../src/core/escalation/types';
import { FIRST_DUE, fullyPaidLedger, ledgerDaysPastDue, termsWith } from './escalation-fixtures';

const cnBank = defaultPolicy('CN', 'bank');

function states(timeline: EscalationTimeline): Record<string, string> {
  return Object.fromEntries(timeline.stages.map((s) => [s.kind, s.state]));
}

function at(days: number, graceDays = 0) {
  const terms = termsWith({ graceDays });
  const { ledger, asOf } = ledgerDaysPastDue(terms, days);
  return { terms, ledger, asOf, policy: cnBank };
}

describe('escalationTimeline, CN bank, no grace', () => {
  it('on the due day: the if-missed view, grace ending tomorrow is next', () => {
    const timeline = escalationTimeline(at(0));
    expect(timeline.mode).toBe('if-missed');
    expect(timeline.installment).toMatchObject({ period: 1, dueDate: FIRST_DUE, daysPastDue: 0 });
    expect(states(timeline)).toEqual({
      'grace-ends': 'next',
      'late-fee': 'ahead',
      'penalty-interest-starts': 'ahead',
      'credit-report': 'ahead',
      'collection-handover': 'ahead',
      'legal-action': 'ahead',
    });
    expect(timeline.stages[0]).toMatchObject({ date: '2026-02-16', daysUntil: 1 });
    expect(timeline.stages.map((s) => s.date)).toEqual([
      '2026-02-16',
      '2026-02-16',
      '2026-02-16',
      '2026-03-17',
      '2026-05-16',
      '2026-08-14',
    ]);
  });

  it('5 days past due: the contract stages have passed, the credit report is next in 25 days', () => {
    const timeline = escalationTimeline(at(5));
    expect(timeline.mode).toBe('past-due');
    expect(states(timeline)).toMatchObject({
      'grace-ends': 'passed',
      'late-fee': 'passed',
      'penalty-interest-starts': 'passed',
      'credit-report': 'next',
      'collection-handover': 'ahead',
    });
    expect(timeline.stages[0]?.daysUntil).toBe(-4);
    expect(nextEscalation(at(5))).toMatchObject({ date: '2026-03-17', daysLeft: 25, period: 1 });
  });

  it('29 days past due: the credit report is tomorrow', () => {
    const next = nextEscalation(at(29));
    expect(next?.stage.kind).toBe('credit-report');
    expect(next?.daysLeft).toBe(1);
    expect(next?.stage.confidence).toBe('M');
  });

  it('31 days past due: the credit report has passed, collection handover is next', () => {
    const timeline = escalationTimeline(at(31));
    expect(states(timeline)).toMatchObject({ 'credit-report': 'passed', 'collection-handover': 'next', 'legal-action': 'ahead' });
    expect(nextEscalation(at(31))).toMatchObject({ daysLeft: 59, date: '2026-05-16' });
  });

  it('95 days past due: only legal action is ahead, and it is next', () => {
    const timeline = escalationTimeline(at(95));
    expect(timeline.stages.filter((s) => s.state !== 'passed').map((s) => s.kind)).toEqual(['legal-action']);
    expect(nextEscalation(at(95))).toMatchObject({ daysLeft: 85 });
    expect(timeline.installment).toMatchObject({ period: 1, daysPastDue: 95 });
  });

  it('after every stage: nothing next', () => {
    expect(nextEscalation(at(400))).toBeNull();
    expect(escalationTimeline(at(400)).stages.every((s) => s.state === 'passed')).toBe(true);
  });
});

describe('escalationTimeline, from the terms', () => {
  it('takes the grace days from the contract', () => {
    const timeline = escalationTimeline(at(3, 3));
    expect(timeline.mode).toBe('past-due');
    expect(timeline.stages[0]).toMatchObject({ kind: 'grace-ends', daysAfterDue: 4, date: '2026-02-19', state: 'next', daysUntil: 1 });
    expect(states(escalationTimeline(at(4, 3)))['late-fee']).toBe('passed');
  });

  it('leaves out the late fee and penalty interest when the contract has none', () => {
    const terms = termsWith({ lateFee: { type: 'none' }, rate: { type: 'none' } });
    const { ledger, asOf } = ledgerDaysPastDue(terms, 2);
    const kinds = escalationTimeline({ terms, ledger, asOf, policy: cnBank }).stages.map((s) => s.kind);
    expect(kinds).toEqual(['grace-ends', 'credit-report', 'collection-handover', 'legal-action']);
  });

  it('a private lender has no credit report or agency stage', () => {
    const kinds = escalationTimeline({ ...at(10), policy: defaultPolicy('CN', 'private') }).stages.map((s) => s.kind);
    expect(kinds).not.toContain('credit-report' satisfies EscalationStageKind);
    expect(kinds).not.toContain('collection-handover' satisfies EscalationStageKind);
    expect(kinds).toContain('legal-action' satisfies EscalationStageKind);
  });

  it('with nothing overdue, shows what would happen if the next installment were missed', () => {
    const terms = termsWith();
    const { ledger } = ledgerDaysPastDue(terms, -10);
    const timeline = escalationTimeline({ terms, ledger, policy: cnBank, asOf: '2026-02-05' });
    expect(timeline.mode).toBe('if-missed');
    expect(timeline.installment?.dueDate).toBe(FIRST_DUE);
    expect(timeline.stages[0]).toMatchObject({ state: 'next', daysUntil: 11 });
    expect(timeline.stages.find((s) => s.kind === 'credit-report')?.date).toBe('2026-03-17');
  });

  it('a fully paid loan has no timeline, no next stage', () => {
    const terms = termsWith();
    const ledger = fullyPaidLedger(terms, '2027-06-01');
    const input = { terms, ledger, policy: cnBank, asOf: '2027-06-01' };
    expect(escalationTimeline(input)).toEqual({ asOf: '2027-06-01', mode: 'none', installment: null, stages: [] });
    expect(nextEscalation(input)).toBeNull();
  });
});

describe('escalationTimeline, per-loan overrides', () => {
  it('shifts a stage and re-orders the timeline by date', () => {
    const timeline = escalationTimeline({ ...at(5), overrides: { 'collection-handover': { daysAfterDue: 20 } } });
    const handover = timeline.stages.find((s) => s.kind === 'collection-handover');
    expect(handover).toMatchObject({ date: '2026-03-07', state: 'next', overridden: true, daysUntil: 15 });
    expect(timeline.stages.map((s) => s.kind).slice(3)).toEqual(['collection-handover', 'credit-report', 'legal-action']);
  });

  it('switches a stage off, and the next one moves up', () => {
    const input = { ...at(5), overrides: { 'credit-report': { enabled: false } } };
    expect(escalationTimeline(input).stages.map((s) => s.kind)).not.toContain('credit-report');
    expect(nextEscalation(input)?.stage.kind).toBe('collection-handover');
  });

  it('can change the days of a contract stage', () => {
    const timeline = escalationTimeline({ ...at(5), overrides: { 'late-fee': { daysAfterDue: 10 } } });
    expect(timeline.stages.find((s) => s.kind === 'late-fee')).toMatchObject({ date: '2026-02-25', state: 'next' });
  });
});
