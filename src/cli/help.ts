/** What `go-no-go --help` prints, and the short form shown after a usage error. */
import { DEFAULT_CHECKLIST_PATH } from '../constants.js'

export const USAGE_SYNOPSIS = `Usage:
  go-no-go [run] [options]        run every gate of the checklist and print the verdict
  go-no-go init [--preset rust|node|python|go] [--force]
                                  write a starter ${DEFAULT_CHECKLIST_PATH} for this project
  go-no-go import CHECKLIST.md    print a Markdown checklist as go-no-go YAML
  go-no-go schema                 print the JSON Schema of the checklist format
  go-no-go merge REPORT...        merge the JSON reports of shards into one verdict (merge --help)`

export const HELP = `go-no-go: reads a deployment checklist, runs every gate a machine can run, and decides
GO / CONDITIONAL GO / NO-GO.

${USAGE_SYNOPSIS}

Options for run:
  -c, --checklist PATH   the checklist, YAML or Markdown (.md); default ${DEFAULT_CHECKLIST_PATH}
  -C, --cwd DIR          the project: gates run there and paths resolve there (default: .)
  -f, --format FORMAT    terminal (default), markdown or json; the report goes to stdout
  -j, --concurrency N    gates run at once (default: one per CPU)
      --fail-on WHEN     exit 1 on no-go (default), conditional-go, or never
      --gates-only       before pushing: sign-offs are listed but do not block, so a clean
                         tree can be GO here; the pull request still needs them
      --allow-empty      a checklist with nothing blocking or warning is GO, not NO-GO
  -q, --quiet            no progress on stderr, only the report
      --previous-report FILE
                         a JSON report of an earlier run (-f json; a path in the project
                         like --checklist): gates it shows took longest start first
                         (default: what each gate took in the last run here)
  -h, --help             show this help
  -V, --version          print the version

Options for init:
  -C, --cwd DIR          the project to look at (default: .)
  -c, --checklist PATH   where to write it (default: ${DEFAULT_CHECKLIST_PATH})
      --preset NAME      rust, node, python or go, when several or none are detected
      --force            overwrite an existing checklist

Examples:
  go-no-go init                              start a checklist for this project
  go-no-go                                   run ${DEFAULT_CHECKLIST_PATH} here
  go-no-go --gates-only --quiet              a pre-push check: GO when every gate passes
  go-no-go -c DEPLOYMENT.md                  run the Markdown checklist you already keep
  go-no-go -f json | jq -r .decision         the decision, for scripts
  go-no-go import DEPLOYMENT.md > ${DEFAULT_CHECKLIST_PATH}

Exit codes: 0 GO (and CONDITIONAL GO, unless --fail-on conditional-go), 1 NO-GO,
2 a bad checklist or bad arguments, 130 interrupted.
Progress goes to stderr, live on a terminal and as plain lines otherwise. Colour only on a
terminal; NO_COLOR=1 turns it off, FORCE_COLOR=1 forces it on (FORCE_COLOR=0 off).`
