// Options: every highlight and note kept, by article (the one changed last first), each with Delete, and
// "Delete all of this article". An article's title links to it (an http(s) address only).
import { useState } from 'preact/hooks';
import type { HighlightStore } from '../lib/highlights.ts';

interface Props {
  initial: HighlightStore;
  /** Delete one highlight of the article kept under `address` (all of them when `id` is absent); resolves to the store after. */
  onDelete(address: number, id?: string): Promise<HighlightStore>;
}

export function HighlightsList({ initial, onDelete }: Props) {
  const [store, setStore] = useState(initial);
  const [problem, setProblem] = useState('');
  const articles = [...store.articles].sort((a, b) => b.changed - a.changed);

  const remove = async (address: number, id?: string) => {
    try {
      setStore(await onDelete(address, id));
      setProblem('');
    } catch (error) {
      setProblem(`Could not delete: ${(error as Error).message}`);
    }
  };

  return (
    <fieldset data-testid="highlights-list">
      <legend>Highlights and notes</legend>
      <p class="hint">What you highlighted in the reader, kept in this browser for each article, and in its exports.</p>
      {articles.length === 0 ? (
        <p data-testid="highlights-none">No highlights yet: select words in the reader and choose Highlight.</p>
      ) : (
        articles.map((article) => (
          <section class="highlighted-article" data-testid="highlighted-article">
            <h2>
              {/^https?:\/\//i.test(article.url) ? (
                <a href={article.url} target="_blank" rel="noopener noreferrer">
                  {article.title || article.url}
                </a>
              ) : (
                article.title || article.url
              )}{' '}
              <span class="count">{article.highlights.length}</span>
            </h2>
            <ul>
              {article.highlights.map((h) => (
                <li data-testid="kept-highlight">
                  <q dir="auto">{h.text}</q>
                  {h.note && (
                    <p class="note" dir="auto">
                      {h.note}
                    </p>
                  )}
                  <button type="button" class="small" onClick={() => void remove(article.address, h.id)}>
                    Delete
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" class="small" onClick={() => void remove(article.address)}>
              Delete all of this article
            </button>
          </section>
        ))
      )}
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
