import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  DATABASE_URL: z
    .string()
    .default('file:data/zhifa.db')
    .refine(
      (v) => /^(file:|libsql:|https?:|wss?:|:memory:)/.test(v),
      'must start with file:, libsql:, http(s): or ws(s):',
    ),
  DATABASE_AUTH_TOKEN: optionalText,
  LARK_APP_ID: optionalText,
  LARK_APP_SECRET: optionalText,
  LARK_ENCRYPT_KEY: optionalText,
  LARK_VERIFICATION_TOKEN: optionalText,
  LARK_DOMAIN: z.url({ protocol: /^https?$/ }).default('https://open.feishu.cn'),
  LARK_MODE: z.enum(['webhook', 'websocket']).default('webhook'),
  ORG_FILE: optionalText,
  ENTERPRISES_FILE: optionalText,
  QUIET_PERIODS_FILE: optionalText,
  ORG_MAP_FILE: optionalText,
  ORG_SYNC_EVERY: z
    .string()
    .trim()
    .regex(/^([1-9]\d*)(m|h|d)$/, 'a whole number of minutes, hours or days, e.g. 6h, 1d')
    .default('1d'),
  API_TOKEN: optionalText,
  ADMIN_OPEN_IDS: optionalText,
  PUBLIC_BASE_URL: z
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DEV_SIMULATOR: z.enum(['0', '1']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LLM_BASE_URL: z.url().optional(),
  LLM_API_KEY: optionalText,
  LLM_MODEL: optionalText,
  BACKUP_DIR: optionalText,
  BACKUP_EVERY: z
    .string()
    .trim()
    .regex(/^([1-9]\d*)(m|h|d)$/, 'a whole number of minutes, hours or days, e.g. 30m, 6h, 1d')
    .default('1d'),
  BACKUP_KEEP: z.coerce.number().int().min(1).max(1000).default(14),
  // The message resource API serves at most 100 MB (docs/lark-platform.md §5).
  ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(100 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  ATTACHMENT_OFFER_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(5),
  DRAW_TEST_SEEDS: z.enum(['0', '1']).default('0'),
  LARK_APPROVAL_CENTER: z.enum(['0', '1']).default('0'),
  LARK_QUIET_CALENDAR: z.enum(['0', '1']).default('0'),
  LARK_APPROVAL_ACTION_TOKEN: optionalText,
  LARK_APPROVAL_ACTION_KEY: optionalText,
});

/** The raw environment variables the bot reads, before `loadConfig` turns them into a `Config`. */
export type EnvVars = z.input<typeof schema>;

export interface Config {
  port: number;
  databaseUrl: string;
  databaseAuthToken?: string;
  /** Without an app id the bot runs in local mode: outbound messages are stored, not sent. */
  localMode: boolean;
  lark: {
    appId?: string;
    appSecret?: string;
    encryptKey?: string;
    verificationToken?: string;
    domain: string;
    mode: 'webhook' | 'websocket';
  };
  files: { org?: string; enterprises?: string; quietPeriods?: string; orgMap?: string };
  /** The scheduled re-sync of the directory from Lark's contacts; off without credentials or a map. */
  orgSync?: { mapFile: string; every: string; everyMs: number };
  apiToken?: string;
  /** open_ids of the bureau's administrators, told when a message cannot reach someone. */
  administrators: string[];
  publicBaseUrl: string;
  simulator: boolean;
  logLevel: string;
  llm?: { baseUrl: string; apiKey?: string; model: string };
  /** Scheduled backups of an embedded file; off unless BACKUP_DIR is set. */
  backup?: BackupConfig;
  /**
   * A test installation: `POST /draws` may name its seed, and such draws are marked as test draws.
   * Off unless DRAW_TEST_SEEDS=1; local mode alone never turns it on.
   */
  drawTestSeeds: boolean;
  /** Pictures and files sent with a referral (移交材料). */
  attachments: AttachmentConfig;
  /**
   * Requests kept in Feishu's approval center (三方审批), approvable there; off unless
   * LARK_APPROVAL_CENTER=1 with an app id. `actionToken` checks the center's quick-approval callbacks,
   * `actionKey` decrypts them when set.
   */
  approvalCenter?: { actionToken: string; actionKey?: string };
  /**
   * The quiet-period calendar kept as a shared Feishu calendar 「企业安静期」 (Calendar v4); off unless
   * LARK_QUIET_CALENDAR=1 with an app id.
   */
  quietCalendar: boolean;
}

export interface AttachmentConfig {
  /** Larger files are listed with the referral but not stored. */
  maxBytes: number;
  /** How long after a referral draft or submission a picture or file is offered for it. */
  offerMinutes: number;
}

export interface BackupConfig {
  dir: string;
  /** As configured, e.g. `6h`, for people to read. */
  every: string;
  everyMs: number;
  keep: number;
}

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `30m`, `6h`, `1d` (already checked by the schema) in milliseconds. */
function durationMs(text: string): number {
  const unit = text.slice(-1) as keyof typeof UNIT_MS;
  return Number(text.slice(0, -1)) * UNIT_MS[unit];
}

/** Keys a local run signs its own simulator traffic with; never used once an app id is set. */
export const LOCAL_ENCRYPT_KEY = 'local-simulator-encrypt-key';
export const LOCAL_VERIFICATION_TOKEN = 'local-simulator-verification-token';

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`配置有误，无法启动：\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const localMode = !e.LARK_APP_ID;
  if (!localMode && !e.LARK_APP_SECRET) {
    throw new ConfigError('配置有误，无法启动：\n  LARK_APP_SECRET: required when LARK_APP_ID is set');
  }
  if (!localMode && e.LARK_MODE === 'webhook' && !e.LARK_ENCRYPT_KEY && !e.LARK_VERIFICATION_TOKEN) {
    throw new ConfigError(
      '配置有误，无法启动：\n  LARK_ENCRYPT_KEY: set it (or LARK_VERIFICATION_TOKEN) so that webhook requests can be verified',
    );
  }
  if (e.LARK_APPROVAL_CENTER === '1' && !localMode && !e.LARK_APPROVAL_ACTION_TOKEN) {
    throw new ConfigError(
      '配置有误，无法启动：\n  LARK_APPROVAL_ACTION_TOKEN: required when LARK_APPROVAL_CENTER=1, so that quick-approval callbacks can be verified',
    );
  }
  return {
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    databaseAuthToken: e.DATABASE_AUTH_TOKEN,
    localMode,
    lark: {
      appId: e.LARK_APP_ID,
      appSecret: e.LARK_APP_SECRET,
      encryptKey: e.LARK_ENCRYPT_KEY ?? (localMode ? LOCAL_ENCRYPT_KEY : undefined),
      verificationToken: e.LARK_VERIFICATION_TOKEN ?? (localMode ? LOCAL_VERIFICATION_TOKEN : undefined),
      domain: e.LARK_DOMAIN.replace(/\/$/, ''),
      mode: e.LARK_MODE,
    },
    files: {
      org: e.ORG_FILE,
      enterprises: e.ENTERPRISES_FILE,
      quietPeriods: e.QUIET_PERIODS_FILE,
      orgMap: e.ORG_MAP_FILE,
    },
    ...(!localMode && e.ORG_MAP_FILE
      ? {
          orgSync: {
            mapFile: e.ORG_MAP_FILE,
            every: e.ORG_SYNC_EVERY,
            everyMs: durationMs(e.ORG_SYNC_EVERY),
          },
        }
      : {}),
    apiToken: e.API_TOKEN,
    administrators: (e.ADMIN_OPEN_IDS ?? '').split(/[\s,]+/).filter(Boolean),
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://127.0.0.1:${e.PORT}`).replace(/\/$/, ''),
    simulator: e.DEV_SIMULATOR === '1' || (localMode && e.DEV_SIMULATOR !== '0'),
    logLevel: e.LOG_LEVEL,
    drawTestSeeds: e.DRAW_TEST_SEEDS === '1',
    quietCalendar: e.LARK_QUIET_CALENDAR === '1' && !localMode,
    ...(e.LARK_APPROVAL_CENTER === '1' && !localMode && e.LARK_APPROVAL_ACTION_TOKEN
      ? {
          approvalCenter: {
            actionToken: e.LARK_APPROVAL_ACTION_TOKEN,
            ...(e.LARK_APPROVAL_ACTION_KEY ? { actionKey: e.LARK_APPROVAL_ACTION_KEY } : {}),
          },
        }
      : {}),
    llm:
      e.LLM_BASE_URL && e.LLM_MODEL
        ? { baseUrl: e.LLM_BASE_URL, apiKey: e.LLM_API_KEY, model: e.LLM_MODEL }
        : undefined,
    attachments: { maxBytes: e.ATTACHMENT_MAX_BYTES, offerMinutes: e.ATTACHMENT_OFFER_MINUTES },
    ...(e.BACKUP_DIR
      ? {
          backup: {
            dir: e.BACKUP_DIR,
            every: e.BACKUP_EVERY,
            everyMs: durationMs(e.BACKUP_EVERY),
            keep: e.BACKUP_KEEP,
          },
        }
      : {}),
  };
}
