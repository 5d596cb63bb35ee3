// The escalation section's plain rules: the relative day phrase chosen for a stage, how a stage's basis
// is worded, lead days as typed, and the overrides the edit form saves (only what changed, checked first).
import { describe, expect, it } from 'vitest';
import {
  basisKey,
  buildSave,
  formFromView,
  parseLeadDays,
  relativeDaysKey,
  resetInput,
} from '../../../src/renderer/src/components/escalation/escalation-model';
import { DEFAULT_REMINDER_RULES } from '../../../src/core/reminders/rules';
import { buildView, LOAN_ID } from './escalation-harness';

const USER = { leadDays: [7, 3, 1, 0] };

function view(over: Partial<Parameters<typeof buildView>[0]> = {}) {
  return buildView({ asOf: '2026-02-20', overrides: {}, reminderOverride: null, nextReminder: null, userRules: DEFAULT_REMINDER_RULES, ...over });
}

describe('relativeDaysKey', () => {
  it('says today, tomorrow, yesterday, and counts the rest', () => {
    expect(relativeDaysKey(0)).toEqual({ key: 'today', n: 0 });
    expect(relativeDaysKey(1)).toEqual({ key: 'tomorrow', n: 1 });
    expect(relativeDaysKey(25)).toEqual({ key: 'ahead', n: 25 });
    expect(relativeDaysKey(-1)).toEqual({ key: 'yesterday', n: 1 });
    expect(relativeDaysKey(-4)).toEqual({ key: 'ago', n: 4 });
  });
});

describe('basisKey', () => {
  it("treats unconfirmed days as typical practice, whatever the basis", () => {
    expect(basisKey({ basis: 'typical', confidence: 'M' })).toBe('typical');
    expect(basisKey({ basis: 'rule', confidence: 'M' })).toBe('typical');
    expect(basisKey({ basis: 'contract', confidence: 'V' })).toBe('contract');
    expect(basisKey({ basis: 'rule', confidence: 'S' })).toBe('rule');
  });
});

describe('parseLeadDays', () => {
  it('reads commas, Chinese commas and spaces; drops repeats; largest first', () => {
    expect(parseLeadDays('1, 7，3、0 7')).toEqual([7, 3, 1, 0]);
    expect(parseLeadDays('')).toEqual([]);
  });
  it('refuses fractions, negatives, more than 60 days and more than 10 entries', () => {
    expect(parseLeadDays('1.5')).toBeNull();
    expect(parseLeadDays('-1')).toBeNull();
    expect(parseLeadDays('61')).toBeNull();
    expect(parseLeadDays('1,2,3,4,5,6,7,8,9,10,11')).toBeNull();
  });
});

describe('the edit form', () => {
  it('starts from the view: every stage in date order, reminders on, the usual lead days', () => {
    const form = formFromView(view(), USER);
    expect(form.stages.map((row) => [row.kind, row.days, row.enabled])).toEqual([
      ['grace-ends', '1', true],
      ['late-fee', '1', true],
      ['penalty-interest-starts', '1', true],
      ['credit-report', '30', true],
      ['collection-handover', '90', true],
      ['legal-action', '180', true],
    ]);
    expect(form).toMatchObject({ remind: true, leadDays: '7, 3, 1, 0' });
  });

  it('saves nothing when nothing changed', () => {
    const v = view();
    expect(buildSave(formFromView(v, USER), v, USER)).toEqual({
      input: { loanId: LOAN_ID, overrides: {}, reminderOverride: null },
      problems: {},
    });
  });

  it('saves only the changed days and switches, and keeps earlier overrides', () => {
    const v = view({ overrides: { 'legal-action': { daysAfterDue: 365 } } });
    const form = formFromView(v, USER);
    const credit = form.stages.find((row) => row.kind === 'credit-report');
    const handover = form.stages.find((row) => row.kind === 'collection-handover');
    if (!credit || !handover) throw new Error('stages missing');
    credit.days = ' 45 ';
    handover.enabled = false;
    expect(buildSave(form, v, USER).input?.overrides).toEqual({
      'credit-report': { daysAfterDue: 45 },
      'collection-handover': { enabled: false },
      'legal-action': { daysAfterDue: 365 },
    });
  });

  it('names each wrong field and saves nothing', () => {
    const v = view();
    const form = formFromView(v, USER);
    form.stages[3] = { kind: 'credit-report', enabled: true, days: '12.5' };
    form.stages[5] = { kind: 'legal-action', enabled: true, days: '3651' };
    form.leadDays = '7, x';
    expect(buildSave(form, v, USER)).toEqual({
      input: null,
      problems: { 'credit-report': 'days', 'legal-action': 'days', leadDays: 'leadDays' },
    });
  });

  it('ignores the days of a stage switched off, and the lead days when reminders are off', () => {
    const v = view();
    const form = formFromView(v, USER);
    form.stages[3] = { kind: 'credit-report', enabled: false, days: 'soon' };
    form.remind = false;
    form.leadDays = 'never';
    expect(buildSave(form, v, USER).input).toEqual({
      loanId: LOAN_ID,
      overrides: { 'credit-report': { enabled: false } },
      reminderOverride: { enabled: false },
    });
  });

  it('stores lead days only when they differ from the usual ones, keeping other override fields', () => {
    const remindAt = { hour: 20, minute: 0 };
    const v = view({ reminderOverride: { remindAt, leadDays: [5] } });
    const form = formFromView(v, USER);
    expect(form.leadDays).toBe('5');
    form.leadDays = '0, 1, 3, 7';
    expect(buildSave(form, v, USER).input?.reminderOverride).toEqual({ remindAt });
    form.leadDays = '10, 2';
    expect(buildSave(form, v, USER).input?.reminderOverride).toEqual({ remindAt, leadDays: [10, 2] });
  });

  it('resets to no overrides at all', () => {
    expect(resetInput(LOAN_ID)).toEqual({ loanId: LOAN_ID, overrides: {}, reminderOverride: null });
  });
});
