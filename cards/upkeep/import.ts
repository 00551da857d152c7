import { bureauDateTime } from '../../src/time.js';
import { button, buttonRow, card, escapeMd, field, markdown, type Card, type HeaderColor } from '../kit.js';
import type { ImportKindView, SheetImportView } from './view.js';

export const IMPORT_KIND_NAMES: Readonly<Record<ImportKindView, string>> = {
  enterprises: '企业名录',
  'quiet-periods': '企业安静期',
  'positive-list': '监督执法正面清单',
};

function countsText(v: SheetImportView): string {
  const removed = v.kind === 'positive-list' ? `移出清单 ${v.removed}` : v.removed ? `删除 ${v.removed}` : '';
  return [`新增 ${v.added}`, `变更 ${v.changed}`, `未变 ${v.unchanged}`, `有误 ${v.invalidRows}`, removed]
    .filter(Boolean)
    .join('，');
}

function errorLines(v: SheetImportView) {
  if (!v.errors.length) return [];
  const more = v.errorCount > v.errors.length ? `\n……共 ${v.errorCount} 处错误` : '';
  const list = v.errors.map((e) => `- ${escapeMd(e)}`).join('\n');
  return [markdown(`<font color="red">**发现以下错误：**</font>\n${list}${more}`)];
}

type Decided = NonNullable<SheetImportView['decided']>;

const DECISION_TEXT: Record<Decided['what'], (d: Decided) => string> = {
  importing: () => '导入中，完成后通知您',
  applied: (d) => `已导入 ${d.applied ?? 0} 条${d.skipped ? '，有误的行已跳过' : ''}`,
  failed: () => '导入未成功，未作任何更改。请稍后重新发送文件',
  cancelled: () => '已取消，未作任何更改',
};

const DECISION_COLOR: Record<Decided['what'], HeaderColor> = {
  importing: 'blue',
  applied: 'green',
  failed: 'red',
  cancelled: 'grey',
};

function decision(v: SheetImportView) {
  const d = v.decided;
  if (!d) return [];
  return [markdown(`**${DECISION_TEXT[d.what](d)}（${escapeMd(d.by)}）。**`)];
}

function buttons(v: SheetImportView) {
  if (v.decided) return [];
  const value = (action: string, extra: Record<string, unknown> = {}) => ({
    action,
    token: v.token,
    sha256: v.sha256,
    ...extra,
  });
  const confirm = v.errorCount
    ? v.rows > v.invalidRows
      ? [button('跳过错误行导入', value('upkeep.import.confirm', { skipInvalid: true }), { type: 'primary' })]
      : []
    : [button('确认导入', value('upkeep.import.confirm'), { type: 'primary_filled' })];
  return [buttonRow([...confirm, button('取消', value('upkeep.import.cancel'))])];
}

/** The counts and first errors of a sheet sent in chat, with 确认导入 (or 跳过错误行导入) and 取消. */
export function sheetImportCard(v: SheetImportView): Card {
  const name = IMPORT_KIND_NAMES[v.kind];
  const color = v.decided ? DECISION_COLOR[v.decided.what] : v.errorCount ? 'orange' : 'blue';
  return card(`导入${name}`, color, [
    field('文件', escapeMd(v.fileName)),
    field('数据行', String(v.rows)),
    field('与现有数据相比', countsText(v)),
    ...(v.unknownColumns.length ? [field('未读取的列', escapeMd(v.unknownColumns.join('、')))] : []),
    ...errorLines(v),
    ...(v.decided
      ? decision(v)
      : [
          markdown(
            v.errorCount
              ? `有误的行不能导入。可修改后重新发送，或跳过有误的行导入其余各行。导入将以本表替换现有${name}，请于 ${bureauDateTime(v.expiresAt)} 前确认。`
              : `确认后以本表替换现有${name}，请于 ${bureauDateTime(v.expiresAt)} 前确认。`,
          ),
        ]),
    ...buttons(v),
  ]);
}

/** When the headers do not tell which list a sheet is: the person chooses. */
export function sheetKindChoiceCard(view: { messageId: string; fileKey: string; fileName: string }): Card {
  const choose = (kind: ImportKindView) =>
    button(IMPORT_KIND_NAMES[kind], {
      action: 'upkeep.import.kind',
      message: view.messageId,
      key: view.fileKey,
      name: view.fileName,
      kind,
    });
  return card('请选择导入内容', 'blue', [
    markdown(`未能从表头判断《${escapeMd(view.fileName)}》是哪一类数据，请选择：`),
    buttonRow([choose('enterprises'), choose('quiet-periods'), choose('positive-list')]),
  ]);
}
