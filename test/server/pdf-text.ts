/** A PDF's text read back with a PDF text extractor, and where each run of it is on the page. */
import { extractText, getDocumentProxy } from 'unpdf';

export async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return { text: text.replace(/\s+/g, ' '), pages: pdf.numPages };
}

export interface TextBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The boxes of the first page's text runs (PDF units, origin at the bottom left). */
export async function textBoxes(bytes: Uint8Array): Promise<TextBox[]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const page = await pdf.getPage(1);
  const { items } = await page.getTextContent();
  return items.flatMap((item) =>
    'str' in item && item.str.trim() !== ''
      ? [
          {
            text: item.str,
            x: item.transform[4] as number,
            y: item.transform[5] as number,
            width: item.width,
            height: item.height,
          },
        ]
      : [],
  );
}

/** Pairs of runs that print over each other (touching edges allowed). */
export function overlaps(boxes: TextBox[]): [string, string][] {
  const found: [string, string][] = [];
  const slack = 0.5;
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const apartX = a.x + a.width <= b.x + slack || b.x + b.width <= a.x + slack;
      const apartY = a.y + a.height <= b.y + slack || b.y + b.height <= a.y + slack;
      if (!apartX && !apartY) found.push([a.text, b.text]);
    }
  });
  return found;
}
