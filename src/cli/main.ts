// The `hearsay` command line. Each command is a thin front-end over the library in src/.
import { Command, CommanderError, Option } from 'commander';
import { runAnalyze } from './analyze-command.ts';
import { runTrace } from './trace-command.ts';
import { VERSION } from '../version.ts';

export async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('hearsay')
    .description('Trace every claim in the news back to who said it first.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  let status = 0;
  program
    .command('analyze')
    .description('Find who said what in articles: attributions, sources, cues, hedges, cited outlets, unattributed claims')
    .argument('[inputs...]', 'files (.html, .txt, .jsonl), URLs, or - for stdin (the default)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'jsonl']).default('text'))
    .option('--include-text', 'include the article text in JSON output (always included for HTML input)')
    .option('--allow-private', 'allow fetching URLs on private, loopback and link-local addresses')
    .option('--max-bytes <n>', 'largest input file, stdin or download, in bytes', parseWhole)
    .option('--timeout <ms>', 'time limit for fetching a URL, in milliseconds', parseWhole)
    .option('--no-color', 'plain text even on a terminal')
    .addHelpText(
      'after',
      `
Examples:
  hearsay analyze article.html
  hearsay analyze --format json https://example.org/story
  hearsay analyze --format jsonl < articles.jsonl > analyses.jsonl   # lines {"id","text"} or {"id","html"}`,
    )
    .action(async (inputs: string[], opts) => {
      status = await runAnalyze(inputs, opts);
    });

  program
    .command('trace')
    .description('Trace each claim in a set of articles to its primary sources: copies, stories, citations, independent sources, drift')
    .requiredOption('-i, --input <file>', 'JSONL, one article a line: {"id","text"} with optional "url","outlet","title","published" (- for stdin)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--no-color', 'plain text even on a terminal')
    .action(async (opts) => {
      status = await runTrace(opts);
    });

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    throw err;
  }
  return status;
}

function parseWhole(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new CommanderError(2, 'hearsay.badNumber', `not a positive whole number: ${value}`);
  return n;
}
