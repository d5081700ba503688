/**
 * Counts how often the page got the main thread back between a `start` and an `end` event on
 * `target`: a heartbeat of messages (ordinary tasks) beats between tasks only. Work done in one
 * task lets none through; work in slices lets the page in between them. How long each task took
 * is for `npm run bench` to measure, not for a test on a busy machine to assert.
 */
export function beatsBetween(target: EventTarget, start: string, end: string): { readonly beats: number } {
  const count = { beats: 0 };
  const channel = new MessageChannel();
  let beating = false;
  channel.port1.onmessage = () => {
    if (!beating) return;
    count.beats++;
    channel.port2.postMessage(null);
  };
  target.addEventListener(start, () => {
    beating = true;
    channel.port2.postMessage(null);
  }, { once: true });
  target.addEventListener(end, () => {
    beating = false;
    channel.port1.close();
  }, { once: true });
  return count;
}
