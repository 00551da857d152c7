/** Clause ids and the labels shown to people, from the scheme's CLAUSES.md. */
export const CLAUSE_LABELS = {
  notice: '印发通知',
  general: '一、总体要求',
  '1': '第1条 注重事前预警防控',
  '2': '第2条 强化执法普法责任',
  '3': '第3条 科学制定入企检查计划',
  '4': '第4条 严格控制专项执法检查',
  '5': '第5条 严格入企检查审批程序',
  '6': '第6条 严格入企检查实施程序',
  '7': '第7条 强化入企检查信息公示',
  '8': '第8条 大力推行非现场、无感式执法',
  '9': '第9条 严格落实监管正面清单制度',
  '10': '第10条 认真执行“企业安静期”制度',
  '11': '第11条 突出执法检查重点',
  '12': '第12条 严格依法依规裁量',
  '13': '第13条 推行柔性执法方式',
  '14': '第14条 压实整改责任',
  '15': '第15条 强化指导服务',
  'org-1': '三（一）加强组织领导',
  'org-2': '三（二）加强执法监督',
  'org-3': '三（三）加强宣传引导',
  'annex-1': '附件1 专项执法检查审批表',
  'annex-2': '附件2 入企执法检查计划审批表',
  'annex-3': '附件3 涉嫌环境违法线索移送表',
} as const;

export type ClauseId = keyof typeof CLAUSE_LABELS;

export function clauseLabel(id: ClauseId): string {
  return CLAUSE_LABELS[id];
}
