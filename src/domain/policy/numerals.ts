const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 十二 → 12, 二十五 → 25, 三十一 → 31: enough for months, days and clause numbers. */
export function chineseNumber(text: string): number {
  if (!text.includes('十')) return [...text].reduce((n, ch) => n * 10 + (DIGITS[ch] ?? 0), 0);
  const [tens, ones] = text.split('十') as [string, string];
  return (tens ? (DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (DIGITS[ones] ?? 0) : 0);
}
