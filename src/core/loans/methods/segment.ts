// The stretch of a schedule a method amortises: a balance over some due dates. A whole loan is one
// segment; after a prepayment, the rest of the loan is another, which is how rescheduling reuses each method.
import type { IsoDate } from '../../dates';

export interface Segment {
  /** Principal to repay over the segment, in minor units. */
  balance: number;
  /** The due dates available, strictly increasing. */
  dates: IsoDate[];
  /** Where interest for the first date runs from: the start date, or the due date before the segment. */
  from: IsoDate;
}
