import { card, hr, markdown, type Card } from '../kit.js';

export function helpCard(name: string): Card {
  return card('执法助手 使用说明', 'blue', [
    markdown(
      `${name}，您好。本助手依据《进一步规范涉企生态环境执法检查助力优化营商环境实施方案》（长环发〔2025〕36号）提供以下服务：`,
    ),
    hr(),
    markdown(
      [
        '**入企检查审批**：发送「发起入企检查审批」或「申请专项检查」，填写审批表后自动送达方案规定的审批领导，并事先核查企业安静期、检查频次、正面清单和联合检查。',
        '**线索移送**：按附件3格式发送「线索移送」及各项内容，或一句话「移送线索：企业，来源，问题，意见」，确认后送达接收单位，并跟踪立案—查处—整改—验收—销号。',
        '**政策问答**：直接提问，如「安静期内确需现场检查要谁批？」，答复引用方案原文并注明条款；答得不对可回复该答复「答非所问，我问的是……」。',
        '**双随机抽查**：科室、分局负责人发送「发起双随机抽查」，按条件抽取企业和执法人员，结果可复核、可公开。',
        '**请假委托**：「请假委托 姓名 12月1日 12月5日」，期间审批由被委托人代办。',
        '**台账与维护**：局领导和管理员发送「导出台账 2026-01-01 至 2026-03-31」获取台账表格；管理员发送「设置安静期」「安静期列表」「调整正面清单」维护安静期和正面清单。',
        '**查询**：「我的待办」「我的申请」「我的线索」「本单位线索」「逾期线索」「本月统计」「本年统计」。',
      ].join('\n'),
    ),
    hr(),
    markdown('<font color="grey">群聊中请 @执法助手 后发送。</font>'),
  ]);
}

export function notInDirectoryText(): string {
  return '您好，您尚未列入本局通讯录，暂不能使用执法助手。如需开通，请联系局办公室或法规与标准科。';
}

/** A picture or file that came with no referral to attach it to. */
export function resourceOnlyText(kind: 'image' | 'file', offerMinutes: number): string {
  const attach = `图片和文件可作为线索移交材料附上：请先发送线索移送表，并在${offerMinutes}分钟内发送。`;
  return kind === 'image'
    ? `已收到图片。${attach}`
    : `已收到文件。${attach}企业名录、通讯录等表格由系统管理员导入，无需发送给执法助手。`;
}

/** Stickers, voice messages, system messages, merged forwards: one line, only in a one-to-one chat. */
export function unusableMessageText(): string {
  return '暂不能识别此类消息（表情、语音、视频、合并转发等）。请以文字发送，或发送「帮助」查看可办理的事项。';
}
