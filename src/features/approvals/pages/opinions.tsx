import { Section } from '../../../pages/forms/index.js';
import type { RequestView } from '../types.js';
import { opinionRows, type OpinionEntry } from './opinion-rows.js';

function Entry({ entry }: { entry: OpinionEntry }) {
  const signer = entry.onBehalfOf ? `${entry.signer}（代${entry.onBehalfOf}）` : entry.signer;
  return (
    <div class="op">
      <p class={entry.decided ? undefined : 'muted'}>{entry.text}</p>
      {entry.handovers.map((line) => (
        <p class="op-note muted">{line}</p>
      ))}
      <p class="op-sign">
        <span>
          {entry.decided ? '签字：' : '审批人：'}
          {signer}
        </span>
        {entry.at ? <span>{entry.at}</span> : null}
      </p>
    </div>
  );
}

/** The 审批意见 section both approval annexes end with, every row filled from the steps. */
export function Opinions({ view, title }: { view: RequestView; title: string }) {
  return (
    <>
      <Section title={title} />
      {opinionRows(view).map((row) => (
        <tr class="opinion">
          <th scope="row">
            {row.label}
            {row.note ? <span class="row-note">（{row.note}）</span> : null}
          </th>
          <td>
            {row.entries.length === 0 ? (
              <p class="muted">本次审批不经此环节。</p>
            ) : (
              row.entries.map((entry) => <Entry entry={entry} />)
            )}
          </td>
        </tr>
      ))}
    </>
  );
}
