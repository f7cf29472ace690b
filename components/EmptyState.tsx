// What the reader says when it has no article to show: why, in words, and a way back to the page as it is.
import type { UnreadableReason } from '../lib/types.ts';
import type { ReaderContent } from './ReaderApp.tsx';

const REASONS: Record<UnreadableReason, { title: string; detail: string }> = {
  'sign-in': { title: 'This page asks you to sign in', detail: 'There is no article to read here until you sign in on the page itself.' },
  'images-only': { title: 'This page is mostly pictures', detail: 'Crypto Reader found images but almost no text to read.' },
  'too-short': { title: 'There is too little text here for a reader view', detail: 'Crypto Reader found only a few words, not an article.' },
  'no-text': { title: 'There is no article on this page', detail: 'Crypto Reader found no text to read here.' },
};

interface Props {
  content: ReaderContent;
  onShowPage(): void;
  onShowAnyway(): void;
}

export function EmptyState({ content, onShowPage, onShowAnyway }: Props) {
  const reason = content.kind === 'article' ? REASONS[content.article.unreadableReason ?? 'no-text'] : null;
  const found = content.kind === 'article' ? content.article.blocks.length : 0;
  return (
    <section class="empty-state" role="alert" data-testid="empty-state">
      <h1>{reason ? reason.title : 'Crypto Reader could not read this page'}</h1>
      <p>{reason ? reason.detail : `The page could not be read: ${content.kind === 'error' ? content.message : 'unknown error'}.`}</p>
      <p class="actions">
        <button type="button" class="primary" data-testid="show-page" onClick={onShowPage}>
          Show the page as it is
        </button>
        {found > 0 && (
          <button type="button" data-testid="show-anyway" onClick={onShowAnyway}>
            Show what was found
          </button>
        )}
      </p>
    </section>
  );
}
