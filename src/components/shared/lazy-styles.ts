import { adoptStyles, type CSSResult } from 'lit';

// The shadow roots each lazy sheet has joined, so a second call (a reconnect, a new client)
// adds nothing.
const joined = new WeakMap<CSSResult, WeakSet<ShadowRoot>>();

/**
 * Adds the rules of what a lazy chunk draws, which ride in that chunk rather than in the
 * first load, to an element's shadow root once the chunk is here: after the element's own
 * rules, as if written last.
 */
export function adoptLazyStyles(root: Node, styles: CSSResult): void {
  if (!(root instanceof ShadowRoot)) return;
  const roots = joined.get(styles) ?? new WeakSet<ShadowRoot>();
  joined.set(styles, roots);
  if (roots.has(root)) return;
  roots.add(root);
  const sheet = styles.styleSheet;
  if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  // Without constructable sheets (Safari before 16.4) Lit appends a <style> instead.
  else adoptStyles(root, [styles]);
}
