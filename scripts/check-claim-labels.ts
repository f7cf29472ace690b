// Checks label files (docs/claims-labelling.md) against their pages' blocks: each claim's text must be found
// verbatim in its block, and each field be well formed.
//   npx tsx scripts/check-claim-labels.ts test/claims/<set>/<id>.json …
// (the blocks: npx tsx scripts/claims-page-blocks.ts <id>). Prints each problem; exits 1 if there is one.
import { readFileSync } from 'node:fs';
import { articleFor } from './claims-sets.ts';
const TYPES = new Set(['quantity', 'event', 'quote', 'prediction', 'causal', 'legal']);
const SOURCING = new Set(['named', 'vague', 'none']);
let bad = 0;
for (const file of process.argv.slice(2)) {
  const gold = JSON.parse(readFileSync(file, 'utf8'));
  const article = articleFor(gold.article);
  gold.claims.forEach((c: any, i: number) => {
    const problems: string[] = [];
    const block = article.blocks[c.block];
    if (!block) problems.push(`no block ${c.block}`);
    else if (!block.text.includes(c.text)) problems.push(`text not found verbatim in block ${c.block}`);
    if (!TYPES.has(c.type)) problems.push(`type ${c.type}`);
    if (!SOURCING.has(c.sourcing)) problems.push(`sourcing ${c.sourcing}`);
    if (!Array.isArray(c.numbers) || !Array.isArray(c.assets)) problems.push('numbers/assets must be arrays');
    if (typeof c.key !== 'boolean') problems.push('key must be true/false');
    if (c.speaker !== null && typeof c.speaker !== 'string') problems.push('speaker must be string or null');
    if (problems.length) { bad++; console.log(`${file} claim ${i}: ${problems.join('; ')} — ${String(c.text).slice(0, 80)}`); }
  });
  console.log(`${file}: ${gold.claims.length} claims checked`);
}
process.exit(bad ? 1 : 0);
