/**
 * Whether JSON text nests arrays and objects deeper than `max`, found before parsing it: parsing
 * a million levels took seconds. A generator, so the elements can pause it between slices; it
 * yields after every few thousand brackets and returns the verdict. Strings are skipped whole.
 */
export function* nestsDeeperThan(text: string, max: number): Generator<void, boolean> {
  const structural = /["[\]{}]/g;
  let depth = 0;
  let steps = 0;
  for (let match; (match = structural.exec(text)); ) {
    if (++steps % 4096 === 0) yield;
    const character = match[0];
    if (character === '"') {
      const end = endOfString(text, structural.lastIndex);
      if (end < 0) return false; // not JSON: the parser says so
      structural.lastIndex = end;
    } else if (character === '[' || character === '{') {
      if (++depth > max) return true;
    } else depth--;
  }
  return false;
}

/** Just past the quote that ends the string starting at `from`, or -1. */
function endOfString(text: string, from: number): number {
  for (let at = from; ; at++) {
    at = text.indexOf('"', at);
    if (at < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return at + 1;
  }
}

/** Runs the check to the end at once (the command line, small inline documents). */
export function nestsDeeperThanNow(text: string, max: number): boolean {
  const steps = nestsDeeperThan(text, max);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
