/**
 * Splitting the kit's work into short tasks, so that a page never waits on
 * one long one (see README "Architecture"): each element's first render in
 * a task of its own, one element after another with a frame between them
 * (which styles and lays out the one just rendered: one frame for all of
 * them would be the long task), and what no reader sees at first (closed
 * source lists, the FAQ's closed answers: src/internal/later.ts) in idle
 * time after the first paint. On the server (`isServer`) and under a
 * render-blocking script tag nothing is split.
 */
import { isServer } from 'lit';
import { pageState } from './settings.js';

/** The page's queue of first renders (kept with the page-wide state). */
interface FirstRenders {
  /** Not split: on the server, or under a render-blocking script. */
  atOnce: boolean;
  /** The last element's turn. */
  turn: Promise<unknown>;
  /** The frame after the last first render, until it has come. */
  frame?: Promise<unknown>;
}
const queue = () => pageState('first-renders', (): FirstRenders => ({ atOnce: isServer, turn: Promise.resolve() }));

/** First renders are not split: the kit's script is render-blocking (`blocking="render"`), so the page is meant to paint with every element. */
export const renderAtOnce = () => void (queue().atOnce = true);

/** Whether nothing is split or left for later on this page (on the server, or under a render-blocking script). */
export const rendersAtOnce = (): boolean => queue().atOnce;

/** Resolves in a new task (a message: not clamped like setTimeout). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

/** Resolves just before the next frame's style and layout (or after 100 ms where there are no frames: a hidden page). */
export const beforeFrame = (): Promise<unknown> => Promise.race([new Promise(requestAnimationFrame), new Promise((resolve) => setTimeout(resolve, 100))]);

/** Resolves in a task after the next frame (or after 100 ms where there are no frames). */
export const afterFrame = () => beforeFrame().then(nextTask);

/**
 * Runs an element's first `render` in its turn: in a task of its own, after
 * the frame that follows the previous element's first render. Until then
 * its shadow root shows its light DOM (the author's fallback), never a
 * blank box: a slot, added before any frame could show the empty root.
 */
export function firstRender(root: HTMLElement | DocumentFragment, render: () => void | Promise<unknown>): void | Promise<unknown> {
  const q = queue();
  if (q.atOnce) return render();
  if (!root.firstChild) root.append(document.createElement('slot'));
  const mine = q.turn
    .then(() => q.frame ?? nextTask())
    .then(() => {
      if (root.firstChild?.nodeName === 'SLOT') root.firstChild.remove(); // that slot (no element renders a slot first)
      const done = render();
      const next: Promise<unknown> = (q.frame = afterFrame().then(() => q.frame === next && (q.frame = undefined)));
      return done;
    });
  q.turn = mine.catch(() => undefined);
  return mine;
}

/** Resolves when the browser is idle (within 1 s at the latest) with the milliseconds it has to spare; WebKit has no `requestIdleCallback`: a new task and 0. */
export function idle(): Promise<number> {
  return new Promise((resolve) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback((d) => resolve(d.timeRemaining()), { timeout: 1000 }) : setTimeout(() => resolve(0)),
  );
}
