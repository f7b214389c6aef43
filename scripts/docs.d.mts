// Types of scripts/docs.mjs for the TypeScript files that import it (vite.config.ts).
/** A Custom Elements Manifest (schema: the `custom-elements-manifest` package). */
export interface Package {
  schemaVersion: string;
  modules: Record<string, unknown>[];
}

/** One attribute as the demo's configurator sees it. */
export interface DemoAttribute {
  name: string;
  /** The property behind the attribute, when there is one. */
  fieldName?: string;
  /** The TypeScript type as written, with named string unions spelled out (`'banner' | 'card' | 'bar'`). */
  type: string;
  /** The values of a union of string literals (`banner`, `card`, `bar`), from `unionValues`. */
  values?: string[];
  /** The default value, unquoted (`banner`, `false`), when the element has one. */
  default?: string;
  description: string;
  /** From `ClinicElement`, shared by every element. */
  inherited: boolean;
}

/** One element as the demo's configurator sees it. */
export interface DemoElement {
  tagName: string;
  name: string;
  summary: string;
  attributes: DemoAttribute[];
}

export const README: string;
export const START: string;
export const END: string;
export function analyze(): Promise<Package>;
export function elementsOf(manifest: Package): unknown[];
export function unionValues(text: string | undefined): string[] | undefined;
export function apiMarkdown(manifest: Package): string;
export function withApiSection(readme: string, markdown: string): string;
export function vscodeData(manifest: Package): unknown;
export function demoManifest(manifest: Package): DemoElement[];
export function writeDist(manifest: Package): void;
