// @vitest-environment jsdom
// The reader's keyboard (issue 12): T goes through the themes, + and − change the text size within its
// bounds, C and R open and close the panels, ? lists every shortcut in an overlay that Esc closes (and only
// it); no key is taken while typing in a field, with Ctrl/Alt/Meta, or after another handler took it.
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { ReaderApp } from '../../components/ReaderApp.tsx';
import { readerProps } from '../support/reader-props.ts';
import { SHORTCUTS } from '../../components/shortcuts.ts';
import { DEFAULT_SETTINGS, FONT_SIZES } from '../../lib/settings.ts';
import { cleanText } from '../../lib/clean-text.ts';
import { readCorpus } from '../support/fixtures.ts';
import { byTestId, mount } from '../support/mount.ts';
import '../support/jsdom-dialog.ts';

const article = cleanText(readCorpus('002_d90fbac4610048b4'));

function reader(onSettingsChange = vi.fn(), onClose = vi.fn()) {
  const root = mount(<ReaderApp {...readerProps({ kind: 'article', article }, { onSettingsChange, onClose })} />);
  return { root, dialog: root.querySelector('dialog')!, onSettingsChange, onClose };
}

const press = (target: EventTarget, key: string, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true, ...init });
  act(() => void target.dispatchEvent(event));
  return event;
};

describe('keyboard shortcuts', () => {
  it('T goes through the themes: system, light, sepia, dark, and round again', () => {
    const { dialog, onSettingsChange } = reader();
    const themes = ['light', 'sepia', 'dark', 'auto'].map(() => {
      press(dialog, 't');
      return dialog.dataset.theme;
    });
    expect(themes).toEqual(['light', 'sepia', 'dark', 'auto']);
    expect(onSettingsChange).toHaveBeenCalledWith({ theme: 'light' });
  });

  it('+ and − change the text size a step at a time, within its bounds', () => {
    const { dialog } = reader();
    const size = () => dialog.style.getPropertyValue('--reader-font-size');
    press(dialog, '+');
    expect(size()).toBe(`${DEFAULT_SETTINGS.fontSize + 1}px`);
    press(dialog, '-');
    press(dialog, '-');
    expect(size()).toBe(`${DEFAULT_SETTINGS.fontSize - 1}px`);
    for (let i = 0; i < 40; i++) press(dialog, '=');
    expect(size()).toBe(`${FONT_SIZES.max}px`);
  });

  it('C and R open and close the claims and the removed panels', () => {
    const { root, dialog } = reader();
    const pressed = (id: string) => byTestId(root, id)!.getAttribute('aria-pressed');
    press(dialog, 'r');
    expect(pressed('toggle-removed')).toBe('true');
    expect(byTestId(root, 'removed-panel')).not.toBeNull();
    press(dialog, 'c');
    expect(pressed('toggle-claims')).toBe('true');
    expect(pressed('toggle-removed')).toBe('false');
    press(dialog, 'c');
    expect(pressed('toggle-claims')).toBe('false');
  });

  it('? lists every shortcut; Esc closes the list and leaves the reader open', () => {
    const { root, dialog, onClose } = reader();
    press(dialog, '?', { shiftKey: true });
    const help = byTestId(root, 'shortcuts-help')!;
    const listed = Array.from(help.querySelectorAll('[data-testid="shortcut"]')).map((row) => row.textContent);
    expect(listed).toEqual(SHORTCUTS.map((s) => `${s.label}${s.does}`));
    expect(listed).toContain('TNext theme: system, light, sepia, dark');
    // the focus is in the list; Esc there closes it only
    const escape = press(root.ownerDocument.activeElement!, 'Escape');
    expect(escape.defaultPrevented).toBe(true);
    expect(byTestId(root, 'shortcuts-help')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    // and ? again, then its button
    press(dialog, '?');
    act(() => byTestId(root, 'close-shortcuts')!.click());
    expect(byTestId(root, 'shortcuts-help')).toBeNull();
  });

  it('takes no key while typing in a field, with Ctrl, Alt or Meta, or once another handler took it', () => {
    const { root, dialog, onSettingsChange } = reader();
    act(() => byTestId(root, 'display-settings')!.click());
    const select = byTestId(root, 'theme')!;
    press(select, 't');
    press(dialog, 't', { ctrlKey: true });
    press(dialog, 't', { altKey: true });
    press(dialog, 't', { metaKey: true });
    const taken = new KeyboardEvent('keydown', { key: 't', bubbles: true, cancelable: true });
    taken.preventDefault();
    act(() => void dialog.dispatchEvent(taken));
    expect(onSettingsChange).not.toHaveBeenCalled();
    expect(dialog.dataset.theme).toBe('auto');
  });
});
