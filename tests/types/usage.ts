// Type-level test, compiled by `npm run typecheck` and never run: the typed uses the
// README promises (tags in HTMLElementTagNameMap, events in GlobalEventHandlersEventMap)
// must keep compiling. Each @ts-expect-error fails the typecheck if the error goes away.
import '../../src/index.js';
import type { ClinicContact, ClinicFaq, ClinicRiskChecklist, ClinicWarningSigns } from '../../src/index.js';

export function readmeExample(): void {
  const faq = document.querySelector('clinic-faq')!;
  faq.searchable = true;
  faq.addEventListener('clinic-faq-toggle', (event) => console.log(event.detail.id, event.detail.open));
}

export function tags(): [ClinicWarningSigns, ClinicRiskChecklist, ClinicFaq, ClinicContact] {
  return [
    document.createElement('clinic-warning-signs'),
    document.createElement('clinic-risk-checklist'),
    document.createElement('clinic-faq'),
    document.createElement('clinic-contact'),
  ];
}

export function events(): void {
  const [signs, checklist, faq, contact] = tags();
  checklist.addEventListener('clinic-checklist-change', (event) => {
    const selected: string[] = event.detail.selected;
    console.log(selected);
  });
  faq.addEventListener('clinic-faq-toggle', (event) => {
    const id: string = event.detail.id;
    // @ts-expect-error: `open` is a boolean.
    const open: string = event.detail.open;
    console.log(id, open);
  });
  contact.addEventListener('clinic-contact-close', (event) => {
    const layout: 'banner' | 'card' | 'bar' = event.detail.layout;
    console.log(layout);
  });
  // Every element reports an unusable custom pack; the event bubbles, so the document hears it too.
  signs.addEventListener('clinic-content-error', (event) => console.log(event.detail.source, event.detail.issues[0]?.path));
  document.addEventListener('clinic-content-error', (event) => console.log(event.detail.issues.map((i) => i.message)));
}

export function properties(): void {
  const [signs, checklist, faq, contact] = tags();
  signs.theme = 'dark';
  // @ts-expect-error: theme is 'auto' | 'light' | 'dark'.
  signs.theme = 'blue';
  checklist.selected = ['smoking'];
  faq.pack = { faq: { title: 'Ours' } };
  contact.layout = 'card';
  // @ts-expect-error: layout is 'banner' | 'card' | 'bar'.
  contact.layout = 'popup';
}
