// Text adapter: a plain-text dump of a page → Block[]. Two layouts occur: paragraphs separated by blank
// lines, and one paragraph per line. Inside a blank-line separated group, lines are joined only when the
// group is hard-wrapped prose; otherwise every line is its own block (the template's chrome — "0",
// "Share", "copy" — sits on consecutive lines).
import type { Block } from '../types.ts';
import { collapseWhitespace } from '../text.ts';
import { classifyLine, LIST_MARKER } from './classify.ts';
import { textFeatures, type BlockFeatures } from './features.ts';

/** Features are read once all lines are blocks (lib/blocks/features.ts); until then, none. */
const NO_FEATURES: BlockFeatures = { markup: false, linkShare: 0, awayLinkShare: 0, sponsoredLinks: 0, tagPath: '', attributeTokens: [] };

export type TextLayout = 'blank-line-separated' | 'line-per-paragraph';

export interface TextBlocks {
  blocks: Block[];
  layout: TextLayout;
}

/** Lines wrapped at a fixed width are between these lengths, except the last of a paragraph. */
const WRAP_MIN = 40;
const WRAP_MAX = 100;

export function blocksFromText(text: string): TextBlocks {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const groups = groupByBlankLines(lines);
  // Most lines stand alone between blank lines in one layout, and share a group with others in the other.
  const lineCount = groups.reduce((n, g) => n + g.lines.length, 0);
  const linesInGroups = groups.reduce((n, g) => n + (g.lines.length > 1 ? g.lines.length : 0), 0);
  const layout: TextLayout = linesInGroups * 2 > lineCount ? 'line-per-paragraph' : 'blank-line-separated';

  const blocks: Block[] = [];
  for (const group of groups) {
    for (const { text: raw, line } of splitGroup(group)) {
      const { type, text } = classifyLine(collapseWhitespace(raw));
      if (!text) continue;
      const block: Block = { index: blocks.length, type, text, line, areaEnd: 0, features: NO_FEATURES };
      if (type === 'heading') block.level = blocks.length === 0 ? 1 : 2;
      blocks.push(block);
    }
  }
  const features = textFeatures(blocks);
  for (const block of blocks) {
    block.areaEnd = blocks.length - 1;
    block.features = features[block.index];
  }
  return { blocks, layout };
}

interface Group {
  firstLine: number;
  lines: string[];
}

function groupByBlankLines(lines: string[]): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      current = null;
      return;
    }
    if (!current) {
      current = { firstLine: i + 1, lines: [] };
      groups.push(current);
    }
    current.lines.push(line);
  });
  return groups;
}

/** A group is hard-wrapped prose when every line but the last has the length of a wrapped line. */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  return lines.every((line, i) => {
    const length = line.trim().length;
    if (i > 0 && LIST_MARKER.test(line.trim())) return false;
    return length <= WRAP_MAX && (i === lines.length - 1 || length >= WRAP_MIN);
  });
}

function splitGroup(group: Group): { text: string; line: number }[] {
  if (isHardWrapped(group.lines)) return [{ text: group.lines.join(' '), line: group.firstLine }];
  return group.lines.map((text, i) => ({ text, line: group.firstLine + i }));
}
