// English text for the loan page's escalation timeline ("If a payment is missed") and its edit dialog.
// Mounted under the i18n key `escalation`; escalation.zh-CN.ts must provide exactly the same keys.

const escalationEn = {
  title: 'If a payment is missed',
  edit: 'Change steps and reminders',
  loading: 'Loading the steps…',
  loadFailed: 'The steps could not be loaded.',
  retry: 'Try again',
  mode: {
    pastDue: 'Installment {period} is {days} days overdue',
    pastDueOne: 'Installment {period} is 1 day overdue',
    pastDueGrace: 'Installment {period} was due {when} and is still within the grace period',
    pastDueTodo: 'Pay {amount} as soon as you can, or talk to the lender, to stop the next steps.',
    ifMissed: 'If the payment due on {date} is missed',
    ifMissedTodo: 'Pay {amount} by {date} and none of this happens.',
    none: 'Nothing owed',
    noneBody: 'Every installment is paid, so none of these steps applies.',
    noStages: 'Every step is switched off for this loan.',
  },
  days: {
    today: 'today',
    tomorrow: 'tomorrow',
    ahead: 'in {n} days',
    yesterday: 'yesterday',
    ago: '{n} days ago',
  },
  state: {
    passed: 'Date reached',
    next: 'Next',
    ahead: 'Later',
  },
  basis: {
    typical: 'Typical practice — check your contract',
    contract: 'From your contract terms',
    rule: 'Follows a published rule',
    source: 'Source',
    changed: 'Changed by you',
  },
  reminder: {
    label: 'Next reminder:',
    none: 'No reminder for this loan in the next 60 days.',
    off: 'Reminders are off for this loan.',
    line: '{when} · {what}',
    'before-due': 'payment of installment {period} due in {n} days',
    'before-due-one': 'payment of installment {period} due tomorrow',
    'due-today': 'payment of installment {period} due today',
    overdue: 'installment {period} is {n} days overdue',
    'overdue-one': 'installment {period} is 1 day overdue',
    escalation: 'before “{stage}” on {date}',
  },
  dialog: {
    title: 'Steps and reminders for this loan',
    stagesTitle: 'Steps after a missed payment',
    stagesHint: 'Days count from the due date. Turn a step off if it does not apply to this lender.',
    daysLabel: 'Days after the due date for “{stage}”',
    daysUnit: 'days after due',
    onLabel: 'Show “{stage}”',
    remindersTitle: 'Reminders for this loan',
    remindOn: 'Remind me about this loan',
    leadDays: 'Remind this many days before each due date',
    leadDaysHint: '0 means on the due day. Your usual setting: {days}.',
    leadDaysUnit: 'days',
    save: 'Save',
    reset: 'Reset to defaults',
    resetHint: 'Back to the usual days for every step and your usual reminders.',
    saved: 'Steps and reminders saved.',
    resetDone: 'Back to the defaults.',
    invalid: {
      days: 'Type a whole number of days from 0 to 3650.',
      leadDays: 'Type whole days from 0 to 60, separated by commas (at most 10), such as 7, 3, 1, 0.',
      fix: 'Some fields need another look before saving.',
    },
  },
};

export type EscalationMessages = typeof escalationEn;
export { escalationEn };
