/** What the quiet-period tests enter from chat: a 双池镇 style notice of 屯留区 with two of its exemptions. */
export const ADMIN = 'ou_demo_legal_head';
export const NOTICE = '屯留区人民政府办公室关于设置企业安静期的通知';
export const COMPLAINT = '投诉举报、案件查处、媒体曝光需调查核实';
export const DEADLINE = '法定时限内须完成的核查';

/** The form as an administrator fills it: the 1st to the 20th of every month of 2027, for one category. */
export const TUNLIU_FORM = {
  area: '屯留区',
  categories: '规模以上工业企业',
  pattern: 'monthly',
  fromDay: '1',
  toDay: '20',
  from: '2027-01-01 +0800',
  to: '2027-12-31 +0800',
  basis: NOTICE,
  exemptions: `1. ${COMPLAINT}；\n2. ${DEADLINE}`,
};
