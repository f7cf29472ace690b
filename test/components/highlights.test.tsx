// @vitest-environment jsdom
// Highlights and notes in the reader (issue 12), on a real corpus article: words selected in a paragraph
// are highlighted with H or from the bar over the selection (a selection over two paragraphs gives one a
// paragraph); a note is typed in the Highlights panel; a highlight is deleted; highlights kept from before
// are marked again, one whose words are gone listed as such; the export carries them; the options page
// lists every article's highlights and deletes them.
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { ReaderApp } from '../../components/ReaderApp.tsx';
import { readerProps } from '../support/reader-props.ts';
import { HighlightsList } from '../../components/HighlightsList.tsx';
import { cleanText } from '../../lib/clean-text.ts';
import { EMPTY_HIGHLIGHT_STORE, makeHighlight, withArticleHighlights, type Highlight, type HighlightStore } from '../../lib/highlights.ts';
import { readCorpus } from '../support/fixtures.ts';
import { byTestId, mount } from '../support/mount.ts';
import '../support/jsdom-dialog.ts';

const article = cleanText(readCorpus('002_d90fbac4610048b4'));
const texts = article.blocks.map((b) => b.text);
const paragraphs = article.blocks.flatMap((b, i) => (b.type === 'paragraph' && b.text.split(' ').length >= 12 ? [i] : []));
const [first, second] = paragraphs;

function reader(props: { initialHighlights?: Highlight[]; onHighlights?: (h: Highlight[]) => void; onDownload?: (name: string, content: string, mime: string) => Promise<unknown> } = {}) {
  const onHighlights = props.onHighlights ?? vi.fn();
  const root = mount(<ReaderApp {...readerProps({ kind: 'article', article }, { ...props, onHighlights })} />);
  return { root, dialog: root.querySelector('dialog')!, onHighlights };
}

/** The text node and offset in it `at` characters into the rendered block (its text may be split by marks). */
function pointAt(root: ParentNode, block: number, at: number): [Text, number] {
  const element = root.querySelector(`[data-block="${block}"]`)!;
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let left = at;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (left <= node.length) return [node, left];
    left -= node.length;
  }
  throw new Error(`block ${block} has fewer than ${at} characters`);
}

/** Select, as a person would with the mouse, from `from` characters into one block to `to` characters into another. */
function select(root: ParentNode, start: { block: number; at: number }, end: { block: number; at: number }): void {
  const range = document.createRange();
  range.setStart(...pointAt(root, start.block, start.at));
  range.setEnd(...pointAt(root, end.block, end.at));
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  act(() => void root.querySelector('.layout')!.dispatchEvent(new Event('pointerup', { bubbles: true })));
}

const press = (target: EventTarget, key: string) => act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true })));
const marks = (root: ParentNode) =>
  Array.from(root.querySelectorAll('mark.user-highlight')).reduce<Record<string, string>>((all, m) => {
    const id = m.getAttribute('data-highlight')!;
    all[id] = (all[id] ?? '') + m.textContent;
    return all;
  }, {});

describe('highlighting in the reader', () => {
  it('H highlights the selected words: marked in the text, kept, counted on the toolbar', () => {
    const { root, dialog, onHighlights } = reader();
    select(root, { block: first, at: 0 }, { block: first, at: 20 });
    expect(byTestId(root, 'selection-bar')).not.toBeNull();
    press(dialog, 'h');
    const words = texts[first].slice(0, 20).trim();
    expect(Object.values(marks(root))).toEqual([words]);
    expect(onHighlights).toHaveBeenLastCalledWith([expect.objectContaining({ block: first, start: 0, text: words, note: '' })]);
    expect(byTestId(root, 'toggle-highlights')!.textContent).toContain('1');
    expect(byTestId(root, 'selection-bar')).toBeNull();
  });

  it('a selection over two paragraphs gives one highlight a paragraph; the same words are not highlighted twice', () => {
    const { root, dialog, onHighlights } = reader();
    select(root, { block: first, at: 10 }, { block: second, at: 15 });
    press(dialog, 'h');
    const made = (onHighlights as ReturnType<typeof vi.fn>).mock.lastCall![0] as Highlight[];
    expect(made[0]).toMatchObject({ block: first, text: texts[first].slice(10).trim() });
    expect(made.at(-1)).toMatchObject({ block: second, text: texts[second].slice(0, 15).trim() });
    // whole blocks between the two, headings left out
    const between = article.blocks.flatMap((b, i) => (i > first && i < second && b.type !== 'heading' ? [i] : []));
    expect(made.slice(1, -1).map((h) => [h.block, h.text])).toEqual(between.map((i) => [i, texts[i]]));
    select(root, { block: first, at: 12 }, { block: first, at: 30 });
    press(dialog, 'h');
    expect(byTestId(root, 'status')!.textContent).toBe('Those words are highlighted already.');
    expect((onHighlights as ReturnType<typeof vi.fn>).mock.calls).toHaveLength(1);
  });

  it('Add note highlights, opens the panel with the note field focused; typing keeps the note; Delete removes it', () => {
    const { root, onHighlights } = reader();
    select(root, { block: second, at: 0 }, { block: second, at: 25 });
    act(() => byTestId(root, 'highlight-with-note')!.click());
    const panel = byTestId(root, 'highlights-panel')!;
    const note = byTestId(panel, 'highlight-note') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(note);
    note.value = 'Source?';
    act(() => void note.dispatchEvent(new Event('input', { bubbles: true })));
    expect(onHighlights).toHaveBeenLastCalledWith([expect.objectContaining({ note: 'Source?' })]);
    expect(root.querySelector('mark.user-highlight')!.getAttribute('title')).toBe('Source?');
    act(() => byTestId(panel, 'delete-highlight')!.click());
    expect(onHighlights).toHaveBeenLastCalledWith([]);
    expect(marks(root)).toEqual({});
    expect(byTestId(root, 'highlights-empty')).not.toBeNull();
  });

  it('highlights kept from before are marked again; one whose words are gone is listed last, saying so; a click on a mark opens it in the panel', () => {
    const kept = { ...makeHighlight(texts, { block: second, start: 0, end: 25 }, 1)!, note: 'kept' };
    const gone = { ...makeHighlight(['Words that were removed from the article since.'], { block: 0, start: 0, end: 20 }, 2)!, id: 'gone' };
    const { root, dialog } = reader({ initialHighlights: [gone, kept] });
    expect(Object.values(marks(root))).toEqual([kept.text]);
    act(() => root.querySelector<HTMLElement>('mark.user-highlight')!.click());
    const items = Array.from(root.querySelectorAll('[data-testid="highlight-item"]'));
    expect(items.map((i) => i.classList.contains('lost'))).toEqual([false, true]);
    expect(items[1].textContent).toContain('No longer in the article');
    expect(document.activeElement).toBe(byTestId(items[0], 'highlight-note'));
    // printed after the article: the note under its words (the lost one has no place to print)
    expect(byTestId(root, 'print-notes')!.textContent).toBe(`Your notes${kept.text}kept`);
    press(dialog, 'n');
    expect(byTestId(root, 'highlights-panel')).toBeNull();
  });

  it('the Markdown export carries the highlights and their notes', async () => {
    const onDownload = vi.fn(async () => undefined);
    const kept = { ...makeHighlight(texts, { block: first, start: 0, end: 20 }, 1)!, note: 'Check it.' };
    const { root } = reader({ initialHighlights: [kept], onDownload });
    const exportMenu = byTestId(root, 'export') as HTMLSelectElement;
    exportMenu.value = 'md';
    await act(async () => void exportMenu.dispatchEvent(new Event('change', { bubbles: true })));
    const markdown = (onDownload.mock.calls[0] as unknown as [string, string])[1];
    expect(markdown).toContain(`==${kept.text}==`);
    expect(markdown).toContain('> **Note:** Check it.');
  });
});

describe('the options page list of highlights', () => {
  const url = 'https://news.example.com/a';
  const h = { ...makeHighlight(texts, { block: first, start: 0, end: 20 }, 1)!, note: 'My note' };
  const store = withArticleHighlights(withArticleHighlights(EMPTY_HIGHLIGHT_STORE, { url, title: article.title }, [h], 5), { url: 'javascript:alert(1)', title: 'Bad' }, [h], 6);

  it('lists each article (the one changed last first) with its highlights and notes; a link only to an http(s) address', () => {
    const root = mount(<HighlightsList initial={store} onDelete={async () => store} />);
    const articles = Array.from(root.querySelectorAll('[data-testid="highlighted-article"]'));
    expect(articles.map((a) => a.querySelector('h2')!.textContent)).toEqual(['Bad 1', `${article.title} 1`]);
    expect(articles[0].querySelector('a')).toBeNull();
    expect(articles[1].querySelector('a')!.getAttribute('href')).toBe(url);
    expect(articles[1].textContent).toContain('My note');
  });

  it('deletes one highlight, and says so when it cannot', async () => {
    const onDelete = vi.fn(async (): Promise<HighlightStore> => EMPTY_HIGHLIGHT_STORE);
    const root = mount(<HighlightsList initial={store} onDelete={onDelete} />);
    act(() => root.querySelector<HTMLButtonElement>('[data-testid="kept-highlight"] button')!.click());
    expect(onDelete).toHaveBeenCalledWith(store.articles[1].address, h.id);
    await vi.waitFor(() => expect(byTestId(root, 'highlights-none')).not.toBeNull());
    const failing = mount(<HighlightsList initial={store} onDelete={async () => Promise.reject(new Error('storage is full'))} />);
    act(() => failing.querySelector<HTMLButtonElement>('[data-testid="kept-highlight"] button')!.click());
    await vi.waitFor(() => expect(failing.querySelector('[role="alert"]')?.textContent).toBe('Could not delete: storage is full'));
  });
});
