// Applies the toolbar's language and theme to every county-* element of a story, and keeps them
// applied while the story re-renders (a changed argument sets the element's own attribute again).

export interface StoryGlobals {
  /** '' = as the story says; else 'zh-CN' or 'en'. */
  readonly lang?: string;
  /** '' = as the story says; else 'light', 'dark' or 'auto'. */
  readonly theme?: string;
  /** '' = as the story says; else a width in px. */
  readonly width?: string;
}

const CHARTS = 'county-target-bars, county-trend-line, county-radar';

interface Watch {
  globals: StoryGlobals;
  observer: MutationObserver;
}

const watched = new WeakMap<Element, Watch>();

function apply(frame: Element, globals: StoryGlobals): void {
  for (const chart of frame.querySelectorAll(CHARTS)) {
    // Only set what differs, so the observer's own changes do not loop.
    if (globals.lang && chart.getAttribute('lang') !== globals.lang) chart.setAttribute('lang', globals.lang);
    if (globals.theme && chart.getAttribute('theme') !== globals.theme)
      chart.setAttribute('theme', globals.theme);
  }
}

/** Ref callback of the decorator's frame: apply now and whenever the story changes its charts. */
export function applyStoryGlobals(frame: Element | undefined, globals: StoryGlobals): void {
  if (!frame) return;
  let watch = watched.get(frame);
  if (!watch) {
    const observer = new MutationObserver(() => {
      const current = watched.get(frame);
      if (current) apply(frame, current.globals);
    });
    observer.observe(frame, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['lang', 'theme'],
    });
    watch = { globals, observer };
    watched.set(frame, watch);
  }
  watch.globals = globals;
  // After the story's own template has set its attributes (the story renders inside this frame).
  queueMicrotask(() => apply(frame, globals));
}
