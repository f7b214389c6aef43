// The Custom Elements Manifest, read from the elements' JSDoc. `npm run analyze`
// writes dist/custom-elements.json (and the VS Code custom data); the README's
// API tables and the demo's configurator are generated from the same analysis
// (scripts/docs.mjs). `npx cem analyze` uses this file too.
export default {
  globs: ['src/elements/**/*.ts', 'src/internal/clinic-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json names the manifest itself; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [defineElementPlugin(), statePropertiesPlugin(), stringUnionsPlugin(), kitEventsPlugin()],
};

/** The kit registers tags with `defineElement('clinic-x', ClinicX)` (a guarded define), which the analyzer does not know. */
function defineElementPlugin() {
  const defined = new Map(); // module path → [tag, class name][]
  return {
    name: 'clinic-widgets:define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, cls] = node.arguments;
      if (!tag || !cls || !ts.isStringLiteral(tag)) return;
      const list = defined.get(moduleDoc.path) ?? [];
      list.push([tag.text, cls.getText()]);
      defined.set(moduleDoc.path, list);
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const [tagName, name] of defined.get(moduleDoc.path) ?? []) {
        const declaration = moduleDoc.declarations?.find((d) => d.name === name);
        if (!declaration) continue;
        declaration.tagName = tagName;
        declaration.customElement = true;
        moduleDoc.exports ??= [];
        moduleDoc.exports.push({ kind: 'custom-element-definition', name: tagName, declaration: { name, module: moduleDoc.path } });
      }
    },
  };
}

/** Lit's internal reactive state (`{ state: true }`) is neither an attribute nor public API. */
function statePropertiesPlugin() {
  const state = new Map(); // module path → Set of field names
  return {
    name: 'clinic-widgets:state-properties',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isPropertyAssignment(node) || !ts.isObjectLiteralExpression(node.initializer)) return;
      const isState = node.initializer.properties.some(
        (p) => ts.isPropertyAssignment(p) && p.name.getText() === 'state' && p.initializer.kind === ts.SyntaxKind.TrueKeyword,
      );
      if (!isState) return;
      const names = state.get(moduleDoc.path) ?? new Set();
      names.add(node.name.getText().replace(/^['"]|['"]$/g, ''));
      state.set(moduleDoc.path, names);
    },
    moduleLinkPhase({ moduleDoc }) {
      const names = state.get(moduleDoc.path);
      if (!names) return;
      for (const d of moduleDoc.declarations ?? []) {
        if (d.attributes) d.attributes = d.attributes.filter((a) => !names.has(a.fieldName ?? a.name));
        if (d.members) d.members = d.members.filter((m) => !names.has(m.name));
      }
    },
  };
}

/**
 * Named string unions (`type Theme = 'auto' | 'light' | 'dark'`) are written
 * out in full, so editors and the demo can offer their values.
 */
function stringUnionsPlugin() {
  const unions = new Map(); // alias name → "'a' | 'b'"
  const expand = (type) => {
    if (!type?.text) return;
    type.text = type.text.replace(/\b[A-Z]\w*\b/g, (name) => unions.get(name) ?? name);
  };
  return {
    name: 'clinic-widgets:string-unions',
    analyzePhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      const literals = node.type.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal));
      if (literals) unions.set(node.name.text, node.type.types.map((t) => `'${t.literal.text}'`).join(' | '));
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          for (const m of d.members ?? []) expand(m.type);
          for (const a of d.attributes ?? []) expand(a.type);
        }
      }
    },
  };
}

/** `emit(type, …)` in the base class dispatches events named by a variable; only the documented `@fires` events are real. */
function kitEventsPlugin() {
  return {
    name: 'clinic-widgets:kit-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (d.events) d.events = d.events.filter((e) => e.name.startsWith('clinic-'));
        }
      }
    },
  };
}
