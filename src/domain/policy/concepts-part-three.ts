/**
 * Part 三's terms (组织实施) and the officers' words for them: the working group, the bureau's oversight
 * of its own inspections, training and publicity.
 */
export const PART_THREE_CONCEPTS = {
  organization: [
    '组织领导',
    '工作专班',
    '专班',
    '统筹协调',
    '领导小组',
    '细化工作措施',
    '细化措施',
    '细化',
    '落实工作责任',
    '落地见效',
  ],
  supervision: [
    '执法监督',
    '行政执法稽查',
    '稽查',
    '层级监督',
    '内部纠错',
    '乱作为',
    '不作为',
    '执法不文明',
    '不文明执法',
    '执法不规范',
    '不规范执法',
    '形式主义',
    '官僚主义',
    '基层减负',
    '纠错',
    '纠正',
    // 三（二）'s other side: 「既要防止检查过多干扰企业，又要保证必要的检查有效开展」.
    '必要的检查',
    '检查过多',
    '干扰企业',
  ],
  publicity: [
    '宣传引导',
    '宣传',
    '舆论',
    '知晓度',
    '典型经验',
    '社会关切',
    '业务学习培训',
    '学习培训',
    '业务培训',
  ],
} as const satisfies Record<string, readonly string[]>;
