/** What the upkeep cards show: the choices and what was typed, so a refused form comes back filled in. */
export interface QuietFormValues {
  area?: string;
  enterprises?: string;
  from?: string;
  to?: string;
  basis?: string;
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
  decided?: { what: 'applied' | 'cancelled'; by: string; applied?: number; skipped?: boolean };
}
