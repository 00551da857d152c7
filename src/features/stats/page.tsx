import type { Child } from 'hono/jsx';
import type { Unit } from '../../domain/org.js';
import { Layout } from '../../pages/layout.js';
import { FigureView } from './charts.js';
import type { StatsReport } from './report.js';

const CSS = `
.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-end;margin-bottom:12px}
.filters .field{min-width:160px}
.kpis{display:grid;grid-template-columns:repeat(auto-fill,minmax(160px,1fr));gap:10px;margin:0 0 12px;padding:0;list-style:none}
.kpi{background:#fff;border:1px solid #dee0e3;border-radius:8px;padding:10px 12px}
.kpi-label{display:block;color:#646a73;font-size:13px}
.kpi-value{font-size:24px;font-weight:600}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,520px),1fr));gap:12px}
.figure h2{margin-bottom:8px}
.chart{display:block;max-width:100%;height:auto}
details{margin-top:8px;font-size:13px}
table{border-collapse:collapse;width:100%;margin-top:6px}
th,td{border-bottom:1px solid #dee0e3;padding:4px 6px;text-align:left}
td{font-variant-numeric:tabular-nums}
.notes{margin-top:12px}
.notes li{color:#646a73;font-size:13px}
.supervision{margin-top:12px}
.sup-part h3{margin:12px 0 4px;font-size:15px}
.sup-counts{display:flex;flex-wrap:wrap;gap:12px;padding:0;list-style:none;font-size:13px}
.sup-lines{margin:4px 0;padding-left:20px;font-size:13px}
`;

export interface StatsPageProps {
  bureau: string;
  report: StatsReport;
  token: string;
  year: number;
  years: number[];
  unit?: string;
  units: Unit[];
  /** The 执法监督 section, drawn by its feature. */
  supervision?: Child;
}

export function statsQuery(token: string, year: number, unit?: string): string {
  const q = new URLSearchParams({ t: token, year: String(year) });
  if (unit) q.set('unit', unit);
  return q.toString();
}

/** /stats: the figures of one year, for the whole bureau or one unit, as charts with their numbers. */
export function StatsPage(props: StatsPageProps) {
  const { report } = props;
  return (
    <Layout
      title="执法监督统计"
      subtitle={`${report.periodText} · ${report.scopeText} · 依据长环发〔2025〕36号 三（二）加强执法监督`}
      bureau={props.bureau}
      wide
      css={CSS}
    >
      <form class="panel filters" method="get" action="/stats">
        <input type="hidden" name="t" value={props.token} />
        <div class="field">
          <label for="year">年度</label>
          <select id="year" name="year" class="control">
            {props.years.map((y) => (
              <option value={String(y)} selected={y === props.year}>{`${y}年`}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="unit">单位</label>
          <select id="unit" name="unit" class="control">
            <option value="">全局</option>
            {props.units.map((u) => (
              <option value={u.id} selected={u.id === props.unit}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="btn btn-primary">
          查询
        </button>
        <a class="btn" href={`/stats.csv?${statsQuery(props.token, props.year, props.unit)}`}>
          导出 CSV
        </a>
      </form>
      <ul class="kpis" aria-label="主要数据">
        {report.totals.map((t) => (
          <li class="kpi">
            <span class="kpi-label">{t.label}</span>
            <span class="kpi-value">{t.value}</span> {t.measure}
          </li>
        ))}
      </ul>
      <div class="figures">
        {report.figures.map((figure) => (
          <FigureView figure={figure} />
        ))}
      </div>
      {props.supervision}
      <section class="panel notes" aria-labelledby="notes-title">
        <h2 id="notes-title">统计口径</h2>
        <ul>
          <li>
            入企现场检查按已批准的入企执法检查计划统计，每家企业计一次，日期为计划开始日期，尚未到期的计划不计入；资料核查、问询调查等非现场方式不计入。
          </li>
          <li>投诉举报、转办交办、数据监测线索及应企业申请实施的检查不受频次上限限制（第3条），单列显示。</li>
          <li>
            正面清单企业以检查当日是否在清单有效期内为准（第9条）；安静期例外为经批准的安静期内现场检查（第10条）。
          </li>
          <li>审批用时自审批环节送达审批人起至作出决定止，按自然小时计，取中位数。</li>
          <li>线索按接收单位和移送日期统计；整改逾期为整改期限已过仍在整改阶段的案件。</li>
        </ul>
      </section>
    </Layout>
  );
}

export function DeniedPage({ message }: { message: string }) {
  return (
    <Layout title="执法监督统计">
      <section class="panel" aria-labelledby="denied-title">
        <h2 id="denied-title">无法查看</h2>
        <p>{message}</p>
      </section>
    </Layout>
  );
}
