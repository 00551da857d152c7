import type { Enterprise } from '../org.js';
import { literal } from './literal.js';

/** 「上党区」「长治高新区」 is said 上党, 高新. */
export function placeShort(county: string): string {
  return county.replace(/^长治市?/, '').replace(/[区县市]$/, '');
}

interface Naming {
  place: string;
  trades: string[];
  /** 「陶瓷厂」「医药那家」: a trade word as a noun for the enterprise. */
  asNoun: RegExp;
}

/** The registry is plain data, read but never changed: each enterprise's naming is worked out once. */
const namings = new WeakMap<Enterprise, Naming>();

/**
 * What an enterprise's trade is called: its name less the place, the 2-character brand (字号) and the
 * company form, as 「长治示例危废处置有限公司」 is 「危废处置」, also said by its first or last two characters.
 */
function namingOf(enterprise: Enterprise): Naming {
  const known = namings.get(enterprise);
  if (known) return known;
  const place = placeShort(enterprise.county);
  const core = enterprise.name
    .replace(/(?:股份)?有限(?:责任)?公司$/, '')
    .replace(/集团$/, '')
    .replace(/^长治市?/, '')
    .replace(place, '');
  const trade = core.length >= 4 ? core.slice(2) : core;
  const trades = [...new Set([trade, trade.slice(0, 2), trade.slice(-2), enterprise.industry])].filter(
    (word) => word.length >= 2,
  );
  const naming = {
    place,
    trades,
    asNoun: new RegExp(`(?:${trades.map(literal).join('|')})(?:厂|公司|企业|那家|这家)`),
  };
  namings.set(enterprise, naming);
  return naming;
}

/** 「上党焦化」「高新那个医药公司」「沁源农产品加工那家」: the place, perhaps a pointing word, the trade. */
const BETWEEN = /^(?:区|县|市)?(?:那个|那家|这个|这家|的)?/;

/**
 * The one enterprise a county and a trade word name together, as officers call enterprises in chat;
 * none when the place has several of that trade or none.
 */
export function enterpriseByPlace(text: string, enterprises: readonly Enterprise[]): Enterprise | undefined {
  const found = enterprises.filter((enterprise) => {
    const { place, trades } = namingOf(enterprise);
    if (place.length < 2) return false;
    for (let at = text.indexOf(place); at >= 0; at = text.indexOf(place, at + 1)) {
      const after = text.slice(at + place.length).replace(BETWEEN, '');
      if (trades.some((word) => after.startsWith(word))) return true;
    }
    return false;
  });
  return found.length === 1 ? found[0] : undefined;
}

/** 「平顺分局明天去陶瓷厂」: a trade word with 厂/公司 and the one enterprise of that trade in the unit's county. */
export function enterpriseInCounty(
  text: string,
  county: string,
  enterprises: readonly Enterprise[],
): Enterprise | undefined {
  const found = enterprises.filter(
    (enterprise) => enterprise.county === county && namingOf(enterprise).asNoun.test(text),
  );
  return found.length === 1 ? found[0] : undefined;
}

/** 「钢铁集团」: a group is one enterprise, named by its trade and 集团 when one registered group carries it. */
export function enterpriseByGroup(text: string, enterprises: readonly Enterprise[]): Enterprise | undefined {
  const found = enterprises.filter(
    (enterprise) =>
      enterprise.name.includes('集团') &&
      namingOf(enterprise).trades.some((word) => text.includes(`${word}集团`)),
  );
  return found.length === 1 ? found[0] : undefined;
}
