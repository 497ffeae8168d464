/**
 * A page rule that leaves a chart's host `inline` (a reset's `all: unset`; page rules beat `:host`
 * rules) drops the page's own margins around it: such a host is made `block` through CSSOM,
 * before anything is painted. Any other display the page gives (none, inline-block, grid…) is
 * the page's choice.
 *
 * Reading a computed style forces a style recalculation. Done per chart on connect, a page that
 * appends 150 charts in a loop paid 150 of them (~80 ms in the benchmark's profile); hosts
 * connected in one task are checked together in one microtask, still before the first paint.
 */
const waiting = new Set<HTMLElement>();

export function blockIfInline(host: HTMLElement): void {
  if (!waiting.size) queueMicrotask(checkWaiting);
  waiting.add(host);
}

function checkWaiting(): void {
  const hosts = [...waiting];
  waiting.clear();
  // All reads first, then the writes: one recalculation for the batch, not one per host. (A host
  // removed meanwhile has no computed display, so it is left alone.)
  const inline = hosts.filter((host) => getComputedStyle(host).display === 'inline');
  for (const host of inline) host.style.display = 'block';
}
