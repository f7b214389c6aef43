// The static HTML variant of bench/kit.html: the same content (the bundled
// English pack) as plain HTML and inline CSS, no JavaScript at all. It is the
// physical limit the kit's page load is compared with. scripts/bench.mjs
// serves it from memory at /bench/static.html; to look at it:
//   node bench/static-page.mjs > /tmp/static.html
import { readFileSync } from 'node:fs';
import { esc, faqHtml, fill, metaHtml, varsOf } from './content.mjs';

export const css = () => readFileSync(new URL('./static.css', import.meta.url), 'utf8');

function warningSigns(pack) {
  const ws = pack.warningSigns;
  const vars = varsOf(pack);
  const prefix = { emergency: pack.ui.warningSigns.emergencyPrefix, urgent: pack.ui.warningSigns.urgentPrefix, routine: pack.ui.warningSigns.routinePrefix };
  const tiers = ws.tiers
    .map(
      (t) => `<li class="tier tier--${t.level}">
  <h3><span class="visually-hidden">${esc(prefix[t.level])} </span>${esc(fill(t.heading, vars))}</h3>
  <p class="action">${esc(fill(t.action, vars))}</p>
  ${t.level === 'emergency' ? `<a class="call" href="tel:${esc(vars.number.replace(/ /g, ''))}">${esc(fill(pack.ui.common.callEmergency, vars))}</a>` : ''}
  <ul class="signs">${t.signs.map((s) => `<li>${esc(fill(s.text, vars))}</li>`).join('')}</ul>
  ${t.note ? `<p class="note">${esc(fill(t.note, vars))}</p>` : ''}
</li>`,
    )
    .join('\n');
  const cited = [...ws.tiers.flatMap((t) => t.signs.flatMap((s) => s.sources)), ...(ws.tips?.sources ?? [])];
  return `<section class="card warning-signs" aria-labelledby="ws-title">
<h2 id="ws-title">${esc(ws.title)}</h2>
<p class="intro">${esc(ws.intro)}</p>
<ul class="tiers">
${tiers}
</ul>
${ws.tips ? `<div class="tips"><h3>${esc(ws.tips.heading)}</h3><ul>${ws.tips.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul></div>` : ''}
${ws.footer ? `<p class="footer">${esc(fill(ws.footer, vars))}</p>` : ''}
${metaHtml(pack, cited)}
</section>`;
}

function riskChecklist(pack) {
  const rf = pack.riskFactors;
  const groups = rf.categories
    .map(
      (c) => `<fieldset><legend>${esc(c.label)}</legend>
${c.factors
  .map(
    (f) => `<div class="factor"><input type="checkbox" id="factor-${f.id}" name="factor" value="${f.id}" aria-describedby="factor-${f.id}-desc" /><label for="factor-${f.id}">${esc(f.label)}</label><p class="explanation" id="factor-${f.id}-desc">${esc(f.explanation)}</p></div>`,
  )
  .join('\n')}
</fieldset>`,
    )
    .join('\n');
  const cited = [...rf.categories.flatMap((c) => c.factors.flatMap((f) => f.sources)), ...(rf.notCauses?.sources ?? [])];
  return `<section class="card checklist" aria-labelledby="rf-title">
<h2 id="rf-title">${esc(rf.title)}</h2>
<p class="intro">${esc(rf.intro)}</p>
<form autocomplete="off">
${groups}
<button type="reset" class="button">${esc(pack.ui.checklist.clear)}</button>
</form>
<section class="summary" aria-labelledby="rf-summary"><h3 id="rf-summary">${esc(rf.summaryHeading)}</h3><p class="empty">${esc(rf.emptySummary)}</p><p class="disclaimer">${esc(rf.notDiagnosis)}</p></section>
${rf.notCauses ? `<div class="not-causes"><h3>${esc(rf.notCauses.heading)}</h3><ul>${rf.notCauses.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul></div>` : ''}
${metaHtml(pack, cited)}
</section>`;
}

/** The clinic of bench/kit.html's and bench/article.html's <clinic-contact> attributes (fictional). */
const CLINIC = {
  name: 'Harbour Light Wellness Clinic (example)',
  message: 'Book a consultation',
  phone: '+44 20 7946 0321',
  whatsapp: '+44 7700 900321',
  email: 'hello@example.org',
  address: '1 Example Street, Sample Town',
  hours: 'Mon–Fri 9:00–18:00, Sat 9:00–13:00',
  bookingUrl: 'https://example.org/book',
  mapUrl: 'https://example.org/map',
};

function contact(pack) {
  const c = CLINIC;
  const ui = pack.ui.contact;
  const opens = `<span class="visually-hidden"> ${esc(pack.ui.common.opensInNewTab)}</span>`;
  const digits = (s) => s.replace(/[^\d+]/g, '');
  const actions = [
    c.bookingUrl && `<a class="button button--primary" href="${esc(c.bookingUrl)}" target="_blank" rel="noopener noreferrer">${esc(ui.book)}${opens}</a>`,
    c.phone && `<a class="button" href="tel:${digits(c.phone)}">${esc(ui.call)} ${esc(c.phone)}</a>`,
    c.whatsapp && `<a class="button" href="https://wa.me/${digits(c.whatsapp).replace('+', '')}" target="_blank" rel="noopener noreferrer">${esc(ui.whatsapp)} ${esc(c.whatsapp)}${opens}</a>`,
    c.email && `<a class="button" href="mailto:${esc(c.email)}">${esc(ui.email)} ${esc(c.email)}</a>`,
    c.mapUrl && `<a class="button" href="${esc(c.mapUrl)}" target="_blank" rel="noopener noreferrer">${esc(ui.map)}${opens}</a>`,
  ].filter(Boolean);
  const number = pack.emergency.number;
  const safety = esc(ui.safety).split('{number}').join(`<a href="tel:${digits(number)}">${esc(number)}</a>`);
  return `<section class="card contact" aria-labelledby="contact-title">
<h2 id="contact-title">${esc(c.name ?? ui.heading)}</h2>
${c.message ? `<p class="message">${esc(c.message)}</p>` : ''}
<dl>${c.address ? `<div><dt>${esc(ui.address)}</dt><dd>${esc(c.address)}</dd></div>` : ''}${c.hours ? `<div><dt>${esc(ui.hours)}</dt><dd>${esc(c.hours)}</dd></div>` : ''}</dl>
<ul class="actions">${actions.map((a) => `<li>${a}</li>`).join('')}</ul>
<p class="safety">${safety}</p>
</section>`;
}

/** The four widgets' content as static HTML (bench/static.css styles it). */
export const staticWidgets = (pack) => [warningSigns(pack), riskChecklist(pack), faqHtml(pack, pack.faq.items), contact(pack)].join('\n');

/** The whole page, shell and headline as bench/kit.html. */
export function staticPage(pack) {
  return `<!doctype html>
<html lang="${esc(pack.meta.locale)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>A clinic page with every widget (static HTML)</title>
    <style>
${css()}
    </style>
  </head>
  <body>
    <main>
      <h1>A clinic page with every widget</h1>
${staticWidgets(pack)}
    </main>
  </body>
</html>
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pack = JSON.parse(readFileSync(new URL('../content/miscarriage/en.json', import.meta.url), 'utf8'));
  process.stdout.write(staticPage(pack));
}
