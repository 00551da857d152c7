import type { Directory, Unit } from '../org.js';
import { countyForms } from './places.js';
import { resolveUnit } from './units.js';

/**
 * How sections hand a case to another unit in a free message: a verb (移送、移交、转办、转给、请…核查、
 * 建议…立案、…依法查处), or a note addressed to the unit (「屯留分局：」「致平顺分局」「上党分局同志们好」)
 * and signed by the sender. 属地 or no unit at all leaves the choice to the enterprise's county.
 */

const UNIT_END = '(?:分局|科室|科|队|中心)';
const ACT = '(?:核查|核实|查处|调查|处理|处置|立案|查办|办理|跟进|落实|查看|查一下|处罚)';
/** What may stand between the unit and its task: 「屯留分局负责核查」「你局予以查处」. */
const LINK = '(?:依法|立即|尽快|及时|抓紧|进一步|负责|予以|进行|组织|牵头)*';

const HAND_OVER: readonly RegExp[] = [
  // 「市里转办的案子」「移送的线索」 speak of a case, they do not hand one over.
  /(?:移送|移交|转办|转给|转交|转至|交由|交给|推送给?)(?![的件单])/,
  new RegExp(`转[\\u4e00-\\u9fa5]{2,10}?${UNIT_END}`),
  new RegExp(`(?:请|麻烦|劳烦)[^，。；;,\\n？?]{0,24}?${ACT}`),
  /(?:需|需要|应|务必)(?:进一步)?(?:核查|核实|调查|查处)/,
  new RegExp(`建议[^，。；;,\\n？?]{0,16}?(?:立案|查处|核查|核实|调查)`),
  new RegExp(`(?:${UNIT_END}|属地|你局|贵局)[:：\\s]*${LINK}${ACT}`),
  /依法查处|依法处理|立案查处/,
  // The fields of a `key value;` message: 「意见 核查」「接收 壶关分局」.
  new RegExp(
    `(?:意见|建议|处理)[:：\\s]*(?:需?进一步)?(?:核查|核实|立案|查处)|接收[:：\\s]*[\\u4e00-\\u9fa5]{2,10}?${UNIT_END}`,
  ),
];

/** 「屯留分局：」「致平顺分局」「上党分局同志们好，」「壶关分局负责同志：」 at the very start. */
const ADDRESSED = new RegExp(
  `^(?:致)?\\s*[\\u4e00-\\u9fa5]{2,14}?${UNIT_END}(?:[\\u4e00-\\u9fa5]{0,4}?(?:同志们?|同事们?|们)(?:好)?)?\\s*[:：，,\\n]`,
);

export function isAddressed(text: string): boolean {
  return ADDRESSED.test(text.trim());
}

/** The message gives a case to someone: a hand-over verb or a note addressed to a unit. */
export function handsOver(text: string): boolean {
  return isAddressed(text) || HAND_OVER.some((p) => p.test(text));
}

const BEFORE = /(?:请|麻烦|移送|移交|转给|转交|转至|转|交由|交给|建议|致|接收|给|至|到|由)[:：\s|]*$/;
const AFTER = new RegExp(`^[:：\\s]*${LINK}${ACT}`);
const ASSIST = /协调[:：\s]*$/;
const LOCAL = /属地|所在地|辖区/;

export interface Receiver {
  unit?: Unit;
  /** 「属地分局」: the branch of the enterprise's county, found by routing. */
  local: boolean;
}

interface Place {
  unit: Unit;
  start: number;
  end: number;
}

/** Every unit named in the text; the shortest tail before 分局/科/队/中心 that resolves is the name. */
export function unitMentions(text: string, directory: Directory): Place[] {
  const found: Place[] = [];
  for (const m of text.matchAll(new RegExp(UNIT_END, 'g'))) {
    const end = m.index + m[0].length;
    for (let start = m.index - 2; start >= Math.max(0, m.index - 14); start--) {
      const words = text.slice(start, end);
      if (/[^\u4e00-\u9fa5]/.test(words)) break;
      const unit = resolveUnit(words, directory);
      if (unit) {
        // 「长治市生态环境局潞城分局」: the bureau's name before the branch belongs to it.
        const prefix = /(?:长治市?)?(?:生态环境局|环保局)?$/.exec(text.slice(0, start))?.[0] ?? '';
        found.push({ unit, start: start - prefix.length, end });
        break;
      }
    }
  }
  return found;
}

export function readReceiver(text: string, directory: Directory): Receiver {
  const places = unitMentions(text, directory);
  const receiver = places.find(({ start, end }) => {
    const before = text.slice(Math.max(0, start - 6), start);
    if (ASSIST.test(before)) return false;
    if (BEFORE.test(before) || AFTER.test(text.slice(end, end + 8))) return true;
    return start <= 1 && isAddressed(text);
  });
  const local = LOCAL.test(text);
  const unit = receiver?.unit ?? branchByCounty(text, directory);
  return unit ? { unit, local } : { local };
}

/** 「移送屯留」「转潞城区处理」: a branch named by its county alone, after a hand-over verb. */
function branchByCounty(text: string, directory: Directory): Unit | undefined {
  for (const unit of directory.units) {
    if (unit.kind !== 'branch' || !unit.county) continue;
    for (const form of countyForms(unit.county)) {
      const at = text.indexOf(form);
      if (at >= 0 && BEFORE.test(text.slice(Math.max(0, at - 6), at))) return unit;
    }
  }
  return undefined;
}
