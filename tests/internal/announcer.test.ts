import { aTimeout, expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { AnnouncerController } from '../../src/internal/announcer.js';

/** A host whose `updateComplete` also waits for slow work, as the kit's elements wait for parts filled later. */
class SlowHost extends LitElement {
  readonly announcer = new AnnouncerController(this);
  /** Resolves the slow work `updateComplete` waits for. */
  finish?: () => void;
  private slow?: Promise<void>;

  hold(): void {
    this.slow = new Promise((resolve) => (this.finish = resolve));
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.slow;
    return done;
  }

  override render() {
    return html`<p role="status">${this.announcer.message}</p>`;
  }
}
customElements.define('test-announcer-host', SlowHost);

/** Every text the live region showed, in order, from now on. */
function record(el: SlowHost): string[] {
  const seen: string[] = [];
  const status = el.shadowRoot!.querySelector('[role="status"]')!;
  new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
  return seen;
}

const shown = (el: SlowHost) => el.shadowRoot!.querySelector('[role="status"]')!.textContent;
/** Waits until the region shows `text` (announcements wait for a frame after the blank). */
const says = (el: SlowHost, text: string) => waitUntil(() => shown(el) === text, `the region never said "${text}"`, { timeout: 1000 });

/** A host whose region says `text` already. */
async function saying(text: string): Promise<SlowHost> {
  const el = await fixture<SlowHost>(fixtureHtml`<test-announcer-host></test-announcer-host>`);
  el.announcer.announce(text);
  await says(el, text);
  return el;
}

describe('AnnouncerController', () => {
  it('blanks the region before saying the same words again, so they are heard again', async () => {
    const el = await saying('Link copied');
    const seen = record(el);
    el.announcer.announce('Link copied');
    await waitUntil(() => seen.length >= 2);
    expect(seen).to.deep.equal(['', 'Link copied']);
  });

  it('keeps the blank on screen for a frame before the words', async () => {
    const el = await saying('Summary copied');
    el.announcer.announce('Summary copied');
    await new Promise(requestAnimationFrame);
    expect(shown(el), 'in the frame after the call').to.equal('');
    await says(el, 'Summary copied');
  });

  it('says the same words again when cleared and asked again at once (a failed copy, twice)', async () => {
    const el = await saying('Copy failed');
    const seen = record(el);
    el.announcer.clear();
    el.announcer.announce('Copy failed');
    await waitUntil(() => seen.length >= 2);
    expect(seen).to.deep.equal(['', 'Copy failed']);
  });

  it('does not wait for the host’s slow work before speaking', async () => {
    const el = await saying('First');
    el.hold(); // updateComplete now waits until finish()
    el.announcer.announce('Second');
    await says(el, 'Second');
    el.finish!();
  });

  it('says only the latest of announcements made in a row, and nothing once cleared', async () => {
    const el = await saying('One');
    const seen = record(el);
    el.announcer.announce('Two');
    el.announcer.announce('Three');
    await says(el, 'Three');
    await aTimeout(100);
    expect(seen).to.deep.equal(['', 'Three']);
    el.announcer.announce('Four');
    el.announcer.clear();
    await aTimeout(100);
    expect(shown(el)).to.equal('');
  });

  it('waits for a pause before speaking when asked, and the last call wins', async () => {
    const el = await fixture<SlowHost>(fixtureHtml`<test-announcer-host></test-announcer-host>`);
    el.announcer.announce('2 answers', 50);
    el.announcer.announce(() => '1 answer', 50);
    await aTimeout(10);
    expect(shown(el)).to.equal('');
    await says(el, '1 answer');
  });
});
