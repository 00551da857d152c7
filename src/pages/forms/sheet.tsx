import type { Child } from 'hono/jsx';
import { Layout } from '../layout.js';
import { FORM_CSS, pageFooterCss } from './styles.js';

/** The browser's own print dialog saves as PDF too, so the page needs nothing more than this. */
const PRINT_SCRIPT = `document.getElementById('print').addEventListener('click',function(){window.print()});`;

export interface SheetProps {
  bureau: string;
  /** e.g. 附件2 */
  annex: string;
  /** The annex's title without the bureau, e.g. 入企执法检查计划审批表. */
  title: string;
  id: string;
  /** The 日期 blank, already in 「年月日」. */
  date?: string;
  status: string;
  /** Printed under the table when the form is not final yet. */
  note?: string;
  generatedAt: string;
  children?: Child;
}

/** One annex as a printable sheet: the page chrome on screen, only the sheet on paper. */
export function Sheet(props: SheetProps) {
  return (
    <Layout
      title={`${props.title}（${props.id}）`}
      subtitle={`${props.annex} · 状态：${props.status}`}
      bureau={props.bureau}
      wide
      css={FORM_CSS + pageFooterCss(`由执法助手生成于${props.generatedAt}`)}
      script={PRINT_SCRIPT}
    >
      <div class="toolbar">
        <p class="hint">打印时请选择 A4 纸张；在打印对话框中选择“另存为 PDF”即可保存电子版。</p>
        <button type="button" class="btn btn-primary" id="print">
          打印 / 另存为 PDF
        </button>
      </div>
      <article class="sheet" aria-labelledby="sheet-title">
        <h2 class="sheet-title" id="sheet-title">
          <span class="sheet-org">{props.bureau}</span>
          {props.title}
        </h2>
        <p class="sheet-meta">
          <span>编号：{props.id}</span>
          {props.date ? <span>日期：{props.date}</span> : null}
        </p>
        {props.children}
        {props.note ? <p class="sheet-note">{props.note}</p> : null}
        <p class="sheet-foot">由执法助手生成于{props.generatedAt}</p>
      </article>
    </Layout>
  );
}

export function Section({ title }: { title: string }) {
  return (
    <tr class="sec">
      <th colspan={2}>{title}</th>
    </tr>
  );
}

export function Row({ label, note, children }: { label: string; note?: string; children?: Child }) {
  return (
    <tr>
      <th scope="row">
        {label}
        {note ? <span class="row-note">（{note}）</span> : null}
      </th>
      <td>{children}</td>
    </tr>
  );
}

/** The annex's two columns: the printed labels, then what was filled in. */
export function AnnexTable(props: { children?: Child; label: string; longLabels?: boolean }) {
  const { children, label } = props;
  return (
    <table class={props.longLabels ? 'annex long-labels' : 'annex'} aria-label={label}>
      <colgroup>
        <col class="c-label" />
        <col />
      </colgroup>
      <tbody>{children}</tbody>
    </table>
  );
}
