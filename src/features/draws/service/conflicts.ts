import type { Services } from '../../../app/services.js';
import { findEnterpriseByNameOrCode, findEnterprises } from '../../../directory/directory-repo.js';
import type { Directory } from '../../../domain/org.js';
import { appendAudit } from '../../../store/audit-repo.js';
import { drawRefusal } from '../refusals.js';
import {
  activeConflicts,
  findActiveConflict,
  insertConflict,
  withdrawConflict,
} from '../store/conflict-repo.js';

/** The CLI has a store and a clock but no bot around it. */
export type ConflictServices = Pick<Services, 'store' | 'now'>;

export interface ConflictInput {
  /** open_id or person id of the inspector. */
  person: string;
  /** USCC, name or short name of the enterprise. */
  enterprise: string;
  reason: string;
}

export interface DeclaredConflictView {
  id: number;
  personId: string;
  personName: string;
  uscc: string;
  enterpriseName: string;
  reason: string;
}

/** 利害关系回避: once declared, the inspector is never drawn for that enterprise until withdrawn. */
export async function declareConflict(
  services: ConflictServices,
  directory: Directory,
  input: ConflictInput,
  actor: string,
): Promise<DeclaredConflictView> {
  const person = directory.people.find((p) => p.openId === input.person || p.id === input.person);
  if (!person) throw drawRefusal('BAD_INPUT', `通讯录中没有“${input.person}”。`);
  const enterprise = await findEnterpriseByNameOrCode(services.store.db, input.enterprise.trim());
  if (!enterprise) throw drawRefusal('BAD_INPUT', `企业名录中没有“${input.enterprise}”。`);
  const reason = input.reason.trim();
  if (!reason) throw drawRefusal('BAD_INPUT', '请写明回避理由。');
  const at = services.now().toISOString();
  const declared = await services.store.write(async (tx) => {
    const existing = await findActiveConflict(tx, person.id, enterprise.uscc);
    if (existing) return { id: existing.id, reason: existing.reason };
    const inserted = await insertConflict(tx, {
      personId: person.id,
      uscc: enterprise.uscc,
      reason,
      declaredBy: actor,
      declaredAt: at,
    });
    await appendAudit(
      tx,
      {
        actor,
        action: 'draw-conflict.declared',
        entity: 'draw-conflict',
        entityId: String(inserted),
        detail: { personId: person.id, uscc: enterprise.uscc, reason },
      },
      at,
    );
    return { id: inserted, reason };
  });
  return {
    ...declared,
    personId: person.id,
    personName: person.name,
    uscc: enterprise.uscc,
    enterpriseName: enterprise.name,
  };
}

/** Every declaration in force, with names for people to read. */
export async function listDeclaredConflicts(
  services: ConflictServices,
  directory: Directory,
): Promise<DeclaredConflictView[]> {
  const rows = await activeConflicts(services.store.db);
  const registry = await findEnterprises(
    services.store.db,
    rows.map((row) => row.uscc),
  );
  return rows.map((row) => ({
    id: row.id,
    personId: row.personId,
    personName: directory.people.find((p) => p.id === row.personId)?.name ?? row.personId,
    uscc: row.uscc,
    enterpriseName: registry.find((e) => e.uscc === row.uscc)?.name ?? row.uscc,
    reason: row.reason,
  }));
}

export async function withdrawDeclaredConflict(
  services: ConflictServices,
  id: number,
  actor: string,
): Promise<void> {
  const at = services.now().toISOString();
  await services.store.write(async (tx) => {
    const row = await withdrawConflict(tx, id, at);
    if (!row) throw drawRefusal('NOT_FOUND', `没有编号为${id}的有效回避申报。`);
    await appendAudit(
      tx,
      {
        actor,
        action: 'draw-conflict.withdrawn',
        entity: 'draw-conflict',
        entityId: String(id),
        detail: { personId: row.personId, uscc: row.uscc },
      },
      at,
    );
  });
}
