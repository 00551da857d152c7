import type { Level, UnitKind } from '../org.js';

/** A department as the contact API lists it (open_department_id, the root being "0"). */
export interface TenantDepartment {
  id: string;
  name: string;
  parentId: string;
  leaderOpenId?: string;
}

/** A person in the app's contact range, with the departments they were listed under directly. */
export interface TenantUser {
  openId: string;
  name: string;
  title: string;
  departmentIds: string[];
}

/** What the contact API showed: the tree, its people, and mobiles/emails looked up by batch_get_id. */
export interface Tenant {
  departments: TenantDepartment[];
  users: TenantUser[];
  /** `mobile:…` or `email:…` to open_id, for the ones the tenant knows. */
  contacts: Record<string, string>;
}

/** A department by name (unique in the tenant), by path `甲/乙`, or by open_department_id. */
export type DepartmentRef = string | { id: string };

/** A person by mobile, email, name (unique) or open_id. */
export type Selector = { mobile: string } | { email: string } | { name: string } | { openId: string };

export interface MapUnit {
  id: string;
  department: DepartmentRef;
  kind: UnitKind;
  level: Level;
  county?: string;
  supervisor?: Selector;
  head?: Selector;
}

/** What Lark cannot know about the bureau: its name, who directs it, and which departments are units. */
export interface OrgMap {
  bureau: string;
  director: Selector;
  units: MapUnit[];
  admins?: Selector[];
}

/** Something the sync could not resolve, with the map entry it came from (e.g. `units[2].head`). */
export interface SyncProblem {
  entry: string;
  /** The entry's value as written in the map. */
  value: string;
  message: string;
}

/** An approval step still to be decided (pending, or waiting its turn) in an open request. */
export interface OpenStep {
  requestId: string;
  idx: number;
  role: 'unit-head' | 'supervisor' | 'branch-head' | 'director';
  personId: string;
  name: string;
  unitId: string;
  status: 'pending' | 'waiting';
}

/** An open step the new directory would give to someone else (or to nobody it can name). */
export interface TouchedStep extends OpenStep {
  reason: 'departed' | 'role';
  /** The person the new directory puts in the step's role, if any. */
  toPersonId?: string;
  toName?: string;
}
