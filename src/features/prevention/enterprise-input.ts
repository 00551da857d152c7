import type { Enterprise } from '../../domain/org.js';
import { resolveEnterpriseRef, unknownEnterpriseMessage } from '../../domain/prevention/index.js';
import { Refusal } from '../../app/refusal.js';
import { preventionRefusal } from './refusals.js';

export interface Unknown {
  written: string;
  close: readonly Enterprise[];
}

/** Enterprises not in the registry, each with the close matches the caller may have meant. */
export class UnknownEnterprise extends Refusal {
  constructor(readonly unknown: readonly Unknown[]) {
    const { code, message, status } = preventionRefusal(
      'UNKNOWN_ENTERPRISE',
      unknown.map((u) => unknownEnterpriseMessage(u.written, u.close)).join(''),
    );
    super(code, message, status);
  }
}

/**
 * The registry enterprises written as USCCs or names, in order. A code with a wrong check character
 * refuses naming it; names not in the registry refuse together, each with its close matches.
 */
export function enterprisesOrRefuse(
  written: readonly string[],
  registry: readonly Enterprise[],
): Enterprise[] {
  const found: Enterprise[] = [];
  const unknown: Unknown[] = [];
  for (const text of written) {
    const ref = resolveEnterpriseRef(text, registry);
    if (ref.ok) found.push(ref.enterprise);
    else if (ref.kind === 'bad-code') throw preventionRefusal('BAD_CODE', ref.message);
    else unknown.push({ written: text, close: ref.close });
  }
  if (unknown.length > 0) throw new UnknownEnterprise(unknown);
  return found;
}

export function enterpriseOrRefuse(written: string, registry: readonly Enterprise[]): Enterprise {
  const [one] = enterprisesOrRefuse([written], registry);
  if (!one) throw new UnknownEnterprise([{ written, close: [] }]);
  return one;
}
