/** One reading column; the results table turns into labelled blocks on a phone and prints plainly. */
export const PUBLIC_CSS = `
.pub{display:flex;flex-direction:column;gap:12px}
.pub p{margin:0}
.pub-intro{display:flex;flex-direction:column;gap:6px}
.pub-sec h2{margin-bottom:4px}
.pub-sec .hint{margin-bottom:10px}
.items{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:10px}
.item{border:1px solid #dee0e3;border-radius:6px;padding:10px 12px}
.item h3{font-size:15px;margin:0 0 6px}
.facts{display:grid;grid-template-columns:5em minmax(0,1fr);gap:4px 10px;margin:0;font-size:14px}
.facts dt{color:#4e5969}
.facts dd{margin:0;overflow-wrap:anywhere}
.facts .hash{font-family:monospace;font-size:12px;word-break:break-all}
.empty-note{padding:16px 12px;border:1px dashed #c6c9cd;border-radius:6px;color:#4e5969;text-align:center}
.results{width:100%;border-collapse:collapse;font-size:14px}
.results th,.results td{border-bottom:1px solid #dee0e3;padding:8px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
.results thead th{background:#f2f3f5;font-weight:600;white-space:nowrap}
.results .code{font-size:12px;color:#4e5969;display:block}
.results .nowrap{white-space:nowrap}
@media (max-width:600px){
  .results thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}
  .results,.results tbody,.results tr,.results td{display:block;width:100%}
  .results tr{border:1px solid #dee0e3;border-radius:6px;padding:6px 10px;margin-bottom:10px}
  .results td{display:grid;grid-template-columns:5em minmax(0,1fr);gap:10px;border:0;padding:3px 0}
  .results td::before{content:attr(data-label);color:#4e5969}
}
@media print{
  @page{size:A4;margin:15mm}
  body{background:#fff;font-size:12pt}
  .skip{display:none}
  .site{border:0}
  .site-in{padding-left:0;padding-right:0}
  main{padding:0!important}
  .panel{border:0;padding:0}
  .item,.results tr{break-inside:avoid}
  a{color:inherit;text-decoration:none}
}
`;
