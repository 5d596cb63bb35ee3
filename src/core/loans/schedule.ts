// One entry point from loan terms to a schedule, so callers never switch on the method themselves.
import type { IsoDate } from '../dates';
import { annuitySchedule } from './annuity';
import type { Installment, LoanTerms } from './types';

export function buildSchedule(terms: LoanTerms): Installment[] {
  switch (terms.method) {
    case 'annuity':
      return annuitySchedule(terms);
  }
}

/** The first installment due on or after `today`, or null once the schedule has ended. */
export function nextInstallment(schedule: Installment[], today: IsoDate): Installment | null {
  return schedule.find((row) => row.dueDate >= today) ?? null;
}
