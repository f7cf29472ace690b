// @vitest-environment jsdom
// What a person sees of the site memory (issue 13): learned blocks in the Removed panel, shown in place on
// request, which tells the memory to keep them; and the options page's list of sites with "forget".
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { ReaderApp } from '../../components/ReaderApp.tsx';
import { readerProps } from '../support/reader-props.ts';
import { LearnedSites } from '../../components/LearnedSites.tsx';
import { extractPage } from '../../lib/extract-page.ts';
import { blockFingerprint } from '../../lib/template-blocks.ts';
import { removeLearnedBlocks } from '../../lib/learned-blocks.ts';
import type { SiteIndex } from '../../lib/site-memory.ts';
import { parseHtml } from '../../cli/parse-html.ts';
import { TEASER_HEADING, TEASER_TEXT, teaserPage } from '../support/teaser-pages.ts';

import { byTestId, mount } from '../support/mount.ts';
import '../support/jsdom-dialog.ts';


describe('learned blocks in the reader', () => {
  const page = extractPage(parseHtml(teaserPage(2)), { url: 'https://news.example.com/markets/story-2' });
  const article = removeLearnedBlocks(page, new Set([blockFingerprint(TEASER_HEADING), blockFingerprint(TEASER_TEXT)]));

  it('are listed under "Learned on this site"; shown in place, the memory is told to keep the block, hidden again, to remove it again', () => {
    const onKeepLearned = vi.fn();
    const root = mount(
      <ReaderApp {...readerProps({ kind: 'article', article }, { onKeepLearned })} />,
    );
    expect(byTestId(root, 'reader-body')!.textContent).not.toContain(TEASER_TEXT);
    act(() => byTestId(root, 'toggle-removed')!.click());
    const group = byTestId(root, 'removed-learned')!;
    expect(group.querySelector('summary')!.textContent).toBe('Learned on this site 2');
    expect(byTestId(group, 'learned-note')!.textContent).toContain('Show one in place to keep it on this site');

    const item = Array.from(group.querySelectorAll('li')).find((li) => li.textContent!.startsWith('Editorial independence'))!;
    act(() => item.querySelector('button')!.click());
    expect(byTestId(root, 'reader-body')!.textContent).toContain(TEASER_TEXT);
    expect(onKeepLearned).toHaveBeenCalledTimes(1);
    expect(onKeepLearned.mock.calls[0][0].text).toBe(TEASER_TEXT);
    expect(onKeepLearned.mock.calls[0][1]).toBe(true);
    expect(byTestId(root, 'status')!.textContent).toBe('Shown again: the reader will keep this block on this site.');

    act(() => item.querySelector('button')!.click());
    expect(onKeepLearned).toHaveBeenLastCalledWith(expect.objectContaining({ text: TEASER_TEXT }), false);
    expect(byTestId(root, 'reader-body')!.textContent).not.toContain(TEASER_TEXT);
  });

  it('in a reader tab (no site memory to tell) the panel does not promise to keep them', () => {
    const root = mount(<ReaderApp {...readerProps({ kind: 'article', article })} />);
    act(() => byTestId(root, 'toggle-removed')!.click());
    expect(byTestId(root, 'learned-note')!.textContent).toBe('Blocks this site repeats on other articles you read here.');
  });

  it('showing a removal of another category tells the memory nothing', () => {
    const onKeepLearned = vi.fn();
    const root = mount(
      <ReaderApp {...readerProps({ kind: 'article', article }, { onKeepLearned })} />,
    );
    act(() => byTestId(root, 'toggle-removed')!.click());
    const related = byTestId(root, 'removed-related')!;
    act(() => (related.querySelector('li button') as HTMLButtonElement).click());
    expect(onKeepLearned).not.toHaveBeenCalled();
  });
});

describe('the options page: learned site templates', () => {
  const index: SiteIndex = {
    'coindesk.com': { lastRead: 2000, fingerprints: 340 },
    'template:corpus-template': { lastRead: 3000, fingerprints: 120 },
  };

  it('lists each site, the most recently read first, with its count of fingerprints', () => {
    const root = mount(<LearnedSites initial={index} onForget={async () => ({})} />);
    const items = Array.from(root.querySelectorAll('[data-testid="learned-site"]'));
    expect(items.map((li) => li.getAttribute('data-site'))).toEqual(['template:corpus-template', 'coindesk.com']);
    expect(items[0].textContent).toContain('corpus-template (one template on several domains)');
    expect(items[1].textContent).toContain('coindesk.com 340 fingerprints');
  });

  it('"Forget this site" forgets that site; "Forget all" every one', async () => {
    const onForget = vi.fn(async (sites: string[] | 'all'): Promise<SiteIndex> => (sites === 'all' ? {} : { 'template:corpus-template': index['template:corpus-template'] }));
    const root = mount(<LearnedSites initial={index} onForget={onForget} />);
    const coindesk = root.querySelector('[data-site="coindesk.com"] button') as HTMLButtonElement;
    await act(async () => coindesk.click());
    expect(onForget).toHaveBeenCalledWith(['coindesk.com']);
    expect(root.querySelectorAll('[data-testid="learned-site"]').length).toBe(1);
    await act(async () => byTestId(root, 'forget-all')!.click());
    expect(onForget).toHaveBeenLastCalledWith('all');
    expect(byTestId(root, 'learned-none')!.textContent).toBe('Nothing learned yet.');
  });

  it('says so when the memory cannot forget', async () => {
    const root = mount(<LearnedSites initial={index} onForget={async () => Promise.reject(new Error('storage is full'))} />);
    await act(async () => byTestId(root, 'forget-all')!.click());
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toBe('Could not forget: storage is full'));
    expect(root.querySelectorAll('[data-testid="learned-site"]').length).toBe(2);
  });
});
