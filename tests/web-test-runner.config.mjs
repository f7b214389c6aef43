// Web Test Runner: component and content tests in one engine per run, chosen
// with ENGINE=chromium|firefox|webkit (default chromium; scripts/test.mjs runs
// all three). Tests listed in tests/support/chromium-only.mjs are skipped in
// Firefox and WebKit (by tests/support/commands.mjs), and listed by `npm test`.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './support/count-reporter.mjs';
import { CHROME_PATH, ENGINE, FIREFOX_PATH, focusMiniBrowser, startWebKitDriver, webkitCapabilities } from './support/engines.mjs';
import { fileURLToPath } from 'node:url';

async function browser(engine) {
  if (engine === 'chromium') {
    return chromeLauncher({
      launchOptions: {
        executablePath: CHROME_PATH,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    });
  }
  if (engine === 'firefox') {
    // puppeteer over WebDriver BiDi, with Debian's Firefox ESR.
    const launcher = chromeLauncher({ launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true } });
    // The BiDi keyboard knows the space bar only as ' ', not 'Space': translate, so tests are written once.
    const getPage = launcher.getPage.bind(launcher);
    const space = (key) => (key === 'Space' ? ' ' : key);
    launcher.getPage = (id) => {
      const page = getPage(id);
      const { keyboard } = page;
      const wrapped = {
        press: (key, options) => keyboard.press(space(key), options),
        down: (key, options) => keyboard.down(space(key), options),
        up: (key) => keyboard.up(space(key)),
        type: (text, options) => keyboard.type(text, options),
      };
      return new Proxy(page, {
        get(target, prop) {
          if (prop === 'keyboard') return wrapped;
          const value = Reflect.get(target, prop);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    };
    return launcher;
  }
  if (engine === 'webkit') {
    const { port, display } = await startWebKitDriver();
    process.env.DISPLAY = display;
    const launcher = webdriverLauncher({ hostname: '127.0.0.1', port, path: '/', logLevel: 'error', capabilities: webkitCapabilities() });
    // The session opens MiniBrowser's window: give it keyboard focus (no window manager in Xvfb).
    const create = launcher.createDriverManager.bind(launcher);
    launcher.createDriverManager = async () => {
      const manager = await create();
      focusMiniBrowser(display);
      return manager;
    };
    return launcher;
  }
  throw new Error(`Unknown ENGINE ${engine}`);
}


/** WebDriver key values for the keys the tests press (W3C WebDriver, "keyboard actions"). */
const WEBDRIVER_KEYS = {
  Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Escape: '\uE00C', Space: ' ', Backspace: '\uE003', Delete: '\uE017',
  End: '\uE010', Home: '\uE011', ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015',
};

/**
 * Test commands in Firefox and WebKit. The test files import
 * '@web/test-runner-commands' as usual; in those engines they get
 * tests/support/commands.mjs instead, which checks or refuses media emulation
 * and, in WebKit, sends viewport and key commands here (the built-in commands
 * support neither setViewport nor a key held down over WebDriver).
 */
const engineCommands = {
  name: 'engine-commands',
  resolveImport({ source, context }) {
    if (ENGINE !== 'chromium' && source === '@web/test-runner-commands' && !context.path.endsWith('/tests/support/commands.mjs')) return '/tests/support/commands.mjs';
    return undefined;
  },
  async executeCommand({ command, payload, session }) {
    if (command === 'engine-set-viewport') {
      const driver = session.browser.driver;
      // Size the window so that its inner (CSS) viewport is the size asked for. The page sees a new window size a
      // moment after WebDriver answers: wait for it, or the next try measures the old size (a test then ran at the
      // previous test's width now and then: a bar fixed as on a phone on a 1280 px screen).
      const innerSize = () => driver.execute(() => [window.innerWidth, window.innerHeight]);
      for (let i = 0; i < 5; i++) {
        const inner = await innerSize();
        if (inner[0] === payload.width && inner[1] === payload.height) break;
        const outer = await driver.getWindowSize();
        await driver.setWindowSize(outer.width + payload.width - inner[0], outer.height + payload.height - inner[1]);
        for (let t = 0; t < 40; t++) {
          const now = await innerSize();
          if (now[0] !== inner[0] || now[1] !== inner[1]) break;
          await new Promise((r) => setTimeout(r, 25));
        }
      }
      focusMiniBrowser();
      return true;
    }
    if (command === 'engine-send-keys') {
      const key = (k) => {
        if (k.length === 1) return k;
        if (!WEBDRIVER_KEYS[k]) throw new Error(`No WebDriver key for ${k}`);
        return WEBDRIVER_KEYS[k];
      };
      const actions = [];
      if (payload.type) for (const c of payload.type) actions.push({ type: 'keyDown', value: c }, { type: 'keyUp', value: c });
      if (payload.press) actions.push({ type: 'keyDown', value: key(payload.press) }, { type: 'keyUp', value: key(payload.press) });
      if (payload.down) actions.push({ type: 'keyDown', value: key(payload.down) });
      if (payload.up) actions.push({ type: 'keyUp', value: key(payload.up) });
      await session.browser.driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
      return true;
    }
    return undefined;
  },
};


export default {
  rootDir: fileURLToPath(new URL('..', import.meta.url)),
  files: ['tests/**/*.test.ts', '!tests/page/**'],
  nodeResolve: { exportConditions: ['production'] },
  // A shared machine can be slow to start a browser.
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 600000,
  concurrency: 1, // background pages get no animation frames, and focus tests need the foreground
  testFramework: { config: { timeout: 10000 } },
  plugins: [engineCommands, esbuildPlugin({ ts: true, target: 'esnext', tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) })],
  browsers: [await browser(ENGINE)],
  reporters: [defaultReporter(), countReporter()],
};
