import type { Services } from '../../app/services.js';
import { loadDirectory } from '../../directory/directory-repo.js';
import { identify, type Identity } from '../../directory/who.js';
import { verifyFormToken } from './link-token.js';

export type Refusal = 'missing' | 'invalid' | 'expired' | 'stranger';

/** A signed link lets anyone holding it read the form; `viewer` is known only for a directory member. */
export type Access = { ok: true; viewer?: Identity } | { ok: false; refusal: Refusal };

/**
 * Who may open a printable form: the holder of a valid link, or (only on a local run, where there is
 * no Lark login) a directory member named by `as`, as the simulator does.
 */
export async function formAccess(
  services: Services,
  id: string,
  query: { t?: string; as?: string },
): Promise<Access> {
  if (query.as && services.config.simulator) {
    const directory = await loadDirectory(services.store.db);
    const viewer = directory && identify(directory, query.as);
    if (viewer) return { ok: true, viewer };
    if (!query.t) return { ok: false, refusal: 'stranger' };
  }
  if (!query.t) return { ok: false, refusal: 'missing' };
  const check = await verifyFormToken(services, id, query.t);
  return check === 'valid' ? { ok: true } : { ok: false, refusal: check };
}
