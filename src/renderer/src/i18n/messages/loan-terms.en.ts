// English words for the parts of a loan, shared by the editor, the loan page and the lists. Mounted
// under `loanTerms`; loan-terms.zh-CN.ts has exactly the same keys. Glossary words as in the UI guide.

const loanTermsEn = {
  method: {
    annuity: 'Equal installments (annuity)',
    'equal-principal': 'Equal principal',
    'interest-only': 'Interest-only, principal at end',
    bullet: 'Bullet (all at maturity)',
    'card-installment': 'Installment plan',
    revolving: 'Credit card (revolving)',
    custom: 'Custom schedule',
  },
  methodHint: {
    annuity: 'The same payment every period; early payments are mostly interest.',
    'equal-principal': 'The same principal every period plus interest on what is left, so payments fall over time.',
    'interest-only': 'Only interest each period; the whole principal is repaid with the last payment.',
    bullet: 'Nothing until maturity, then principal and interest in one payment.',
    'card-installment': 'The principal split evenly, plus a fee of the principal × the fee rate every period.',
    revolving: 'A card balance: a minimum payment each month and daily interest on what stays unpaid.',
    custom: "Type the lender's own schedule, row by row.",
  },
  frequency: { monthly: 'Monthly', biweekly: 'Every two weeks', weekly: 'Weekly' },
  periodUnit: { monthly: 'months', biweekly: 'fortnights', weekly: 'weeks' },
  rateUnit: { year: 'a year', month: 'a month', day: 'a day' },
  rateUnitLabel: { year: 'Annual rate', month: 'Monthly rate', day: 'Daily rate' },
  accrual: {
    periodic: 'Per period',
    daily: 'Daily, on actual days',
  },
  accrualHint: {
    periodic: 'Each period’s interest is the balance × the period rate.',
    daily: 'Interest is the balance × the daily rate × the days in each period (按日计息).',
  },
  feeKind: {
    'upfront-deducted': 'Up-front deduction',
    'upfront-paid': 'Paid at the start',
    periodic: 'Every installment',
    'one-off': 'Once, on a date',
  },
  feeLabel: {
    service: 'Service fee',
    guarantee: 'Guarantee fee',
    membership: 'Membership fee',
    insurance: 'Insurance',
    other: 'Other fee',
  },
  feeAmountType: { fixed: 'Fixed amount', 'percent-of-principal': '% of principal' },
  penaltyType: { none: 'No penalty interest', multiplier: 'A multiple of the contract rate', daily: 'Its own daily rate' },
  penaltyBase: { 'overdue-principal': 'Overdue principal', 'overdue-amount': 'Whole overdue amount' },
  lateFeeType: { none: 'No late fee', fixed: 'Fixed amount', 'percent-of-installment': '% of the installment' },
  component: { fees: 'Fees', penalty: 'Penalty interest and late fees', interest: 'Interest', principal: 'Principal' },
  lenderType: {
    bank: 'Bank',
    'credit-card': 'Credit card issuer',
    'consumer-finance': 'Consumer finance company',
    'online-lender': 'Online lending platform',
    microloan: 'Microloan company',
    private: 'Private lender (person or unlicensed)',
    hcstc: 'UK high-cost short-term lender',
    other: 'Other',
  },
  jurisdiction: { CN: 'Mainland China', US: 'United States', UK: 'United Kingdom', OTHER: 'Elsewhere' },
  permission: {
    contacts: 'Contacts',
    location: 'Location',
    photos: 'Photos',
    callLog: 'Call log',
    sms: 'SMS messages',
    camera: 'Camera',
  },
  tristate: { yes: 'Yes', no: 'No', unknown: 'Not sure' },
  clause: {
    fees: 'Fees',
    penalty: 'Penalty interest and late fees',
    collection: 'Debt collection',
    dataSharing: 'Sharing your data',
    disputeVenue: 'Where disputes are heard',
    other: 'Anything else',
  },
  todo: {
    'revoke-contacts': "Turn off the lending app's access to your contacts",
    'revoke-other-permissions': 'Turn off its other permissions (location, photos, call log, SMS, camera)',
    'request-contact-data-deletion': 'Ask the lender in writing to delete the contact data it collected',
    'keep-contract-copy': 'Keep a copy of the contract and the repayment schedule',
  },
  installmentStatus: {
    paid: 'Paid',
    'partly-paid': 'Partly paid',
    due: 'Due',
    overdue: 'Overdue',
    upcoming: 'Upcoming',
  },
  loanStatus: { 'on-track': 'On track', overdue: 'Overdue', 'paid-off': 'Paid off' },
  paymentKind: { regular: 'Payment', prepayment: 'Prepayment' },
  prepaymentMode: { 'shorten-term': 'Shorten the term', 'lower-installment': 'Lower the installment' },
  prepaymentModeHint: {
    'shorten-term': 'Keep paying the same each period and finish sooner.',
    'lower-installment': 'Keep the same end date and pay less each period.',
  },
};

export type LoanTermsMessages = typeof loanTermsEn;
export default loanTermsEn;
