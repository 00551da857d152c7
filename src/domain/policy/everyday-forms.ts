import type { Rewrite } from './everyday-chat.js';

/** 「计划那张表」「移送的那个表」「填啥表」: the annex a form's everyday name points to. */
export const FORM_NAMES: readonly Rewrite[] = [
  [/(?:入企)?(?:检查)?计划(?:的)?(?:那张|那个|这张|这个)表/g, '入企执法检查计划审批表'],
  [/专项(?:执法)?(?:检查)?(?:的)?(?:那张|那个|这张|这个)表/g, '专项执法检查审批表'],
  [/(?:线索)?移送(?:的)?(?:那张|那个|这张|这个)表|移送线索(?:用)?的表/g, '线索移送表'],
  [/接收(?:那边|那方|的那边|单位那边|科室那边)/g, '接收方'],
  // 「移交的时候用啥表」: the form a handed-over clue goes on.
  // 「线索咋转 填啥表」: the clue told before the ask, in a clause of its own, still picks 附件3.
  [/(移交|移送|线索)([^。？]{0,10}?)(?:要|得)?(?:填|用|要|带)什么表/g, '$1$2用线索移送表'],
  [/(专项[^，。？]{0,8})(?:填|用|要|带)什么表/g, '$1专项执法检查审批表填写什么'],
  [/(?:填|用|要|带)什么表/g, '入企执法检查计划审批表填写什么'],
];
