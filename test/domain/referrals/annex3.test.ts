import { describe, expect, it } from 'vitest';
import {
  ANNEX3_LABELS,
  ANNEX3_SECTIONS,
  ANNEX3_TITLE,
  DRAFT_FIELD_LABELS,
  OPINION_LABELS,
  SOURCE_LABELS,
  VIOLATION_LABELS,
  referralDraftSchema,
} from '../../../src/domain/referrals/annex3.js';
import { schemeText } from './fixtures.js';

const annex = schemeText.slice(schemeText.indexOf('附件 3'));
const line = (label: string) => annex.split('\n').find((l) => l.includes(label)) ?? '';

describe('附件3 labels', () => {
  it('uses the title and field labels printed in the annex', () => {
    expect(annex.replace(/\s/g, '')).toContain(ANNEX3_TITLE);
    for (const label of Object.values(ANNEX3_LABELS)) expect(annex, label).toContain(label);
    for (const { title } of ANNEX3_SECTIONS) expect(annex).toContain(title);
  });

  it('lists the options in the annex order', () => {
    const options = (l: string) =>
      [...l.matchAll(/<input type="checkbox"\/> ([^<]+?)(?:_____)?\s*(?=<|$)/g)].map((m) => m[1]);
    expect(options(line('2. 线索来源'))).toEqual(Object.values(SOURCE_LABELS));
    expect(options(line('3. 涉嫌违法行为'))).toEqual(Object.values(VIOLATION_LABELS));
    expect(line('移送方意见')).toContain(
      Object.values(OPINION_LABELS)
        .map((o) => `<input type="checkbox"/> ${o}`)
        .join(' '),
    );
  });
});

describe('DRAFT_FIELD_LABELS', () => {
  it('names the fields to ask for as the annex does', () => {
    expect(DRAFT_FIELD_LABELS['subject.name']).toBe('涉嫌违法主体名称');
    expect(DRAFT_FIELD_LABELS.toUnit).toBe('接收科室/单位');
    expect(DRAFT_FIELD_LABELS.opinion).toBe('移送方意见');
  });
});

describe('referralDraftSchema', () => {
  it('fills empty lists and rejects unknown codes', () => {
    expect(referralDraftSchema.parse({ subject: {} })).toEqual({
      subject: {},
      violations: [],
      materials: [],
    });
    expect(referralDraftSchema.safeParse({ subject: {}, source: 'phone' }).success).toBe(false);
    expect(referralDraftSchema.safeParse({ subject: {}, violations: ['soil'] }).success).toBe(false);
  });
});
