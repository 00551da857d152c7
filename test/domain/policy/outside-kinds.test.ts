import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

describe('kinds of asks the scheme does not cover, though they name its units, places or words', () => {
  it.each([
    // The bureau's own arrangements: training sessions, printing, report formats.
    ['普法骨干培训班下周几号开班'],
    ['执法培训在哪上课，要带什么'],
    ['宣传折页要印两千份找哪家'],
    ['办公室复印机卡纸了找谁'],
    ['年度执法统计报表的口径怎么定'],
    ['执法数据上报省厅的表头有几列'],
    // An officer's career and pay.
    ['明年评执法岗职称要什么条件'],
    ['分局副局长退休以后谁接班'],
    ['夜查有没有津贴'],
    ['执法人员下乡有没有补贴'],
    // Moving records between devices.
    ['移动执法终端里的照片怎么传到电脑'],
    ['检查记录能批量导出吗'],
    ['记录仪内存卡满了能格式化吗'],
    ['执法记录仪的视频怎么拷出来'],
    ['分局执法人员体检安排在哪天'],
    // The road to a site.
    ['去长治示例焦化有限公司开车多久'],
    ['屯留分局到示例化工导航走哪条路'],
    // Other laws' procedures.
    ['新建项目环评报告书审批找哪个科'],
    ['环评文件报批要多长时间'],
    ['排污许可重新申请要多久'],
    ['企业申请排污许可证要多长时间'],
    ['危废经营许可证谁发'],
    ['企业要跟我们打官司怎么办'],
    ['当事人起诉到法院谁去应诉'],
    ['记者依申请公开处罚卷宗要给吗'],
    ['市民申请信息公开答复期限多长'],
    ['信访事项办理期限是多少天'],
    ['信访件超期了怎么说明'],
    // An enterprise's own business.
    ['企业去银行贷款要环保局开证明吗'],
    ['焦化厂想申请阶梯电价减免'],
    ['企业准备IPO要我们出什么材料'],
    ['企业想上市要环保局出证明吗'],
    ['我想调到市局执法队工作'],
    // Other departments' own matters.
    ['应急管理局的安全生产检查要提前报备吗'],
    ['企业的消防验收没过咋整改'],
    ['住建部门的施工许可谁批'],
  ])('%s is refused', (question) => {
    expect(answer(question, ctx).outOfScope).toBe(true);
  });

  it.each([
    ['和消防部门联合检查企业要不要报批', '3'],
    ['跟应急一块去厂里查要单独报批吗', '5'],
    ['信访举报转来的线索去现场查受不受频次上限', '3'],
    ['专项检查方案要按照规定备案吗', '4'],
    ['环评科发现的违法线索移交给谁', '8'],
    ['执法检查业务学习培训有什么要求', 'org-3'],
    ['企业的用电用能数据能用来发现违法线索吗', '8'],
    ['按这个文件，工作调研要报检查方案吗', 'notice'],
    // A permit lapsed while the enterprise goes on discharging is 无证排污.
    ['企业的排污许可证过期了还在排污怎么处理', '11'],
    ['许可证到期了企业照样生产，算严重违法吗', '11'],
    // An enterprise's business or a changed date told in a case does not take the case out of scope.
    ['长治示例热电是上市公司，有人举报冒黑烟能去查吗', '3'],
    ['企业贷款还不上，罚款能分期交吗', '13'],
    ['检查时间调到12月25号还要报批吗', '5'],
  ])('%s stays answered from %s', (question, clause) => {
    const result = answer(question, ctx);
    expect(result.outOfScope).toBe(false);
    expect(result.citations.map((citation) => citation.clause)).toContain(clause);
  });
});

describe('asks whether the scheme speaks of a matter, or of a kind of data', () => {
  it.each([
    ['普法这块方案里有没有提要求', '有'],
    ['宣传引导方面方案有要求吗', '有'],
    ['整改核查方案里有没有说法', '有'],
    ['无人机拍的能不能用来找违法线索', '可以'],
    ['自动监控数据可以拿来筛选违法线索吗', '可以'],
  ])('%s opens with %s', (question, lead) => {
    const result = answer(question, ctx);
    expect(result.outOfScope).toBe(false);
    expect(result.answer.startsWith(lead)).toBe(true);
  });

  it('names the source asked among 第8条’s list', () => {
    const result = answer('企业的用电量数据能不能用来发现问题', ctx);
    expect(result.answer).toContain('用电用能');
    expect(result.citations.map((citation) => citation.clause)).toContain('8');
  });
});
