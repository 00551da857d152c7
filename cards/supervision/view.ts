import type { ClauseId } from '../../src/domain/clauses.js';

/** One section as the card shows it: the count, a few lines each linking to its record. */
export interface SupervisionSectionView {
  title: string;
  clause: ClauseId;
  total: number;
  measure: string;
  lines: readonly { text: string; link: string }[];
  counts?: readonly { label: string; value: number }[];
}

export interface SupervisionCardView {
  today: string;
  sections: readonly SupervisionSectionView[];
  /** The signed link to the /stats page's 执法监督 section, where every line is. */
  statsLink: string;
  linkDays: number;
}
