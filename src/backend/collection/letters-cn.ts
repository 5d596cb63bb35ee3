// China's three letters: a complaint to the regulators (12378 / the local financial regulator / NIFA), a
// demand to stop contacting third parties, and a request for the collection records. Written in Chinese
// for a zh-CN user and in English otherwise.
import type { DossierLetter } from '../../contract';
import { count, draftNote, type LetterContext } from './letters-context';

const list = (lines: string[], none: string): string => (lines.length > 0 ? lines.join('\n') : none);

function zh(c: LetterContext): DossierLetter[] {
  const facts = `${c.from} 至 ${c.to} 期间，我共记录到 ${c.organisation} 及其委托的催收方的联系 ${c.contacts} 次，其中 ${c.thirdPartyContacts} 次联系了我的亲友或同事。对照相关规定，其中 ${c.likely} 项可能违规、${c.possible} 项可能存在问题：`;
  const findings = list(c.findingLines, '- （暂无自动检查结果，请补充具体情况）');
  return [
    {
      kind: 'cn-regulator-complaint',
      title: '投诉信：向金融监管部门（12378 / 地方金融管理局 / 中国互联网金融协会）投诉违规催收',
      body: `${draftNote('zh-CN')}致：国家金融监督管理总局（12378）/ [所在地地方金融管理局] / 中国互联网金融协会

投诉人：[你的姓名]，联系电话：[你的电话]
被投诉机构：${c.organisation}
涉及借款：${c.loan}

一、事实
${facts}
${findings}

二、诉求
1. 责令被投诉机构及其委托的催收机构立即停止上述催收行为；
2. 停止联系与债务无关的第三人，不再向任何人透露我的借款信息；
3. 删除通过我的通讯录等非必要方式获取的个人信息；
4. 向我提供上述期间的催收记录（通话录音、短信及催收机构名称）。

三、附件
催收行为记录报告（含时间线与检查结果）、证据清单及文件（各文件的 SHA-256 见 SHA256SUMS）。

投诉人：[你的姓名]
日期：${c.today}
`,
    },
    {
      kind: 'cn-stop-third-party',
      title: '要求停止联系第三人的函',
      body: `${draftNote('zh-CN')}致：${c.organisation}
事由：要求立即停止联系与债务无关的第三人
涉及借款：${c.loan}

${c.from} 至 ${c.to} 期间，贵方（或贵方委托的催收机构）联系了我的亲友或同事 ${c.thirdPartyContacts} 次：
${list(c.thirdPartyLines, '- [日期、被联系人、方式]')}

向与债务无关的第三人催收或透露我的欠款信息，不符合《互联网金融个人网络消费信贷贷后催收风控指引》（GB/T 45251-2025）的要求，并侵犯我的隐私和个人信息权益（《民法典》第1032条、第1038条，《个人信息保护法》第10条）。

现要求贵方：
1. 立即停止联系我的家人、朋友、同事及其他第三人；
2. 不再向任何人透露我的借款信息；
3. 与还款有关的事宜，请通过 [你的电话/地址] 与我本人联系。

我已保存上述联系的记录与证据。

[你的姓名]
${c.today}
`,
    },
    {
      kind: 'cn-records-request',
      title: '查阅、复制催收记录的申请',
      body: `${draftNote('zh-CN')}致：${c.organisation}
事由：申请查阅、复制催收记录
涉及借款：${c.loan}

依据《个人信息保护法》第45条和《民法典》第1037条，我申请查阅并复制贵方及贵方委托的催收机构在 ${c.from} 至 ${c.to} 期间对我及我的亲友进行催收的记录，包括：
1. 通话录音及通话时间、号码；
2. 短信、即时通讯及应用内消息；
3. 实施催收的机构名称及催收人员工号；
4. 贵方收集、使用我的通讯录等个人信息的范围与目的。

我记录到此期间的联系共 ${c.contacts} 次。请于 15 个工作日内以书面形式答复，寄至 [你的地址] 或发送至 [你的邮箱]。

[你的姓名]
${c.today}
`,
    },
  ];
}

function en(c: LetterContext): DossierLetter[] {
  const findings = list(c.findingLines, '- (no automatic findings; describe what happened)');
  return [
    {
      kind: 'cn-regulator-complaint',
      title: 'Complaint to the regulators (12378 / local financial regulator / NIFA)',
      body: `${draftNote('en')}To: National Financial Regulatory Administration (12378) / [local financial regulator] / National Internet Finance Association of China

Complainant: [your name], phone: [your phone]
Organisation complained about: ${c.organisation}
Loan: ${c.loan}

1. Facts
Between ${c.from} and ${c.to} I logged ${count(c.contacts, 'contact')} from ${c.organisation} or collectors acting for it, ${c.thirdPartyContacts} of them with my family, friends or colleagues. Compared with the published rules, ${c.likely} may be violations and ${c.possible} may be issues:
${findings}

2. What I ask
a) that the organisation and its collection agencies stop this conduct at once;
b) that they stop contacting third parties and disclose my debt to no one;
c) that they delete personal data taken from my contact list or otherwise beyond what is necessary;
d) that they give me their collection records for this period (call recordings, messages, agency names).

3. Attached
The collection conduct report (timeline and findings) and the evidence files; each file's SHA-256 is listed in SHA256SUMS.

[your name]
${c.today}
`,
    },
    {
      kind: 'cn-stop-third-party',
      title: 'Demand to stop contacting third parties',
      body: `${draftNote('en')}To: ${c.organisation}
Re: stop contacting third parties — ${c.loan}

Between ${c.from} and ${c.to} you, or collectors acting for you, contacted my family, friends or colleagues ${count(c.thirdPartyContacts, 'time')}:
${list(c.thirdPartyLines, '- [date, person, channel]')}

Collecting from people unrelated to the debt, or telling them about it, is contrary to GB/T 45251-2025 and infringes my privacy and personal-information rights (Civil Code Arts 1032 and 1038; PIPL Art. 10).

Please stop contacting any third party at once, disclose my debt to no one, and contact me only, at [your phone or address].

[your name]
${c.today}
`,
    },
    {
      kind: 'cn-records-request',
      title: 'Request for the collection records',
      body: `${draftNote('en')}To: ${c.organisation}
Re: access to and copies of collection records — ${c.loan}

Under PIPL Art. 45 and Civil Code Art. 1037 I ask to see and receive copies of the records of your collection activity, and that of any agency acting for you, concerning me and my contacts between ${c.from} and ${c.to} (I logged ${count(c.contacts, 'contact')}): call recordings with times and numbers; messages; the agencies and agent ids involved; and what personal data of mine (including my contact list) you collected and why.

Please answer in writing within 15 working days, to [your address] or [your email].

[your name]
${c.today}
`,
    },
  ];
}

export function chinaLetters(c: LetterContext): DossierLetter[] {
  return c.language === 'zh-CN' ? zh(c) : en(c);
}
