/** What the upkeep cards show: the choices and what was typed, so a refused form comes back filled in. */
export interface QuietFormValues {
  area?: string;
  enterprises?: string;
  categories?: string;
  /** once | monthly | weekly | ranges */
  pattern?: string;
  fromDay?: string;
  toDay?: string;
  /** ISO weekdays, 1 (Monday) to 7. */
  weekdays?: string[];
  ranges?: string;
  /** The dates of a one-range period; a recurring period's validity. */
  from?: string;
  to?: string;
  basis?: string;
  /** The notice's exemptions, one a line. */
  exemptions?: string;
}

/** One period of the calendar as the list card shows it. */
export interface QuietListItem {
  /** The row's id, the value the end/remove form submits. */
  key: string;
  /** Its id for other systems (QP-1). */
  ref: string;
  /** 屯留区：每月1日至20日，2026-01-01至2026-12-31有效，限规模以上工业企业 */
  text: string;
  basis: string;
}

/** What the end/remove form was given, so a refused one comes back filled in. */
export interface QuietChangeValues {
  period?: string;
  change?: 'end' | 'remove';
  lastDay?: string;
  reason?: string;
}

export interface PositiveFormValues {
  enterprise?: string;
  change?: 'add' | 'remove';
  from?: string;
  to?: string;
  basis?: string;
}

/** A change made, for the read-only card that replaces the form. */
export interface UpkeepDone {
  title: string;
  lines: { label: string; value: string }[];
}

/** Which list a sheet sent in chat replaces. */
export type ImportKindView = 'enterprises' | 'quiet-periods' | 'positive-list';

/** A sheet read and checked, waiting for 确认导入; `decided` once confirmed or cancelled. */
export interface SheetImportView {
  token: string;
  sha256: string;
  kind: ImportKindView;
  fileName: string;
  /** Data rows read, and rows with an error. */
  rows: number;
  invalidRows: number;
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  /** The first errors, as 「第 5 行「统一社会信用代码」：…」. */
  errors: string[];
  /** Every error, counted, when more than those shown. */
  errorCount: number;
  /** Headers not read. */
  unknownColumns: string[];
  expiresAt: string;
  /** importing: confirmed, written by the work queue; applied or failed when it has run. */
  decided?: {
    what: 'importing' | 'applied' | 'failed' | 'cancelled';
    by: string;
    applied?: number;
    skipped?: boolean;
  };
}
