import { describe, expect, it } from 'vitest';
import { escapeMd } from '../../cards/kit.js';
import { escapeHtml, renderMarkdown, renderPlain } from '../../src/pages/dev/markdown.js';

describe('card markdown', () => {
  it('escapes HTML before anything else', () => {
    const html = renderMarkdown('<script>alert(1)</script><img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&#60;script&#62;');
  });

  it('draws bold, italic, strike-through and line breaks', () => {
    const html = renderMarkdown('**依据**：第*五*条\n~~旧规定~~');
    expect(html).toBe('<div><strong>依据</strong>：第<em>五</em>条</div><div><del>旧规定</del></div>');
  });

  it('colours text with <font color> and ignores unknown colours', () => {
    expect(renderMarkdown('<font color="red">安静期</font>')).toContain(
      '<span style="color:#c4281c">安静期</span>',
    );
    expect(renderMarkdown("<font color='grey'>注</font>")).toContain('<span style="color:#646a73">注</span>');
    expect(renderMarkdown('<font color="url(x)">注</font>')).not.toContain('style=');
  });

  it('keeps what escapeMd protected as literal text', () => {
    const name = '**某公司** <b>[链接](http://x)';
    const html = renderMarkdown(`申请人：${escapeMd(name)}`);
    expect(html).toBe('<div>申请人：**某公司** &#60;b&#62;[链接](http://x)</div>');
  });

  it('shows entity-escaped tags, links and emphasis as the text people typed', () => {
    const typed = "<at id=all></at> <font color='red'>红</font> [x](http://a) **粗**";
    const source = escapeMd(typed);
    expect(source).not.toMatch(/[<>[\]*]/);
    const html = renderMarkdown(source);
    expect(html).not.toContain('md-at');
    expect(html).not.toContain('<a ');
    expect(html).not.toContain('<strong>');
    expect(html).not.toContain('style=');
    expect(html).toBe(`<div>${escapeHtml(typed)}</div>`);
  });

  it('turns only http(s) links into anchors', () => {
    expect(renderMarkdown('[原文](https://example.org/a?b=1&c=2)')).toContain(
      '<a href="https://example.org/a?b=1&#38;c=2" target="_blank" rel="noopener noreferrer">原文</a>',
    );
    expect(renderMarkdown('[x](javascript:alert(1))')).not.toContain('<a');
  });

  it('draws lists, headings and rules as blocks', () => {
    const html = renderMarkdown('# 标题\n- 一\n1. 二\n---\n\n尾');
    expect(html).toContain('<div class="md-h">标题</div>');
    expect(html).toContain('<div class="md-li"><span aria-hidden="true">•</span><span>一</span></div>');
    expect(html).toContain('<div class="md-li"><span>1.</span><span>二</span></div>');
    expect(html).toContain('<hr class="md-hr">');
    expect(html).toContain('<div class="md-gap"></div>');
    expect(renderMarkdown('1. 负责人\n    意见：同意。')).toContain(
      '<div class="md-indent">意见：同意。</div>',
    );
  });

  it('leaves markdown inside code spans alone', () => {
    expect(renderMarkdown('`a*b*c`')).toBe('<div><code>a*b*c</code></div>');
  });

  it('keeps plain text plain', () => {
    expect(renderPlain('<b>一</b>\n二')).toBe('&#60;b&#62;一&#60;/b&#62;<br>二');
  });
});
