// Tables: a data table (prices, fees, a comparison) is one block that keeps its rows and cells; a table
// used to lay out a page, or a single boxed cell, is read as the text it holds. The heuristics follow
// Readability's _markDataTables, plus one of our own: a cell holding a long passage is layout.
import { visibleText } from './dom.ts';
import { collapseWhitespace, wordCount } from '../text.ts';

/** A cell with more words than this holds prose: the table lays out a page. */
const MAX_WORDS_IN_A_CELL = 80;

export interface TableRows {
  /** Each row's cells, as text. */
  rows: string[][];
  /** How many rows at the top are header rows (all cells <th>, or inside <thead>). */
  headerRows: number;
}

/** Whether a <table> presents data (keep it as a table) rather than laying out the page. */
export function isDataTable(table: Element): boolean {
  const role = (table.getAttribute('role') ?? '').toLowerCase();
  if (role === 'presentation' || role === 'none' || table.getAttribute('datatable') === '0') return false;
  if (table.getElementsByTagName('table').length > 0) return false;
  const { rows, columns, longestCell } = measure(table);
  if (rows === 0 || longestCell > MAX_WORDS_IN_A_CELL) return false;
  if (table.getAttribute('summary') || collapseWhitespace(table.querySelector('caption')?.textContent ?? '')) return true;
  if (table.querySelector('th, thead, tfoot, colgroup, col')) return rows > 1 || columns > 1;
  if (rows === 1 || columns === 1) return false;
  if (rows >= 10 || columns > 4) return true;
  return rows * columns > 10;
}

/** The rows of a table (its own rows, not those of a nested table), cells as whitespace-collapsed text. */
export function tableRows(table: Element): TableRows {
  return tableGrid(table, visibleText);
}

/** Spans larger than these are typos or layout tricks, not data. */
const MAX_COLSPAN = 50;
const MAX_ROWSPAN = 200;

/**
 * A table as a rectangular grid of cells, each read by `read`: a cell spanning columns or rows fills the
 * places it covers with empty cells, so every column lines up. Rows without any text are left out.
 */
export function tableGrid(table: Element, read: (cell: Element) => string): TableRows {
  const rows = ownRows(table);
  const cellsOf = rows.map(cellsOfRow);
  // A span wider than the table's widest row of cells ("colspan=1000" on a footer) spans the table.
  const widest = Math.max(1, ...cellsOf.map((cells) => cells.length));
  const grid: string[][] = rows.map(() => []);
  const headerRow: boolean[] = [];
  rows.forEach((row, r) => {
    const cells = cellsOf[r];
    headerRow[r] = cells.length > 0 && (row.parentElement?.tagName === 'THEAD' || cells.every((c) => c.tagName === 'TH'));
    let column = 0;
    for (const cell of cells) {
      while (grid[r][column] !== undefined) column++;
      const colspan = span(cell, 'colspan', Math.min(MAX_COLSPAN, widest));
      const rowspan = Math.min(span(cell, 'rowspan', MAX_ROWSPAN), rows.length - r);
      const text = read(cell);
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) grid[r + dr][column + dc] = dr === 0 && dc === 0 ? text : '';
      column += colspan;
    }
  });
  const width = Math.max(0, ...grid.map((cells) => cells.length));
  const out: string[][] = [];
  let headerRows = 0;
  grid.forEach((cells, r) => {
    const full = Array.from({ length: width }, (_, c) => cells[c] ?? '');
    if (full.every((t) => t.trim() === '')) return;
    if (headerRow[r] && headerRows === out.length) headerRows++;
    out.push(full);
  });
  return { rows: out, headerRows };
}

function span(cell: Element, attribute: string, max: number): number {
  const value = Number.parseInt(cell.getAttribute(attribute) ?? '1', 10);
  return Number.isFinite(value) && value > 1 ? Math.min(value, max) : 1;
}

/** A table's text on one line: cells joined by " | ", rows by " / ". */
export function tableText({ rows }: TableRows): string {
  return rows.map((cells) => cells.join(' | ')).join(' / ');
}

/** The <tr> elements of this table, in order, whether under <thead>/<tbody>/<tfoot> or directly in it. */
export function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of Array.from(table.children)) {
    if (child.tagName === 'TR') rows.push(child);
    else if (child.tagName === 'THEAD' || child.tagName === 'TBODY' || child.tagName === 'TFOOT') {
      for (const row of Array.from(child.children)) if (row.tagName === 'TR') rows.push(row);
    }
  }
  return rows;
}

function cellsOfRow(row: Element): Element[] {
  return Array.from(row.children).filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH');
}

function measure(table: Element): { rows: number; columns: number; longestCell: number } {
  let rows = 0;
  let columns = 0;
  let longestCell = 0;
  for (const row of ownRows(table)) {
    rows++;
    let width = 0;
    for (const cell of cellsOfRow(row)) {
      width += span(cell, 'colspan', MAX_COLSPAN);
      longestCell = Math.max(longestCell, wordCount(cell.textContent ?? '', MAX_WORDS_IN_A_CELL + 1));
    }
    columns = Math.max(columns, width);
  }
  return { rows, columns, longestCell };
}
