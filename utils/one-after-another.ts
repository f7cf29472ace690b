// A queue of changes to one stored item, run one after another: a change reads the item, changes it and
// writes it back, and two running at once would lose one's write. The background is the one writer of
// each shared item (the site memory, highlights, reading positions), so one queue there covers every tab.
export function oneAfterAnother(): <T>(change: () => Promise<T>) => Promise<T> {
  let changes: Promise<unknown> = Promise.resolve();
  return <T>(change: () => Promise<T>): Promise<T> => {
    const run = changes.then(change);
    changes = run.catch(() => undefined);
    return run;
  };
}
