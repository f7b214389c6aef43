// Measurements of what a reader sees, run inside the page (page.evaluate(measureLayout)).
// Kept apart from the tests so scripts can print the same numbers.

/**
 * Layout of every kit widget at the current viewport and text size:
 * sideways overflow, words and numbers broken across lines, lines of the
 * emergency call label, controls overlapping each other, and the contact
 * bar's share of the viewport height.
 */
export function measureLayout() {
  const TAGS = ['clinic-warning-signs', 'clinic-risk-checklist', 'clinic-faq', 'clinic-contact'];
  const roots = TAGS.flatMap((t) => [...document.querySelectorAll(t)]).map((el) => el.shadowRoot).filter(Boolean);
  const out = { overflow: document.documentElement.scrollWidth - innerWidth, broken: [], unavoidable: [], overlaps: [], wide: [], callLines: 0, barFraction: 0 };

  // Hidden for the eye (visually-hidden text, the bar's screen-reader-only parts): not laid out as lines.
  const clipped = (el) => {
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.clipPath !== 'none' || s.display === 'none' || s.visibility === 'hidden') return true;
    }
    return false;
  };
  /** Distinct lines a range is laid out on (rects on one line share their vertical middle). */
  const lines = (range) => {
    const mids = [];
    for (const r of range.getClientRects()) {
      if (r.width < 0.5 || r.height < 0.5) continue;
      const mid = r.top + r.height / 2;
      if (!mids.some((m) => Math.abs(m - mid) < r.height / 2)) mids.push(mid);
    }
    return mids.length;
  };
  /** Width of the line boxes a text's parent lays out (its nearest block's content box). */
  const columnWidth = (el) => {
    while (el && getComputedStyle(el).display === 'inline') el = el.parentElement;
    if (!el) return Infinity;
    const s = getComputedStyle(el);
    return el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
  };
  // A word: letters, digits and apostrophes (a hyphen or slash may end a line). A phone or emergency number, spaces and all.
  const WORD = /\+?\d[\d ]*\d|[\p{Script=Latin}\d][\p{Script=Latin}\d'’]*/gu;

  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.data.trim() || clipped(node.parentElement)) continue;
      for (const m of node.data.matchAll(WORD)) {
        if (m[0].length < 2) continue;
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        if (lines(range) < 2) continue;
        // Broken where it could have moved whole to a line of its own; or wider than its column, which the kit must not let happen either.
        const width = [...range.getClientRects()].reduce((sum, r) => sum + r.width, 0);
        if (width > columnWidth(node.parentElement)) out.unavoidable.push(`${root.host.localName}: "${m[0]}"`);
        else out.broken.push(`${root.host.localName}: "${m[0]}"`);
      }
    }

    // Controls a finger or pointer aims at: links, buttons, inputs, disclosure summaries.
    // An inline link wrapped over two lines is two boxes: compare the boxes, not their bounding rectangle.
    const controls = [...root.querySelectorAll('a[href], button, input, summary')]
      .filter((c) => !clipped(c))
      .flatMap((c) => [...c.getClientRects()].filter((r) => r.width > 1 && r.height > 1).map((r) => ({ c, r })));
    for (let i = 0; i < controls.length; i++) {
      for (let j = i + 1; j < controls.length; j++) {
        const a = controls[i], b = controls[j];
        if (a.c === b.c || a.c.contains(b.c) || b.c.contains(a.c)) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 1 && h > 1) out.overlaps.push(`${root.host.localName}: ${a.c.textContent.trim().slice(0, 40) || a.c.localName} × ${b.c.textContent.trim().slice(0, 40) || b.c.localName}`);
      }
    }
    // What sticks out sideways.
    for (const el of root.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 1 && r.right > innerWidth + 0.5 && !clipped(el) && ![...el.children].some((c) => c.getBoundingClientRect().right > innerWidth + 0.5))
        out.wide.push(`${root.host.localName}: <${el.localName} class="${el.getAttribute('class') ?? ''}"> ${Math.round(r.right - innerWidth)}px`);
    }
  }

  const call = document.querySelector('clinic-warning-signs')?.shadowRoot?.querySelector('.call > span');
  if (call) {
    const range = document.createRange();
    range.selectNodeContents(call);
    out.callLines = lines(range);
  }
  const bar = document.querySelector('clinic-contact[layout="bar"]')?.shadowRoot?.querySelector('.base');
  if (bar && getComputedStyle(bar).position === 'fixed' && !bar.hidden) out.barFraction = bar.getBoundingClientRect().height / innerHeight;
  return out;
}
