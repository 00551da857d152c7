import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

describe('refused words stated beside a case are background, the ask decides', () => {
  it.each([
    // Weather and roads told before an ask about the quiet period or the cap.
    ['潞城分局下周三想去长治示例焦化有限公司 这两天刮大风 那天算不算安静期', '10'],
    ['屯留分局12月10日要去化工厂 雪还没化 路滑 那几天企业是不是在安静期', '10'],
    // The car or an honour mentioned, the count asked.
    ['平顺分局 企业为了评先进主动申请我们上门 这回算检查次数吗', '3'],
    // The equipment taken on site, the car in passing.
    ['武乡分局后天去长治示例焦化有限公司 坐执法车过去 现场要配哪些装备', '6'],
    // Leave told as where the officer was, the visit asked.
    ['上周我在休年假，回来发现长治示例化工有限公司被举报了，12月3日去现场，安静期能去吗', '10'],
  ])('%s leads with 第%s条', (question, clause) => {
    const result = answer(question, ctx);
    expect(result.outOfScope, question).toBe(false);
    expect(result.citations[0]?.clause, `${question} → ${result.answer}`).toBe(clause);
  });

  it.each([
    // The ask is about the background itself.
    ['明天去黎城查企业，执法车没油了，找谁加油'],
    ['下周去钢厂检查 路上下大雪 路况咋样'],
    ['分局要评先进，名额怎么分'],
    // No case told: a printer jam and a form.
    ['打印机坏了，专项审批表咋打出来'],
    // Staff's own leave, asked about right after it (「领导能批吗」 names nothing of the scheme's).
    ['科室想趁12月1日到20日全市企业安静期这段时间，安排大家集中休年假，领导能批吗，需要走什么程序'],
    // The background is the last phrase, so it is what is asked.
    ['下周去焦化厂，那边路况怎么样'],
  ])('%s is refused', (question) => {
    expect(answer(question, ctx).outOfScope, question).toBe(true);
  });

  // An enterprise's vehicles are a fact of the case, the bureau's own are not the scheme's.
  it.each([
    ['遥感监测发现长治示例煤业有限公司运煤车辆11月有27车次排气超标，线索移交给哪个分局？', false],
    ['执法队的车辆坏了找谁修', true],
    ['下周去检查派几辆车', true],
  ])('%s: refused %s', (question, refused) => {
    expect(answer(question, ctx).outOfScope, question).toBe(refused);
  });
});
