import { readFileSync } from 'node:fs';
import type { Directory, Enterprise } from '../../../src/domain/org.js';

const seed = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../db/seed/${file}`, import.meta.url), 'utf8'));

export const directory = seed('org.json') as Directory;
export const enterprises = (seed('enterprises.json') as { enterprises: Enterprise[] }).enterprises;

export function enterprise(name: string): Enterprise {
  const found = enterprises.find((e) => e.name === name);
  if (!found) throw new Error(`No demo enterprise ${name}`);
  return found;
}

export const schemeText = readFileSync(
  new URL('../../../src/domain/policy/text/changhuanfa-2025-36.txt', import.meta.url),
  'utf8',
);

/** The two referral messages of /work/shared/examples/messages.md, verbatim. */
export const SAMPLE_LABELLED = `线索移送
接收单位：潞城分局
涉嫌违法主体：长治示例钢铁集团有限公司
统一社会信用代码：91140406W20GL578PP
线索来源：监测数据
涉嫌违法行为：大气污染
问题描述：11月20日至22日在线监测显示颗粒物小时均值多次超标，最高超标1.8倍。
涉嫌违反法律规定：《中华人民共和国大气污染防治法》第九十九条
移交材料：在线监测数据截图3张；超标时段统计表1份
移送意见：建议立案`;

export const SAMPLE_ONE_LINER =
  '@执法助手 移送线索：示例化工（屯留）夜间疑似偷排，信访举报，水污染，建议进一步核查';
