// The words of reminder notices in both languages: discreet sentences from kind and days alone, the
// language choice, detailed words naming loan and amount, and the grouped notice.
import { describe, expect, it } from 'vitest';
import type { ReminderItem } from '../../../src/contract';
import {
  detailedNotice,
  discreetNotice,
  groupedNotice,
  noticeLanguage,
  reminderSentence,
} from '../../../src/backend/reminders/notice-text';

describe('reminderSentence', () => {
  it('says when a payment is due or how late it is, in English and Chinese', () => {
    const cases: [Parameters<typeof reminderSentence>, string, string][] = [
      [['before-due', 3, null, 'en'], 'A payment is due in 3 days', '有一笔还款 3 天后到期'],
      [['before-due', 1, null, 'en'], 'A payment is due tomorrow', '有一笔还款明天到期'],
      [['due-today', 0, null, 'en'], 'A payment is due today', '有一笔还款今天到期'],
      [['overdue', 1, null, 'en'], 'A payment is 1 day overdue', '有一笔还款已逾期 1 天'],
      [['overdue', 7, null, 'en'], 'A payment is 7 days overdue', '有一笔还款已逾期 7 天'],
      [['escalation', 30, 2, 'en'], 'A missed payment reaches its next stage in 2 days', '一笔逾期还款将于 2 天后进入下一阶段'],
      [['escalation', 30, null, 'en'], 'A missed payment is close to its next stage', '一笔逾期还款即将进入下一阶段'],
    ];
    for (const [[kind, offset, lead], en, zh] of cases) {
      expect(reminderSentence(kind, offset, lead, 'en')).toBe(en);
      expect(reminderSentence(kind, offset, lead, 'zh-CN')).toBe(zh);
    }
  });

  it('discreet notices carry the sentence and an invitation to open the app', () => {
    expect(discreetNotice('due-today', 0, null, 'zh-CN')).toEqual({ title: '有一笔还款今天到期', body: '打开安心账本查看详情。' });
  });
});

describe('noticeLanguage', () => {
  it('takes the preference first, then a zh* locale as Chinese, else English', () => {
    expect(noticeLanguage('en', 'zh-CN')).toBe('en');
    expect(noticeLanguage(null, 'zh-TW')).toBe('zh-CN');
    expect(noticeLanguage(null, 'fr-FR')).toBe('en');
    expect(noticeLanguage(null, undefined)).toBe('en');
  });
});

describe('detailed and grouped notices', () => {
  const item: ReminderItem = {
    id: 'x:2:escalation:27',
    loanId: 'x',
    loanName: 'Phone',
    lender: 'Lender Co',
    period: 2,
    dueDate: '2026-03-13',
    kind: 'escalation',
    offsetDays: 27,
    fireAt: '2026-04-09T01:00:00.000Z',
    amount: 123_456,
    currency: 'CNY',
    state: 'upcoming',
    snoozedUntil: null,
    stages: ['credit-report'],
    stageDate: '2026-04-12',
  };

  it('names the loan, lender, amount, due date and the stage', () => {
    const en = detailedNotice({ item, leadDays: 3, jurisdiction: 'CN', lenderType: 'bank' }, 'en');
    expect(en.title).toBe('Phone · Lender Co');
    expect(en.body).toBe(
      'A missed payment reaches its next stage in 3 days: installment 2, ¥1,234.56, due 2026-03-13. 2026-04-12: May be reported to the credit bureau.',
    );
    const zh = detailedNotice({ item, leadDays: 3, jurisdiction: 'CN', lenderType: 'bank' }, 'zh-CN');
    expect(zh.body).toContain('第 2 期 ¥1,234.56');
    expect(zh.body).toContain('可能上报征信');
  });

  it('counts what was missed, naming loans only when given', () => {
    expect(groupedNotice(1, 'en', null).body).toBe('1 reminder was missed while QuietLedger was closed. Open it to see what to do now.');
    expect(groupedNotice(4, 'zh-CN', null)).toEqual({ title: '错过的提醒', body: '安心账本关闭期间错过了 4 条提醒。打开它看看现在该做什么。' });
    expect(groupedNotice(2, 'en', ['A', 'B']).body).toContain('(A, B)');
  });
});
