// A download's file name from the article's title: "The Year Trump Embraced Crypto" →
// "the-year-trump-embraced-crypto.md". Safe on every file system.

const MAX_LENGTH = 80;

export function exportFileName(title: string, extension: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, '');
  return `${slug || 'article'}.${extension}`;
}
