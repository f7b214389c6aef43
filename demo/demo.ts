// Demo controls: theme and language apply to every element on the page.
const kit = 'clinic-warning-signs, clinic-risk-checklist, clinic-faq, clinic-contact';
const theme = document.querySelector<HTMLSelectElement>('#theme')!;
const lang = document.querySelector<HTMLSelectElement>('#lang')!;

theme.addEventListener('change', () => {
  document.documentElement.dataset.theme = theme.value;
  for (const el of document.querySelectorAll(kit)) el.setAttribute('theme', theme.value);
});
lang.addEventListener('change', () => document.documentElement.setAttribute('lang', lang.value));
