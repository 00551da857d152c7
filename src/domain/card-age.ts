/**
 * Lark takes clicks on a 2.0 card, and patches to it, for 14 days after it was sent
 * (docs/lark-platform.md §4, §9.2). A card that carries an open action is renewed before then.
 */
export const CARD_LIFETIME_DAYS = 14;
export const DEFAULT_REFRESH_AFTER_DAYS = 12;

const DAY_MS = 86_400_000;

/** A renewal age must leave the card time to be renewed while it can still be patched. */
export function validRefreshAfterDays(days: number): boolean {
  return Number.isSafeInteger(days) && days >= 1 && days < CARD_LIFETIME_DAYS;
}

/** Cards sent before this instant (ISO) are due to be renewed. */
export function refreshCutoff(now: Date, afterDays: number): string {
  return new Date(now.getTime() - afterDays * DAY_MS).toISOString();
}

/** An unknown send time counts as aging: renewing a live card costs one message, losing one costs the action. */
export function isAging(sentAt: string | null | undefined, cutoff: string): boolean {
  return !sentAt || sentAt < cutoff;
}
