import type * as lark from '@larksuiteoapi/node-sdk';
import { callLark } from './lark-call.js';

type Approval = lark.Client['approval'];
/** The bodies Lark takes, as the SDK declares them (docs/lark-platform.md §11). */
export type ExternalApprovalBody = NonNullable<Parameters<Approval['externalApproval']['create']>[0]>['data'];
export type ExternalInstanceBody = NonNullable<Parameters<Approval['externalInstance']['create']>[0]>['data'];
export type CheckedInstance = NonNullable<
  Parameters<Approval['externalInstance']['check']>[0]
>['data']['instances'][number];

/** What the approval center (三方审批) is asked to do; the outbox and the periodic check use it. */
export interface ApprovalCenterApi {
  /** The approvals instances belong to; defined on Lark before the first sync or check of this process. */
  setDefinitions(definitions: ExternalApprovalBody[]): void;
  /** Puts one instance in the center, replacing what it held (update_mode REPLACE). */
  syncInstance(instance: ExternalInstanceBody): Promise<void>;
  /** The ids of the given instances the center lacks or holds older than given. */
  checkInstances(instances: CheckedInstance[]): Promise<string[]>;
}

export class LarkApprovalCenter implements ApprovalCenterApi {
  private definitions: ExternalApprovalBody[] = [];
  private defined: Promise<void> | undefined;

  constructor(private readonly client: lark.Client) {}

  setDefinitions(definitions: ExternalApprovalBody[]): void {
    this.definitions = definitions;
    this.defined = undefined;
  }

  /** Once per process; creating a definition again with its code updates it, so a restart is harmless. */
  private ensureDefined(): Promise<void> {
    this.defined ??= (async () => {
      for (const data of this.definitions) {
        await callLark(this.client, 'approval.externalApproval.create', () =>
          this.client.approval.externalApproval.create({ data, params: { user_id_type: 'open_id' } }),
        );
      }
    })().catch((err: unknown) => {
      this.defined = undefined;
      throw err;
    });
    return this.defined;
  }

  async syncInstance(instance: ExternalInstanceBody): Promise<void> {
    await this.ensureDefined();
    await callLark(this.client, 'approval.externalInstance.create', () =>
      this.client.approval.externalInstance.create({ data: instance }),
    );
  }

  async checkInstances(instances: CheckedInstance[]): Promise<string[]> {
    if (instances.length === 0) return [];
    await this.ensureDefined();
    const r = await callLark(this.client, 'approval.externalInstance.check', () =>
      this.client.approval.externalInstance.check({ data: { instances } }),
    );
    return (r.data?.diff_instances ?? []).map((d) => d.instance_id);
  }
}
