import type { Directory, Enterprise } from '../../../src/domain/org.js';
import { DEFAULT_SETTINGS, type PastInspection } from '../../../src/domain/rules/index.js';
import type { DrawFacts, DrawRequest } from '../../../src/domain/draws/index.js';

function person(id: string) {
  return { id, name: id, title: '执法人员', openId: `ou_${id}` };
}

/** A branch with four enforcement officers and a member who is not one, and a section without marks. */
export const directory: Directory = {
  bureau: '测试局',
  director: 'director',
  people: ['director', 'head', 'o1', 'o2', 'o3', 'o4', 'clerk', 'shead', 's1', 's2'].map(person),
  units: [
    {
      id: 'branch',
      name: '测试分局',
      kind: 'branch',
      level: 'county',
      county: '甲县',
      head: 'head',
      members: ['o1', 'o2', 'o3', 'o4', 'clerk'],
      officers: ['o4', 'o2', 'o3', 'o1'],
    },
    {
      id: 'section',
      name: '测试科',
      kind: 'section',
      level: 'city',
      head: 'shead',
      supervisor: 'director',
      members: ['s2', 's1'],
    },
  ],
};

export function firm(uscc: string, changes: Partial<Enterprise> = {}): Enterprise {
  return {
    name: `企业${uscc}`,
    uscc,
    county: '甲县',
    industry: '化工',
    keyPolluter: true,
    positiveList: false,
    ...changes,
  };
}

export const registry: Enterprise[] = [
  firm('E05'),
  firm('E01'),
  firm('E02', { county: '乙县' }),
  firm('E03', { industry: '建材', keyPolluter: false }),
  firm('E04', { positiveList: true }),
  firm('E06', { positiveList: true, positiveListTo: '2026-06-30' }),
  firm('E07'),
  firm('E08', { majorProblem: true }),
];

export function onSite(uscc: string, dates: string[]): PastInspection[] {
  return dates.map((date) => ({ uscc, date, unit: 'branch', type: 'random', onSite: true }));
}

export function facts(overrides: Partial<DrawFacts> = {}): DrawFacts {
  return {
    directory,
    registry,
    pastInspections: [],
    settings: DEFAULT_SETTINGS,
    visits: [],
    conflicts: [],
    today: '2026-11-26',
    applicant: 'head',
    unit: 'branch',
    ...overrides,
  };
}

export function request(overrides: Partial<DrawRequest> = {}): DrawRequest {
  return {
    filters: { counties: [], industries: [], keyPolluter: 'any' },
    size: { count: 2 },
    perEnterprise: 2,
    inspectorUnits: ['branch'],
    recusalMonths: 12,
    from: '2026-12-01',
    to: '2026-12-10',
    seed: '0123456789abcdef',
    ...overrides,
  };
}
