import { parseBody, type Parsed } from '../../api/parse-body.js';
import { z } from 'zod';
import { SEED_PATTERN, type DrawRequest } from '../../domain/draws/index.js';
import type { Directory, Person, Unit } from '../../domain/org.js';
import { isCalendarDate } from '../../domain/rules/index.js';
import type { DrawSettings } from './settings.js';

const date = z
  .string({ error: '请填写日期' })
  .trim()
  .refine(isCalendarDate, '应为有效日期，格式为 YYYY-MM-DD');
const names = z.array(z.string().trim().min(1, '不能为空')).default([]);

/** The JSON of `POST /draws`; the chat form is turned into the same shape. */
export const drawInputSchema = z
  .object({
    initiator: z.string({ error: '请提供发起人' }).trim().min(1, '请提供发起人'),
    unit: z.string().trim().min(1).optional(),
    counties: names,
    industries: names,
    keyPolluter: z
      .enum(['any', 'only', 'exclude'], { error: '重点排污单位筛选应为 any|only|exclude' })
      .default('any'),
    count: z
      .number({ error: '抽取数量应为整数' })
      .int('抽取数量应为整数')
      .positive('抽取数量应至少为1家')
      .optional(),
    ratioPercent: z
      .number({ error: '抽取比例应为数字' })
      .positive('抽取比例应大于0')
      .max(100, '抽取比例不能超过100%')
      .optional(),
    perEnterprise: z
      .number({ error: '每家企业检查人数应为整数' })
      .int('每家企业检查人数应为整数')
      .min(2, '每家企业至少2名检查人员')
      .optional(),
    inspectorUnits: z.array(z.string().trim().min(1)).optional(),
    recusalMonths: z
      .number({ error: '回避期限应为整数' })
      .int()
      .min(0)
      .max(120, '回避期限不超过120个月')
      .optional(),
    from: date,
    to: date,
    content: z.string({ error: '请填写检查内容' }).trim().min(1, '请填写检查内容'),
    seed: z.string().regex(SEED_PATTERN, '随机种子应为16位小写十六进制数').optional(),
    /** Why the unit draws again for a pool and period it already drew (needs the head's approval). */
    repeatReason: z.string().trim().min(1, '请写明再次抽取的理由').max(500, '理由不超过500字').optional(),
  })
  .refine((input) => (input.count === undefined) !== (input.ratioPercent === undefined), {
    path: ['count'],
    error: '请填写抽取数量或抽取比例，二者选一',
  });

export type DrawInputBody = z.infer<typeof drawInputSchema>;

export type { FieldIssue } from '../../api/parse-body.js';

export function parseDrawInput(raw: unknown): Parsed<DrawInputBody> {
  return parseBody(drawInputSchema, raw);
}

/** A draw request with its people and units found in the directory. */
export interface ResolvedDraw {
  initiator: Person;
  unit: Unit;
  /** The request without its seed: the seed is fixed when the draw is held. */
  request: Omit<DrawRequest, 'seed'>;
  /** A caller's seed, only ever set on a test installation. */
  seed?: string;
  content: string;
  repeatReason?: string;
  /** The body as validated, kept with a repeat request so the approval draws exactly what was asked. */
  body: DrawInputBody;
}

export const SEED_REFUSED =
  '正式环境不接受指定随机种子：种子由系统在抽取时生成，先公布其承诺值，检查期限结束后公开秘密值，任何人不得选定。复核抽查请使用 GET /api/v1/draws/:id/verify 或 draw verify。';

/** Units whose head is this person (科室负责人 / 分局主要负责人). */
export function headedUnits(directory: Directory, personId: string): Unit[] {
  return directory.units.filter((unit) => unit.head === personId);
}

/** Only a unit head starts a draw for their unit; inspector units must exist. */
export function resolveDraw(
  directory: Directory,
  input: DrawInputBody,
  settings: DrawSettings,
  testSeeds: boolean,
): Parsed<ResolvedDraw> {
  if (input.seed && !testSeeds) return { ok: false, issues: [{ field: 'seed', message: SEED_REFUSED }] };
  const initiator = directory.people.find((p) => p.openId === input.initiator);
  if (!initiator) return { ok: false, issues: [{ field: 'initiator', message: '发起人不在本局通讯录中' }] };
  const headed = headedUnits(directory, initiator.id);
  const unit = input.unit ? headed.find((u) => u.id === input.unit) : headed[0];
  if (!unit) {
    const message = input.unit ? '发起人不是该单位负责人' : '仅科室或分局负责人可以发起双随机抽查';
    return { ok: false, issues: [{ field: input.unit ? 'unit' : 'initiator', message }] };
  }
  const inspectorUnits = input.inspectorUnits?.length ? [...new Set(input.inspectorUnits)] : [unit.id];
  const unknown = inspectorUnits.filter((id) => !directory.units.some((u) => u.id === id));
  if (unknown.length > 0) {
    return {
      ok: false,
      issues: [{ field: 'inspectorUnits', message: `机构名录中没有${unknown.join('、')}` }],
    };
  }
  return {
    ok: true,
    value: {
      initiator,
      unit,
      request: {
        filters: { counties: input.counties, industries: input.industries, keyPolluter: input.keyPolluter },
        size: input.count !== undefined ? { count: input.count } : { ratioPercent: input.ratioPercent ?? 0 },
        perEnterprise: input.perEnterprise ?? settings.perEnterprise,
        inspectorUnits,
        recusalMonths: input.recusalMonths ?? settings.recusalMonths,
        from: input.from,
        to: input.to,
      },
      ...(input.seed ? { seed: input.seed } : {}),
      ...(input.repeatReason ? { repeatReason: input.repeatReason } : {}),
      content: input.content,
      body: input,
    },
  };
}
