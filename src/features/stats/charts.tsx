import type { Figure } from './report.js';

/** Series colours: distinct at 3:1 or better against white, as WCAG asks of graphics. */
const SERIES_COLORS = ['#245bdb', '#c45a00', '#1e7b34', '#c4281c'];
const INK = '#1f2329';
const MUTED = '#646a73';
const GRID = '#dee0e3';

const WIDTH = 680;
const LABEL_W = 190;
const VALUE_W = 56;
const BAR_W = WIDTH - LABEL_W - VALUE_W - 16;

function short(label: string, max = 12): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

function scale(max: number, value: number, span: number): number {
  return max > 0 ? (value / max) * span : 0;
}

function Legend({ series, y }: { series: string[]; y: number }) {
  let x = LABEL_W;
  return (
    <g>
      {series.map((name, i) => {
        const at = x;
        x += 28 + name.length * 13;
        return (
          <g>
            <rect x={at} y={y} width={12} height={12} fill={SERIES_COLORS[i % SERIES_COLORS.length]} />
            <text x={at + 16} y={y + 11} font-size="12" fill={INK}>
              {name}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** Horizontal bars: one per row, or stacked / side-by-side segments per series. */
function BarChart({ figure, titleId }: { figure: Figure; titleId: string }) {
  const grouped = figure.chart === 'grouped';
  const stacked = figure.chart === 'stacked';
  const multi = figure.series.length > 1;
  const legendH = multi ? 26 : 0;
  const bandH = grouped ? figure.series.length * 12 + 12 : 30;
  const height = legendH + figure.rows.length * bandH + 8;
  const max = Math.max(
    0,
    ...figure.rows.map((r) => (stacked ? r.values.reduce((a, b) => a + b, 0) : Math.max(...r.values))),
  );
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby={titleId} class="chart">
      {multi ? <Legend series={figure.series} y={4} /> : null}
      <line x1={LABEL_W} y1={legendH} x2={LABEL_W} y2={height - 4} stroke={GRID} />
      {figure.rows.map((row, r) => {
        const top = legendH + r * bandH;
        const total = row.values.reduce((a, b) => a + b, 0);
        let offset = LABEL_W;
        return (
          <g class="bar-row">
            <text x={LABEL_W - 8} y={top + bandH / 2 + 4} font-size="13" fill={INK} text-anchor="end">
              <title>{row.label}</title>
              {short(row.label)}
            </text>
            {row.values.map((value, i) => {
              const color = SERIES_COLORS[i % SERIES_COLORS.length];
              const tip = `${row.label}${multi ? ` · ${figure.series[i]}` : ''}：${value}${figure.measure}`;
              if (grouped) {
                const w = scale(max, value, BAR_W);
                const y = top + 6 + i * 12;
                return (
                  <g>
                    <rect class="bar" x={LABEL_W} y={y} width={w} height={10} fill={color}>
                      <title>{tip}</title>
                    </rect>
                    <text x={LABEL_W + w + 4} y={y + 9} font-size="11" fill={MUTED}>
                      {value}
                    </text>
                  </g>
                );
              }
              const w = scale(max, value, BAR_W);
              const x = offset;
              offset += w;
              return (
                <rect class="bar" x={x} y={top + 6} width={w} height={bandH - 12} fill={color}>
                  <title>{tip}</title>
                </rect>
              );
            })}
            {grouped ? null : (
              <text x={offset + 6} y={top + bandH / 2 + 4} font-size="12" fill={INK}>
                {`${stacked ? total : (row.values[0] ?? 0)}${figure.measure}`}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** Vertical columns, for a run of months. */
function ColumnChart({ figure, titleId }: { figure: Figure; titleId: string }) {
  const height = 220;
  const base = height - 28;
  const top = 20;
  const slot = (WIDTH - 40) / Math.max(1, figure.rows.length);
  const max = Math.max(0, ...figure.rows.map((r) => r.values[0] ?? 0));
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby={titleId} class="chart">
      <line x1={20} y1={base} x2={WIDTH - 20} y2={base} stroke={GRID} />
      {figure.rows.map((row, i) => {
        const value = row.values[0] ?? 0;
        const h = scale(max, value, base - top);
        const x = 20 + i * slot + slot * 0.2;
        const w = slot * 0.6;
        return (
          <g class="bar-row">
            <rect class="bar" x={x} y={base - h} width={w} height={h} fill={SERIES_COLORS[0]}>
              <title>{`${row.label}：${value}${figure.measure}`}</title>
            </rect>
            <text x={x + w / 2} y={base - h - 4} font-size="12" fill={INK} text-anchor="middle">
              {value}
            </text>
            <text x={x + w / 2} y={base + 18} font-size="12" fill={MUTED} text-anchor="middle">
              {row.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/**
 * Rows a figure draws on the page, largest first; the CSV has them all. A year's positive-list visits
 * run to thousands of enterprises: as bars they were unreadable and most of the page's time and bytes.
 */
export const PAGE_ROWS = 50;

export function hasData(figure: Figure): boolean {
  return figure.rows.some((row) => row.values.some((v) => v > 0));
}

/** A figure as an SVG chart drawn on the server, with its numbers in a table beneath. */
export function FigureView({ figure: all }: { figure: Figure }) {
  const titleId = `fig-${all.id}`;
  const cut = all.rows.length > PAGE_ROWS;
  const figure = cut ? { ...all, rows: all.rows.slice(0, PAGE_ROWS) } : all;
  return (
    <section class="panel figure" aria-labelledby={titleId} data-figure={figure.id}>
      <h2 id={titleId}>{figure.title}</h2>
      {hasData(figure) ? (
        <>
          {figure.chart === 'column' ? (
            <ColumnChart figure={figure} titleId={titleId} />
          ) : (
            <BarChart figure={figure} titleId={titleId} />
          )}
          {cut ? (
            <p class="hint">{`共${all.rows.length}项，此处列出前${PAGE_ROWS}项；全部数据请导出 CSV。`}</p>
          ) : null}
          <details>
            <summary>数据表</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">对象</th>
                  {figure.series.map((s) => (
                    <th scope="col">{`${s}（${figure.measure}）`}</th>
                  ))}
                  {figure.rows.some((r) => r.note) ? <th scope="col">说明</th> : null}
                </tr>
              </thead>
              <tbody>
                {figure.rows.map((row) => (
                  <tr>
                    <th scope="row">{row.label}</th>
                    {row.values.map((v) => (
                      <td>{v}</td>
                    ))}
                    {figure.rows.some((r) => r.note) ? <td>{row.note ?? ''}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      ) : (
        <p class="hint">{figure.empty}</p>
      )}
    </section>
  );
}
