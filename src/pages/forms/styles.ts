/**
 * The annex as a sheet of paper: black on white, a bordered two-column table, a serif face close to
 * the 宋体 of the printed originals. On screen it sits under a toolbar; printed, only the sheet is left.
 */
export const FORM_CSS = `
.toolbar,.sheet{max-width:820px;margin-left:auto;margin-right:auto}
.toolbar{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:8px 12px;margin-bottom:12px}
.toolbar .hint{flex:1 1 240px}
.sheet{background:#fff;color:#000;border:1px solid #dee0e3;border-radius:8px;padding:32px 36px 28px;font-family:"SimSun","STSong","Songti SC","Noto Serif CJK SC","Source Han Serif SC",serif}
.sheet-title{margin:0;text-align:center;font-size:22px;font-weight:700;line-height:1.5;letter-spacing:1px}
.sheet-org{display:block;font-size:18px;letter-spacing:0}
.sheet-meta{display:flex;flex-wrap:wrap;justify-content:space-between;gap:4px 24px;margin:14px 0 8px;font-size:15px}
.annex{width:100%;border-collapse:collapse;table-layout:fixed;font-size:15px;line-height:1.6}
.annex col.c-label{width:30%}
.annex.long-labels col.c-label{width:34%}
.annex th,.annex td{border:1px solid #000;padding:8px 10px;vertical-align:middle;text-align:left;overflow-wrap:anywhere}
.annex th[scope=row]{font-weight:600;text-align:center}
.annex .sec th{font-weight:700;background:#f5f6f7;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.annex p{margin:0}
.annex .sub{margin-top:4px;font-size:14px}
.row-note{display:block;font-weight:400;font-size:13px}
.plain{margin:0;padding:0;list-style:none}
.code{font-size:13px}
.checks{display:flex;flex-wrap:wrap;gap:2px 18px;margin:0;padding:0;list-style:none}
.checks li{white-space:nowrap}
.checks li.on{font-weight:700}
.box{font-family:"DejaVu Sans","Segoe UI Symbol","Noto Sans Symbols 2",sans-serif;font-weight:400;margin-right:2px}
.blank{display:inline-block;width:4.5em;border-bottom:1px solid #000;vertical-align:baseline;height:1em}
.opinion td{height:96px;vertical-align:top}
.op+.op{margin-top:10px;padding-top:8px;border-top:1px dashed #8f959e}
.op-note{font-size:13px}
.op-sign{display:flex;flex-wrap:wrap;justify-content:flex-end;gap:2px 18px;margin-top:10px!important;font-size:14px}
.muted{color:#4e5969}
.signed{display:flex;flex-wrap:wrap;gap:2px 18px}
.materials td{height:64px;vertical-align:top}
.sheet-note{margin:10px 0 0;font-size:14px}
.log{margin-top:18px}
.log h3{font-size:16px;margin:0 0 6px}
.log .annex{font-size:13px}
.sheet-foot{margin:16px 0 0;text-align:right;font-size:12px;color:#4e5969}
@media (max-width:600px){
  .sheet{padding:18px 10px 16px;border-radius:0;border-left:0;border-right:0}
  .sheet-title{font-size:18px}
  .sheet-org{font-size:15px}
  .annex{font-size:14px}
  .annex col.c-label,.annex.long-labels col.c-label{width:36%}
  .annex th,.annex td{padding:6px}
  .checks li{white-space:normal}
}
@media print{
  @page{size:A4;margin:16mm 15mm 14mm}
  body{background:#fff}
  .skip,.site,.site-foot,.toolbar{display:none!important}
  main{padding:0!important;max-width:none!important}
  .sheet{max-width:none;border:0;border-radius:0;padding:0}
  .sheet-foot{display:none}
  .sheet-title{font-size:20px}
  .sheet-meta{margin-top:8px}
  .annex{font-size:14px;line-height:1.5}
  .annex th,.annex td{padding:6px 8px}
  .opinion td{height:84px}
  .materials td{height:52px}
  .annex tr{break-inside:avoid}
}
`;

/**
 * The "generated at" line goes into the page margin on paper, with the page number: it takes no room
 * from the table, so a form that just fits on one page is not pushed onto a second by a footnote.
 */
export function pageFooterCss(generated: string): string {
  const text = JSON.stringify(`${generated} · 第 `);
  return `@page{@bottom-right{content:${text} counter(page) " / " counter(pages) " 页";font-size:9pt;color:#4e5969}}`;
}
