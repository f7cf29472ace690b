// Mounting a component in a component test (jsdom): into a fresh container in the document, unmounted and
// removed after each test of the file that imports this.
import { afterEach } from 'vitest';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

let container: HTMLElement | null = null;

/** Render `view` into a container of its own in the document; returns the container. */
export function mount(view: ComponentChild): HTMLElement {
  container = document.createElement('div');
  document.body.appendChild(container);
  act(() => render(view, container!));
  return container;
}

afterEach(() => {
  // inside act: the effects' cleanups run now, not on a timer that may fire after the test file is done
  if (container) act(() => render(null, container!));
  container?.remove();
  container = null;
});

export const byTestId = (root: ParentNode, id: string) => root.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;
