import { readFile } from 'node:fs/promises';
import type { Store } from '../store/db.js';
import { replaceDirectory, replaceEnterprises, replaceQuietPeriods } from './directory-repo.js';
import { parseEnterprisesFile } from './enterprises-file.js';
import { contactsToLookUp, parseOrgFile, type ParseResult } from './org-file.js';
import { parseQuietPeriodsFile } from './quiet-periods-file.js';

export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly errors: string[],
  ) {
    super(`${file} 校验未通过，未作任何更改：\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  }
}

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new ImportError(file, [`不是有效的 JSON：${(e as Error).message}`]);
  }
}

function unwrap<T>(file: string, r: ParseResult<T>): T {
  if (!r.ok) throw new ImportError(file, r.errors);
  return r.value;
}

export type ImportKind = 'org' | 'enterprises' | 'quiet-periods';

/** Looks up open_ids for mobiles and emails (`mobile:…`/`email:…` keys), through Lark's contact API. */
export type ContactLookup = (named: {
  mobiles: string[];
  emails: string[];
}) => Promise<Record<string, string>>;

async function contactsFor(raw: unknown, lookup: ContactLookup | undefined, file: string) {
  const named = contactsToLookUp(raw);
  if (named.mobiles.length + named.emails.length === 0) return {};
  if (!lookup)
    throw new ImportError(file, [
      '文件中有人员只写了手机号或邮箱；须配置 LARK_APP_ID 与 LARK_APP_SECRET 才能查到其 openId',
    ]);
  return lookup(named);
}

/** Validates the whole file first; the store is only touched when every record is good. */
export async function importFile(
  store: Store,
  kind: ImportKind,
  file: string,
  actor: string,
  lookup?: ContactLookup,
): Promise<number> {
  const raw = await readJson(file);
  switch (kind) {
    case 'org': {
      const dir = unwrap(file, parseOrgFile(raw, await contactsFor(raw, lookup, file)));
      await replaceDirectory(store, dir, actor);
      return dir.people.length;
    }
    case 'enterprises': {
      const list = unwrap(file, parseEnterprisesFile(raw));
      await replaceEnterprises(store, list, actor);
      return list.length;
    }
    case 'quiet-periods': {
      const list = unwrap(file, parseQuietPeriodsFile(raw));
      await replaceQuietPeriods(store, list, actor);
      return list.length;
    }
  }
}
