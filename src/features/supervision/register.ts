import type { Services } from '../../app/services.js';
import type { Features } from '../index.js';
import { weeklySupervisionJob } from './service/weekly.js';

/** Plugs 执法监督 in: the weekly card; its /stats section is drawn by the stats page through the door. */
export function registerSupervision(features: Features, _services: Services): void {
  features.periodic.push(weeklySupervisionJob);
}
