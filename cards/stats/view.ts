/** One figure as the card lists it: its rows, biggest first, with a value per series. */
export interface FigureView {
  id: string;
  title: string;
  /** What the numbers count: 次, 家, 件, 小时. */
  measure: string;
  series: readonly string[];
  rows: readonly { label: string; values: readonly number[] }[];
  /** Said instead of the rows when there are none. */
  empty: string;
}

/** The statistics the card sums up; the feature's report satisfies it as it is. */
export interface StatsCardView {
  periodText: string;
  scopeText: string;
  totals: readonly { label: string; value: number; measure: string }[];
  figures: readonly FigureView[];
}
