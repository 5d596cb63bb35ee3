// The words for each escalation stage, in both languages, with the source of each fact: kept apart from
// the numbers so wording can be reviewed (calm, "may", never a threat) without reading the defaults.
import type { Bilingual, Jurisdiction, LenderType } from '../cost/legal-types';
import type { EscalationStageKind } from './types';

export interface StageText {
  label: Bilingual;
  description: Bilingual;
  source: string;
}

const CONTRACT = 'Your loan terms (grace days, late fee, penalty rate) · 你的合同条款（宽限期、滞纳金、罚息）';
const TYPICAL = 'Typical practice, not a rule: check your contract and edit the days · 常见做法，并非规定：请核对合同并按需修改天数';

const CONTRACT_TEXTS: Record<'grace-ends' | 'late-fee' | 'penalty-interest-starts', StageText> = {
  'grace-ends': {
    label: { en: 'Grace period ends', 'zh-CN': '宽限期结束' },
    description: {
      en: 'From this day the payment counts as overdue.',
      'zh-CN': '从这一天起，这笔还款算作逾期。',
    },
    source: CONTRACT,
  },
  'late-fee': {
    label: { en: 'Late fee', 'zh-CN': '滞纳金' },
    description: {
      en: "The contract's late fee may be charged once, if this installment is still unpaid.",
      'zh-CN': '如果这一期仍未还清，可能按合同收取一次滞纳金。',
    },
    source: CONTRACT,
  },
  'penalty-interest-starts': {
    label: { en: 'Penalty interest starts', 'zh-CN': '开始计收罚息' },
    description: {
      en: 'Penalty interest may be charged every day, counted from the day after the due date.',
      'zh-CN': '可能按日计收罚息，从到期日次日起算。',
    },
    source: CONTRACT,
  },
};

const CREDIT_REPORT: Record<Jurisdiction, Bilingual> = {
  CN: {
    en: 'Lenders that report to the credit reference system (PBOC Credit Reference Center, Baihang) usually report monthly, so this missed payment may appear on your credit report.',
    'zh-CN': '接入征信系统（人民银行征信中心、百行征信）的机构通常按月报送，这笔逾期可能出现在你的征信报告上。',
  },
  US: {
    en: 'Lenders commonly report a payment as late to the credit bureaus once it is 30 days past due.',
    'zh-CN': '贷款机构通常在逾期满 30 天后向信用局报告逾期。',
  },
  UK: {
    en: 'Lenders usually report to the credit reference agencies monthly, so a missed payment may be marked on your credit file.',
    'zh-CN': '贷款机构通常每月向信用参考机构报送，这笔逾期可能记入你的信用档案。',
  },
  OTHER: {
    en: 'The lender may report this missed payment to a credit bureau.',
    'zh-CN': '贷款机构可能将这笔逾期报送信用机构。',
  },
};

const HANDOVER: Record<Jurisdiction, Bilingual> = {
  CN: {
    en: 'The lender may hand the debt to an outside collection agency. Agencies must follow the same conduct rules as the lender (GB/T 45251-2025).',
    'zh-CN': '贷款机构可能将债务委托外部催收机构。催收机构同样须遵守催收行为规范（GB/T 45251-2025）。',
  },
  US: {
    en: 'The debt may be charged off and passed or sold to a debt collector, who must contact you before reporting it (Reg F, 12 CFR 1006.30(a)).',
    'zh-CN': '债务可能被核销并转交或出售给催收公司；催收公司在向信用局报告前须先联系你（Reg F 12 CFR 1006.30(a)）。',
  },
  UK: {
    en: 'The debt may be passed to a collection agency. Lenders must consider forbearance first (FCA CONC 7.3.4R).',
    'zh-CN': '债务可能转交催收机构。贷款机构须先考虑宽容措施（FCA CONC 7.3.4R）。',
  },
  OTHER: {
    en: 'The lender may hand the debt to a collection agency.',
    'zh-CN': '贷款机构可能将债务交给催收机构。',
  },
};

const LEGAL: Record<Jurisdiction, Bilingual> = {
  CN: {
    en: 'The lender may sue for the debt. The limitation period is 3 years from when payment fell due (Civil Code Art. 188).',
    'zh-CN': '贷款机构可能起诉追讨。诉讼时效为自应还款之日起 3 年（民法典第 188 条）。',
  },
  US: {
    en: 'The creditor or a debt buyer may sue. Suing on a time-barred debt is prohibited (12 CFR 1006.26(b)); limitation periods vary by state.',
    'zh-CN': '债权人或债务购买方可能起诉。对已过诉讼时效的债务起诉被禁止（12 CFR 1006.26(b)）；时效因州而异。',
  },
  UK: {
    en: 'The lender may go to court, after a default notice. The limitation period is 6 years (Limitation Act 1980 s.5; 5 in Scotland).',
    'zh-CN': '贷款机构可能在发出违约通知后起诉。诉讼时效为 6 年（1980 年时效法第 5 条；苏格兰为 5 年）。',
  },
  OTHER: {
    en: 'The lender may take legal action to recover the debt.',
    'zh-CN': '贷款机构可能通过法律途径追讨。',
  },
};

const LEGAL_SOURCE: Record<Jurisdiction, string> = {
  CN: '民法典第 188、192、193 条 · Civil Code Arts 188, 192, 193 (limitation); days: ' + TYPICAL,
  US: '12 CFR 1006.26(b); days: ' + TYPICAL,
  UK: 'Limitation Act 1980 s.5; FCA CONC 7.15; days: ' + TYPICAL,
  OTHER: TYPICAL,
};

const PRIVATE_NOTE: Bilingual = {
  en: ' A private lender usually does not report to credit bureaus or use agencies.',
  'zh-CN': '个人或非持牌出借人通常不报送征信，也不委托催收机构。',
};

const LATE_FEE_HCSTC: Bilingual = {
  en: ' UK high-cost short-term credit: default fees are capped at £15 (CONC 5A.3.3R).',
  'zh-CN': '英国高成本短期贷款：违约费上限为 15 英镑（CONC 5A.3.3R）。',
};

function join(a: Bilingual, b: Bilingual): Bilingual {
  return { en: a.en + b.en, 'zh-CN': a['zh-CN'] + b['zh-CN'] };
}

/** The label, description and source of a stage for a jurisdiction and lender type. */
export function stageText(kind: EscalationStageKind, jurisdiction: Jurisdiction, lenderType: LenderType): StageText {
  switch (kind) {
    case 'grace-ends':
    case 'penalty-interest-starts':
      return CONTRACT_TEXTS[kind];
    case 'late-fee': {
      const base = CONTRACT_TEXTS['late-fee'];
      if (jurisdiction === 'UK' && lenderType === 'hcstc') {
        return { ...base, description: join(base.description, LATE_FEE_HCSTC), source: `${CONTRACT}; FCA CONC 5A.3.3R` };
      }
      return base;
    }
    case 'credit-report': {
      const description = CREDIT_REPORT[jurisdiction];
      return {
        label: { en: 'May be reported to the credit bureau', 'zh-CN': '可能上报征信' },
        description: lenderType === 'private' ? join(description, PRIVATE_NOTE) : description,
        source: TYPICAL,
      };
    }
    case 'collection-handover': {
      const description = HANDOVER[jurisdiction];
      return {
        label: { en: 'May go to a collection agency', 'zh-CN': '可能委外催收' },
        description: lenderType === 'private' ? join(description, PRIVATE_NOTE) : description,
        source: TYPICAL,
      };
    }
    case 'legal-action':
      return {
        label: { en: 'Legal action possible', 'zh-CN': '可能被起诉' },
        description: LEGAL[jurisdiction],
        source: LEGAL_SOURCE[jurisdiction],
      };
  }
}
