import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { configure, type ClinicContact } from '../../src/index.js';
import { bundledPack } from '../../src/content/packs.js';
import { captureErrors, captureWarnings, contrast, textOf, withColorScheme } from '../support/helpers.js';

const pack = bundledPack('en');
const ui = pack.ui.contact;
const LAYOUTS = ['banner', 'card', 'bar'] as const;

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const hrefs = (el: Element) => $$(el, 'a[href]').map((a) => a.getAttribute('href')!);
const jsonLdScripts = () => [...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];

/** A clinic with every detail given, as a CMS editor would write it. */
const full = (layout: string = 'banner') => html`<clinic-contact
  layout=${layout}
  name="Lotus Acupuncture Centre"
  phone="+853 6201 6108"
  whatsapp="+853 6201 6108"
  email="care@lotus.example"
  address="12 Rua da Praia, Macau"
  hours="Mon–Sat 10:00–19:00"
  booking-url="https://lotus.example/book"
  map-url="https://maps.example/lotus"
  message="Book an acupuncture consultation"
></clinic-contact>`;

// Console messages are said once per page, so this scenario comes first: its first
// fixture is the first on the page to leave every detail out.
describe('<clinic-contact> with no clinic details', () => {
  afterEach(() => configure({ clinic: { name: undefined, phone: undefined, whatsapp: undefined } }));

  it('shows only the safety line, logs one console error naming what to set, and fires clinic-content-error with the path clinic', async () => {
    let event!: CustomEvent;
    const errors = await captureErrors(async () => {
      const heard = oneEvent(document, 'clinic-content-error');
      const el = await fixture<ClinicContact>(html`<clinic-contact></clinic-contact>`);
      event = (await heard) as CustomEvent;
      expect($(el, 'h2')).to.equal(null);
      expect($$(el, '[part~="action"]')).to.have.length(0);
      expect(textOf($(el, '.base'))).to.equal(textOf($(el, '.safety')));
      expect(hrefs(el)).to.deep.equal(['tel:999']);
      await expect(el).to.be.accessible();
      await fixture<ClinicContact>(html`<clinic-contact></clinic-contact>`);
    });
    expect(event.detail.path).to.equal('clinic');
    expect(event.detail.issues[0].path).to.equal('clinic');
    expect(errors, errors.join('\n')).to.have.length(1);
    expect(errors[0]).to.contain('data-clinic-name').and.contain('data-clinic-phone');
  });

  it('shows exactly the details it was given: a phone alone shows only the phone and the safety line', async () => {
    const el = await fixture<ClinicContact>(html`<clinic-contact phone="+853 2888 0000"></clinic-contact>`);
    expect(hrefs(el)).to.deep.equal(['tel:+85328880000', 'tel:999']);
    expect($(el, '.details')).to.equal(null);
    expect($(el, '.message')).to.equal(null);
    expect(textOf($(el, '#title'))).to.equal(ui.heading);
  });

  it('takes details from the page settings, and an empty attribute removes one the page gave', async () => {
    configure({ clinic: { name: 'Page Clinic', phone: '+852 2000 0000', whatsapp: '+852 9000 0000' } });
    const el = await fixture<ClinicContact>(html`<clinic-contact></clinic-contact>`);
    expect(textOf($(el, 'h2'))).to.equal('Page Clinic');
    expect(hrefs(el)).to.include('https://wa.me/85290000000');
    el.setAttribute('whatsapp', '');
    await el.updateComplete;
    expect($(el, '[part~="action-whatsapp"]')).to.equal(null);
    el.setAttribute('name', 'Own Name');
    await el.updateComplete;
    expect(textOf($(el, 'h2'))).to.equal('Own Name');
  });

  it('takes details from a custom pack\'s clinic section, below the attributes', async () => {
    const el = await fixture<ClinicContact>(html`<clinic-contact phone="+853 2888 0000"></clinic-contact>`);
    el.pack = { clinic: { name: 'Pack Clinic', phone: '+853 2999 0000', address: 'Rua Exemplo 1' } };
    await el.updateComplete;
    expect(textOf($(el, 'h2'))).to.equal('Pack Clinic');
    expect(hrefs(el)).to.include('tel:+85328880000');
    expect(textOf($(el, '.details'))).to.contain('Rua Exemplo 1');
  });

  it('treats an empty attribute as "none"', async () => {
    const el = await fixture<ClinicContact>(html`<clinic-contact name="Lotus" whatsapp="" email="" address="" booking-url=""></clinic-contact>`);
    expect($(el, '[part~="action-whatsapp"]')).to.equal(null);
    expect($(el, '[part~="action-email"]')).to.equal(null);
    expect($(el, '[part~="action-book"]')).to.equal(null);
  });
});

describe('<clinic-contact> accessibility', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const scheme of ['light', 'dark'] as const) {
    for (const layout of LAYOUTS) {
      for (const width of [320, 1280]) {
        it(`has no axe violations as a ${layout} in ${scheme} mode at ${width} px`, async () => {
          await setViewport({ width, height: 800 });
          await withColorScheme(scheme, async () => {
            const el = await fixture<ClinicContact>(full(layout));
            await expect(el).to.be.accessible();
          });
        });
      }
      it(`has no axe violations as a ${layout} with theme="${scheme}" forced`, async () => {
        const el = await fixture<ClinicContact>(full(layout));
        el.theme = scheme;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  }

  it('has no axe violations with only a name and phone, and heading-level="4"', async () => {
    const el = await fixture<ClinicContact>(
      html`<clinic-contact heading-level="4" name="Small Clinic" phone="+853 2888 0000" whatsapp="" email="" address="" hours="" booking-url="" map-url="" message=""></clinic-contact>`,
    );
    await expect(el).to.be.accessible();
    expect($(el, 'h4')).to.exist;
  });

  it('names its region with the clinic name and puts the name in a heading at heading-level', async () => {
    const el = await fixture<ClinicContact>(full());
    const base = $(el, '.base')!;
    expect(base.localName).to.equal('section');
    expect(base.getAttribute('aria-labelledby')).to.equal('title');
    expect(textOf($(el, 'h2#title'))).to.equal('Lotus Acupuncture Centre');
    el.headingLevel = '3';
    await el.updateComplete;
    expect(textOf($(el, 'h3#title'))).to.equal('Lotus Acupuncture Centre');
  });

  it('uses the pack heading when the name is left empty', async () => {
    const el = await fixture<ClinicContact>(html`<clinic-contact name="" phone="+853 6201 6108"></clinic-contact>`);
    expect(textOf($(el, '#title'))).to.equal(ui.heading);
  });

  it('gives every action and the close button a target of at least 24 by 24 px (44 for buttons)', async () => {
    await setViewport({ width: 320, height: 700 });
    for (const layout of LAYOUTS) {
      const el = await fixture<ClinicContact>(full(layout));
      const targets = $$(el, 'a, button').filter((t) => t.getClientRects().length > 0);
      expect(targets.length, layout).to.be.greaterThan(1);
      for (const t of targets) {
        const r = t.getBoundingClientRect();
        const min = t.classList.contains('emergency-link') ? 24 : 44;
        expect(r.width, `${layout} ${t.className} width`).to.be.at.least(min - 0.5);
        expect(r.height, `${layout} ${t.className} height`).to.be.at.least(min - 0.5);
      }
    }
  });

  it('shows a focus ring on keyboard focus', async () => {
    const el = await fixture<ClinicContact>(full());
    const first = $(el, 'a.button')!;
    el.focus();
    // Tab from just before the element into its first link.
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(first);
    const style = getComputedStyle(first);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    before.remove();
  });
});

describe('<clinic-contact> phone, WhatsApp and email links', () => {
  const telCases: [string, string][] = [
    ['+853 6201 6108', 'tel:+85362016108'],
    ['+853 6201-6108', 'tel:+85362016108'],
    ['+853-6201-6108', 'tel:+85362016108'],
    ['(+853) 6201 6108', 'tel:+85362016108'],
    ['00853 6201 6108', 'tel:+85362016108'],
    ['+853\u00a06201\u00a06108', 'tel:+85362016108'],
    ['+853 6201\u20136108', 'tel:+85362016108'],
    ['  +853 6201 6108  ', 'tel:+85362016108'],
    ['+44 20 7946 0321', 'tel:+442079460321'],
    ['+44 (0)20 7946 0321', 'tel:+442079460321'],
    ['0044 (0)20 7946 0321', 'tel:+442079460321'],
    ['020 7946 0321', 'tel:02079460321'],
    ['(020) 7946-0321', 'tel:02079460321'],
    ['+1 (555) 010-0000', 'tel:+15550100000'],
    ['+1.555.010.0000', 'tel:+15550100000'],
    ['+852 2345 6789', 'tel:+85223456789'],
    ['+86 10 6552 9988', 'tel:+861065529988'],
    ['+61 2 9999 0000', 'tel:+61299990000'],
    ['2888 0000', 'tel:28880000'],
  ];
  for (const [written, href] of telCases) {
    it(`links phone="${written.replace(/\s/g, ' ')}" as ${href} and keeps the written form visible`, async () => {
      const el = await fixture<ClinicContact>(html`<clinic-contact name="Clinic" phone=${written}></clinic-contact>`);
      const link = $(el, '[part~="action-call"]')!;
      expect(link.getAttribute('href')).to.equal(href);
      expect(link.hasAttribute('target')).to.equal(false);
      expect(textOf(link)).to.equal(`${ui.call} ${written.trim().replace(/\s+/g, ' ')}`);
    });
  }

  // Extensions are rejected consistently: a tel: link cannot dial them the same way on every phone.
  const unlinkable = [
    '+44 20 7946 0321 ext. 12',
    '+44 20 7946 0321 ext 12',
    '+44 20 7946 0321 x12',
    '+44 20 7946 0321 #12',
    '+1 555 010 0000,12',
    '+1 555 010 0000;ext=12',
    'call us',
    '+44 20 7946 0321; drop',
    '++853 6201 6108',
    '853 +6201',
    '+0 123 456',
    '1234 5678 9012 3456',
    'tel:+85362016108',
    '1-800-FLOWERS',
  ];
  for (const written of unlinkable) {
    it(`does not link phone="${written}", shows it as text and warns naming phone`, async () => {
      let el!: ClinicContact;
      const warnings = await captureWarnings(async () => {
        el = await fixture<ClinicContact>(html`<clinic-contact name="Clinic" phone=${written}></clinic-contact>`);
      });
      expect(hrefs(el).filter((h) => h.startsWith('tel:') && !h.startsWith(`tel:${pack.emergency.number}`))).to.deep.equal([]);
      expect(textOf($(el, '.details'))).to.contain(written);
      expect(warnings.some((w) => w.includes('phone:'))).to.equal(true, warnings.join('\n'));
    });
  }

  it('explains extensions in the warning', async () => {
    const warnings = await captureWarnings(() => fixture(html`<clinic-contact name="Clinic" phone="+44 20 7946 0999 ext. 7"></clinic-contact>`));
    expect(warnings.some((w) => w.includes('phone') && w.includes('extension'))).to.equal(true);
  });

  const waCases: [string, string][] = [
    ['+853 6201 6108', 'https://wa.me/85362016108'],
    ['00853 6201-6108', 'https://wa.me/85362016108'],
    ['(+853) 6201 6108', 'https://wa.me/85362016108'],
    ['+44 7700 900321', 'https://wa.me/447700900321'],
    ['+44 (0)7700 900321', 'https://wa.me/447700900321'],
  ];
  for (const [written, href] of waCases) {
    it(`links whatsapp="${written}" to ${href} in a new tab`, async () => {
      const el = await fixture<ClinicContact>(html`<clinic-contact name="Clinic" whatsapp=${written}></clinic-contact>`);
      const link = $(el, '[part~="action-whatsapp"]')!;
      expect(link.getAttribute('href')).to.equal(href);
      expect(link.getAttribute('target')).to.equal('_blank');
      expect(textOf(link)).to.contain(written);
    });
  }

  for (const written of ['6201 6108', '07700 900321', '+44 7700 900321 x2', 'whatsapp me']) {
    it(`does not link whatsapp="${written}" (no country code or not a number) and warns naming whatsapp`, async () => {
      let el!: ClinicContact;
      const warnings = await captureWarnings(async () => {
        el = await fixture<ClinicContact>(html`<clinic-contact name="Clinic" whatsapp=${written}></clinic-contact>`);
      });
      expect($(el, '[part~="action-whatsapp"]')).to.equal(null);
      expect(hrefs(el).some((h) => h.includes('wa.me'))).to.equal(false);
      expect(textOf($(el, '.details'))).to.contain(written);
      expect(warnings.some((w) => w.includes('whatsapp:'))).to.equal(true, warnings.join('\n'));
    });
  }

  for (const [written, href] of [
    ['care@lotus.example', 'mailto:care@lotus.example'],
    ['  Care.Team+book@lotus.example ', 'mailto:Care.Team+book@lotus.example'],
  ]) {
    it(`links email="${written}" as ${href}`, async () => {
      const el = await fixture<ClinicContact>(html`<clinic-contact name="Clinic" email=${written!}></clinic-contact>`);
      const link = $(el, '[part~="action-email"]')!;
      expect(link.getAttribute('href')).to.equal(href);
      expect(link.hasAttribute('target')).to.equal(false);
    });
  }

  for (const written of ['not an email', 'a@b', 'x@lotus.example?cc=evil@evil.example', 'javascript:alert(1)//@evil.example', 'a@b.c<script>']) {
    it(`does not link email="${written}" and warns naming email`, async () => {
      let el!: ClinicContact;
      const warnings = await captureWarnings(async () => {
        el = await fixture<ClinicContact>(html`<clinic-contact name="Clinic" email=${written}></clinic-contact>`);
      });
      expect(hrefs(el).some((h) => h.startsWith('mailto:'))).to.equal(false);
      expect(warnings.some((w) => w.includes('email:'))).to.equal(true);
    });
  }
});

describe('<clinic-contact> booking and map links', () => {
  const hostile = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    'java\u0000script:alert(1)',
    '\u0001javascript:alert(1)',
    ' javascript:alert(1)',
    '\u200bjavascript:alert(1)',
    'javascript://%0Aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'vbscript:msgbox(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    '%6A%61vascript:alert(1)',
    '//evil.example/x',
    '\\\\evil.example',
    '/relative/path',
    'file:///etc/passwd',
    'ftp://example.org',
    'ws://example.org',
    'blob:https://example.org/x',
    'about:blank',
    'https:',
    'https://',
    'https://user:pass@example.org',
    'http://user@example.org',
    'mailto:x@example.org',
    'tel:+85362016108',
    ' https://ok.example',
    'https://ok.example\n',
    'https://ok .example',
  ];
  expect(hostile.length).to.be.at.least(20);

  for (const url of hostile) {
    it(`links neither booking-url nor map-url = ${JSON.stringify(url)}, and warns naming the attribute`, async () => {
      let el!: ClinicContact;
      const warnings = await captureWarnings(async () => {
        el = await fixture<ClinicContact>(
          html`<clinic-contact name="Clinic" phone="+853 6201 6108" whatsapp="" email="care@lotus.example" booking-url=${url} map-url=${url}></clinic-contact>`,
        );
      });
      const all = hrefs(el);
      expect(all.sort()).to.deep.equal([`tel:${pack.emergency.number}`, 'tel:+85362016108', 'mailto:care@lotus.example'].sort());
      for (const h of all) expect(h).to.match(/^(https:|tel:|mailto:)/);
      expect($(el, '[part~="action-book"]')).to.equal(null);
      expect($(el, '[part~="action-map"]')).to.equal(null);
      expect(warnings.some((w) => w.includes('booking-url'))).to.equal(true, `booking-url warning for ${JSON.stringify(url)}`);
      expect(warnings.some((w) => w.includes('map-url'))).to.equal(true, `map-url warning for ${JSON.stringify(url)}`);
      // The hostile value is not rendered anywhere as text either.
      expect(el.shadowRoot!.textContent).to.not.contain('alert(1)');
    });
  }

  it('links https booking and map URLs, in a new tab with rel="noopener noreferrer", and says so to screen readers', async () => {
    const el = await fixture<ClinicContact>(full());
    for (const part of ['action-book', 'action-map', 'action-whatsapp']) {
      const a = $(el, `[part~="${part}"]`)!;
      expect(a.getAttribute('href'), part).to.match(/^https:\/\//);
      expect(a.getAttribute('target'), part).to.equal('_blank');
      expect(a.getAttribute('rel'), part).to.equal('noopener noreferrer');
      const hidden = a.querySelector('.visually-hidden')!;
      expect(textOf(hidden)).to.equal(pack.ui.common.opensInNewTab);
      expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
    }
    expect($(el, '[part~="action-book"]')!.getAttribute('href')).to.equal('https://lotus.example/book');
    expect($(el, '[part~="action-map"]')!.getAttribute('href')).to.equal('https://maps.example/lotus');
    for (const part of ['action-call', 'action-email']) {
      expect($(el, `[part~="${part}"]`)!.hasAttribute('target'), part).to.equal(false);
    }
  });

  it('links an http: booking URL but warns that it is not encrypted', async () => {
    let el!: ClinicContact;
    const warnings = await captureWarnings(async () => {
      el = await fixture<ClinicContact>(html`<clinic-contact name="Clinic" booking-url="http://plain.example/book"></clinic-contact>`);
    });
    expect($(el, '[part~="action-book"]')!.getAttribute('href')).to.equal('http://plain.example/book');
    expect(warnings.some((w) => w.includes('booking-url') && w.includes('http:'))).to.equal(true);
  });

  it('makes booking the primary action in the accent colour, and calling when there is no booking link', async () => {
    const el = await fixture<ClinicContact>(full());
    expect($(el, '[part~="action-primary"]')!.getAttribute('part')).to.contain('action-book');
    el.bookingUrl = '';
    await el.updateComplete;
    expect($(el, '[part~="action-primary"]')!.getAttribute('part')).to.contain('action-call');
  });
});

describe('<clinic-contact> safety line', () => {
  it('always says it is not an emergency line, with the pack emergency number as a tel: link', async () => {
    for (const layout of LAYOUTS) {
      const el = await fixture<ClinicContact>(full(layout));
      const safety = $(el, '[part="safety"]')!;
      expect(textOf(safety)).to.equal(ui.safety.replace('{number}', pack.emergency.number));
      const link = safety.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal(`tel:${pack.emergency.number}`);
      expect(textOf(link)).to.equal(pack.emergency.number);
      expect(safety.getClientRects().length, layout).to.be.greaterThan(0);
    }
  });

  it('uses emergency-number, shared with the warning-signs card, and follows live changes', async () => {
    const el = await fixture<ClinicContact>(html`<clinic-contact name="Clinic" emergency-number="+853 999"></clinic-contact>`);
    const link = () => $(el, '[part="emergency-link"]')!;
    expect(link().getAttribute('href')).to.equal('tel:+853999');
    expect(textOf(link())).to.equal('+853 999');
    el.setAttribute('emergency-number', '112');
    await el.updateComplete;
    expect(link().getAttribute('href')).to.equal('tel:112');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps the emergency link at 4.5:1 or more against the safety line in ${theme} mode`, async () => {
      const el = await fixture<ClinicContact>(html`<clinic-contact name="Clinic" theme=${theme}></clinic-contact>`);
      const link = getComputedStyle($(el, '.emergency-link')!);
      const line = getComputedStyle($(el, '.safety')!);
      expect(contrast(link.color, line.backgroundColor)).to.be.at.least(4.5);
      expect(contrast(line.color, line.backgroundColor)).to.be.at.least(4.5);
    });
  }
});

describe('<clinic-contact> structured data', () => {
  afterEach(() => document.querySelectorAll('script[type="application/ld+json"]').forEach((s) => s.remove()));

  it('adds one schema.org MedicalClinic JSON-LD script with the clinic details', async () => {
    const el = await fixture<ClinicContact>(html`<clinic-contact structured-data></clinic-contact>`);
    el.setAttribute('name', 'Lotus Acupuncture Centre');
    el.setAttribute('phone', '+853 6201-6108');
    el.setAttribute('email', 'care@lotus.example');
    el.setAttribute('address', '12 Rua da Praia, Macau');
    el.setAttribute('hours', 'Mon–Sat 10:00–19:00');
    el.setAttribute('booking-url', 'https://lotus.example/book');
    await el.updateComplete;
    // Still there once the page's observers (CMS mount points) have run.
    await new Promise((r) => setTimeout(r, 20));
    const scripts = jsonLdScripts();
    expect(scripts).to.have.length(1);
    expect(JSON.parse(scripts[0]!.textContent!)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'MedicalClinic',
      name: 'Lotus Acupuncture Centre',
      telephone: '+85362016108',
      email: 'care@lotus.example',
      address: '12 Rua da Praia, Macau',
      openingHours: 'Mon–Sat 10:00–19:00',
      url: 'https://lotus.example/book',
    });
    // In the light DOM, where search engines read it (they do not read shadow roots).
    expect(scripts[0]!.parentNode).to.equal(el);
  });

  it('omits absent or unsafe fields', async () => {
    await captureWarnings(() =>
      fixture(
        html`<clinic-contact structured-data name="Lotus" phone="+853 6201 6108 ext. 3" email="" address="" hours="" booking-url="javascript:alert(1)//ld"></clinic-contact>`,
      ),
    );
    expect(JSON.parse(jsonLdScripts()[0]!.textContent!)).to.deep.equal({ '@context': 'https://schema.org', '@type': 'MedicalClinic', name: 'Lotus' });
  });

  it('keeps one script through re-renders and updates it in place on attribute changes', async () => {
    const el = await fixture<ClinicContact>(full());
    el.setAttribute('structured-data', '');
    await el.updateComplete;
    const first = jsonLdScripts()[0];
    for (const name of ['A', 'B', 'C']) {
      el.setAttribute('name', name);
      el.setAttribute('layout', name === 'B' ? 'card' : 'bar');
      await el.updateComplete;
    }
    const scripts = jsonLdScripts();
    expect(scripts).to.have.length(1);
    expect(scripts[0]).to.equal(first);
    expect(JSON.parse(scripts[0]!.textContent!).name).to.equal('C');
  });

  it('escapes < so a value cannot close the script element', async () => {
    const evil = 'Clinic</script><script>window.__pwned = 1</script>';
    await fixture(html`<clinic-contact structured-data name=${evil}></clinic-contact>`);
    const script = jsonLdScripts()[0]!;
    expect(script.textContent).to.not.contain('<');
    expect(JSON.parse(script.textContent!).name).to.equal(evil);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('adds nothing without structured-data, and removes its script when the attribute goes or the element leaves', async () => {
    const el = await fixture<ClinicContact>(full());
    expect(jsonLdScripts()).to.have.length(0);
    el.setAttribute('structured-data', '');
    await el.updateComplete;
    expect(jsonLdScripts()).to.have.length(1);
    el.removeAttribute('structured-data');
    await el.updateComplete;
    expect(jsonLdScripts()).to.have.length(0);
    el.structuredData = true;
    await el.updateComplete;
    const parent = el.parentNode!;
    el.remove();
    expect(jsonLdScripts()).to.have.length(0);
    parent.append(el);
    await el.updateComplete;
    expect(jsonLdScripts()).to.have.length(1);
  });

  it('gives each clinic element its own script', async () => {
    const wrap = await fixture(html`<div>
      <clinic-contact structured-data name="One"></clinic-contact><clinic-contact structured-data name="Two"></clinic-contact>
    </div>`);
    // Each element's first render has a task of its own, a frame apart: wait for both.
    await Promise.all([...wrap.querySelectorAll('clinic-contact')].map((el) => el.updateComplete));
    expect(jsonLdScripts().map((s) => JSON.parse(s.textContent!).name)).to.deep.equal(['One', 'Two']);
  });
});

describe('<clinic-contact> live attribute changes', () => {
  it('re-renders every detail when a CMS preview edits the attributes in place', async () => {
    const el = await fixture<ClinicContact>(full());
    el.setAttribute('name', 'Renamed Clinic');
    el.setAttribute('message', 'Now open on Sundays');
    el.setAttribute('phone', '+852 2345 6789');
    el.setAttribute('whatsapp', '+852 9876 5432');
    el.setAttribute('email', 'new@lotus.example');
    el.setAttribute('address', '1 New Road');
    el.setAttribute('hours', 'Sun 10:00–14:00');
    el.setAttribute('booking-url', 'https://lotus.example/new-booking');
    el.setAttribute('map-url', 'https://maps.example/new');
    await el.updateComplete;
    expect(textOf($(el, '#title'))).to.equal('Renamed Clinic');
    expect(textOf($(el, '.message'))).to.equal('Now open on Sundays');
    expect($(el, '[part~="action-call"]')!.getAttribute('href')).to.equal('tel:+85223456789');
    expect(textOf($(el, '[part~="action-call"]'))).to.contain('+852 2345 6789');
    expect($(el, '[part~="action-whatsapp"]')!.getAttribute('href')).to.equal('https://wa.me/85298765432');
    expect($(el, '[part~="action-email"]')!.getAttribute('href')).to.equal('mailto:new@lotus.example');
    expect(textOf($(el, '.details'))).to.contain('1 New Road');
    expect(textOf($(el, '.details'))).to.contain('Sun 10:00–14:00');
    expect($(el, '[part~="action-book"]')!.getAttribute('href')).to.equal('https://lotus.example/new-booking');
    expect($(el, '[part~="action-map"]')!.getAttribute('href')).to.equal('https://maps.example/new');
  });

  it('unlinks a booking URL edited into something unsafe, and relinks it when fixed', async () => {
    const el = await fixture<ClinicContact>(full());
    await captureWarnings(async () => {
      el.setAttribute('booking-url', 'javascript:alert("live")');
      await el.updateComplete;
    });
    expect($(el, '[part~="action-book"]')).to.equal(null);
    el.setAttribute('booking-url', 'https://lotus.example/fixed');
    await el.updateComplete;
    expect($(el, '[part~="action-book"]')!.getAttribute('href')).to.equal('https://lotus.example/fixed');
  });

  it('shows nothing in place of an attribute that is removed (no example data)', async () => {
    const el = await fixture<ClinicContact>(full());
    el.removeAttribute('booking-url');
    await el.updateComplete;
    expect($(el, '[part~="action-book"]')).to.equal(null);
  });

  it('switches layout live and reflects the default layout', async () => {
    const el = await fixture<ClinicContact>(html`<clinic-contact name="Clinic"></clinic-contact>`);
    expect(el.getAttribute('layout')).to.equal('banner');
    expect($(el, '.base')!.classList.contains('layout-banner')).to.equal(true);
    for (const layout of ['card', 'bar', 'banner']) {
      el.setAttribute('layout', layout);
      await el.updateComplete;
      expect($(el, '.base')!.classList.contains(`layout-${layout}`), layout).to.equal(true);
    }
  });

  it('renders an unknown layout as a banner, with a warning', async () => {
    let el!: ClinicContact;
    const warnings = await captureWarnings(async () => {
      el = await fixture<ClinicContact>(html`<clinic-contact name="Clinic" layout="sidebar"></clinic-contact>`);
    });
    expect($(el, '.base')!.classList.contains('layout-banner')).to.equal(true);
    expect(warnings.some((w) => w.includes('layout="sidebar"'))).to.equal(true);
  });
});

describe('<clinic-contact> layouts', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none', media: 'screen' });
  });

  const box = (el: Element, selector: string) => $(el, selector)!.getBoundingClientRect();

  it('lays a banner out in one row on wide screens: name and message, then the actions', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await fixture<ClinicContact>(full('banner'));
    const intro = box(el, '.intro');
    const actions = box(el, '.actions');
    expect(actions.left).to.be.at.least(intro.right);
    expect(actions.top).to.be.below(intro.bottom);
  });

  it('stacks a banner on narrow screens, and in a narrow column of a wide page', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await fixture<ClinicContact>(full('banner'));
    expect(box(el, '.actions').top).to.be.at.least(box(el, '.intro').bottom);
    await setViewport({ width: 1280, height: 800 });
    const narrow = await fixture<HTMLElement>(html`<div style="width: 300px">${full('banner')}</div>`);
    const inner = narrow.querySelector('clinic-contact')!;
    await inner.updateComplete;
    expect(box(inner, '.actions').top).to.be.at.least(box(inner, '.intro').bottom);
  });

  it('keeps room for "Call" and its number as a flex item beside a long paragraph, and never grows past its row', async () => {
    await setViewport({ width: 1280, height: 800 });
    // A page builder's row: the contact is a flex item without a width of its own (it measured 42 px, "Cal/l").
    const row = await fixture<HTMLElement>(
      html`<div style="display: flex; gap: 16px; width: 1000px"><p style="margin: 0">${'A clinic article beside the widget. '.repeat(12)}</p>${full('card')}</div>`,
    );
    const el = row.querySelector('clinic-contact')!;
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.be.at.least(240);
    // "Call" and the number each on one line (the number may go under "Call", whole).
    for (const part of ['.label', '.value']) {
      const span = $(el, `.actions a[href^="tel:"] ${part}`)!;
      const rects = span.getClientRects();
      expect(new Set([...rects].map((r) => Math.round(r.top))).size, `${textOf(span)} on one line`).to.equal(1);
    }
    // A row narrower than that room: the contact takes the row, no more.
    row.style.width = '200px';
    (row.firstElementChild as HTMLElement).remove();
    await nextFrame();
    expect(el.getBoundingClientRect().width).to.be.at.most(200);
  });

  it('never pushes a phone-wide two-column grid past its width (its room for "Call" gives way to the column)', async () => {
    const grid = await fixture<HTMLElement>(
      html`<div style="display: grid; grid-template-columns: 1fr 1fr; width: 300px"><p style="margin: 0">Our clinic</p>${full('card')}</div>`,
    );
    const el = grid.querySelector('clinic-contact')!;
    await el.updateComplete;
    expect(grid.scrollWidth, 'the grid keeps its width').to.be.at.most(300);
    expect(el.getBoundingClientRect().right).to.be.at.most(300 + grid.getBoundingClientRect().left);
  });

  it('keeps each time range of the opening hours whole, with its comma, on a phone with large text ("9:00– / 18:00" no more)', async () => {
    await setViewport({ width: 1280, height: 800 });
    const box = await fixture<HTMLElement>(
      html`<div style="width: 300px; font-size: 32px"><clinic-contact layout="card" name="Test clinic" phone="+852 2345 6789" hours="Mon–Fri 9:00–18:00, Sat 9:00–13:00"></clinic-contact></div>`,
    );
    const el = box.querySelector('clinic-contact')!;
    await el.updateComplete;
    const hours = $$(el, '.detail dd').find((dd) => textOf(dd).startsWith('Mon'))!;
    expect(textOf(hours)).to.equal('Mon–Fri 9:00–18:00, Sat 9:00–13:00');
    const ranges = [...hours.querySelectorAll('.number')];
    // The comma goes with its range: a range alone on a line, then ", Sat" on the next, read as a mistake.
    expect(ranges.map((r) => r.textContent)).to.deep.equal(['9:00–18:00,', '9:00–13:00']);
    for (const r of ranges) expect(new Set([...r.getClientRects()].map((c) => Math.round(c.top))).size, `${r.textContent} on one line`).to.equal(1);
    // The dd itself wraps: the hours need more than one line in this box.
    expect(hours.getClientRects()[0]!.height).to.be.above(40);
  });

  it('stacks a card with the address and hours as a description list', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await fixture<ClinicContact>(full('card'));
    expect(box(el, '.actions').top).to.be.at.least(box(el, '.intro').bottom);
    const terms = $$(el, 'dl dt').map((dt) => textOf(dt));
    expect(terms).to.deep.equal([ui.address, ui.hours]);
    expect($$(el, 'dl dd').map((dd) => textOf(dd))).to.deep.equal(['12 Rua da Praia, Macau', 'Mon–Sat 10:00–19:00']);
  });

  for (const layout of LAYOUTS) {
    it(`fits 320 px without horizontal scrolling as a ${layout}`, async () => {
      await setViewport({ width: 320, height: 700 });
      const el = await fixture<ClinicContact>(html`<clinic-contact
        layout=${layout}
        name="Centro de Acupunctura e Medicina Tradicional Chinesa Lótus"
        phone="+853 6201 6108"
        whatsapp="+853 6201 6108"
        email="marcacoes.acupunctura.lotus@clinica-lotus-macau.example"
        booking-url="https://clinica-lotus-macau.example/marcacoes/acupunctura/primeira-consulta"
        map-url="https://maps.example/lotus"
      ></clinic-contact>`);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const base = $(el, '.base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    });
  }

  it('fixes the bar to the bottom of narrow screens, with calling and booking, above the safe area', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await fixture<ClinicContact>(full('bar'));
    const base = $(el, '.base')!;
    const style = getComputedStyle(base);
    expect(style.position).to.equal('fixed');
    const r = base.getBoundingClientRect();
    expect(Math.round(r.bottom)).to.equal(640);
    expect(Math.round(r.left)).to.equal(0);
    expect(Math.round(r.right)).to.equal(360);
    const visible = $$(el, '.actions a').filter((a) => a.getClientRects().length > 0);
    expect(visible.map((a) => a.getAttribute('part'))).to.deep.equal(['action action-book action-primary', 'action action-call']);
    expect(r.height).to.be.below(200);
    expect($(el, '[part="safety"]')!.getClientRects().length).to.be.greaterThan(0);
  });

  it('keeps the end of the page reachable: the host takes the fixed bar height in the flow', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await fixture<ClinicContact>(full('bar'));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const bar = $(el, '.base')!.getBoundingClientRect().height;
    expect(el.getBoundingClientRect().height).to.be.closeTo(bar, 1);
    await setViewport({ width: 1280, height: 800 });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(el.getBoundingClientRect().height).to.be.closeTo($(el, '.base')!.getBoundingClientRect().height, 1);
  });

  it('shows the bar inline like a banner, without a close button, on wide screens', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await fixture<ClinicContact>(full('bar'));
    expect(getComputedStyle($(el, '.base')!).position).to.equal('static');
    expect($(el, '[part="close-button"]')!.getClientRects().length).to.equal(0);
    expect(box(el, '.actions').left).to.be.at.least(box(el, '.intro').right);
  });

  it('hides the bar for the page view when its close button is pressed, and fires clinic-contact-close', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await fixture<ClinicContact>(full('bar'));
    const close = $(el, '[part="close-button"]') as HTMLButtonElement;
    expect(close.localName).to.equal('button');
    expect(close.type).to.equal('button');
    expect(textOf(close)).to.equal(ui.close);
    const r = close.getBoundingClientRect();
    expect(r.width).to.be.at.least(44);
    expect(r.height).to.be.at.least(44);
    const event = oneEvent(el, 'clinic-contact-close');
    close.click();
    const { detail } = await event;
    expect(detail).to.deep.equal({ layout: 'bar' });
    await el.updateComplete;
    expect($(el, '.base')!.getClientRects().length).to.equal(0);
    expect(el.getBoundingClientRect().height).to.equal(0);
    // Still closed after any re-render (a CMS edit, a wider window), but nothing is stored.
    el.setAttribute('name', 'Edited');
    await setViewport({ width: 1280, height: 800 });
    await el.updateComplete;
    expect($(el, '.base')!.getClientRects().length).to.equal(0);
    expect(Object.keys(localStorage).length + Object.keys(sessionStorage).length).to.equal(0);
    expect(el.layout).to.equal('bar');
  });

  it('closes the bar from the keyboard', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await fixture<ClinicContact>(full('bar'));
    ($(el, '[part="close-button"]') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '.base')!.hidden).to.equal(true);
  });

  it('has no close button outside the bar layout', async () => {
    for (const layout of ['banner', 'card']) {
      const el = await fixture<ClinicContact>(full(layout));
      expect($(el, 'button'), layout).to.equal(null);
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps text and every action at 4.5:1 contrast or more in ${theme} mode`, async () => {
      const el = await fixture<ClinicContact>(html`${full()}`);
      el.theme = theme;
      await el.updateComplete;
      const base = getComputedStyle($(el, '.base')!);
      expect(contrast(base.color, base.backgroundColor)).to.be.at.least(4.5);
      for (const a of $$(el, 'a.button')) {
        const s = getComputedStyle(a);
        const bg = s.backgroundColor === 'rgba(0, 0, 0, 0)' ? base.backgroundColor : s.backgroundColor;
        expect(contrast(s.color, bg), a.getAttribute('part')!).to.be.at.least(4.5);
      }
    });
  }

  it('keeps button outlines in forced-colors mode', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await fixture<ClinicContact>(full());
    for (const a of $$(el, 'a.button')) {
      const s = getComputedStyle(a);
      expect(s.borderTopStyle).to.equal('solid');
      expect(parseFloat(s.borderTopWidth)).to.be.at.least(2);
    }
  });

  it('prints the bar in place, with web links written out', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await fixture<ClinicContact>(full('bar'));
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, '.base')!).position).to.equal('static');
    expect(getComputedStyle($(el, '[part~="action-book"]')!, '::after').content).to.contain('https://lotus.example/book');
  });

  it('exposes parts for branding', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await fixture<ClinicContact>(full('bar'));
    for (const part of ['base', 'inner', 'title', 'message', 'details', 'actions', 'action', 'action-book', 'action-call', 'action-whatsapp', 'action-email', 'action-map', 'action-primary', 'safety', 'emergency-link', 'close-button']) {
      expect($(el, `[part~="${part}"]`), part).to.exist;
    }
  });
});

describe('<clinic-contact> brand colour', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', forcedColors: 'none' }));

  const book = (el: Element) => getComputedStyle($(el, '[part~="action-book"]')!);

  it('takes the clinic brand colour from --clinic-color-accent when it keeps 4.5:1', async () => {
    let el!: ClinicContact;
    const warnings = await captureWarnings(async () => {
      el = await fixture<ClinicContact>(html`<clinic-contact theme="light" style="--clinic-color-accent: rgb(122, 31, 92)" name="C" booking-url="https://c.example/b"></clinic-contact>`);
    });
    expect(book(el).backgroundColor).to.equal('rgb(122, 31, 92)');
    expect(warnings.filter((w) => w.includes('accent'))).to.deep.equal([]);
  });

  it('prefers the per-element --clinic-contact-accent over the global token', async () => {
    const el = await fixture<ClinicContact>(
      html`<clinic-contact theme="light" style="--clinic-color-accent: rgb(122, 31, 92); --clinic-contact-accent: rgb(0, 90, 60)" name="C" booking-url="https://c.example/b"></clinic-contact>`,
    );
    expect(book(el).backgroundColor).to.equal('rgb(0, 90, 60)');
  });

  for (const [colour, expected] of [
    ['#ffd400', 'rgb(255, 212, 0)'],
    ['rgb(160, 200, 255)', 'rgb(160, 200, 255)'],
    ['oklch(0.92 0.08 150)', undefined],
    ['rgb(10 90 168 / 0.2)', 'rgba(10, 90, 168, 0.2)'],
  ] as const) {
    it(`falls back to the default accent, with a warning naming ${colour} and its ratio, when it fails 4.5:1 against the button text`, async () => {
      let el!: ClinicContact;
      const warnings = await captureWarnings(async () => {
        el = await fixture<ClinicContact>(html`<clinic-contact theme="light" style="--clinic-contact-accent: ${colour}" name="C" booking-url="https://c.example/b"></clinic-contact>`);
        await el.updateComplete;
      });
      const s = book(el);
      expect(s.backgroundColor).to.equal('rgb(10, 90, 168)');
      expect(contrast(s.color, s.backgroundColor)).to.be.at.least(4.5);
      const warning = warnings.find((w) => w.includes('accent'));
      expect(warning, warnings.join('\n')).to.exist;
      if (expected) expect(warning).to.contain(expected);
      expect(warning).to.match(/\d+(\.\d)?:1/);
      expect(warning).to.contain('4.5:1');
      await expect(el).to.be.accessible();
    });
  }

  it('checks again when the theme changes: a colour fit for light mode falls back in dark mode', async () => {
    const el = await fixture<ClinicContact>(html`<clinic-contact theme="light" style="--clinic-color-accent: rgb(90, 20, 120)" name="C" booking-url="https://c.example/b"></clinic-contact>`);
    expect(book(el).backgroundColor).to.equal('rgb(90, 20, 120)');
    await captureWarnings(async () => {
      el.theme = 'dark';
      await el.updateComplete;
      await el.updateComplete;
    });
    expect(book(el).backgroundColor).to.equal('rgb(142, 197, 255)');
    el.theme = 'light';
    await el.updateComplete;
    await el.updateComplete;
    expect(book(el).backgroundColor).to.equal('rgb(90, 20, 120)');
  });

  it('checks again when the visitor switches to dark mode with theme="auto"', async () => {
    const el = await fixture<ClinicContact>(html`<clinic-contact style="--clinic-color-accent: rgb(91, 20, 120)" name="C" booking-url="https://c.example/b"></clinic-contact>`);
    expect(book(el).backgroundColor).to.equal('rgb(91, 20, 120)');
    await captureWarnings(async () => {
      await emulateMedia({ colorScheme: 'dark' });
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
    });
    expect(book(el).backgroundColor).to.equal('rgb(142, 197, 255)');
  });

  it('keeps a brand colour that works with a custom text colour', async () => {
    const el = await fixture<ClinicContact>(
      html`<clinic-contact theme="light" style="--clinic-color-accent: #ffd400; --clinic-color-accent-contrast: #1b1b1b" name="C" booking-url="https://c.example/b"></clinic-contact>`,
    );
    expect(book(el).backgroundColor).to.equal('rgb(255, 212, 0)');
    expect(book(el).color).to.equal('rgb(27, 27, 27)');
  });
});
