// The shell every page of the bot shares (/dev, /public, /forms): formal Chinese, readable on a phone
// first, keyboard- and screen-reader-friendly, with no build step and no external assets.
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';

export interface LayoutProps {
  /** The page's name: the browser tab and the one h1. */
  title: string;
  subtitle?: string;
  /** e.g. 长治市生态环境局, from the directory. */
  bureau?: string;
  /** Pages with a side panel on desktop; reading pages stay one narrow column. */
  wide?: boolean;
  /** Page-specific CSS, added after the shared rules. */
  css?: string;
  /** Inline page script, run at the end of the body. */
  script?: string;
  children?: Child;
}

const BASE_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#f2f3f5;color:#1f2329;font:15px/1.6 -apple-system,BlinkMacSystemFont,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC",sans-serif}
a{color:#245bdb}
h1,h2,h3{line-height:1.35;margin:0}
h2{font-size:16px}
.skip{position:absolute;left:8px;top:-48px;z-index:20;padding:8px 12px;border-radius:6px;background:#1f2329;color:#fff}
.skip:focus{top:8px}
.site{background:#fff;border-bottom:1px solid #dee0e3}
.site-in{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 12px;padding:10px 16px;margin:0 auto}
.site-org{margin:0;color:#646a73;font-size:13px}
.site h1{font-size:18px}
.site-sub{margin:0;color:#646a73;font-size:13px;flex-basis:100%}
main{margin:0 auto;padding:12px 12px 24px}
main.narrow,.narrow .site-in{max-width:720px}
main.wide,.wide .site-in{max-width:1180px}
.site-foot{margin:0 auto;padding:16px;color:#646a73;font-size:12px;text-align:center}
.panel{background:#fff;border:1px solid #dee0e3;border-radius:8px;padding:12px 14px}
.notice{border-radius:6px;padding:8px 12px;font-size:13px;background:#e1eaff;color:#133c9a}
.notice-warn{background:#feead2;color:#8a3f00}
.btn{display:inline-flex;align-items:center;justify-content:center;min-height:36px;padding:6px 14px;border:1px solid #c6c9cd;border-radius:6px;background:#fff;color:#1f2329;font:inherit;font-size:14px;cursor:pointer;text-decoration:none}
.btn:hover{background:#f2f3f5}
.btn-primary{background:#245bdb;border-color:#245bdb;color:#fff}
.btn-primary:hover{background:#1c4cba}
.btn[disabled]{background:#f2f3f5;border-color:#dee0e3;color:#8f959e;cursor:not-allowed}
.field{display:flex;flex-direction:column;gap:4px}
.field>label,.label{font-size:13px;color:#1f2329;font-weight:600}
input,select,textarea{font:inherit;color:#1f2329}
.control{min-height:36px;padding:6px 10px;border:1px solid #c6c9cd;border-radius:6px;background:#fff;width:100%}
textarea.control{resize:vertical}
.hint{color:#646a73;font-size:13px;margin:0}
.error{color:#c4281c;font-size:13px;margin:0}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
:focus-visible{outline:2px solid #245bdb;outline-offset:2px}
[hidden]{display:none!important}
@media (prefers-reduced-motion:reduce){*{animation:none!important;transition:none!important;scroll-behavior:auto!important}}
`;

export function Layout(props: LayoutProps) {
  const width = props.wide ? 'wide' : 'narrow';
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang="zh-CN">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex" />
          <link rel="icon" href="data:," />
          <title>{`${props.title} · 执法助手`}</title>
          <style dangerouslySetInnerHTML={{ __html: BASE_CSS + (props.css ?? '') }} />
        </head>
        <body class={width}>
          <a class="skip" href="#main">
            跳至正文
          </a>
          <header class="site">
            <div class="site-in">
              <p class="site-org">{props.bureau ? `${props.bureau} · 执法助手` : '执法助手'}</p>
              <h1>{props.title}</h1>
              {props.subtitle ? <p class="site-sub">{props.subtitle}</p> : null}
            </div>
          </header>
          <main id="main" class={width}>
            {props.children}
          </main>
          <footer class="site-foot">
            依据《进一步规范涉企生态环境执法检查助力优化营商环境实施方案》（长环发〔2025〕36号）
          </footer>
          {props.script ? <script dangerouslySetInnerHTML={{ __html: props.script }} /> : null}
        </body>
      </html>
    </>
  );
}
