// The in-page half of `npm run bench`: builds a glossary, mounts one kind of index on it, either
// <glossary-index> (from the bundle the page loaded first) or the plain-JS baseline (baseline.js),
// and times it. One page measures one kind once; scripts/bench.mjs calls `window.bench.*` in order:
// generate, mount, keystrokes, nodes, report.
import { mountBaseline } from './baseline.js';
import { generateGlossary } from './generate.js';

const state = { doc: undefined, kind: undefined, root: undefined, phases: [], longTasks: [], frames: [] };
const root = () => state.root;

new PerformanceObserver((list) => state.longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
// Long animation frames say where a slow frame went (script, style and layout), for --detail.
if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
  new PerformanceObserver((list) => state.frames.push(...list.getEntries())).observe({ type: 'long-animation-frame', buffered: true });
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const rest = () => new Promise((resolve) => setTimeout(resolve, 50));
/**
 * The end of the frame that paints the current DOM: a message posted from inside the next
 * animation frame's callback arrives in the first task after that frame's style, layout and paint.
 */
const painted = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve(performance.now());
      };
      channel.port2.postMessage(null);
    }),
  );
/**
 * Runs `action`, then resolves once `condition()` holds after a change in the root (checked after
 * every batch of changes, the first of them the action's own), or when `condition()` holds after
 * `timeout` ms without one. The time is that of the check.
 */
const after = (action, condition, timeout = 3000) =>
  new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (condition()) observer.disconnect(), clearTimeout(timer), resolve(true);
    });
    observer.observe(root(), { childList: true, subtree: true, characterData: true, attributes: true });
    const timer = setTimeout(() => (observer.disconnect(), resolve(condition())), timeout);
    action();
  });
/** Entries of the full (grouped) list in the DOM: every `.entry` under `.groups` (both kinds use these names). */
const groupedEntries = () => root().querySelector('.groups')?.getElementsByClassName('entry').length ?? 0;
/**
 * The end of the first frame in which `condition()` holds as the frame begins: checked in an
 * animation-frame callback each frame, and once it holds, a message posted from that callback, as
 * in `painted`. Started before the work it waits for, its callback comes first in each frame, so
 * the message arrives ahead of any task the page queues from its own callbacks in that frame (the
 * next step of a progressive list, say), which would otherwise be counted in. Resolves undefined
 * when `stalled()` says the work has stopped short.
 */
const paintedWhen = (condition, stalled = () => false) =>
  new Promise((resolve) => {
    const check = () => {
      if (condition()) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          resolve(performance.now());
        };
        channel.port2.postMessage(null);
      } else if (stalled()) resolve(undefined);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
/** The end of the frame that paints every term's entry; undefined when the count stops growing short of that (120 frames). */
const fullListShown = () => {
  let count = -1;
  let still = 0;
  return paintedWhen(
    () => groupedEntries() === state.doc.terms.length,
    () => {
      const now = groupedEntries();
      if (now !== count) (count = now), (still = 0);
      return ++still > 120;
    },
  );
};
/** Names what runs from now on, so long tasks can be put down to it; a phase lasts until the next. */
const phase = (name) => state.phases.push({ name, start: performance.now() });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fold = (text) => text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

/** Every node in the document, shadow trees included: elements, text, comments. */
const countNodes = (node) => {
  let count = 1;
  if (node.shadowRoot) count += countNodes(node.shadowRoot);
  for (let child = node.firstChild; child; child = child.nextSibling) count += countNodes(child);
  return count;
};

window.bench = {
  /** Builds the document for `count` terms and picks queries: prefixes of a name found in it, then the whole name. */
  generate(count, { seed, sorted, lengths }) {
    // Through JSON, as a glossary arrives: flat strings. The generator's are built by concatenation
    // (rope strings), which V8 flattens in place when they are first read, so the data's heap would
    // shrink during the measurement and understate the heap either kind adds.
    state.doc = JSON.parse(JSON.stringify(generateGlossary(count, { seed, sorted })));
    const long = state.doc.terms.filter((term) => /^[a-z]{6,}/i.test(term.term));
    const name = fold(long[Math.floor(long.length / 2)].term);
    return [...lengths.map((length) => name.slice(0, length)), name];
  },

  /**
   * Data set → first entries painted; and → every entry in the DOM and painted (the rest comes
   * progressively). `kind` is 'index' (the property `glossary` of a new <glossary-index>) or
   * 'baseline' (mountBaseline into a new host's open shadow root).
   */
  async mount(kind) {
    state.kind = kind;
    phase('first paint');
    const shown = paintedWhen(() => root()?.querySelector('.entry') != null);
    const start = performance.now();
    if (kind === 'index') {
      const element = document.createElement('glossary-index');
      element.glossary = state.doc;
      document.body.append(element);
      state.root = element.shadowRoot;
    } else {
      const host = document.createElement('div');
      host.className = 'baseline';
      state.root = host.attachShadow({ mode: 'open' });
      document.body.append(host);
      mountBaseline(state.doc, state.root);
    }
    const first = (await shown) - start;
    phase('rest of list');
    const full = ((await fullListShown()) ?? NaN) - start;
    phase('idle');
    await rest();
    return { first, full };
  },

  /**
   * Each query typed `reps` times into the field showing the full list, clearing it after each;
   * then the queries typed one after another, each extending the last, as a reader types, and
   * cleared. Medians of ms from the input event to painted.
   */
  async keystrokes(queries, reps) {
    const input = root().querySelector('input');
    input.focus();
    const resultsIn = (value) => () => {
      const first = root().querySelector('ul.results:not([hidden]) > .entry');
      return Boolean(root().querySelector('[part~="status"]')?.textContent.trim()) && first !== null && fold(first.textContent).includes(fold(value));
    };
    const listBack = () => !root().querySelector('ul.results:not([hidden])') && root().querySelector('.groups:not([hidden]) .entry') !== null;
    // The input arrives as a frame begins (from an animation-frame callback), so no time is spent
    // waiting for a frame: the figure is the work from input to painted. Shown in that very frame,
    // the end of the frame is a message posted from the same callback; shown later, the end of the
    // frame that paints it.
    const type = async (value) => {
      const shown = value ? resultsIn(value) : listBack;
      let start;
      const sameFrame = await new Promise((resolve) =>
        requestAnimationFrame(() => {
          start = performance.now();
          input.value = value;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
          const channel = new MessageChannel();
          channel.port1.onmessage = () => (channel.port1.close(), resolve(shown() ? performance.now() : undefined));
          channel.port2.postMessage(null);
        }),
      );
      let time = sameFrame === undefined ? NaN : sameFrame - start;
      if (sameFrame === undefined && (shown() || (await after(() => {}, shown)))) time = (await painted()) - start;
      if (!value) await fullListShown();
      await rest();
      return time;
    };
    const fromList = queries.map(() => []);
    const typing = queries.map(() => []);
    const clear = [];
    for (let rep = 0; rep < reps; rep++) {
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

  /** Nodes in the document (shadow trees included) now. */
  nodes: () => countNodes(document),

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
