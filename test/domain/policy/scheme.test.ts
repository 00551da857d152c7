import { describe, expect, it } from 'vitest';
import { CLAUSE_LABELS, type ClauseId } from '../../../src/domain/clauses.js';
import { cleanSchemeText } from '../../../src/domain/policy/join.js';
import { getClause, scheme } from '../../../src/domain/policy/scheme.js';
import { SCHEME_TEXT } from '../../../src/domain/policy/text/scheme-text.js';

const IDS = Object.keys(CLAUSE_LABELS) as ClauseId[];

/** Layout is all the cleaning may change: whitespace, the colon put into table rows, checkboxes. */
function content(text: string): string {
  return text.replace(/<input type="checkbox"\/>/g, '□').replace(/[\s：]/g, '');
}

describe('the cleaned scheme text', () => {
  const text = cleanSchemeText(SCHEME_TEXT);

  it('joins the lines the PDF broke mid-word', () => {
    for (const joined of [
      '生态环境保护综合行政执法队',
      '按照相关规定和要求执行。',
      '等非现场手段发现线索',
      '确保信息全面、准确、清晰',
      '停产整治等措施。',
    ]) {
      expect(text).toContain(joined);
    }
    const prose = text.split('\n').filter((line) => line.includes('。'));
    for (const line of prose) expect(line).toMatch(/[。；：！？”]$/);
  });

  it('keeps every character of the original', () => {
    expect(content(text)).toBe(content(SCHEME_TEXT));
  });

  it('writes annex checkboxes as □', () => {
    expect(text).toContain('检查方式：□现场检查 □资料核查 □监测采样 □问询调查 □其他：_____');
    expect(text).not.toContain('<input');
  });
});

describe('the clauses', () => {
  it('are exactly the ids of CLAUSES.md, each with its label', () => {
    expect([...scheme().clauses.keys()].sort()).toEqual([...IDS].sort());
    for (const id of IDS) expect(getClause(id).label).toBe(CLAUSE_LABELS[id]);
  });

  it('start and end where CLAUSES.md says', () => {
    expect(getClause('notice').text.startsWith('各分局，相关科室')).toBe(true);
    expect(getClause('notice').text.endsWith('按照相关规定和要求执行。')).toBe(true);
    expect(getClause('general').text.startsWith('坚持以习近平生态文明思想')).toBe(true);
    expect(getClause('2').text.split('\n')).toHaveLength(2);
    expect(getClause('15').text).not.toContain('组织实施');
    expect(getClause('org-3').text).not.toContain('附件');
    expect(getClause('annex-3').text).not.toContain('办公室');
    expect(getClause('annex-1').text).toContain('局长意见');
  });

  it('split into sentences that are verbatim pieces of the cleaned text', () => {
    const { text } = scheme();
    for (const id of IDS) {
      const { sentences } = getClause(id);
      expect(
        sentences.some((sentence) => !sentence.heading),
        id,
      ).toBe(true);
      for (const sentence of sentences) expect(text).toContain(sentence.text);
    }
  });

  it('end a sentence at 。 and ；, and drop the clause number', () => {
    const sentences = getClause('general').sentences.map((sentence) => sentence.text);
    expect(sentences[1]).toBe('坚持严厉打击违法排污行为不放松，严格要求企业自律守法不放松；');
    expect(getClause('10').sentences[0]).toEqual({
      clause: '10',
      text: '认真执行“企业安静期”制度。',
      heading: true,
    });
  });
});
