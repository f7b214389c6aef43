/**
 * Prints one element alone, whatever else the page holds ("Print summary").
 *
 * For the length of the print, the document gets a print-only style sheet
 * (constructed, so a strict CSP allows it) that hides everything that is
 * neither the element nor one of its ancestors; the element's own print
 * styles do the rest. The sheet goes on `afterprint`, so printing the page
 * later with the browser's menu prints the whole page again.
 */
const MARK = 'data-clinic-print-only';

// Only while the marked element is in the page: a print the browser never reports as finished cannot hide a later page.
const RULES = `@media print {
  body:has([${MARK}]) :not([${MARK}], [${MARK}] *, :has([${MARK}])) { display: none !important; }
  body :has([${MARK}]) { margin: 0 !important; padding: 0 !important; border: 0 !important; }
}`;

export function printOnly(element: HTMLElement): void {
  const doc = element.ownerDocument;
  const view = doc.defaultView;
  if (!view) return;
  // Made in the element's own window: a sheet can only be adopted by the document that made it.
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(RULES);
  element.setAttribute(MARK, '');
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const done = () => {
    view.removeEventListener('afterprint', done);
    element.removeAttribute(MARK);
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
  view.addEventListener('afterprint', done);
  view.print();
}
