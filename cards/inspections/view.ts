import type { InspectionRecord } from '../../src/domain/inspections/index.js';

/** One inspection as its card shows it. */
export interface InspectionCardView {
  record: InspectionRecord;
  unitName: string;
  /** The referral (附件3) a found issue was forwarded as. */
  referralId: string | null;
  /** The printable 检查结果告知书, once the enterprise has been told. */
  noticeLink?: string;
  /** A reminder shown on top in red. */
  notice?: string;
}
