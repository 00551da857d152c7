import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium (`apt-get install -y chromium`); playwright-core downloads no browser of its own. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export const RESULTS = join(process.cwd(), 'test-results');

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const path = join(RESULTS, `${name}.png`);
  // At the end of the page the sticky composer sits where it belongs, not across the middle of the shot.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * An accessibility smoke test run inside the page: one h1 and some h2s, a language, a name for every
 * form control and button, and WCAG AA contrast for every visible piece of enabled text.
 * Returns the problems found, so a failure names them all.
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  // Under tsx (keepNames) the function below arrives wrapped in calls to esbuild's `__name` helper.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 20)}"`;

    if (!document.documentElement.lang) problems.push('html has no lang');
    if (document.querySelectorAll('h1').length !== 1) problems.push('page must have exactly one h1');
    if (document.querySelectorAll('h2').length === 0) problems.push('page has no h2');

    const named = (el: HTMLElement) => {
      const labels = (el as HTMLInputElement).labels;
      if (labels && Array.from(labels).some((l) => (l.textContent ?? '').trim())) return true;
      if (el.getAttribute('aria-label')?.trim()) return true;
      const by = el.getAttribute('aria-labelledby');
      return !!by && by.split(' ').some((id) => (document.getElementById(id)?.textContent ?? '').trim());
    };
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('input, select, textarea'))) {
      if ((el as HTMLInputElement).type === 'hidden') continue;
      if (!named(el)) problems.push(`form field without a label: ${describe(el)}`);
    }
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('button, a[href]'))) {
      if (!(el.textContent ?? '').trim() && !el.getAttribute('aria-label'))
        problems.push(`control without a name: ${describe(el)}`);
    }

    const rgb = (s: string) => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(s);
      return m ? { r: +m[1]!, g: +m[2]!, b: +m[3]!, a: m[4] === undefined ? 1 : +m[4] } : undefined;
    };
    const lum = (c: { r: number; g: number; b: number }) =>
      [c.r, c.g, c.b]
        .map((v) => v / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const background = (el: Element | null): { r: number; g: number; b: number } => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c && c.a > 0.5) return c;
      }
      return { r: 255, g: 255, b: 255 };
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const checked = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || checked.has(el) || !(node.textContent ?? '').trim()) continue;
      checked.add(el);
      if (el.closest('[disabled], [hidden], script, style, option, .sr-only, .skip, [aria-busy]')) continue;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (style.visibility === 'hidden' || box.width === 0 || box.height === 0) continue;
      const fg = rgb(style.color);
      if (!fg) continue;
      const a = lum(fg);
      const b = lum(background(el));
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) problems.push(`contrast ${ratio.toFixed(2)}:1 for ${describe(el)}`);
    }
    return problems;
  });
}
