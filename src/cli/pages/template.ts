import { escapeHtml } from './escape.js';

/** Where a template's page content goes. */
export const CONTENT_MARK = '<!--glossary-content-->';

/** The layout used without `--template`: a readable column, the page's own font and colours. */
export const DEFAULT_TEMPLATE = `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<style>
body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0 auto; max-width: 48rem; padding: 1rem; }
</style>
</head>
<body>
<main>
${CONTENT_MARK}
</main>
</body>
</html>
`;

/** What a template is missing, in one sentence; undefined when it can be used. */
export function templateProblem(template: string): string | undefined {
  const markup = template.replace(/<!--(?!glossary-content-->)[\s\S]*?-->/g, '');
  if (!markup.includes(CONTENT_MARK)) return `it has no ${CONTENT_MARK} comment to put the content in`;
  if (!/<\/head\s*>/i.test(markup)) return 'it has no </head> to put the head additions before';
  if (!/<html[\s>]/i.test(markup)) return 'it has no <html> element to set lang on';
  return undefined;
}

export interface PageParts {
  lang: string;
  /** Head elements: title, meta, links, scripts. */
  head: string;
  content: string;
}

/**
 * A page from the template: `content` replaces the content comment, `head` goes before `</head>`
 * in place of the template's `<title>`, and `lang` is set on `<html>`. Check `templateProblem` first.
 */
export function applyTemplate(template: string, { lang, head, content }: PageParts): string {
  const language = `lang="${escapeHtml(lang)}"`;
  // Functions as replacements, so that "$&" in content stays text.
  let page = outsideComments(template, /<title[\s>][\s\S]*?<\/title\s*>\s*/i, () => '');
  page = outsideComments(page, /<html([^>]*)>/i, (_tag, attributes: string) => {
    const others = attributes.replace(/\slang\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i, '');
    return `<html ${language}${others}>`;
  });
  page = outsideComments(page, /<\/head\s*>/i, (end) => `${head}\n${end}`);
  return page.replace(CONTENT_MARK, () => content);
}

/** Replaces the first match of `pattern` that is not inside an HTML comment (a template may mention `</head>` in one). */
function outsideComments(html: string, pattern: RegExp, replace: (match: string, ...groups: string[]) => string): string {
  const either = new RegExp(`<!--[\\s\\S]*?-->|${pattern.source}`, 'gi');
  let done = false;
  return html.replace(either, (match: string, ...groups: unknown[]) => {
    if (done || match.startsWith('<!--')) return match;
    done = true;
    return replace(match, ...(groups.slice(0, -2) as string[]));
  });
}
