// Before the kit loads: an older copy of the kit defined <clinic-faq>, and an
// unrelated library took <clinic-contact>.
class OldFaq extends HTMLElement {
  static version = '0.0.9';
  connectedCallback() {
    this.textContent = 'old faq';
  }
}
customElements.define('clinic-faq', OldFaq);
customElements.define('clinic-contact', class extends HTMLElement {});
