// The United Kingdom rule pack (FCA CONC 7) and the information-only checks for jurisdictions without a
// pack. CONC names no hours, so the UK time rule is a heuristic and only ever a possible issue.
import { combine, hoursRule, tagRule, type RulePack } from './pack-kit';

export const UK_PACK: RulePack = combine(
  hoursRule('UK-TIME-01', 21, 8),
  tagRule('UK-3P-01', ['disclosure', 'contact-list', 'public-posting']),
  tagRule('UK-MISLEAD-01', ['impersonation', 'fake-documents', 'false-claims']),
  tagRule('UK-PRESS-01', ['threat', 'insult']),
  tagRule('UK-VISIT-01', ['entered-home']),
);

export const OTHER_PACK: RulePack = combine(
  hoursRule('OTHER-TIME-01', 21, 8),
  tagRule('OTHER-CONDUCT-01', [
    'threat',
    'insult',
    'impersonation',
    'disclosure',
    'fake-documents',
    'public-posting',
    'contact-list',
    'false-claims',
    'fees-or-new-loan',
    'entered-home',
  ]),
);
