// The template minifier, as vite.config.ts wires it into the module's build and the demo's.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Script } from 'node:vm';
import { loadConfigFromFile } from 'vite';

const ROOT = new URL('../..', import.meta.url).pathname;
const NAME = 'minify-html-literals';

async function pluginFor(env) {
  const { config } = await loadConfigFromFile(env, `${ROOT}vite.config.ts`, ROOT, 'silent');
  return config.plugins.flat().find((p) => p?.name === NAME);
}

describe('template minification', () => {
  let plugin;
  const minify = async (code) => (await plugin.transform(code, `${ROOT}src/internal/example.ts`))?.code ?? code;

  before(async () => {
    plugin = await pluginFor({ command: 'build', mode: 'production' });
  });

  it('runs in the build of the module and of the demo alike', async () => {
    assert.ok(plugin, 'the module build minifies templates');
    assert.ok(await pluginFor({ command: 'build', mode: 'demo' }), 'the demo build minifies templates');
  });

  it("reads an apostrophe in a comment inside an expression as code, not as a string's start", async () => {
    const source = "const a = html`<p>  ${x /* don't */}  </p>`;\nconst b = css`  .a { color: red; }  `;\n";
    const out = await minify(source);
    assert.equal(out, "const a = html`<p>${x /* don't */}</p>`;\nconst b = css`.a{color:red}`;\n");
    assert.doesNotThrow(() => new Script(out), 'still JavaScript');
  });

  it('leaves CSS strings exactly as written', async () => {
    const out = await minify('const s = css`\n  .a::before {\n    content: "a  ;  b";\n  }\n`;');
    assert.match(out, /content:"a  ;  b"/);
  });

  it('keeps the space next to inline content, even at the edge of a template', async () => {
    const out = await minify('html`<span class="visually-hidden">  ${label}</span>`; html`\n  <span class="value">${v}</span>`;');
    assert.equal(out, 'html`<span class="visually-hidden"> ${label}</span>`; html` <span class="value">${v}</span>`;');
  });

  it('drops the white space next to block-level tags, which would only add text nodes', async () => {
    const out = await minify('html`\n  <ul>\n    <li>${a}</li>\n    <li>b <em>c</em></li>\n  </ul>\n`;');
    assert.equal(out, 'html`<ul><li>${a}</li><li>b <em>c</em></li></ul>`;');
  });

  it('keeps the closing slash of SVG elements, so paths stay siblings', async () => {
    const out = await minify('svg`<path d="M1 1" />\n  <path d="M2 2" />`;');
    assert.equal(out, 'svg`<path d="M1 1"/><path d="M2 2"/>`;');
  });

  it('keeps media queries in the syntax older Safari reads', async () => {
    const out = await minify('css`@media (max-width: 30em) { .a { padding: 1em; } }`;');
    assert.equal(out, 'css`@media (max-width:30em){.a{padding:1em}}`;');
  });

  it('minifies a template of declarations alone, and leaves a tag-name expression as written', async () => {
    const tokens = await minify('css`\n  --_text: #ffffff;\n  color-scheme: dark;\n`;');
    assert.equal(tokens, 'css`--_text:#fff;color-scheme:dark`;');
    const dynamic = 'staticHtml`<${tag} id=${id}>${content}</${tag}>`;';
    assert.equal(await minify(dynamic), dynamic);
  });

  it("leaves files outside src/ alone (the demo page's own code)", async () => {
    assert.equal(await plugin.transform('html`<p>  a  </p>`;', `${ROOT}demo/demo.ts`), undefined);
  });
});
