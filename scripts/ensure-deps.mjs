// Runs before `npm start` and `npm test` so both work on a fresh clone:
// installs the npm dependencies when they are missing or stale and, for the
// tests, what the three browser engines need when it is missing (as root, with
// apt-get): chromium (and poppler-utils, whose pdftotext reads its printed
// PDFs), firefox-esr, and for WebKit webkit2gtk-driver (which brings
// MiniBrowser), xvfb and xdotool.
// Uses only node's built-ins: it runs before node_modules exists.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const marker = 'node_modules/.package-lock.json';
if (!existsSync(marker) || statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs) {
  console.log('Installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

if (process.argv.includes('--browser')) {
  // What each engine needs, as Debian packages (the paths match tests/support/engines.mjs).
  const engines = (process.env.ENGINES || 'chromium,firefox,webkit').split(',').map((e) => e.trim());
  const needs = {
    // Fonts, so every engine lays text out alike on every machine: Latin metrics (Liberation) and the Traditional
    // Chinese the zh-Hant pack is written in (Noto CJK); without them the large-text and print checks measure tofu.
    chromium: [
      [process.env.CHROME_PATH || '/usr/bin/chromium', 'chromium'],
      ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', 'fonts-liberation'],
      ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'fonts-noto-cjk'],
      // A font wider than Arial, for the large-text checks in a wide font (Verdana's widths).
      ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 'fonts-dejavu-core'],
      // The print tests read the PDFs Chromium prints (tests/page/print.test.mjs).
      [process.env.PDFTOTEXT_PATH || '/usr/bin/pdftotext', 'poppler-utils'],
    ],
    firefox: [[process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', 'firefox-esr']],
    webkit: [
      [process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver', 'webkit2gtk-driver'],
      [process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', 'webkit2gtk-driver'],
      ['/usr/bin/Xvfb', 'xvfb'],
      ['/usr/bin/xdotool', 'xdotool'],
    ],
  };
  const missing = [...new Set(engines.flatMap((e) => needs[e] ?? []).filter(([path]) => !existsSync(path)).map(([, pkg]) => pkg))];
  if (missing.length) {
    const isRoot = process.getuid?.() === 0;
    if (isRoot && existsSync('/usr/bin/apt-get')) {
      console.log(`Installing Debian's ${missing.join(', ')} for the browser tests…`);
      run('apt-get', ['update', '-qq']);
      run('env', ['DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing]);
    } else {
      console.error(`The browser tests need: ${missing.join(', ')}. Install them (Debian: sudo apt-get install ${missing.join(' ')}), or run fewer engines (ENGINES=chromium npm test).`);
      process.exit(1);
    }
  }
}
