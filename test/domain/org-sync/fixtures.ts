import type { OrgMap, Tenant, TenantUser } from '../../../src/domain/org-sync/index.js';

const user = (openId: string, name: string, departmentIds: string[], title = ''): TenantUser => ({
  openId,
  name,
  title,
  departmentIds,
});

/** A small bureau: leaders at the top, two sections, a branch with a squad under it, and two 王芳. */
export function tenant(): Tenant {
  return {
    departments: [
      { id: 'od-bureau', name: '长治市生态环境局', parentId: '0', leaderOpenId: 'ou_dir' },
      { id: 'od-lead', name: '局领导', parentId: 'od-bureau' },
      { id: 'od-air', name: '大气环境科', parentId: 'od-bureau', leaderOpenId: 'ou_airhead' },
      { id: 'od-law', name: '法规与标准科', parentId: 'od-bureau', leaderOpenId: 'ou_lawhead' },
      { id: 'od-lc', name: '潞城分局', parentId: 'od-bureau', leaderOpenId: 'ou_lchead' },
      { id: 'od-lc-squad', name: '执法大队', parentId: 'od-lc' },
      { id: 'od-other', name: '大气环境科', parentId: 'od-lc' },
      { id: 'od-noleader', name: '监测科', parentId: 'od-bureau' },
    ],
    users: [
      user('ou_dir', '李局长', ['od-lead'], '局长'),
      user('ou_dep', '赵副局长', ['od-lead'], '副局长'),
      user('ou_airhead', '张科长', ['od-air'], '科长'),
      user('ou_air1', '王芳', ['od-air']),
      user('ou_air2', '刘强', ['od-air']),
      user('ou_lawhead', '陈科长', ['od-law']),
      user('ou_lchead', '孙局长', ['od-lc']),
      user('ou_lc1', '王芳', ['od-lc-squad']),
      user('ou_lc2', '周敏', ['od-lc-squad', 'od-lc']),
      user('ou_mon', '吴工', ['od-noleader']),
    ],
    contacts: {
      'mobile:13800000001': 'ou_dir',
      'email:zhao@example.cn': 'ou_dep',
      'mobile:13900000000': 'ou_gone',
    },
  };
}

export function map(): OrgMap {
  return {
    bureau: '长治市生态环境局',
    director: { mobile: '13800000001' },
    units: [
      {
        id: 'u-air',
        department: '长治市生态环境局/大气环境科',
        kind: 'section',
        level: 'city',
        supervisor: { email: 'zhao@example.cn' },
      },
      {
        id: 'u-law',
        department: '法规与标准科',
        kind: 'section',
        level: 'city',
        supervisor: { name: '赵副局长' },
      },
      { id: 'u-lc', department: { id: 'od-lc' }, kind: 'branch', level: 'county', county: '潞城区' },
    ],
    admins: [{ openId: 'ou_lawhead' }],
  };
}
