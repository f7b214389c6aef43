// The document inside the demo's preview iframe: the kit, and its page-wide
// settings for the configurator to set (each window has its own).
import '../src/index.ts';
import { configure } from '../src/internal/settings.ts';

declare global {
  interface Window {
    clinicPreview?: { configure: typeof configure };
  }
}

window.clinicPreview = { configure };
