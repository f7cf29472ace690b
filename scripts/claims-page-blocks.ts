// Prints the numbered blocks of a labelled set's article, as labellers read them (docs/claims-labelling.md):
//   npx tsx scripts/claims-page-blocks.ts <article id>     e.g. aeb--f8ff621a0b9b7646, crypto--coindesk.com
// Only the article's text: never the program's claims, so labels stay independent of the code.
import { articleFor } from './claims-sets.ts';

const id = process.argv[2];
if (!id) {
  console.error('usage: npx tsx scripts/claims-page-blocks.ts <article id>');
  process.exit(2);
}
const article = articleFor(id);
console.log(`# ${article.title}\n# ${article.url ?? ''}  lang=${article.lang ?? '?'}\n`);
article.blocks.forEach((block, i) => console.log(`[${i}] (${block.type}) ${block.text}\n`));
