import { loadDirectory } from '../directory/directory-repo.js';
import { personById } from '../directory/who.js';
import type { Database } from '../store/db.js';

/** The section that keeps the bureau's rules and records, by its name in the organisation file. */
export const RECORDS_SECTION = '法规与标准科';

/**
 * Who hears about backups. The organisation file marks no administrators, so it is the bureau's
 * director and the head of 法规与标准科, as the directory has them now.
 */
export async function backupAdmins(db: Database): Promise<string[]> {
  const dir = await loadDirectory(db);
  if (!dir) return [];
  const section = dir.units.find((u) => u.name === RECORDS_SECTION);
  const ids = [dir.director, section?.head].filter((id): id is string => !!id);
  const openIds = ids.map((id) => personById(dir, id)?.openId).filter((o): o is string => !!o);
  return [...new Set(openIds)];
}
