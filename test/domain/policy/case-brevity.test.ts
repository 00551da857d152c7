import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { approveBy, personWithRole } from '../../../src/domain/policy/case-brevity.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();
const count = (text: string, word: string) => text.split(word).length - 1;

describe('a case answer said once, briefly', () => {
  it.each([
    // The quiet period merged into the opening that asks for the head's approval, the enterprise named once.
    ['潞城分局12月8号去示例钢铁现场检查，可以吗', '长治示例钢铁集团有限公司'],
    ['高新分局1月10号因为举报去示例医药现场，能去吗', '长治示例医药有限公司'],
    ['市执法队12月3日要去示例煤业做双随机抽查，找谁批', '长治示例煤业有限公司'],
  ])('%s', (question, name) => {
    const text = answer(question, ctx).answer;
    expect(count(text, name), text).toBe(1);
    expect(count(text, '主要负责人批准'), text).toBe(1);
    expect(text).toMatch(/处于企业安静期（[^。；]*主要负责人批准[^。；]*（第10条）/);
    expect(text.length, text).toBeLessThanOrEqual(210);
  });

  it('keeps a county’s or an enterprise’s own basis and drops the citywide one', () => {
    expect(answer('潞城分局12月25号去示例钢铁现场检查，可以吗', ctx).answer).toContain('潞城区政府');
    expect(answer('潞城分局12月8号去示例钢铁现场检查，可以吗', ctx).answer).not.toContain('依据');
  });

  it('says a special inspection’s approver and its filing once', () => {
    const text = answer('执法队12月3号对示例化工开展危废专项检查，可以吗', ctx).answer;
    expect(count(text, '县级以上人民政府或市级生态环境主管部门主要负责人批准'), text).toBe(1);
    expect(count(text, '备案'), text).toBe(1);
  });

  it.each([
    ['承办机构负责人', '大气环境科负责人（示例）', '大气环境科负责人（示例）'],
    ['局长', '局长（示例）', '局长（示例）'],
    ['分管局长', '王强', '分管局长（王强）'],
  ])('names %s %s as %s', (role, name, said) => expect(personWithRole(role, name)).toBe(said));

  it.each([
    ['潞城分局主要负责人（潞城分局局长（示例））', '须报请潞城分局主要负责人批准，即潞城分局局长（示例）'],
    ['本级行政执法主体主要负责人', '须报请本级行政执法主体主要负责人批准'],
  ])('asks %s for approval', (head, said) => expect(approveBy(head)).toBe(said));
});
