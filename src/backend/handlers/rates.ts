// Handlers for the LPR series: read in date order; saved by replacing the whole series in one transaction.
import { DomainError } from '../../contract';
import type { Handlers } from '../dispatch';
import type { HandlerContext } from './context';
import { repositories } from './loan-access';

type RateHandlers = Pick<Handlers, 'rates.lprList' | 'rates.lprSave'>;

export function rateHandlers(ctx: HandlerContext): RateHandlers {
  return {
    'rates.lprList': () => repositories(ctx).lpr.list(),
    'rates.lprSave': ({ points }) => {
      const seen = new Set<string>();
      points.forEach((p, i) => {
        if (seen.has(p.effectiveDate)) {
          throw new DomainError('INVALID_INPUT', 'Two points share an effective date', [
            { path: ['points', i, 'effectiveDate'], message: 'Duplicate effective date' },
          ]);
        }
        seen.add(p.effectiveDate);
      });
      const repos = repositories(ctx);
      repos.db.transaction(() => repos.lpr.replace(points))();
      return repos.lpr.list();
    },
  };
}
