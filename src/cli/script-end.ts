/**
 * Where a glossary document's text holds `</script` (any case): pasted into
 * `<script type="application/json">`, the script element ends there and the rest becomes page HTML.
 * Gives the path of each string that holds it (`terms[3].definition`), or `''` when it stands
 * outside any string value (a key). Text that escapes the `<` (`\u003c/script`) is safe, and not reported.
 */
export function scriptEndPaths(text: string, json: unknown): string[] {
  if (!/<\/script/i.test(text)) return [];
  const paths: string[] = [];
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      if (/<\/script/i.test(value)) paths.push(path);
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${path}[${index}]`));
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, path ? `${path}.${key}` : key);
    }
  };
  visit(json, '');
  return paths.length > 0 ? paths : [''];
}

export const SCRIPT_END_HINT =
  'holds "</script", which ends a <script type="application/json"> block early if the document is pasted into a page; write < as \\u003c there';
