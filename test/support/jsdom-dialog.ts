// jsdom has <dialog> but no top layer and no layout: showModal and close only set its open attribute
// here, scrolling does nothing (both are checked in real Chromium: test/e2e/). Imported by the component tests.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.removeAttribute('open');
};
Element.prototype.scrollIntoView ??= () => undefined;
