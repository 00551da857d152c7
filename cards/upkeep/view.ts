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
