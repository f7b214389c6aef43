// Browser side of the test commands in Firefox and WebKit. Web Test Runner
// serves this module instead of '@web/test-runner-commands' to the test files
// when ENGINE is not chromium (tests/web-test-runner.config.mjs), so the tests
// are written once against the usual API:
// - emulateMedia() asking for what the engine already shows (light, screen,
//   no forced colours, motion allowed) checks it with matchMedia and goes on;
//   asking for anything else needs Chromium's DevTools protocol, so it fails
//   with a message pointing at CHROMIUM_ONLY in tests/support/chromium-only.mjs.
// - A test listed there for this engine is skipped.
// - setViewport() and sendKeys() in WebKit go through WebDriver (window size,
//   key actions with Shift held), by the server commands of the config.
// - sendKeys() in Firefox keeps keyboard focus in the page (see keepFocusInPage).
import * as commands from '@web/test-runner-commands';
import { CHROMIUM_ONLY } from './chromium-only.mjs';

export * from '@web/test-runner-commands';

const ua = navigator.userAgent;
const engine = /Firefox\//.test(ua) ? 'firefox' : /Chrome\//.test(ua) ? 'chromium' : 'webkit';

// Tests of the one Chromium-only list are skipped here (reported as skipped, not run).
const skipped = new Set(CHROMIUM_ONLY.filter((e) => e.kind === 'component' && (e.engines ?? ['firefox', 'webkit']).includes(engine)).map((e) => e.title));
if (skipped.size && !window.__engineSkipHook) {
  window.__engineSkipHook = true;
  // A root-level hook (this module loads before the test file's own describe blocks run).
  beforeEach(function () {
    if (skipped.has(this.currentTest.fullTitle())) this.skip();
  });
}

const DEFAULTS = {
  colorScheme: ['light', '(prefers-color-scheme: dark)', false],
  forcedColors: ['none', '(forced-colors: active)', false],
  reducedMotion: ['no-preference', '(prefers-reduced-motion: reduce)', false],
  media: ['screen', 'print', false],
};

const chromiumOnly = (what) =>
  new Error(`${what} needs Chromium's DevTools protocol, which ${engine} does not offer: list this test in CHROMIUM_ONLY (tests/support/chromium-only.mjs) with the reason`);

export async function emulateMedia(payload) {
  if (engine === 'chromium') return commands.emulateMedia(payload);
  for (const [key, value] of Object.entries(payload)) {
    const [usual, query, matches] = DEFAULTS[key] ?? [];
    if (value !== usual) throw chromiumOnly(`emulateMedia(${JSON.stringify({ [key]: value })})`);
    if (matchMedia(query).matches !== matches) throw new Error(`${engine} does not show ${key}: ${usual} by default`);
  }
}

/** The narrowest window MiniBrowser (WebKitGTK) accepts. */
export const WEBKIT_MIN_WIDTH = 447;

export async function setViewport(payload) {
  if (engine !== 'webkit') return commands.setViewport(payload);
  if (payload.width < WEBKIT_MIN_WIDTH) throw chromiumOnly(`setViewport({ width: ${payload.width} }) (WebKit's window is at least ${WEBKIT_MIN_WIDTH} px wide)`);
  return commands.executeServerCommand('engine-set-viewport', payload);
}

/**
 * Headless Firefox moves keyboard focus out of the page into its toolbar on a
 * Tab past the page's last control, and nothing brings it back: later keys
 * reach a page without focus (no activation, no :focus-visible). A focusable,
 * empty last element in the page keeps focus in it (focus leaves the widget
 * under test just as in the other engines).
 */
function keepFocusInPage() {
  let end = document.getElementById('engine-focus-end');
  if (!end) {
    end = document.createElement('span');
    end.id = 'engine-focus-end';
    end.tabIndex = 0;
    end.setAttribute('aria-hidden', 'true');
    end.style.cssText = 'position:fixed;left:0;bottom:0;width:1px;height:1px;overflow:hidden';
  }
  if (document.body.lastElementChild !== end) document.body.append(end);
}

export async function sendKeys(payload) {
  if (engine === 'chromium') return commands.sendKeys(payload);
  if (engine === 'firefox') {
    keepFocusInPage();
    return commands.sendKeys(payload);
  }
  return commands.executeServerCommand('engine-send-keys', payload);
}
