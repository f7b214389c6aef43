/**
 * The content pack as JSON Schema (draft 2020-12), generated from the zod
 * schema for editors: with `"$schema"` in a pack, VS Code completes and checks
 * it while the author types. Used at build time only (not in the module).
 *
 * Any pack may be partial (the elements merge it onto the bundled pack), so
 * no top-level section and no key of `meta` is required here; every section
 * that is present is checked whole. Cross-references (cited source ids, unique
 * ids, FAQ categories, review-date order) are beyond JSON Schema: the
 * validator (`clinic-widgets validate`) checks those.
 */
import * as z from 'zod/mini';
import { contentPackSchema } from './schema.js';

export function packJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(contentPackSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, any>;
  delete schema.required;
  delete schema.properties.meta.required;
  return {
    $schema: schema.$schema,
    $id: 'https://clinic-widgets.example/content-pack.schema.json',
    title: 'Clinic Widgets content pack',
    description: 'A content pack for the Clinic Widgets kit. Sections left out are taken from the bundled pack.',
    ...schema,
  };
}
