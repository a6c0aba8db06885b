// The --help texts.
import { DEFAULT_MAX_SIZE } from './args';
import { MARKDOWN_EXTENSIONS } from './files';

export const CHECK_USAGE = `Usage: claimcheck [options] PATH...

Checks the numbers in Markdown drafts about AI-industry money: percent changes,
percentage points, shares, growth rates, table totals, and figures against a
bundled, sourced dataset.

PATH is a Markdown file (${MARKDOWN_EXTENSIONS.join(' ')}), a folder (searched
recursively, skipping node_modules and .git) or a glob ("docs/**/*.md").

Options:
  -f, --format text|json|sarif   output format (default: text)
      --dataset FILE             add a dataset file (JSON); repeatable; its facts
                                 add to or override the bundled ones by id
      --rule ID=LEVEL            set a rule to off, info, warning or error;
                                 repeatable (e.g. --rule cagr=off)
      --max-size BYTES           skip files larger than this (default ${DEFAULT_MAX_SIZE}; 5MB, 500k)
      --config FILE              use this project file for every PATH (default:
                                 the nearest .claimcheck.jsonc or .claimcheck.json
                                 above each file)
      --no-config                ignore project files
      --date YYYY-MM-DD          read every file as of this date: "now", "this
                                 year", "last quarter" (default: the project
                                 file's documentDate, else each file's front
                                 matter date: or dateline)
      --no-exit-code             exit 0 even when there are warnings or errors
      --color, --no-color        force colour on or off (default: on a terminal,
                                 unless NO_COLOR is set)
      --follow-symlinks          follow symbolic links that lead out of the folder
                                 given (default: such links are skipped, with a note)
  -h, --help                     show this help
  -v, --version                  show the version

Commands:
  claimcheck dataset list [--entity NAME] [--format json] [--dataset FILE]...
  claimcheck dataset stats [--format json] [--dataset FILE]...
            facts by entity, source tier and kind, and the newest source date
  claimcheck dataset check [FILE...]   (no FILE: the bundled dataset)
  claimcheck report FILE [--format md|html]   a fact-check sheet of every figure
  claimcheck lsp --stdio               the language server, for editors

Exit codes: 0 no warning or error, 1 warnings or errors found (or a
            dataset or project file has problems), 2 usage error or a path that
            could not be read.
`;

export const DATASET_USAGE = `Usage:
  claimcheck dataset list [--entity NAME] [--format text|json] [--dataset FILE]...
      Lists the facts: id, entity, metric, period, figure as reported, source
      and date, then the number of facts per entity. --entity accepts a name or
      an alias ("Google" finds Alphabet) and also lists the entity's products.
  claimcheck dataset check [FILE...]
      Validates dataset files against the schema and prints every problem as
      file:line:col error entry field message. Exit 1 when there is any.
      With no FILE, checks the bundled dataset.
`;
