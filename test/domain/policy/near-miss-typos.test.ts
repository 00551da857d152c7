import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { everyday } from '../../../src/domain/policy/everyday.js';
import { answer } from '../../../src/domain/policy/index.js';
import { useLeadModel } from '../../../src/domain/policy/lead-model/index.js';
import { demoContext } from '../../policy/fixtures.js';

const ctx = demoContext();
const ask = (question: string, previous?: string) =>
  answer(question, { ...ctx, ...(previous ? { previous } : {}) });

describe('what another text says, a standard, another law, an opinion: refused by kind', () => {
  it.each([
    // Inside the documents the scheme only points to.
    ['裁量基准里无证排污分几档'],
    ['不予处罚事项清单能不能挨个列出来'],
    ['行为规范实施细则里对执法用语有什么具体规定'],
    ['省厅那个实施意见全文发我一下'],
    // Technical standards and methods.
    ['锅炉颗粒物排放限值是多少'],
    ['厂界噪声白天多少分贝算超'],
    ['氨氮手工监测一次要采几个平行样'],
    ['废活性炭在名录里是什么代码'],
    // How often a monitor is calibrated: its technical specification's, not the scheme's.
    ['钢铁厂的在线监测设备多久校准一次'],
    ['流量计检定周期是多长'],
    ['CEMS要不要每季度标定'],
    // Other laws' own mechanisms.
    ['按日连续处罚从哪天开始算'],
    ['罚款逾期了滞纳金怎么算'],
    ['偷排多少吨够得上污染环境罪'],
    ['按大气法超标排放最高罚多少'],
    // Asks of the bot itself.
    ['你觉得正面清单制度有没有用'],
    ['把安静期翻译成英文'],
    ['帮我写一份现场检查通知书'],
    ['明天会不会发布重污染天气预警'],
    // Honours, hiring, lodging, another department's flights.
    ['正面清单企业能评先进单位吗'],
    ['示例热电今年招聘多少人'],
    ['去沁源查企业住宿标准多少'],
    ['无人机巡查要向民航报备吗'],
  ])('%s is refused', (question) => {
    expect(answer(question, ctx).outOfScope).toBe(true);
  });

  it.each([
    ['检查方式里有没有监测采样这一项', 'annex-2'],
    ['首违不罚有没有事项清单可以参照', '13'],
    ['罚款裁量依据哪个基准', '12'],
    ['超标排放的企业要不要重点监管', '11'],
    // A standard crossed, or a trade named, in a case told stays a case.
    ['企业夜间噪声85分贝扰民，群众举报了，能去查吗', '3'],
    ['在线数据超国标两倍，监控中心发现的线索给谁', '8'],
    ['住宿业企业入企检查谁批', '5'],
  ])('%s stays answered from %s', (question, clause) => {
    const result = answer(question, ctx);
    expect(result.outOfScope).toBe(false);
    expect(result.citations.map((citation) => citation.clause)).toContain(clause);
  });
});

describe('pinyin-keyboard misspellings and officers’ initials read as the scheme’s words', () => {
  it.each([
    ['整盖到位以后还要验收吗', '整改到位以后还要验收吗'],
    ['企业销号前要全留程跟踪吗', '企业销号前要全流程跟踪吗'],
    ['事前预景由谁负责', '事前预警由谁负责'],
    ['执法业务赔训有要求吗', '执法业务培训有要求吗'],
    ['罚款能不能分旗缴纳', '罚款能不能分期缴纳罚款'],
    ['线索来园有哪些', '线索来源有哪些'],
    ['行正许可也按这个办吗', '行政许可也按这个办吗'],
    ['要不要帮企业书困解难', '要不要帮企业纾困解难'],
    ['ZF队去qy检查要fj批吗', '执法队去企业检查要分局批吗'],
    ['dq科发现的线索给zfd', '大气环境科发现的线索给执法队'],
    ['ajq内xcjc要sp吗', '安静期内现场检查要审批吗'],
    ['zxjc方案要bp吗', '专项检查方案要报批吗'],
    ['fxcjc算不算检查次数', '非现场检查算不算检查次数'],
    ['swbf以后还要zg吗', '首违不罚以后还要整改吗'],
    // Dictation: fillers dropped or made pauses, homophones of 安静期 and 分局.
    ['嗯那个安经期还能去查吗', '安静期还能去查吗'],
    ['呃企业归哪个分居管的嗯线索转给谁', '企业归哪个分局管的，线索转给谁'],
    // Chat: emoji dropped, full-width digits read as digits.
    ['附件２有几栏📋', '附件2有几栏'],
    ['裁量是不是罚得越重越好', '裁量是不是畸轻畸重'],
    ['送法上门这个算入企检察吗，要审皮不', '送法上门这个算入企检查吗，要审批吗'],
    // Real words left alone: 都改了, a code, an app, the procuratorate, a belt.
    ['企业都改了吗', '企业都改了吗'],
    ['检察院来函了', '检察院来函了'],
    ['除尘器皮带坏了', '除尘器皮带坏了'],
  ])('%s → %s', (question, read) => {
    expect(everyday(question)).toBe(read);
  });
});

describe('a bare ask with no subject of its own goes on from the last question', () => {
  // The rules alone: the pure suites share one process, so the stored model is put back after each.
  beforeEach(() => useLeadModel(null));
  afterEach(() => useLeadModel(undefined));

  it.each([
    ['靠什么来发现', '哪些科室负责事前预警？', '1'],
    ['最后谁签意见', '专项执法检查审批表要填哪些内容？', 'annex-1'],
    ['往后对它要不要多查几回', '企业弄虚作假怎么处理？', '11'],
  ])('%s after %s → %s', (question, previous, clause) => {
    const result = ask(question, previous);
    expect(result.outOfScope).toBe(false);
    expect(result.citations.map((citation) => citation.clause)).toContain(clause);
  });

  it.each([
    ['那他们食堂几点开饭', '行政处罚决定谁负责公开？'],
    ['他们能评先进单位不', '正面清单企业有什么激励？'],
  ])('%s after %s is still refused', (question, previous) => {
    expect(ask(question, previous).outOfScope).toBe(true);
  });
});
