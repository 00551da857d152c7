import { describe, expect, it } from 'vitest';
import {
  button,
  buttonRow,
  card,
  datePicker,
  field,
  form,
  hr,
  input,
  markdown,
  multiSelectStatic,
  selectPerson,
  selectStatic,
  submitButton,
} from '../../cards/kit.js';
import { CardView } from '../../src/pages/dev/card-view.js';
import { FONT_COLORS } from '../../src/pages/dev/markdown.js';
import { HEADER_TEMPLATES, INK } from '../../src/pages/dev/palette.js';

const render = async (c: unknown) => String(await CardView({ card: c, idPrefix: 'c1' }).toString());

function luminance(hex: string): number {
  const ch = (i: number) => {
    const v = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * ch(0) + 0.7152 * ch(1) + 0.0722 * ch(2);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

const sample = card(
  '入企检查审批表',
  'orange',
  [
    markdown('**申请人**：张三'),
    field('检查对象', '长治示例钢铁集团有限公司'),
    hr(),
    form('plan', [
      input('reason', '检查事由', { required: true, multiline: true, maxLength: 500 }),
      input('contact', '联系人', { value: '李四' }),
      datePicker('start', '请选择检查开始日期', { required: true, value: '2026-12-01' }),
      selectStatic(
        'mode',
        '请选择检查方式',
        [
          { label: '现场检查', value: 'onsite' },
          { label: '非现场检查', value: 'remote' },
        ],
        { value: 'remote', required: true },
      ),
      multiSelectStatic(
        'team',
        '请选择参加单位',
        [
          { label: '大气环境科', value: 'air' },
          { label: '执法队', value: 'enf' },
        ],
        { values: ['enf'], required: false },
      ),
      submitButton('提交审批', 'submit_plan', { action: 'approval.submit', kind: 'plan' }),
    ]),
    buttonRow([
      button('同意', { action: 'approval.decide', id: 'JC-2026-0001' }, { type: 'primary_filled' }),
      button(
        '驳回',
        { action: 'approval.decide' },
        { type: 'danger', confirm: { title: '确认驳回？', text: '驳回后需重新提交。' } },
      ),
      button('已处理', { action: 'x' }, { disabled: true }),
    ]),
  ],
  '长治市生态环境局',
);

describe('card view', () => {
  it('draws the header with its template colour, title as a heading, and subtitle', async () => {
    const html = await render(sample);
    expect(html).toContain('<header class="lk-head lk-t-orange"><h3 class="lk-title">入企检查审批表</h3>');
    expect(html).toContain('<p class="lk-sub">长治市生态环境局</p>');
  });

  it('lays out label/value fields as weighted columns', async () => {
    const html = await render(sample);
    expect(html).toContain('style="flex:1 1 0"');
    expect(html).toContain('style="flex:3 1 0"');
    expect(html).toContain('<strong>检查对象</strong>');
  });

  it('draws every form field with a label, its name and its initial value', async () => {
    const html = await render(sample);
    expect(html).toContain('<form class="lk-form" data-form="plan" novalidate="">');
    expect(html).toMatch(
      /<label class="lk-label" for="c1-reason"><span class="lk-req" aria-hidden="true">\*<\/span>检查事由<\/label>/,
    );
    expect(html).toMatch(
      /<textarea class="lk-input" rows="3" id="c1-reason" name="reason"[^>]*maxlength="500"/,
    );
    expect(html).toMatch(/<input class="lk-input" type="text" value="李四" id="c1-contact"/);
    expect(html).toMatch(/data-field="start" data-kind="date" data-required="1"/);
    expect(html).toMatch(
      /<input class="lk-input lk-date" type="date" id="c1-start" name="start" value="2026-12-01"/,
    );
    expect(html).toMatch(/<select[^>]*aria-label="请选择检查方式"/);
    expect(html).toContain('<option value="remote" selected="">非现场检查</option>');
    expect(html).toMatch(/<fieldset class="lk-field lk-multi" data-field="team" data-kind="multi"/);
    expect(html).toMatch(/<input type="checkbox" id="c1-team-1" value="enf" checked=""/);
  });

  it('marks the submit button and carries callback values, types, confirm and disabled states', async () => {
    const html = await render(sample);
    expect(html).toMatch(
      /class="lk-btn lk-btn-primary_filled" data-act="submit"[^>]*data-name="submit_plan"/,
    );
    expect(html).toContain(
      'data-value="{&quot;action&quot;:&quot;approval.submit&quot;,&quot;kind&quot;:&quot;plan&quot;}"',
    );
    expect(html).toMatch(
      /class="lk-btn lk-btn-danger" data-act="callback"[^>]*data-confirm-title="确认驳回？" data-confirm-text="驳回后需重新提交。"/,
    );
    expect(html).toMatch(/class="lk-btn lk-btn-default" disabled=""/);
  });

  it('draws a person picker as a select of names, submitting the open_id', async () => {
    const picker = selectPerson('transferTo', '选择接收人', ['ou_a', 'ou_b'], { required: false });
    const c = card('转交', 'blue', [form('f', [picker])]);
    const names = new Map([['ou_a', '张三']]);
    const html = String(await CardView({ card: c, idPrefix: 'c1', names }).toString());
    expect(html).toMatch(/<select[^>]*name="transferTo"/);
    expect(html).toContain('<option value="ou_a">张三</option>');
    expect(html).toContain('<option value="ou_b">ou_b</option>');
  });

  it('says so for a component it cannot draw instead of dropping it', async () => {
    const html = await render({ schema: '2.0', body: { elements: [{ tag: 'chart' }] } });
    expect(html).toContain('本模拟器暂不显示「chart」组件');
  });

  it('shows a card that is not an object as unsupported, not as an error', async () => {
    expect(await render('oops')).toContain('暂不显示');
  });
});

describe('card colours', () => {
  it('every header template reads at 4.5:1 or better', () => {
    for (const [name, c] of Object.entries(HEADER_TEMPLATES))
      expect(contrast(c.fg, c.bg), name).toBeGreaterThanOrEqual(4.5);
  });

  it('every markdown font colour reads at 4.5:1 on a white card', () => {
    for (const [name, hex] of Object.entries(FONT_COLORS))
      expect(contrast(hex, '#ffffff'), name).toBeGreaterThanOrEqual(4.5);
  });

  it('text, accent and danger ink read at 4.5:1 on white and on the page grey', () => {
    for (const ink of [INK.text, INK.muted, INK.accent, INK.danger, INK.success]) {
      expect(contrast(ink, '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrast(ink, INK.page)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
