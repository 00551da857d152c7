import { describe, expect, it } from 'vitest';
import { everyday } from '../../../src/domain/policy/everyday.js';
import { VIOLATION } from '../../../src/domain/policy/stated-facts.js';

// 第11条's serious violations as officers tell them, read by the everyday reader first.
describe('a serious violation in the officers’ words', () => {
  it.each([
    '发现企业那个制污设施没正常开',
    '在线数据被人篡改过',
    '有个厂没证就在排',
    '一个厂头一次被发现排放超了',
    '环保员说晚上电价高的时候除尘器有时候停一会儿',
    '出水化学需氧量超了零点几倍',
    '烧结PM超了',
    '治污设施不通电',
    '还把在线数据弄假',
    '夜查 脱硫塔循环泵停着',
    '还发现在线监测数据有人为修改的痕迹',
    '夜里偷偷开中频炉不开除尘',
  ])('%s', (text) => {
    expect(VIOLATION.test(everyday(text))).toBe(true);
  });

  it.each([
    'COD还没超了',
    '出水数据快超了，想先提醒企业',
    '颗粒物小时浓度一直在限值90%上下晃，没有超标',
    '单位的管理制度不健全',
    '会先停一会儿再说',
    '证照齐全，手续完备',
  ])('leaves %s alone', (text) => {
    expect(VIOLATION.test(everyday(text))).toBe(false);
  });
});
