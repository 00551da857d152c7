/** What a newcomer can try first; written the way officers actually write (shared/examples/messages.md). */
export interface Hint {
  label: string;
  text: string;
}

export const HINTS: Hint[] = [
  { label: '帮助', text: '帮助' },
  { label: '发起入企检查审批', text: '发起入企检查审批' },
  { label: '申请专项检查', text: '申请专项检查：危险废物非法处置专项，2026年12月1日至12月31日' },
  {
    label: '线索移送',
    text: [
      '线索移送',
      '接收单位：潞城分局',
      '涉嫌违法主体：长治示例钢铁集团有限公司',
      '统一社会信用代码：91140406W20GL578PP',
      '线索来源：监测数据',
      '涉嫌违法行为：大气污染',
      '问题描述：11月20日至22日在线监测显示颗粒物小时均值多次超标，最高超标1.8倍。',
      '涉嫌违反法律规定：《中华人民共和国大气污染防治法》第九十九条',
      '移交材料：在线监测数据截图3张；超标时段统计表1份',
      '移送意见：建议立案',
    ].join('\n'),
  },
  {
    label: '一句话移送线索',
    text: '移送线索：示例化工（屯留）夜间疑似偷排，信访举报，水污染，建议进一步核查',
  },
  { label: '安静期内确需现场检查要谁批？', text: '安静期内确需现场检查要谁批？' },
  { label: '我的待办', text: '我的待办' },
];
