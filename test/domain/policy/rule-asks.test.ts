import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

describe('a unit and a visit with no enterprise and no date ask the rule, not a case', () => {
  // On a day of the demo calendar's citywide quiet period, which no undated question is about.
  const quietDay = { ...ctx, today: '2026-12-05' };

  it.each([
    ['潞城分局能不能去企业检查', /^可以，但须经审批：县区级入企执法检查由各分局主要负责人审批/],
    ['监控中心可以直接派人去厂里吗', /^可以，但须经审批：市级入企执法检查/],
    ['大气科能不能擅自去企业查', /^不能。实施入企执法检查应严格履行审批程序/],
  ])('%s is answered from 第5条', (question, words) => {
    const result = answer(question, quietDay);
    expect(result.decision).toBeUndefined();
    expect(result.citations[0]?.clause).toBe('5');
    expect(result.answer).toMatch(words);
    expect(result.answer).not.toContain('安静期');
  });

  it.each(['市执法队打算搞个专项检查，需要报批吗', '分局想搞一次专项行动，方案要批吗'])(
    '%s gets 第4条’s approval, with no finding the question never stated',
    (question) => {
      const result = answer(question, quietDay);
      expect(result.decision).toBeUndefined();
      expect(result.citations[0]?.clause).toBe('4');
      expect(result.answer).toMatch(
        /^需要。专项检查方案须经县级以上人民政府或市级生态环境主管部门主要负责人批准/,
      );
      expect(result.answer).not.toMatch(/未聚焦|安静期/);
    },
  );

  it('weighs a stated fact without taking today for the visit’s date', () => {
    const result = answer('分局打算去正面清单企业查，要批吗', quietDay);
    expect(result.citations.map((citation) => citation.clause)).toContain('9');
    expect(result.answer).not.toMatch(/12月5日|安静期/);
  });

  it('still judges a dated visit on the calendar', () => {
    expect(answer('潞城分局12月10日去示例钢铁现场检查要批吗', quietDay).answer).toContain(
      '12月10日处于企业安静期',
    );
  });
});

describe('a period the scheme does not set', () => {
  it('says so, though the quote names a clause by number', () => {
    expect(answer('执法记录仪的视频要保存多久', ctx).answer).toMatch(/^实施方案未规定具体期限；根据第6条/);
  });
});

describe('the verdict of asks the scheme answers with a duty', () => {
  it.each([
    ['免罚了还用得着教育企业吗', /^需要。/],
    ['对有重大环境问题的企业能不能加密检查', /^可以。对发现重大环境问题的企业，应提高日常监管频次/],
    ['检查结束后不反馈结果可以吗', /^不可以。/],
    ['现场执法不戴记录仪可不可以', /^不可以。/],
  ])('%s', (question, verdict) => {
    expect(answer(question, ctx).answer).toMatch(verdict);
  });
});

describe('whether the approver named may approve a special inspection (第4条)', () => {
  it.each([
    ['区里的专项行动区政府同意了可以吗', /^可以，专项检查方案须经县级以上人民政府/],
    ['专项整治方案分局局长能批吗', /^不可以。/],
    ['专项检查方案分管副局长签了就行吗', /^不可以。/],
    ['分局的专项行动方案市局局长批准可以吗', /^可以，/],
  ])('%s', (question, verdict) => {
    const result = answer(question, ctx);
    expect(result.citations[0]?.clause).toBe('4');
    expect(result.answer).toMatch(verdict);
  });
});

describe('whether the approver named may approve an ordinary inspection (第5条)', () => {
  it.each([
    ['市里的检查科长批了行不行', /^不可以。市级入企执法检查由市生态环境局主要负责人或分管局领导审批/],
    ['市里的检查分管局长能批吗', /^可以。市级入企执法检查/],
    ['县区的检查分管副局长批可以吗', /^不可以。县区级入企执法检查由各分局主要负责人审批/],
    ['分局的检查分局长签字就可以吗', /^可以。县区级入企执法检查/],
  ])('%s', (question, verdict) => {
    const result = answer(question, ctx);
    expect(result.citations[0]?.clause).toBe('5');
    expect(result.answer).toMatch(verdict);
  });

  it('answers whether a special inspection needs a written plan from 第4条', () => {
    expect(answer('搞专项检查要不要写方案', ctx).answer).toMatch(/^需要。专项检查方案须经/);
  });
});

describe('activities the notice leaves to other rules', () => {
  it.each(['考核评估入企需不需要报检查方案', '核与辐射检查要不要按这个方案审批'])(
    '%s: 不需要, from the notice',
    (question) => {
      const result = answer(question, ctx);
      expect(result.outOfScope).toBe(false);
      expect(result.citations[0]?.clause).toBe('notice');
      expect(result.answer).toMatch(/^不需要。这一事项不适用本实施方案/);
    },
  );
});

describe('a clue to a positive-list enterprise, or one a section finds', () => {
  it.each([
    ['白名单企业被群众投诉了还能查吗', '3'],
    ['正面清单上的企业自己申请检查可以吗', '3'],
  ])('%s: 第3条’s trigger first, then 第9条', (question, clause) => {
    const result = answer(question, ctx);
    expect(result.answer).toMatch(/^可以。/);
    expect(result.citations.map((citation) => citation.clause)).toEqual([clause, '9']);
  });

  it.each(['大气科在用电监控里发现企业有异常怎么办', '土壤科发现企业危废问题交给谁'])(
    '%s: the section hands the clue to the branch (第8条)',
    (question) => {
      const result = answer(question, ctx);
      expect(result.citations[0]?.clause).toBe('8');
      expect(result.answer).toContain('移交有关分局');
    },
  );
});

describe('whether a penalty may be spared', () => {
  it.each([
    ['头一回违法而且危害很小，能否免罚', /^可以，/],
    ['情节轻微又是初犯可以不处罚吗', /^可以，/],
    ['偷排偷放的能不能不罚', /^不(?:能|可以)。.*依法严惩/],
    ['无证排污可以免罚吗', /^不(?:能|可以)。/],
  ])('%s', (question, verdict) => {
    expect(answer(question, ctx).answer).toMatch(verdict);
  });
});

describe('the part of a quoted rule that answers a choice or an amount, first', () => {
  it.each([
    ['送法入企是市局统一组织还是按县区组织', /^以县区为单位。“执法普法、送法入企”工作以县区为单位/],
    ['普法活动由市局牵头还是各县区为单位开展', /^以县区为单位。/],
  ])('%s opens with the side the scheme takes', (question, words) => {
    expect(answer(question, ctx).answer).toMatch(words);
  });

  it.each(['重点企业一年普法覆盖多少', '送法入企每年要覆盖多少家重点企业'])(
    '%s opens with 第2条’s 全覆盖',
    (question) => {
      expect(answer(question, ctx).answer).toMatch(/^力争做到每年全市重点企业全覆盖[；。]/);
    },
  );

  it.each([
    ['检查的时候能不能顺便给企业讲讲法', /^可以。利用现场执法检查等契机/],
    ['执法时顺带普普法行吗', /^可以。利用现场执法检查等契机/],
    ['送法入企归谁组织', /^“执法普法、送法入企”工作以县区为单位/],
  ])('%s answers the part of 第2条 asked', (question, words) => {
    const result = answer(question, ctx);
    expect(result.answer).toMatch(words);
    expect(result.citations[0]?.clause).toBe('2');
  });

  it.each(['双随机抽查比例定多少', '一年抽几家企业', '双随机每年抽多少家'])(
    '%s: the scheme sets no figure, then 第3条’s yearly plan',
    (question) => {
      const result = answer(question, ctx);
      expect(result.answer).toMatch(/^实施方案未规定具体(?:比例|数量)；.*年度执法检查计划/);
      expect(result.citations[0]?.clause).toBe('3');
    },
  );

  it('picks no side the rule names both of', () => {
    expect(answer('送法入企是集中培训还是现场帮扶', ctx).answer).toMatch(/^根据第2条/);
  });

  it('leaves a count asked of a rule without one as it was', () => {
    expect(answer('普法讲座一年搞几回', ctx).answer).toMatch(/^根据第2条/);
  });
});

describe('the procedure of a visit a unit plans', () => {
  it.each(['土壤科想去企业检查需要哪些手续', '分局去企业检查要走什么流程'])(
    '%s: 第5条’s 审批程序',
    (question) => {
      const result = answer(question, ctx);
      expect(result.citations[0]?.clause).toBe('5');
      expect(result.answer).toMatch(
        /^实施入企执法检查，应严格履行审批程序，制定检查方案并报行政执法主体负责人审批：/,
      );
    },
  );
});

describe('what a plan holds is its form', () => {
  it.each([
    ['入企检查方案要写哪些内容', 'annex-2'],
    ['检查方案里得填些啥', 'annex-2'],
    ['专项检查方案要写啥', 'annex-1'],
  ])('%s is answered from %s', (question, clause) => {
    const result = answer(question, ctx);
    expect(result.citations[0]?.clause).toBe(clause);
    expect(result.answer).toContain('检查依据');
  });

  it('leaves a rectification plan to 第15条', () => {
    expect(answer('整改计划要写什么', ctx).citations[0]?.clause).toBe('15');
  });
});

describe('whether a listed enterprise is still visited', () => {
  it.each([
    ['正面清单的企业还查不查', /^可以，但视情减少或免除现场检查/],
    ['在正面清单里的厂子，双随机抽到了还去不去', /^可以，但视情减少或免除现场检查/],
    ['正面清单企业是不是就不来查了', /^不是，/],
  ])('%s', (question, opening) => {
    expect(answer(question, ctx).answer).toMatch(opening);
  });
});

describe('a unit that checks an enterprise asks 第5条, in any wording of the visit', () => {
  it.each(['执法队查企业找谁批', '监控中心查企业谁批', '分局查厂子要谁同意'])('%s', (question) => {
    const result = answer(question, ctx);
    expect(result.citations[0]?.clause).toBe('5');
    expect(result.answer).toMatch(/审批/);
  });
});

describe('asks that only look like others', () => {
  it('reads 「企业自己打报告申请」 as the enterprise’s request, not the bureau’s approval', () => {
    const result = answer('企业自己打报告申请我们去查，今年已经查过两次了还能去吗', ctx);
    expect(result.answer).toMatch(/应企业申请/);
    expect(result.citations.map((citation) => citation.clause)).toContain('3');
  });

  it.each(['一年查几次有规定没', '专项检查多长时间有规定吗'])('%s asks for the number', (question) => {
    expect(answer(question, ctx).answer).toMatch(/^(?:实施方案未规定|[^。]*\d)/);
  });

  it('keeps a broken recorder in a visit’s procedure in scope', () => {
    const result = answer('执法记录仪坏了，拿手机拍凑合行不行', ctx);
    expect(result.outOfScope).toBe(false);
    expect(result.citations[0]?.clause).toBe('6');
  });

  it('still refuses the repair itself', () => {
    expect(answer('执法记录仪坏了找谁修', ctx).outOfScope).toBe(true);
  });
});

describe('how an enterprise gets on the positive list, in everyday words', () => {
  it.each(['正面清单企业咋评上的', '怎么才能选进正面清单', '正面清单是怎么评定的'])('%s', (question) => {
    expect(answer(question, ctx).answer).toMatch(/筛选程序/);
  });
});

describe('第13条’s coercive measures asked by name', () => {
  it.each(['能否扣押企业的生产设备', '这家厂可不可以先停产整治', '可以限制生产吗'])(
    '%s is answered from 第13条, however like a licensing question it reads',
    (question) => {
      const result = answer(question, ctx);
      expect(result.outOfScope).toBe(false);
      expect(result.citations[0]?.clause).toBe('13');
      expect(result.answer).toContain('审慎采取');
    },
  );
});
