// The `hearsay` command line. Each command is a thin front-end over the library in src/.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { runAnalyze } from './analyze-command.ts';
import { runTrace } from './trace-command.ts';
import { CORRECTION_KINDS, runCorrect, runCorrections } from './correct-command.ts';
import { runClaims, runDemo, runExport, runHead, runIngest, runSearch, runStories, runTraceClaim, runVerify } from './workspace-commands.ts';
import { runServe } from '../server/serve.ts';
import { DEFAULT_ARCHIVE_LIMITS, resolveArchiveLimits, type ArchiveLimits } from '../capture/archive-limits.ts';
import { EXPORT_FORMATS } from '../export/index.ts';
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
    .option('--proxy <url|env>', PROXY_HELP)
    .option('--user-agent <ua>', 'User-Agent header for fetched URLs')
    .option('--max-redirects <n>', 'redirects followed per URL (0: none)', parseCount)
    .option('--limit <name=value>', LIMIT_HELP, parseLimit, {})
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

  program.option('--db <file>', 'workspace: one SQLite file', './hearsay.db');
  const db = () => program.opts().db as string;

  program
    .command('ingest')
    .description('Add coverage to the workspace: files, folders, globs, JSONL, RSS/Atom, WARC/WACZ, URLs; then link stories and claims')
    .argument('<sources...>', 'files, folders, globs, feeds, archives, URLs')
    .option('--allow-private', 'allow fetching URLs on private, loopback and link-local addresses')
    .option('--proxy <url|env>', PROXY_HELP)
    .option('--user-agent <ua>', 'User-Agent header for fetched URLs')
    .option('--max-redirects <n>', 'redirects followed per URL (0: none)', parseCount)
    .option('--limit <name=value>', LIMIT_HELP, parseLimit, {})
    .action(async (sources: string[], opts) => {
      const limits = { ...(opts.maxRedirects !== undefined ? { maxRedirects: opts.maxRedirects } : {}), ...opts.limit };
      status = await runIngest(sources, { db: db(), allowPrivate: opts.allowPrivate, proxy: opts.proxy, userAgent: opts.userAgent, limits });
    });

  program
    .command('stories')
    .description('Stories in the workspace: clusters of articles about one event')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((opts) => {
      status = runStories({ db: db(), format: opts.format });
    });

  program
    .command('claims')
    .description('The claim table: appearances, primary sources, independent sources, drift')
    .option('--story <id>', 'only the claims of this story')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((opts) => {
      status = runClaims({ db: db(), story: opts.story, format: opts.format });
    });

  program
    .command('trace')
    .description('A claim\'s provenance: `trace claim 17` from the workspace, or `trace --input pack.jsonl` for a set of articles without one')
    .argument('[what]', '"claim"')
    .argument('[id]', 'the claim id (from hearsay claims)')
    .option('-i, --input <file>', 'JSONL, one article a line: {"id","text"} with optional "url","outlet","title","published" (- for stdin)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--report <file>', 'with --input: also write the HTML report to this file')
    .option('--corrections <file>', 'with --input: a JSON array of corrections to apply (see `hearsay correct --help`)')
    .option('--no-color', 'plain text even on a terminal')
    .action(async (what: string | undefined, id: string | undefined, opts) => {
      if (opts.input) status = await runTrace(opts);
      else if (what === 'claim' && id) status = runTraceClaim(id, { db: db(), format: opts.format, color: opts.color });
      else throw new CommanderError(2, 'hearsay.usage', 'usage: hearsay trace claim <id>  |  hearsay trace --input pack.jsonl');
    });

  program
    .command('correct')
    .description('Fix what the analysis got wrong: the fix is kept in the workspace, logged, and applied on every link')
    .argument('<kind>', CORRECTION_KINDS.join(' | '))
    .argument('[args...]', 'what it names (see the examples)')
    .option('--confirm', 'copy, citation: the link is right')
    .option('--reject', 'copy, citation: the link is wrong')
    .option('--articles <ids>', 'split-claim: the articles (comma-separated ids) that carry the second claim')
    .option('--kind <kind>', 'speaker: person, organization, outlet, group, place or unknown')
    .option('--anonymous', 'speaker: an unnamed source')
    .option('--by <who>', 'who makes the correction (default: your user name)')
    .option('--note <text>', 'why')
    .addHelpText(
      'after',
      `
Examples:
  hearsay correct merge "Mohammed Alhakim" "Mohamed al-Hakim"     # one person; the first name is kept
  hearsay correct split-entity "Jordan"                           # "Jordan" is not the person it was taken for
  hearsay correct copy 12 7 --reject                              # article 12 does not copy article 7
  hearsay correct citation 5 "Coastline Daily" --confirm          # article 5 does cite Coastline Daily
  hearsay correct speaker 9 "the premier said" "Tomas Vereker" --kind person
  hearsay correct split-claim 17 --articles 4,9                   # claim 17 is two; 4 and 9 carry the second
  hearsay correct withdraw k3
  hearsay corrections                                             # every correction, who made it, when, applied or not`,
    )
    .action((kind: string, args: string[], opts) => {
      status = runCorrect(kind, args, { db: db(), ...opts });
    });

  program
    .command('corrections')
    .description('List the corrections in the workspace: who made each and when, applied, not applied or withdrawn')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((opts) => {
      status = runCorrections({ db: db(), format: opts.format });
    });

  program
    .command('demo')
    .description('Trace the bundled demo story (invented outlets and people) into the workspace and write its HTML report')
    .option('--report <file>', 'where to write the report', 'hearsay-report.html')
    .action(async (opts) => {
      status = await runDemo({ db: db(), report: opts.report });
    });

  program
    .command('export')
    .description('Export the workspace\'s stories and claims')
    .addOption(new Option('-f, --format <format>', 'export format').choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .option('--title <title>', 'report title (html)')
    .action((opts) => {
      status = runExport({ db: db(), format: opts.format, out: opts.out, title: opts.title });
    });

  program
    .command('search')
    .description('Full-text search over the workspace\'s articles')
    .argument('<query>', 'words, "phrases", prefix*, OR')
    .option('-n, --limit <n>', 'most results', parseWhole, 20)
    .action((query: string, opts) => {
      status = runSearch(query, { db: db(), limit: opts.limit });
    });

  program
    .command('verify')
    .description('Re-hash every stored original and check the custody log; name whatever was altered')
    .option('--head <file>', 'a head kept from `hearsay head`: the log must still contain it')
    .option('--signed <file>', 'a signed head from `hearsay head --sign`')
    .option('--public-key <file>', 'the public key (PEM) the signed head must verify with')
    .action((opts) => {
      status = runVerify({ db: db(), head: opts.head, signed: opts.signed, publicKey: opts.publicKey });
    });

  program
    .command('head')
    .description('The custody log\'s head, to keep outside the workspace (optionally signed with your Ed25519 key)')
    .option('--sign', 'sign it with your key (created on first use, kept outside the workspace)')
    .option('--key-dir <dir>', 'where the key is kept')
    .action((opts) => {
      status = runHead({ db: db(), sign: opts.sign, keyDir: opts.keyDir });
    });

  program
    .command('serve')
    .description('Serve the workspace as a JSON API and a small web page (127.0.0.1 by default; any other host needs a token)')
    .option('--port <n>', 'port (0: any free port)', '8787')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--token <token>', 'bearer token the API requires (generated and printed when the host is not loopback)')
    .option('--allow-private', 'let POST /api/ingest fetch URLs on private, loopback and link-local addresses')
    .action(async (opts) => {
      status = await runServe({ db: db(), port: opts.port, host: opts.host, token: opts.token, allowPrivate: opts.allowPrivate });
    });

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    throw err;
  }
  return status;
}

const PROXY_HELP = 'fetch URLs through this HTTP proxy, http://[user:pass@]host:port, or "env" for HTTPS_PROXY / HTTP_PROXY / NO_PROXY (the proxy itself may be on a private address; the URLs fetched still may not)';
const LIMIT_HELP = `set a size, count or time limit by name, repeatable (--limit maxFileBytes=1000000); names: ${Object.keys(DEFAULT_ARCHIVE_LIMITS).join(', ')}`;

/** --limit name=value, repeatable: each name checked against the capture and archive limits. */
function parseLimit(value: string, previous: Partial<ArchiveLimits>): Partial<ArchiveLimits> {
  const m = /^\s*([A-Za-z]+)\s*=\s*(\S+)\s*$/.exec(value);
  if (!m) throw new InvalidArgumentError(`expected name=value, like maxFileBytes=1000000`);
  const [, name, text] = m as unknown as [string, string, string];
  if (!Object.hasOwn(DEFAULT_ARCHIVE_LIMITS, name)) throw new InvalidArgumentError(`unknown limit \`${name}\`; known limits: ${Object.keys(DEFAULT_ARCHIVE_LIMITS).join(', ')}`);
  if (!/^\d+$/.test(text)) throw new InvalidArgumentError(`limit \`${name}\` must be a non-negative whole number, got ${text}`);
  const next = { ...previous, [name]: Number(text) };
  try {
    resolveArchiveLimits(next);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
  return next;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`not a whole number: ${value}`);
  return Number(value);
}

function parseWhole(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new CommanderError(2, 'hearsay.badNumber', `not a positive whole number: ${value}`);
  return n;
}
