// The in-page half of `npm run bench`: builds a glossary, drives one <glossary-index> and times it.
// Loaded by the bench page after the built bundle; scripts/bench.mjs calls `window.bench.*`.
import { generateGlossary } from './generate.js';

const state = { doc: undefined, element: undefined, phases: [], longTasks: [], frames: [] };
const root = () => state.element.shadowRoot;

new PerformanceObserver((list) => state.longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
// Long animation frames say where a slow frame went (script, style and layout), for --detail.
if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
  new PerformanceObserver((list) => state.frames.push(...list.getEntries())).observe({ type: 'long-animation-frame', buffered: true });
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const rest = () => new Promise((resolve) => setTimeout(resolve, 50));
/** Two animation frames from now: the frame that paints the current DOM has passed. */
const painted = async () => {
  await frame();
  await frame();
  return performance.now();
};
/** Resolves once `condition()` holds, checked now and after every change in the shadow root. */
const until = (condition) =>
  new Promise((resolve) => {
    if (condition()) return resolve();
    const observer = new MutationObserver(() => {
      if (condition()) observer.disconnect(), resolve();
    });
    observer.observe(root(), { childList: true, subtree: true, characterData: true });
  });
/** Entries of the full (grouped) list in the DOM: the children of every list but the results'. */
const groupedEntries = () => {
  let count = 0;
  for (const list of root().getElementById('list')?.getElementsByClassName('entries') ?? []) {
    if (!list.classList.contains('results')) count += list.childElementCount;
  }
  return count;
};
/** Waits for every term to be listed and painted; undefined when the count stops growing short of that. */
const fullListShown = async () => {
  for (let count = 0, still = 0; count < state.doc.terms.length; still++) {
    await frame();
    if (groupedEntries() !== count) (count = groupedEntries()), (still = 0);
    else if (still > 120) return undefined;
  }
  return painted();
};
/** Names what runs from now on, so long tasks can be put down to it; a phase lasts until the next. */
const phase = (name) => state.phases.push({ name, start: performance.now() });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fold = (text) => text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

window.bench = {
  /** Builds the document for `count` terms and picks queries: prefixes of a name found in it. */
  setup(count, { seed, sorted, lengths }) {
    state.doc = generateGlossary(count, { seed, sorted });
    const long = state.doc.terms.filter((term) => /^[a-z]{6,}/i.test(term.term));
    const name = fold(long[Math.floor(long.length / 2)].term);
    return lengths.map((length) => name.slice(0, length));
  },

  /** Property set → first entries painted; and → every entry in the DOM (rendered progressively). */
  async firstRender() {
    phase('first render');
    const element = (state.element = document.createElement('glossary-index'));
    const start = performance.now();
    element.glossary = state.doc;
    document.body.append(element);
    await until(() => root().querySelector('.entry') !== null);
    const first = (await painted()) - start;
    phase('rest of list');
    const full = ((await fullListShown()) ?? NaN) - start;
    phase('idle');
    return { first, full };
  },

  /**
   * Each query typed `runs` times into the field showing the full list, clearing it after each;
   * then the queries typed one after another, each extending the last, as a reader types.
   * Medians of ms from the input event to painted.
   */
  async filter(queries, runs) {
    const input = root().querySelector('input');
    input.focus();
    const type = async (value) => {
      const start = performance.now();
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
      if (value) {
        await until(() => {
          const first = root().querySelector('ul.results > .entry');
          return Boolean(root().querySelector('[part~="status"]')?.textContent.trim()) && first !== null && fold(first.textContent).includes(fold(value));
        });
      } else {
        await until(() => !root().querySelector('ul.results') && root().querySelector('.group .entry') !== null);
      }
      const time = (await painted()) - start;
      if (!value) await fullListShown();
      await rest();
      return time;
    };
    const fromList = queries.map(() => []);
    const typing = queries.map(() => []);
    const clear = [];
    for (let run = 0; run < runs; run++) {
      for (const [i, query] of queries.entries()) {
        phase(`q=${query.length}`);
        fromList[i].push(await type(query));
        phase('clear');
        clear.push(await type(''));
      }
      for (const [i, query] of queries.entries()) {
        phase(i === 0 ? `q=${query.length}` : `typing q=${query.length}`);
        (i === 0 ? fromList : typing)[i].push(await type(query));
      }
      phase('clear');
      clear.push(await type(''));
    }
    phase('idle');
    return { fromList: fromList.map(median), typing: typing.map((times) => (times.length ? median(times) : undefined)), clear: median(clear) };
  },

  /** Long tasks (and long animation frames, for --detail) by the phase they fell in; none before the first. */
  async report() {
    await new Promise((resolve) => setTimeout(resolve, 100)); // observers deliver asynchronously
    const ends = state.phases.map((p, i) => state.phases[i + 1]?.start ?? Infinity);
    const phaseOf = (entry) => {
      const overlap = (i) => Math.min(entry.startTime + entry.duration, ends[i]) - Math.max(entry.startTime, state.phases[i].start);
      const best = state.phases.reduce((a, _, i) => (overlap(i) > overlap(a) ? i : a), 0);
      return overlap(best) > 0 ? state.phases[best].name : undefined;
    };
    const tasks = state.longTasks.map((task) => ({ phase: phaseOf(task), duration: task.duration })).filter((task) => task.phase);
    const frames = state.frames
      .map((f) => ({
        phase: phaseOf(f),
        duration: f.duration,
        script: f.scripts.reduce((sum, s) => sum + s.duration, 0),
        styleLayout: f.styleAndLayoutStart ? f.startTime + f.duration - f.styleAndLayoutStart : 0,
        scripts: f.scripts.map((s) => `${s.invoker || s.invokerType} ${Math.round(s.duration)} ms`),
      }))
      .filter((f) => f.phase);
    return { tasks, frames };
  },
};
