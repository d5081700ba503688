// The tables `npm run bench` prints (scripts/bench.mjs): per size, each figure for <glossary-index>
// and the plain-JS baseline (medians over runs), their ratio and the goal, marked ✓ or ✗.

const median = (values) => {
  const known = values.filter((value) => value !== undefined && !Number.isNaN(value)).sort((a, b) => a - b);
  return known.length ? known[Math.floor(known.length / 2)] : NaN;
};
const ms = (value) => (Number.isNaN(value) ? '–' : `${Math.round(value)} ms`);
const mb = (value) => (Number.isNaN(value) ? '–' : `${(value / 1048576).toFixed(1)} MB`);
const count = (value) => (Number.isNaN(value) ? '–' : Math.round(value).toLocaleString('en'));
const times = (value) => (Number.isNaN(value) ? '–' : `${value.toFixed(2)}×`);
const mark = (ok) => (ok ? '✓' : '✗');

/** Goals for the index, by size: times in ms. */
const GOALS = {
  10000: { first: 100, key: 16, full: 400, nodes: 1.5, heap: 2 },
  100000: { first: 150, key: 33, task: 50 },
};
/** The index within this many times the floor's time (and DOM nodes within GOALS.nodes). */
const FLOOR_RATIO = 1.7;

/** The run whose longest task is the median one, and that task. */
function longestTask(runs) {
  const longest = runs.map((run) => run.tasks.reduce((max, task) => (task.duration > (max?.duration ?? 0) ? task : max), undefined));
  const sorted = longest.map((task) => task ?? { duration: 0 }).sort((a, b) => a.duration - b.duration);
  return sorted[Math.floor(sorted.length / 2)];
}

/** One size's table. */
export function printSize({ size, runs, index, baseline }) {
  const goal = GOALS[size] ?? {};
  const queries = index[0].queries;
  const rows = [];
  /** A row: `get` reads a run's figure, `format` prints it; `limit` is the index's goal, `floor` checks the ratio. */
  const row = (label, get, format, { limit, floor = FLOOR_RATIO, ratio = true } = {}) => {
    const a = median(index.map(get));
    const b = median(baseline.map(get));
    const r = a / b;
    const ratioCell = !ratio || !Number.isFinite(r) || b <= 0 ? '' : `${times(r)}${floor ? ` ${mark(r <= floor)}` : ''}`;
    const goalCell = limit === undefined ? '' : `≤ ${format(limit)} ${mark(a <= limit)}`;
    rows.push([label, format(a), format(b), ratioCell, goalCell]);
  };
  row('first paint', (r) => r.first, ms, { limit: goal.first });
  row('whole list', (r) => r.full, ms, { limit: goal.full });
  row('  main thread busy', (r) => r.cpu, ms, { floor: 0 });
  queries.forEach((query, i) => {
    const label = i === queries.length - 1 ? `keystroke: whole name (${query.length})` : `keystroke: ${query.length} char${query.length > 1 ? 's' : ''}`;
    row(label, (r) => r.fromList[i], ms, { limit: goal.key });
  });
  queries.slice(1).forEach((query, i) => {
    const label = i === queries.length - 2 ? 'typing → whole name' : `typing → ${query.length} chars`;
    row(label, (r) => r.typing[i + 1], ms, { limit: goal.key });
  });
  row('clear', (r) => r.clear, ms, { limit: goal.key });
  const [taskA, taskB] = [longestTask(index), longestTask(baseline)];
  rows.push([
    'longest task',
    taskA.phase ? `${ms(taskA.duration)} (${taskA.phase})` : 'none ≥ 50 ms',
    taskB.phase ? `${ms(taskB.duration)} (${taskB.phase})` : 'none ≥ 50 ms',
    '',
    goal.task === undefined ? '' : `≤ ${goal.task} ms ${mark(taskA.duration <= goal.task)}`,
  ]);
  row('tasks ≥ 50 ms', (r) => r.tasks.length, count, { floor: 0, ratio: false, limit: goal.task === undefined ? undefined : 0 });
  row('DOM nodes', (r) => r.nodes, count, { floor: GOALS[10000].nodes });
  row("data's heap", (r) => r.dataHeap, mb, { floor: 0, ratio: false });
  row('heap over the data', (r) => r.heapOver, mb, { floor: 0 });
  row('  ÷ data’s heap', (r) => r.heapOver / r.dataHeap, times, { floor: 0, ratio: false, limit: goal.heap });
  row('DOM (Oilpan) heap over', (r) => r.domHeap, mb, { floor: 0 });
  // The DOM-node goal is the ratio itself; say so in the goal column.
  const nodes = rows.find((r) => r[0] === 'DOM nodes');
  if (goal.nodes) nodes[4] = `≤ ${goal.nodes}× plain JS ${mark(median(index.map((r) => r.nodes)) / median(baseline.map((r) => r.nodes)) <= goal.nodes)}`;

  const header = ['', '<glossary-index>', 'plain JS', `ratio (≤ ${FLOOR_RATIO}×)`, 'goal'];
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : i < 3 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('   ').trimEnd();
  console.log(`\n${size.toLocaleString('en')} terms, medians of ${runs} run${runs === 1 ? '' : 's'}; queries ${queries.map((q) => JSON.stringify(q)).join(' ')}`);
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}

/** For --detail: per kind, the long tasks by phase and each phase's longest animation frame, over all runs. */
export function printDetail({ size, index, baseline }) {
  for (const [kind, runs] of [['<glossary-index>', index], ['plain JS', baseline]]) {
    const tasks = runs.flatMap((run) => run.tasks);
    const frames = runs.flatMap((run) => run.frames);
    const byPhase = new Map();
    for (const task of tasks) byPhase.set(task.phase, [...(byPhase.get(task.phase) ?? []), task]);
    console.log(
      `\n${size.toLocaleString('en')} terms, ${kind}, ${runs.length} runs — long tasks by phase: ${
        [...byPhase].map(([phase, list]) => `${phase} ${list.length}× (max ${ms(Math.max(...list.map((t) => t.duration)))})`).join(', ') || 'none'
      }`,
    );
    const worst = new Map();
    for (const f of frames) if (f.duration > (worst.get(f.phase)?.duration ?? 0)) worst.set(f.phase, f);
    for (const [phase, f] of worst) {
      console.log(`  ${phase.padEnd(14)} longest frame ${ms(f.duration)}: script ${ms(f.script)}, style+layout ${ms(f.styleLayout)} — ${f.scripts.join(', ')}`);
    }
  }
}
