import { clauseLabel } from '../../../domain/clauses.js';
import type { SupervisionReport, SupervisionSection as Section } from '../../../domain/supervision/index.js';

function Part({ section, links }: { section: Section; links: ReadonlyMap<string, string> }) {
  const shown = section.lines.length;
  return (
    <div class="sup-part" id={`supervision-${section.key}`}>
      <h3>
        {section.title}：{section.total}
        {section.measure}
        <span class="hint">（{clauseLabel(section.clause)}）</span>
      </h3>
      {section.counts && section.counts.length > 0 ? (
        <ul class="sup-counts">
          {section.counts.map((c) => (
            <li>
              {c.label}：{c.value}
            </li>
          ))}
        </ul>
      ) : null}
      {shown > 0 ? (
        <ol class="sup-lines">
          {section.lines.map((line) => (
            <li>
              <a href={links.get(line.recordId) ?? '#'}>{line.text}</a>
            </li>
          ))}
        </ol>
      ) : null}
      {section.total > shown && shown > 0 ? (
        <p class="hint">
          共{section.total}
          {section.measure}，列出前{shown}项。
        </p>
      ) : null}
    </div>
  );
}

/** The /stats page's 执法监督 section: each line links to its record's printable form. */
export function SupervisionSection(props: { report: SupervisionReport; links: ReadonlyMap<string, string> }) {
  return (
    <section class="panel supervision" id="supervision" aria-labelledby="supervision-title">
      <h2 id="supervision-title">执法监督事项（截至{props.report.today}）</h2>
      {props.report.sections.map((section) => (
        <Part section={section} links={props.links} />
      ))}
    </section>
  );
}
