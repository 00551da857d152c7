import { schemeSource } from './referral.js';
import { EXEMPT_RULE, EXEMPT_TRIGGERS } from './frequency.js';
import { hasAny, type Draft, type Question } from './types.js';

const LISTING =
  '符合条件的守法模范企业经过筛选程序列入监督执法正面清单，具体执行省生态环境厅《生态环境监督执法正面清单管理办法》。';
const INCENTIVE = '对列入监督执法正面清单的企业，采取减少、免除现场检查等正向激励举措。';

const PURPOSE =
  /图(?:个)?什么|有什么用|(?:是)?干(?:嘛|什么)(?:用)?的|做什么用|目的|意义|为什么(?:要)?(?:搞|实行|建立|推行)|(?:有|起)(?:什么|多大)?作用/;
const PURPOSE_TEXT =
  '正面清单制度旨在转变监管理念，推动差异化执法监管，发挥生态环境守法企业的正面激励和示范效应。';
const BENEFIT =
  /好处|待遇|优惠|激励|实惠|甜头|有什么用|图什么|还能|能不能|可以|少查|免检|免除|减少|少去|少来|不用查/;
const GAIN = /好处|待遇|优惠|激励|实惠|甜头|有什么用|图什么/;
const LISTED =
  /(?:列入|进入|纳入)(?!(?:了)?(?:监督执法)?正面清单的)|怎么进|怎样进|条件|筛选|评选|申报|怎么才能|依据|办法|哪个文件|谁定|[里级]定|谁确定|谁评|评上|评的|评定|入选|选上|选进/;

// 「列入正面清单的企业」 is the listed enterprise, not one asking to get listed.
const JOINING =
  /(?:进|入|列入|纳入)(?:个)?(?:监督执法)?正面清单(?![的企])|进法|(?:什么|啥|哪些)程序|怎么(?:才能)?(?:进|入)/;

/** 「放着不管」「就不管了」: the enterprise left alone altogether. */
const LEFT_ALONE = /放着不管|(?:就|都)?不(?:用|再)?管了?|撒手不管|不闻不问/;

/** 第9条: how an enterprise gets on the positive list and what that spares it. */
export function positiveList(question: Question): Draft {
  // 「列入后有什么好处」 asks about the incentive, not about getting listed.
  // A follow-up's own ask comes last (「正面清单企业能少查吗，那企业怎么才能进」) and decides.
  const last = question.text.split(/[，,；]/).pop() ?? question.text;
  // 「能不能进正面清单，咋个进法」 asks about getting listed, its 能不能 notwithstanding.
  // 「列入正面清单有什么好处」 asks the benefit of being listed, not how.
  const listing = (text: string) =>
    (JOINING.test(text) && !GAIN.test(text)) || (LISTED.test(text) && !BENEFIT.test(text));
  // The last clause decides when it asks either (「哪些企业可以列入，进了清单有什么好处」).
  const decided = listing(last) || BENEFIT.test(last) ? listing(last) : listing(question.text);
  if (decided) {
    // 「自己报个名就行吗」: applying alone is not enough; 「能进正面清单吗」: yes, on the conditions.
    const enough = question.yesNo && /就(?:行|可以|能|够)/.test(last);
    const opening = enough ? '不能，' : question.yesNo ? '可以，但须符合条件并经过筛选程序。' : '';
    return {
      answer: `${opening}${LISTING}`,
      cite: [{ clause: '9', about: `符合条件 筛选程序 列入 ${LISTING}` }],
    };
  }
  // 「搞正面清单图个啥」「有什么意义」: what the list is for, in 第9条's own words.
  if (PURPOSE.test(last)) {
    return {
      answer: `${PURPOSE_TEXT}对列入监督执法正面清单的企业，采取减少、免除现场检查等正向激励举措。`,
      cite: [{ clause: '9', about: PURPOSE_TEXT }],
    };
  }
  // 「监测显示异常，正面清单企业是不是就只能放着不管」: the list spares visits, not the clue found.
  if (LEFT_ALONE.test(last)) {
    const seen = schemeSource(question.text);
    const clue = seen
      ? `；${seen}等发现的异常情况，筛选出涉嫌违法线索的，应及时移交有关分局调查处理（第8条）`
      : '';
    return {
      answer: `不是，正面清单企业视情减少或免除现场检查，并非一律不管（第9条）${clue}。`,
      cite: [
        { clause: '9', about: INCENTIVE },
        ...(seen ? [{ clause: '8' as const, about: `${seen} 涉嫌违法线索 移交有关分局` }] : []),
      ],
    };
  }
  // 「正面清单企业被举报了能查吗」: a clue 第3条 names still warrants the check the list would spare.
  const trigger = question.type && EXEMPT_TRIGGERS[question.type];
  if (trigger && question.yesNo) {
    const answer = `可以。${trigger}可以不受频次上限限制（第3条）；正面清单企业视情减少或免除现场检查，并非一律不查（第9条）。`;
    return {
      answer,
      cite: [
        { clause: '3', about: EXEMPT_RULE },
        { clause: '9', about: INCENTIVE },
      ],
    };
  }
  // 「是不是就不来查了」「还查不查」「是不是就可以完全不接受现场检查了」: neither a plain yes nor a plain no.
  const need = /用不用|还用|要不要|需要|还得|必须/.test(question.text);
  const ask =
    question.yesNo &&
    (need ||
      /不来|不查|查不查|还查|去不去|还去|能去|不用查|免检|不现场检查|不接受(?:现场)?检查|不能(?:进去|进|去)?(?:现场)?检查/.test(
        question.text,
      ));
  // 「可以免检吗」 asks for the incentive itself; 「是不是就不来查了」 takes it for a rule;
  // 「还用不用去现场」 asks whether visits are still owed; 「还查不查」「抽到了还去不去」 whether one may.
  const opening = need
    ? '不需要，视情减少或免除现场检查，并非一律现场检查。'
    : /是不是|就不|不现场检查了/.test(question.text)
      ? '不是，视情减少或免除现场检查，并非一律不查。'
      : '可以，但视情减少或免除现场检查，并非一律免检。';
  return {
    answer: ask ? `${opening}${INCENTIVE}` : INCENTIVE,
    cite: [
      { clause: '9', about: INCENTIVE },
      ...(hasAny(question, 'offsite') ? [{ clause: '8' as const, about: question.text }] : []),
    ],
  };
}
