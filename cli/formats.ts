// The command's output formats, as its arguments are checked: a module that loads nothing, so that
// `--help` and a wrong argument answer at once, before the pipeline is loaded (cli/main.ts imports it
// only to clean). test/cli.test.ts keeps this list the export formats' (lib/export/index.ts) and EPUB.
export const CLI_FORMATS = ['json', 'md', 'txt', 'html', 'epub'] as const;
export type CliFormat = (typeof CLI_FORMATS)[number];
