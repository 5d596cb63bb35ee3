// Properties of the timeline over random lenders, grace days, overrides and days: stage dates never go
// backwards, states run passed → next → ahead, and nextEscalation is always the first stage not passed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JURISDICTIONS, LENDER_TYPES } from '../../../src/core/cost/legal-types';
import { addDaysIso } from '../../../src/core/dates';
import { defaultPolicy } from '../../../src/core/escalation/defaults';
import { escalationReminders } from '../../../src/core/escalation/reminders';
import { escalationTimeline, nextEscalation } from '../../../src/core/escalation/timeline';
import { ESCALATION_STAGE_KINDS, type EscalationOverrides } from '../../../src/core/escalation/types';
import { FIRST_DUE, ledgerDaysPastDue, termsWith } from './escalation-fixtures';

const overrideArb = fc.record(
  { daysAfterDue: fc.integer({ min: -5, max: 400 }), enabled: fc.boolean() },
  { requiredKeys: [] },
);
const overridesArb: fc.Arbitrary<EscalationOverrides> = fc.dictionary(
  fc.constantFrom(...ESCALATION_STAGE_KINDS),
  overrideArb,
);

const caseArb = fc.record({
  jurisdiction: fc.constantFrom(...JURISDICTIONS),
  lenderType: fc.constantFrom(...LENDER_TYPES),
  graceDays: fc.integer({ min: 0, max: 15 }),
  days: fc.integer({ min: -40, max: 420 }),
  overrides: overridesArb,
});

describe('escalationTimeline properties', () => {
  it('dates are non-decreasing, states ordered, and nextEscalation is the first stage not passed', () => {
    fc.assert(
      fc.property(caseArb, ({ jurisdiction, lenderType, graceDays, days, overrides }) => {
        const terms = termsWith({ graceDays });
        const input = { terms, policy: defaultPolicy(jurisdiction, lenderType), overrides, ...ledgerDaysPastDue(terms, days) };
        const timeline = escalationTimeline(input);
        const dates = timeline.stages.map((s) => s.date);
        expect(dates).toEqual([...dates].sort());
        const order = { passed: 0, next: 1, ahead: 2 };
        const ranks = timeline.stages.map((s) => order[s.state]);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        expect(ranks.filter((r) => r === 1).length).toBeLessThanOrEqual(1);
        for (const stage of timeline.stages) {
          expect(stage.state === 'passed').toBe(stage.date <= input.asOf);
          expect(stage.date).toBe(addDaysIso(FIRST_DUE, stage.daysAfterDue));
        }
        const firstNotPassed = timeline.stages.find((s) => s.state !== 'passed');
        const next = nextEscalation(input);
        expect(next?.stage.kind).toBe(firstNotPassed?.kind);
        if (next !== null) expect(next.daysLeft).toBeGreaterThan(0);
        for (const point of escalationReminders(input)) {
          expect(point.date >= input.asOf && point.date > FIRST_DUE).toBe(true);
          expect(point.date < point.stageDate || point.leadDays === 0).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
