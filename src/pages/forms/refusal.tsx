import { Layout } from '../layout.js';
import type { Refusal } from './access.js';
import { FORM_LINK_DAYS } from './link-token.js';

const REASONS: Readonly<Record<Refusal, string>> = {
  missing: '本表仅限通过执法助手卡片中的「打印审批表」链接查看。',
  invalid: '链接无效或不完整，请通过执法助手卡片中的链接重新打开。',
  expired: `链接已超过${FORM_LINK_DAYS}天有效期，请向经办人重新获取。`,
  stranger: '通讯录中没有该人员，无权查看本表。',
};

export function RefusedPage({ refusal, bureau }: { refusal: Refusal; bureau?: string }) {
  return (
    <Layout title="无权查看" bureau={bureau}>
      <section class="panel" aria-labelledby="why-h">
        <h2 id="why-h">无法打开该表</h2>
        <p>{REASONS[refusal]}</p>
      </section>
    </Layout>
  );
}

export function NotFoundPage({ id, bureau }: { id: string; bureau?: string }) {
  return (
    <Layout title="未找到该表" bureau={bureau}>
      <section class="panel" aria-labelledby="why-h">
        <h2 id="why-h">编号不存在</h2>
        <p>没有编号为“{id.slice(0, 40)}”的审批表或线索移送表，请核对编号。</p>
      </section>
    </Layout>
  );
}
