import { SEED_SCHEME_TEXT } from '../../features/draws/index.js';
import { cnRange } from '../forms/format.js';
import type { PublicDraw } from './rows.js';

const SCHEME_LABELS: Record<string, string> = {
  'commit-reveal-v1': '承诺—公开',
  test: '测试（指定种子，不作为正式抽查依据）',
  legacy: '早期抽查（无承诺值）',
};

function Draw({ draw }: { draw: PublicDraw }) {
  return (
    <li class="item">
      <h3>
        {draw.id}
        {draw.seedScheme === 'test' ? '（测试）' : ''}
        {draw.repeatOf ? '（再次抽取）' : ''}
      </h3>
      <dl class="facts">
        <dt>实施单位</dt>
        <dd>{draw.unitName}</dd>
        <dt>检查时间</dt>
        <dd>{cnRange(draw.from, draw.to)}</dd>
        <dt>抽取时间</dt>
        <dd>{draw.drawnAt}</dd>
        <dt>种子方式</dt>
        <dd>{SCHEME_LABELS[draw.seedScheme] ?? draw.seedScheme}</dd>
        {draw.commitment ? (
          <>
            <dt>承诺值</dt>
            <dd class="hash">{draw.commitment}</dd>
            <dt>秘密值</dt>
            <dd class="hash">{draw.secret ?? ''}</dd>
          </>
        ) : null}
        {draw.repeatOf ? (
          <>
            <dt>再次抽取</dt>
            <dd>
              原抽查{draw.repeatOf.join('、')}；理由：{draw.repeatReason ?? ''}（经单位负责人批准）
            </dd>
          </>
        ) : null}
        <dt>抽取材料</dt>
        <dd>
          <a href={`/public/draws/${draw.id}`}>名单、种子和结果（JSON）</a>
        </dd>
      </dl>
    </li>
  );
}

/** Every draw whose period has ended, repeats included, and how anyone can check its seed. */
export function Draws({ draws }: { draws: PublicDraw[] }) {
  return (
    <section class="panel pub-sec" aria-labelledby="draws-h">
      <h2 id="draws-h">双随机抽取记录及核验方法</h2>
      <p class="hint">{SEED_SCHEME_TEXT}</p>
      <p class="hint">检查期限结束后公开每次抽取的承诺值、秘密值和抽取材料，共{draws.length}次。</p>
      {draws.length === 0 ? (
        <p class="empty-note">目前暂无可公开的抽取记录。</p>
      ) : (
        <ul class="items">
          {draws.map((draw) => (
            <Draw draw={draw} />
          ))}
        </ul>
      )}
    </section>
  );
}
