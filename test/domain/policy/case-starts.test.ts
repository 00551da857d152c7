import { describe, it } from 'vitest';
import { checkCase, type Row } from './case-check.js';

describe('a first offence told in passing, put right on the spot, asks 第13条’s relief', () => {
  it.each<Row>([
    ['举报那家厂我们查了，雨污没分流，这家头一次出这类问题，当场就改了，能不能不罚', ['13'], [], /^可以/],
    ['检查发现危废标签贴错，企业第一次犯，现场补齐了，批评教育一下不立案行不行？', ['13', '14'], [], /^可以/],
    ['初犯，台账记得不全，当场补上了，能否只约谈不处罚', ['13'], [], /^可以/],
    // A serious violation is no first offence to spare: 第11条 leads.
    ['复查时发现企业私设暗管排废水，头一次被查到，可以按首违不罚吗', ['11', '13'], [], /^不能/],
  ])('%s', (...row) => checkCase(row));
});

describe('a visit asked with its count (「还能第三次去吗」) is weighed as a visit', () => {
  it.each<Row>([
    ['长治示例焦化有限公司今年已经查了两次，在线数据超标，还能第三次去吗', ['3'], [], /^可以/],
    ['示例焦化今年双随机进过两回了，接到举报，能不能再去一趟', ['3'], [], /^可以/],
  ])('%s', (...row) => checkCase(row));
});

describe('one visit made with another department is 第3条’s 综合一次查', () => {
  it.each<Row>([
    ['长治示例水泥有限公司，住建局也要查扬尘，两边合并一次查行不行', ['3'], [], /^可以/],
    ['双随机抽到长治示例化工有限公司，消防那边也抽到了，两家并在一起查可不可以', ['3'], [], /^可以/],
    ['市场监管局也抽到长治示例焦化有限公司，能不能跟他们合并成一次进厂', ['3'], [], /^可以/],
  ])('%s', (...row) => checkCase(row));
});
