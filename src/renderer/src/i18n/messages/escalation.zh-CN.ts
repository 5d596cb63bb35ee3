// 借款页“逾期后会发生什么”时间线及其编辑对话框的简体中文文字。挂在 i18n 的 `escalation` 键下，键与
// escalation.en.ts 完全一致（由类型保证）。
import type { EscalationMessages } from './escalation.en';

const escalationZh: EscalationMessages = {
  title: '逾期后会发生什么',
  edit: '修改阶段和提醒',
  loading: '正在加载…',
  loadFailed: '无法加载这些阶段。',
  retry: '重试',
  mode: {
    pastDue: '第 {period} 期已逾期 {days} 天',
    pastDueOne: '第 {period} 期已逾期 1 天',
    pastDueGrace: '第 {period} 期于{when}到期，仍在宽限期内',
    pastDueTodo: '请尽快还 {amount}，或与贷款方协商还款，以免进入下一阶段。',
    ifMissed: '如果{date}到期的还款没有按时还',
    ifMissedTodo: '在{date}前还 {amount}，以下都不会发生。',
    none: '没有待还款项',
    noneBody: '每一期都已还清，以下阶段都不适用。',
    noStages: '这笔借款的所有阶段都已关闭。',
  },
  days: {
    today: '今天',
    tomorrow: '明天',
    ahead: '{n} 天后',
    yesterday: '昨天',
    ago: '{n} 天前',
  },
  state: {
    passed: '日期已到',
    next: '下一步',
    ahead: '之后',
  },
  basis: {
    typical: '常见做法——请核对你的合同',
    contract: '来自你的合同条款',
    rule: '依据公开的规定',
    source: '来源',
    changed: '你修改过',
  },
  reminder: {
    label: '下一次提醒：',
    none: '未来 60 天内没有这笔借款的提醒。',
    off: '这笔借款的提醒已关闭。',
    line: '{when} · {what}',
    'before-due': '第 {period} 期还款 {n} 天后到期',
    'before-due-one': '第 {period} 期还款明天到期',
    'due-today': '第 {period} 期还款今天到期',
    overdue: '第 {period} 期已逾期 {n} 天',
    'overdue-one': '第 {period} 期已逾期 1 天',
    escalation: '在“{stage}”（{date}）之前',
  },
  dialog: {
    title: '这笔借款的阶段和提醒',
    stagesTitle: '逾期后的各个阶段',
    stagesHint: '天数从到期日算起。如果某个阶段不适用于这家贷款方，可以关闭它。',
    daysLabel: '“{stage}”在到期后的天数',
    daysUnit: '天（到期后）',
    onLabel: '显示“{stage}”',
    remindersTitle: '这笔借款的提醒',
    remindOn: '提醒我这笔借款',
    leadDays: '在每个到期日之前几天提醒',
    leadDaysHint: '0 表示到期当天。你的通用设置：{days}。',
    leadDaysUnit: '天',
    save: '保存',
    reset: '恢复默认',
    resetHint: '所有阶段恢复常用天数，提醒恢复你的通用设置。',
    saved: '阶段和提醒已保存。',
    resetDone: '已恢复默认。',
    invalid: {
      days: '请输入 0 到 3650 之间的整数天数。',
      leadDays: '请输入 0 到 60 之间的整数天数，用逗号分隔（最多 10 个），例如 7, 3, 1, 0。',
      fix: '有些内容需要修改后才能保存。',
    },
  },
};

export { escalationZh };
