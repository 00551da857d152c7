import { addDays } from '../rules/dates.js';

/** The Monday of the week `date` falls in: the weekly card is sent once per such week. */
export function weekOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}
