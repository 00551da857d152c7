import type { Services } from './services.js';
import type { Directory } from '../domain/org.js';
import { bureauToday } from '../time.js';

/** What every verb needs: the services, the directory as read for this action, and one clock reading. */
export interface ActionContext {
  services: Services;
  directory: Directory;
  /** ISO timestamp of this action. */
  at: string;
  /** The bureau's calendar day of this action. */
  today: string;
}

export function actionContextOf(services: Services, directory: Directory): ActionContext {
  const now = services.now();
  return { services, directory, at: now.toISOString(), today: bureauToday(now) };
}
