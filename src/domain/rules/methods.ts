import type { InspectionMethod, InspectionType } from './types.js';

/**
 * Methods that put officers inside the enterprise. 监测采样 is taken on the premises, so it counts as
 * on-site. 资料核查 and 问询调查 can be done remotely, the way 第8条 wants, so they do not. An
 * unspecified 其他 method is treated as on-site: otherwise choosing it would sidestep 第3条 and
 * 第10条, and an applicant who means a remote method can pick one of the named ones.
 */
const ON_SITE_METHODS: ReadonlySet<InspectionMethod> = new Set(['on-site', 'sampling', 'other']);

export function isOnSite(methods: readonly InspectionMethod[]): boolean {
  return methods.some((method) => ON_SITE_METHODS.has(method));
}

/** 第3条: checks prompted by 投诉举报、转办交办、数据监测 clues or an enterprise's request. */
const CAP_EXEMPT_TYPES: ReadonlySet<InspectionType> = new Set([
  'complaint',
  'referral',
  'monitoring',
  'enterprise-request',
]);

export function isCapExempt(type: InspectionType): boolean {
  return CAP_EXEMPT_TYPES.has(type);
}
