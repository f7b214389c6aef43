/**
 * `vite build`          → dist/clinic-widgets.js (one minified ES module) and dist/content-pack.schema.json
 * `vite` (npm start)    → the demo page on the bundled pack
 * `vite build --mode demo` → the demo as static files in dist/demo/
 * `vite build --mode cli`  → dist/cli.js, the content-pack validator for node (bin/clinic-widgets.mjs)
 */
import { defineConfig, type Plugin } from 'vite';
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { packJsonSchema } from './src/content/json-schema.ts';
import { minifyTemplates } from './scripts/build/minify-templates.ts';
import { checkPackFile } from './src/cli/validate.ts';

const root = import.meta.dirname;

/** Every content pack under content/ (or under CLINIC_CONTENT_DIR, which the build test uses). */
function packFiles(dir = process.env.CLINIC_CONTENT_DIR || join(root, 'content')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? packFiles(join(dir, d.name)) : d.name.endsWith('.json') ? [join(dir, d.name)] : [],
  );
}

/**
 * Validates every bundled pack with the zod schema (the build fails, naming
 * each JSON path, on an invalid pack) and emits the JSON Schema for editors.
 */
function contentPacks(): Plugin {
  return {
    name: 'clinic-widgets:content-packs',
    buildStart() {
      const problems = packFiles()
        .map((file) => [relative(root, file), checkPackFile(file, { complete: true }).errors] as const)
        .filter(([, errors]) => errors.length)
        .map(([file, errors]) => `${file} is not a valid content pack:\n${errors.map((e) => `  ${e}`).join('\n')}`);
      if (problems.length) this.error(problems.join('\n'));
      for (const file of packFiles()) this.addWatchFile(file);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'content-pack.schema.json', source: JSON.stringify(packJsonSchema(), null, 2) });
    },
  };
}

/**
 * `virtual:clinic-widgets/elements`: each element's tag, summary and
 * attributes from the Custom Elements Manifest, analysed from the sources'
 * JSDoc when the demo is served or built, so the demo's form controls never
 * lag the elements (and a fresh clone needs no generated file).
 */
function elementsManifest(): Plugin {
  const id = 'virtual:clinic-widgets/elements';
  const resolved = `\0${id}`;
  const documented = (file: string) => /[\\/]src[\\/](elements[\\/]|internal[\\/]clinic-element\.ts$)/.test(file);
  return {
    name: 'clinic-widgets:elements-manifest',
    resolveId: (source) => (source === id ? resolved : undefined),
    async load(module) {
      if (module !== resolved) return;
      const { analyze, demoManifest } = await import('./scripts/docs.mjs');
      return `export default ${JSON.stringify(demoManifest(await analyze()))};`;
    },
    handleHotUpdate({ file, server }) {
      if (!documented(file)) return;
      const mod = server.moduleGraph.getModuleById(resolved);
      if (mod) server.moduleGraph.invalidateModule(mod);
    },
  };
}

/** For code that runs in a visitor's browser: the schema's field descriptions (src/content/schema.ts) are left out. */
const BROWSER_DEFINES = { __SCHEMA_DOCS__: 'false' };

export default defineConfig(({ command, mode }) => {
  if (command === 'serve' || mode === 'demo') {
    return {
      root: resolve(root, 'demo'),
      base: './',
      server: { fs: { allow: [root] } },
      // Two pages: the configurator, and the document its preview iframe shows.
      build: {
        outDir: resolve(root, 'dist/demo'),
        emptyOutDir: true,
        rolldownOptions: { input: { index: resolve(root, 'demo/index.html'), preview: resolve(root, 'demo/preview.html') } },
      },
      define: BROWSER_DEFINES,
      // The built demo folds its templates as the module does, so its preview renders exactly what a pasted snippet renders.
      plugins: [contentPacks(), elementsManifest(), minifyTemplates()],
    };
  }
  if (mode === 'render') {
    // dist/render.js, `clinic-widgets/render` and `clinic-widgets render`: the elements for Node,
    // with Lit's node build and server renderer from node_modules (one copy of Lit, which the renderer patches).
    return {
      plugins: [contentPacks(), minifyTemplates()],
      define: BROWSER_DEFINES,
      build: {
        target: 'node20',
        outDir: resolve(root, 'dist'),
        emptyOutDir: false,
        minify: false,
        lib: { entry: resolve(root, 'src/render/render.ts'), formats: ['es'], fileName: () => 'render.js' },
        rolldownOptions: {
          external: (id: string) => /^(node:|lit$|lit\/|@lit\/|@lit-labs\/|parse5|zod)/.test(id),
          output: { codeSplitting: false },
        },
      },
    };
  }
  if (mode === 'cli') {
    return {
      build: {
        target: 'node20',
        outDir: resolve(root, 'dist'),
        emptyOutDir: false,
        minify: false,
        lib: { entry: resolve(root, 'src/cli/validate.ts'), formats: ['es'], fileName: () => 'cli.js' },
        rolldownOptions: { external: [/^node:/], output: { codeSplitting: false } },
      },
    };
  }
  return {
    plugins: [contentPacks(), minifyTemplates()],
    define: BROWSER_DEFINES,
    build: {
      target: 'es2022',
      minify: true,
      sourcemap: false,
      emptyOutDir: true,
      lib: {
        entry: resolve(root, 'src/index.ts'),
        formats: ['es'],
        fileName: () => 'clinic-widgets.js',
      },
      rolldownOptions: {
        output: { minify: true, comments: false, codeSplitting: false },
      },
    },
  };
});
