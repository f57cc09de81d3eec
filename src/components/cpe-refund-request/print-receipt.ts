/**
 * Prints the receipt alone. The widget cannot hide the host page (it sets no page-level
 * styles), so the receipt is copied into a frame of its own with the widget's styles, and that
 * frame is printed. Built with DOM APIs and constructed style sheets: fine under a strict CSP.
 */
export async function printReceipt(
  receipt: HTMLElement,
  { title, lang }: { title: string; lang: string },
): Promise<void> {
  const root = receipt.getRootNode() as ShadowRoot;
  const frame = document.createElement('iframe');
  frame.title = title;
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.className = 'print-frame';
  root.append(frame);
  const view = frame.contentWindow;
  const page = frame.contentDocument;
  if (!view || !page) {
    frame.remove();
    return;
  }
  const sheets = [...root.adoptedStyleSheets].map((sheet) => {
    const copy = new (view as Window & typeof globalThis).CSSStyleSheet();
    // The tokens sit on :host, which the frame's page is not: its root takes them instead.
    const text = [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
    copy.replaceSync(text.replaceAll(':host', ':root'));
    return copy;
  });
  page.adoptedStyleSheets = sheets;
  // The frame is a document of its own: it inherits neither a right-to-left page's direction
  // nor the widget's language. Its title heads the printout and names a PDF saved from it.
  page.documentElement.dir = getComputedStyle(receipt).direction;
  page.documentElement.lang = lang;
  page.title = title;
  const card = page.createElement('div');
  card.className = 'root';
  card.append(page.importNode(receipt, true));
  page.body.append(card);
  // One frame to lay the copy out before the print dialog reads it.
  await new Promise((done) => requestAnimationFrame(done));
  view.addEventListener('afterprint', () => frame.remove(), { once: true });
  view.print();
}
