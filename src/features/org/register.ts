import type { Services } from '../../app/services.js';
import type { Features } from '../index.js';
import { OrgResyncJob } from './service/resync-job.js';

/** Plugs the scheduled re-sync in; it does nothing unless ORG_MAP_FILE and Lark credentials are set. */
export function registerOrg(features: Features, _services: Services): void {
  features.periodic.push(new OrgResyncJob());
}
