import { loadDirectory } from '../directory/directory-repo.js';
import { CARD_LIFETIME_DAYS, refreshCutoff } from '../domain/card-age.js';
import type { PeriodicJob } from '../scheduler.js';
import { appendAudit } from '../store/audit-repo.js';
import { loadRefreshAfterDays } from '../store/card-settings.js';
import type { Tx } from '../store/db.js';
import { agingTrackedCards, type TrackedCard } from '../store/tracked-cards.js';
import { actionContextOf, type ActionContext } from './action-context.js';
import type { Services } from './services.js';

/** One renewal run's clock: cards sent before `cutoff` are renewed, those before `expired` are dead. */
export interface RenewalRun {
  env: ActionContext;
  /** Sent more than `cards.refreshAfterDays` ago: due for a fresh card. */
  cutoff: string;
  /** Sent more than 14 days ago: Lark takes no patch or click on it any more. */
  expired: string;
}

/**
 * The shared loop behind every feature's card renewal: reads the directory and the cutoffs once,
 * lists the aging cards, and renews each in its own transaction (`renew` answers whether a fresh
 * card went out). Safe on several instances as long as `renew` retires the old card conditionally.
 * Returns the keys of the cards renewed.
 */
export async function renewAgingCards<C>(
  services: Services,
  aging: (run: RenewalRun) => Promise<readonly C[]>,
  renew: (tx: Tx, run: RenewalRun, card: C) => Promise<boolean>,
  key: (card: C) => string,
): Promise<string[]> {
  const directory = await loadDirectory(services.store.db);
  if (!directory) return [];
  const env = actionContextOf(services, directory);
  const now = new Date(env.at);
  const run: RenewalRun = {
    env,
    cutoff: refreshCutoff(now, await loadRefreshAfterDays(services.store.db)),
    expired: refreshCutoff(now, CARD_LIFETIME_DAYS),
  };
  const renewed: string[] = [];
  for (const card of await aging(run)) {
    if (await services.store.write((tx) => renew(tx, run, card))) renewed.push(key(card));
  }
  // A renewal that sent nothing may still have patched a card into a record.
  services.kickOutbox();
  return renewed;
}

/** What a renewal sent a fresh card for, for its `<entity>.card-renewed` audit row. */
export interface Renewed {
  entity: string;
  entityId: string;
  detail: Record<string, unknown>;
}

/**
 * The renewal of one kind of tracked card (src/store/tracked-cards.ts): `renew` for tests and
 * callers, and the periodic job to register. `renewOne` retires the card, patches it into a record
 * and sends the fresh card; it answers what it renewed (audited here), or false when nothing was due.
 * `before` runs once ahead of the transactions (for what a write inside a write cannot make).
 */
export function trackedCardRenewal(
  name: string,
  kind: string,
  renewOne: (tx: Tx, env: ActionContext, card: TrackedCard, run: RenewalRun) => Promise<Renewed | false>,
  before?: (services: Services) => Promise<void>,
): { renew: (services: Services) => Promise<string[]>; job: PeriodicJob } {
  const renewAudited = async (tx: Tx, run: RenewalRun, card: TrackedCard) => {
    const renewed = await renewOne(tx, run.env, card, run);
    if (!renewed) return false;
    const { entity, entityId, detail } = renewed;
    const entry = { actor: 'system', action: `${entity}.card-renewed`, entity, entityId };
    await appendAudit(tx, { ...entry, detail: { ...detail, from: card.cardRef } }, run.env.at);
    return true;
  };
  const renew = async (services: Services) => {
    await before?.(services);
    return renewAgingCards(
      services,
      ({ cutoff }) => agingTrackedCards(services.store.db, kind, cutoff),
      renewAudited,
      (card) => card.cardRef,
    );
  };
  return {
    renew,
    job: {
      name,
      run: async (services) => {
        await renew(services);
      },
    },
  };
}
