// Letter drafts filled from the log, one set per jurisdiction the dossier's entries were judged under:
// China (regulators, third parties, records), the US (the CFPB's sample letters) and the UK (firm, then the
// Ombudsman). Plain text the user edits before sending; brackets mark what only they can fill in.
import type { DossierLetter } from '../../contract';
import { dossierFacts } from './dossier-facts';
import type { DossierData, DossierLanguage } from './dossier-types';
import { letterContext } from './letters-context';
import { chinaLetters } from './letters-cn';
import { ukLetters } from './letters-uk';
import { usLetters } from './letters-us';

export type { LetterContext } from './letters-context';

/** The letters for every jurisdiction the dossier covers; OTHER has no letter set. */
export function buildLetters(data: DossierData, language: DossierLanguage): DossierLetter[] {
  const jurisdictions = dossierFacts(data).jurisdictions;
  return jurisdictions.flatMap((j) => {
    switch (j) {
      case 'CN':
        return chinaLetters(letterContext(data, 'CN', language, language));
      case 'US':
        return usLetters(letterContext(data, 'US', 'en', language));
      case 'UK':
        return ukLetters(letterContext(data, 'UK', 'en', language));
      case 'OTHER':
        return [];
    }
  });
}
