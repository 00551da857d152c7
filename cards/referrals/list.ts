import { STATE_LABELS } from '../../src/domain/referrals/lifecycle.js';
import { card, escapeMd, markdown, type Card } from '../kit.js';
import type { ReferralCardView } from './view.js';

function line(view: ReferralCardView, today: string): string {
  const late = view.status === 'rectifying' && view.deadline !== null && view.deadline < today;
  const deadline = view.deadline && view.status === 'rectifying' ? `｜整改期限${view.deadline}` : '';
  const flag = late ? "｜<font color='red'>已逾期</font>" : '';
  return `**${view.id}** ${escapeMd(view.subject.name)}\n${escapeMd(view.fromUnit.name)} → ${escapeMd(view.toUnit.name)}｜${view.submittedAt.slice(0, 10)}移送｜${STATE_LABELS[view.status]}${deadline}${flag}`;
}

/** 「我的线索」「本单位线索」「逾期线索」: referrals with where each stands, newest first. */
export function referralListCard(
  title: string,
  views: readonly ReferralCardView[],
  today: string,
  empty: string,
): Card {
  const late = views.some((v) => v.status === 'rectifying' && v.deadline !== null && v.deadline < today);
  return card(title, late ? 'red' : 'blue', [
    markdown(views.length > 0 ? views.map((v) => line(v, today)).join('\n\n') : empty),
    markdown("<font color='grey'>发送「线索 编号」可查看详情并办理，如「线索 XS-2026-0001」。</font>"),
  ]);
}
