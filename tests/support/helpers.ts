// Helpers shared by the component tests.
import { emulateMedia } from '@web/test-runner-commands';
import { contrastRatio, parseColor } from '../../src/internal/color.js';

/** Visible text of an element's shadow root (or a node in it), whitespace folded. */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every `console[kind]` message made while `fn` runs. */
async function captureConsole(kind: 'warn' | 'error', fn: () => unknown | Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = console[kind];
  console[kind] = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console[kind] = original;
  }
  return seen;
}

/** Every `console.warn` made while `fn` runs. */
export const captureWarnings = (fn: () => unknown | Promise<unknown>) => captureConsole('warn', fn);
/** Every `console.error` made while `fn` runs. */
export const captureErrors = (fn: () => unknown | Promise<unknown>) => captureConsole('error', fn);

/** Runs `fn` with the visitor's colour scheme emulated, then restores it. */
export async function withColorScheme(scheme: 'light' | 'dark', fn: () => Promise<void>): Promise<void> {
  await emulateMedia({ colorScheme: scheme });
  try {
    await fn();
  } finally {
    await emulateMedia({ colorScheme: 'light' });
  }
}

/** WCAG contrast between two computed colours, by the kit's own formula (src/internal/color.ts). */
export function contrast(a: string, b: string): number {
  const [x, y] = [parseColor(a), parseColor(b)];
  if (!x || !y) throw new Error(`cannot read the colours "${a}" and "${b}"`);
  return contrastRatio(x, y);
}

/**
 * Holds the idle callbacks that fill what no reader sees at first (src/internal/later.ts), so a test sees an element
 * between its first render and the fill; the function it returns lets them run (with 50 ms to spare each).
 */
export function holdIdle(): () => void {
  const held: IdleRequestCallback[] = [];
  const had = Object.getOwnPropertyDescriptor(window, 'requestIdleCallback');
  window.requestIdleCallback = (cb: IdleRequestCallback) => (held.push(cb), 0);
  return () => {
    if (had) Object.defineProperty(window, 'requestIdleCallback', had);
    else delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
    for (const cb of held.splice(0)) cb({ didTimeout: false, timeRemaining: () => 50 });
  };
}
