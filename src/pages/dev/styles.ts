import { headerCss, INK } from './palette.js';

const SIM = `
.sim{display:grid;gap:12px;grid-template-columns:minmax(0,1fr);grid-template-areas:"who" "chat" "tips"}
.sim-who{grid-area:who}.sim-chat{grid-area:chat}.sim-tips{grid-area:tips}
@media (min-width:960px){
  .sim{grid-template-columns:320px minmax(0,1fr);grid-template-rows:auto 1fr;grid-template-areas:"who chat" "tips chat";align-items:start}
}
.who{display:flex;flex-direction:column;gap:6px;margin-top:8px}
.who-row{display:flex;flex-wrap:wrap;gap:8px}
.who-row select{flex:1 1 100%;min-width:0}
.who-row .btn{flex:1 1 auto}
.others{margin-top:12px;border-top:1px solid ${INK.line};padding-top:8px}
.others-h{font-size:13px;margin:0 0 6px}
.others ul{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:6px}
.others button{width:100%;justify-content:flex-start;text-align:left}
.others .dot{display:inline-block;width:8px;height:8px;border-radius:50%;background:${INK.danger};margin-right:8px;flex:none}
.tips{list-style:none;margin:8px 0;padding:0;display:flex;flex-wrap:wrap;gap:8px}
.tip{font:inherit;font-size:13px;padding:4px 10px;border-radius:14px;border:1px solid #c6c9cd;background:#fff;color:${INK.text};cursor:pointer;text-align:left}
.tip:hover{border-color:${INK.accent};color:${INK.accent}}
.sim-tips .hint+.hint{margin-top:8px}
.sim-chat{background:#fff;border:1px solid ${INK.line};border-radius:8px;display:flex;flex-direction:column;min-height:480px}
.chat-h{padding:10px 14px;border-bottom:1px solid ${INK.line};font-size:15px}
.sim-chat .notice{margin:10px 14px 0}
.log{flex:1;display:flex;flex-direction:column;gap:16px;padding:14px;background:${INK.page}}
.empty{margin:0;padding:24px 14px;color:${INK.muted};text-align:center;background:${INK.page};flex:1}
.composer{position:sticky;bottom:0;display:flex;flex-wrap:wrap;gap:8px;padding:10px 14px;border-top:1px solid ${INK.line};background:#fff;border-radius:0 0 8px 8px}
.composer textarea{flex:1;min-width:0;min-height:40px}
.composer .btn{align-self:flex-end}
.composer .error{flex-basis:100%}
.reply-bar{flex-basis:100%;display:flex;align-items:center;gap:8px;min-width:0;padding:4px 4px 4px 10px;border-left:3px solid ${INK.accent};background:${INK.page};border-radius:0 6px 6px 0}
.reply-bar-text{flex:1;min-width:0;margin:0;font-size:13px;color:${INK.text};overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.reply-bar .btn-small{min-height:28px;padding:2px 10px;font-size:13px;align-self:center}
.msg{display:flex;gap:8px;align-items:flex-start;max-width:100%}
.msg-main{min-width:0;flex:1;display:flex;flex-direction:column;gap:4px}
.msg-meta{display:flex;gap:8px;align-items:center;font-size:12px;color:${INK.muted}}
.msg-name{color:${INK.text};font-weight:600}
.avatar{flex:none;width:32px;height:32px;border-radius:50%;background:${INK.accent};color:#fff;display:flex;align-items:center;justify-content:center;font-size:14px;font-weight:600}
.msg-me{justify-content:flex-end}
.msg-me .msg-main{align-items:flex-end;flex:0 1 auto;max-width:85%}
.bubble{background:#fff;border:1px solid ${INK.line};border-radius:8px;padding:8px 12px;overflow-wrap:anywhere;max-width:100%;align-self:flex-start}
.msg-me .bubble{background:#cce0ff;border-color:#b3cdfa;align-self:flex-end}
.msg-reply{font:inherit;font-size:12px;padding:0 6px;border:1px solid transparent;border-radius:4px;background:none;color:${INK.muted};cursor:pointer}
.msg-reply:hover,.msg-reply:focus-visible{color:${INK.accent};border-color:${INK.line};background:#fff}
.bubble-quote{margin-bottom:4px;padding-left:8px;border-left:2px solid #7d8da8;font-size:12px;color:#3b4048;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.badge-urgent{background:${INK.danger};color:#fff;border-radius:4px;padding:0 6px;font-size:12px}
.msg[aria-busy=true] .lk-card{opacity:.7}
.toast{position:fixed;left:50%;top:16px;transform:translateX(-50%);z-index:30;max-width:min(90vw,420px);padding:10px 16px;border-radius:8px;background:#fff;color:${INK.text};box-shadow:0 6px 24px rgba(31,35,41,.18);border-left:4px solid ${INK.accent};font-size:14px}
.toast-success{border-left-color:${INK.success}}
.toast-error{border-left-color:${INK.danger}}
.toast-warning{border-left-color:#a84f00}
.confirm{border:none;border-radius:10px;padding:20px;max-width:min(90vw,400px);box-shadow:0 8px 32px rgba(31,35,41,.25)}
.confirm::backdrop{background:rgba(31,35,41,.4)}
.confirm h2{font-size:16px;margin-bottom:8px}
.confirm p{margin:0 0 16px;color:${INK.text}}
.confirm-actions{display:flex;justify-content:flex-end;gap:8px}
`;

const CARD = `
.lk-card{background:#fff;border:1px solid ${INK.line};border-radius:8px;overflow:hidden;width:100%;max-width:600px}
.lk-compact{max-width:400px}
.lk-head{padding:12px 16px}
.lk-t-default{border-bottom:1px solid ${INK.line}}
.lk-title{font-size:16px;font-weight:600;display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.lk-sub{margin:2px 0 0;font-size:13px;opacity:.9}
.lk-tag{font-size:12px;font-weight:400;border:1px solid currentColor;border-radius:4px;padding:0 4px}
.lk-body{padding:12px 16px 16px;display:flex;flex-direction:column;gap:12px;font-size:14px}
.lk-body>*,.lk-form>*,.lk-col>*{min-width:0}
.md{overflow-wrap:anywhere}
.md-center{text-align:center}
.md-h{font-weight:600;font-size:15px}
.md-li{display:flex;gap:6px;padding-left:4px}
.md-gap{height:8px}
.md-indent{padding-left:22px}
.md-hr,.lk-hr{border:none;border-top:1px solid ${INK.line};margin:0;width:100%}
.md code{background:${INK.page};border-radius:4px;padding:0 4px;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px}
.md-tag{border:1px solid currentColor;border-radius:4px;padding:0 4px;font-size:12px}
.md-at{color:${INK.accent}}
.lk-text{overflow-wrap:anywhere}
.lk-note{font-size:12px;color:${INK.muted}}
.lk-cols{display:flex;gap:8px;width:100%}
.lk-cols-flow{flex-wrap:wrap}
.lk-cols-flow>.lk-col{flex:0 0 auto!important}
.lk-cols-bisect{flex-wrap:wrap}.lk-cols-bisect>.lk-col{flex:1 1 calc(50% - 8px)!important}
.lk-cols-trisect{flex-wrap:wrap}.lk-cols-trisect>.lk-col{flex:1 1 calc(33% - 8px)!important}
@media (max-width:480px){.lk-cols-stretch{flex-direction:column}.lk-cols-stretch>.lk-col{flex:1 1 auto!important}}
.lk-col{display:flex;flex-direction:column;gap:8px;min-width:0}
.lk-col-grey{background:${INK.page};border-radius:6px;padding:8px}
.lk-div{display:flex;flex-wrap:wrap;gap:8px}.lk-div>*{flex-basis:100%}.lk-div .lk-short{flex:1 1 45%}
.lk-form{display:flex;flex-direction:column;gap:12px}
.lk-field{display:flex;flex-direction:column;gap:4px;border:none;margin:0;padding:0;min-width:0}
.lk-field-left{flex-direction:row;align-items:center}
.lk-label{font-size:14px;color:${INK.text};padding:0}
.lk-req{color:${INK.danger};margin-right:2px}
.lk-input{min-height:36px;padding:6px 10px;border:1px solid #c6c9cd;border-radius:6px;background:#fff;width:100%;font:inherit;font-size:14px}
textarea.lk-input{resize:vertical}
.lk-input[aria-invalid=true],.lk-multi[aria-invalid=true] .lk-chips,.lk-multi[aria-invalid=true] .lk-dd-sum{border-color:${INK.danger};outline:1px solid ${INK.danger}}
.lk-err{margin:0;color:${INK.danger};font-size:12px}
.lk-chips{display:flex;flex-wrap:wrap;gap:6px;border-radius:6px}
.lk-chip{display:inline-flex;align-items:center;gap:4px;padding:4px 10px;border:1px solid #c6c9cd;border-radius:16px;font-size:13px;cursor:pointer}
.lk-dd{position:relative}
.lk-dd-sum{display:flex;align-items:center;cursor:pointer;list-style:none;padding-right:28px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.lk-dd-sum::-webkit-details-marker{display:none}
.lk-dd-sum::after{content:"";position:absolute;right:12px;top:14px;border:5px solid transparent;border-top-color:${INK.muted}}
.lk-dd[open] .lk-dd-sum{border-color:${INK.accent}}
.lk-dd-list{display:flex;flex-direction:column;gap:2px;margin-top:4px;max-height:240px;overflow:auto;border:1px solid ${INK.line};border-radius:6px;padding:4px;background:#fff}
.lk-dd-list .lk-chip{border:none;border-radius:4px;padding:4px 8px}
.lk-chip:has(input:checked){border-color:${INK.accent};background:#e1eaff;color:#133c9a}
.lk-btn{display:inline-flex;align-items:center;justify-content:center;min-height:32px;padding:4px 14px;border-radius:6px;font:inherit;font-size:14px;cursor:pointer;text-decoration:none;border:1px solid #c6c9cd;background:#fff;color:${INK.text};white-space:nowrap}
.lk-btn:hover{background:#f2f3f5}
.lk-btn-primary{border-color:${INK.accent};color:${INK.accent}}
.lk-btn-danger{border-color:${INK.danger};color:${INK.danger}}
.lk-btn-text,.lk-btn-primary_text,.lk-btn-danger_text{border-color:transparent;background:transparent}
.lk-btn-primary_text{color:${INK.accent}}.lk-btn-danger_text{color:${INK.danger}}
.lk-btn-primary_filled,.lk-btn-laser{background:${INK.accent};border-color:${INK.accent};color:#fff}
.lk-btn-primary_filled:hover,.lk-btn-laser:hover{background:#1c4cba}
.lk-btn-danger_filled{background:${INK.danger};border-color:${INK.danger};color:#fff}
.lk-btn-danger_filled:hover{background:#a32116}
.lk-btn[disabled]{background:#f2f3f5;border-color:${INK.line};color:#8f959e;cursor:not-allowed}
.lk-form .lk-btn[data-act=submit]{align-self:flex-start}
.lk-panel summary{cursor:pointer;font-weight:600}
.lk-img,.lk-unsupported{border:1px dashed #c6c9cd;border-radius:6px;padding:8px;color:${INK.muted};font-size:13px}
`;

export const SIMULATOR_CSS = SIM + CARD + headerCss();
