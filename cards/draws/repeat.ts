import { button, buttonRow, card, escapeMd, hr, markdown, type Card } from '../kit.js';
import type { RepeatCardView } from './view.js';

const STATUS: Record<RepeatCardView['status'], string> = {
  pending: '待审批',
  approved: '已批准',
  rejected: '未批准',
};

function facts(view: RepeatCardView): string {
  return [
    `**实施单位**：${escapeMd(view.unitName)}`,
    `**检查时间**：${view.from} 至 ${view.to}`,
    `**已有抽查**：${view.earlier.join('、')}`,
    `**再次抽取理由**：${escapeMd(view.reason)}`,
    `**申请人**：${escapeMd(view.requestedByName)}`,
  ].join('\n');
}

/**
 * 再次抽取审批: to the unit head. Every draw stays on the record, so a unit drawing the same pool and
 * period again needs a written reason and the head's approval; the approval holds the draw at once.
 */
export function repeatRequestCard(view: RepeatCardView, opts: { decide: boolean } = { decide: true }): Card {
  const outcome =
    view.status === 'approved'
      ? `已批准，已完成抽查${view.drawId ?? ''}。原抽查与本次抽查均予记录并公开。`
      : view.status === 'rejected'
        ? '未批准，本次不再抽取，原抽查结果有效。'
        : '批准后系统即按原申请条件重新抽取；原抽查与本次抽查均予记录，并随抽查材料一并公开。';
  const actions =
    view.status === 'pending' && opts.decide
      ? [
          hr(),
          buttonRow([
            button(
              '批准',
              { action: 'draw.repeat', id: view.id, decision: 'approve' },
              { type: 'primary_filled' },
            ),
            button('不批准', { action: 'draw.repeat', id: view.id, decision: 'reject' }, { type: 'danger' }),
          ]),
        ]
      : [];
  return card(
    `再次抽取申请 第${view.id}号`,
    view.status === 'pending' ? 'orange' : view.status === 'approved' ? 'green' : 'grey',
    [markdown(facts(view)), hr(), markdown(outcome), ...actions],
    STATUS[view.status],
  );
}
