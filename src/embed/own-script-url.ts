/**
 * The URL county-charts.js was loaded from, found without `import.meta` (which would not even parse
 * when an editor pastes `<script src="…/county-charts.js">` without `type="module"`, the bundle then
 * running as a classic script).
 * - Classic script: `document.currentScript` is its element.
 * - Module: there is no current script, but the stack of an error made here names this file in every
 *   engine (V8 `at f (https://…/county-charts.js:1:20)`, SpiderMonkey and JavaScriptCore
 *   `f@https://…/county-charts.js:1:20`).
 * Undefined when neither says (the charts then need a `src`).
 */
export function ownScriptUrl(
  current: Element | null = globalThis.document?.currentScript ?? null,
  stack: string | undefined = new Error().stack,
): string | undefined {
  const src = (current as HTMLScriptElement | null)?.src;
  if (typeof src === 'string' && src) return src;
  return /((?:https?|file):\/\/[^\s()@]+?)(?::\d+){1,2}\)?$/m.exec(stack ?? '')?.[1];
}
