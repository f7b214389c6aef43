// The ONE list of tests that only Chromium can run, with the reason for each.
// Plain data, read both by Node (scripts/test.mjs prints it; the page tests'
// `it` skips by it) and by the browser (tests/support/commands.mjs skips the
// component tests by it in Firefox and WebKit).

export const REASONS = {
  colorScheme: 'emulates prefers-color-scheme: dark (DevTools Emulation.setEmulatedMedia; neither WebDriver BiDi as puppeteer drives Firefox nor classic WebDriver emulates media)',
  print: 'emulates print media (Emulation.setEmulatedMedia)',
  forcedColors: 'emulates forced-colors: active (Emulation.setEmulatedMedia)',
  reducedMotion: 'emulates prefers-reduced-motion (Emulation.setEmulatedMedia)',
  viewport: 'sets a viewport narrower than the narrowest MiniBrowser window (447 px); Firefox runs it',
  cls: 'measures layout shift (the Layout Instability API exists only in Chromium) with a Playwright init script',
  locators: 'drives the demo page through Playwright role and label locators (getByRole, getByLabel, setInputFiles, clipboard permission), which the Firefox and WebKit adapters do not offer',
  hover: 'hovers every link through Playwright locators, which the Firefox and WebKit adapters do not offer',
  ariaSnapshot: "compares accessibility trees with Playwright's ariaSnapshot(), which the Firefox and WebKit adapters do not offer; the same text is compared in every engine",
  jsOff: 'opens a page with JavaScript turned off (a Playwright browser-context option)',
  commit: 'looks at the page before the module has run (Playwright waitUntil: commit)',
  screenshotCompare: 'compares element screenshots pixel by pixel (Playwright locator screenshots)',
  keyboard: "walks the page with Playwright's keyboard (Tab, a real focus walk under a 320 px bar), which the Firefox and WebKit adapters do not offer; the component tests prove the keys in every engine",
  resize: "resizes the viewport from 320 to 414 px for each case with Playwright's setViewportSize (under WebKit's 447 px minimum; the Firefox adapter opens a context per viewport only)",
  pdf: 'prints to PDF with background graphics off (page.pdf is a DevTools protocol command) and emulates print media',
  download: 'saves the file a page offers (Playwright download events), which the Firefox and WebKit adapters do not offer',
  requestHeaders: 'reads the request headers the browser sent (classic WebDriver has no network events; Firefox runs it over BiDi)',
};
const R = REASONS;

/**
 * Tests that need something only Chromium's DevTools protocol offers. They run
 * in Chromium and are skipped, by this list and with its reason, in Firefox
 * and WebKit. `kind` is 'component' (Web Test Runner; `title` is mocha's full
 * title: the describe titles and the test title joined by spaces) or 'page'
 * (node:test in tests/page; `title` is the test's own name). `engines` lists
 * the engines that cannot run it (default: firefox and webkit).
 * scripts/test.mjs prints this list on every run.
 */
const component = (reason, titles, engines) => titles.map((title) => ({ kind: 'component', title, reason, ...(engines ? { engines } : {}) }));
const page = (reason, titles, engines) => titles.map((title) => ({ kind: 'page', title, reason, ...(engines ? { engines } : {}) }));

export const CHROMIUM_ONLY = [
  ...component(R.colorScheme, [
    "<clinic-contact> accessibility has no axe violations as a banner in dark mode at 1280 px",
    "<clinic-contact> accessibility has no axe violations as a banner in dark mode at 320 px",
    "<clinic-contact> accessibility has no axe violations as a bar in dark mode at 1280 px",
    "<clinic-contact> accessibility has no axe violations as a bar in dark mode at 320 px",
    "<clinic-contact> accessibility has no axe violations as a card in dark mode at 1280 px",
    "<clinic-contact> accessibility has no axe violations as a card in dark mode at 320 px",
    "<clinic-contact> brand colour checks again when the visitor switches to dark mode with theme=\"auto\"",
    "<clinic-faq> accessibility has no axe violations while searching at heading level 2 in dark mode",
    "<clinic-faq> accessibility has no axe violations while searching at heading level 4 in dark mode",
    "<clinic-faq> accessibility has no axe violations with a search that matches nothing at heading level 2 in dark mode",
    "<clinic-faq> accessibility has no axe violations with a search that matches nothing at heading level 4 in dark mode",
    "<clinic-faq> accessibility has no axe violations with every answer closed at heading level 2 in dark mode",
    "<clinic-faq> accessibility has no axe violations with every answer closed at heading level 4 in dark mode",
    "<clinic-faq> accessibility has no axe violations with every answer open at heading level 2 in dark mode",
    "<clinic-faq> accessibility has no axe violations with every answer open at heading level 4 in dark mode",
    "<clinic-faq> accessibility has no axe violations with one answer open at heading level 2 in dark mode",
    "<clinic-faq> accessibility has no axe violations with one answer open at heading level 4 in dark mode",
    "<clinic-faq> themes and layout follows the visitor colour scheme with theme=\"auto\"",
    "<clinic-risk-checklist> accessibility has no axe violations in dark mode with every box ticked",
    "<clinic-risk-checklist> accessibility has no axe violations in dark mode with nothing ticked",
    "<clinic-risk-checklist> accessibility has no axe violations in dark mode with some boxes ticked",
    "<clinic-risk-checklist> themes and layout follows the visitor colour scheme with theme=\"auto\"",
    "<clinic-warning-signs> accessibility has no axe violations in dark mode at heading level 1",
    "<clinic-warning-signs> accessibility has no axe violations in dark mode at heading level 2",
    "<clinic-warning-signs> accessibility has no axe violations in dark mode at heading level 3",
    "<clinic-warning-signs> accessibility has no axe violations in dark mode at heading level 4",
    "<clinic-warning-signs> accessibility has no axe violations in dark mode at heading level 5",
    "<clinic-warning-signs> accessibility has no axe violations in dark mode at heading level 6",
    "<clinic-warning-signs> themes and layout follows the visitor colour scheme with theme=\"auto\" and is pinned by theme=\"light\" / \"dark\"",
    "<clinic-warning-signs> themes and layout keeps the call button a strong red with white text at 4.5:1 or more when the visitor uses dark mode",
  ]),
  ...component(R.print, [
    "<clinic-contact> layouts prints the bar in place, with web links written out",
    "<clinic-faq> print leaves no room for the hidden chevron on paper in a narrow column",
    "<clinic-faq> print leaves out the search, expand-all and copy-link controls on paper",
    "<clinic-faq> print prints every answer expanded, even those closed or filtered out on screen",
    "<clinic-faq> print prints every answer of a long list too",
    "<clinic-faq> print prints in black on white",
    "<clinic-risk-checklist> clear, print and copy prints the summary and its disclaimer only, not the form, buttons or other content",
    "<clinic-risk-checklist> clear, print and copy prints its title, introduction, summary and review date when the page is printed, not its form, buttons or uncited lists",
    "<clinic-warning-signs> themes and layout prints in black on white with the sources listed",
    "<clinic-warning-signs> themes and layout prints in black on white for a visitor in dark mode without a theme attribute, its sources toggle not underlined",
  ]),
  ...component(R.forcedColors, [
    "<clinic-contact> layouts keeps button outlines in forced-colors mode",
    "<clinic-faq> themes and layout keeps separators and buttons outlined in forced-colors mode",
    "<clinic-risk-checklist> themes and layout keeps native checkboxes, panel borders and the focus ring in forced-colors mode",
    "<clinic-warning-signs> themes and layout keeps tier borders visible in forced-colors mode",
  ]),
  ...component(R.reducedMotion, [
    "<clinic-faq> themes and layout turns the chevron without animation under prefers-reduced-motion",
  ]),
  ...component(
    R.viewport,
    [
      "<clinic-contact> accessibility gives every action and the close button a target of at least 24 by 24 px (44 for buttons)",
      "<clinic-contact> accessibility has no axe violations as a banner in light mode at 320 px",
      "<clinic-contact> accessibility has no axe violations as a bar in light mode at 320 px",
      "<clinic-contact> accessibility has no axe violations as a card in light mode at 320 px",
      "<clinic-contact> layouts closes the bar from the keyboard",
      "<clinic-contact> layouts exposes parts for branding",
      "<clinic-contact> layouts fits 320 px without horizontal scrolling as a banner",
      "<clinic-contact> layouts fits 320 px without horizontal scrolling as a bar",
      "<clinic-contact> layouts fits 320 px without horizontal scrolling as a card",
      "<clinic-contact> layouts fixes the bar to the bottom of narrow screens, with calling and booking, above the safe area",
      "<clinic-contact> layouts hides the bar for the page view when its close button is pressed, and fires clinic-contact-close",
      "<clinic-contact> layouts keeps the end of the page reachable: the host takes the fixed bar height in the flow",
      "<clinic-contact> layouts stacks a banner on narrow screens, and in a narrow column of a wide page",
      "<clinic-risk-checklist> form gives every box a target of at least 24 by 24 CSS pixels",
      "<clinic-risk-checklist> themes and layout fits 320 px without horizontal scrolling, with every box ticked",
      "<clinic-warning-signs> themes and layout fits 320 px without horizontal scrolling",
      "<clinic-faq> themes and layout fits 320 px without horizontal scrolling, searching with every answer open",
      '<clinic-faq> themes and layout keeps the search row and "Show all answers" inside the card at 300 px',
      '<clinic-faq> themes and layout keeps the search row and "Show all answers" inside the card at 280 px',
    ],
    ['webkit'],
  ),
  ...page(
    R.locators,
    [
      "has no axe violations with each element chosen, in light and dark, at 1280 px and 320 px",
      "lists problems of a custom pack without axe violations",
      "fits 320 px without scrolling sideways, whatever is chosen",
      "previews each element live, alone, with a control for each of its attributes from the manifest",
      "changes the preview and the snippet together",
      "offers the values of a union attribute as a select, and the width constrains the preview frame",
      "copies the exact snippet and confirms",
      "pasted into a blank page (Script and element), renders an FAQ in Chinese, dark, branded, searchable, at heading level 3 exactly as previewed",
      "pasted into a blank page (Script and element), renders a contact card with a clinic name and phone number that need escaping exactly as previewed",
      "pasted into a blank page (Script and element), renders warning signs with another emergency number exactly as previewed",
      "pasted into a blank page (Script and element), renders a risk checklist of one category, light exactly as previewed",
      "pasted into a blank page (CMS mount point), renders an FAQ in Chinese, dark, branded, searchable, at heading level 3 exactly as previewed",
      "pasted into a blank page (CMS mount point), renders a contact card with a clinic name and phone number that need escaping exactly as previewed",
      "pasted into a blank page (CMS mount point), renders warning signs with another emergency number exactly as previewed",
      "pasted into a blank page (CMS mount point), renders a risk checklist of one category, light exactly as previewed",
      "validates a partial pack in the page, shows it in the preview and says how to use it in the snippet",
      "lists the problems of an invalid pack by path and keeps the bundled content",
    ],
  ),
  ...page(
    R.jsOff,
    [
      "shows the editor’s content inside the tag when JavaScript is off",
    ],
  ),
  ...page(
    R.commit,
    [
      "shows it until the element upgrades, then the element replaces it",
    ],
  ),
  ...page(
    R.cls,
    [
      "shifts the demo page by at most 0.01 (CLS) while the widgets load",
    ],
  ),
  ...page(
    R.screenshotCompare,
    [
      "looks the same as on a page with only the same font",
    ],
  ),
  ...page(
    R.hover,
    [
      "requests nothing but the module and stores nothing while every widget is used",
    ],
  ),
  ...page(
    R.requestHeaders,
    [
      "sends the request without credentials or referrer",
    ],
    ["webkit"],
  ),
  ...page(R.keyboard, [
    'never hides a focused link under the bar on a 320 × 568 screen at 100% text',
    'never hides a focused link under the bar on a 320 × 568 screen at 200% text',
    'sets the document’s scroll-padding-bottom to the bar’s height, and gives the page its own back when the bar closes',
    'removes the scroll padding when the bar leaves the page or the screen is wide',
  ]),
  ...page(R.resize, [
    'holds together at every width and text size (en)',
    'holds together at every width and text size (zh-Hant)',
    'holds together in a wide font (DejaVu Sans) at 320 and 360 px with text at 150 and 200% (en)',
    'holds together in a wide font (DejaVu Sans) at 320 and 360 px with text at 150 and 200% (zh-Hant)',
    'finds what it looks for: a word broken inside, a page wider than the screen, a bar too tall',
    'keeps the emergency call label to 3 lines at 320 px and 200% text, with "999" whole',
  ]),
  ...page(R.pdf, [
    'prints every call action as black text with its number, without an icon',
    '"Print summary" prints the checklist summary and its not-a-diagnosis line only, on one page',
    'prints the web address after every source link, in every widget',
    'prints the whole page without half-empty pages, and each FAQ source under its answers only',
    'prints every answer and every source list when printed before idle time has filled them',
    'prints the checklist with its title, introduction and summary, but not its form or a list without its sources, when the page is printed',
    'prints a web link’s address after its words without squeezing them: "WhatsApp" and its number on one line, in Chinese too',
  ]),
  ...page(R.locators, ['names things as they are heard (en)', 'names things as they are heard (zh-Hant)']),
  ...page(R.ariaSnapshot, ['has the same accessibility tree as the live elements (en)', 'has the same accessibility tree as the live elements (zh-HK)']),
  ...page(R.jsOff, [
    'is readable with JavaScript off: every answer shown, controls that need a script hidden, links work',
    'keeps the contact bar in the page with JavaScript off, so it covers nothing at the end of the page',
  ]),
  ...page(R.colorScheme, ['keeps the emergency call button a strong red with white text in both themes']),
  ...page(R.locators, [
    'previews a layout="bar" contact in a 360 px iframe titled "Preview", fixed to its bottom and full width',
    'is prefilled with the example clinic and offers every covered region by name',
    'says, under Copy code, which details are still the example clinic’s, until each is replaced or cleared',
    'feeds every element of the preview, and the script tag carries it once as data-*',
    'clearing WhatsApp removes it from the preview and from the snippet',
    'says what is wrong with an emergency number with an extension by its field, marks it invalid, flags the code, and clears when fixed',
    'says what is wrong with a booking link without https:// by its field, marks it invalid, flags the code, and clears when fixed',
    'says what is wrong with a typo in items by its field, marks it invalid, flags the code, and clears when fixed',
    'says what is wrong with heading-level 7 by its field, marks it invalid, flags the code, and clears when fixed',
    'marks Clinic name and Phone when both are cleared for the contact, and only for the contact',
    'says which widget and theme swap a colour that fails contrast, and where the kit keeps it too faint',
    'shows the code and its Copy code button beside the preview without scrolling at 1280 × 800',
    'follows the preview directly on a phone',
    'says by its field that items names questions the loaded pack does not have',
  ]),
  ...page(R.download, ['edits an FAQ answer and a warning sign, downloads a pack the CLI accepts, and the inline code shows them on a blank page']),
  ...page(R.colorScheme, ['has no axe violations with every part open, in light and dark, at 320 px and 1280 px']),
];
