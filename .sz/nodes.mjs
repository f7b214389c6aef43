import { chromium } from 'playwright-core';
import http from 'node:http'; import fs from 'node:fs'; import path from 'node:path';
const srv = http.createServer((q, r) => { const f = path.join(process.cwd(), decodeURIComponent(q.url.split('?')[0])); try { const b = fs.readFileSync(f); r.writeHead(200, { 'content-type': f.endsWith('.js') || f.endsWith('.mjs') ? 'text/javascript' : 'text/html' }); r.end(b); } catch { r.writeHead(404); r.end(); } }).listen(0);
const port = srv.address().port;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.goto(`http://127.0.0.1:${port}/bench/kit.html`);
await p.waitForFunction(() => [...document.querySelectorAll('main > *')].slice(1).every((e) => e.shadowRoot?.querySelector('.base')));
const r = await p.evaluate(() => {
  const count = (root) => { let n = { el: 0, text: 0, ws: 0, comment: 0 }; const w = (node) => { for (const c of node.childNodes) { if (c.nodeType === 1) { n.el++; if (c.shadowRoot) { const s = count(c.shadowRoot); for (const k in s) n[k] += s[k]; } w(c); } else if (c.nodeType === 3) { if (c.data.trim()) n.text++; else n.ws++; } else if (c.nodeType === 8) n.comment++; } }; w(root); return n; };
  const out = {}; for (const e of document.querySelectorAll('main > *')) if (e.shadowRoot) out[e.localName] = count(e.shadowRoot);
  const item = document.querySelector('clinic-faq').shadowRoot.querySelector('.item'); out.faqItem = count(item); out.itemHTML = item.outerHTML.slice(0, 3000);
  return out;
});
console.log(JSON.stringify(r, null, 1));
await b.close(); srv.close();
