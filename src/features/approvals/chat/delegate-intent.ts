import type { MessageIntent } from '../../../app/message-router.js';
import type { Directory, Person } from '../../../domain/org.js';
import { resolveDates } from '../../../domain/policy/relative-dates.js';
import { delegateApprovals } from '../service/delegate.js';
import { actionContextOf } from '../../../app/action-context.js';
import { DELEGATE } from './commands.js';
import { commitOrExplain } from './manage-intents.js';

const USAGE = '请按「请假委托 姓名 开始日期 结束日期」发送，如「请假委托 张三 12月1日 12月5日」。';

/** The person whose directory name starts the text; the longest name wins over a shorter prefix. */
function personAtStart(directory: Directory, text: string): Person | undefined {
  return directory.people
    .filter((p) => text.startsWith(p.name))
    .sort((a, b) => b.name.length - a.name.length)[0];
}

/** 「请假委托 <姓名> <开始> <结束>」: a leader names a stand-in for a date range. */
export const delegateIntent: MessageIntent = {
  name: 'approval.delegate',
  matches: (text) => DELEGATE.test(text),
  async handle(ctx) {
    const rest = DELEGATE.exec(ctx.msg.text)?.[1]?.trim() ?? '';
    const delegate = personAtStart(ctx.directory, rest);
    if (!delegate) {
      await ctx.answer(`本局通讯录中未找到该受托人，请按通讯录中的姓名填写。${USAGE}`);
      return;
    }
    const env = actionContextOf(ctx.services, ctx.directory);
    // Two dates side by side read as a range, as if joined by 至.
    const when = rest.slice(delegate.name.length).trim().replace(/\s+/g, '至');
    const range = resolveDates(when, env.today);
    if (!range) {
      await ctx.answer(`未能识别委托日期。${USAGE}`);
      return;
    }
    await commitOrExplain(ctx, async (tx) => {
      const { forwarded } = await delegateApprovals(tx, env, {
        principal: ctx.identity.person,
        delegate,
        from: range.from,
        to: range.to,
      });
      const pending = forwarded > 0 ? `您当前${forwarded}项待审批事项已同时送${delegate.name}。` : '';
      return `已委托${delegate.name}于${range.from}至${range.to}代为办理您的审批事项，审批记录将同时载明您二人的姓名。${pending}`;
    });
  },
};
