// Helpers shared by the component tests.
import { emulateMedia } from '@web/test-runner-commands';

/** Visible text of an element's shadow root (or a node in it), whitespace folded. */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every `console.warn` made while `fn` runs. */
export async function captureWarnings(fn: () => unknown | Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return seen;
}

/** Runs `fn` with the visitor's colour scheme emulated, then restores it. */
export async function withColorScheme(scheme: 'light' | 'dark', fn: () => Promise<void>): Promise<void> {
  await emulateMedia({ colorScheme: scheme });
  try {
    await fn();
  } finally {
    await emulateMedia({ colorScheme: 'light' });
  }
}

/** Relative luminance contrast between two computed `rgb()` colours. */
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
