import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeSources, type CustomElementsManifest, type ManifestDeclaration } from '../../scripts/manifest/analyze.mjs';
import { findGaps } from '../../scripts/manifest/completeness.mjs';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');
const GENERATE = join(ROOT, 'scripts/manifest/generate.mjs');
const README_TABLES = join(ROOT, 'scripts/manifest/readme-tables.mjs');
const TAGS = ['glossary-term', 'glossary-index', 'alert-signup', 'glossary-link', 'glossary-text'];

// The manifest of the sources as they are now, built once: every test reads the real JSDoc.
const manifest = analyzeSources(ROOT);
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement);
const element = (tag: string) => elements.find((d) => d.tagName === tag)!;
const publicFieldNames = (d: ManifestDeclaration) =>
  (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.name.startsWith('#') && !m.privacy).map((m) => m.name);
const names = (items: { name: string }[] | undefined) => (items ?? []).map((item) => item.name);

let dir: string;
const readOut = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
const writeManifest = (target: string, data: CustomElementsManifest) =>
  writeFileSync(join(target, 'custom-elements.json'), JSON.stringify(data));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'manifest-test-'));
  writeManifest(dir, manifest);
  await run('node', [GENERATE, '--dir', dir]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the manifest of the sources', () => {
  it('holds the five elements of the contract', () => {
    expect(elements.map((d) => d.tagName).sort()).toEqual([...TAGS].sort());
  });

  it('documents every public attribute, property, event, slot, part and custom property', () => {
    expect(findGaps(manifest)).toEqual([]);
  });
});

describe('VS Code custom data', () => {
  interface Tag { name: string; description: { value: string }; attributes: { name: string; values?: { name: string }[]; valueSet?: string }[] }
  const tag = (name: string): Tag => readOut('vscode.html-custom-data.json').tags.find((t: Tag) => t.name === name);

  it('lists every element with exactly its attributes', () => {
    expect(readOut('vscode.html-custom-data.json').version).toBe(1.1);
    for (const d of elements) {
      expect(tag(d.tagName!).attributes.map((a) => a.name), d.tagName).toEqual(names(d.attributes));
    }
  });

  it("names every event, slot, part and custom property in the tag's hover text", () => {
    for (const d of elements) {
      const hover = tag(d.tagName!).description.value;
      for (const name of [...names(d.events), ...names(d.cssParts), ...names(d.cssProperties)]) expect(hover, d.tagName).toContain(`\`${name}\``);
      for (const slot of names(d.slots)) expect(hover).toContain(slot === '' ? '`(default)`' : `\`${slot}\``);
    }
  });

  it('offers the values of enumerated attributes and marks boolean ones as valueless', () => {
    const variant = tag('glossary-term').attributes.find((a) => a.name === 'variant');
    expect(variant?.values?.map((v) => v.name)).toEqual(['card', 'full']);
    const encoding = tag('alert-signup').attributes.find((a) => a.name === 'encoding');
    expect(encoding?.values?.map((v) => v.name)).toEqual(['json', 'form']);
    expect(tag('glossary-index').attributes.find((a) => a.name === 'no-search')?.valueSet).toBe('v');
    expect(tag('glossary-index').attributes.find((a) => a.name === 'query')?.values).toBeUndefined();
  });
});

describe('JetBrains web-types', () => {
  interface Entry {
    name: string;
    attributes: { name: string; value: { type: string } }[];
    slots: { name: string }[];
    js: { properties: { name: string; type: string }[]; events: { name: string; type: string }[] };
    css: { parts: { name: string }[]; properties: { name: string }[] };
  }
  const entry = (name: string): Entry => readOut('web-types.json').contributions.html.elements.find((e: Entry) => e.name === name);

  it('names the package and its version', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(readOut('web-types.json')).toMatchObject({ name: pkg.name, version: pkg.version, 'js-types-syntax': 'typescript' });
  });

  it('lists every element with its attributes, properties, events, slots, parts and custom properties', () => {
    for (const d of elements) {
      const e = entry(d.tagName!);
      expect(names(e.attributes), d.tagName).toEqual(names(d.attributes));
      expect(names(e.js.properties), d.tagName).toEqual(publicFieldNames(d));
      expect(names(e.js.events), d.tagName).toEqual(names(d.events));
      expect(names(e.slots), d.tagName).toEqual(names(d.slots));
      expect(names(e.css.parts), d.tagName).toEqual(names(d.cssParts));
      expect(names(e.css.properties), d.tagName).toEqual(names(d.cssProperties));
    }
  });

  it('types event payloads and markup values', () => {
    expect(entry('glossary-term').js.events.find((e) => e.name === 'glossary-error')?.type).toBe('CustomEvent<GlossaryErrorDetail>');
    // In markup an absent attribute is not `null`: the value type leaves it out.
    expect(entry('glossary-term').attributes.find((a) => a.name === 'timeout')?.value.type).toBe('number');
    expect(entry('glossary-term').js.properties.find((p) => p.name === 'timeout')?.type).toBe('number | null');
  });
});

describe('the completeness check', () => {
  const withoutDocs = (edit: (d: ManifestDeclaration) => void): CustomElementsManifest => {
    const copy = structuredClone(manifest);
    const term = copy.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'glossary-term')!;
    edit(term);
    return copy;
  };

  it('reports an attribute without a description', () => {
    const gaps = findGaps(withoutDocs((d) => delete d.attributes!.find((a) => a.name === 'variant')!.description));
    expect(gaps).toEqual(['glossary-term: attribute "variant" has no description']);
  });

  it('reports an untyped event, an undocumented part, slot, custom property and property', () => {
    const gaps = findGaps(
      withoutDocs((d) => {
        delete d.events!.find((e) => e.name === 'glossary-error')!.type;
        d.cssParts!.push({ name: 'sparkle' });
        d.slots!.push({ name: 'footer', description: ' ' });
        d.cssProperties!.push({ name: '--glossary-glow' });
        d.members!.push({ kind: 'field', name: 'shiny' });
      }),
    );
    expect(gaps).toEqual([
      'glossary-term: property "shiny" has no description',
      'glossary-term: property "shiny" has no type',
      'glossary-term: event "glossary-error" has no type',
      'glossary-term: slot "footer" has no description',
      'glossary-term: part "sparkle" has no description',
      'glossary-term: custom property "--glossary-glow" has no description',
    ]);
  });

  it('ignores private and static members', () => {
    const gaps = findGaps(
      withoutDocs((d) => {
        d.members!.push({ kind: 'field', name: '#secret' }, { kind: 'field', name: 'internal', privacy: 'private' });
        d.members!.push({ kind: 'field', name: 'styles', static: true });
      }),
    );
    expect(gaps).toEqual([]);
  });

  it('fails the build step, writing no IDE data, when something is undocumented', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'manifest-gap-'));
    try {
      writeManifest(broken, withoutDocs((d) => delete d.attributes!.find((a) => a.name === 'variant')!.description));
      const failure = await run('node', [GENERATE, '--dir', broken]).then(() => undefined, (error: { code: number; stderr: string }) => error);
      expect(failure?.code).toBe(1);
      expect(failure?.stderr).toContain('glossary-term: attribute "variant" has no description');
      expect(existsSync(join(broken, 'web-types.json'))).toBe(false);
      expect(existsSync(join(broken, 'vscode.html-custom-data.json'))).toBe(false);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});

describe('docs/API.md tables', () => {
  const tables = (...args: string[]) =>
    run('node', [README_TABLES, '--readme', join(dir, 'README.md'), '--manifest', join(dir, 'custom-elements.json'), ...args]).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );

  it('rewrites each element between its markers; --check passes then, and fails once the JSDoc changes', async () => {
    copyFileSync(join(ROOT, 'docs/API.md'), join(dir, 'README.md'));
    expect((await tables()).code).toBe(0);
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    for (const tag of TAGS) {
      const region = readme.slice(readme.indexOf(`<!-- api:${tag}:start -->`), readme.indexOf(`<!-- api:${tag}:end -->`));
      expect(region).toContain(`### \`<${tag}>\` API`);
      for (const part of element(tag).cssParts ?? []) expect(region).toContain(`| \`${part.name}\` |`);
    }
    expect(readme).toContain("| `variant` | `variant` | `'card' \\| 'full'` | `'card'` |");
    expect(await tables('--check')).toEqual({ code: 0, stderr: '' });

    writeManifest(dir, withDescription('A new description of variant.'));
    const stale = await tables('--check');
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('stale');
    writeManifest(dir, manifest);
  });

  it('fails when the README has no markers for an element', async () => {
    writeFileSync(join(dir, 'README.md'), '# A README\n\n<!-- api:glossary-term:start -->\n<!-- api:glossary-term:end -->\n');
    const result = await tables('--check');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no "<!-- api:alert-signup:start -->"');
  });

  function withDescription(text: string): CustomElementsManifest {
    const copy = structuredClone(manifest);
    const term = copy.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'glossary-term')!;
    term.members!.find((m) => m.name === 'variant')!.description = text;
    return copy;
  }
});
