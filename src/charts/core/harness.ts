import type { LitElement } from 'lit';

/**
 * Drives a chart element the way a reader does, for browser tests:
 *   const h = new ChartHarness(el); await h.ready(); h.marks(); await h.focusNext(); h.tooltipText(); h.tableRows();
 */
export class ChartHarness {
  /** Any chart element (a ChartElement subclass; typed as LitElement so every subclass fits). */
  constructor(readonly element: LitElement) {}

  get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error(`<${this.element.localName}> has no shadow root`);
    return root;
  }

  /** Wait until the element has rendered its final state (plot drawn, error or empty). */
  async ready(timeoutMs = 4000): Promise<void> {
    const start = performance.now();
    for (;;) {
      await this.element.updateComplete;
      if (
        this.state() !== 'loading' &&
        (this.state() !== 'ready' || this.root.querySelector('.plot-svg, .status, .table-wrap'))
      )
        return;
      if (performance.now() - start > timeoutMs)
        throw new Error(`<${this.element.localName}> not ready after ${timeoutMs} ms`);
      await new Promise((r) => requestAnimationFrame(r));
    }
  }

  /** 'loading' (or waiting for data), 'error', 'empty' or 'ready'. */
  state(): 'loading' | 'error' | 'empty' | 'ready' {
    if (this.root.querySelector('[part="error"]')) return 'error';
    if (this.root.querySelector('.chart[aria-busy="true"]')) return 'loading';
    if (this.root.querySelector('.plot > .status')) return 'empty';
    return 'ready';
  }

  /** The focusable marks, in keyboard order. */
  marks(): SVGGElement[] {
    return [...this.root.querySelectorAll<SVGGElement>('[data-mark]')].sort(
      (a, b) => Number(a.dataset.mark) - Number(b.dataset.mark),
    );
  }

  markLabels(): string[] {
    return this.marks().map((m) => m.getAttribute('aria-label') ?? '');
  }

  /** The mark element that has focus, or null. */
  focusedMark(): SVGGElement | null {
    const active = this.root.activeElement;
    return active instanceof SVGGElement && active.hasAttribute('data-mark') ? active : null;
  }

  /** Focus the plot's tab stop (as Tab would). */
  async focusPlot(): Promise<SVGGElement> {
    const stop = this.marks().find((m) => m.getAttribute('tabindex') === '0');
    if (!stop) throw new Error('no mark has tabindex=0');
    stop.focus();
    await this.element.updateComplete;
    return stop;
  }

  /** Press a key on the focused mark (or the tab stop) and wait for the re-render. */
  async press(key: string): Promise<void> {
    const target = this.focusedMark() ?? (await this.focusPlot());
    target.dispatchEvent(
      new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }),
    );
    await this.element.updateComplete;
    await this.element.updateComplete;
  }

  async focusNext(): Promise<SVGGElement | null> {
    await this.press('ArrowDown');
    return this.focusedMark();
  }

  async focusPrevious(): Promise<SVGGElement | null> {
    await this.press('ArrowUp');
    return this.focusedMark();
  }

  tooltip(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[part="tooltip"]');
  }

  tooltipText(): string {
    return this.tooltip()?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  /** The table's rows (header row excluded) as arrays of cell text. Waits for the lazily rendered table. */
  async tableRows(): Promise<string[][]> {
    const start = performance.now();
    while (!this.root.querySelector('[part="table"] table') && performance.now() - start < 3000) {
      await new Promise((r) => setTimeout(r, 20));
      await this.element.updateComplete;
    }
    return [...this.root.querySelectorAll('[part="table"] tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
    );
  }

  tableColumns(): string[] {
    return [...this.root.querySelectorAll('[part="table"] thead th')].map((c) => c.textContent?.trim() ?? '');
  }

  errorText(): string {
    return this.root.querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  summary(): string {
    return this.root.querySelector('#summary')?.textContent?.trim() ?? '';
  }

  text(part: 'title' | 'subtitle' | 'source' | 'legend' | 'notes'): string {
    return this.root.querySelector(`[part="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  /** The plot's SVG size as drawn. */
  plotSize(): { width: number; height: number } {
    const svg = this.root.querySelector('svg.plot-svg');
    return {
      width: Number(svg?.getAttribute('width') ?? 0),
      height: Number(svg?.getAttribute('height') ?? 0),
    };
  }
}
