// Handlers for reminders: the tick (works locked), actions on one reminder, the page's overview, the
// settings, a loan's escalation timeline, and the .ics export. The work lives in ReminderService.
import type { Handlers } from '../dispatch';
import type { HandlerContext } from './context';

type ReminderHandlers = Pick<
  Handlers,
  | 'reminders.overview'
  | 'reminders.poll'
  | 'reminders.act'
  | 'reminders.ackAway'
  | 'reminders.getSettings'
  | 'reminders.setSettings'
  | 'reminders.loanEscalation'
  | 'reminders.saveLoanEscalation'
  | 'reminders.exportIcs'
>;

export function reminderHandlers(ctx: HandlerContext): ReminderHandlers {
  const service = ctx.reminders;
  return {
    'reminders.overview': ({ month }) => service.overview(month),
    'reminders.poll': (input) => service.poll(input?.language),
    'reminders.act': (input) => service.act(input),
    'reminders.ackAway': () => service.ackAway(),
    'reminders.getSettings': () => service.getSettings(),
    'reminders.setSettings': (settings) => service.setSettings(settings),
    'reminders.loanEscalation': ({ loanId }) => service.loanEscalation(loanId),
    'reminders.saveLoanEscalation': (input) => service.saveLoanEscalation(input),
    'reminders.exportIcs': (input) => service.exportIcs(input),
  };
}
