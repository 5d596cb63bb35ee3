// defaultPolicy: every jurisdiction and lender type gets the six stages in date order, the typical values
// are labelled 'M' (to verify) with a source, and the contract stages follow the loan's penalty terms.
import { describe, expect, it } from 'vitest';
import { JURISDICTIONS, LENDER_TYPES } from '../../../src/core/cost/legal-types';
import { defaultPolicy } from '../../../src/core/escalation/defaults';
import { resolveStages } from '../../../src/core/escalation/resolve';
import { ESCALATION_STAGE_KINDS } from '../../../src/core/escalation/types';
import { termsWith } from './escalation-fixtures';

describe('defaultPolicy', () => {
  it('lists the six stages in order, days non-decreasing, with both languages and a source', () => {
    for (const jurisdiction of JURISDICTIONS) {
      for (const lenderType of LENDER_TYPES) {
        const { stages } = defaultPolicy(jurisdiction, lenderType);
        expect(stages.map((s) => s.kind)).toEqual([...ESCALATION_STAGE_KINDS]);
        const enabledDays = stages.filter((s) => s.enabled).map((s) => s.daysAfterDue);
        expect(enabledDays).toEqual([...enabledDays].sort((a, b) => a - b));
        for (const stage of stages) {
          expect(stage.label.en.length * stage.label['zh-CN'].length).toBeGreaterThan(0);
          expect(stage.description.en.length * stage.description['zh-CN'].length).toBeGreaterThan(0);
          expect(stage.source.length).toBeGreaterThan(0);
          expect(stage.confidence).toBe(stage.basis === 'contract' ? 'V' : 'M');
        }
      }
    }
  });

  it('gives CN banks a credit report at 30 days, handover at 90, legal action at 180 (typical, to verify)', () => {
    const days = Object.fromEntries(defaultPolicy('CN', 'bank').stages.map((s) => [s.kind, s.daysAfterDue]));
    expect(days).toMatchObject({ 'credit-report': 30, 'collection-handover': 90, 'legal-action': 180 });
  });

  it('switches off the credit report and agency stages for private lenders', () => {
    const stages = defaultPolicy('CN', 'private').stages;
    expect(stages.filter((s) => !s.enabled).map((s) => s.kind)).toEqual(['credit-report', 'collection-handover']);
  });

  it('uses the loan’s grace days and charges when given its penalty terms', () => {
    const penalty = termsWith({ graceDays: 3, lateFee: { type: 'none' } }).penalty;
    const stages = defaultPolicy('CN', 'credit-card', penalty).stages;
    expect(stages[0]).toMatchObject({ kind: 'grace-ends', daysAfterDue: 4, enabled: true });
    expect(stages[1]).toMatchObject({ kind: 'late-fee', enabled: false });
    expect(stages[2]).toMatchObject({ kind: 'penalty-interest-starts', daysAfterDue: 4, enabled: true });
  });

  it('mentions the UK high-cost short-term credit default-fee cap', () => {
    const lateFee = defaultPolicy('UK', 'hcstc').stages.find((s) => s.kind === 'late-fee');
    expect(lateFee?.description.en).toContain('£15');
  });
});

describe('resolveStages', () => {
  it('keeps switched-off stages for editing and marks overrides', () => {
    const stages = resolveStages(defaultPolicy('CN', 'private'), termsWith().penalty, { 'legal-action': { daysAfterDue: 365 } });
    expect(stages).toHaveLength(6);
    expect(stages.find((s) => s.kind === 'legal-action')).toMatchObject({ daysAfterDue: 365, overridden: true });
    expect(stages.find((s) => s.kind === 'grace-ends')?.overridden).toBe(false);
  });

  it('clamps override days to whole days, at least 0', () => {
    const stages = resolveStages(defaultPolicy('US', 'bank'), termsWith().penalty, { 'credit-report': { daysAfterDue: -5 } });
    expect(stages[0]).toMatchObject({ kind: 'credit-report', daysAfterDue: 0 });
  });
});
