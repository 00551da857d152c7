/** The fixed commands of clue referrals; whether free text is a referral is decided in the domain. */
export { isReferralMessage } from '../../../domain/referrals/layout.js';

export const FILL_FORM =
  /^(?:我要|我想|请)?(?:填写|填报|新建|发起)(?:一份)?(?:涉嫌环境违法)?(?:线索移送表?|移送线索表?)$/;
export const MY_REFERRALS = /^(?:我的|我移送的|我承办的)线索$/;
export const UNIT_REFERRALS = /^本(?:单位|科室|分局)(?:的)?线索$/;
export const OVERDUE_REFERRALS = /^(?:整改)?逾期(?:的)?线索$/;
export const REFERRAL_DETAIL = /^(?:查看)?线索\s*(XS-\d{4}-\d{4,})$/i;
