/** Console warnings for page authors, each said once per page however many elements hit it. */
const said = new Set<string>();

export function warnOnce(message: string): void {
  if (said.has(message)) return;
  said.add(message);
  console.warn(`[clinic-widgets] ${message}`);
}
