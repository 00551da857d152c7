import type { Services } from '../../../app/services.js';
import { formLink } from '../../../pages/forms/index.js';
import { loadView } from '../store/request-repo.js';
import type { RequestView } from '../types.js';

/** The approved 附件1 special inspection a 专项 plan carries out, as its 附件2 prints it. */
export interface LinkedSpecialView {
  id: string;
  name: string;
  from: string;
  to: string;
  /** Its own form page on this server (path and token), behind a link token of its own. */
  href: string;
}

/**
 * For a plan that names a special inspection (ZX-…): its number, name and period, and a link to its
 * 附件1. Undefined for any other request, or when the named one is not a special inspection.
 */
export async function linkedSpecialOf(
  services: Services,
  view: RequestView,
): Promise<LinkedSpecialView | undefined> {
  if (view.form.kind !== 'plan' || !view.form.special) return undefined;
  const special = await loadView(services.store.db, view.form.special);
  if (special?.form.kind !== 'special') return undefined;
  const { name, from, to } = special.form;
  // Relative: the page links within the server it was opened from, whatever the public address is.
  const link = new URL(await formLink(services, special.id));
  return { id: special.id, name, from, to, href: `${link.pathname}${link.search}` };
}
