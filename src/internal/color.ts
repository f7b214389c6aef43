/**
 * Colour maths for keeping a clinic's brand colour readable: parse the
 * colours the browser computes, and measure WCAG 2 contrast between them.
 * Elements read computed styles (so every author syntax, `var()` and theme
 * is already resolved) and check the result here.
 */

/** An sRGB colour: channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** WCAG 2 minimum contrast for body text (success criterion 1.4.3). */
export const TEXT_CONTRAST = 4.5;

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** A channel written as a number (0–255) or a percentage; NaN when it is neither. */
function channel(token: string, scale: number): number {
  const n = parseFloat(token);
  return token.endsWith('%') ? (n / 100) * scale : n;
}

/** Alpha written as 0–1 or a percentage (clamped by `normalise`); absent means opaque, NaN when it is not a number. */
function alpha(token: string | undefined): number {
  if (token == null) return 1;
  const n = parseFloat(token);
  return token.endsWith('%') ? n / 100 : n;
}

/**
 * Parses the colour forms `getComputedStyle` returns in Chromium, Firefox and
 * Safari for sRGB colours: `rgb()` / `rgba()` (comma or space syntax), `color(srgb …)`
 * and hex. Anything else (`oklch()`, `lab()`, `color(display-p3 …)`, keywords)
 * gives `undefined`: use {@link resolveColor}, which asks the browser.
 */
export function parseColor(value: string): Rgba | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };

  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(v)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const [r, g, b, a = 255] = full.match(/../g)!.map((h) => parseInt(h, 16)) as [number, number, number, number?];
    return { r, g, b, a: a / 255 };
  }

  let m = /^rgba?\(\s*([^)]*)\)$/.exec(v);
  if (m) {
    const [rgb, a] = m[1]!.split('/').map((s) => s.trim()) as [string, string?];
    const parts = rgb.split(/[\s,]+/).filter(Boolean);
    // Legacy syntax puts alpha fourth, after a comma.
    const [r, g, b, legacyA] = parts;
    if (!r || !g || !b) return undefined;
    const out = { r: channel(r, 255), g: channel(g, 255), b: channel(b, 255), a: alpha(a ?? legacyA) };
    return normalise(out);
  }

  m = /^color\(\s*srgb\s+([^)]*)\)$/.exec(v);
  if (m) {
    const [rgb, a] = m[1]!.split('/').map((s) => s.trim()) as [string, string?];
    const [r, g, b] = rgb.split(/\s+/);
    if (!r || !g || !b) return undefined;
    const out = { r: channel(r, 1) * 255, g: channel(g, 1) * 255, b: channel(b, 1) * 255, a: alpha(a) };
    return normalise(out);
  }
  return undefined;
}

/** `c` with its channels clamped to their ranges; `undefined` when one is not a number. */
function normalise(c: Rgba): Rgba | undefined {
  if (Object.values(c).some(Number.isNaN)) return undefined;
  return { r: clamp(c.r, 0, 255), g: clamp(c.g, 0, 255), b: clamp(c.b, 0, 255), a: clamp(c.a, 0, 1) };
}

/**
 * A function that reads any CSS colour as sRGB: parsed directly when
 * possible, otherwise painted on a 1×1 canvas and read back (this covers
 * `oklch()`, `lab()`, wide-gamut `color()` and system colours, gamut-mapped
 * the way the browser paints them). Each resolver keeps its own canvas,
 * made on first need: a fresh one costs about 0.3 ms a colour, a kept one
 * 0.015 ms, so an element that checks colours on every update owns one.
 */
export function colorResolver(): (value: string) => Rgba | undefined {
  let scratch: CanvasRenderingContext2D | null | undefined;
  return (value) => {
    const parsed = parseColor(value);
    if (parsed) return parsed;
    if (typeof document === 'undefined') return undefined;
    scratch ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    if (!scratch) return undefined;
    // An invalid colour leaves fillStyle as it was: try two different starting
    // values, and only a colour that replaced both is real.
    scratch.fillStyle = '#010203';
    scratch.fillStyle = value;
    const first = scratch.fillStyle;
    scratch.fillStyle = '#040506';
    scratch.fillStyle = value;
    if (first === '#010203' && scratch.fillStyle === '#040506') return undefined;
    scratch.clearRect(0, 0, 1, 1);
    scratch.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = scratch.getImageData(0, 0, 1, 1).data as unknown as [number, number, number, number];
    return { r, g, b, a: a / 255 };
  };
}

/** `top` painted over `bottom` (source-over), as an opaque colour when `bottom` is opaque. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (t: number, b: number) => (t * top.a + b * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

/** WCAG 2 relative luminance of an sRGB colour (alpha ignored: composite first). */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio between two opaque colours, from 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A ratio as people write it: `3.2:1` (rounded down, so 4.49 never reads as 4.5). */
export function formatRatio(ratio: number): string {
  return `${Math.floor(ratio * 10) / 10}:1`;
}

/** A colour as `rgb(r, g, b)` for messages. */
export function formatColor({ r, g, b, a }: Rgba): string {
  const c = [r, g, b].map((n) => Math.round(n)).join(', ');
  return a < 1 ? `rgba(${c}, ${Math.round(a * 100) / 100})` : `rgb(${c})`;
}
