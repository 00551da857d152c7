import { STATUS_LABELS, type RequestStatus } from '../../src/domain/approvals/index.js';
import { card, escapeMd, hr, markdown, type Card } from '../kit.js';
import type { DrawCardView, DrawItemCardView } from './view.js';

/** Larger draws list the rest on the public page and through the API. */
const MAX_ROWS = 30;

function itemLine(item: DrawItemCardView): string {
  const people = item.inspectors.map((p) => escapeMd(p.name)).join('、');
  const plan =
    item.filing === 'filed' && item.requestId
      ? `计划${item.requestId}（${STATUS_LABELS[item.planStatus as RequestStatus] ?? item.planStatus ?? '—'}）`
      : `<font color="red">未生成计划：${escapeMd(item.blockedReason ?? '')}</font>`;
  return `（${item.idx + 1}）**${escapeMd(item.enterpriseName)}**；检查人员：${people}；${plan}`;
}

function exclusionLine(view: DrawCardView): string {
  const count = (reason: string) => view.excluded.filter((x) => x.reason === reason).length;
  const parts = [
    ['正面清单', count('positive-list')],
    ['已达年度现场检查上限', count('at-cap')],
    ['回避后检查人员不足', count('too-few-inspectors')],
  ].filter(([, n]) => Number(n) > 0);
  return parts.length > 0 ? `（另有${parts.map(([label, n]) => `${label}${n}家`).join('，')}未列入）` : '';
}

/** How the seed was fixed, in words an outsider can check against the public page. */
function seedLines(view: DrawCardView): string[] {
  const { seed } = view;
  if (seed.scheme === 'test') {
    return [
      `<font color="red">**测试抽查**：随机种子${view.input.seed}由调用方在测试环境指定，不作为正式抽查依据。</font>`,
    ];
  }
  if (seed.scheme === 'legacy') return [`**随机种子**：${view.input.seed}（早期抽查，无承诺值）`];
  return [
    `**抽取时间**：${view.createdAt}`,
    `**承诺值**（秘密值的SHA-256）：${seed.commitment ?? ''}`,
    `**名单摘要**（冻结名单的SHA-256）：${seed.poolsDigest ?? ''}`,
    `**随机种子**：${view.input.seed}（由系统生成的秘密值与名单摘要导出，任何人不能选定；秘密值于检查期限结束后公开）`,
  ];
}

function repeatLine(view: DrawCardView): string[] {
  if (!view.repeat) return [];
  return [
    `<font color="orange">**再次抽取**：本单位同一检查期限已有抽查${view.repeat.of.join('、')}；理由：${escapeMd(view.repeat.reason)}（经单位负责人批准，均予记录公开）</font>`,
  ];
}

/** The published result of a draw: pools, seed and digest, and each drawn enterprise with its plan. */
export function drawResultCard(view: DrawCardView): Card {
  const filed = view.items.filter((i) => i.filing === 'filed').length;
  const rows = view.items.slice(0, MAX_ROWS).map(itemLine);
  if (view.items.length > MAX_ROWS) rows.push(`……共${view.items.length}家，其余见抽查记录。`);
  return card(
    `双随机抽查 ${view.id}${view.seed.scheme === 'test' ? '（测试）' : ''}`,
    view.seed.scheme === 'test' ? 'red' : 'green',
    [
      markdown(
        [
          `**实施单位**：${escapeMd(view.unit.name)}`,
          `**检查时间**：${view.from} 至 ${view.to}`,
          `**企业库**：${view.input.enterprises.length}家${exclusionLine(view)}`,
          `**检查人员库**：${view.input.inspectors.length}人，每家随机选派${view.input.perEnterprise}人，回避${view.input.recusals.length}人次`,
          `**抽中**：${view.items.length}家，已生成检查计划${filed}份并送审批`,
          ...repeatLine(view),
        ].join('\n'),
      ),
      hr(),
      markdown(rows.join('\n')),
      hr(),
      markdown(
        [
          ...seedLines(view),
          `**输入摘要**（SHA-256）：${view.inputDigest}`,
          `算法：SplitMix64 + Fisher–Yates（${view.input.algorithm}），企业与人员按代码排序后抽取，任何人可按公布的种子和名单重新抽取核对。`,
          `检查结果须于${view.publishDue}前登记并公开（“一公开”）。`,
        ].join('\n'),
      ),
    ],
    view.unit.name,
  );
}
