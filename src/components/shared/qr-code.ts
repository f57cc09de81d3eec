/**
 * A QR code (the check-in link, a certificate's verification URL) as an inline SVG built
 * from a Lit template (no markup strings, so it works under a strict Content-Security-Policy).
 * The dark modules become one path: a few hundred separate rects would cost far more DOM for
 * the same picture.
 */
import { html, type TemplateResult } from 'lit';
import { encode } from 'uqr';

export function qrCode(text: string, label: string): TemplateResult {
  const { size, data } = encode(text, { ecc: 'M', border: 2 });
  let path = '';
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x += 1;
      path += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return html`<svg
    part="qr"
    class="qr"
    role="img"
    aria-label=${label}
    viewBox="0 0 ${size} ${size}"
    shape-rendering="crispEdges"
  >
    <rect width=${size} height=${size} fill="#ffffff"></rect>
    <path d=${path} fill="#000000"></path>
  </svg>`;
}
