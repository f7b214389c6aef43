import { firstTime } from './settings.js';

/** Console warnings for page authors, each said once per page however many elements (or copies of the kit) hit it. */
export function warnOnce(message: string): void {
  if (firstTime(message)) console.warn(`[clinic-widgets] ${message}`);
}
