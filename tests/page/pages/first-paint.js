// What each element holds once the kit's module has run, before the first paint (tests/page/pages/blocking.html).
const TAGS = ['clinic-warning-signs', 'clinic-risk-checklist', 'clinic-faq'];
await Promise.resolve();
window.firstPaint = Object.fromEntries(
  TAGS.map((tag) => {
    const root = document.querySelector(tag).shadowRoot;
    return [
      tag,
      {
        rendered: !!root?.querySelector('.base'),
        sources: root?.querySelectorAll('.sources li').length ?? 0,
        emptyAnswers: [...(root?.querySelectorAll('.panel') ?? [])].filter((p) => !p.textContent.trim()).length,
      },
    ];
  }),
);
