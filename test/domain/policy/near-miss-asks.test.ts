import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { askClause } from '../../../src/domain/policy/near-miss-asks.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();

describe('near-misses told as a case: the clause that asks decides', () => {
  it.each([
    // The penalty procedure's own steps.
    ['钢铁集团超标被罚了，企业申请听证，听证会谁来主持'],
    ['焦化厂的处罚告知书上周发了，陈述申辩期是几天'],
    // Damage compensation, carbon trading, credit rating.
    ['化工厂泄漏污染了鱼塘，分局还在查，损害赔偿找谁磋商'],
    ['热电公司配额不够用了，明年碳交易咋参加'],
    ['水泥厂今年被罚了两回，它会不会被评成黄牌企业'],
    // Samples, forecasts, the press.
    ['明天去焦化厂采样，样品最多能放几天'],
    ['下周去钢厂查重污染天气减排，天气预报说有没有雾霾'],
    ['分局下周查化工厂，报社想派人跟拍，采访要谁同意'],
    // An enterprise's plans, exams, typesetting, a standard's limit.
    ['检查时企业负责人问，明年该不该扩产'],
    ['新同事下周跟着去查铸造厂，他的执法资格考试啥时候考'],
    ['给化工厂的整改通知写好了，正文用什么字体'],
    ['上党分局下周去焦化厂查烟囱，颗粒物限值到底是多少'],
    // Another department's own duties.
    ['襄垣煤矿井下瓦斯超了，这个归谁管'],
    // Buying equipment, an officer's certificate, another document's article.
    ['移动执法终端买哪个牌子好'],
    ['记录仪不够用了想再添几台，采购走什么程序'],
    ['新同事下周去查厂，他啥时候能拿到执法证'],
    ['省厅那个管理办法第三条具体规定了什么'],
    // A permit's own approval, a vendor, who issues a pollution warning, a reward.
    ['企业的排污许可证归哪个部门审批'],
    ['能不能给企业推荐几家环保设备供应商'],
    ['重污染天气橙色预警由哪个部门发布'],
    ['群众举报查实了，奖励标准是多少'],
    // Tax and an official's rank.
    ['正面清单企业纳税上能不能减免'],
    ['执法队队长是什么级别'],
    // The ask not in the last phrase: an asker named after it, several phrases asking.
    ['进了正面清单的企业能享受税收减免吗，长治示例医药有限公司在问'],
    ['电视台记者想来采访我们分局怎么落实企业安静期，接受媒体采访要走啥审批，稿子要谁审'],
    // Software vendors, air-quality statistics, banquets and party days.
    ['双随机抽查用的那个摇号软件是哪家公司开发的？'],
    ['企业安静期12月1日到20日期间，全市空气质量优良天数能达到多少？跟去年同期比是升了还是降了'],
    ['长治示例热电有限公司厂长微信问我，想请局领导去参加他们厂年会，领导能去吗？'],
    ['高新分局党支部这个月搞主题党日。搞什么内容合适？'],
    ['去钢厂检查时看到消防通道堵了，这是消防哪个科管'],
    // The bureau's documents: numbering, layout, the office system.
    ['检查方案签批后要以局文件印发，发文字号由谁编'],
    ['专项方案定稿了，OA系统里发文流程怎么走'],
    ['这份方案印发时红头版式有什么要求'],
    // An emergency's reports and grading.
    ['化工厂昨晚泄漏，初报、续报、终报各有什么要求'],
    ['危废库突发泄漏，多长时间内要向市政府报告'],
    ['这次属于一般突发环境事件，怎么上报'],
  ])('%s is refused', (question) => {
    expect(answer(question, ctx).outOfScope).toBe(true);
  });

  it.each([
    // The subject is background; a visit or a duty is asked.
    ['企业信用评价降了级，我们能去现场查吗'],
    ['记者曝光焦化厂偷排，分局能不能马上去查'],
    ['企业申请了听证，罚完以后还要督促整改吗'],
    ['碳排放数据造假的线索，移送表线索来源勾哪个'],
    // Signed up to an opinion row is no attendance; two amounts for like cases is 类案同罚.
    ['专项审批表只签到分管局长意见，局长意见那栏空着，这样能开展吗'],
    ['同样的事情这家罚2万那家罚8万，合适吗'],
    // An emergency or a document told, the visit or the plan asked.
    ['突发环境事件期间能去企业检查吗'],
    ['检查方案印发前要报谁审批'],
    // Several phrases asking, each the scheme's.
    ['监控中心平台发现企业数据异常，要不要预警提醒，线索移交给谁'],
  ])('%s is answered', (question) => {
    expect(answer(question, ctx).outOfScope).toBe(false);
  });

  it.each([
    ['焦化厂被罚了，企业要听证，听证通知几天送达？', '听证通知几天送达'],
    ['样品怎么保存？明天去采样', '样品怎么保存'],
    ['只有一句话', '只有一句话'],
  ])('the clause that asks in %s is %s', (question, ask) => {
    expect(askClause(question)).toBe(ask);
  });
});
