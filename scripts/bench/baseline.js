// The plain-JavaScript floor `npm run bench` measures <glossary-index> against: the same job on the
// same unsorted data, written as a careful hand-coder would, with no framework. It groups by letter,
// sorts with one Intl.Collator (each group when the list reaches it), renders the first screenful
// at once and the rest in chunks (each a `content-visibility: auto` container, a few milliseconds'
// worth per task), and searches folded names and aliases, prefix matches first.
// It exports mountBaseline(doc, container) and summaryOf(term); scripts/bench/page.js loads it.

/** Entries rendered before the first paint: a screenful. */
const FIRST_SCREEN = 60;
/** Entries per chunk: one `content-visibility: auto` container. */
const CHUNK = 100;
/** How long one task may add chunks before it yields. */
const TASK_MS = 8;
/** Estimated block size of an entry and of a letter heading, for `contain-intrinsic-size`. */
const ENTRY_PX = 46;
const HEADING_PX = 58;
/** Search results shown. */
const RESULTS = 50;
const SUMMARY_MAX = 160;
const OTHER = '#';

const STYLE = `
:host { display: block; font: 1rem/1.45 system-ui, sans-serif; color: #1d1d1f; }
.search { display: grid; gap: .35em; margin-block-end: 1rem; }
.search label { font-weight: 600; }
input { font: inherit; border: 1px solid #c6c6cc; border-radius: .35rem; padding: .55em .8em; inline-size: 100%; box-sizing: border-box; }
.letters ul { display: flex; flex-wrap: wrap; gap: .25rem; list-style: none; margin: 0; padding: 0; }
.letters a { display: inline-grid; place-items: center; min-inline-size: 2.1em; min-block-size: 2.1em; font-weight: 600; text-decoration: none; }
.status { margin: .75rem 0; color: #5f5f66; }
.status:empty { margin: 0; }
.groups[hidden] { display: block; content-visibility: hidden; }
.chunk { content-visibility: auto; }
h2 { font-size: 1.4em; margin: 1.25rem 0 .5rem; padding-block-end: .2em; border-block-end: 1px solid #c6c6cc; }
.entries { list-style: none; margin: 0; padding: .32rem; display: grid; grid-template-columns: minmax(0, 1fr); gap: .35em; }
.entries[hidden] { display: none; }
.entry a { font-weight: 600; }
.via { color: #5f5f66; font-size: .9em; }
.summary { display: block; color: #5f5f66; font-size: .92em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
`;

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
// Tags that part words (a paragraph's end); inline ones (`<em>`) join them as written.
const BLOCK_TAG = /^<\/?(?:p|br|li|ul|ol|div|h[1-6]|blockquote|pre|dt|dd|tr|td|th)\b/i;
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };

/** Folded for matching: compatibility-decomposed, marks dropped, lower-cased. */
const fold = (text) => text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

/** The summary given, or the definition's first sentence by a cheap rule: tags stripped, a few entities decoded, cut at ". ", capped. */
export function summaryOf(term) {
  if (term.summary) return term.summary;
  let text = term.definition.replace(/<[^>]*>/g, (tag) => (BLOCK_TAG.test(tag) ? ' ' : ''));
  if (text.includes('&')) text = text.replace(/&(#39|[a-z]+);/g, (entity, name) => ENTITIES[name] ?? entity);
  text = text.replace(/\s+/g, ' ').trim();
  const end = text.indexOf('. ');
  if (end >= 0) text = text.slice(0, end + 1);
  return text.length > SUMMARY_MAX ? `${text.slice(0, SUMMARY_MAX - 1)}…` : text;
}

/** The letter a name is filed under: its first character folded and upper-cased, `#` for a non-letter. */
function letterOf(name, cache) {
  const first = String.fromCodePoint(name.trimStart().codePointAt(0) ?? 0x20);
  let letter = cache.get(first);
  if (letter === undefined) {
    const folded = first.normalize('NFKD').replace(/\p{M}+/gu, '').toUpperCase();
    letter = /^\p{L}/u.test(folded) ? folded : OTHER;
    cache.set(first, letter);
  }
  return letter;
}

/** One entry; `via`, the alias a search result was found by. */
const entryHtml = (term, via) =>
  `<li class="entry"><a href="#${escape(term.id)}">${escape(term.term)}</a>${via === undefined ? '' : ` <span class="via">(also ${escape(via)})</span>`} <span class="summary">${escape(summaryOf(term))}</span></li>`;

/**
 * Renders `doc` ({title, language, terms}) into `container` (a shadow root, say): search field,
 * letter bar and the grouped list, the first screenful now and the rest in later tasks.
 * Returns `{ done }`, a promise that settles once every entry is in the DOM.
 */
export function mountBaseline(doc, container) {
  const { terms, language } = doc;
  const collator = new Intl.Collator(language);

  // Group by letter now; sort each group only when the list reaches it (the first before the
  // first paint). Groups in letter order, sorted in turn, give the order of sorting them all.
  const letters = new Map();
  const cache = new Map();
  for (const term of terms) {
    const letter = letterOf(term.term, cache);
    const group = letters.get(letter);
    if (group) group.push(term);
    else letters.set(letter, [term]);
  }
  const order = [...letters.keys()].sort((a, b) => (a === OTHER ? -1 : b === OTHER ? 1 : collator.compare(a, b)));
  const byName = (a, b) => collator.compare(a.term, b.term);
  /** The terms in list order, as far as the groups are sorted; `starts`: where each letter's group begins in it. */
  const sorted = [];
  const starts = new Map();
  let nextGroup = 0;
  const sortThrough = (count) => {
    while (sorted.length < count && nextGroup < order.length) {
      const letter = order[nextGroup++];
      starts.set(sorted.length, letter);
      for (const term of letters.get(letter).sort(byName)) sorted.push(term);
    }
  };

  container.innerHTML = `<style>${STYLE}</style>
<div class="base" lang="${escape(language)}">
<div class="search"><label for="search">Search ${escape(doc.title)}</label><input id="search" type="search" autocomplete="off" spellcheck="false" aria-controls="list"></div>
<nav class="letters" aria-label="Letters"><ul>${order.map((l) => `<li><a href="#letter-${escape(l)}">${escape(l)}</a></li>`).join('')}</ul></nav>
<p class="status" part="status" role="status"></p>
<div id="list" class="list"><ul class="entries results" hidden></ul><div class="groups"></div></div>
</div>`;
  const input = container.getElementById('search');
  const status = container.querySelector('.status');
  const results = container.querySelector('.results');
  const list = container.querySelector('.groups');

  // Folded names and aliases, in list order, filled in as the list is rendered.
  const keys = [];
  const foldUpTo = (count) => {
    for (let i = keys.length; i < count; i++) {
      const term = sorted[i];
      keys.push(term.aliases?.length ? [fold(term.term), ...term.aliases.map(fold)] : [fold(term.term)]);
    }
  };

  let rendered = 0;
  /** One chunk: entries [rendered, rendered + count), with a heading and a new list wherever a letter starts. */
  const renderChunk = (count) => {
    sortThrough(rendered + count);
    const end = Math.min(sorted.length, rendered + count);
    let html = '';
    let headings = 0;
    let open = false;
    for (let i = rendered; i < end; i++) {
      const letter = starts.get(i);
      if (letter !== undefined) {
        if (open) html += '</ul>';
        html += `<h2 id="letter-${escape(letter)}">${escape(letter)}</h2><ul class="entries">`;
        headings++;
        open = true;
      } else if (!open) {
        html += '<ul class="entries">';
        open = true;
      }
      html += entryHtml(sorted[i]);
    }
    if (open) html += '</ul>';
    const chunk = document.createElement('div');
    chunk.className = 'chunk';
    chunk.style.containIntrinsicSize = `auto ${(end - rendered) * ENTRY_PX + headings * HEADING_PX}px`;
    chunk.innerHTML = html;
    list.append(chunk);
    rendered = end;
  };

  renderChunk(FIRST_SCREEN);
  const done = new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const start = performance.now();
      while (rendered < terms.length && performance.now() - start < TASK_MS) {
        const from = rendered;
        renderChunk(CHUNK);
        foldUpTo(rendered);
        if (from === rendered) break;
      }
      if (rendered < terms.length) channel.port2.postMessage(null);
      else {
        foldUpTo(terms.length);
        channel.port1.close();
        resolve();
      }
    };
    // The first chunk after the first paint: a frame, then a task.
    requestAnimationFrame(() => channel.port2.postMessage(null));
  });

  const search = (raw) => {
    const query = fold(raw).trim();
    if (!query) {
      results.hidden = true;
      results.textContent = '';
      list.hidden = false;
      status.textContent = '';
      return;
    }
    // A query before the list is complete sorts and folds the rest now.
    sortThrough(terms.length);
    foldUpTo(terms.length);
    // Each term's best match: its name or an alias beginning with the query, else containing it.
    // `via`: the alias it was found by (1-based, 0 for the name), shown beside the name.
    const prefix = [];
    const inside = [];
    let total = 0;
    for (let i = 0; i < keys.length; i++) {
      const names = keys[i];
      let rank = 2;
      let via = 0;
      for (let k = 0; k < names.length; k++) {
        if (names[k].startsWith(query)) {
          rank = 0;
          via = k;
          break;
        }
        if (rank === 2 && names[k].includes(query)) (rank = 1), (via = k);
      }
      if (rank === 2) continue;
      total++;
      if (rank === 0) {
        if (prefix.length < RESULTS) prefix.push([i, via]);
      } else if (inside.length < RESULTS) inside.push([i, via]);
    }
    const shown = prefix.concat(inside).slice(0, RESULTS);
    results.innerHTML = shown.map(([i, via]) => entryHtml(sorted[i], via ? sorted[i].aliases[via - 1] : undefined)).join('');
    status.textContent = total === 0 ? `No terms match “${raw.trim()}”` : `${total.toLocaleString(language)} ${total === 1 ? 'term' : 'terms'} found`;
    results.hidden = false;
    list.hidden = true;
  };
  input.addEventListener('input', () => search(input.value));

  return { done };
}
