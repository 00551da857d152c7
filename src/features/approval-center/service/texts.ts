/**
 * The center shows names, titles and form fields through i18n keys (`@i18n@…`) whose texts travel
 * with the body in `i18n_resources` (docs/lark-platform.md §11). One collector per body: the same
 * text gets the same key.
 */
export class I18nTexts {
  private readonly keys = new Map<string, string>();

  key(text: string): string {
    let key = this.keys.get(text);
    if (!key) {
      key = `@i18n@t${this.keys.size + 1}`;
      this.keys.set(text, key);
    }
    return key;
  }

  resources() {
    const texts = [...this.keys].map(([value, key]) => ({ key, value }));
    return [{ locale: 'zh-CN' as const, is_default: true, texts }];
  }
}
