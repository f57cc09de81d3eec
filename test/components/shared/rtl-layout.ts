/**
 * What a right-to-left reader would see wrong in a widget, in words: text that does not run
 * right to left or start at the right, items side by side in left-to-right order, list markers
 * with no room, a box that sticks out of the widget or scrolls sideways, two sibling boxes (a
 * label and its control, buttons in a row) drawn over each other. An empty list means the
 * layout mirrored cleanly.
 */

/** Room for sub-pixel rounding. */
const SLACK = 1;
/** Line boxes of tight type (the hero's line-height 1.1) may touch by a pixel or two. */
const OVERLAP_SLACK = 2;

const nameOf = (element: Element): string => {
  const classes = [...element.classList].map((name) => `.${name}`).join('');
  const words = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
  return `<${element.localName}${element.id ? `#${element.id}` : ''}${classes}> "${words}"`;
};

const textBoxes = (node: Node): DOMRect[] => {
  const range = document.createRange();
  range.selectNodeContents(node);
  return [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
};

const controls = new Set(['input', 'select', 'textarea', 'button', 'img', 'svg', 'canvas']);

/** Whether the element itself paints something: a control, a border or a background. */
function paints(element: Element): boolean {
  if (controls.has(element.localName)) return true;
  const style = getComputedStyle(element);
  return (
    style.backgroundColor !== 'rgba(0, 0, 0, 0)' ||
    style.backgroundImage !== 'none' ||
    ['top', 'right', 'bottom', 'left'].some(
      (side) => parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0,
    )
  );
}

/** Drawn at all: not hidden, and not the visually-hidden text clipped to nothing on purpose. */
const shown = (element: Element): boolean =>
  element.checkVisibility({ visibilityProperty: true }) &&
  getComputedStyle(element).clipPath === 'none';

/**
 * The visible elements of the widget's shadow tree. Under a `visibility: hidden` element a
 * child may still show, so only a hidden display or a clip drops the whole subtree; the shapes
 * inside an SVG picture are its own business.
 */
function visibleElements(root: ShadowRoot | Element): Element[] {
  return [...root.children].flatMap((element) => {
    if (!element.checkVisibility() || getComputedStyle(element).clipPath !== 'none') return [];
    const inside = element instanceof SVGSVGElement ? [] : visibleElements(element);
    const rect = element.getBoundingClientRect();
    return shown(element) && rect.width > 0 && rect.height > 0 ? [element, ...inside] : inside;
  });
}

/**
 * What a node draws: an element's own box when it paints one, else the text and the boxes
 * inside it (one per line), so the empty margin a grid keeps around its items, or the closed
 * part of a details, is not mistaken for content.
 */
function drawnBoxes(node: Node): DOMRect[] {
  if (!(node instanceof Element)) return node.nodeType === Node.TEXT_NODE ? textBoxes(node) : [];
  if (!shown(node)) return [];
  return paints(node) ? [...node.getClientRects()] : [...node.childNodes].flatMap(drawnBoxes);
}

const overlap = (a: DOMRect, b: DOMRect): boolean =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > OVERLAP_SLACK &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > OVERLAP_SLACK;

const hasText = (node: Node): boolean =>
  node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '';

/** The children laid out in the parent's flow: text with words, elements not taken out of it. */
function flowChildren(parent: Element, visible: Set<Element>): Node[] {
  return [...parent.childNodes].filter((node) =>
    node instanceof Element
      ? visible.has(node) && !['absolute', 'fixed'].includes(getComputedStyle(node).position)
      : hasText(node),
  );
}

const describeNode = (node: Node): string =>
  node instanceof Element ? nameOf(node) : `text "${(node.textContent ?? '').trim().slice(0, 30)}"`;

function overlaps(parent: Element, visible: Set<Element>): string[] {
  const children = flowChildren(parent, visible).map((node) => ({ node, boxes: drawnBoxes(node) }));
  return children.flatMap(({ node, boxes }, index) =>
    children
      .slice(index + 1)
      .filter((other) => boxes.some((box) => other.boxes.some((theirs) => overlap(box, theirs))))
      .map(
        (other) =>
          `${describeNode(node)} overlaps ${describeNode(other.node)} in ${nameOf(parent)}`,
      ),
  );
}

const centre = (element: Element): number => {
  const { left, right } = element.getBoundingClientRect();
  return (left + right) / 2;
};

const sameLine = (a: Element, b: Element): boolean => {
  const [one, two] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
  return Math.min(one.bottom, two.bottom) - Math.max(one.top, two.top) > OVERLAP_SLACK;
};

/**
 * Side by side, the first item comes rightmost. Only items a flex or grid container places,
 * and floats: inline English keeps its left-to-right order inside right-to-left text.
 */
function readsRightToLeft(parent: Element, visible: Set<Element>): string[] {
  const placed = /flex|grid/.test(getComputedStyle(parent).display);
  const items = flowChildren(parent, visible).filter((node) => node instanceof Element);
  const floats = (element: Element): boolean => getComputedStyle(element).float !== 'none';
  return items.flatMap((item, index) =>
    items
      .slice(index + 1)
      .filter(
        (later) =>
          (placed || floats(item) || floats(later)) &&
          sameLine(item, later) &&
          centre(item) < centre(later) - SLACK,
      )
      .map((later) => `${nameOf(item)} is left of ${nameOf(later)}, which comes after it`),
  );
}

/** A list whose markers hang outside it needs room for them on its start (right) side. */
function roomForMarkers(list: Element): string[] {
  const marked = [...list.children].some((item) => {
    const style = getComputedStyle(item);
    return (
      style.display === 'list-item' &&
      style.listStyleType !== 'none' &&
      style.listStylePosition === 'outside'
    );
  });
  return marked && parseFloat(getComputedStyle(list).paddingRight) < SLACK
    ? [`${nameOf(list)} leaves no room at the right for its markers`]
    : [];
}

/**
 * A block of start-aligned text must begin its first line at its right content edge. The whole
 * line is measured, not the first word: English inside right-to-left text keeps its own order,
 * so its first word is at the left of the English run. A summary is left out: its marker,
 * which comes first, is not part of its content.
 */
function startsAtTheRight(element: Element): string[] {
  const style = getComputedStyle(element);
  if (
    !['block', 'list-item'].includes(style.display) ||
    !['start', 'right', 'left'].includes(style.textAlign) ||
    element.localName === 'summary' ||
    ![...element.childNodes].some(hasText)
  )
    return [];
  const [first, ...rest] = [...element.childNodes].flatMap(drawnBoxes);
  if (!first) return [];
  const onFirstLine = (box: DOMRect): boolean =>
    box.top + box.height / 2 > first.top && box.top + box.height / 2 < first.bottom;
  const textRight = Math.max(first.right, ...rest.filter(onFirstLine).map((box) => box.right));
  const rect = element.getBoundingClientRect();
  const contentRight =
    rect.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
  return Math.abs(textRight - contentRight) > SLACK
    ? [
        `${nameOf(element)} starts its text ${Math.round(contentRight - textRight)} px from the right`,
      ]
    : [];
}

/** Date and time fields read left to right in every language: the browser sets them so. */
const alwaysLtr = (element: Element): boolean =>
  element instanceof HTMLInputElement && ['date', 'time'].includes(element.type);

/** Everything that would look wrong in the widget `host` laid out right to left. */
export function rtlLayoutProblems(host: HTMLElement): string[] {
  const root = host.shadowRoot!;
  const elements = visibleElements(root);
  const visible = new Set(elements);
  const bounds = host.getBoundingClientRect();
  const problems: string[] = [];
  if (getComputedStyle(host).direction !== 'rtl') problems.push(`${nameOf(host)} is not rtl`);
  for (const element of elements) {
    const style = getComputedStyle(element);
    if (style.direction !== 'rtl' && !alwaysLtr(element))
      problems.push(`${nameOf(element)} is ${style.direction}`);
    // Said once, where it is set: the elements below inherit it.
    const parent = element.parentElement;
    if (style.textAlign === 'left' && (!parent || getComputedStyle(parent).textAlign !== 'left'))
      problems.push(`${nameOf(element)} has text-align: left`);
    const rect = element.getBoundingClientRect();
    if (
      rect.left < bounds.left - SLACK ||
      rect.right > bounds.right + SLACK ||
      rect.top < bounds.top - SLACK ||
      rect.bottom > bounds.bottom + SLACK
    )
      problems.push(
        `${nameOf(element)} sticks out of the widget by (left, right, top, bottom) ` +
          [
            bounds.left - rect.left,
            rect.right - bounds.right,
            bounds.top - rect.top,
            rect.bottom - bounds.bottom,
          ]
            .map((px) => `${Math.round(px)} px`)
            .join(', '),
      );
    const scrolls = ['auto', 'scroll', 'hidden'].includes(style.overflowX);
    if ((scrolls || element === elements[0]) && element.scrollWidth > element.clientWidth + SLACK)
      problems.push(
        `${nameOf(element)} overflows sideways: ${element.scrollWidth} px in ${element.clientWidth}`,
      );
    problems.push(
      ...startsAtTheRight(element),
      ...overlaps(element, visible),
      ...readsRightToLeft(element, visible),
      ...roomForMarkers(element),
    );
  }
  return problems;
}
