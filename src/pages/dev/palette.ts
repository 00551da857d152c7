// Card colours: Lark's header templates as light tints with a dark title, each pair chosen to read at
// better than 4.5:1 (checked in test/pages/dev-card.test.ts).

export interface HeaderColors {
  bg: string;
  fg: string;
}

export const HEADER_TEMPLATES: Record<string, HeaderColors> = {
  blue: { bg: '#e1eaff', fg: '#133c9a' },
  wathet: { bg: '#d9f3fd', fg: '#0b5a78' },
  turquoise: { bg: '#d5f6f2', fg: '#0a5e52' },
  green: { bg: '#d9f5d6', fg: '#1e6119' },
  yellow: { bg: '#faf1d1', fg: '#6b5100' },
  orange: { bg: '#feead2', fg: '#8a3f00' },
  red: { bg: '#fde2e2', fg: '#a11f1f' },
  carmine: { bg: '#fdddef', fg: '#9c1458' },
  violet: { bg: '#f8def8', fg: '#7a1f7a' },
  purple: { bg: '#ece2fe', fg: '#5229a3' },
  indigo: { bg: '#e0e3fa', fg: '#2c3590' },
  grey: { bg: '#eff0f1', fg: '#1f2329' },
  default: { bg: '#ffffff', fg: '#1f2329' },
};

export const INK = {
  text: '#1f2329',
  muted: '#646a73',
  line: '#dee0e3',
  accent: '#245bdb',
  danger: '#c4281c',
  success: '#237b19',
  page: '#f2f3f5',
};

export function headerCss(): string {
  return Object.entries(HEADER_TEMPLATES)
    .map(([name, c]) => `.lk-t-${name}{background:${c.bg};color:${c.fg}}`)
    .join('\n');
}
