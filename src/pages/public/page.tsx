import { cnDate, cnRange } from '../forms/format.js';
import { Layout } from '../layout.js';
import { Draws } from './draws.js';
import { OnSiteByCounty } from './on-site.js';
import type { PublicDrawResult, PublicRows, PublicSpecial } from './rows.js';
import { PUBLIC_CSS } from './styles.js';

export const PUBLIC_TITLE = '长治市生态环境局 涉企执法检查信息公开';

/** 第7条 事后公示: counts only, once a result is recorded. */
function resultsText(results: PublicSpecial['results']): string {
  if (!results) return '尚未登记检查结果';
  const outcomes = results.outcomes.map((o) => `${o.label}${o.count}家次`).join('，');
  const open = results.visits - results.recorded;
  return `已登记检查结果${results.recorded}家次：${outcomes}${open > 0 ? `；另有${open}家次尚未登记` : ''}`;
}

function Special({ item }: { item: PublicSpecial }) {
  return (
    <li class="item">
      <h3>{item.name}</h3>
      <dl class="facts">
        <dt>检查依据</dt>
        <dd>{item.basis}</dd>
        <dt>检查时间</dt>
        <dd>{cnRange(item.from, item.to)}</dd>
        <dt>实施单位</dt>
        <dd>{item.unitName}</dd>
        <dt>检查内容</dt>
        <dd>{item.content}</dd>
        <dt>批准日期</dt>
        <dd>{cnDate(item.approvalDate)}</dd>
        <dt>检查结果</dt>
        <dd>{resultsText(item.results)}</dd>
      </dl>
    </li>
  );
}

function Specials({ items }: { items: PublicSpecial[] }) {
  return (
    <section class="panel pub-sec" aria-labelledby="specials-h">
      <h2 id="specials-h">专项执法检查</h2>
      <p class="hint">
        专项检查方案经市级生态环境主管部门主要负责人批准后向社会公开（第4条），共{items.length}项。
      </p>
      {items.length === 0 ? (
        <p class="empty-note">目前暂无经批准的专项执法检查。</p>
      ) : (
        <ul class="items">
          {items.map((item) => (
            <Special item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Results({ rows }: { rows: PublicDrawResult[] }) {
  return (
    <section class="panel pub-sec" aria-labelledby="results-h">
      <h2 id="results-h">“双随机、一公开”抽查结果</h2>
      <p class="hint">随机抽取的检查对象及检查结果（第3条、第7条），共{rows.length}条。</p>
      {rows.length === 0 ? (
        <p class="empty-note">目前暂无已公开的抽查结果。</p>
      ) : (
        <table class="results">
          <thead>
            <tr>
              <th scope="col">企业名称</th>
              <th scope="col">检查日期</th>
              <th scope="col">检查单位</th>
              <th scope="col">检查结果</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td data-label="企业名称">
                  <div>
                    {r.enterpriseName}
                    <span class="code">
                      统一社会信用代码：<span class="nowrap">{r.uscc}</span>
                    </span>
                  </div>
                </td>
                <td data-label="检查日期">
                  <div class="nowrap">{r.inspectedOn ? cnDate(r.inspectedOn) : ''}</div>
                </td>
                <td data-label="检查单位">
                  <div>{r.unitName}</div>
                </td>
                <td data-label="检查结果">
                  <div>{r.outcome}</div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** /public: what 第4条 and 第7条 require the bureau to disclose; no login, no personal data. */
export function PublicPage({ rows, today }: { rows: PublicRows; today: string }) {
  return (
    <Layout title={PUBLIC_TITLE} subtitle={`信息更新至${cnDate(today)}`} css={PUBLIC_CSS}>
      <div class="pub">
        <section class="panel pub-intro" aria-label="说明">
          <p>
            根据《进一步规范涉企生态环境执法检查助力优化营商环境实施方案》第4条、第7条，本页公开经批准的专项执法检查及其检查结果、“双随机、一公开”抽查结果和各县区入企现场检查次数，接受社会监督。
          </p>
        </section>
        <Specials items={rows.specials} />
        <Results rows={rows.results} />
        <Draws draws={rows.draws} />
        <OnSiteByCounty years={rows.onSite} />
      </div>
    </Layout>
  );
}
