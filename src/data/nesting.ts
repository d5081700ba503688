/**
 * Whether JSON text nests arrays and objects deeper than `max`, found before parsing it: parsing
 * a million levels took seconds. Strings are skipped whole; within the size limit this takes a
 * few tens of milliseconds.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  const structural = /["[\]{}]/g;
  let depth = 0;
  for (let match; (match = structural.exec(text)); ) {
    const character = match[0];
    if (character === '"') {
      // The string ends at the next quote not escaped by an odd run of backslashes.
      let end = structural.lastIndex;
      for (let backslashes = 1; backslashes % 2; end++) {
        end = text.indexOf('"', end);
        if (end < 0) return false; // not JSON: the parser says so
        for (backslashes = 0; text.charCodeAt(end - 1 - backslashes) === 92; ) backslashes++;
      }
      structural.lastIndex = end;
    } else if (character === '[' || character === '{') {
      if (++depth > max) return true;
    } else depth--;
  }
  return false;
}
