/**
 * Run `callback` once before the next paint. A hidden window gets no animation frames, so a short
 * timer stands in there: deltas then still apply (one batch) and the window is current when shown.
 */
export function nextFrame(callback: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    callback();
  };
  requestAnimationFrame(once);
  setTimeout(once, 100);
}
