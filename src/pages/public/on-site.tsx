import type { PublicCountyYear } from './rows.js';

function Year({ item }: { item: PublicCountyYear }) {
  const total = item.counties.reduce((sum, c) => sum + c.count, 0);
  return (
    <div>
      <h3>
        {item.year}年：共{total}家次
      </h3>
      {item.counties.length === 0 ? (
        <p class="empty-note">暂无已登记结果的现场检查。</p>
      ) : (
        <table class="results">
          <thead>
            <tr>
              <th scope="col">县区</th>
              <th scope="col">现场检查（家次）</th>
            </tr>
          </thead>
          <tbody>
            {item.counties.map((c) => (
              <tr>
                <td data-label="县区">
                  <div>{c.county}</div>
                </td>
                <td data-label="现场检查（家次）">
                  <div>{c.count}</div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** 第7条 and 第3条: how often enterprises were visited on site, per county and year; counts only. */
export function OnSiteByCounty({ years }: { years: PublicCountyYear[] }) {
  return (
    <section class="panel pub-sec" aria-labelledby="onsite-h">
      <h2 id="onsite-h">入企现场检查次数</h2>
      <p class="hint">
        按被检查企业所在县区统计已登记检查结果的现场检查，每家企业每次检查计一家次（第3条、第7条）。
      </p>
      {years.map((item) => (
        <Year item={item} />
      ))}
    </section>
  );
}
