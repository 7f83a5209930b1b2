export const id = 665;
export const ids = [665];
export const modules = {

/***/ 4665:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/checklist/defaults.ts
/** A failure means NO-GO unless the checklist says otherwise: fail closed. */
const DEFAULT_SEVERITY = 'blocking';
/** Long enough for a full test suite of a mid-sized project, short enough that a hung gate does not hold a runner for hours. */
const DEFAULT_TIMEOUT_MINUTES = 15;
/** Relative to the workspace: its root. */
const DEFAULT_WORKING_DIRECTORY = '.';
const DEFAULT_MIN_APPROVALS = 1;
/** The author vouching for their own change is not a second pair of eyes. */
const DEFAULT_ALLOW_AUTHOR = false;
const DEFAULT_YAML_TITLE = 'Go/No-Go';
/** A Markdown checklist without a `#` heading. */
const DEFAULT_MARKDOWN_TITLE = 'Deployment checklist';
/** Section of Markdown items above the first heading. */
const DEFAULT_MARKDOWN_SECTION = 'Checklist';
/** Minutes as the runner's milliseconds; at least 1 ms, since a timeout of 0 could read as "no timeout" further down. */
function timeoutMsOf(minutes) {
    return Math.max(1, Math.round(minutes * 60_000));
}
/** The run settings of a command item that sets none of its own (fresh objects: callers may fill them in). */
function commandDefaults() {
    return { timeoutMs: timeoutMsOf(DEFAULT_TIMEOUT_MINUTES), workingDirectory: DEFAULT_WORKING_DIRECTORY, env: {}, needs: [], expect: {} };
}
/** The sign-off rules of a manual item that sets none of its own: one person with write access who is not the author. */
function manualDefaults() {
    return { signedOff: false, approvers: [], minApprovals: DEFAULT_MIN_APPROVALS, allowAuthor: DEFAULT_ALLOW_AUTHOR, paths: [], needs: [] };
}

;// CONCATENATED MODULE: ./src/checklist/limits.ts
/**
 * Every limit the checklist readers apply, with the margin each leaves over real use. The file
 * comes from the pull request, so each reader bounds what it reads and what it says about it; a
 * limit that is reached is reported, never passed over in silence.
 *
 * Sizes are in bytes or characters, depths in levels, counts in things reported.
 */
// ── Sizes ──────────────────────────────────────────────────────────────────────────────────────
/**
 * Largest checklist read, in UTF-8 bytes (YAML and Markdown, from the workspace or from git).
 * Real checklists are 2–12 KB (the three shared team checklists are 9.6–11.5 KB): 1 MiB is ~90×
 * that, while a file this size still parses in well under a second.
 */
const MAX_CHECKLIST_BYTES = 1024 * 1024;
/** Key names quoted in a message are cut here: real keys are under 20 characters; a hostile one must not fill the summary. */
const MAX_QUOTED_KEY_CHARS = 60;
/** The YAML library's own syntax message is cut here: its first sentence is 30–90 characters. */
const MAX_SYNTAX_MESSAGE_CHARS = 120;
/** A word longer than this gets no "did you mean": every allowed key is at most 19 characters. */
const MAX_TYPO_WORD_CHARS = 40;
/** Ids made from Markdown text are cut here: long enough to stay readable, short enough for a report table. */
const MAX_ID_CHARS = 48;
/** A signature label ("Product Owner", "Approved by") is a letter and at most this many characters more; anything longer is prose that happens to hold a colon. */
const MAX_SIGNATURE_LABEL_CHARS = 60;
/** CommonMark: an ordered list marker has at most 9 digits; `1234567890.` is text. */
const MAX_LIST_NUMBER_DIGITS = 9;
/** A line read as a section tag (`<post-deployment priority="high">`): real ones are under 60 characters. */
const MAX_TAG_LINE_CHARS = 300;
/** A heading or phrase quoted to say where a severity came from is cut here: enough to recognise it. */
const MAX_QUOTED_SOURCE_CHARS = 60;
// ── Depths ─────────────────────────────────────────────────────────────────────────────────────
/**
 * Nested boxes below this depth join the deepest allowed level: real checklists nest 2–3 levels,
 * and a hostile staircase of thousands must not grow the stack or the section titles.
 */
const MAX_BOX_DEPTH = 16;
// ── Counts ─────────────────────────────────────────────────────────────────────────────────────
/** Problems listed for a broken file; more are summarised in one line, so the summary stays readable. */
const MAX_PROBLEMS_SHOWN = 25;
/**
 * Schema errors collected before checking stops: enough to fill the problems shown eight times
 * over; a 1 MiB file of bad items would otherwise yield 60,000 and take seconds.
 */
const MAX_SCHEMA_ERRORS = 200;
/** Lines reported for control characters: one is enough to act on, five show a pattern. */
const MAX_CONTROL_CHARACTER_LINES = 5;
/** Edits a typo may be from a key to get a "did you mean" (and at most half the key's length, so `id` suggests nothing wild). */
const MAX_TYPO_EDITS = 2;
// ── Gates ──────────────────────────────────────────────────────────────────────────────────────
/** Longest gate timeout: a GitHub-hosted job's own limit. It also keeps `.inf` out (timers treat it as 1 ms). */
const MAX_TIMEOUT_MINUTES = 360;

;// CONCATENATED MODULE: ./src/checklist/types.ts
/** The typed checklist every source format (YAML, Markdown) is turned into before anything runs. */
/** How much an item's failure weighs in the decision (not to be confused with an audit finding's severity). */
const ITEM_SEVERITIES = ['blocking', 'warning', 'info'];
/**
 * When an item is done, relative to the decision. Only `pre-deploy` items decide GO / CONDITIONAL
 * GO / NO-GO; `deploy` and `post-deploy` items are listed after it ("After GO"), never block, and
 * their gates are not run. An item that says nothing is `pre-deploy`: fail closed.
 */
const PHASES = ['pre-deploy', 'deploy', 'post-deploy'];
const PARSER_NAMES = [
    'cargo-test',
    'cargo-clippy',
    'cargo-fmt',
    'cargo-audit',
    'npm-audit',
    'node-test',
    'jest',
    'vitest',
    'mocha',
    'npm-test',
    'pytest',
    'ruff',
    'black',
    'mypy',
    'pip-audit',
    'go-test',
    'go-vet',
    'gofmt',
    'govulncheck',
    'exit-code'
];
const AUDIT_SEVERITIES = ['info', 'low', 'moderate', 'medium', 'high', 'critical'];
class ChecklistError extends Error {
    problems;
    constructor(problems) {
        super(problems.map(formatProblem).join('\n'));
        this.problems = problems;
        this.name = 'ChecklistError';
    }
}
function formatProblem(problem) {
    const where = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(':');
    const key = problem.key ? ` (key \`${problem.key}\`)` : '';
    return `${where}${key}: ${problem.message}`;
}
function types_allItems(checklist) {
    return checklist.sections.flatMap((section) => section.items);
}
function phaseOf(item) {
    return item.phase ?? 'pre-deploy';
}
/** Whether the item takes part in the decision: only what must be true before deploying does. */
function isBeforeDeploy(item) {
    return phaseOf(item) === 'pre-deploy';
}

;// CONCATENATED MODULE: ./src/checklist/schema.ts
/**
 * JSON Schema of the checklist format, version 1. `checklists/schema.json` is written from this by
 * `node scripts/write-schema.mjs` (a test fails when the two differ). Editors read the descriptions
 * for completion, so every key carries one.
 */



const ID_PATTERN = '^[a-z0-9][a-z0-9_-]*$';
/** Environment variable names a POSIX shell accepts; anything else would be dropped or break the spawn. */
const ENV_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_]*$';
/** Titles must show something: at least one character that is not white space. */
const NOT_BLANK = '\\S';
const timeoutMinutes = {
    type: 'number',
    exclusiveMinimum: 0,
    maximum: MAX_TIMEOUT_MINUTES,
    description: `Minutes before the gate is stopped and reported as an error (never a pass). Fractions allowed; more than 0, at most ${MAX_TIMEOUT_MINUTES}. Default ${DEFAULT_TIMEOUT_MINUTES}.`
};
const workingDirectory = {
    type: 'string',
    minLength: 1,
    description: `Directory the command runs in, relative to the workspace; it may not lead outside it. Default \`${DEFAULT_WORKING_DIRECTORY}\`.`
};
const ids = (description) => ({ type: 'array', items: { type: 'string', pattern: ID_PATTERN }, uniqueItems: true, description });
const texts = (description) => ({ type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description });
const phase = (description) => ({ enum: [...PHASES], description });
const CHECKLIST_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://raw.githubusercontent.com/go-no-go/go-no-go/main/checklists/schema.json',
    title: 'go-no-go checklist',
    description: 'A deployment checklist (format version 1) that go-no-go runs and decides on: GO / CONDITIONAL GO / NO-GO. Default location: .github/go-no-go.yml.',
    type: 'object',
    additionalProperties: false,
    required: ['version', 'sections'],
    properties: {
        version: { const: 1, description: 'Format version; always 1.' },
        title: { type: 'string', minLength: 1, pattern: NOT_BLANK, description: `Shown at the top of the report. Default "${DEFAULT_YAML_TITLE}".` },
        defaults: {
            type: 'object',
            additionalProperties: false,
            description: 'Applied to every command item that does not set its own.',
            properties: { 'timeout-minutes': timeoutMinutes, 'working-directory': workingDirectory }
        },
        sections: {
            type: 'array',
            items: { $ref: '#/definitions/section' },
            description: 'Groups of items, shown in this order. An empty list is valid; the verdict decides what an empty checklist means.'
        },
        'rollback-if': texts('Conditions to roll back on after deploying ("error rate > 1% for 5 minutes"). Shown once after the decision as a reference; never items, never decide.')
    },
    definitions: {
        section: {
            type: 'object',
            additionalProperties: false,
            required: ['title', 'items'],
            description: 'A titled group of checklist items.',
            properties: {
                title: { type: 'string', minLength: 1, pattern: NOT_BLANK, description: 'Heading of the section in the report.' },
                severity: {
                    enum: [...ITEM_SEVERITIES],
                    description: `Severity of the items of this section that do not set their own. Default ${DEFAULT_SEVERITY}.`
                },
                phase: phase('When the items of this section are done: pre-deploy (default: they decide GO / CONDITIONAL GO / NO-GO), deploy or post-deploy (listed after the decision as "After GO", never blocking, their gates not run). An item may set its own.'),
                'any-of': {
                    type: 'string',
                    pattern: ID_PATTERN,
                    description: 'Alternatives ("Deployment type: pick one"): every item of this section that does not name its own any-of belongs to this group, which passes when any one of them passes.'
                },
                items: {
                    type: 'array',
                    items: {
                        anyOf: [
                            {
                                type: 'string',
                                minLength: 1,
                                pattern: NOT_BLANK,
                                description: 'Shorthand for a manual item: `- Runbook reviewed` is `{ title: Runbook reviewed, manual: true }`, its id made from the title.'
                            },
                            { $ref: '#/definitions/item' }
                        ]
                    },
                    description: 'The checks of this section.'
                }
            }
        },
        item: {
            type: 'object',
            additionalProperties: false,
            required: ['title'],
            description: 'One check. Exactly one of `run` (a command gate), `file` (evidence) or `manual: true` (a person signs off).',
            properties: {
                id: {
                    type: 'string',
                    pattern: ID_PATTERN,
                    description: 'Unique across the checklist: lower-case letters, digits, `-` and `_`, starting with a letter or digit. Default: made from the title, as for a Markdown box ("Verify: npm test passes" → `verify-npm-test-passes`; a repeated title gets `-2`, `-3`).'
                },
                title: { type: 'string', minLength: 1, pattern: NOT_BLANK, description: 'What the check proves, as the report shows it.' },
                run: {
                    type: 'string',
                    minLength: 1,
                    description: "A command gate, run like a GitHub `run:` step: written to a script file and run with `bash --noprofile --norc -eo pipefail <file>` in the working directory, so any failing line fails it. Each known tool's output (cargo, npm, node --test, jest…) is judged by its own parser with its own exit status; otherwise the exit status decides. Commands that would change the code (`cargo fmt` without `--check`, `--fix`, `--write`) are refused."
                },
                file: { type: 'string', minLength: 1, description: 'Evidence: passes when this file (relative to the workspace) exists, is a regular file and is not empty.' },
                manual: { const: true, description: 'A person signs off on the pull request (or `signed-off: true` records it in the file); pending until then.' },
                severity: {
                    enum: [...ITEM_SEVERITIES],
                    description: `${DEFAULT_SEVERITY} (default, or the section's): a failure means NO-GO. warning: a failure means CONDITIONAL GO. info: never changes the decision.`
                },
                phase: phase("When the item is done; default: its section's phase, else pre-deploy. Only pre-deploy items decide; deploy and post-deploy items are listed after the decision and their gates are not run."),
                'any-of': {
                    type: 'string',
                    pattern: ID_PATTERN,
                    description: 'Alternatives: items with the same any-of name pass together when any one of them passes (a group that holds a command or file passes only when one of those does). At least two items, all in the same phase.'
                },
                'timeout-minutes': timeoutMinutes,
                'working-directory': workingDirectory,
                env: {
                    type: 'object',
                    propertyNames: { pattern: ENV_NAME_PATTERN },
                    additionalProperties: { type: ['string', 'number', 'boolean'] },
                    description: 'Extra environment variables for the command; numbers and booleans are turned into text.'
                },
                needs: ids('Ids of items that must pass first; when one does not, this item is not run and counts as an error.'),
                parser: { enum: [...PARSER_NAMES], description: 'How to read the output; detected from `run` when absent. exit-code trusts the exit status alone.' },
                junit: {
                    type: 'string',
                    minLength: 1,
                    description: 'Glob of the JUnit XML files the command writes (pytest --junitxml, gotestsum, cargo nextest, jest-junit, Surefire), relative to working-directory and inside the workspace. Counts, failing tests and locations come from the files this run wrote; none, a stale one or a malformed one is an error.'
                },
                expect: { $ref: '#/definitions/expect' },
                'signed-off': {
                    type: 'boolean',
                    description: 'Manual items: true records a sign-off in the checklist itself, like a ticked Markdown box. Write it on one line (`signed-off: true`): git blame of that line says who signed, and on a pull request a sign-off the pull request added counts only for a person GitHub vouches for who may sign off the item. Not with approvers, min-approvals above 1 or paths, which a line in the file cannot show; sign off on the pull request instead.'
                },
                approvers: texts('Manual items: who may sign off: GitHub logins, or `team:org/slug`. Default: anyone with write access.'),
                'min-approvals': { type: 'integer', minimum: 1, description: `Manual items: sign-offs needed. Default ${DEFAULT_MIN_APPROVALS}.` },
                'allow-author': { type: 'boolean', description: `Manual items: whether the pull request's author may sign off. Default ${DEFAULT_ALLOW_AUTHOR}.` },
                paths: texts('Manual items: globs; a sign-off is invalidated when a later commit changes a matching file.')
            },
            oneOf: [{ required: ['run'] }, { required: ['file'] }, { required: ['manual'] }]
        },
        expect: {
            type: 'object',
            additionalProperties: false,
            description: 'Thresholds for a command gate; each parser reads the ones that apply to it.',
            properties: {
                'pass-rate': { type: 'number', minimum: 0, maximum: 100, description: 'Percent of executed tests that must pass. Default 100.' },
                'max-failures': { type: 'integer', minimum: 0, description: 'Failed tests tolerated.' },
                'min-tests': { type: 'integer', minimum: 0, description: 'Fewest tests that must run. Default 1: zero tests prove nothing.' },
                'max-warnings': { type: 'integer', minimum: 0, description: 'Warnings tolerated (clippy, audit warnings).' },
                'max-errors': { type: 'integer', minimum: 0, description: 'Errors tolerated by linters and type checkers that count them (ruff, mypy, go vet). Default 0.' },
                'max-vulnerabilities': { type: 'integer', minimum: 0, description: 'Vulnerabilities tolerated outside allowed-severities (audits). Default 0.' },
                'allowed-severities': {
                    type: 'array',
                    items: { enum: [...AUDIT_SEVERITIES] },
                    uniqueItems: true,
                    description: 'Audit severities that never fail the gate, e.g. [info, low].'
                }
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/report/problems.ts
/** A checklist that could not be read, for the terminal: every problem with file, line and key. */

function formatProblemsForTerminal(problems) {
    return problems.map((problem) => `  ${formatProblem(problem)}`).join('\n');
}

;// CONCATENATED MODULE: ./src/text/sanitize.ts
/**
 * Text from gates and checklists on its way into a report. Everything here is a linear scan or a
 * regex without nested quantifiers: this runs on untrusted output, and back-tracking there has
 * been a ReDoS before (ansi-regex).
 */
const ESC = 0x1b;
const BEL = 0x07;
const CSI_C1 = 0x9b;
const OSC_C1 = 0x9d;
const ST_C1 = 0x9c;
/**
 * Removes ANSI/VT escape sequences (CSI, OSC such as hyperlinks, DCS/SOS/PM/APC strings and
 * two-character escapes), other C0/C1 controls except tab and newline, and bidirectional
 * overrides/isolates that can make text read differently from what it is. Zero-width joiners
 * stay: emoji need them, and they cannot reorder text.
 */
function stripControl(text) {
    let out = '';
    let index = 0;
    const length = text.length;
    while (index < length) {
        const code = text.charCodeAt(index);
        if (code === ESC || code === CSI_C1 || code === OSC_C1) {
            index = skipEscape(text, index);
            continue;
        }
        if (isDroppedControl(code)) {
            index++;
            continue;
        }
        // Copy a run of ordinary characters at once: far faster than one at a time on large input.
        let end = index + 1;
        while (end < length) {
            const next = text.charCodeAt(end);
            if (next === ESC || isDroppedControl(next))
                break;
            end++;
        }
        out += text.slice(index, end);
        index = end;
    }
    return out;
}
function isDroppedControl(code) {
    if (code === 0x09 || code === 0x0a)
        return false;
    if (code < 0x20 || code === 0x7f)
        return true;
    if (code >= 0x80 && code <= 0x9f)
        return true;
    if (code >= 0x202a && code <= 0x202e)
        return true;
    if (code >= 0x2066 && code <= 0x2069)
        return true;
    return false;
}
/**
 * Returns the index just past the escape sequence starting at `start`. Each character is looked
 * at once; a character that cannot belong to the sequence ends it and is left for the caller, so
 * a broken escape never swallows the newline or text after it.
 */
function skipEscape(text, start) {
    const length = text.length;
    const first = text.charCodeAt(start);
    let index = start + 1;
    let kind;
    if (first === CSI_C1)
        kind = 0x5b;
    else if (first === OSC_C1)
        kind = 0x5d;
    else {
        if (index >= length)
            return index;
        kind = text.charCodeAt(index);
        // ESC followed by something no sequence starts with: drop the ESC alone.
        if (kind < 0x20 || kind > 0x7e)
            return index;
        index++;
    }
    if (kind === 0x5b) {
        // CSI: parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, one final byte 0x40–0x7E.
        while (index < length) {
            const code = text.charCodeAt(index);
            if (code >= 0x20 && code <= 0x3f) {
                index++;
                continue;
            }
            if (code >= 0x40 && code <= 0x7e)
                return index + 1;
            return index;
        }
        return index;
    }
    if (kind === 0x5d || kind === 0x50 || kind === 0x58 || kind === 0x5e || kind === 0x5f) {
        // OSC, DCS, SOS, PM, APC: a string ended by BEL, ESC \ or ST; a newline ends a broken one.
        while (index < length) {
            const code = text.charCodeAt(index);
            if (code === BEL || code === ST_C1)
                return index + 1;
            if (code === ESC)
                return text.charCodeAt(index + 1) === 0x5c ? index + 2 : index;
            if (code === 0x0a)
                return index;
            index++;
        }
        return index;
    }
    // nF escapes (ESC ( B and friends) take intermediate bytes and one final byte.
    if (kind >= 0x20 && kind <= 0x2f) {
        while (index < length) {
            const code = text.charCodeAt(index);
            if (code >= 0x20 && code <= 0x2f) {
                index++;
                continue;
            }
            return code >= 0x30 && code <= 0x7e ? index + 1 : index;
        }
    }
    // Two-character escapes: ESC 7, ESC =, ESC M, ...
    return index;
}
const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** `<img`, `<a `, `<!--` and `</details>` become text. Untrusted text never goes into an attribute. */
function escapeHtml(text) {
    return text.replace(/[&<>"]/g, (character) => HTML_ESCAPES[character]);
}
/** A backtick fence longer than any run of backticks inside, so the text cannot close it. */
function fenceFor(text) {
    return '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
}
function longestBacktickRun(text) {
    let longest = 0;
    let run = 0;
    for (let index = 0; index < text.length; index++) {
        if (text.charCodeAt(index) === 0x60) {
            run++;
            if (run > longest)
                longest = run;
        }
        else {
            run = 0;
        }
    }
    return longest;
}
const ZERO_WIDTH_SPACE = '\u200b';
/** `@user` and `@org/team` would notify people: a zero-width space after `@` keeps it readable and inert. */
function neutraliseMentions(text) {
    return text.replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`);
}
/**
 * `#1`, `owner/repo#1` and `GH-1` would put a backlink on another issue, and a bare URL becomes a
 * link (to an issue, a backlink too; elsewhere, a phishing link). Each is broken by a zero-width space.
 */
function defangReferences(text) {
    return text
        .replace(/#(?=[0-9])/g, `#${ZERO_WIDTH_SPACE}`)
        .replace(/\bGH-(?=[0-9])/gi, (match) => `${match.slice(0, 2)}${ZERO_WIDTH_SPACE}-`)
        .replace(/:\/\//g, `:/${ZERO_WIDTH_SPACE}/`)
        .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}${ZERO_WIDTH_SPACE}.`);
}
/** Mentions and references together: what every piece of untrusted text shown on GitHub needs. */
function neutraliseReferences(text) {
    return defangReferences(neutraliseMentions(text));
}
/** Untrusted text as one line of plain Markdown prose (a table cell, a reason, a finding). */
function safeInline(text) {
    const flat = stripControl(text).replace(/\r?\n/g, ' ');
    return neutraliseReferences(escapeHtml(flat))
        .replace(/([\\`*_[\]~|])/g, '\\$1')
        .replace(/^(\s*)([-+#=>])/, '$1\\$2');
}
/** Untrusted text inside raw HTML we write (a `<summary>`): Markdown is not read there, so only HTML escaping. */
function safeHtmlText(text) {
    return neutraliseReferences(escapeHtml(stripControl(text).replace(/\r?\n/g, ' ')));
}
/**
 * Untrusted text as inline code: shown exactly (test names stay copyable), inert as HTML and as a
 * mention. In a table cell `|` must still be escaped, or it would end the cell.
 */
function codeSpan(text, options = {}) {
    // Text with HTML in it is written as an escaped <code> element, so no raw tag is ever in the source.
    if (/[<>&]/.test(text))
        return `<code>${safeInline(text)}</code>`;
    let clean = neutraliseMentions(stripControl(text).replace(/\r?\n/g, ' '));
    if (options.inTable)
        clean = clean.replace(/\|/g, '\\|');
    const ticks = '`'.repeat(longestBacktickRun(clean) + 1);
    // A space on both sides lets the span start or end with a backtick.
    const pad = clean.startsWith('`') || clean.endsWith('`') || clean === '' ? ' ' : '';
    return `${ticks}${pad}${clean}${pad}${ticks}`;
}
/** A block of untrusted output as a code fence that nothing inside can break out of. */
function codeBlock(text, language = '') {
    const clean = neutraliseReferences(stripControl(text)).replace(/\n+$/, '');
    const fence = fenceFor(clean);
    return `${fence}${language}\n${clean}\n${fence}`;
}
/** Cuts `text` to at most `maxChars` UTF-16 units without splitting a surrogate pair. */
function sliceSafe(text, maxChars) {
    if (text.length <= maxChars)
        return text;
    let end = Math.max(0, maxChars);
    const code = text.charCodeAt(end - 1);
    if (end > 0 && code >= 0xd800 && code <= 0xdbff)
        end--;
    return text.slice(0, end);
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/constants.ts
/** Every input, output and marker name in one place; action.yml must agree (a test checks it). */
const constants_INPUTS = {
    checklist: 'checklist',
    workingDirectory: 'working-directory',
    concurrency: 'concurrency',
    failOn: 'fail-on',
    allowEmpty: 'allow-empty',
    githubToken: 'github-token',
    comment: 'comment',
    commentKey: 'comment-key',
    checkName: 'check-name',
    checkRun: 'check-run',
    statusContext: 'status-context',
    allowUntrustedCode: 'allow-untrusted-code',
    checklistFrom: 'checklist-from',
    protectChecklist: 'protect-checklist',
    shard: 'shard',
    shardPublish: 'shard-publish',
    previousReport: 'previous-report',
    reports: 'reports'
};
const OUTPUTS = {
    decision: 'decision',
    passed: 'passed',
    failed: 'failed',
    errored: 'errored',
    pending: 'pending',
    report: 'report',
    commentUrl: 'comment-url',
    checkRunUrl: 'check-run-url'
};
const constants_DEFAULT_CHECKLIST_PATH = '.github/go-no-go.yml';
const constants_FAIL_ON_VALUES = ['no-go', 'conditional-go', 'never'];
const constants_COMMENT_MODES = (/* unused pure expression or super */ null && (['true', 'false', 'on-failure']));
/** Grace between SIGTERM and SIGKILL for a gate being stopped. */
const KILL_GRACE_MS = 5_000;
/** The job summary limit is 1 MiB per step; stay clear of it. */
const JOB_SUMMARY_BUDGET_BYTES = (/* unused pure expression or super */ null && (900 * 1024));

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/sha256.ts
/**
 * SHA-256 in hex. Small inputs (a checklist file, a shard's item list) are hashed here, because
 * loading `node:crypto` costs a run about 5 ms of start-up, far more than hashing a few kilobytes
 * in JavaScript; larger ones go to `node:crypto`, loaded on first use. The two agree byte for byte
 * (__tests__/sha256.test.ts compares them on many inputs).
 */
/** Up to this many bytes the hash is computed here. */
const SMALL_INPUT_BYTES = 64 * 1024;
// FIPS 180-4, 4.2.2 and 5.3.3.
const ROUND_CONSTANTS = new Uint32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
]);
const INITIAL_HASH = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
function sha256Hex(data) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    if (bytes.length > SMALL_INPUT_BYTES)
        return process.getBuiltinModule('node:crypto').createHash('sha256').update(bytes).digest('hex');
    return smallSha256Hex(bytes);
}
function smallSha256Hex(bytes) {
    // The message, a 1 bit, zeros, and its length in bits as a 64-bit big-endian number: whole 64-byte blocks.
    const padded = new Uint8Array(Math.ceil((bytes.length + 9) / 64) * 64);
    padded.set(bytes);
    padded[bytes.length] = 0x80;
    const view = new DataView(padded.buffer);
    view.setUint32(padded.length - 8, Math.floor(bytes.length / 0x20000000));
    view.setUint32(padded.length - 4, (bytes.length * 8) >>> 0);
    const state = Uint32Array.from(INITIAL_HASH);
    const schedule = new Uint32Array(64);
    for (let block = 0; block < padded.length; block += 64) {
        for (let t = 0; t < 16; t++)
            schedule[t] = view.getUint32(block + t * 4);
        for (let t = 16; t < 64; t++) {
            const early = schedule[t - 15];
            const late = schedule[t - 2];
            const sigma0 = rotateRight(early, 7) ^ rotateRight(early, 18) ^ (early >>> 3);
            const sigma1 = rotateRight(late, 17) ^ rotateRight(late, 19) ^ (late >>> 10);
            schedule[t] = schedule[t - 16] + sigma0 + schedule[t - 7] + sigma1;
        }
        let [a, b, c, d, e, f, g, h] = state;
        for (let t = 0; t < 64; t++) {
            const temporary1 = (h + (rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25)) + ((e & f) ^ (~e & g)) + ROUND_CONSTANTS[t] + schedule[t]) | 0;
            const temporary2 = ((rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
            h = g;
            g = f;
            f = e;
            e = (d + temporary1) | 0;
            d = c;
            c = b;
            b = a;
            a = (temporary1 + temporary2) | 0;
        }
        // A Uint32Array keeps each sum modulo 2^32.
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
    return Array.from(state, (word) => word.toString(16).padStart(8, '0')).join('');
}
function rotateRight(word, bits) {
    return (word >>> bits) | (word << (32 - bits));
}

;// CONCATENATED MODULE: ./src/shards/select.ts
/**
 * Splitting a checklist across a job matrix (`shard: K/N`). Pure and deterministic: every shard
 * job computes the same split from the same checklist and durations, then runs only its own part.
 *
 * Items joined by `needs` (in either direction, transitively) form one unit and stay in one shard:
 * an item can only run after its needs passed in the same run. Manual and file items are units
 * too, so each is owned by exactly one shard. Units go, heaviest first, to the shard with the
 * least weight so far (longest-processing-time first); ties go to the earlier unit and the lower
 * shard, so the split never depends on anything but its inputs.
 */


/** More shards than this is a mistake (a job matrix has at most 256 jobs). */
const select_MAX_SHARDS = 256;
/**
 * Every shard's item ids, in checklist order within each shard.
 * @param durations milliseconds per item id from an earlier run; without them every command counts 1.
 */
function splitChecklist(checklist, total, durations) {
    const items = allItems(checklist);
    const weigh = itemWeigher(items, durations);
    const units = needsUnits(items).map((unit) => ({ unit, weight: unit.reduce((sum, item) => sum + weigh(item), 0), first: items.indexOf(unit[0]) }));
    units.sort((a, b) => b.weight - a.weight || a.first - b.first);
    const loads = new Array(total).fill(0);
    const owners = new Map();
    for (const { unit, weight } of units) {
        let lightest = 0;
        for (let shard = 1; shard < total; shard++)
            if (loads[shard] < loads[lightest])
                lightest = shard;
        loads[lightest] += weight;
        for (const item of unit)
            owners.set(item.id, lightest);
    }
    const shards = Array.from({ length: total }, () => []);
    for (const item of items)
        shards[owners.get(item.id) ?? 0].push(item.id);
    return shards;
}
/** This shard's part of the checklist and what its report records about the split. */
function selectShard(checklist, spec, durations) {
    const shards = splitChecklist(checklist, spec.total, durations);
    const owned = new Set(shards[spec.index - 1]);
    return {
        checklist: {
            ...checklist,
            title: spec.total === 1 ? checklist.title : `${checklist.title} — shard ${spec.index}/${spec.total}`,
            sections: checklist.sections.map((section) => ({ ...section, items: section.items.filter((item) => owned.has(item.id)) })).filter((section) => section.items.length > 0)
        },
        identity: {
            index: spec.index,
            total: spec.total,
            items: shards[spec.index - 1],
            balancedBy: durations && durations.size > 0 ? 'durations' : 'count',
            assignmentSha256: assignmentHash(shards)
        }
    };
}
/** The identity of a run that owns the whole checklist: shard 1 of 1. */
function select_wholeChecklist(checklist) {
    const ids = types_allItems(checklist).map((item) => item.id);
    return { index: 1, total: 1, items: ids, balancedBy: 'count', assignmentSha256: assignmentHash([ids]) };
}
function assignmentHash(shards) {
    return sha256Hex(JSON.stringify(shards));
}
/**
 * Commands weigh their earlier duration, or the mean of the known ones when new (at least 1 ms,
 * so a split by durations still spreads them); manual and file items weigh nothing: they take no time.
 */
function itemWeigher(items, durations) {
    if (!durations || durations.size === 0)
        return (item) => (item.kind === 'command' ? 1 : 0);
    const known = items.filter((item) => item.kind === 'command' && durations.has(item.id)).map((item) => Math.max(1, durations.get(item.id) ?? 1));
    const fallback = known.length > 0 ? Math.max(1, Math.round(known.reduce((sum, value) => sum + value, 0) / known.length)) : 1;
    return (item) => (item.kind === 'command' ? Math.max(1, Math.round(durations.get(item.id) ?? fallback)) : 0);
}
/** Items connected by `needs`, each group in checklist order, groups ordered by their first item. */
function needsUnits(items) {
    const parent = new Map(items.map((item) => [item.id, item.id]));
    const find = (id) => {
        let root = id;
        while (parent.get(root) !== root)
            root = parent.get(root) ?? root;
        // Path compression keeps long chains linear.
        for (let at = id; at !== root;) {
            const next = parent.get(at) ?? root;
            parent.set(at, root);
            at = next;
        }
        return root;
    };
    for (const item of items) {
        for (const need of item.needs)
            if (parent.has(need))
                parent.set(find(need), find(item.id));
    }
    const groups = new Map();
    for (const item of items) {
        const root = find(item.id);
        const group = groups.get(root);
        if (group)
            group.push(item);
        else
            groups.set(root, [item]);
    }
    return [...groups.values()];
}

;// CONCATENATED MODULE: ./src/settings.ts
/** Every action input is read here, once, into a typed object. Nothing else reads inputs. */





/** A merge reads at most this many patterns. */
const MAX_REPORT_PATTERNS = 20;
class InputError extends Error {
    constructor(input, value, expected) {
        super(`Invalid input '${input}': ${JSON.stringify(value)}. Expected ${expected}.`);
        this.name = 'InputError';
    }
}
function readSettings(getInput, env) {
    const read = (name) => getInput(name).trim();
    const problems = [];
    /** Reads one input; a bad one is recorded and the run is refused, so its stand-in is never used. */
    const attempt = (readValue, standIn) => {
        try {
            return readValue();
        }
        catch (error) {
            if (!(error instanceof InputError))
                throw error;
            problems.push(error.message);
            return standIn;
        }
    };
    const root = env.GITHUB_WORKSPACE ?? process.cwd();
    const workingDirectory = read(INPUTS.workingDirectory) || '.';
    const checklist = read(INPUTS.checklist) || DEFAULT_CHECKLIST_PATH;
    const statusContext = read(INPUTS.statusContext);
    const givenKey = read(INPUTS.commentKey);
    const failOn = attempt(() => readChoice(INPUTS.failOn, read(INPUTS.failOn) || 'no-go', FAIL_ON_VALUES), undefined);
    const concurrency = attempt(() => readConcurrency(read(INPUTS.concurrency)), 1);
    const allowEmpty = attempt(() => readBoolean(INPUTS.allowEmpty, read(INPUTS.allowEmpty), false), false);
    const allowUntrustedCode = attempt(() => readBoolean(INPUTS.allowUntrustedCode, read(INPUTS.allowUntrustedCode), false), false);
    // Both fall back to the stricter reading while the run is refused anyway.
    const checklistFrom = attempt(() => readChoice(INPUTS.checklistFrom, read(INPUTS.checklistFrom) || 'head', CHECKLIST_FROM_VALUES), 'base');
    const protectChecklist = attempt(() => readBoolean(INPUTS.protectChecklist, read(INPUTS.protectChecklist), false), true);
    const comment = attempt(() => readChoice(INPUTS.comment, read(INPUTS.comment) || 'true', COMMENT_MODES), 'false');
    // The default is the checklist path as it is, spaces and all: the comment marker encodes it.
    const commentKey = givenKey ? attempt(() => readCommentKey(givenKey), '') : checklist;
    const checkRun = attempt(() => readBoolean(INPUTS.checkRun, read(INPUTS.checkRun), true), false);
    const shard = attempt(() => readShard(read(INPUTS.shard)), undefined);
    const shardPublish = attempt(() => readBoolean(INPUTS.shardPublish, read(INPUTS.shardPublish), false), false);
    const previousReport = read(INPUTS.previousReport);
    const reports = attempt(() => readReportPatterns(getInput(INPUTS.reports), shard !== undefined), undefined);
    const [firstProblem, ...otherProblems] = problems;
    if (firstProblem !== undefined || failOn === undefined) {
        return { ok: false, problems: [firstProblem ?? `Invalid input '${INPUTS.failOn}'.`, ...otherProblems], ...(failOn ? { failOn } : {}), checklist };
    }
    return {
        ok: true,
        settings: {
            checklist,
            workspace: path.resolve(root, workingDirectory),
            workspaceRoot: path.resolve(root),
            concurrency,
            failOn,
            allowEmpty,
            allowUntrustedCode,
            checklistFrom,
            protectChecklist,
            token: read(INPUTS.githubToken),
            comment,
            commentKey,
            checkName: read(INPUTS.checkName) || 'Go/No-Go',
            checkRun,
            ...(statusContext ? { statusContext } : {}),
            ...(shard ? { shard } : {}),
            shardPublish,
            ...(previousReport ? { previousReport: path.resolve(root, previousReport) } : {}),
            ...(reports ? { reports } : {}),
            maxApiWaitMs: readMilliseconds(env.GO_NO_GO_API_MAX_WAIT_MS, 120_000),
            retryUnitMs: readMilliseconds(env.GO_NO_GO_API_RETRY_UNIT_MS, 1_000)
        }
    };
}
function readMilliseconds(value, fallback) {
    return value !== undefined && /^\d{1,7}$/.test(value) ? Number(value) : fallback;
}
function readConcurrency(value) {
    if (value === '')
        return Math.max(1, external_node_os_default().availableParallelism());
    if (!/^[1-9][0-9]{0,3}$/.test(value))
        throw new InputError(constants_INPUTS.concurrency, value, 'a whole number from 1 to 9999');
    return Number(value);
}
function readBoolean(name, value, fallback) {
    if (value === '')
        return fallback;
    if (/^(true|True|TRUE)$/.test(value))
        return true;
    if (/^(false|False|FALSE)$/.test(value))
        return false;
    throw new InputError(name, value, 'true or false');
}
function readChoice(name, value, choices) {
    if (choices.includes(value))
        return value;
    throw new InputError(name, value, `one of ${choices.join(', ')}`);
}
/** `K/N`, 1 ≤ K ≤ N ≤ MAX_SHARDS; empty means the job is not a shard. */
function readShard(value) {
    if (value === '')
        return undefined;
    const match = /^([1-9][0-9]{0,2})\/([1-9][0-9]{0,2})$/.exec(value);
    const index = Number(match?.[1]);
    const total = Number(match?.[2]);
    if (!match || index > total || total > MAX_SHARDS)
        throw new InputError(INPUTS.shard, value, `K/N with 1 ≤ K ≤ N ≤ ${MAX_SHARDS}, such as 2/4`);
    return { index, total };
}
/**
 * One glob pattern a line (`*`, `?` and `**`); empty means the job is not a merge. A job either
 * runs a shard or merges them: both at once would merge a set it is itself part of.
 */
function readReportPatterns(value, sharded) {
    const patterns = value
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    if (patterns.length === 0)
        return undefined;
    if (sharded)
        throw new InputError(INPUTS.reports, value, `no \`${INPUTS.shard}\` input with it: a job either runs a shard or merges the shards' reports`);
    if (patterns.length > MAX_REPORT_PATTERNS || patterns.some((pattern) => pattern.length > 1_000 || pattern.includes('\0'))) {
        throw new InputError(INPUTS.reports, value, `at most ${MAX_REPORT_PATTERNS} glob patterns, one a line, each under 1,000 characters`);
    }
    return patterns;
}
/**
 * The key ends up inside an HTML comment marker. The marker encodes anything unusual, but a key
 * a person chose is still held to plain characters, so what they typed is what the marker shows.
 */
function readCommentKey(value) {
    if (!/^[A-Za-z0-9._/-]{1,100}$/.test(value)) {
        throw new InputError(INPUTS.commentKey, value, 'letters, digits, ".", "_", "/" or "-" (at most 100)');
    }
    return value;
}

;// CONCATENATED MODULE: ./src/cli/errors.ts
/** Failures the CLI explains in a line or two and exits 2 on; anything else is a bug and keeps its stack. */
/** Something the user can fix (a missing file, a refused overwrite): printed as it is, no stack. */
class CliError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CliError';
    }
}
/** A mistake on the command line: the message, then a pointer to --help. */
class UsageError extends CliError {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}

;// CONCATENATED MODULE: ./src/cli/presets.ts
// Generated from checklists/*.yml by `npm run presets`: edit those files, then run it.
const PRESET_NAMES = ['rust', 'node', 'python', 'go'];
/** The preset checklists, byte for byte as in checklists/<name>.yml. */
const PRESETS = {
    rust: '# go-no-go preset for a Rust project. Copy to .github/go-no-go.yml and adjust.\n# yaml-language-server: $schema=https://raw.githubusercontent.com/go-no-go/go-no-go/main/checklists/schema.json\n#\n# Each item has exactly one of:\n#   run:          a command; its output is read (cargo test, clippy, fmt, audit) and thresholds applied\n#   file:         evidence that must exist and not be empty\n#   manual: true  a person signs off on the pull request\n# severity: blocking (default) fails to NO-GO, warning to CONDITIONAL GO, info never changes the decision.\n# A gate that cannot run, times out or prints nothing readable is an error, never a pass.\nversion: 1\ntitle: Release readiness\ndefaults:\n  timeout-minutes: 20          # per gate; fractions allowed (0.5 = 30 s)\nsections:\n  - title: Code quality\n    items:\n      - id: fmt\n        title: Formatting is clean\n        run: cargo fmt --all -- --check\n      - id: clippy\n        title: No clippy warnings\n        # -D warnings turns every warning into an error; without it, expect.max-warnings decides.\n        run: cargo clippy --all-targets --all-features -- -D warnings\n\n  - title: Testing\n    items:\n      - id: build\n        title: The workspace builds\n        run: cargo build --workspace --all-targets\n      - id: tests\n        title: All tests pass\n        # --no-fail-fast runs every test crate, so the report counts all failures, not the first.\n        run: cargo test --workspace --no-fail-fast\n        needs: [build]             # not run (an error, never a pass) when the build fails\n        expect:\n          pass-rate: 100           # percent of executed tests\n          min-tests: 1             # zero tests run proves nothing\n\n  - title: Security\n    items:\n      - id: audit\n        title: No known vulnerabilities in dependencies\n        # Needs cargo-audit on the runner (cargo install cargo-audit) and network access to the\n        # advisory database; if it cannot run, the gate is an error, never a pass.\n        run: cargo audit\n        expect:\n          max-vulnerabilities: 0\n      - id: security-signoff\n        title: Security review signed off\n        manual: true\n        # approvers: [team:your-org/security]   # who may sign off (default: anyone with write access)\n        # paths: ["src/auth/**"]                # a later change there invalidates the sign-off\n\n  - title: Operations\n    items:\n      - id: rollback\n        title: Rollback runbook exists\n        file: docs/ROLLBACK.md\n      - id: changelog\n        title: Changelog updated\n        file: CHANGELOG.md\n        severity: warning\n',
    node: '# go-no-go preset for a Node.js project. Copy to .github/go-no-go.yml and adjust.\n# yaml-language-server: $schema=https://raw.githubusercontent.com/go-no-go/go-no-go/main/checklists/schema.json\n#\n# Install dependencies (npm ci) in an earlier workflow step: gates only check, they do not set up.\n# Each item has exactly one of run: (a command), file: (evidence) or manual: true (a sign-off).\n# severity: blocking (default) fails to NO-GO, warning to CONDITIONAL GO, info never changes the decision.\n# A gate that cannot run, times out or prints nothing readable is an error, never a pass.\nversion: 1\ntitle: Release readiness\ndefaults:\n  timeout-minutes: 15          # per gate; fractions allowed (0.5 = 30 s)\nsections:\n  - title: Code quality\n    items:\n      - id: lint\n        title: Lint is clean\n        run: npm run lint\n      - id: build\n        title: The project builds\n        run: npm run build\n\n  - title: Testing\n    items:\n      - id: tests\n        title: All tests pass\n        # npm test is read whatever runs underneath: node --test, jest, vitest or mocha.\n        run: npm test\n        needs: [build]             # not run (an error, never a pass) when the build fails\n        expect:\n          pass-rate: 100           # percent of executed tests\n          min-tests: 1             # zero tests run proves nothing\n\n  - title: Security\n    items:\n      - id: audit\n        title: No high or critical vulnerabilities\n        # --json lets go-no-go count by severity; an unreachable registry is an error, never a pass.\n        run: npm audit --json\n        expect:\n          allowed-severities: [info, low, moderate]\n      - id: security-signoff\n        title: Security review signed off\n        manual: true\n        severity: warning\n        # approvers: [team:your-org/security]   # who may sign off (default: anyone with write access)\n\n  - title: Operations\n    items:\n      - id: rollback\n        title: Rollback runbook exists\n        file: docs/ROLLBACK.md\n',
    python: '# go-no-go preset for a Python project. Copy to .github/go-no-go.yml and adjust.\n# yaml-language-server: $schema=https://raw.githubusercontent.com/go-no-go/go-no-go/main/checklists/schema.json\n#\n# Install the project and its tools (pytest, ruff, black, mypy, pip-audit) in an earlier workflow\n# step: gates only check, they do not set up.\n# Each item has exactly one of run: (a command), file: (evidence) or manual: true (a sign-off).\n# severity: blocking (default) fails to NO-GO, warning to CONDITIONAL GO, info never changes the decision.\n# A gate that cannot run, times out or prints nothing readable is an error, never a pass.\nversion: 1\ntitle: Release readiness\ndefaults:\n  timeout-minutes: 15          # per gate; fractions allowed (0.5 = 30 s)\nsections:\n  - title: Code quality\n    items:\n      - id: lint\n        title: Lint is clean\n        run: ruff check .\n        expect:\n          max-errors: 0            # raise it to let a known backlog through while it shrinks\n      - id: format\n        title: Formatting is clean\n        run: black --check .\n      - id: types\n        title: Type check passes\n        run: mypy .\n\n  - title: Testing\n    items:\n      - id: tests\n        title: All tests pass\n        # The JUnit file is written by pytest itself: counts and failing tests come from it.\n        run: python -m pytest --junitxml=reports/junit.xml\n        junit: reports/junit.xml\n        expect:\n          pass-rate: 100           # percent of executed tests\n          min-tests: 1             # zero tests run proves nothing ("no tests ran" fails)\n\n  - title: Security\n    items:\n      - id: audit\n        title: No known vulnerabilities in dependencies\n        # pip-audit gives no severities, so every finding counts; an unreachable feed is an error.\n        run: pip-audit --format json\n        expect:\n          max-vulnerabilities: 0\n      - id: security-signoff\n        title: Security review signed off\n        manual: true\n        severity: warning\n        # approvers: [team:your-org/security]   # who may sign off (default: anyone with write access)\n\n  - title: Operations\n    items:\n      - id: rollback\n        title: Rollback runbook exists\n        file: docs/ROLLBACK.md\n',
    go: '# go-no-go preset for a Go module. Copy to .github/go-no-go.yml and adjust.\n# yaml-language-server: $schema=https://raw.githubusercontent.com/go-no-go/go-no-go/main/checklists/schema.json\n#\n# Each item has exactly one of run: (a command), file: (evidence) or manual: true (a sign-off).\n# severity: blocking (default) fails to NO-GO, warning to CONDITIONAL GO, info never changes the decision.\n# A gate that cannot run, times out or prints nothing readable is an error, never a pass.\nversion: 1\ntitle: Release readiness\ndefaults:\n  timeout-minutes: 15          # per gate; fractions allowed (0.5 = 30 s)\nsections:\n  - title: Code quality\n    items:\n      - id: fmt\n        title: Formatting is clean\n        # gofmt exits 0 either way: any file it lists fails the gate.\n        run: gofmt -l .\n      - id: vet\n        title: go vet is clean\n        run: go vet ./...\n\n  - title: Testing\n    items:\n      - id: build\n        title: The module builds\n        run: go build ./...\n      - id: tests\n        title: All tests pass\n        # Run alone like this, go-no-go adds -v so every test is counted.\n        run: go test ./...\n        needs: [build]             # not run (an error, never a pass) when the build fails\n        expect:\n          pass-rate: 100           # percent of executed tests\n          min-tests: 1             # zero tests run proves nothing\n\n  - title: Security\n    items:\n      - id: vulncheck\n        title: No known vulnerabilities reached from the code\n        # Needs govulncheck on the runner (go install golang.org/x/vuln/cmd/govulncheck@latest) and\n        # access to vuln.go.dev; if it cannot run, the gate is an error, never a pass.\n        run: govulncheck ./...\n        expect:\n          max-vulnerabilities: 0\n      - id: security-signoff\n        title: Security review signed off\n        manual: true\n        severity: warning\n\n  - title: Operations\n    items:\n      - id: rollback\n        title: Rollback runbook exists\n        file: docs/ROLLBACK.md\n'
};

;// CONCATENATED MODULE: ./src/cli/args.ts
/** The command line, parsed into one typed command. Pure: argv in, command out, UsageError for anything else. */





const FORMATS = ['terminal', 'markdown', 'json'];
const OPTIONS = {
    checklist: { type: 'string', short: 'c' },
    cwd: { type: 'string', short: 'C' },
    format: { type: 'string', short: 'f' },
    concurrency: { type: 'string', short: 'j' },
    'fail-on': { type: 'string' },
    'allow-empty': { type: 'boolean' },
    'gates-only': { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
    'previous-report': { type: 'string' },
    preset: { type: 'string' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'V' }
};
const COMMON = ['cwd', 'help', 'version'];
/** Which options each command accepts; anything else is an error rather than silently ignored. */
const ACCEPTS = {
    run: [...COMMON, 'checklist', 'format', 'concurrency', 'fail-on', 'allow-empty', 'gates-only', 'quiet', 'previous-report'],
    init: [...COMMON, 'checklist', 'preset', 'force'],
    import: COMMON,
    schema: COMMON
};
function parseCommandLine(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new UsageError(describeParseError(error));
    }
    const { values, positionals } = parsed;
    if (values.help || positionals[0] === 'help')
        return { kind: 'help' };
    if (values.version)
        return { kind: 'version' };
    const [first = 'run', ...rest] = positionals;
    if (!isCommandName(first))
        throw new UsageError(`unknown command "${first}" (commands: run, init, import, schema)`);
    const unwanted = Object.keys(values).filter((name) => !ACCEPTS[first].includes(name));
    if (unwanted.length > 0)
        throw new UsageError(`${unwanted.map((name) => `--${name}`).join(', ')} cannot be used with ${first}`);
    const cwd = values.cwd ?? '.';
    if (cwd === '')
        throw new UsageError('--cwd needs a directory');
    switch (first) {
        case 'import': {
            if (rest.length !== 1)
                throw new UsageError('import needs exactly one Markdown checklist, e.g. go-no-go import DEPLOYMENT.md');
            return { kind: 'import', cwd, file: rest[0] };
        }
        case 'schema':
            refuseExtra(first, rest);
            return { kind: 'schema' };
        case 'init':
            refuseExtra(first, rest);
            return {
                kind: 'init',
                cwd,
                checklist: values.checklist ?? constants_DEFAULT_CHECKLIST_PATH,
                ...(values.preset !== undefined ? { preset: choice('--preset', values.preset, PRESET_NAMES) } : {}),
                force: values.force ?? false
            };
        case 'run':
            refuseExtra(first, rest);
            if (values['previous-report'] === '')
                throw new UsageError('--previous-report needs a file');
            return {
                kind: 'run',
                cwd,
                checklist: values.checklist ?? constants_DEFAULT_CHECKLIST_PATH,
                checklistGiven: values.checklist !== undefined,
                format: choice('--format', values.format ?? 'terminal', FORMATS),
                failOn: choice('--fail-on', values['fail-on'] ?? 'no-go', constants_FAIL_ON_VALUES),
                concurrency: concurrency(values.concurrency ?? ''),
                allowEmpty: values['allow-empty'] ?? false,
                gatesOnly: values['gates-only'] ?? false,
                quiet: values.quiet ?? false,
                ...(values['previous-report'] !== undefined ? { previousReport: values['previous-report'] } : {})
            };
    }
}
function isCommandName(name) {
    return Object.hasOwn(ACCEPTS, name);
}
function refuseExtra(command, rest) {
    if (rest.length > 0)
        throw new UsageError(`${command} takes no arguments, but got "${rest[0]}"`);
}
function choice(name, value, choices) {
    try {
        return readChoice(name, value, choices);
    }
    catch (error) {
        throw new UsageError(error instanceof InputError ? `${name} must be one of ${choices.join(', ')}, not ${JSON.stringify(value)}` : String(error));
    }
}
function concurrency(value) {
    try {
        return readConcurrency(value);
    }
    catch {
        throw new UsageError(`--concurrency must be a whole number from 1 to 9999, not ${JSON.stringify(value)}`);
    }
}
/** Node's own messages suggest `--` tricks a newcomer does not need; say what was wrong instead. */
function describeParseError(error) {
    const { code, message = String(error) } = error;
    const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
    const option = /--[a-z-]+/.exec(quoted)?.[0] ?? quoted;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
        return `unknown option ${quoted}`;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
        if (/argument missing|ambiguous/.test(message))
            return `${option} needs a value`;
        if (/does not take an argument/.test(message))
            return `${option} takes no value`;
    }
    return message.split('\n')[0];
}

;// CONCATENATED MODULE: ./src/cli/help.ts
/** What `go-no-go --help` prints, and the short form shown after a usage error. */

const USAGE_SYNOPSIS = `Usage:
  go-no-go [run] [options]        run every gate of the checklist and print the verdict
  go-no-go init [--preset rust|node|python|go] [--force]
                                  write a starter ${constants_DEFAULT_CHECKLIST_PATH} for this project
  go-no-go import CHECKLIST.md    print a Markdown checklist as go-no-go YAML
  go-no-go schema                 print the JSON Schema of the checklist format
  go-no-go merge REPORT...        merge the JSON reports of shards into one verdict (merge --help)`;
const HELP = `go-no-go: reads a deployment checklist, runs every gate a machine can run, and decides
GO / CONDITIONAL GO / NO-GO.

${USAGE_SYNOPSIS}

Options for run:
  -c, --checklist PATH   the checklist, YAML or Markdown (.md); default ${constants_DEFAULT_CHECKLIST_PATH}
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
  -c, --checklist PATH   where to write it (default: ${constants_DEFAULT_CHECKLIST_PATH})
      --preset NAME      rust, node, python or go, when several or none are detected
      --force            overwrite an existing checklist

Examples:
  go-no-go init                              start a checklist for this project
  go-no-go                                   run ${constants_DEFAULT_CHECKLIST_PATH} here
  go-no-go --gates-only --quiet              a pre-push check: GO when every gate passes
  go-no-go -c DEPLOYMENT.md                  run the Markdown checklist you already keep
  go-no-go -f json | jq -r .decision         the decision, for scripts
  go-no-go import DEPLOYMENT.md > ${constants_DEFAULT_CHECKLIST_PATH}

Exit codes: 0 GO (and CONDITIONAL GO, unless --fail-on conditional-go), 1 NO-GO,
2 a bad checklist or bad arguments, 130 interrupted.
Progress goes to stderr, live on a terminal and as plain lines otherwise. Colour only on a
terminal; NO_COLOR=1 turns it off, FORCE_COLOR=1 forces it on (FORCE_COLOR=0 off).`;

;// CONCATENATED MODULE: ./src/checklist/allow-list.ts
/**
 * Which commands found in a Markdown checklist go-no-go may run. A Markdown checklist mixes
 * checks ("verify `cargo fmt -- --check` passes") with actions ("run `make deploy-prod`"); only
 * read-only checks on this list are ever run. Everything else stays a manual item.
 */
const has = (argv, flag) => argv.includes(flag);
const hasAny = (argv, flags) => flags.some((flag) => argv.includes(flag));
const ALLOWED_CHECKS = [
    { description: 'cargo fmt with --check', example: 'cargo fmt --all -- --check', matches: (a) => a[0] === 'cargo' && a[1] === 'fmt' && has(a, '--check') },
    {
        description: 'cargo clippy, without --fix',
        example: 'cargo clippy --all-targets -- -D warnings',
        matches: (a) => a[0] === 'cargo' && a[1] === 'clippy' && !hasAny(a, ['--fix', '--allow-dirty', '--allow-staged'])
    },
    { description: 'cargo test', example: 'cargo test --workspace', matches: (a) => a[0] === 'cargo' && a[1] === 'test' },
    { description: 'cargo audit, without fix', example: 'cargo audit', matches: (a) => a[0] === 'cargo' && a[1] === 'audit' && !hasAny(a, ['fix', '--fix']) },
    { description: 'cargo build / cargo check', example: 'cargo build --release', matches: (a) => a[0] === 'cargo' && (a[1] === 'build' || a[1] === 'check') },
    { description: 'npm test', example: 'npm test', matches: (a) => a[0] === 'npm' && (a[1] === 'test' || a[1] === 't') },
    { description: 'npm audit, without fix or --force', example: 'npm audit --json', matches: (a) => a[0] === 'npm' && a[1] === 'audit' && !hasAny(a, ['fix', '--force']) },
    {
        description: 'npm run build | test | lint | typecheck',
        example: 'npm run lint',
        matches: (a) => a[0] === 'npm' && a[1] === 'run' && ['build', 'test', 'lint', 'typecheck'].includes(a[2] ?? '') && a.length <= 3
    },
    { description: 'node --test', example: 'node --test', matches: (a) => a[0] === 'node' && has(a, '--test') },
    { description: 'npx jest', example: 'npx jest --ci', matches: (a) => a[0] === 'npx' && a[1] === 'jest' },
    { description: 'pytest (or python -m pytest), without snapshot-updating flags', example: 'python -m pytest -q', matches: (a) => isPytest(a) && !hasAny(a, PYTEST_WRITES) },
    { description: 'go test, without -update', example: 'go test ./...', matches: (a) => a[0] === 'go' && a[1] === 'test' && !a.some((arg) => /^--?update(?:=|$)/.test(arg)) },
    { description: 'go vet', example: 'go vet ./...', matches: (a) => a[0] === 'go' && a[1] === 'vet' },
    {
        description: 'gofmt -l (or -d), without -w',
        example: 'gofmt -l .',
        matches: (a) => a[0] === 'gofmt' && a.slice(1).some((arg) => /^-[a-z]*[ld]/.test(arg)) && !a.slice(1).some((arg) => /^-[a-z]*w/.test(arg))
    },
    {
        description: 'ruff check, without --fix',
        example: 'ruff check .',
        matches: (a) => pythonTool(a, 'ruff')?.[0] === 'check' && !hasAny(pythonTool(a, 'ruff'), ['--fix', '--unsafe-fixes', '--add-noqa', '--watch'])
    },
    { description: 'black --check', example: 'black --check .', matches: (a) => pythonTool(a, 'black')?.includes('--check') === true },
    { description: 'mypy, without --install-types', example: 'mypy src', matches: (a) => pythonTool(a, 'mypy') !== undefined && !has(a, '--install-types') },
    { description: 'pip-audit, without --fix', example: 'pip-audit --format json', matches: (a) => pythonTool(a, 'pip-audit') !== undefined && !has(a, '--fix') },
    { description: 'govulncheck', example: 'govulncheck ./...', matches: (a) => a[0] === 'govulncheck' },
    {
        description: 'npx tsc --noEmit',
        example: 'npx tsc --noEmit',
        matches: (a) => a[0] === 'npx' && a[1] === 'tsc' && has(a, '--noEmit') && !hasAny(a, ['--build', '-b', '--watch', '-w'])
    }
];
/** pytest plugins' flags that rewrite files in the repository (snapshots, golden data). */
const PYTEST_WRITES = ['--snapshot-update', '--update-snapshots', '--force-regen', '--regen-all', '--inline-snapshot=fix', '--inline-snapshot=create'];
/** `pytest …`, `py.test …`, `python -m pytest …`, `python3 -m pytest …`. */
function isPytest(argv) {
    return argv[0] === 'pytest' || argv[0] === 'py.test' || pythonTool(argv, 'pytest') !== undefined;
}
/** The arguments after a Python tool run directly (`ruff check`) or as a module (`python -m ruff check`), or undefined. */
function pythonTool(argv, tool) {
    if (argv[0] === tool)
        return argv.slice(1);
    if (/^python(?:3(?:\.\d+)?)?$/.test(argv[0] ?? '') && argv[1] === '-m' && argv[2] === tool.replace(/-/g, '_'))
        return argv.slice(3);
    if (/^python(?:3(?:\.\d+)?)?$/.test(argv[0] ?? '') && argv[1] === '-m' && argv[2] === tool)
        return argv.slice(3);
    return undefined;
}
/** Anything that chains, redirects, substitutes or backgrounds turns a check into a script. Globs stay: they only name files. */
const SHELL_METACHARACTERS = /[;&|<>`$(){}\n\r\\]/;
/** Control characters have no business in a check and can hide what a reviewer sees. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f]/;
function isAllowedCheck(command) {
    const trimmed = command.trim();
    if (trimmed === '')
        return { allowed: false, reason: 'empty command' };
    const metacharacter = SHELL_METACHARACTERS.exec(trimmed);
    if (metacharacter)
        return { allowed: false, reason: metacharacter[0] === '\n' || metacharacter[0] === '\r' ? 'spans more than one line' : `contains the shell character "${metacharacter[0]}"` };
    if (CONTROL_CHARACTERS.test(trimmed))
        return { allowed: false, reason: 'contains a control character' };
    const argv = splitArguments(trimmed);
    if (!argv)
        return { allowed: false, reason: 'has unbalanced quotes' };
    if (ALLOWED_CHECKS.some((check) => check.matches(argv)))
        return { allowed: true };
    return { allowed: false, reason: 'is not on the allow-list of read-only checks' };
}
/** Words as a POSIX shell would split them, for the simple quoting a checklist uses; undefined if unbalanced. */
function splitArguments(command) {
    const words = [];
    let current = '';
    let quote;
    let inWord = false;
    for (const character of command) {
        if (quote) {
            if (character === quote)
                quote = undefined;
            else
                current += character;
            continue;
        }
        if (character === '"' || character === "'") {
            quote = character;
            inWord = true;
        }
        else if (character === ' ' || character === '\t') {
            if (inWord)
                words.push(current);
            current = '';
            inWord = false;
        }
        else {
            current += character;
            inWord = true;
        }
    }
    if (quote)
        return undefined;
    if (inWord)
        words.push(current);
    return words;
}
/** Words that mark an inline code span as a command rather than a name, path or value. */
const COMMAND_WORDS = new Set([
    'cargo',
    'npm',
    'npx',
    'node',
    'yarn',
    'pnpm',
    'make',
    'kubectl',
    'helm',
    'docker',
    'curl',
    'wget',
    'sudo',
    'rm',
    'git',
    'pip',
    'pip3',
    'python',
    'python3',
    'pytest',
    'bash',
    'sh',
    'terraform',
    'systemctl',
    'psql',
    'jq',
    'watch',
    'ssh',
    'scp',
    'go',
    'gofmt',
    'govulncheck',
    'ruff',
    'black',
    'mypy',
    'pip-audit',
    'py.test',
    'mvn',
    'gradle'
]);
function looksLikeCommand(code) {
    const first = code.trim().split(/\s+/)[0] ?? '';
    return COMMAND_WORDS.has(first) || /^\.{0,2}\/[\w.-]+\.(sh|py)$/.test(first) || first.startsWith('./');
}

;// CONCATENATED MODULE: ./src/checklist/markdown/commands.ts
/**
 * The commands an entry names: in inline code (`cargo test`, `cd api && npm test`) or in a shell
 * block, with the directory each runs in. A `cd` changes the directory of the commands after it
 * when it stays inside the repository; one that leaves it (or cannot be told: `cd ~`, `cd $DIR`)
 * marks every later command, which is then never run.
 */


const ROOT = '.';
/** Code spans that read as commands rather than names, paths or values; `cd dir && command` runs the command in dir. */
function inlineCommands(text) {
    const commands = [];
    for (const match of text.matchAll(/`([^`]+)`/g)) {
        const code = match[1].trim();
        const cd = /^cd\s+(\S+)\s*&&\s*(\S.*)$/.exec(code);
        if (cd)
            commands.push({ command: cd[2].trim(), directory: enter(ROOT, cd[1]), cd: `cd ${cd[1]}` });
        else if (looksLikeCommand(code))
            commands.push({ command: code, directory: ROOT });
    }
    return commands;
}
/** Whether the code spans of `text` are joined by "or" ("`npm test` or `npx jest`"): alternatives, not steps. */
function inlineAlternatives(text) {
    const between = [...text.matchAll(/`[^`]+`([^`]*)(?=`)/g)].map((match) => match[1]);
    return between.length > 0 && between.every((words) => /^\s*,?\s*or\s*$/i.test(words));
}
/**
 * One command per logical line of a shell block, each with its directory: prompts dropped,
 * `\` continuations joined, comments and `echo` lines kept as the next command's label, `cd` and
 * `set -e` lines followed rather than run.
 */
function shellCommands(body, firstLine = 1) {
    const commands = [];
    let directory = ROOT;
    let cd;
    let label;
    let pending = '';
    let pendingLine = firstLine;
    const take = (content, line) => {
        if (content.startsWith('#')) {
            const comment = content.replace(/^#+!?\s*/, '').trim();
            if (comment !== '' && !content.startsWith('#!'))
                label = comment;
            return;
        }
        const echo = /^echo\s+(.*)$/.exec(content);
        if (echo) {
            label = labelOf(echo[1]);
            return;
        }
        if (/^set\s+[-+][a-zA-Z]+(?:\s+pipefail)?$/.test(content))
            return;
        const change = /^cd(?:\s+(\S+))?\s*(?:&&\s*(\S.*))?$/.exec(content);
        if (change) {
            directory = directory === null ? null : enter(directory, change[1] ?? '~');
            cd = `cd ${change[1] ?? ''}`.trim();
            if (change[2] === undefined)
                return;
            content = change[2].trim();
        }
        commands.push({ command: content, directory, ...(cd ? { cd } : {}), ...(label ? { label } : {}), line });
        label = undefined;
    };
    body.forEach((raw, offset) => {
        const content = raw.trim().replace(/^\$\s+/, '');
        if (pending === '')
            pendingLine = firstLine + offset;
        if (pending === '' && content === '')
            return;
        if (content.endsWith('\\') && !content.endsWith('\\\\')) {
            pending += content.slice(0, -1).trim() + ' ';
            return;
        }
        take((pending + content).trim(), pendingLine);
        pending = '';
    });
    // A dangling continuation is kept as written so the allow-list refuses it rather than a shorter command running.
    if (pending !== '')
        commands.push({ command: pending.trim() + ' \\', directory, line: pendingLine });
    return commands;
}
/** The directory after `cd target` from `from`, or null when it leaves the repository or cannot be told. */
function enter(from, target) {
    const words = splitArguments(target);
    const word = words?.length === 1 ? words[0] : undefined;
    // `cd`, `cd ~`, `cd -`, `cd $X`, `cd /abs`: wherever that is, it is not a place in the repository we can name.
    if (word === undefined || word === '' || /^[~\-/]|[$`\\*?[{]/.test(word))
        return null;
    const joined = external_node_path_default().posix.normalize(external_node_path_default().posix.join(from, word));
    if (joined === '..' || joined.startsWith('../'))
        return null;
    return joined.replace(/\/+$/, '') || ROOT;
}
/** `"1. Code formatting..."` → "Code formatting". */
function labelOf(echoed) {
    // A label is a few words; a hostile megabyte of them must not cost a quadratic trim.
    const short = echoed.slice(0, 200);
    const text = (splitArguments(short) ?? [short])
        .filter((word) => !/^-[neE]+$/.test(word))
        .join(' ')
        .replace(/^[=\-\s]+|[=\-\s]+$/g, '')
        .replace(/^\d+[.)]\s*/, '')
        .replace(/(?:\.{2,}|…|:)\s*$/, '')
        .trim();
    return text === '' ? undefined : text;
}

;// CONCATENATED MODULE: ./src/checklist/markdown/entry.ts
/** The groups of an entry that sits under headings only (shared, so its section title is joined once). */
const NO_GROUPS = [];

;// CONCATENATED MODULE: ./src/checklist/markdown/wording.ts
/**
 * Reading meaning from the words of a checklist: the text a reader actually sees, phrases looked
 * up in a vocabulary, and the nearest place that says something deciding for an item. Severity
 * (severity.ts) is the first vocabulary; phases and conditions can be read the same way.
 *
 * Only visible words count. A pull request can edit the checklist, and words a reviewer does not
 * see — in a link's address or title, an image's alt text, an HTML attribute, a footnote mark, an
 * HTML comment — must not change what an item means.
 */

/** A vocabulary compiled into a few linear scans. Phrases earlier in the list win where two start at the same word. */
function vocabulary(phrases) {
    const compile = (list, flags) => list.length === 0 ? undefined : { pattern: new RegExp(list.map((phrase) => `\\b(${phrase.pattern})`).join('|'), flags), list };
    const inPlace = (place) => phrases.filter((phrase) => phrase.where === 'everywhere' || (place === 'heading' && phrase.where === 'headings'));
    const scans = {
        heading: [compile(inPlace('heading').filter(isFolded), 'gi'), compile(inPlace('heading').filter(isExact), 'g')],
        item: [compile(inPlace('item').filter(isFolded), 'gi'), compile(inPlace('item').filter(isExact), 'g')]
    };
    // Sticky: a label is read from its first word only.
    const labels = [compile(phrases.filter(isFolded), 'iy'), compile(phrases.filter(isExact), 'y')];
    /** A phrase that is the whole label, or starts it and is followed only by punctuation and more words ("(optional, but nice)"). */
    const readLabel = (content, whole, into) => {
        const words = content.replace(/^\s*(?:yes|no)\s*[,:;–—-]\s*/i, '').trimStart();
        for (const scan of labels) {
            if (!scan)
                continue;
            scan.pattern.lastIndex = 0;
            const match = scan.pattern.exec(words);
            if (!match)
                continue;
            const after = words.slice(match[0].length);
            if (whole ? /^[\s\p{P}\p{S}]*$/u.test(after) : /^\s*(?:$|[,;:.!?–—-])/.test(after)) {
                const means = meaningOf(scan, match);
                if (means !== null)
                    into.push({ means, phrase: match[0] });
                return;
            }
        }
    };
    return {
        read(text, place) {
            const found = [];
            for (const scan of scans[place]) {
                if (!scan)
                    continue;
                // exec, not matchAll: matchAll copies the regular expression on every call.
                scan.pattern.lastIndex = 0;
                for (let match = scan.pattern.exec(text); match; match = scan.pattern.exec(text)) {
                    const means = meaningOf(scan, match);
                    if (means !== null)
                        found.push({ means, phrase: match[0] });
                }
            }
            if (/[([]/.test(text))
                for (const bracket of text.matchAll(/[([]([^()[\]]*)[)\]]/g))
                    readLabel(bracket[1], false, found);
            if (place === 'heading')
                readLabel(text.replace(/^[^\p{L}]+/u, ''), true, found);
            return found;
        }
    };
}
const isFolded = (phrase) => !phrase.caseSensitive;
const isExact = (phrase) => phrase.caseSensitive === true;
/** Each phrase has exactly one group, so the first group that took part names the phrase. */
function meaningOf(scan, match) {
    return scan.list[match.slice(1).findIndex((group) => group !== undefined)]?.means ?? null;
}
/** Characters that render as nothing: a word split by one still reads as the word. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
/**
 * The text a reader of the rendered Markdown sees, on one line: link text without its address or
 * title, no images, HTML tags, footnote marks or reference labels, emphasis and code marks as
 * spaces, escapes and character references undone, invisible characters dropped, compatibility
 * forms (fullwidth letters, odd dashes) as their plain letters. Linear.
 */
function visibleText(text) {
    // Most titles hold no markup at all; they skip the bookkeeping below.
    const shown = /[\\<[*_~`]/.test(text) ? withoutMarkup(text) : text;
    return shown
        .replace(/&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([a-z]{2,5}));/g, (entity, decimal, hex, name) => {
        const code = decimal !== undefined ? Number(decimal) : hex !== undefined ? parseInt(hex, 16) : undefined;
        if (code !== undefined)
            return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
        return NAMED_ENTITIES[name ?? ''] ?? entity;
    })
        .replace(INVISIBLE, '')
        .normalize('NFKC')
        .replace(/[\u2010-\u2015\u2212]/g, '-')
        .replace(/\s+/g, ' ')
        .trim();
}
/** Link text without its address, no images, tags, footnote marks or reference labels; brackets paired once, hidden ranges summed once. */
function withoutMarkup(text) {
    const escaped = new Uint8Array(text.length);
    for (let at = 0; at < text.length - 1; at++)
        if (text[at] === '\\' && /[!-/:-@[-`{-~]/.test(text[at + 1]))
            escaped[at + 1] = 1;
    const parenClose = pairs(text, '(', ')', escaped);
    const bracketClose = pairs(text, '[', ']', escaped);
    // +1 where a hidden range starts, -1 where it ends: a running sum over the text says what is hidden.
    const hidden = new Int32Array(text.length + 1);
    const hide = (from, to) => {
        hidden[from]++;
        hidden[to]--;
    };
    const tag = /<\/?[A-Za-z][^<>]*>|<(?:https?|mailto):[^<>\s]*>/y;
    for (let at = 0; at < text.length; at++) {
        const character = text[at];
        if (escaped[at])
            continue;
        if (character === '\\' && at + 1 < text.length && escaped[at + 1])
            hide(at, at + 1);
        else if (character === '<') {
            tag.lastIndex = at;
            const match = tag.exec(text);
            if (match)
                hide(at, at + match[0].length);
        }
        else if (character === '[' && bracketClose[at] !== -1) {
            const close = bracketClose[at];
            const next = close + 1;
            const image = at > 0 && text[at - 1] === '!' && !escaped[at - 1];
            if (text[at + 1] === '^')
                hide(at, close + 1);
            else if (text[next] === '(' && parenClose[next] !== -1) {
                if (image)
                    hide(at - 1, parenClose[next] + 1);
                else {
                    hide(at, at + 1);
                    hide(close, parenClose[next] + 1);
                }
            }
            else if (text[next] === '[' && bracketClose[next] !== -1) {
                hide(at, at + 1);
                hide(close, bracketClose[next] + 1);
            }
        }
    }
    let out = '';
    let depth = 0;
    for (let at = 0; at < text.length; at++) {
        depth += hidden[at];
        if (depth > 0) {
            if (out !== '' && !out.endsWith(' '))
                out += ' ';
            continue;
        }
        const character = text[at];
        out += !escaped[at] && (character === '*' || character === '_' || character === '~' || character === '`') ? ' ' : character;
    }
    return out;
}
/** For each opening character, the index of its closing partner (nesting respected), or -1. */
function pairs(text, open, close, escaped) {
    const partner = new Int32Array(text.length).fill(-1);
    const stack = [];
    for (let at = 0; at < text.length; at++) {
        if (escaped[at])
            continue;
        if (text[at] === open)
            stack.push(at);
        else if (text[at] === close && stack.length > 0)
            partner[stack.pop()] = at;
    }
    return partner;
}
/** Text quoted in a message: one line, cut short. */
function quoteSource(text) {
    // Cut before tidying: a megabyte heading must not be rewritten to show sixty characters of it.
    const line = text
        .slice(0, MAX_QUOTED_SOURCE_CHARS * 4)
        .replace(/\s+/g, ' ')
        .trim();
    return `"${line.length > MAX_QUOTED_SOURCE_CHARS ? `${line.slice(0, MAX_QUOTED_SOURCE_CHARS - 1)}…` : line}"`;
}

;// CONCATENATED MODULE: ./src/checklist/markdown/evidence.ts
/**
 * What a box says must exist or must be reached: a repository path that must be there ("`docs/ROLLBACK.md`
 * documented", "binary `target/release/app` built") and an acceptance figure next to a test command
 * ("≥ 94% pass rate", "491/491 tests"). Both only tighten: a path becomes `file:` evidence that
 * must exist, a figure becomes the gate's `expect`.
 */


/** Words that say the path is there once the work is done; "remove `x`" or "no `x`" say the opposite. */
const EXISTS = /\b(?:documented|exists?|created|built|present|written|added|in\s+place|generated|committed|available|updated|prepared|ready)\b/i;
const ABSENT = /\b(?:remove[sd]?|delete[sd]?|deleted|no\s+longer|not\s+present|absent|clean\s+up|drop(?:ped)?|never|without)\b|\bno\s+`/i;
/** A relative path inside the repository: a directory part or a file extension, no `..`, no glob, no variable. */
const PATH_SHAPE = /^(?![/~])(?!.*(?:^|\/)\.\.(?:\/|$))[\w.@+-]+(?:\/[\w.@+-]+)*\/?$/;
const FILE_EXTENSION = /\.(?:md|txt|rst|adoc|ya?ml|json|toml|ini|cfg|conf|env\.example|sh|sql|lock|pdf|html|csv)$/i;
function evidencePaths(text) {
    const visible = visibleText(text);
    if (!EXISTS.test(visible) || ABSENT.test(text))
        return [];
    const paths = [];
    for (const match of text.matchAll(/`([^`\n]{1,200})`/g)) {
        const code = match[1].trim();
        if (!PATH_SHAPE.test(code) || looksLikeCommand(code))
            continue;
        // `MODEL_NAME` and `README` name settings or things; a path shows a folder or a file type.
        if (!code.includes('/') && !FILE_EXTENSION.test(code))
            continue;
        // A folder cannot be checked as a non-empty regular file.
        if (code.endsWith('/'))
            continue;
        if (!paths.includes(code))
            paths.push(code);
    }
    return paths;
}
/** "≥ 94% pass rate", "pass rate >= 94%", "491/491 tests", "all 491 tests pass". */
function acceptanceFigure(text) {
    const visible = visibleText(text);
    const rate = /(?:≥|>=|at\s+least|minimum(?:\s+of)?)\s*(\d{1,3}(?:\.\d+)?)\s*%\s*(?:pass(?:ing)?(?:\s+rate)?|success(?:\s+rate)?|of\s+tests)/i.exec(visible) ??
        /pass(?:ing)?\s+rate\s*(?:of\s+)?(?:≥|>=|at\s+least)\s*(\d{1,3}(?:\.\d+)?)\s*%/i.exec(visible);
    if (rate) {
        const passRate = Number(rate[1]);
        if (passRate > 0 && passRate <= 100)
            return { passRate };
    }
    const ratio = /\b(\d{1,7})\s*\/\s*(\d{1,7})\s+(?:tests?|specs?|cases?)\b/i.exec(visible);
    if (ratio) {
        const passed = Number(ratio[1]);
        const total = Number(ratio[2]);
        if (total > 0 && passed <= total) {
            // Rounded down: "93/100" must not ask for more than was written, nor let less through.
            const passRate = Math.floor((passed / total) * 10000) / 100;
            return passed === total ? { minTests: total, maxFailures: 0 } : { minTests: total, passRate };
        }
    }
    const all = /\ball\s+(\d{1,7})\s+(?:tests?|specs?)\s+pass/i.exec(visible);
    if (all && Number(all[1]) > 0)
        return { minTests: Number(all[1]), maxFailures: 0 };
    return undefined;
}

;// CONCATENATED MODULE: ./src/checklist/markdown/inline-text.ts
/**
 * Inline Markdown as the reader needs it: titles without markup, and the blanks a checklist still
 * holds. Every pattern here is linear on any line: the file is untrusted and up to a megabyte on
 * one line.
 */
// Named words only: "[P0]" or "[WIP]" are labels, not blanks.
const PLACEHOLDER = /\[(?:\s*(?:SPECIFY|TBD|TBC|TODO|FILL[ _-]?IN|INSERT\b[^\]]*|NAME|E-?MAIL|DATE|PHONE\b[^\]]*|URL|VALUE|NUMBER|X{2,}|\.{3}|…)\s*|\s*)\]|\bTBD\b|\?{3,}/i;
// Case matters here: <YOUR NAME> is a blank, <br> is markup.
const ANGLE_PLACEHOLDER = /<[A-Z][A-Z_ ]*>/;
/** Text still to be written: `[SPECIFY]`, `TBD`, `[ ]`, `<YOUR NAME>`, `???`. */
function hasPlaceholder(text) {
    return PLACEHOLDER.test(text) || ANGLE_PLACEHOLDER.test(text);
}
/**
 * A title as the report shows it, on one line: bold marks, links (to their text), XML-like tags and
 * Markdown escapes (`\<` → `<`) removed outside code spans; code spans keep their text as written.
 */
function stripInline(text) {
    let out = '';
    let last = 0;
    for (const match of text.matchAll(/`([^`]*)`/g)) {
        out += inline_text_withoutMarkup(text.slice(last, match.index)) + match[1];
        last = match.index + match[0].length;
    }
    out += inline_text_withoutMarkup(text.slice(last));
    return out.replace(/\s+/g, ' ').trim();
}
function inline_text_withoutMarkup(text) {
    return (text
        .replace(/\*\*|__/g, '')
        .replace(/\[([^\][]+)\]\([^()]*\)/g, '$1')
        // Lower-case names only: `<YOUR NAME>` is a blank to fill in, and stays visible.
        .replace(/(?<!\\)<\/?[a-z][\w.:-]*(?:\s[^<>]*)?\/?>/g, ' ')
        .replace(/\\([!-/:-@[-`{-~])/g, '$1'));
}
/** A right trim by loop: a regex like /[\s*]+$/ retries from every position and turns quadratic. */
function trimEndOf(text, drop) {
    let end = text.length;
    while (end > 0 && drop(text[end - 1]))
        end--;
    return text.slice(0, end);
}

;// CONCATENATED MODULE: ./src/checklist/markdown/line-kinds.ts
/**
 * Every shape of line the Markdown reader understands, and the one function that tells them apart.
 * The reader (../markdown.ts) has one handler per kind; to teach it a new shape, add a kind here
 * with an example, recognise it in classifyLine, and handle it there.
 *
 * Order matters where shapes overlap, and classifyLine tries them in this order: a fence hides
 * everything inside it; a heading or a box is recognised by its first characters; a box or line
 * with blanks to fill is a signature or fill-in field when it reads as "Label: ____"; a table needs
 * its separator row; what is left is layout (blank, indented, a bullet, a paragraph).
 */


const HEADING = /^(#{1,6})[ \t]+(.*)$/;
const CHECKBOX = new RegExp(`^(\\s*)(?:[-*+]|\\d{1,${MAX_LIST_NUMBER_DIGITS}}[.)])\\s+\\[([ xX])\\]\\s+(.*)$`);
const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)/;
const TABLE_SEPARATOR = /^\s*(?:\|\s*)?:?-{3,}/;
const SIGNED_LINE = /^\s*(?:[-*+]\s+)?\**(?:signed|signature|approved by|signed[ -]off by)\**\s*:/i;
const SIGNATURE_LABEL_SHAPE = new RegExp(`^[A-Za-z][^:_|]{1,${MAX_SIGNATURE_LABEL_CHARS}}$`);
/** Labels that say "sign here" without saying who: the heading above names the role. */
const GENERIC_SIGNATURE = /^(signed|signature|sign-?off|signed[ -]off(?: by)?|approved(?: by)?|approval|name)$/i;
const SIGNATURE_WORD = /sign|approv|\bby\b/i;
const FIELD_WORD = /date|contact|e-?mail|phone|version|time|pager/i;
/** `**Label**: value` or `**Label:** value`: a form field, whether still blank or filled in. */
const BOLD_LABEL = /^\*\*[^*:\n]{1,60}(?:\*\*\s*:|:\*\*)/;
/** A tag alone on its line; its name must not be an HTML element GitHub renders (`<details>`, `<br>`). */
const SECTION_TAG = /^\s*<(\/?)([A-Za-z][\w.-]*)((?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`]+))?)*)\s*\/?>\s*$/;
const HTML_ELEMENTS = new Set('a abbr address article aside b bdi bdo blockquote br caption center cite code col colgroup dd del details dfn div dl dt em figcaption figure footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd li main mark nav ol p picture pre q rp rt ruby s samp section small source span strike strong sub summary sup table tbody td tfoot th thead time tr tt u ul var video wbr'.split(' '));
/** What the line at `index` (0-based) is; fences and tables take the lines up to `lastLine` with them. */
function classifyLine(lines, index) {
    const text = lines[index];
    const line = index + 1;
    const fence = FENCE.exec(text);
    if (fence) {
        const end = closingFence(lines, index, fence[2]);
        return { kind: 'fence', line, lastLine: Math.min(end + 1, lines.length), language: fence[3].toLowerCase(), body: lines.slice(index + 1, end) };
    }
    const heading = HEADING.exec(text);
    if (heading) {
        const written = withoutClosingHashes(heading[2]);
        return { kind: 'heading', line, level: heading[1].length, title: headingTitle(written), text: written };
    }
    const box = boxLine(text);
    if (box) {
        // A signature box filled in ("**Product Owner**: Dana Date: 2026-11-30") is still that signature, under the same id.
        const form = /_{3,}/.test(box.text) || (BOLD_LABEL.test(box.text) && /\bDate\b\**\s*:/i.test(box.text));
        const signature = form ? signatureOf(text, line, box.checked) : undefined;
        return signature ?? { kind: 'box', line, box };
    }
    // Short lines only: a section tag is a few words, and a megabyte of attributes must cost nothing.
    const tag = text.length <= MAX_TAG_LINE_CHARS && /^\s*<[^\n]*>\s*$/.test(text) ? SECTION_TAG.exec(text) : null;
    if (tag && !HTML_ELEMENTS.has(tag[2].toLowerCase()))
        return { kind: 'tag', line, name: tag[2], closing: tag[1] === '/', attributes: tagAttributes(tag[3]) };
    if (isTableRow(text) && index + 1 < lines.length && TABLE_SEPARATOR.test(lines[index + 1])) {
        const rows = [];
        let at = index + 2;
        while (at < lines.length && isTableRow(lines[at])) {
            rows.push({ cells: tableCells(lines[at]), line: at + 1 });
            at++;
        }
        return { kind: 'table', line, lastLine: at, header: tableCells(text), rows };
    }
    // A blank line to sign, or a signature line already filled in ("Signed: Dana K.").
    // "**Release manager**: Dana Date: 2026-11-30" is the same signature it was while blank, under the same id.
    if (/_{3,}/.test(text) || SIGNED_LINE.test(text) || (BOLD_LABEL.test(text) && /\bDate\b\**\s*:/i.test(text))) {
        const signature = signatureOf(text, line, false);
        if (signature)
            return signature;
    }
    // A form field in a list, filled in ("- **Deployed By**: Dana"): the same item it was while blank.
    const bullet = /^[-*+]\s+/.exec(text);
    if (bullet && BOLD_LABEL.test(text.slice(bullet[0].length))) {
        const field = signatureOf(text, line, false);
        if (field && (field.kind === 'fill-in' || SIGNATURE_WORD.test(field.label)))
            return field;
    }
    if (text.trim() === '')
        return { kind: 'blank', line };
    if (/^\s/.test(text))
        return { kind: 'indented', line };
    if (bullet)
        return { kind: 'bullet', line };
    return { kind: 'paragraph', line, text };
}
/** `priority="high" owner=ops` as a map; names lower-cased, values as written. */
function tagAttributes(text) {
    const attributes = {};
    for (const match of text.matchAll(/([A-Za-z_:][\w.:-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>=`]+)))?/g)) {
        attributes[match[1].toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
    }
    return attributes;
}
/** A heading as the report shows it: a status mark in front ("### ✅ Security") says nothing about the section. */
function headingTitle(written) {
    return stripInline(written).replace(/^(?:(?:\p{Extended_Pictographic}|[\u2610-\u2612\u2713-\u2718]|\uFE0F|\u200D)+\s*)+/u, '') || stripInline(written);
}
/** The box on a line, if the line is one: `- [ ] text`, `1. [x] text`, at any indentation. */
function boxLine(text) {
    const match = CHECKBOX.exec(text);
    return match ? { indent: match[1].length, checked: match[2] !== ' ', text: match[3].trim() } : undefined;
}
/** Index of the line closing the fence opened at `open`, or the end of the file (CommonMark: same character, at least as long, nothing else). */
function closingFence(lines, open, marker) {
    for (let at = open + 1; at < lines.length; at++) {
        const candidate = lines[at].trim();
        if (candidate.length >= marker.length && candidate[0] === marker[0] && /^(`+|~+)$/.test(candidate))
            return at;
    }
    return lines.length;
}
function withoutClosingHashes(text) {
    const trimmed = text.trimEnd();
    let end = trimmed.length;
    while (end > 0 && trimmed[end - 1] === '#')
        end--;
    // "## Title ##" closes with hashes; "## C#" does not.
    return end === 0 || /\s/.test(trimmed[end - 1]) ? trimmed.slice(0, end).trimEnd() : trimmed;
}
function isTableRow(text) {
    return /^\s*\|.*\|\s*$/.test(text);
}
function tableCells(text) {
    return text
        .trim()
        .replace(/^\|/, '')
        .replace(/\|$/, '')
        .split('|')
        .map((cell) => cell.trim());
}
/** A signature or fill-in field when the line reads as "Label: value"; the label decides which. */
function signatureOf(text, line, ticked) {
    const parts = labelAndValue(text);
    if (!parts)
        return undefined;
    const label = stripInline(parts.label);
    const generic = GENERIC_SIGNATURE.test(label);
    if (!generic && !SIGNATURE_WORD.test(label) && FIELD_WORD.test(label))
        return { kind: 'fill-in', line, label, value: parts.value, ticked };
    return { kind: 'signature', line, label, generic, value: parts.value, ticked };
}
/**
 * "**Signed:** ____ **Date:** ___", "- [ ] **Product Owner**: ____", "Approved by: Dana": the label
 * before the first colon and the value after it, up to a trailing "Date". Hand-written so a
 * megabyte of blanks on one line costs one pass.
 */
function labelAndValue(text) {
    const rest = text.replace(/^\s*(?:[-*+]\s+)?(?:\[[ xX]\]\s+)?/, '');
    const colon = rest.indexOf(':');
    if (colon === -1)
        return undefined;
    const label = rest.slice(0, colon).replace(/\*/g, '').trim();
    if (!SIGNATURE_LABEL_SHAPE.test(label))
        return undefined;
    let value = rest.slice(colon + 1).replace(/^[\s*]+/, '');
    const date = value.search(/\bDate\b/i);
    if (date > 0)
        value = value.slice(0, date);
    return { label, value: trimEndOf(value, (character) => character === '*' || /\s/.test(character)) };
}

;// CONCATENATED MODULE: ./src/checklist/markdown/phase.ts

const DEPLOYING = String.raw `(?:deploy(?:ment|ing)?|releas(?:e|ing)|launch(?:ing)?|go(?:ing)?[\s-]+live|roll[\s-]?out|cut[\s-]?over)`;
const ROLLBACK = String.raw `roll(?:ing)?[\s-]?back`;
/** Ordered: where two phrases start at the same word, the earlier (longer) one is read. */
const PHASE_PHRASES = [
    { pattern: String.raw `pre[\s-]?(?:deploy(?:ment|ing)?|release|production|prod|launch|flight|go[\s-]?live|roll[\s-]?out|cut[\s-]?over)\b`, means: 'pre-deploy', in: 'boxes' },
    { pattern: String.raw `before\s+(?:the\s+)?(?:${DEPLOYING}|going\s+(?:to|into)\s+production|production)\b`, means: 'pre-deploy', in: 'boxes' },
    { pattern: String.raw `deploy(?:ment)?\s+(?:prep(?:aration)?|readiness|prerequisites)\b`, means: 'pre-deploy', in: 'headings' },
    { pattern: String.raw `prerequisites?\b`, means: 'pre-deploy', in: 'headings' },
    { pattern: String.raw `post[\s-]?(?:deploy(?:ment|ing)?|release|launch|go[\s-]?live|roll[\s-]?out|cut[\s-]?over|production)\b`, means: 'post-deploy', in: 'boxes' },
    { pattern: String.raw `after\s+(?:the\s+)?(?:${DEPLOYING}|going\s+live)\b`, means: 'post-deploy', in: 'boxes' },
    { pattern: String.raw `${ROLLBACK}\s+(?:criteria|triggers?|conditions|thresholds)\b`, means: 'trigger', in: 'headings' },
    { pattern: String.raw `(?:immediately\s+)?${ROLLBACK}\s+(?:if|when)\b`, means: 'trigger', in: 'boxes' },
    { pattern: String.raw `when\s+to\s+roll\s?back\b`, means: 'trigger', in: 'headings' },
    { pattern: String.raw `${ROLLBACK}\s+(?:plan|procedures?|steps|process|runbook|instructions)\b`, means: 'post-deploy', in: 'headings' },
    { pattern: String.raw `(?:first|initial|next)\s+\d+\s*(?:h|hrs?|hours?|d|days?|weeks?|min(?:ute)?s?)\b`, means: 'post-deploy', in: 'boxes' },
    { pattern: String.raw `(?:hour|day|week|month)\s+\d+\b`, means: 'post-deploy', in: 'boxes' },
    { pattern: String.raw `monitor(?:ing)?\s+(?:for\s+)?(?:the\s+)?(?:first\s+)?\d+\s*(?:h|hrs?|hours?|days?|min(?:ute)?s?)\b`, means: 'post-deploy', in: 'boxes' },
    { pattern: String.raw `\d+\s*(?:h|hours?)\s+(?:monitoring|window|watch)\b`, means: 'post-deploy', in: 'headings' },
    { pattern: String.raw `success\s+metrics\b`, means: 'post-deploy', in: 'headings' },
    { pattern: String.raw `(?:metrics|kpis?)\s+to\s+(?:watch|monitor|track)\b`, means: 'post-deploy', in: 'headings' },
    { pattern: String.raw `continuous\s+improvement\b`, means: 'post-deploy', in: 'headings' },
    { pattern: String.raw `deploy(?:ment)?\s+(?:day|execution|steps?|procedures?|process|window|tasks)\b`, means: 'deploy', in: 'headings' },
    { pattern: String.raw `during\s+(?:the\s+)?(?:${DEPLOYING}|maintenance\s+window)\b`, means: 'deploy', in: 'boxes' },
    { pattern: String.raw `deploy(?:ing)?\s+(?:to|in(?:to)?|on)\s+(?:the\s+)?(?:staging|production|prod|canary|cluster|kubernetes|k8s)\b`, means: 'deploy', in: 'boxes' },
    { pattern: String.raw `(?:single|multi(?:ple)?)[\s-]?(?:server|node|instance|host|region)s?\s+deploy(?:ment)?\b`, means: 'deploy', in: 'headings' },
    { pattern: String.raw `(?:go[\s-]?live|release)\s+(?:day|steps|execution)\b`, means: 'deploy', in: 'headings' },
    { pattern: String.raw `roll[\s-]?outs?\b`, means: 'deploy', in: 'headings' },
    { pattern: String.raw `cut[\s-]?over\b`, means: 'deploy', in: 'headings' },
    { pattern: ROLLBACK, means: 'post-deploy', in: 'headings', whole: true }
];
const toPhrase = (phrase) => ({ pattern: phrase.pattern, means: phrase.means, where: phrase.whole ? 'labels' : 'headings' });
const HEADING_WORDS = vocabulary(PHASE_PHRASES.map(toPhrase));
const BOX_WORDS = vocabulary(PHASE_PHRASES.filter((phrase) => phrase.in === 'boxes').map(toPhrase));
/** An item's own text: a bracketed label ("(post-deploy)") or a field ("Phase: post-deploy"). */
const OWN_WORDS = vocabulary([
    { pattern: String.raw `phase\s*:\s*pre[\s-]?deploy(?:ment)?\b`, means: 'pre-deploy', where: 'everywhere' },
    { pattern: String.raw `phase\s*:\s*deploy(?:ment)?\b`, means: 'deploy', where: 'everywhere' },
    { pattern: String.raw `phase\s*:\s*post[\s-]?deploy(?:ment)?\b`, means: 'post-deploy', where: 'everywhere' },
    ...PHASE_PHRASES.filter((phrase) => phrase.in === 'boxes').map((phrase) => ({ ...toPhrase(phrase), where: 'labels' }))
]);
/** "Phase 2: Canary (10%)": a numbered step of a plan that names a later environment. */
const NUMBERED_STEP = /\b(?:phase|stage|wave|step|ring)\s*#?\d+\b/i;
const LATER_ENVIRONMENT = /\b(?:staging|canary|production|prod|pilot|beta|internal\s+users|dogfood\w*|general\s+availability|GA|regions?|cohorts?|all\s+users|customers|early\s+adopters|full\s+roll[\s-]?out)\b|\d+\s*%/i;
const COMES_FIRST = /\b(?:first|before|prior\s+to|prerequisites?|pre-)/i;
/** A box that reads as a condition to watch rather than a task to do. */
const CONDITION_SHAPE = /[<>≥≤]|\b(?:more|less|fewer|greater|higher|lower)\s+than\b|\b(?:exceed\w*|above|below)\b|\b(?:fail\w*|down|detected|discovered|reported|errors?|crash\w*|outage|degraded|corrupt\w*|spikes?|unavailable|unresponsive|not\s+responding|breach\w*|leak\w*|regress\w*|broken|timeouts?|OOM|kills?)\b/i;
/** Bidirectional overrides, embeddings, isolates and marks: they reorder what a reader sees. */
const DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const PHASE_ORDER = ['pre-deploy', 'deploy', 'post-deploy'];
function decide(found) {
    if (found.length === 0)
        return undefined;
    const trigger = found.find((entry) => entry.means === 'trigger')?.phrase;
    // Words that disagree: the earliest phase wins, so a precondition is never read as a later step.
    const phase = PHASE_ORDER.map((candidate) => found.find((entry) => entry.means === candidate)).find((entry) => entry !== undefined);
    return { ...(phase ? { phase: phase.means, phrase: phase.phrase } : {}), ...(trigger ? { trigger } : {}) };
}
/** What a heading, tag or introduction says. */
function readHeading(text) {
    if (DIRECTION_CONTROLS.test(text))
        return { phase: 'pre-deploy', phrase: 'direction-changing characters' };
    const visible = visibleText(text);
    const said = decide(HEADING_WORDS.read(visible, 'heading'));
    if (said?.phase)
        return said;
    const step = NUMBERED_STEP.exec(visible);
    const environment = step ? LATER_ENVIRONMENT.exec(visible) : null;
    if (step && environment && !COMES_FIRST.test(visible))
        return { ...said, phase: 'post-deploy', phrase: `${step[0]}: ${environment[0]}` };
    return said;
}
function readBox(text) {
    if (DIRECTION_CONTROLS.test(text))
        return { phase: 'pre-deploy', phrase: 'direction-changing characters' };
    return decide(BOX_WORDS.read(visibleText(text), 'heading'));
}
/** "**Hour 1**: error rate normal": a bold lead-in labels the item like a heading would. */
const BOLD_LEAD = /^\s*(?:\*\*|__)([^*_\n]{1,60})(?:\*\*|__)/;
function readOwn(text) {
    if (DIRECTION_CONTROLS.test(text))
        return { phase: 'pre-deploy', phrase: 'direction-changing characters' };
    const lead = BOLD_LEAD.exec(text);
    const fromLead = lead ? decide(BOX_WORDS.read(visibleText(lead[1]), 'heading')) : undefined;
    return fromLead ?? decide(OWN_WORDS.read(visibleText(text), 'item'));
}
/** Each heading and parent box is read once, however many items sit under it. */
const headingReadings = new WeakMap();
const boxReadings = new WeakMap();
function cached(cache, context, read) {
    if (!cache.has(context))
        cache.set(context, read(context.text) ?? null);
    return cache.get(context) ?? undefined;
}
const IN_GROUP = (group) => `in the parent box ${quoteSource(group.title)} on line ${group.line}`;
const IN_INTRO = (intro) => `in the sentence ${quoteSource(intro.title)} on line ${intro.line}`;
const IN_HEADING = (heading) => heading.tag ? `in the section tag ${quoteSource(heading.text)} on line ${heading.line}` : `in the heading ${quoteSource(heading.title)} on line ${heading.line}`;
const PRE_DEPLOY = { phase: 'pre-deploy' };
/**
 * The phase of an item (rules 1–6 above). `ownText` is undefined for entries that have no words of
 * their own (a command of a shell block under a heading). `condition` says whether the item reads
 * as a condition, so a rollback trigger list can take it.
 */
function phase_phaseOf(ownText, contexts, condition) {
    const places = [];
    // `where` is worded only for the place that decides: a long heading is quoted once, not once per item under it.
    const consider = (said, where) => {
        if (!said)
            return undefined;
        if (said.trigger && condition)
            return { phase: 'post-deploy', trigger: true, from: `${quoteSource(said.trigger)} ${where()}` };
        if (!said.phase)
            return undefined;
        return said.phase === 'pre-deploy' ? PRE_DEPLOY : { phase: said.phase, from: `${quoteSource(said.phrase ?? said.phase)} ${where()}` };
    };
    if (ownText !== undefined)
        places.push(() => consider(readOwn(ownText), () => 'in its own text'));
    for (let at = contexts.groups.length - 1; at >= 0; at--) {
        const group = contexts.groups[at];
        places.push(() => consider(cached(boxReadings, group, readBox), () => IN_GROUP(group)));
    }
    const intro = contexts.intro;
    if (intro)
        places.push(() => consider(readHeading(intro.text), () => IN_INTRO(intro)));
    for (let at = contexts.headings.length - 1; at >= 0; at--) {
        const heading = contexts.headings[at];
        places.push(() => consider(cached(headingReadings, heading, readHeading), () => IN_HEADING(heading)));
    }
    for (const place of places) {
        const found = place();
        if (found)
            return found;
    }
    return PRE_DEPLOY;
}
/** Whether a box's text reads as a condition to watch ("Error rate > 10% for 5+ minutes") rather than a task. */
function readsAsCondition(text) {
    return CONDITION_SHAPE.test(visibleText(text));
}
/** The phase of an entry whose only context is its headings (a signature line, a table row, a command of a shell block). */
function headingPhase(headings) {
    return phase_phaseOf(undefined, { groups: [], headings }, false);
}

;// CONCATENATED MODULE: ./src/checklist/markdown/severity.ts
/**
 * Severity of a Markdown item, read from the words around it (the README's "Markdown checklists"
 * section states the same rules for users):
 *
 * 1. The nearest place that says something decides: the item's own text, then its parent boxes
 *    from the closest out, then its headings from the closest up. Nothing said anywhere: blocking.
 * 2. Headings and parent boxes label what is under them, so any severity word in them counts. An
 *    item's own text mostly describes a task ("remove optional flags"), so only labels count there:
 *    a bracketed label at its start ("(optional)", "[P2]", "(not optional)"), a field ("Severity:
 *    low", "Optional: no"), a priority tag (P0–P3) or a phrase that is only ever a label
 *    ("non-blocking", "nice to have", "mandatory").
 * 3. Negation is read: "not optional" and "Optional: no" block, "not blocking" warns.
 * 4. Words that state the need (required, optional, blocking, recommended…) outrank words that
 *    rank priority (P0–P3, critical/high/medium/low priority): "High Priority (RECOMMENDED)" warns.
 *    Where words of the same kind disagree, blocking wins: "not blocking? (yes, blocking)" blocks.
 * 5. Conditions ("(if required)", "if using Kubernetes", a heading for one platform) make an item a
 *    warning, unless the nearest word about severity is a requirement ("MUST COMPLETE"). Their
 *    words are never read as severity words ("if required" does not mean "required").
 * 6. Only visible words count (see wording.ts): a link's address, an HTML attribute or an image's
 *    alt text cannot soften an item; a word split by an invisible character or written as
 *    character references reads as the word it shows.
 * 7. Text with direction-changing characters can show other words than it holds: it blocks.
 *
 * A Markdown item is at most a warning: `info` (never counts) can only be written in YAML, where
 * the reviewer sees `severity: info` on the item itself.
 */


const BLOCKS_NEED = { severity: 'blocking', states: 'need' };
const WARNS_NEED = { severity: 'warning', states: 'need' };
const BLOCKS_RANK = { severity: 'blocking', states: 'priority' };
const WARNS_RANK = { severity: 'warning', states: 'priority' };
const NOT = String.raw `(?:not|non|never|no\s+longer|isn'?t|aren'?t)[\s-]*`;
const IS = String.raw `\s*[:?=]\s*`;
const YES = String.raw `(?:yes|true)\b`;
const NO = String.raw `(?:no|false|none)\b`;
/** Ordered: where two phrases start at the same word, the earlier (longer, more specific) one is read. */
const SEVERITY_PHRASES = [
    // Conditions are read on their own (CONDITION_PHRASES); here they only keep "required" from being read alone.
    { pattern: String.raw `(?:if|when|where|as)\s+(?:required|applicable|needed|necessary|appropriate)\b`, means: null, where: 'everywhere' },
    { pattern: String.raw `${NOT}optional\b`, means: BLOCKS_NEED, where: 'everywhere' },
    { pattern: String.raw `optional${IS}${NO}`, means: BLOCKS_NEED, where: 'everywhere' },
    { pattern: String.raw `optional${IS}${YES}`, means: WARNS_NEED, where: 'everywhere' },
    { pattern: String.raw `${NOT}(?:an?\s+)?(?:blocking|blocker)\b`, means: WARNS_NEED, where: 'everywhere' },
    { pattern: String.raw `(?:does\s+not|doesn'?t|will\s+not|won'?t)\s+block\b`, means: WARNS_NEED, where: 'everywhere' },
    { pattern: String.raw `(?:blocking|blocker|required|mandatory)${IS}${NO}`, means: WARNS_NEED, where: 'everywhere' },
    { pattern: String.raw `(?:blocking|blocker|required|mandatory)${IS}${YES}`, means: BLOCKS_NEED, where: 'everywhere' },
    { pattern: String.raw `sev(?:erity)?${IS}(?:low|minor|trivial|medium|moderate|info)\b`, means: WARNS_NEED, where: 'everywhere' },
    { pattern: String.raw `sev(?:erity)?${IS}(?:high|major|critical|blocker|blocking)\b`, means: BLOCKS_NEED, where: 'everywhere' },
    { pattern: String.raw `priority${IS}(?:low|lower|medium|minor|P[2-4])\b`, means: WARNS_RANK, where: 'everywhere' },
    { pattern: String.raw `priority${IS}(?:high|highest|critical|urgent|P[01])\b`, means: BLOCKS_RANK, where: 'everywhere' },
    // "Not required for launch" under a heading waives; in an item's own text ("check a restart is not required") it describes the task.
    { pattern: String.raw `${NOT}(?:required|mandatory)\b`, means: WARNS_NEED, where: 'headings' },
    { pattern: String.raw `${NOT}(?:required|mandatory)\b`, means: null, where: 'everywhere' },
    { pattern: String.raw `${NOT}critical\b`, means: WARNS_RANK, where: 'headings' },
    { pattern: String.raw `not\s+recommended\b`, means: null, where: 'everywhere' },
    { pattern: String.raw `nice[\s-]+to[\s-]+have\b`, means: WARNS_NEED, where: 'everywhere' },
    { pattern: String.raw `(?:low|lower|medium)[\s-]+priority\b`, means: WARNS_RANK, where: 'everywhere' },
    { pattern: String.raw `(?:critical|high|highest|top|urgent)[\s-]+priority\b`, means: BLOCKS_RANK, where: 'everywhere' },
    { pattern: String.raw `(?:mandatory|required)\b`, means: BLOCKS_NEED, where: 'everywhere' },
    { pattern: String.raw `(?<![\w-])P[01](?![\w-])`, means: BLOCKS_RANK, where: 'everywhere', caseSensitive: true },
    { pattern: String.raw `(?<![\w-])P[2-4](?![\w-])`, means: WARNS_RANK, where: 'everywhere', caseSensitive: true },
    { pattern: String.raw `(?:strongly\s+)?recommended\b`, means: WARNS_NEED, where: 'headings' },
    { pattern: String.raw `optional\b`, means: WARNS_NEED, where: 'headings' },
    { pattern: String.raw `(?:blocking|blockers?)\b`, means: BLOCKS_NEED, where: 'headings' },
    { pattern: String.raw `must(?:[\s-]+have)?\b`, means: BLOCKS_NEED, where: 'headings' },
    { pattern: String.raw `critical\b`, means: BLOCKS_RANK, where: 'headings' },
    // "Medium" alone has always marked a section of lesser priority ("Phase 3: Medium").
    { pattern: String.raw `medium\b`, means: WARNS_RANK, where: 'headings' },
    // "Low" alone only as a whole label: "### Low" or "(low)", never "Low-latency checks".
    { pattern: String.raw `(?:low|minor|trivial)\b`, means: WARNS_RANK, where: 'labels' },
    { pattern: String.raw `(?:high|urgent)\b`, means: BLOCKS_RANK, where: 'labels' }
];
const WORDS = vocabulary(SEVERITY_PHRASES);
const DEFAULT = { severity: DEFAULT_SEVERITY };
/** What `text` says about severity, read as a heading or as an item's own text (rules 2–6 above). */
function readSeverityWords(text, place) {
    if (severity_DIRECTION_CONTROLS.test(text))
        return { severity: 'blocking', phrase: 'direction-changing characters', states: 'need' };
    return severity_decide(WORDS.read(visibleText(text), place));
}
/** Bidirectional overrides, embeddings, isolates and marks: they reorder what a reader sees. */
const severity_DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
function severity_decide(found) {
    const needs = found.filter((entry) => entry.means.states === 'need');
    const deciding = needs.length > 0 ? needs : found;
    const winner = deciding.find((entry) => entry.means.severity === 'blocking') ?? deciding[0];
    return winner ? { severity: winner.means.severity, phrase: winner.phrase, states: winner.means.states } : undefined;
}
/**
 * Conditions: an item that applies only in some set-ups ("(if applicable)", "if using Kubernetes",
 * a heading for one platform) is a warning, unless the nearest place that says anything about
 * severity says it is required. A condition is read in the item's own text, its parent boxes and
 * its headings; in a bracket it may name anything ("(if using CUDA/MPS)").
 */
const PLATFORM = String.raw `(?:apple\s+silicon|mac\s?os|windows|linux|arm64|gpus?|cuda|mps|mlx|kubernetes|k8s|docker|systemd)`;
const CONDITION_PHRASES = [
    // In a bracket, a condition reads to its end: "(if using CUDA/MPS)", "(only when exposed externally)".
    { pattern: String.raw `(?:only\s+)?(?:if|when|unless)\s[^()[\]]*`, means: true, where: 'labels' },
    {
        pattern: String.raw `if\s+(?:using|you\s+use|running\s+on|deploying\s+(?:to|on)|applicable|required|needed|necessary|enabled|exposed|upgraded|changed|available|relevant|appropriate|any)\b`,
        means: true,
        where: 'everywhere'
    },
    { pattern: String.raw `(?:where|when|as)\s+(?:applicable|needed|required|necessary|appropriate)\b`, means: true, where: 'everywhere' },
    { pattern: String.raw `only\s+(?:if|when)\b`, means: true, where: 'everywhere' },
    { pattern: String.raw `(?:for|on)\s+${PLATFORM}\b`, means: true, where: 'headings' },
    { pattern: String.raw `${PLATFORM}[\s-]+(?:optimi[sz]ations?|specific|only)\b`, means: true, where: 'headings' }
];
const CONDITIONS = vocabulary(CONDITION_PHRASES);
/** The first condition in `text`, if any. */
function readCondition(text, place) {
    return CONDITIONS.read(visibleText(text), place)[0]?.phrase;
}
/** Each heading and parent box is read once, however many items sit under it. */
const readings = new WeakMap();
function wordsOf(context) {
    let words = readings.get(context);
    if (!words) {
        const opinion = readSeverityWords(context.text, 'heading');
        const condition = readCondition(context.text, 'heading');
        words = { ...(opinion ? { opinion } : {}), ...(condition ? { condition } : {}) };
        readings.set(context, words);
    }
    return words;
}
const severity_IN_GROUP = (group) => `in the parent box ${quoteSource(group.title)} on line ${group.line}`;
const severity_IN_HEADING = (heading) => `in the heading ${quoteSource(heading.title)} on line ${heading.line}`;
/** A box: its own text, then its parent boxes from the closest out, then its headings from the closest up. */
function boxSeverity(ownText, groups, headings) {
    const own = readSeverityWords(ownText, 'item');
    if (own)
        return reading(own, 'in its own text');
    const condition = readCondition(ownText, 'item');
    return contextSeverity(groups, headings, condition === undefined ? undefined : `${quoteSource(condition)} in its own text`);
}
/** A row of a status table, a command of a shell block, or anything else whose only context is its headings. */
function tableRowSeverity(headings) {
    return contextSeverity([], headings);
}
/**
 * The nearest parent box or heading that says something decides; a condition anywhere (nearest
 * first) makes the item a warning unless that nearest word is a requirement ("MUST COMPLETE").
 */
function contextSeverity(groups, headings, ownCondition) {
    const places = [
        ...[...groups].reverse().map((group) => ({ context: group, where: severity_IN_GROUP })),
        ...[...headings].reverse().map((heading) => ({ context: heading, where: severity_IN_HEADING }))
    ];
    let condition = ownCondition;
    let said;
    for (const { context, where } of places) {
        const words = wordsOf(context);
        if (condition === undefined && words.condition !== undefined)
            condition = `${quoteSource(words.condition)} ${where(context)}`;
        if (!said && words.opinion)
            said = { opinion: words.opinion, where: where(context) };
        if (said && condition !== undefined)
            break;
    }
    if (said && (condition === undefined || said.opinion.severity === 'warning' || said.opinion.states === 'need'))
        return reading(said.opinion, said.where);
    return condition === undefined ? DEFAULT : { severity: 'warning', from: `${condition} (a condition)` };
}
/** Signatures and fill-in fields always block: a sign-off the file asks for is never optional. */
const SIGNATURE_SEVERITY = DEFAULT;
function reading(opinion, where) {
    return opinion.severity === DEFAULT_SEVERITY ? DEFAULT : { severity: 'warning', from: `${quoteSource(opinion.phrase)} ${where}` };
}

;// CONCATENATED MODULE: ./src/checklist/markdown/boxes.ts
/**
 * Boxes and their nesting. A box with child boxes and no command of its own is a group, not an
 * item: its children are the items and its text joins their section title ("Security › Fix
 * js-yaml"). Ticking the parent therefore never passes children that were not ticked or whose
 * command fails.
 */








/** The boxes read so far, as trees, and the open list a deeper box nests into. */
class BoxForest {
    roots = [];
    /** The box a shell block right under it belongs to. */
    last;
    open = [];
    /** Adds a box under the nearest open box less indented than it (`baseIndent` is subtracted first). */
    add(found, line, headings, baseIndent = 0, intro) {
        const indent = found.indent - baseIndent;
        while (this.open.length > 0 && this.open[this.open.length - 1].indent >= indent)
            this.open.pop();
        // Deeper boxes join the deepest allowed level, so a hostile staircase cannot exhaust the stack.
        while (this.open.length >= MAX_BOX_DEPTH)
            this.open.pop();
        const parent = this.open[this.open.length - 1];
        const box = {
            text: found.text,
            checked: found.checked,
            line,
            indent,
            headings,
            children: [],
            blockCommands: [],
            ...(parent ? { parent } : {}),
            ...(intro ? { intro } : {})
        };
        if (parent)
            parent.children.push(box);
        else
            this.roots.push(box);
        this.open.push(box);
        this.last = box;
    }
    /** The boxes inside a fenced block: a list of their own, however the block is indented. */
    addFenced(body, firstLine, headings) {
        const found = body.flatMap((text, offset) => {
            const box = boxLine(text);
            return box ? [{ box, line: firstLine + offset }] : [];
        });
        if (found.length === 0)
            return false;
        this.closeList();
        const base = found.reduce((least, entry) => Math.min(least, entry.box.indent), Infinity);
        for (const entry of found)
            this.add(entry.box, entry.line, headings, base);
        this.closeList();
        return true;
    }
    /** Something that ends a list (a heading, a paragraph, a table): the next box starts a new tree. */
    closeList() {
        this.open = [];
    }
    /** Every item the boxes make, groups resolved. */
    entries() {
        const entries = [];
        collectSiblings(this.roots, NO_GROUPS, [], entries);
        return entries;
    }
}
/**
 * "Internet connection available, OR" followed by "Local model path configured": the two boxes are
 * alternatives, one group that passes when either does. The roots of a list are siblings too.
 */
// Read on the last few characters only: a pattern anchored at the end retries from every space of a long line.
const OR_AT_END = /(?:^|[\s,;])(?:\*\*)?or(?:\*\*)?\s*$/i;
const OR_AT_START = /^(?:\*\*)?or(?:\*\*)?[\s,:]/i;
const endsWithOr = (text) => OR_AT_END.test(text.slice(-12));
const withoutOr = (text) => {
    const tail = text.slice(-12);
    if (!OR_AT_END.test(tail))
        return text;
    return trimEndOf(text.slice(0, text.length - tail.length) + tail.replace(OR_AT_END, ''), (character) => /[\s,;]/.test(character));
};
function collectSiblings(boxes, groups, groupContext, entries) {
    let anyOf;
    boxes.forEach((box, index) => {
        const next = boxes[index + 1];
        const joinsNext = next !== undefined && (endsWithOr(box.text) || OR_AT_START.test(next.text));
        if (joinsNext && !anyOf)
            anyOf = { key: `line-${box.line}`, name: `${cleanTitle(box.text)} or ${cleanTitle(next.text)}` };
        collectBoxes(box, groups, groupContext, entries, anyOf);
        if (!joinsNext)
            anyOf = undefined;
    });
}
/** A title without the "OR" that joins it to its alternative. */
function cleanTitle(text) {
    return stripInline(withoutOr(text).replace(OR_AT_START, ''));
}
/** Boxes with children are groups: their children are the items, under the group's name. */
function collectBoxes(box, groups, groupContext, entries, anyOf) {
    const commands = [...inlineCommands(box.text), ...box.blockCommands];
    const title = cleanTitle(box.text);
    const childGroups = box.children.length > 0 ? [...groups, title] : groups;
    // One context object per parent box, shared by its children, so its words are read once.
    const childContext = box.children.length > 0 ? [...groupContext, { text: box.text, title, line: box.line }] : groupContext;
    // A box that names a command is a check to run, never a trigger: "No failures: `cargo test`" under "Rollback Criteria" still runs.
    const condition = commands.length === 0 && readsAsCondition(box.text);
    const phase = phase_phaseOf(box.text, { groups: groupContext, ...(box.intro ? { intro: box.intro } : {}), headings: box.headings }, condition);
    // A rollback trigger with conditions under it ("Error rate above:" → "5% for 5 minutes") is read as one trigger.
    if (box.children.length > 0 && commands.length === 0 && !phase.trigger) {
        collectSiblings(box.children, childGroups, childContext, entries);
        return;
    }
    const written = withoutOr(box.text).replace(OR_AT_START, '');
    const expect = commands.length > 0 ? acceptanceFigure(box.text) : undefined;
    entries.push({
        kind: 'box',
        title,
        signed: box.checked,
        line: box.line,
        headings: box.headings,
        groups,
        commands,
        // "`a` or `b`" in the text; a command in a block under the box is required whatever the text says.
        ...(commands.length > 1 && box.blockCommands.length === 0 && inlineAlternatives(box.text) ? { commandsAreAlternatives: true } : {}),
        files: commands.length === 0 ? evidencePaths(box.text) : [],
        ...(expect ? { expect } : {}),
        severity: boxSeverity(box.text, groupContext, box.headings),
        phase,
        ...(anyOf ? { anyOf } : {}),
        ...(written !== title ? { written } : {})
    });
    if (!phase.trigger)
        collectSiblings(box.children, childGroups, childContext, entries);
}

;// CONCATENATED MODULE: ./src/checklist/markdown/signatures.ts
/**
 * Sign-offs written into the file: blank signature lines and sign-off tables are pending sign-offs;
 * blank fields such as `Deployment Date: ____` are pending "Fill in" items. A name or a "yes"
 * signs; a blank, a placeholder or a "no" does not.
 */




const NOT_SIGNED = /^(?:no|n|false|pending|todo|not yet|-|–|—|❌|✗|✖️?|⏳)$/i;
/** A name or a yes, not a blank, a placeholder or a "no". */
function isSigned(value) {
    return isFilled(value) && !hasPlaceholder(value ?? '') && !NOT_SIGNED.test(stripInline(value ?? ''));
}
function isFilled(value) {
    return value !== undefined && value.trim() !== '' && !/^_+$/.test(value.trim());
}
/** The entry of a signature or fill-in line; a generic "Signed:" takes its role from the heading ("### QA Team Sign-off"). */
function signatureEntry(found, headings) {
    const signed = found.ticked || isSigned(found.value);
    const field = found.kind === 'fill-in';
    const role = found.kind === 'signature' && found.generic ? roleFromHeading(headings[headings.length - 1]?.title) : found.label;
    const title = field ? `Fill in: ${found.label}` : `Sign-off: ${role ?? found.label}`;
    const note = signed ? 'signed in the checklist' : field ? 'a blank field in the checklist' : 'a blank signature line in the checklist';
    return {
        kind: 'signature',
        title,
        signed,
        line: found.line,
        headings,
        groups: NO_GROUPS,
        commands: [],
        files: [],
        severity: SIGNATURE_SEVERITY,
        phase: headingPhase(headings),
        note
    };
}
function roleFromHeading(heading) {
    const role = heading?.replace(/\b(sign[- ]?offs?|signatures?|approvals?|requirements?)\b/gi, '').replace(/^[\s:–—-]+/, '');
    const trimmed = role === undefined ? undefined : trimEndOf(role, (character) => /[\s:–—-]/.test(character));
    return trimmed === '' ? undefined : trimmed;
}

;// CONCATENATED MODULE: ./src/checklist/markdown/tables.ts
/**
 * Tables: a sign-off table (a Signature or Approved column) has one pending sign-off per row; in an
 * emoji status table ✅ rows are recorded sign-offs and ❌ / ⚠️ rows are pending, with the severity
 * of where they sit (a ⚠️ is the author's doubt, not a waiver). Other tables are prose.
 */





const STATUS_PASS = /✅|🟢|✔️?|☑️?/;
const STATUS_OTHER = /❌|🔴|⚠️?|🟡|✖️?/;
function tableEntries(header, rows, headings) {
    const phase = headingPhase(headings);
    const signatureColumn = header.findIndex((cell) => /signature|sign-?off|approv/i.test(cell));
    if (signatureColumn !== -1) {
        return rows.map((row) => ({
            kind: 'table-row',
            title: `Sign-off: ${stripInline(row.cells[0] ?? 'signer')}`,
            signed: isSigned(row.cells[signatureColumn]),
            line: row.line,
            headings,
            groups: NO_GROUPS,
            commands: [],
            files: [],
            phase,
            severity: SIGNATURE_SEVERITY,
            note: 'a row of the sign-off table'
        }));
    }
    if (!rows.some((row) => row.cells.some((cell) => STATUS_PASS.test(cell) || STATUS_OTHER.test(cell))))
        return [];
    const severity = tableRowSeverity(headings);
    return rows.map((row) => {
        const status = row.cells.find((cell) => STATUS_PASS.test(cell) || STATUS_OTHER.test(cell)) ?? '';
        const passed = STATUS_PASS.test(status) && !STATUS_OTHER.test(status);
        return {
            kind: 'table-row',
            title: stripInline(row.cells[0] ?? 'row'),
            signed: passed,
            line: row.line,
            headings,
            groups: NO_GROUPS,
            commands: [],
            files: [],
            phase,
            severity,
            note: passed ? `status table says ${stripInline(status)}` : `status table says ${stripInline(status)}; pending until signed off`
        };
    });
}

;// CONCATENATED MODULE: ./src/checklist/ids.ts
/**
 * Item ids made from titles, the same way for both readers: a Markdown box and a YAML item that
 * leaves out `id` get the id of their title, so an imported checklist keeps every id (and every
 * sign-off given under it) without writing each one out.
 */

/** "Verify: npm audit shows 0 vulnerabilities" → `verify-npm-audit-shows-0-vulnerabilities`; long titles end at a whole word. */
function slug(text) {
    const full = text
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
    if (full.length <= MAX_ID_CHARS)
        return full;
    const cut = full.slice(0, MAX_ID_CHARS + 1);
    const lastDash = cut.lastIndexOf('-');
    // A single word longer than the limit is cut; anything else ends at a whole word.
    return (lastDash > 0 ? cut.slice(0, lastDash) : full.slice(0, MAX_ID_CHARS)).replace(/-$/, '');
}
/**
 * Ids from titles, unique across the checklist and deterministic: the second "Dashboards reviewed"
 * is `dashboards-reviewed-2`. `taken` are ids already used (a YAML file's explicit ids).
 */
function idMaker(taken = []) {
    const ids = new Set(taken);
    const nextSuffix = new Map();
    return (title) => {
        const base = slug(title) || 'item';
        let id = base;
        // Remembering the last suffix per base keeps thousands of same-titled items linear.
        let suffix = nextSuffix.get(base) ?? 2;
        while (ids.has(id))
            id = `${base}-${suffix++}`;
        nextSuffix.set(base, suffix);
        ids.add(id);
        return id;
    };
}

;// CONCATENATED MODULE: ./src/checklist/markdown/to-sections.ts
/**
 * Entries to checklist sections and items. An entry whose every command is on the allow-list (and
 * holds no placeholder) becomes one gate per command; anything else stays a manual item whose
 * note says why. A placeholder (`[SPECIFY]`, `TBD`) also makes a tick not count: the thing the
 * box promises was never written down.
 */




function toSections(entries, file) {
    const sections = new Map();
    const rollbackIf = [];
    const uniqueId = idMaker();
    const groupIds = new Map();
    const uniqueGroup = idMaker();
    const sectionTitleOf = sectionTitles();
    for (const entry of entries) {
        if (entry.phase.trigger) {
            if (!rollbackIf.includes(entry.title))
                rollbackIf.push(entry.title);
            continue;
        }
        const sectionTitle = sectionTitleOf(entry);
        const items = sections.get(sectionTitle) ?? [];
        sections.set(sectionTitle, items);
        const pickOne = entry.kind === 'box' && entry.groups.length === 0 ? pickOneHeading(entry.headings) : undefined;
        // A box that requires several commands ("`cargo test` and `cargo clippy`, OR …") becomes one gate
        // per command; in a group, any one of them passing would stand in for the others. So they stay out
        // of it and each must pass: stricter than "(all of them) or the alternative", never looser.
        const severalRequired = entry.commands.length > 1 && !entry.commandsAreAlternatives;
        const groupKey = entry.commandsAreAlternatives
            ? (entry.anyOf?.key ?? `commands-${entry.line}`)
            : severalRequired
                ? undefined
                : (entry.anyOf?.key ?? (pickOne ? `heading-${pickOne.line}` : undefined));
        if (groupKey !== undefined && !groupIds.has(groupKey))
            // A few words name the group; the report lists its members.
            groupIds.set(groupKey, uniqueGroup((entry.anyOf?.name ?? pickOne?.title ?? entry.title).split(/\s+/).slice(0, 3).join(' ')));
        const common = {
            title: entry.title,
            severity: entry.severity.severity,
            ...(entry.severity.from ? { severityFrom: entry.severity.from } : {}),
            section: sectionTitle,
            source: { file, line: entry.line },
            ...(entry.phase.phase !== 'pre-deploy' ? { phase: entry.phase.phase, ...(entry.phase.from ? { phaseFrom: entry.phase.from } : {}) } : {}),
            ...(groupKey !== undefined ? { anyOf: groupIds.get(groupKey) } : {})
        };
        const placeholder = hasPlaceholder(entry.title) || hasPlaceholder(entry.written ?? '') || entry.commands.some((found) => hasPlaceholder(found.command));
        const decisions = entry.commands.map((found) => ({ found, decision: to_sections_decide(found) }));
        const refused = decisions.filter((entry) => !entry.decision.allowed);
        if (decisions.length > 0 && refused.length === 0 && !placeholder) {
            decisions.forEach(({ found }, index) => {
                const item = {
                    kind: 'command',
                    id: uniqueId(entry.commands.length > 1 ? `${entry.title} ${index + 1}` : entry.title),
                    ...common,
                    ...commandDefaults(),
                    ...(found.directory !== null && found.directory !== '.' ? { workingDirectory: found.directory } : {}),
                    ...(entry.expect && isTestCommand(found.command) ? { expect: { ...entry.expect } } : {}),
                    // The audit parser reads npm's JSON; the text report leaves out what it needs.
                    run: /^npm audit\b/.test(found.command) && !/--json\b/.test(found.command) ? `${found.command} --json` : found.command
                };
                items.push(item);
            });
            continue;
        }
        if (decisions.length === 0 && entry.files.length > 0 && !placeholder) {
            // The path decides, not the tick: a box that says the file exists is checked against the repository.
            entry.files.forEach((filePath, index) => {
                const item = { kind: 'file', id: uniqueId(entry.files.length > 1 ? `${entry.title} ${index + 1}` : entry.title), ...common, path: filePath, needs: [] };
                items.push(item);
            });
            continue;
        }
        const notes = [
            refused.length > 0 ? refused.map(({ found, decision }) => `\`${found.command}\` ${decision.allowed ? '' : decision.reason}; not run`).join('; ') : undefined,
            placeholder ? `contains a placeholder to fill in${entry.signed ? '; its tick does not count until it is' : ''}` : undefined,
            entry.note
        ].filter((note) => note !== undefined);
        const item = {
            kind: 'manual',
            id: uniqueId(entry.title),
            ...common,
            ...manualDefaults(),
            signedOff: entry.signed && !placeholder,
            ...(notes.length > 0 ? { note: notes.join('; ') } : {})
        };
        items.push(item);
    }
    const alone = loneAlternatives(sections);
    const decided = (item) => {
        if (item.anyOf === undefined || !alone.has(item.anyOf))
            return item;
        const { anyOf: _lone, ...rest } = item;
        return rest;
    };
    return { sections: [...sections.entries()].map(([sectionTitle, items]) => ({ title: sectionTitle, items: items.map(decided) })), rollbackIf };
}
/** Groups left with one member (its partner required several commands, or was a trigger): no alternative, so the item decides alone. */
function loneAlternatives(sections) {
    const members = new Map();
    for (const items of sections.values())
        for (const item of items)
            if (item.anyOf !== undefined)
                members.set(item.anyOf, (members.get(item.anyOf) ?? 0) + 1);
    return new Set([...members].filter(([, count]) => count < 2).map(([group]) => group));
}
/**
 * "### Deployment Type", "Choose one:": the boxes right under it are options, one of which is
 * chosen. Only the nearest heading counts, and only for boxes directly under it. "Targets" lists
 * every platform to support ("Platform Targets": Linux and Windows), so only a single target picks one;
 * "one of" picks one only as "one of the following", never in passing ("one of our top priorities").
 */
const PICK_ONE = /\b(?:deploy(?:ment)?|install(?:ation)?|hosting|platform|environment|setup)\s+(?:(?:type|mode|option)s?|target)\b|\b(?:choose|pick|select)\s+one\b|\bone\s+of\s+(?:the\s+following|these)\b|\bone\s+of\s*:?\s*$/i;
/** Each heading is read once, however many boxes sit under it. */
const pickOneReadings = new WeakMap();
function pickOneHeading(headings) {
    const nearest = headings[headings.length - 1];
    if (!nearest)
        return undefined;
    let pickOne = pickOneReadings.get(nearest);
    if (pickOne === undefined)
        pickOneReadings.set(nearest, (pickOne = PICK_ONE.test(nearest.title)));
    return pickOne ? nearest : undefined;
}
/** Whether a found command may run: on the allow-list, and in a directory inside the repository. */
function to_sections_decide(found) {
    if (found.directory === null)
        return { allowed: false, reason: `runs after \`${found.cd ?? 'cd'}\`, which leaves the repository or cannot be told` };
    return isAllowedCheck(found.command);
}
/** An acceptance figure ("491/491 tests") is about tests; a lint or audit next to it is not held to it. */
function isTestCommand(command) {
    return /\b(?:test|jest|vitest|mocha)\b/.test(command);
}
/**
 * "Security › Fix js-yaml": headings, then parent boxes. Entries under the same headings and boxes
 * share those arrays, so each title is joined once, however long its headings and however many
 * items sit under them.
 */
function sectionTitles() {
    const joined = new WeakMap();
    return ({ headings, groups }) => {
        const byGroups = joined.get(headings) ?? new WeakMap();
        joined.set(headings, byGroups);
        let title = byGroups.get(groups);
        if (title === undefined) {
            title = [...headings.map((heading) => heading.title), ...groups].join(' › ') || DEFAULT_MARKDOWN_SECTION;
            byGroups.set(groups, title);
        }
        return title;
    };
}

;// CONCATENATED MODULE: ./src/checklist/markdown.ts
/**
 * A Markdown deployment checklist, read as teams write it. Each line is classified into one kind
 * (markdown/line-kinds.ts lists every shape the reader understands) and handled by the one handler
 * for that kind below:
 *
 * - heading   — the first `#` heading titles the checklist; the others are sections;
 * - box       — `- [ ]` / `- [x]` is an item (a ticked box is a sign-off recorded in the file);
 *               a box with child boxes is a group (markdown/boxes.ts);
 * - fence     — boxes inside a fenced block are items too; a shell block right under a box holds
 *               that box's commands; the allowed check commands of a shell block anywhere else are
 *               items of their own (markdown/commands.ts); any other command is never run;
 * - tag       — `<post-deployment priority="high">` … `</post-deployment>`: a section, read like a
 *               heading until it closes;
 * - table     — sign-off tables and emoji status tables (markdown/tables.ts);
 * - signature / fill-in — `Signed: ____` and `Release date: ____` (markdown/signatures.ts);
 * - bullet, indented, blank — layout that keeps a list of boxes open; paragraph — ends it, and
 *               one ending in a colon ("Immediately rollback if:") introduces the next list.
 *
 * An item that names an allowed check command — inline or in its shell block — becomes a gate and
 * is run: its result decides, not the box (markdown/to-sections.ts). Severity comes from the
 * words of the item, its parent boxes and its headings (markdown/severity.ts), and so does its
 * phase (markdown/phase.ts): only what must be true before deploying decides.
 */













const SHELL_LANGUAGES = new Set(['bash', 'sh', 'shell', 'console', 'zsh']);
/**
 * Reads a Markdown checklist. Pure. Throws ChecklistError only when the text is not a text file
 * at all; anything Markdown allows is read as well as it can be.
 */
function parseMarkdownChecklist(text, file) {
    const nul = text.indexOf('\u0000');
    if (nul !== -1)
        throw new ChecklistError([{ file, line: text.slice(0, nul).split('\n').length, message: 'the checklist contains a NUL byte; it is not a text file' }]);
    const lines = blankHtmlComments(text
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n')
        .split('\n'));
    const reader = { lines, headings: [], boxes: new BoxForest(), entries: [] };
    for (let index = 0; index < lines.length;) {
        const line = classifyLine(lines, index);
        handle(line, reader);
        index = 'lastLine' in line ? line.lastLine : line.line;
    }
    const entries = [...reader.entries, ...reader.boxes.entries()].sort((a, b) => a.line - b.line);
    const { sections, rollbackIf } = toSections(entries, file);
    return { title: reader.title ?? DEFAULT_MARKDOWN_TITLE, path: file, format: 'markdown', sections, ...(rollbackIf.length > 0 ? { rollbackIf } : {}) };
}
/** One handler per kind of line. */
function handle(line, reader) {
    switch (line.kind) {
        case 'heading':
            return onHeading(line, reader);
        case 'box':
            return reader.boxes.add(line.box, line.line, reader.headings, 0, reader.intro);
        case 'tag':
            return onTag(line, reader);
        case 'signature':
        case 'fill-in':
            // A signature line is not part of a list of boxes.
            reader.boxes.closeList();
            reader.entries.push(signatureEntry(line, reader.headings));
            return;
        case 'fence':
            return onFence(line, reader);
        case 'table':
            reader.boxes.closeList();
            // A loop, not push(...rows): a table of 100,000 rows would overflow the argument list.
            for (const entry of tableEntries(line.header, line.rows, reader.headings))
                reader.entries.push(entry);
            return;
        case 'paragraph': {
            reader.boxes.closeList();
            const title = stripInline(line.text);
            reader.intro = title.endsWith(':') ? { text: line.text, title, line: line.line } : undefined;
            return;
        }
        case 'bullet':
        case 'indented':
        case 'blank':
            return;
        default: {
            const unknown = line;
            throw new Error(`unhandled Markdown line ${JSON.stringify(unknown)}`);
        }
    }
}
function onHeading(heading, reader) {
    if (heading.level === 1 && reader.title === undefined) {
        reader.title = heading.title;
        return;
    }
    // An open section tag stays open across headings: only its closing tag ends it.
    const above = reader.headings.filter((open) => open.tag === true || open.level < heading.level);
    reader.headings = [...above, { level: heading.level, title: heading.title, text: heading.text, line: heading.line }];
    endSection(reader);
}
/** `<post-deployment priority="high">` opens a section read like a heading; its closing tag ends it and whatever opened inside it. */
function onTag(tag, reader) {
    const name = tag.name.toLowerCase();
    if (tag.closing) {
        let at = reader.headings.length - 1;
        while (at >= 0 && !(reader.headings[at].tag === true && reader.headings[at].title.toLowerCase() === name.replace(/[-_.]+/g, ' ')))
            at--;
        if (at >= 0)
            reader.headings = reader.headings.slice(0, at);
    }
    else {
        // Its name and attributes as words, so `priority="low"` reads as "priority: low".
        const words = [name.replace(/[-_.]+/g, ' '), ...Object.entries(tag.attributes).map(([key, value]) => `${key}: ${value}`)].join(' ');
        // A tag is a section of its own, not a part of the heading above it: only enclosing tags stay.
        const enclosing = reader.headings.filter((open) => open.tag === true);
        reader.headings = [...enclosing, { level: 0, title: name.replace(/[-_.]+/g, ' '), text: words, line: tag.line, tag: true }];
    }
    endSection(reader);
}
function endSection(reader) {
    reader.boxes.closeList();
    reader.boxes.last = undefined;
    reader.intro = undefined;
}
function onFence(fence, reader) {
    if (reader.boxes.addFenced(fence.body, fence.line + 1, reader.headings))
        return;
    const last = reader.boxes.last;
    // A shell block right under a box holds that box's commands; one anywhere else is never run.
    if (SHELL_LANGUAGES.has(fence.language) && last && previousContentLine(reader.lines, fence.line - 1) === last.line) {
        for (const command of shellCommands(fence.body, fence.line + 1))
            last.blockCommands.push(command);
        return;
    }
    if (!SHELL_LANGUAGES.has(fence.language))
        return;
    // A shell block under a heading is mostly instructions (start the server, deploy); only the
    // commands on the allow-list of read-only checks are items, each its own gate.
    const headings = reader.headings;
    for (const found of shellCommands(fence.body, fence.line + 1)) {
        if (!isAllowedCheck(found.command).allowed)
            continue;
        reader.entries.push({
            kind: 'block-command',
            title: found.label ?? found.command,
            signed: false,
            line: found.line ?? fence.line,
            headings,
            groups: NO_GROUPS,
            commands: [found],
            files: [],
            severity: tableRowSeverity(headings),
            phase: headingPhase(headings),
            note: 'a command in a shell block of the checklist'
        });
    }
}
function previousContentLine(lines, fenceIndex) {
    for (let at = fenceIndex - 1; at >= 0; at--)
        if (lines[at].trim() !== '')
            return at + 1;
    return undefined;
}
/** Commented-out lines are not part of the checklist, but keep their place so line numbers stay right. */
function blankHtmlComments(lines) {
    let inComment = false;
    return lines.map((line) => {
        let out = '';
        let rest = line;
        while (rest !== '') {
            if (inComment) {
                const end = rest.indexOf('-->');
                if (end === -1)
                    return out;
                rest = rest.slice(end + 3);
                inComment = false;
            }
            else {
                const start = rest.indexOf('<!--');
                if (start === -1)
                    return out + rest;
                out += rest.slice(0, start);
                rest = rest.slice(start + 4);
                inComment = true;
            }
        }
        return out;
    });
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/checklist/to-yaml.ts
/** A checklist as go-no-go YAML (format v1): what `go-no-go import CHECKLIST.md` prints. */




/**
 * Writes the checklist in the YAML v1 format, as a file a team would keep: sections grouped by
 * phase (`phase:` on the section, so the items after GO read as such), each gate once (the same
 * command in the same directory with the same expectation is one check), one line per item (a
 * short list of plain titles on one line), an `id` only where the reader would not derive it, a
 * section's most common severity written once on it, sign-offs with an `approvers: []` to fill
 * in, ticked boxes as `signed-off: true`, and rollback triggers as `rollback-if`. Section titles
 * keep their last part, or two where one is not unique. One header comment names the source;
 * nothing else is commented, so the file stays short.
 */
function checklistToYaml(checklist) {
    const seenGates = new Set();
    const planned = [];
    // Only the sections written as such compete for a short title; one whose items all come after GO is not written.
    const shortTitle = shortTitles(checklist.sections.filter((section) => section.items.some((item) => isBeforeDeploy(item))).map((section) => section.title));
    for (const phase of PHASES) {
        // After GO nothing decides: one section per phase keeps that reference list short.
        const later = [];
        for (const section of checklist.sections) {
            const inPhase = section.items.filter((candidate) => phaseOf(candidate) === phase);
            // Written once on the section when every item shares it ("Apple Silicon Optimization (optional)"),
            // so that an item added later gets what the section's heading said.
            const shared = phase === 'pre-deploy' && inPhase.length > 1 && inPhase.every((item) => item.severity === inPhase[0].severity) ? inPhase[0].severity : DEFAULT_SEVERITY;
            const kept = inPhase.filter((item) => {
                if (item.kind !== 'command')
                    return true;
                const key = JSON.stringify([item.run, item.workingDirectory, item.expect, item.anyOf ?? null]);
                // The same check in the same place is one gate; a repeat would only be a second line to read.
                if (seenGates.has(key))
                    return false;
                seenGates.add(key);
                return true;
            });
            if (phase !== 'pre-deploy')
                later.push(...kept);
            else if (kept.length > 0)
                planned.push({ title: shortTitle(section.title), phase, severity: shared, items: kept });
        }
        if (later.length > 0)
            planned.push({ title: LATER_SECTION[phase], phase, severity: DEFAULT_SEVERITY, items: later });
    }
    const needsId = itemsNeedingIds(planned.flatMap((section) => section.items));
    const sections = planned.map((section) => {
        // A pick-one list ("Deployment type") names its group once.
        const group = section.items.length > 1 && section.items.every((item) => item.anyOf === section.items[0].anyOf) ? section.items[0].anyOf : undefined;
        return {
            title: section.title,
            ...(section.phase !== 'pre-deploy' ? { phase: section.phase } : {}),
            ...(section.severity !== DEFAULT_SEVERITY ? { severity: section.severity } : {}),
            ...(group ? { 'any-of': group } : {}),
            items: section.items.map((item) => toRawItem(item, { phase: section.phase, severity: section.severity, anyOf: group }, !needsId.has(item)))
        };
    });
    const document = new dist/* Document */.yo({
        version: 1,
        title: checklist.title,
        ...(checklist.rollbackIf && checklist.rollbackIf.length > 0 ? { 'rollback-if': checklist.rollbackIf } : {}),
        sections
    }, { aliasDuplicateObjects: false });
    // One line per item keeps a checklist of hundreds of boxes readable; a short list of plain titles fits on the line of its key.
    const sectionNodes = document.get('sections');
    for (const sectionNode of sectionNodes?.items ?? []) {
        const items = sectionNode.get('items');
        if (!(0,dist/* isSeq */.oP)(items))
            continue;
        if (fitsOnOneLine(items))
            items.flow = true;
        else
            for (const node of items.items)
                if ((0,dist/* isMap */.jh)(node))
                    node.flow = true;
    }
    const ticks = types_allItems(checklist).some((item) => item.kind === 'manual' && item.signedOff) ? ' signed-off: true is a ticked box, judged like one.' : '';
    const header = `# go-no-go import of ${withoutLineBreaks(checklist.path)}. Sign off plain lines on the pull request; approvers: [] says who may.${ticks}\n`;
    // Spaced braces, unspaced brackets: as prettier writes them, so a team's formatter leaves the file alone.
    return header + document.toString({ lineWidth: 0, flowCollectionPadding: true }).replace(/^( +items: )\[ (.*) \]$/gm, '$1[$2]');
}
/**
 * Section titles without the headings every section repeats: "Security › Container Security" →
 * "Container Security" when no other section ends the same way, else its last two parts.
 */
function shortTitles(titles) {
    const last = (title) => title.split(' › ').slice(-1)[0];
    const count = new Map();
    for (const title of new Set(titles))
        count.set(last(title), (count.get(last(title)) ?? 0) + 1);
    return (title) => (count.get(last(title)) === 1 ? last(title) : title.split(' › ').slice(-2).join(' › '));
}
/** Passes over the items to find which ids to write; a real checklist settles in two or three. */
const MAX_ID_PASSES = 20;
/**
 * The items whose id the YAML reader would not give back from their title (src/checklist/yaml/derived-ids.ts:
 * explicit ids first, then titles in file order, a repeat getting `-2`, `-3`). Where the file order
 * puts a repeated title before its first use ("No errors in logs" before deploying and again after
 * GO), one of the two needs its id written; the one after GO is preferred, so that the items that
 * decide stay plain lines.
 */
function itemsNeedingIds(order) {
    const settle = (start) => {
        const explicit = new Set(start);
        for (let changed = true, passes = 0; changed; passes++) {
            // Each pass only adds ids; should a hostile file need many, writing every id is always right.
            if (passes === MAX_ID_PASSES)
                return new Set(order);
            changed = false;
            const derive = idMaker([...explicit].map((item) => item.id));
            for (const item of order) {
                if (explicit.has(item))
                    continue;
                // The reader derives nothing from a blank title; such an item keeps its id.
                if (!/\S/.test(item.title) || derive(item.title) !== item.id) {
                    explicit.add(item);
                    changed = true;
                }
            }
        }
        return explicit;
    };
    const plain = settle([]);
    const beforeDeploy = new Set(order.filter((item) => isBeforeDeploy(item)).map((item) => slug(item.title)));
    const laterFirst = settle(order.filter((item) => !isBeforeDeploy(item) && beforeDeploy.has(slug(item.title))));
    const deciding = (ids) => [...ids].filter((item) => isBeforeDeploy(item)).length;
    return deciding(laterFirst) < deciding(plain) || (deciding(laterFirst) === deciding(plain) && laterFirst.size < plain.size) ? laterFirst : plain;
}
/** Longest `items: [a, b, c]` line written, indentation included: past it a list reads better one item per line. */
const MAX_INLINE_LIST_CHARS = 120;
/** Where `items:` of a section starts. */
const ITEMS_KEY_INDENT = 4;
/** A list of plain titles (no key of their own to read) short enough to read at a glance on one line. */
function fitsOnOneLine(items) {
    if (items.items.length < 2 || !items.items.every((node) => (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string'))
        return false;
    const inline = new dist/* Document */.yo(items.toJSON()).toString({ collectionStyle: 'flow', lineWidth: 0, flowCollectionPadding: false }).trimEnd();
    return ITEMS_KEY_INDENT + 'items: '.length + inline.length <= MAX_INLINE_LIST_CHARS && !inline.includes('\n');
}
const LATER_SECTION = { 'pre-deploy': 'Before deploying', deploy: 'During deployment', 'post-deploy': 'After deployment' };
function toRawItem(item, section, idFromTitle) {
    // After GO severity decides nothing; before it, only what differs from the section is written.
    const ownSeverity = section.phase === 'pre-deploy' && item.severity !== section.severity;
    const ownGroup = item.anyOf !== section.anyOf;
    // The shorthand for the most common item: a box a person signs off, its id from its title.
    if (item.kind === 'manual' && idFromTitle && !ownSeverity && !ownGroup && !isSignOff(item) && !item.signedOff && /\S/.test(item.title))
        return item.title;
    const common = {
        ...(idFromTitle ? {} : { id: item.id }),
        title: item.title,
        ...(ownSeverity ? { severity: item.severity } : {}),
        ...(phaseOf(item) !== section.phase ? { phase: phaseOf(item) } : {}),
        ...(ownGroup && item.anyOf ? { 'any-of': item.anyOf } : {})
    };
    switch (item.kind) {
        case 'command':
            return {
                ...common,
                run: item.run,
                ...(item.workingDirectory !== DEFAULT_WORKING_DIRECTORY ? { 'working-directory': item.workingDirectory } : {}),
                ...(Object.keys(item.expect).length > 0 ? { expect: rawExpect(item.expect) } : {})
            };
        case 'file':
            return { ...common, file: item.path };
        case 'manual':
            // A ticked box stays signed: on one line, blamed and judged as the box was (see the schema's `signed-off`).
            return { ...common, manual: true, ...(isSignOff(item) ? { approvers: [] } : {}), ...(item.signedOff ? { 'signed-off': true } : {}) };
    }
}
/** A signature line or sign-off table row: the one place a team names who approves. */
function isSignOff(item) {
    return item.kind === 'manual' && /^Sign-off: /.test(item.title);
}
function rawExpect(expect) {
    return {
        ...(expect.passRate !== undefined ? { 'pass-rate': expect.passRate } : {}),
        ...(expect.maxFailures !== undefined ? { 'max-failures': expect.maxFailures } : {}),
        ...(expect.minTests !== undefined ? { 'min-tests': expect.minTests } : {}),
        ...(expect.maxWarnings !== undefined ? { 'max-warnings': expect.maxWarnings } : {}),
        ...(expect.maxVulnerabilities !== undefined ? { 'max-vulnerabilities': expect.maxVulnerabilities } : {}),
        ...(expect.allowedSeverities !== undefined ? { 'allowed-severities': expect.allowedSeverities } : {})
    };
}
/** Comments end at a line break, so one in a title or file name must not start YAML of its own. */
function withoutLineBreaks(text) {
    return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/cli/read-text-file.ts
/**
 * Reading a file the user named on the command line (`import`): a regular UTF-8 file of bounded
 * size, or a one-line error saying why not. A FIFO or a device is refused before it is opened,
 * since reading one can block forever or never end.
 */



async function readTextFile(file, shown, maxBytes) {
    const info = await (0,promises_.stat)(file).catch((error) => {
        throw new CliError(error.code === 'ENOENT' || error.code === 'ENOTDIR' ? `${shown} does not exist` : `cannot read ${shown} (${error.code ?? 'error'})`);
    });
    refuseUnlessRegular(info, shown, maxBytes);
    // O_NONBLOCK: a FIFO swapped in after the check cannot make open wait for a writer.
    const handle = await (0,promises_.open)(file, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0)).catch((error) => {
        throw new CliError(`cannot open ${shown} (${error.code ?? 'error'})`);
    });
    try {
        refuseUnlessRegular(await handle.stat(), shown, maxBytes);
        const bytes = await handle.readFile();
        if (bytes.length > maxBytes)
            throw new CliError(`${shown} is larger than ${maxBytes} bytes`);
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        }
        catch {
            throw new CliError(`${shown} is not UTF-8 text`);
        }
    }
    finally {
        await handle.close();
    }
}
function refuseUnlessRegular(info, shown, maxBytes) {
    if (info.isDirectory())
        throw new CliError(`${shown} is a directory, not a file`);
    if (!info.isFile())
        throw new CliError(`${shown} is not a regular file (a FIFO, socket or device)`);
    if (info.size > maxBytes)
        throw new CliError(`${shown} is ${info.size} bytes; the limit is ${maxBytes}`);
}

;// CONCATENATED MODULE: ./src/cli/import.ts
/** `go-no-go import CHECKLIST.md`: a Markdown checklist printed as the YAML format, to start from. */





async function importMarkdown(cwd, file) {
    const text = await readTextFile(external_node_path_default().resolve(cwd, file), file, MAX_CHECKLIST_BYTES);
    return checklistToYaml(parseMarkdownChecklist(text, file));
}

// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
;// CONCATENATED MODULE: ./src/cli/detect-project.ts
/** What kind of project `go-no-go init` is looking at. Pure: the files are handed in. */

/** The file that marks each kind of project, in the order messages list them. */
const MARKERS = [
    { kind: 'rust', files: ['Cargo.toml'] },
    { kind: 'node', files: ['package.json'] },
    { kind: 'python', files: ['pyproject.toml', 'requirements.txt'] },
    { kind: 'go', files: ['go.mod'] }
];
/** npm writes this test script into every new package.json; it only fails. */
const NPM_PLACEHOLDER_TEST = /no test specified/;
/**
 * Cargo.toml means Rust, package.json Node.js, pyproject.toml or requirements.txt Python, go.mod
 * Go; `preset` decides when several or none are there. A package.json that is not JSON is an error
 * rather than a guess.
 */
function detectProject(files, preset) {
    const found = MARKERS.filter((marker) => marker.files.some((name) => files.exists(name)));
    const kind = preset ?? (found.length === 1 ? found[0].kind : undefined);
    if (!kind) {
        const choices = '--preset rust, node, python or go';
        throw new CliError(found.length > 1
            ? `found ${found.map((marker) => marker.files.find((name) => files.exists(name))).join(' and ')}: choose a preset with ${choices}`
            : `found no Cargo.toml, package.json, pyproject.toml, requirements.txt or go.mod here: choose a preset with ${choices} (or run init with --cwd in the project)`);
    }
    return kind === 'node' ? detectNodeProject(files) : { kind };
}
function detectNodeProject(files) {
    const scripts = readScripts(files);
    const test = typeof scripts.test === 'string' && scripts.test.trim() !== '' && !NPM_PLACEHOLDER_TEST.test(scripts.test) ? scripts.test : undefined;
    const nodeVersionFile = ['.nvmrc', '.node-version'].find((name) => files.exists(name));
    return {
        kind: 'node',
        ...(test !== undefined ? { testScript: test } : {}),
        hasLintScript: typeof scripts.lint === 'string',
        hasBuildScript: typeof scripts.build === 'string',
        installer: detectInstaller(files),
        ...(nodeVersionFile ? { nodeVersionFile } : {})
    };
}
function readScripts(files) {
    const text = files.read('package.json');
    if (text === undefined)
        return {};
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new CliError('package.json is not valid JSON, so its scripts cannot be read: fix it, or choose --preset rust');
    }
    const scripts = parsed?.scripts;
    return scripts && typeof scripts === 'object' ? scripts : {};
}
function detectInstaller(files) {
    if (files.exists('package-lock.json') || files.exists('npm-shrinkwrap.json'))
        return 'npm';
    if (files.exists('pnpm-lock.yaml'))
        return 'pnpm';
    // Yarn 2+ keeps its settings in .yarnrc.yml and spells "frozen lockfile" --immutable.
    if (files.exists('yarn.lock'))
        return files.exists('.yarnrc.yml') ? 'yarn' : 'yarn-classic';
    return 'none';
}

;// CONCATENATED MODULE: ./src/cli/shell-quote.ts
/** A word as a POSIX shell reads it back unchanged, for commands we suggest the user copy. */
function shellQuote(word) {
    if (/^[A-Za-z0-9_./:@%+=,-]+$/.test(word))
        return word;
    return `'${word.replace(/'/g, `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./src/checklist/yaml/loose-data.ts
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Items of a checklist that may not have passed the schema: only the parts shaped like items. */
function looseItems(data) {
    if (!isRecord(data) || !Array.isArray(data.sections))
        return [];
    return data.sections.flatMap((section, sectionIndex) => isRecord(section) && Array.isArray(section.items)
        ? section.items.flatMap((item, itemIndex) => (isRecord(item) ? [{ item, path: ['sections', sectionIndex, 'items', itemIndex] }] : []))
        : []);
}
/** The value at `parts`, or undefined when the data has no such place. */
function valueAt(data, parts) {
    let value = data;
    for (const part of parts)
        value = value?.[part];
    return value;
}

;// CONCATENATED MODULE: ./src/checklist/yaml/derived-ids.ts
/**
 * A string item is a manual item with that title (`- Runbook reviewed`), and an item without `id` gets the id of its title (src/checklist/ids.ts), the way a Markdown box
 * does, so `go-no-go import` can leave ids out where they follow from the title. Explicit ids are
 * taken first and never moved; a derived id never takes one of them.
 */


/** Writes out the shorthand in place: a string item becomes a manual item, and an item without `id` gets its title's, in document order. */
function fillDerivedIds(data) {
    if (isRecord(data) && Array.isArray(data.sections)) {
        for (const section of data.sections) {
            if (!isRecord(section) || !Array.isArray(section.items))
                continue;
            // A blank string stays as it is, for the schema to report.
            section.items = section.items.map((item) => (typeof item === 'string' && /\S/.test(item) ? { title: item, manual: true } : item));
        }
    }
    const items = looseItems(data);
    const nextId = idMaker(items.flatMap(({ item }) => (typeof item.id === 'string' ? [item.id] : [])));
    for (const { item } of items) {
        // A missing or blank title is the schema's to report; it has no id to give.
        if (item.id === undefined && typeof item.title === 'string' && /\S/.test(item.title))
            item.id = nextId(item.title);
    }
}

;// CONCATENATED MODULE: ./src/checklist/yaml/problems.ts
/**
 * Where a YAML checklist's problems are and how they are named: line and column from the parsed
 * document, dotted key paths, short quoted key names, and one way to throw them all, in line order.
 */



/** Line and column of the node at `path` (or of its key `key`), for a message. */
function locateNode(doc, nodePath, key, locate) {
    const node = (nodePath.length === 0 ? doc.contents : doc.getIn(nodePath, true));
    let offset = node?.range?.[0];
    if (key !== undefined && (0,dist/* isMap */.jh)(node)) {
        const pair = node.items.find((item) => (0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === key);
        if (pair && (0,dist/* isScalar */.jn)(pair.key))
            offset = pair.key.range?.[0];
    }
    if (offset === undefined && nodePath.length > 0)
        return locateNode(doc, nodePath.slice(0, -1), undefined, locate);
    return locate(offset);
}
/** A key name as messages show it: quoted, escaped, and cut short. */
function quoteKey(name) {
    return JSON.stringify(name.length > MAX_QUOTED_KEY_CHARS ? `${name.slice(0, MAX_QUOTED_KEY_CHARS - 1)}…` : name);
}
/** `sections[0].items[1].timeout-minutes`; odd key names in brackets: `env["MY VAR"]`. */
function dotted(parts) {
    return parts
        .map((part, index) => {
        if (typeof part === 'number')
            return `[${part}]`;
        if (!/^[A-Za-z0-9_-]+$/.test(part))
            return `[${quoteKey(part)}]`;
        return index === 0 ? part : `.${part}`;
    })
        .join('');
}
/** Throws the problems in line order, summarised past MAX_PROBLEMS_SHOWN; `incomplete` when checking stopped early. */
function throwProblems(problems, incomplete = false) {
    const sorted = [...problems].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0));
    if (sorted.length <= MAX_PROBLEMS_SHOWN && !incomplete)
        throw new ChecklistError(sorted);
    const shown = sorted.slice(0, MAX_PROBLEMS_SHOWN - 1);
    const rest = incomplete ? '…and more problems; checking stopped after these' : `…and ${sorted.length - shown.length} more problems`;
    throw new ChecklistError([...shown, { file: shown[0].file, message: rest }]);
}
/** The same problem found twice (by the parser and by our own walk, say) is listed once. */
function dedupe(problems) {
    const seen = new Set();
    return problems.filter((problem) => {
        const identity = `${problem.line}:${problem.column}:${problem.key}:${problem.message}`;
        if (seen.has(identity))
            return false;
        seen.add(identity);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/checklist/yaml/safety.ts
/**
 * Reading untrusted YAML safely, before anything looks at what it means. A pull request can change
 * the checklist, so: a size cap first; control characters refused (they could rewrite a terminal or
 * a summary); `%YAML` and `%TAG` directives refused (a `%YAML 1.1` would turn `no` into false);
 * aliases, anchors and non-core tags refused; keys unique and plain text; nesting bounded. No
 * message quotes a value from the file, only key names, which are short and quoted.
 */



/** Characters YAML 1.2 does not allow in a stream (c-printable), plus lone surrogates: never in a checklist. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Explicit tags that change nothing (`!!str 5`); any other tag would build types the format has no use for. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`));
const TOO_DEEP = 'the document is nested too deeply to read (a checklist needs only a few levels)';
/** Reads `text` as YAML 1.2 with every unsafe feature refused; throws ChecklistError listing what was found. */
function readUntrustedYaml(text, file, maxBytes) {
    // Length in UTF-16 units never exceeds the UTF-8 size, so the cheap test goes first.
    if (text.length > maxBytes || Buffer.byteLength(text, 'utf8') > maxBytes) {
        throwProblems([{ file, message: `the checklist is larger than ${maxBytes} bytes; it was not read` }]);
    }
    const lines = new dist/* LineCounter */.HN();
    const locateOffset = (offset) => {
        if (offset === undefined)
            return {};
        const position = lines.linePos(offset);
        return { line: position.line, column: position.col };
    };
    const refused = refusedCharacters(text, file);
    if (refused.length > 0)
        throwProblems(refused);
    const directive = /^%(YAML|TAG)\b/m.exec(text);
    if (directive) {
        const line = text.slice(0, directive.index).split('\n').length;
        throwProblems([
            {
                file,
                line,
                column: 1,
                message: directive[1] === 'YAML'
                    ? 'YAML directives are not allowed: go-no-go reads YAML 1.2 only (a %YAML 1.1 directive would turn `no` and `off` into false); remove the %YAML line'
                    : 'YAML %TAG directives are not allowed in a checklist; remove the %TAG line'
            }
        ]);
    }
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: true, merge: false, prettyErrors: false, schema: 'core', version: '1.2', strict: true });
    // The regex above looks at line starts only; the parser is the authority on directives.
    if (doc.directives?.yaml.explicit)
        throwProblems([{ file, line: 1, message: 'YAML directives are not allowed: go-no-go reads YAML 1.2 only' }]);
    const exhausted = doc.errors.find((error) => error.code === 'RESOURCE_EXHAUSTION');
    if (exhausted)
        throwProblems([{ file, ...locateOffset(exhausted.pos?.[0]), message: TOO_DEEP }]);
    const structure = nodeProblems(doc, file, locateOffset);
    const syntax = doc.errors
        // Our own walk names the duplicated key and where it first appeared.
        .filter((error) => !(error.code === 'DUPLICATE_KEY' && structure.duplicates > 0))
        .map((error) => ({ file, ...locateOffset(error.pos?.[0]), message: syntaxMessage(error.code, error.message) }));
    if (syntax.length > 0 || structure.problems.length > 0)
        throwProblems(dedupe([...syntax, ...structure.problems]));
    const at = (nodePath, key) => locateNode(doc, nodePath, key, locateOffset);
    if (doc.contents === null)
        return { data: null, empty: true, at };
    // Aliases were refused above; maxAliasCount 0 makes sure none is ever expanded.
    return { data: doc.toJS({ maxAliasCount: 0 }), empty: false, at };
}
function codePoint(character) {
    return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
/** Control characters in the raw text (comments included): they could rewrite a terminal or a summary. */
function refusedCharacters(text, file) {
    const problems = [];
    const lines = text.split('\n');
    for (let index = 0; index < lines.length && problems.length < MAX_CONTROL_CHARACTER_LINES; index++) {
        const match = CONTROL.exec(lines[index]);
        if (match) {
            problems.push({
                file,
                line: index + 1,
                column: match.index + 1,
                message: `control character ${codePoint(match[0])} is not allowed in a checklist (only tabs and line breaks are)`
            });
        }
    }
    return problems;
}
function syntaxMessage(code, message) {
    if (code === 'DUPLICATE_KEY')
        return 'duplicate key: each key may appear once in a mapping';
    if (code === 'MULTIPLE_DOCS')
        return 'a checklist is a single YAML document; remove the `---` line that starts a second one';
    // prettyErrors is off, so the parser's message carries no source line; it is still cut short.
    const first = message.split('\n')[0];
    return `YAML syntax error: ${first.length > MAX_SYNTAX_MESSAGE_CHARS ? `${first.slice(0, MAX_SYNTAX_MESSAGE_CHARS - 1)}…` : first}`;
}
/**
 * One walk over the parsed nodes for what the schema cannot see: aliases, anchors, tags, keys that
 * are not plain text, duplicate keys (also `1` and `"1"`, which become the same key), and control
 * characters written as escapes (`"\e"`).
 */
function nodeProblems(doc, file, locate) {
    const problems = [];
    let duplicates = 0;
    const trail = [];
    const report = (node, message, key = dotted(trail)) => problems.push({ file, ...locate(node.range?.[0] ?? undefined), ...(key ? { key } : {}), message });
    const visit = (node) => {
        if (node === null || node === undefined || typeof node !== 'object')
            return;
        if ((0,dist/* isAlias */.Vj)(node))
            return void report(node, 'YAML aliases (`*name`) are not allowed in a checklist; write the value out in full');
        const candidate = node;
        if (candidate.anchor)
            report(candidate, 'YAML anchors (`&name`) are not allowed in a checklist; write each value out in full');
        if (candidate.tag && !CORE_TAGS.has(candidate.tag))
            report(candidate, 'YAML tags (such as `!!binary` or `!custom`) are not allowed in a checklist');
        if ((0,dist/* isScalar */.jn)(candidate) && typeof candidate.value === 'string') {
            const control = CONTROL.exec(candidate.value);
            if (control)
                report(candidate, `control character ${codePoint(control[0])} is not allowed in a checklist (only tabs and line breaks are)`);
        }
        if ((0,dist/* isMap */.jh)(candidate)) {
            const firstSeen = new Map();
            for (const pair of candidate.items) {
                const keyNode = pair.key;
                if (keyNode !== null && !(0,dist/* isScalar */.jn)(keyNode)) {
                    report(keyNode, 'mapping keys must be plain text');
                    continue;
                }
                visit(keyNode);
                const name = keyNode === null ? '' : String(keyNode.value);
                trail.push(name);
                const earlier = firstSeen.get(name);
                if (earlier && keyNode) {
                    duplicates++;
                    report(keyNode, `duplicate key ${quoteKey(name)} (first on line ${earlier.line}); each key may appear once`);
                }
                else if (keyNode)
                    firstSeen.set(name, locate(keyNode.range?.[0]));
                visit(pair.value);
                trail.pop();
            }
        }
        else if ((0,dist/* isSeq */.oP)(candidate)) {
            candidate.items.forEach((item, index) => {
                trail.push(index);
                visit(item);
                trail.pop();
            });
        }
    };
    try {
        visit(doc.contents);
    }
    catch (error) {
        // The parser stops at its own depth limit, but the walk runs deeper in the stack than it did.
        if (!(error instanceof RangeError))
            throw error;
        problems.push({ file, message: TOO_DEEP });
    }
    return { problems, duplicates };
}

;// CONCATENATED MODULE: ./src/checklist/yaml/schema-validator.generated.js
// Generated by scripts/write-validator.mjs from src/checklist/schema.ts (schema sha256 cc180ef99426a2bf). Do not edit.
/*! Contains code of:
ajv:
The MIT License (MIT)

Copyright (c) 2015-2021 Evgeny Poberezkin

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.

fast-deep-equal:
MIT License

Copyright (c) 2017 Evgeny Poberezkin

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
*/
const whole = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/go-no-go/go-no-go/main/checklists/schema.json","title":"go-no-go checklist","description":"A deployment checklist (format version 1) that go-no-go runs and decides on: GO / CONDITIONAL GO / NO-GO. Default location: .github/go-no-go.yml.","type":"object","additionalProperties":false,"required":["version","sections"],"properties":{"version":{"const":1,"description":"Format version; always 1."},"title":{"type":"string","minLength":1,"pattern":"\\S","description":"Shown at the top of the report. Default \"Go/No-Go\"."},"defaults":{"type":"object","additionalProperties":false,"description":"Applied to every command item that does not set its own.","properties":{"timeout-minutes":{"type":"number","exclusiveMinimum":0,"maximum":360,"description":"Minutes before the gate is stopped and reported as an error (never a pass). Fractions allowed; more than 0, at most 360. Default 15."},"working-directory":{"type":"string","minLength":1,"description":"Directory the command runs in, relative to the workspace; it may not lead outside it. Default `.`."}}},"sections":{"type":"array","items":{"$ref":"#/definitions/section"},"description":"Groups of items, shown in this order. An empty list is valid; the verdict decides what an empty checklist means."},"rollback-if":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Conditions to roll back on after deploying (\"error rate > 1% for 5 minutes\"). Shown once after the decision as a reference; never items, never decide."}},"definitions":{"section":{"type":"object","additionalProperties":false,"required":["title","items"],"description":"A titled group of checklist items.","properties":{"title":{"type":"string","minLength":1,"pattern":"\\S","description":"Heading of the section in the report."},"severity":{"enum":["blocking","warning","info"],"description":"Severity of the items of this section that do not set their own. Default blocking."},"phase":{"enum":["pre-deploy","deploy","post-deploy"],"description":"When the items of this section are done: pre-deploy (default: they decide GO / CONDITIONAL GO / NO-GO), deploy or post-deploy (listed after the decision as \"After GO\", never blocking, their gates not run). An item may set its own."},"any-of":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]*$","description":"Alternatives (\"Deployment type: pick one\"): every item of this section that does not name its own any-of belongs to this group, which passes when any one of them passes."},"items":{"type":"array","items":{"anyOf":[{"type":"string","minLength":1,"pattern":"\\S","description":"Shorthand for a manual item: `- Runbook reviewed` is `{ title: Runbook reviewed, manual: true }`, its id made from the title."},{"$ref":"#/definitions/item"}]},"description":"The checks of this section."}}},"item":{"type":"object","additionalProperties":false,"required":["title"],"description":"One check. Exactly one of `run` (a command gate), `file` (evidence) or `manual: true` (a person signs off).","properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]*$","description":"Unique across the checklist: lower-case letters, digits, `-` and `_`, starting with a letter or digit. Default: made from the title, as for a Markdown box (\"Verify: npm test passes\" → `verify-npm-test-passes`; a repeated title gets `-2`, `-3`)."},"title":{"type":"string","minLength":1,"pattern":"\\S","description":"What the check proves, as the report shows it."},"run":{"type":"string","minLength":1,"description":"A command gate, run like a GitHub `run:` step: written to a script file and run with `bash --noprofile --norc -eo pipefail <file>` in the working directory, so any failing line fails it. Each known tool's output (cargo, npm, node --test, jest…) is judged by its own parser with its own exit status; otherwise the exit status decides. Commands that would change the code (`cargo fmt` without `--check`, `--fix`, `--write`) are refused."},"file":{"type":"string","minLength":1,"description":"Evidence: passes when this file (relative to the workspace) exists, is a regular file and is not empty."},"manual":{"const":true,"description":"A person signs off on the pull request (or `signed-off: true` records it in the file); pending until then."},"severity":{"enum":["blocking","warning","info"],"description":"blocking (default, or the section's): a failure means NO-GO. warning: a failure means CONDITIONAL GO. info: never changes the decision."},"phase":{"enum":["pre-deploy","deploy","post-deploy"],"description":"When the item is done; default: its section's phase, else pre-deploy. Only pre-deploy items decide; deploy and post-deploy items are listed after the decision and their gates are not run."},"any-of":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]*$","description":"Alternatives: items with the same any-of name pass together when any one of them passes (a group that holds a command or file passes only when one of those does). At least two items, all in the same phase."},"timeout-minutes":{"type":"number","exclusiveMinimum":0,"maximum":360,"description":"Minutes before the gate is stopped and reported as an error (never a pass). Fractions allowed; more than 0, at most 360. Default 15."},"working-directory":{"type":"string","minLength":1,"description":"Directory the command runs in, relative to the workspace; it may not lead outside it. Default `.`."},"env":{"type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":["string","number","boolean"]},"description":"Extra environment variables for the command; numbers and booleans are turned into text."},"needs":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]*$"},"uniqueItems":true,"description":"Ids of items that must pass first; when one does not, this item is not run and counts as an error."},"parser":{"enum":["cargo-test","cargo-clippy","cargo-fmt","cargo-audit","npm-audit","node-test","jest","vitest","mocha","npm-test","pytest","ruff","black","mypy","pip-audit","go-test","go-vet","gofmt","govulncheck","exit-code"],"description":"How to read the output; detected from `run` when absent. exit-code trusts the exit status alone."},"junit":{"type":"string","minLength":1,"description":"Glob of the JUnit XML files the command writes (pytest --junitxml, gotestsum, cargo nextest, jest-junit, Surefire), relative to working-directory and inside the workspace. Counts, failing tests and locations come from the files this run wrote; none, a stale one or a malformed one is an error."},"expect":{"$ref":"#/definitions/expect"},"signed-off":{"type":"boolean","description":"Manual items: true records a sign-off in the checklist itself, like a ticked Markdown box. Write it on one line (`signed-off: true`): git blame of that line says who signed, and on a pull request a sign-off the pull request added counts only for a person GitHub vouches for who may sign off the item. Not with approvers, min-approvals above 1 or paths, which a line in the file cannot show; sign off on the pull request instead."},"approvers":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Manual items: who may sign off: GitHub logins, or `team:org/slug`. Default: anyone with write access."},"min-approvals":{"type":"integer","minimum":1,"description":"Manual items: sign-offs needed. Default 1."},"allow-author":{"type":"boolean","description":"Manual items: whether the pull request's author may sign off. Default false."},"paths":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Manual items: globs; a sign-off is invalidated when a later commit changes a matching file."}},"oneOf":[{"required":["run"]},{"required":["file"]},{"required":["manual"]}]},"expect":{"type":"object","additionalProperties":false,"description":"Thresholds for a command gate; each parser reads the ones that apply to it.","properties":{"pass-rate":{"type":"number","minimum":0,"maximum":100,"description":"Percent of executed tests that must pass. Default 100."},"max-failures":{"type":"integer","minimum":0,"description":"Failed tests tolerated."},"min-tests":{"type":"integer","minimum":0,"description":"Fewest tests that must run. Default 1: zero tests prove nothing."},"max-warnings":{"type":"integer","minimum":0,"description":"Warnings tolerated (clippy, audit warnings)."},"max-errors":{"type":"integer","minimum":0,"description":"Errors tolerated by linters and type checkers that count them (ruff, mypy, go vet). Default 0."},"max-vulnerabilities":{"type":"integer","minimum":0,"description":"Vulnerabilities tolerated outside allowed-severities (audits). Default 0."},"allowed-severities":{"type":"array","items":{"enum":["info","low","moderate","medium","high","critical"]},"uniqueItems":true,"description":"Audit severities that never fail the gate, e.g. [info, low]."}}}}};const func2 = (function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
});const pattern0 = new RegExp("\\S", "u");const schema12 = {"type":"object","additionalProperties":false,"required":["title","items"],"description":"A titled group of checklist items.","properties":{"title":{"type":"string","minLength":1,"pattern":"\\S","description":"Heading of the section in the report."},"severity":{"enum":["blocking","warning","info"],"description":"Severity of the items of this section that do not set their own. Default blocking."},"phase":{"enum":["pre-deploy","deploy","post-deploy"],"description":"When the items of this section are done: pre-deploy (default: they decide GO / CONDITIONAL GO / NO-GO), deploy or post-deploy (listed after the decision as \"After GO\", never blocking, their gates not run). An item may set its own."},"any-of":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]*$","description":"Alternatives (\"Deployment type: pick one\"): every item of this section that does not name its own any-of belongs to this group, which passes when any one of them passes."},"items":{"type":"array","items":{"anyOf":[{"type":"string","minLength":1,"pattern":"\\S","description":"Shorthand for a manual item: `- Runbook reviewed` is `{ title: Runbook reviewed, manual: true }`, its id made from the title."},{"$ref":"#/definitions/item"}]},"description":"The checks of this section."}}};const pattern2 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");const schema13 = {"type":"object","additionalProperties":false,"required":["title"],"description":"One check. Exactly one of `run` (a command gate), `file` (evidence) or `manual: true` (a person signs off).","properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]*$","description":"Unique across the checklist: lower-case letters, digits, `-` and `_`, starting with a letter or digit. Default: made from the title, as for a Markdown box (\"Verify: npm test passes\" → `verify-npm-test-passes`; a repeated title gets `-2`, `-3`)."},"title":{"type":"string","minLength":1,"pattern":"\\S","description":"What the check proves, as the report shows it."},"run":{"type":"string","minLength":1,"description":"A command gate, run like a GitHub `run:` step: written to a script file and run with `bash --noprofile --norc -eo pipefail <file>` in the working directory, so any failing line fails it. Each known tool's output (cargo, npm, node --test, jest…) is judged by its own parser with its own exit status; otherwise the exit status decides. Commands that would change the code (`cargo fmt` without `--check`, `--fix`, `--write`) are refused."},"file":{"type":"string","minLength":1,"description":"Evidence: passes when this file (relative to the workspace) exists, is a regular file and is not empty."},"manual":{"const":true,"description":"A person signs off on the pull request (or `signed-off: true` records it in the file); pending until then."},"severity":{"enum":["blocking","warning","info"],"description":"blocking (default, or the section's): a failure means NO-GO. warning: a failure means CONDITIONAL GO. info: never changes the decision."},"phase":{"enum":["pre-deploy","deploy","post-deploy"],"description":"When the item is done; default: its section's phase, else pre-deploy. Only pre-deploy items decide; deploy and post-deploy items are listed after the decision and their gates are not run."},"any-of":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]*$","description":"Alternatives: items with the same any-of name pass together when any one of them passes (a group that holds a command or file passes only when one of those does). At least two items, all in the same phase."},"timeout-minutes":{"type":"number","exclusiveMinimum":0,"maximum":360,"description":"Minutes before the gate is stopped and reported as an error (never a pass). Fractions allowed; more than 0, at most 360. Default 15."},"working-directory":{"type":"string","minLength":1,"description":"Directory the command runs in, relative to the workspace; it may not lead outside it. Default `.`."},"env":{"type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":["string","number","boolean"]},"description":"Extra environment variables for the command; numbers and booleans are turned into text."},"needs":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]*$"},"uniqueItems":true,"description":"Ids of items that must pass first; when one does not, this item is not run and counts as an error."},"parser":{"enum":["cargo-test","cargo-clippy","cargo-fmt","cargo-audit","npm-audit","node-test","jest","vitest","mocha","npm-test","pytest","ruff","black","mypy","pip-audit","go-test","go-vet","gofmt","govulncheck","exit-code"],"description":"How to read the output; detected from `run` when absent. exit-code trusts the exit status alone."},"junit":{"type":"string","minLength":1,"description":"Glob of the JUnit XML files the command writes (pytest --junitxml, gotestsum, cargo nextest, jest-junit, Surefire), relative to working-directory and inside the workspace. Counts, failing tests and locations come from the files this run wrote; none, a stale one or a malformed one is an error."},"expect":{"$ref":"#/definitions/expect"},"signed-off":{"type":"boolean","description":"Manual items: true records a sign-off in the checklist itself, like a ticked Markdown box. Write it on one line (`signed-off: true`): git blame of that line says who signed, and on a pull request a sign-off the pull request added counts only for a person GitHub vouches for who may sign off the item. Not with approvers, min-approvals above 1 or paths, which a line in the file cannot show; sign off on the pull request instead."},"approvers":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Manual items: who may sign off: GitHub logins, or `team:org/slug`. Default: anyone with write access."},"min-approvals":{"type":"integer","minimum":1,"description":"Manual items: sign-offs needed. Default 1."},"allow-author":{"type":"boolean","description":"Manual items: whether the pull request's author may sign off. Default false."},"paths":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Manual items: globs; a sign-off is invalidated when a later commit changes a matching file."}},"oneOf":[{"required":["run"]},{"required":["file"]},{"required":["manual"]}]};const schema14 = {"type":"object","additionalProperties":false,"description":"Thresholds for a command gate; each parser reads the ones that apply to it.","properties":{"pass-rate":{"type":"number","minimum":0,"maximum":100,"description":"Percent of executed tests that must pass. Default 100."},"max-failures":{"type":"integer","minimum":0,"description":"Failed tests tolerated."},"min-tests":{"type":"integer","minimum":0,"description":"Fewest tests that must run. Default 1: zero tests prove nothing."},"max-warnings":{"type":"integer","minimum":0,"description":"Warnings tolerated (clippy, audit warnings)."},"max-errors":{"type":"integer","minimum":0,"description":"Errors tolerated by linters and type checkers that count them (ruff, mypy, go vet). Default 0."},"max-vulnerabilities":{"type":"integer","minimum":0,"description":"Vulnerabilities tolerated outside allowed-severities (audits). Default 0."},"allowed-severities":{"type":"array","items":{"enum":["info","low","moderate","medium","high","critical"]},"uniqueItems":true,"description":"Audit severities that never fail the gate, e.g. [info, low]."}}};const func6 = Object.prototype.hasOwnProperty;const func0 = (function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
});const pattern7 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs1 = errors;let valid0 = false;let passing0 = null;const _errs2 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.run === undefined){const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema13.oneOf[0].required,parentSchema:schema13.oneOf[0],data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var _valid0 = _errs2 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.file === undefined){const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema13.oneOf[1].required,parentSchema:schema13.oneOf[1],data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}const _errs4 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.manual === undefined){const err2 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "manual"},message:"must have required property '"+"manual"+"'",schema:schema13.oneOf[2].required,parentSchema:schema13.oneOf[2],data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs4 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 2];}else {if(_valid0){valid0 = true;passing0 = 2;}}}if(!valid0){const err3 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema13.oneOf,parentSchema:schema13,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}else {errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}}if(data && typeof data == "object" && !Array.isArray(data)){if(data.title === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema13.required,parentSchema:schema13,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}for(const key0 in data){if(!(func6.call(schema13.properties, key0))){const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.id !== undefined){let data0 = data.id;if(typeof data0 === "string"){if(!pattern2.test(data0)){const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\"",schema:"^[a-z0-9][a-z0-9_-]*$",parentSchema:schema13.properties.id,data:data0};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.id.type,parentSchema:schema13.properties.id,data:data0};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.title !== undefined){let data1 = data.title;if(typeof data1 === "string"){if(func2(data1) < 1){const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.title,data:data1};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!pattern0.test(data1)){const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema13.properties.title,data:data1};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.title.type,parentSchema:schema13.properties.title,data:data1};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.run !== undefined){let data2 = data.run;if(typeof data2 === "string"){if(func2(data2) < 1){const err11 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.run,data:data2};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.run.type,parentSchema:schema13.properties.run,data:data2};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.file !== undefined){let data3 = data.file;if(typeof data3 === "string"){if(func2(data3) < 1){const err13 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.file,data:data3};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.file.type,parentSchema:schema13.properties.file,data:data3};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.manual !== undefined){let data4 = data.manual;if(true !== data4){const err15 = {instancePath:instancePath+"/manual",schemaPath:"#/properties/manual/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema13.properties.manual,data:data4};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.severity !== undefined){let data5 = data.severity;if(!(((data5 === "blocking") || (data5 === "warning")) || (data5 === "info"))){const err16 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema13.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema13.properties.severity.enum,parentSchema:schema13.properties.severity,data:data5};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.phase !== undefined){let data6 = data.phase;if(!(((data6 === "pre-deploy") || (data6 === "deploy")) || (data6 === "post-deploy"))){const err17 = {instancePath:instancePath+"/phase",schemaPath:"#/properties/phase/enum",keyword:"enum",params:{allowedValues: schema13.properties.phase.enum},message:"must be equal to one of the allowed values",schema:schema13.properties.phase.enum,parentSchema:schema13.properties.phase,data:data6};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data["any-of"] !== undefined){let data7 = data["any-of"];if(typeof data7 === "string"){if(!pattern2.test(data7)){const err18 = {instancePath:instancePath+"/any-of",schemaPath:"#/properties/any-of/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\"",schema:"^[a-z0-9][a-z0-9_-]*$",parentSchema:schema13.properties["any-of"],data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/any-of",schemaPath:"#/properties/any-of/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties["any-of"].type,parentSchema:schema13.properties["any-of"],data:data7};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data["timeout-minutes"] !== undefined){let data8 = data["timeout-minutes"];if(typeof data8 == "number"){if(data8 > 360 || isNaN(data8)){const err20 = {instancePath:instancePath+"/timeout-minutes",schemaPath:"#/properties/timeout-minutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 360},message:"must be <= 360",schema:360,parentSchema:schema13.properties["timeout-minutes"],data:data8};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data8 <= 0 || isNaN(data8)){const err21 = {instancePath:instancePath+"/timeout-minutes",schemaPath:"#/properties/timeout-minutes/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema13.properties["timeout-minutes"],data:data8};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/timeout-minutes",schemaPath:"#/properties/timeout-minutes/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema13.properties["timeout-minutes"].type,parentSchema:schema13.properties["timeout-minutes"],data:data8};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data["working-directory"] !== undefined){let data9 = data["working-directory"];if(typeof data9 === "string"){if(func2(data9) < 1){const err23 = {instancePath:instancePath+"/working-directory",schemaPath:"#/properties/working-directory/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties["working-directory"],data:data9};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/working-directory",schemaPath:"#/properties/working-directory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties["working-directory"].type,parentSchema:schema13.properties["working-directory"],data:data9};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.env !== undefined){let data10 = data.env;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key1 in data10){const _errs25 = errors;if(typeof key1 === "string"){if(!pattern7.test(key1)){const err25 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema13.properties.env.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}var valid2 = _errs25 === errors;if(!valid2){const err26 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema13.properties.env.propertyNames,parentSchema:schema13.properties.env,data:data10};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}for(const key2 in data10){let data11 = data10[key2];if(((typeof data11 !== "string") && (!(typeof data11 == "number"))) && (typeof data11 !== "boolean")){const err27 = {instancePath:instancePath+"/env/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/env/additionalProperties/type",keyword:"type",params:{type: schema13.properties.env.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.properties.env.additionalProperties.type,parentSchema:schema13.properties.env.additionalProperties,data:data11};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.env.type,parentSchema:schema13.properties.env,data:data10};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.needs !== undefined){let data12 = data.needs;if(Array.isArray(data12)){const len0 = data12.length;for(let i0=0; i0<len0; i0++){let data13 = data12[i0];if(typeof data13 === "string"){if(!pattern2.test(data13)){const err29 = {instancePath:instancePath+"/needs/" + i0,schemaPath:"#/properties/needs/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\"",schema:"^[a-z0-9][a-z0-9_-]*$",parentSchema:schema13.properties.needs.items,data:data13};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}else {const err30 = {instancePath:instancePath+"/needs/" + i0,schemaPath:"#/properties/needs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.needs.items.type,parentSchema:schema13.properties.needs.items,data:data13};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}let i1 = data12.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data12[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err31 = {instancePath:instancePath+"/needs",schemaPath:"#/properties/needs/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema13.properties.needs,data:data12};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;break;}indices0[item0] = i1;}}}else {const err32 = {instancePath:instancePath+"/needs",schemaPath:"#/properties/needs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema13.properties.needs.type,parentSchema:schema13.properties.needs,data:data12};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data.parser !== undefined){let data14 = data.parser;if(!((((((((((((((((((((data14 === "cargo-test") || (data14 === "cargo-clippy")) || (data14 === "cargo-fmt")) || (data14 === "cargo-audit")) || (data14 === "npm-audit")) || (data14 === "node-test")) || (data14 === "jest")) || (data14 === "vitest")) || (data14 === "mocha")) || (data14 === "npm-test")) || (data14 === "pytest")) || (data14 === "ruff")) || (data14 === "black")) || (data14 === "mypy")) || (data14 === "pip-audit")) || (data14 === "go-test")) || (data14 === "go-vet")) || (data14 === "gofmt")) || (data14 === "govulncheck")) || (data14 === "exit-code"))){const err33 = {instancePath:instancePath+"/parser",schemaPath:"#/properties/parser/enum",keyword:"enum",params:{allowedValues: schema13.properties.parser.enum},message:"must be equal to one of the allowed values",schema:schema13.properties.parser.enum,parentSchema:schema13.properties.parser,data:data14};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.junit !== undefined){let data15 = data.junit;if(typeof data15 === "string"){if(func2(data15) < 1){const err34 = {instancePath:instancePath+"/junit",schemaPath:"#/properties/junit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.junit,data:data15};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}else {const err35 = {instancePath:instancePath+"/junit",schemaPath:"#/properties/junit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.junit.type,parentSchema:schema13.properties.junit,data:data15};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data.expect !== undefined){let data16 = data.expect;if(data16 && typeof data16 == "object" && !Array.isArray(data16)){for(const key3 in data16){if(!(((((((key3 === "pass-rate") || (key3 === "max-failures")) || (key3 === "min-tests")) || (key3 === "max-warnings")) || (key3 === "max-errors")) || (key3 === "max-vulnerabilities")) || (key3 === "allowed-severities"))){const err36 = {instancePath:instancePath+"/expect",schemaPath:"#/definitions/expect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data:data16};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data16["pass-rate"] !== undefined){let data17 = data16["pass-rate"];if(typeof data17 == "number"){if(data17 > 100 || isNaN(data17)){const err37 = {instancePath:instancePath+"/expect/pass-rate",schemaPath:"#/definitions/expect/properties/pass-rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema14.properties["pass-rate"],data:data17};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}if(data17 < 0 || isNaN(data17)){const err38 = {instancePath:instancePath+"/expect/pass-rate",schemaPath:"#/definitions/expect/properties/pass-rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["pass-rate"],data:data17};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}else {const err39 = {instancePath:instancePath+"/expect/pass-rate",schemaPath:"#/definitions/expect/properties/pass-rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.properties["pass-rate"].type,parentSchema:schema14.properties["pass-rate"],data:data17};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data16["max-failures"] !== undefined){let data18 = data16["max-failures"];if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){const err40 = {instancePath:instancePath+"/expect/max-failures",schemaPath:"#/definitions/expect/properties/max-failures/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties["max-failures"].type,parentSchema:schema14.properties["max-failures"],data:data18};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(typeof data18 == "number"){if(data18 < 0 || isNaN(data18)){const err41 = {instancePath:instancePath+"/expect/max-failures",schemaPath:"#/definitions/expect/properties/max-failures/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["max-failures"],data:data18};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}if(data16["min-tests"] !== undefined){let data19 = data16["min-tests"];if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){const err42 = {instancePath:instancePath+"/expect/min-tests",schemaPath:"#/definitions/expect/properties/min-tests/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties["min-tests"].type,parentSchema:schema14.properties["min-tests"],data:data19};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(typeof data19 == "number"){if(data19 < 0 || isNaN(data19)){const err43 = {instancePath:instancePath+"/expect/min-tests",schemaPath:"#/definitions/expect/properties/min-tests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["min-tests"],data:data19};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}if(data16["max-warnings"] !== undefined){let data20 = data16["max-warnings"];if(!((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20)))){const err44 = {instancePath:instancePath+"/expect/max-warnings",schemaPath:"#/definitions/expect/properties/max-warnings/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties["max-warnings"].type,parentSchema:schema14.properties["max-warnings"],data:data20};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(typeof data20 == "number"){if(data20 < 0 || isNaN(data20)){const err45 = {instancePath:instancePath+"/expect/max-warnings",schemaPath:"#/definitions/expect/properties/max-warnings/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["max-warnings"],data:data20};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}if(data16["max-errors"] !== undefined){let data21 = data16["max-errors"];if(!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))){const err46 = {instancePath:instancePath+"/expect/max-errors",schemaPath:"#/definitions/expect/properties/max-errors/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties["max-errors"].type,parentSchema:schema14.properties["max-errors"],data:data21};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if(typeof data21 == "number"){if(data21 < 0 || isNaN(data21)){const err47 = {instancePath:instancePath+"/expect/max-errors",schemaPath:"#/definitions/expect/properties/max-errors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["max-errors"],data:data21};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}if(data16["max-vulnerabilities"] !== undefined){let data22 = data16["max-vulnerabilities"];if(!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))){const err48 = {instancePath:instancePath+"/expect/max-vulnerabilities",schemaPath:"#/definitions/expect/properties/max-vulnerabilities/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties["max-vulnerabilities"].type,parentSchema:schema14.properties["max-vulnerabilities"],data:data22};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(typeof data22 == "number"){if(data22 < 0 || isNaN(data22)){const err49 = {instancePath:instancePath+"/expect/max-vulnerabilities",schemaPath:"#/definitions/expect/properties/max-vulnerabilities/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["max-vulnerabilities"],data:data22};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}}if(data16["allowed-severities"] !== undefined){let data23 = data16["allowed-severities"];if(Array.isArray(data23)){const len1 = data23.length;for(let i2=0; i2<len1; i2++){let data24 = data23[i2];if(!((((((data24 === "info") || (data24 === "low")) || (data24 === "moderate")) || (data24 === "medium")) || (data24 === "high")) || (data24 === "critical"))){const err50 = {instancePath:instancePath+"/expect/allowed-severities/" + i2,schemaPath:"#/definitions/expect/properties/allowed-severities/items/enum",keyword:"enum",params:{allowedValues: schema14.properties["allowed-severities"].items.enum},message:"must be equal to one of the allowed values",schema:schema14.properties["allowed-severities"].items.enum,parentSchema:schema14.properties["allowed-severities"].items,data:data24};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}let i3 = data23.length;let j1;if(i3 > 1){outer0:for(;i3--;){for(j1 = i3; j1--;){if(func0(data23[i3], data23[j1])){const err51 = {instancePath:instancePath+"/expect/allowed-severities",schemaPath:"#/definitions/expect/properties/allowed-severities/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema14.properties["allowed-severities"],data:data23};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;break outer0;}}}}}else {const err52 = {instancePath:instancePath+"/expect/allowed-severities",schemaPath:"#/definitions/expect/properties/allowed-severities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties["allowed-severities"].type,parentSchema:schema14.properties["allowed-severities"],data:data23};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}else {const err53 = {instancePath:instancePath+"/expect",schemaPath:"#/definitions/expect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data:data16};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data["signed-off"] !== undefined){let data25 = data["signed-off"];if(typeof data25 !== "boolean"){const err54 = {instancePath:instancePath+"/signed-off",schemaPath:"#/properties/signed-off/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema13.properties["signed-off"].type,parentSchema:schema13.properties["signed-off"],data:data25};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data.approvers !== undefined){let data26 = data.approvers;if(Array.isArray(data26)){const len2 = data26.length;for(let i4=0; i4<len2; i4++){let data27 = data26[i4];if(typeof data27 === "string"){if(func2(data27) < 1){const err55 = {instancePath:instancePath+"/approvers/" + i4,schemaPath:"#/properties/approvers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.approvers.items,data:data27};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}else {const err56 = {instancePath:instancePath+"/approvers/" + i4,schemaPath:"#/properties/approvers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.approvers.items.type,parentSchema:schema13.properties.approvers.items,data:data27};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}let i5 = data26.length;let j2;if(i5 > 1){const indices1 = {};for(;i5--;){let item1 = data26[i5];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j2 = indices1[item1];const err57 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema13.properties.approvers,data:data26};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;break;}indices1[item1] = i5;}}}else {const err58 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema13.properties.approvers.type,parentSchema:schema13.properties.approvers,data:data26};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data["min-approvals"] !== undefined){let data28 = data["min-approvals"];if(!((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28)))){const err59 = {instancePath:instancePath+"/min-approvals",schemaPath:"#/properties/min-approvals/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties["min-approvals"].type,parentSchema:schema13.properties["min-approvals"],data:data28};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}if(typeof data28 == "number"){if(data28 < 1 || isNaN(data28)){const err60 = {instancePath:instancePath+"/min-approvals",schemaPath:"#/properties/min-approvals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema13.properties["min-approvals"],data:data28};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}}if(data["allow-author"] !== undefined){let data29 = data["allow-author"];if(typeof data29 !== "boolean"){const err61 = {instancePath:instancePath+"/allow-author",schemaPath:"#/properties/allow-author/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema13.properties["allow-author"].type,parentSchema:schema13.properties["allow-author"],data:data29};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data.paths !== undefined){let data30 = data.paths;if(Array.isArray(data30)){const len3 = data30.length;for(let i6=0; i6<len3; i6++){let data31 = data30[i6];if(typeof data31 === "string"){if(func2(data31) < 1){const err62 = {instancePath:instancePath+"/paths/" + i6,schemaPath:"#/properties/paths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.paths.items,data:data31};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}else {const err63 = {instancePath:instancePath+"/paths/" + i6,schemaPath:"#/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.paths.items.type,parentSchema:schema13.properties.paths.items,data:data31};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}let i7 = data30.length;let j3;if(i7 > 1){const indices2 = {};for(;i7--;){let item2 = data30[i7];if(typeof item2 !== "string"){continue;}if(typeof indices2[item2] == "number"){j3 = indices2[item2];const err64 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)",schema:true,parentSchema:schema13.properties.paths,data:data30};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;break;}indices2[item2] = i7;}}}else {const err65 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema13.properties.paths.type,parentSchema:schema13.properties.paths,data:data30};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}else {const err66 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}validate12.errors = vErrors;return errors === 0;}function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.title === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema12.required,parentSchema:schema12,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.items === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'",schema:schema12.required,parentSchema:schema12,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((((key0 === "title") || (key0 === "severity")) || (key0 === "phase")) || (key0 === "any-of")) || (key0 === "items"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.title !== undefined){let data0 = data.title;if(typeof data0 === "string"){if(func2(data0) < 1){const err3 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.title,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(!pattern0.test(data0)){const err4 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema12.properties.title,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.title.type,parentSchema:schema12.properties.title,data:data0};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.severity !== undefined){let data1 = data.severity;if(!(((data1 === "blocking") || (data1 === "warning")) || (data1 === "info"))){const err6 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema12.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.severity.enum,parentSchema:schema12.properties.severity,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.phase !== undefined){let data2 = data.phase;if(!(((data2 === "pre-deploy") || (data2 === "deploy")) || (data2 === "post-deploy"))){const err7 = {instancePath:instancePath+"/phase",schemaPath:"#/properties/phase/enum",keyword:"enum",params:{allowedValues: schema12.properties.phase.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.phase.enum,parentSchema:schema12.properties.phase,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data["any-of"] !== undefined){let data3 = data["any-of"];if(typeof data3 === "string"){if(!pattern2.test(data3)){const err8 = {instancePath:instancePath+"/any-of",schemaPath:"#/properties/any-of/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\"",schema:"^[a-z0-9][a-z0-9_-]*$",parentSchema:schema12.properties["any-of"],data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/any-of",schemaPath:"#/properties/any-of/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties["any-of"].type,parentSchema:schema12.properties["any-of"],data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.items !== undefined){let data4 = data.items;if(Array.isArray(data4)){const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];const _errs11 = errors;let valid3 = false;const _errs12 = errors;if(typeof data5 === "string"){if(func2(data5) < 1){const err10 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.items.items.anyOf[0],data:data5};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(!pattern0.test(data5)){const err11 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/anyOf/0/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema12.properties.items.items.anyOf[0],data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.items.items.anyOf[0].type,parentSchema:schema12.properties.items.items.anyOf[0],data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}var _valid0 = _errs12 === errors;valid3 = valid3 || _valid0;if(!valid3){const _errs14 = errors;if(!(validate12(data5, {instancePath:instancePath+"/items/" + i0,parentData:data4,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;}var _valid0 = _errs14 === errors;valid3 = valid3 || _valid0;}if(!valid3){const err13 = {instancePath:instancePath+"/items/" + i0,schemaPath:"#/properties/items/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema12.properties.items.items.anyOf,parentSchema:schema12.properties.items.items,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}else {errors = _errs11;if(vErrors !== null){if(_errs11){vErrors.length = _errs11;}else {vErrors = null;}}}}}else {const err14 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.items.type,parentSchema:schema12.properties.items,data:data4};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}validate11.errors = vErrors;return errors === 0;}function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://raw.githubusercontent.com/go-no-go/go-no-go/main/checklists/schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.sections === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sections"},message:"must have required property '"+"sections"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((((key0 === "version") || (key0 === "title")) || (key0 === "defaults")) || (key0 === "sections")) || (key0 === "rollback-if"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.version !== undefined){let data0 = data.version;if(1 !== data0){const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.version,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.title !== undefined){let data1 = data.title;if(typeof data1 === "string"){if(func2(data1) < 1){const err4 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.title,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(!pattern0.test(data1)){const err5 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema11.properties.title,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.title.type,parentSchema:schema11.properties.title,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.defaults !== undefined){let data2 = data.defaults;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key1 in data2){if(!((key1 === "timeout-minutes") || (key1 === "working-directory"))){const err7 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.defaults,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data2["timeout-minutes"] !== undefined){let data3 = data2["timeout-minutes"];if(typeof data3 == "number"){if(data3 > 360 || isNaN(data3)){const err8 = {instancePath:instancePath+"/defaults/timeout-minutes",schemaPath:"#/properties/defaults/properties/timeout-minutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 360},message:"must be <= 360",schema:360,parentSchema:schema11.properties.defaults.properties["timeout-minutes"],data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data3 <= 0 || isNaN(data3)){const err9 = {instancePath:instancePath+"/defaults/timeout-minutes",schemaPath:"#/properties/defaults/properties/timeout-minutes/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.defaults.properties["timeout-minutes"],data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/defaults/timeout-minutes",schemaPath:"#/properties/defaults/properties/timeout-minutes/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.defaults.properties["timeout-minutes"].type,parentSchema:schema11.properties.defaults.properties["timeout-minutes"],data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data2["working-directory"] !== undefined){let data4 = data2["working-directory"];if(typeof data4 === "string"){if(func2(data4) < 1){const err11 = {instancePath:instancePath+"/defaults/working-directory",schemaPath:"#/properties/defaults/properties/working-directory/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.defaults.properties["working-directory"],data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/defaults/working-directory",schemaPath:"#/properties/defaults/properties/working-directory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.defaults.properties["working-directory"].type,parentSchema:schema11.properties.defaults.properties["working-directory"],data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.defaults.type,parentSchema:schema11.properties.defaults,data:data2};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.sections !== undefined){let data5 = data.sections;if(Array.isArray(data5)){const len0 = data5.length;for(let i0=0; i0<len0; i0++){if(!(validate11(data5[i0], {instancePath:instancePath+"/sections/" + i0,parentData:data5,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}}else {const err14 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.sections.type,parentSchema:schema11.properties.sections,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data["rollback-if"] !== undefined){let data7 = data["rollback-if"];if(Array.isArray(data7)){const len1 = data7.length;for(let i1=0; i1<len1; i1++){let data8 = data7[i1];if(typeof data8 === "string"){if(func2(data8) < 1){const err15 = {instancePath:instancePath+"/rollback-if/" + i1,schemaPath:"#/properties/rollback-if/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties["rollback-if"].items,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/rollback-if/" + i1,schemaPath:"#/properties/rollback-if/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["rollback-if"].items.type,parentSchema:schema11.properties["rollback-if"].items,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}let i2 = data7.length;let j0;if(i2 > 1){const indices0 = {};for(;i2--;){let item0 = data7[i2];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err17 = {instancePath:instancePath+"/rollback-if",schemaPath:"#/properties/rollback-if/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema11.properties["rollback-if"],data:data7};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;break;}indices0[item0] = i2;}}}else {const err18 = {instancePath:instancePath+"/rollback-if",schemaPath:"#/properties/rollback-if/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["rollback-if"].type,parentSchema:schema11.properties["rollback-if"],data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}validate10.errors = vErrors;return errors === 0;}const item = validate15;function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs1 = errors;let valid0 = false;let passing0 = null;const _errs2 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.run === undefined){const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema13.oneOf[0].required,parentSchema:schema13.oneOf[0],data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var _valid0 = _errs2 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.file === undefined){const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema13.oneOf[1].required,parentSchema:schema13.oneOf[1],data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}const _errs4 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.manual === undefined){const err2 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "manual"},message:"must have required property '"+"manual"+"'",schema:schema13.oneOf[2].required,parentSchema:schema13.oneOf[2],data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs4 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 2];}else {if(_valid0){valid0 = true;passing0 = 2;}}}if(!valid0){const err3 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema13.oneOf,parentSchema:schema13,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}else {errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}}if(data && typeof data == "object" && !Array.isArray(data)){if(data.title === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema13.required,parentSchema:schema13,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}for(const key0 in data){if(!(func6.call(schema13.properties, key0))){const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.id !== undefined){let data0 = data.id;if(typeof data0 === "string"){if(!pattern2.test(data0)){const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\"",schema:"^[a-z0-9][a-z0-9_-]*$",parentSchema:schema13.properties.id,data:data0};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.id.type,parentSchema:schema13.properties.id,data:data0};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.title !== undefined){let data1 = data.title;if(typeof data1 === "string"){if(func2(data1) < 1){const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.title,data:data1};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!pattern0.test(data1)){const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema13.properties.title,data:data1};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.title.type,parentSchema:schema13.properties.title,data:data1};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.run !== undefined){let data2 = data.run;if(typeof data2 === "string"){if(func2(data2) < 1){const err11 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.run,data:data2};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.run.type,parentSchema:schema13.properties.run,data:data2};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.file !== undefined){let data3 = data.file;if(typeof data3 === "string"){if(func2(data3) < 1){const err13 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.file,data:data3};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.file.type,parentSchema:schema13.properties.file,data:data3};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.manual !== undefined){let data4 = data.manual;if(true !== data4){const err15 = {instancePath:instancePath+"/manual",schemaPath:"#/properties/manual/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema13.properties.manual,data:data4};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.severity !== undefined){let data5 = data.severity;if(!(((data5 === "blocking") || (data5 === "warning")) || (data5 === "info"))){const err16 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema13.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema13.properties.severity.enum,parentSchema:schema13.properties.severity,data:data5};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.phase !== undefined){let data6 = data.phase;if(!(((data6 === "pre-deploy") || (data6 === "deploy")) || (data6 === "post-deploy"))){const err17 = {instancePath:instancePath+"/phase",schemaPath:"#/properties/phase/enum",keyword:"enum",params:{allowedValues: schema13.properties.phase.enum},message:"must be equal to one of the allowed values",schema:schema13.properties.phase.enum,parentSchema:schema13.properties.phase,data:data6};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data["any-of"] !== undefined){let data7 = data["any-of"];if(typeof data7 === "string"){if(!pattern2.test(data7)){const err18 = {instancePath:instancePath+"/any-of",schemaPath:"#/properties/any-of/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\"",schema:"^[a-z0-9][a-z0-9_-]*$",parentSchema:schema13.properties["any-of"],data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/any-of",schemaPath:"#/properties/any-of/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties["any-of"].type,parentSchema:schema13.properties["any-of"],data:data7};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data["timeout-minutes"] !== undefined){let data8 = data["timeout-minutes"];if(typeof data8 == "number"){if(data8 > 360 || isNaN(data8)){const err20 = {instancePath:instancePath+"/timeout-minutes",schemaPath:"#/properties/timeout-minutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 360},message:"must be <= 360",schema:360,parentSchema:schema13.properties["timeout-minutes"],data:data8};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data8 <= 0 || isNaN(data8)){const err21 = {instancePath:instancePath+"/timeout-minutes",schemaPath:"#/properties/timeout-minutes/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema13.properties["timeout-minutes"],data:data8};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/timeout-minutes",schemaPath:"#/properties/timeout-minutes/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema13.properties["timeout-minutes"].type,parentSchema:schema13.properties["timeout-minutes"],data:data8};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data["working-directory"] !== undefined){let data9 = data["working-directory"];if(typeof data9 === "string"){if(func2(data9) < 1){const err23 = {instancePath:instancePath+"/working-directory",schemaPath:"#/properties/working-directory/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties["working-directory"],data:data9};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/working-directory",schemaPath:"#/properties/working-directory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties["working-directory"].type,parentSchema:schema13.properties["working-directory"],data:data9};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.env !== undefined){let data10 = data.env;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key1 in data10){const _errs25 = errors;if(typeof key1 === "string"){if(!pattern7.test(key1)){const err25 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema13.properties.env.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}var valid2 = _errs25 === errors;if(!valid2){const err26 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema13.properties.env.propertyNames,parentSchema:schema13.properties.env,data:data10};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}for(const key2 in data10){let data11 = data10[key2];if(((typeof data11 !== "string") && (!(typeof data11 == "number"))) && (typeof data11 !== "boolean")){const err27 = {instancePath:instancePath+"/env/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/env/additionalProperties/type",keyword:"type",params:{type: schema13.properties.env.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.properties.env.additionalProperties.type,parentSchema:schema13.properties.env.additionalProperties,data:data11};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.env.type,parentSchema:schema13.properties.env,data:data10};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.needs !== undefined){let data12 = data.needs;if(Array.isArray(data12)){const len0 = data12.length;for(let i0=0; i0<len0; i0++){let data13 = data12[i0];if(typeof data13 === "string"){if(!pattern2.test(data13)){const err29 = {instancePath:instancePath+"/needs/" + i0,schemaPath:"#/properties/needs/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\"",schema:"^[a-z0-9][a-z0-9_-]*$",parentSchema:schema13.properties.needs.items,data:data13};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}else {const err30 = {instancePath:instancePath+"/needs/" + i0,schemaPath:"#/properties/needs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.needs.items.type,parentSchema:schema13.properties.needs.items,data:data13};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}let i1 = data12.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data12[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err31 = {instancePath:instancePath+"/needs",schemaPath:"#/properties/needs/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema13.properties.needs,data:data12};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;break;}indices0[item0] = i1;}}}else {const err32 = {instancePath:instancePath+"/needs",schemaPath:"#/properties/needs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema13.properties.needs.type,parentSchema:schema13.properties.needs,data:data12};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data.parser !== undefined){let data14 = data.parser;if(!((((((((((((((((((((data14 === "cargo-test") || (data14 === "cargo-clippy")) || (data14 === "cargo-fmt")) || (data14 === "cargo-audit")) || (data14 === "npm-audit")) || (data14 === "node-test")) || (data14 === "jest")) || (data14 === "vitest")) || (data14 === "mocha")) || (data14 === "npm-test")) || (data14 === "pytest")) || (data14 === "ruff")) || (data14 === "black")) || (data14 === "mypy")) || (data14 === "pip-audit")) || (data14 === "go-test")) || (data14 === "go-vet")) || (data14 === "gofmt")) || (data14 === "govulncheck")) || (data14 === "exit-code"))){const err33 = {instancePath:instancePath+"/parser",schemaPath:"#/properties/parser/enum",keyword:"enum",params:{allowedValues: schema13.properties.parser.enum},message:"must be equal to one of the allowed values",schema:schema13.properties.parser.enum,parentSchema:schema13.properties.parser,data:data14};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.junit !== undefined){let data15 = data.junit;if(typeof data15 === "string"){if(func2(data15) < 1){const err34 = {instancePath:instancePath+"/junit",schemaPath:"#/properties/junit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.junit,data:data15};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}else {const err35 = {instancePath:instancePath+"/junit",schemaPath:"#/properties/junit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.junit.type,parentSchema:schema13.properties.junit,data:data15};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data.expect !== undefined){let data16 = data.expect;if(data16 && typeof data16 == "object" && !Array.isArray(data16)){for(const key3 in data16){if(!(((((((key3 === "pass-rate") || (key3 === "max-failures")) || (key3 === "min-tests")) || (key3 === "max-warnings")) || (key3 === "max-errors")) || (key3 === "max-vulnerabilities")) || (key3 === "allowed-severities"))){const err36 = {instancePath:instancePath+"/expect",schemaPath:"#/definitions/expect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data:data16};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data16["pass-rate"] !== undefined){let data17 = data16["pass-rate"];if(typeof data17 == "number"){if(data17 > 100 || isNaN(data17)){const err37 = {instancePath:instancePath+"/expect/pass-rate",schemaPath:"#/definitions/expect/properties/pass-rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema14.properties["pass-rate"],data:data17};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}if(data17 < 0 || isNaN(data17)){const err38 = {instancePath:instancePath+"/expect/pass-rate",schemaPath:"#/definitions/expect/properties/pass-rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["pass-rate"],data:data17};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}else {const err39 = {instancePath:instancePath+"/expect/pass-rate",schemaPath:"#/definitions/expect/properties/pass-rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.properties["pass-rate"].type,parentSchema:schema14.properties["pass-rate"],data:data17};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data16["max-failures"] !== undefined){let data18 = data16["max-failures"];if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){const err40 = {instancePath:instancePath+"/expect/max-failures",schemaPath:"#/definitions/expect/properties/max-failures/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties["max-failures"].type,parentSchema:schema14.properties["max-failures"],data:data18};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(typeof data18 == "number"){if(data18 < 0 || isNaN(data18)){const err41 = {instancePath:instancePath+"/expect/max-failures",schemaPath:"#/definitions/expect/properties/max-failures/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["max-failures"],data:data18};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}if(data16["min-tests"] !== undefined){let data19 = data16["min-tests"];if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){const err42 = {instancePath:instancePath+"/expect/min-tests",schemaPath:"#/definitions/expect/properties/min-tests/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties["min-tests"].type,parentSchema:schema14.properties["min-tests"],data:data19};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(typeof data19 == "number"){if(data19 < 0 || isNaN(data19)){const err43 = {instancePath:instancePath+"/expect/min-tests",schemaPath:"#/definitions/expect/properties/min-tests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["min-tests"],data:data19};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}if(data16["max-warnings"] !== undefined){let data20 = data16["max-warnings"];if(!((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20)))){const err44 = {instancePath:instancePath+"/expect/max-warnings",schemaPath:"#/definitions/expect/properties/max-warnings/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties["max-warnings"].type,parentSchema:schema14.properties["max-warnings"],data:data20};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(typeof data20 == "number"){if(data20 < 0 || isNaN(data20)){const err45 = {instancePath:instancePath+"/expect/max-warnings",schemaPath:"#/definitions/expect/properties/max-warnings/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["max-warnings"],data:data20};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}if(data16["max-errors"] !== undefined){let data21 = data16["max-errors"];if(!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))){const err46 = {instancePath:instancePath+"/expect/max-errors",schemaPath:"#/definitions/expect/properties/max-errors/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties["max-errors"].type,parentSchema:schema14.properties["max-errors"],data:data21};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if(typeof data21 == "number"){if(data21 < 0 || isNaN(data21)){const err47 = {instancePath:instancePath+"/expect/max-errors",schemaPath:"#/definitions/expect/properties/max-errors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["max-errors"],data:data21};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}if(data16["max-vulnerabilities"] !== undefined){let data22 = data16["max-vulnerabilities"];if(!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))){const err48 = {instancePath:instancePath+"/expect/max-vulnerabilities",schemaPath:"#/definitions/expect/properties/max-vulnerabilities/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties["max-vulnerabilities"].type,parentSchema:schema14.properties["max-vulnerabilities"],data:data22};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(typeof data22 == "number"){if(data22 < 0 || isNaN(data22)){const err49 = {instancePath:instancePath+"/expect/max-vulnerabilities",schemaPath:"#/definitions/expect/properties/max-vulnerabilities/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["max-vulnerabilities"],data:data22};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}}if(data16["allowed-severities"] !== undefined){let data23 = data16["allowed-severities"];if(Array.isArray(data23)){const len1 = data23.length;for(let i2=0; i2<len1; i2++){let data24 = data23[i2];if(!((((((data24 === "info") || (data24 === "low")) || (data24 === "moderate")) || (data24 === "medium")) || (data24 === "high")) || (data24 === "critical"))){const err50 = {instancePath:instancePath+"/expect/allowed-severities/" + i2,schemaPath:"#/definitions/expect/properties/allowed-severities/items/enum",keyword:"enum",params:{allowedValues: schema14.properties["allowed-severities"].items.enum},message:"must be equal to one of the allowed values",schema:schema14.properties["allowed-severities"].items.enum,parentSchema:schema14.properties["allowed-severities"].items,data:data24};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}let i3 = data23.length;let j1;if(i3 > 1){outer0:for(;i3--;){for(j1 = i3; j1--;){if(func0(data23[i3], data23[j1])){const err51 = {instancePath:instancePath+"/expect/allowed-severities",schemaPath:"#/definitions/expect/properties/allowed-severities/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema14.properties["allowed-severities"],data:data23};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;break outer0;}}}}}else {const err52 = {instancePath:instancePath+"/expect/allowed-severities",schemaPath:"#/definitions/expect/properties/allowed-severities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties["allowed-severities"].type,parentSchema:schema14.properties["allowed-severities"],data:data23};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}else {const err53 = {instancePath:instancePath+"/expect",schemaPath:"#/definitions/expect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data:data16};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data["signed-off"] !== undefined){let data25 = data["signed-off"];if(typeof data25 !== "boolean"){const err54 = {instancePath:instancePath+"/signed-off",schemaPath:"#/properties/signed-off/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema13.properties["signed-off"].type,parentSchema:schema13.properties["signed-off"],data:data25};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data.approvers !== undefined){let data26 = data.approvers;if(Array.isArray(data26)){const len2 = data26.length;for(let i4=0; i4<len2; i4++){let data27 = data26[i4];if(typeof data27 === "string"){if(func2(data27) < 1){const err55 = {instancePath:instancePath+"/approvers/" + i4,schemaPath:"#/properties/approvers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.approvers.items,data:data27};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}else {const err56 = {instancePath:instancePath+"/approvers/" + i4,schemaPath:"#/properties/approvers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.approvers.items.type,parentSchema:schema13.properties.approvers.items,data:data27};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}let i5 = data26.length;let j2;if(i5 > 1){const indices1 = {};for(;i5--;){let item1 = data26[i5];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j2 = indices1[item1];const err57 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema13.properties.approvers,data:data26};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;break;}indices1[item1] = i5;}}}else {const err58 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema13.properties.approvers.type,parentSchema:schema13.properties.approvers,data:data26};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data["min-approvals"] !== undefined){let data28 = data["min-approvals"];if(!((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28)))){const err59 = {instancePath:instancePath+"/min-approvals",schemaPath:"#/properties/min-approvals/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties["min-approvals"].type,parentSchema:schema13.properties["min-approvals"],data:data28};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}if(typeof data28 == "number"){if(data28 < 1 || isNaN(data28)){const err60 = {instancePath:instancePath+"/min-approvals",schemaPath:"#/properties/min-approvals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema13.properties["min-approvals"],data:data28};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}}if(data["allow-author"] !== undefined){let data29 = data["allow-author"];if(typeof data29 !== "boolean"){const err61 = {instancePath:instancePath+"/allow-author",schemaPath:"#/properties/allow-author/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema13.properties["allow-author"].type,parentSchema:schema13.properties["allow-author"],data:data29};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data.paths !== undefined){let data30 = data.paths;if(Array.isArray(data30)){const len3 = data30.length;for(let i6=0; i6<len3; i6++){let data31 = data30[i6];if(typeof data31 === "string"){if(func2(data31) < 1){const err62 = {instancePath:instancePath+"/paths/" + i6,schemaPath:"#/properties/paths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.paths.items,data:data31};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}else {const err63 = {instancePath:instancePath+"/paths/" + i6,schemaPath:"#/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.paths.items.type,parentSchema:schema13.properties.paths.items,data:data31};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}let i7 = data30.length;let j3;if(i7 > 1){const indices2 = {};for(;i7--;){let item2 = data30[i7];if(typeof item2 !== "string"){continue;}if(typeof indices2[item2] == "number"){j3 = indices2[item2];const err64 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)",schema:true,parentSchema:schema13.properties.paths,data:data30};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;break;}indices2[item2] = i7;}}}else {const err65 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema13.properties.paths.type,parentSchema:schema13.properties.paths,data:data30};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}else {const err66 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}validate15.errors = vErrors;return errors === 0;}

;// CONCATENATED MODULE: ./src/checklist/yaml/schema-messages.ts




// Compiled from schema.ts at build time (scripts/write-validator.mjs): no schema compiler at run time.

const ID = new RegExp(ID_PATTERN);
/**
 * Errors of the whole file, checked as its frame (items left out) and then item by item, so that
 * checking stops once there is plenty to report (`incomplete` then says so).
 */
function schemaErrors(data) {
    if (!isRecord(data) || !Array.isArray(data.sections))
        return { errors: whole(data) ? [] : [...(whole.errors ?? [])], incomplete: false };
    const sections = data.sections;
    const frame = { ...data, sections: sections.map((section) => (isRecord(section) && Array.isArray(section.items) ? { ...section, items: [] } : section)) };
    const errors = whole(frame) ? [] : [...(whole.errors ?? [])];
    for (const [sectionIndex, section] of sections.entries()) {
        if (!isRecord(section) || !Array.isArray(section.items))
            continue;
        for (const [itemIndex, value] of section.items.entries()) {
            if (item(value))
                continue;
            if (errors.length >= MAX_SCHEMA_ERRORS)
                return { errors, incomplete: true };
            const prefix = `/sections/${sectionIndex}/items/${itemIndex}`;
            errors.push(...(item.errors ?? []).map((error) => ({ ...error, instancePath: `${prefix}${error.instancePath}` })));
        }
    }
    return { errors, incomplete: false };
}
/** One problem per schema error that means something to a person, located at its key. */
function schemaProblems(errors, data, file, at) {
    const problems = [];
    for (const error of errors) {
        // Each oneOf branch reports its own "required"; the oneOf error itself gets one clear message.
        if (error.schemaPath.includes('/oneOf/'))
            continue;
        // Reported through the pattern error that comes with it, which names the property.
        if (error.keyword === 'propertyNames')
            continue;
        const instance = toPath(error.instancePath);
        let keyPath = instance;
        let position = at(instance);
        let message;
        switch (error.keyword) {
            case 'additionalProperties': {
                const property = String(error.params.additionalProperty);
                keyPath = [...instance, property];
                position = at(instance, property);
                const allowed = Object.keys(propertiesAt(error.parentSchema));
                const suggestion = closest(property, allowed);
                message = `unknown key ${quoteKey(property)}${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}${suggestion ? `; did you mean "${suggestion}"?` : ''}`;
                break;
            }
            case 'required': {
                const missing = String(error.params.missingProperty);
                keyPath = [...instance, missing];
                const item = valueAt(data, instance);
                const id = instance.at(-2) === 'items' && typeof item?.id === 'string' && ID.test(item.id) ? `item "${item.id}" ` : '';
                message = `${id}is missing the required key "${missing}"`;
                break;
            }
            case 'oneOf': {
                const found = valueAt(data, instance);
                // A blank plain line stays a string (the shorthand only takes text): it has no keys to look at.
                const item = typeof found === 'object' && found !== null ? found : undefined;
                const present = ['run', 'file', 'manual'].filter((name) => item && name in item);
                const id = typeof item?.id === 'string' && ID.test(item.id) ? `item "${item.id}"` : 'the item';
                message =
                    present.length === 0 ? `${id} needs exactly one of run, file or manual: true` : `${id} has ${present.join(' and ')}; it needs exactly one of run, file or manual: true`;
                break;
            }
            case 'type': {
                const expected = String(error.params.type);
                const actual = valueAt(data, instance);
                const quoteHint = expected.includes('string') && (typeof actual === 'number' || typeof actual === 'boolean') ? '; put it in quotes to make it text' : '';
                message = `${instance.length === 0 ? 'the checklist ' : ''}must be ${typeNames(expected)}, not ${describe(actual)}${quoteHint}`;
                break;
            }
            case 'const':
                message =
                    instance.at(-1) === 'version'
                        ? 'version must be 1'
                        : instance.at(-1) === 'manual'
                            ? 'manual must be true (or leave the key out)'
                            : `must be ${JSON.stringify(error.params.allowedValue)}`;
                break;
            case 'enum':
                message = `must be one of ${error.params.allowedValues.map((value) => JSON.stringify(value)).join(', ')}`;
                break;
            case 'pattern':
                if (error.propertyName !== undefined) {
                    keyPath = [...instance, error.propertyName];
                    position = at(instance, error.propertyName);
                    message = `${quoteKey(error.propertyName)} is not a usable environment variable name (letters, digits and _, not starting with a digit)`;
                }
                else if (instance.at(-2) === 'needs')
                    message = 'must be an item id (lower-case letters, digits, "-" and "_")';
                else if (instance.at(-1) === 'id')
                    message = 'must use only lower-case letters, digits, "-" and "_", starting with a letter or digit';
                else
                    message = 'must not be blank';
                break;
            case 'minLength':
                message = 'must not be empty';
                break;
            case 'uniqueItems':
                message = `lists the same entry twice (entries ${error.params.j} and ${error.params.i})`;
                break;
            default:
                message = error.message ?? 'is invalid';
        }
        const key = dotted(keyPath);
        problems.push({ file, ...position, ...(key ? { key } : {}), message });
    }
    return problems;
}
/** Ajv's `/sections/0/items/1` as a path; JSON Pointer escapes undone. */
function toPath(instancePath) {
    return instancePath
        .split('/')
        .slice(1)
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
function propertiesAt(schema) {
    return schema?.properties ?? {};
}
/** The allowed key a typo most likely meant (a few edits away), if any. */
function closest(word, candidates) {
    if (word.length > MAX_TYPO_WORD_CHARS)
        return undefined;
    let best;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate);
        if (distance <= Math.min(MAX_TYPO_EDITS, Math.floor(candidate.length / 2)) && (!best || distance < best.distance))
            best = { name: candidate, distance };
    }
    return best?.name;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++)
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
    }
    return previous[b.length];
}
function typeNames(type) {
    return type
        .split(',')
        .map((name) => (name === 'object' ? 'a mapping' : name === 'array' ? 'a list' : name === 'string' ? 'text' : name === 'integer' ? 'a whole number' : `a ${name}`))
        .join(' or ');
}
/** What a wrong value is, without quoting text from the file. */
function describe(value) {
    if (value === null || value === undefined)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return 'text';
    if (typeof value === 'number')
        return `the number ${value}`;
    return `${typeof value} ${String(value)}`;
}

;// CONCATENATED MODULE: ./src/checklist/shell-commands.ts
/**
 * The simple commands of a `run:` script, as words, for reading what a script runs without running
 * it. This is not a shell parser: it knows quotes, escapes, comments, line continuations,
 * here-documents, the operators that separate commands, redirections and `sh -c '…'`, which is
 * enough to find which tools a script names. Callers must treat what it cannot see as unknown.
 */
/** Words that start or end a compound command; the simple command is what follows them. */
const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', 'for', 'in', 'case', 'esac', 'select', 'function', '!', '{', '}', 'time', 'coproc']);
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh']);
/** A redirection operator alone (`>`, `2>>`, `&>`); its target is the next word. */
const REDIRECTION_ALONE = /^(?:\d*|&)(?:>>?|<<<|<>|<|>\|)$/;
/** A redirection with its target attached (`2>&1`, `>out.log`, `<input`). */
const REDIRECTION_ATTACHED = /^(?:\d*|&)(?:>>?|<<<|<>|<|>\|)./;
/**
 * Every simple command of `script`, in order of appearance. `sh -c 'a && b'` and `eval 'a'` are
 * read into their own commands as well (on the line of the command that runs them).
 */
function splitCommands(script, depth = 0, line = 0) {
    const commands = [];
    for (const raw of rawCommands(script)) {
        const words = raw.words;
        const command = words.filter((word, index) => !isRedirection(word) && !(index > 0 && REDIRECTION_ALONE.test(words[index - 1])));
        const start = command.findIndex((word) => !KEYWORDS.has(word));
        if (start === -1)
            continue;
        const simple = command.slice(start);
        const at = line > 0 ? line : raw.line;
        // `bash -c 'cargo fmt'` runs its argument as a script; depth keeps a hostile nesting bounded.
        const inner = depth < 4 ? innerScript(simple) : undefined;
        commands.push({ words: simple, line: at, ...(inner !== undefined ? { runsScript: true } : {}) });
        if (inner !== undefined)
            commands.push(...splitCommands(inner, depth + 1, at));
    }
    return commands;
}
function isRedirection(word) {
    return REDIRECTION_ALONE.test(word) || REDIRECTION_ATTACHED.test(word);
}
/** The script a shell or `eval` is told to run, if the command is one of those. */
function innerScript(words) {
    const resolved = resolveProgram(words);
    if (!resolved)
        return undefined;
    if (resolved.program === 'eval')
        return resolved.args.join(' ');
    if (!SHELLS.has(resolved.program))
        return undefined;
    const flag = resolved.args.findIndex((word) => /^-[A-Za-z]*c[A-Za-z]*$/.test(word));
    return flag === -1 ? undefined : resolved.args[flag + 1];
}
/** Programs that run the rest of their words as a command, with the options that take a value. */
const LAUNCHERS = {
    env: new Set(['-u', '--unset', '-C', '--chdir', '-S', '--split-string']),
    time: new Set(['-f', '--format', '-o', '--output']),
    nice: new Set(['-n', '--adjustment']),
    nohup: new Set(),
    timeout: new Set(['-s', '--signal', '-k', '--kill-after']),
    command: new Set(),
    exec: new Set(['-a']),
    sudo: new Set(['-u', '--user', '-g', '--group']),
    'xvfb-run': new Set(['-s', '--server-args', '-n', '--server-num']),
    stdbuf: new Set(['-i', '-o', '-e']),
    xargs: new Set(['-a', '-d', '-E', '-I', '-L', '-n', '-P', '-s'])
};
/** Runners of a package's binaries: `npx eslint`, `pnpm exec prettier`, `yarn eslint`. */
const PACKAGE_RUNNERS = {
    npx: { subcommands: new Set(), valueOptions: new Set(['-p', '--package', '-c', '--call']) },
    bunx: { subcommands: new Set(), valueOptions: new Set(['-p', '--package']) },
    pnpx: { subcommands: new Set(), valueOptions: new Set() },
    npm: { subcommands: new Set(['exec', 'x']), valueOptions: new Set(['-p', '--package', '-c', '--call', '-w', '--workspace']) },
    pnpm: { subcommands: new Set(['exec', 'dlx']), valueOptions: new Set(['-C', '--dir', '--filter', '-F']) },
    yarn: { subcommands: new Set(['exec', 'dlx', 'run']), valueOptions: new Set(['--cwd']) }
};
/**
 * The program a simple command runs and its arguments, past environment assignments, launchers
 * (`timeout 600`, `env`, `nice -n 5`) and package runners (`npx --yes eslint`, `pnpm exec`,
 * `yarn prettier`). The program is its base name (`./node_modules/.bin/eslint` → `eslint`).
 */
function resolveProgram(words) {
    let index = 0;
    for (let hops = 0; hops < 8; hops++) {
        while (index < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[index]))
            index++;
        if (index >= words.length)
            return undefined;
        const program = baseName(words[index]);
        const launcher = LAUNCHERS[program];
        if (launcher) {
            index = skipOptions(words, index + 1, launcher);
            if (program === 'timeout' && index < words.length && /^\d+(?:\.\d+)?[smhd]?$/.test(words[index]))
                index++;
            continue;
        }
        const runner = PACKAGE_RUNNERS[program];
        if (runner) {
            const next = skipOptions(words, index + 1, runner.valueOptions);
            const first = words[next];
            if (first === undefined)
                return { program, args: [] };
            // `npm test` runs a script, not a binary; only the runners' exec forms name a binary.
            if (program === 'npm' && !runner.subcommands.has(first))
                return { program, args: words.slice(index + 1) };
            if ((program === 'pnpm' || program === 'yarn') && !runner.subcommands.has(first)) {
                return KNOWN_PACKAGE_SCRIPTS.has(first) ? { program, args: words.slice(index + 1) } : { program: baseName(first), args: words.slice(next + 1) };
            }
            index = runner.subcommands.has(first) ? skipOptions(words, next + 1, runner.valueOptions) : next;
            if (words[index] === '--')
                index++;
            continue;
        }
        return { program, args: words.slice(index + 1) };
    }
    return undefined;
}
/** Package manager commands that are not binaries (`yarn install`, `pnpm test`). */
const KNOWN_PACKAGE_SCRIPTS = new Set([
    'install',
    'add',
    'remove',
    'test',
    't',
    'run',
    'audit',
    'ci',
    'build',
    'start',
    'publish',
    'why',
    'list',
    'ls',
    'outdated',
    'update',
    'upgrade',
    'init',
    'create',
    'config',
    'link',
    'info',
    'npm'
]);
function baseName(word) {
    return word.slice(word.lastIndexOf('/') + 1);
}
function skipOptions(words, start, valueOptions) {
    let index = start;
    while (index < words.length && words[index].startsWith('-') && words[index] !== '--') {
        index += valueOptions.has(words[index]) ? 2 : 1;
    }
    return index;
}
/** Commands as the shell separates them, words not yet filtered. */
function rawCommands(script) {
    const commands = [];
    let words = [];
    let line = 1;
    let startLine = 1;
    let word = '';
    let inWord = false;
    let pendingHeredocs = [];
    /** Called as a word grows: the command starts on the line of its first character. */
    const grow = (text) => {
        if (!inWord && words.length === 0)
            startLine = line;
        word += text;
        inWord = true;
    };
    const endWord = () => {
        if (inWord)
            words.push(word);
        word = '';
        inWord = false;
    };
    const endCommand = () => {
        endWord();
        if (words.length > 0)
            commands.push({ words, line: startLine });
        words = [];
    };
    let index = 0;
    while (index < script.length) {
        const character = script[index];
        const next = script[index + 1];
        if (character === '\\') {
            // A backslash before a newline joins the lines; before anything else it quotes that character.
            if (next === '\n') {
                index += 2;
                line++;
            }
            else {
                grow(next ?? '');
                index += 2;
            }
            continue;
        }
        if (character === "'") {
            const end = script.indexOf("'", index + 1) === -1 ? script.length : script.indexOf("'", index + 1);
            grow(script.slice(index + 1, end));
            line += countNewlines(script, index, end);
            index = end + 1;
            continue;
        }
        if (character === '"') {
            const { text, end } = readDoubleQuoted(script, index + 1);
            grow(text);
            line += countNewlines(script, index, end);
            index = end;
            continue;
        }
        if (character === '#' && !inWord) {
            const end = script.indexOf('\n', index);
            index = end === -1 ? script.length : end;
            continue;
        }
        if (character === '\n') {
            endCommand();
            index++;
            line++;
            if (pendingHeredocs.length > 0) {
                const after = skipHeredocs(script, index, pendingHeredocs);
                line += countNewlines(script, index, after);
                index = after;
                pendingHeredocs = [];
            }
            continue;
        }
        if (character === ' ' || character === '\t' || character === '\r') {
            endWord();
            index++;
            continue;
        }
        if (character === '<' && next === '<' && script[index + 2] !== '<') {
            const heredoc = readHeredocStart(script, index);
            if (heredoc) {
                pendingHeredocs.push(heredoc.heredoc);
                endWord();
                index = heredoc.end;
                continue;
            }
        }
        if (character === '&' && (word.endsWith('>') || word.endsWith('<') || (!inWord && next === '>'))) {
            // Part of a redirection (`2>&1`, `<&3`, `&>log`), not a separator.
            grow(character);
            index++;
            continue;
        }
        if (character === ';' || character === '&' || character === '|' || character === '(' || character === ')' || character === '`') {
            endCommand();
            index++;
            continue;
        }
        grow(character);
        index++;
    }
    endCommand();
    return commands;
}
function readDoubleQuoted(script, start) {
    let text = '';
    let index = start;
    while (index < script.length && script[index] !== '"') {
        if (script[index] === '\\' && index + 1 < script.length) {
            text += script[index + 1] === '\n' ? '' : script[index + 1];
            index += 2;
        }
        else {
            text += script[index];
            index++;
        }
    }
    return { text, end: Math.min(index + 1, script.length) };
}
/** `<<EOF`, `<<-EOF`, `<< 'EOF'`, `<<"EOF"`: the delimiter that ends the body on a later line. */
function readHeredocStart(script, start) {
    const match = /^<<(-?)[ \t]*(?:'([^'\n]*)'|"([^"\n]*)"|\\?([^\s;&|()<>]+))/.exec(script.slice(start, start + 300));
    if (!match)
        return undefined;
    const delimiter = match[2] ?? match[3] ?? match[4] ?? '';
    // `$((1<<2))` is a shift, not a here-document.
    if (/^\d+$/.test(delimiter))
        return undefined;
    return { heredoc: { delimiter: delimiter.replace(/['"\\]/g, ''), stripTabs: match[1] === '-' }, end: start + match[0].length };
}
/** The index after the bodies of the here-documents opened on the line that just ended. */
function skipHeredocs(script, start, heredocs) {
    let index = start;
    for (const heredoc of heredocs) {
        while (index < script.length) {
            const end = script.indexOf('\n', index);
            const line = script.slice(index, end === -1 ? script.length : end);
            index = end === -1 ? script.length : end + 1;
            if ((heredoc.stripTabs ? line.replace(/^\t+/, '') : line) === heredoc.delimiter)
                break;
        }
    }
    return index;
}
function countNewlines(text, start, end) {
    let count = 0;
    for (let index = text.indexOf('\n', start); index !== -1 && index < end; index = text.indexOf('\n', index + 1))
        count++;
    return count;
}

;// CONCATENATED MODULE: ./src/checklist/mutating-commands.ts
/**
 * Commands that rewrite the code they are pointed at (`cargo fmt`, `eslint --fix`, `git commit`).
 * A check must not modify the code it checks: the verdict would be about code that is not the
 * commit's, and a formatter that "fixes" the tree passes where `--check` would fail. Found in a
 * YAML `run:`, each is a checklist error that names the check the author most likely meant.
 * (A Markdown checklist runs only allow-listed checks, so it needs no such list.)
 */

/** `--emit stdout` / `--emit=stdout`: rustfmt prints the result instead of writing files. */
const emitsToStdout = (args) => args.some((arg, index) => arg === '--emit=stdout' || (arg === '--emit' && args[index + 1] === 'stdout'));
const mutating_commands_has = (args, ...flags) => args.some((arg) => flags.includes(arg) || flags.some((flag) => flag.startsWith('--') && arg.startsWith(`${flag}=`)));
/** Short flags may be bundled: `gofmt -lw`, `rubocop -aD`. */
const hasShort = (args, letter) => args.some((arg) => /^-[A-Za-z]+$/.test(arg) && arg.includes(letter));
/** `cargo [+toolchain] [global options] <subcommand> [args]`. */
const CARGO_GLOBAL_VALUE_OPTIONS = new Set(['--color', '--config', '-Z', '-C', '--manifest-path', '--target-dir']);
function cargoSubcommand(args) {
    for (let index = 0; index < args.length; index++) {
        const arg = args[index];
        if (arg.startsWith('+'))
            continue;
        if (CARGO_GLOBAL_VALUE_OPTIONS.has(arg)) {
            index++;
            continue;
        }
        if (arg.startsWith('-'))
            continue;
        return { name: arg, args: args.slice(index + 1) };
    }
    return undefined;
}
const cargo = (subcommand, matches) => (program, args) => {
    if (program !== 'cargo')
        return false;
    const found = cargoSubcommand(args);
    return found?.name === subcommand && matches(found.args);
};
const RULES = [
    { command: 'cargo fmt', instead: '`cargo fmt --check`', matches: cargo('fmt', (args) => !mutating_commands_has(args, '--check') && !emitsToStdout(args)) },
    { command: 'cargo clippy --fix', instead: '`cargo clippy` without `--fix`', matches: cargo('clippy', (args) => mutating_commands_has(args, '--fix')) },
    { command: 'cargo fix', instead: '`cargo check` or `cargo clippy`', matches: cargo('fix', () => true) },
    {
        command: 'rustfmt',
        instead: '`rustfmt --check`',
        matches: (program, args) => program === 'rustfmt' && !mutating_commands_has(args, '--check', '--print-config') && !/--emit[= ]stdout/.test(args.join(' '))
    },
    {
        command: 'npm audit fix',
        instead: '`npm audit`',
        matches: (program, args) => program === 'npm' &&
            args
                .filter((arg) => !arg.startsWith('-'))
                .slice(0, 2)
                .join(' ') === 'audit fix' &&
            !mutating_commands_has(args, '--dry-run')
    },
    { command: 'pnpm audit --fix', instead: '`pnpm audit`', matches: (program, args) => program === 'pnpm' && args[0] === 'audit' && mutating_commands_has(args, '--fix') },
    {
        command: 'npm pkg fix',
        instead: '`npm pkg get` (or nothing: `npm pkg fix` only rewrites package.json)',
        matches: (program, args) => program === 'npm' && args[0] === 'pkg' && args[1] === 'fix'
    },
    { command: 'eslint --fix', instead: '`eslint` without `--fix` (or with `--fix-dry-run`)', matches: (program, args) => program === 'eslint' && mutating_commands_has(args, '--fix') },
    { command: 'prettier --write', instead: '`prettier --check`', matches: (program, args) => program === 'prettier' && (mutating_commands_has(args, '--write') || args.includes('-w')) },
    {
        command: 'biome --write',
        instead: '`biome ci` (or `biome check` without `--write`)',
        matches: (program, args) => program === 'biome' && mutating_commands_has(args, '--write', '--fix', '--apply', '--apply-unsafe', '--unsafe')
    },
    { command: 'stylelint --fix', instead: '`stylelint` without `--fix`', matches: (program, args) => program === 'stylelint' && mutating_commands_has(args, '--fix') },
    {
        command: 'standard --fix',
        instead: 'the same linter without `--fix`',
        matches: (program, args) => (program === 'standard' || program === 'xo' || program === 'tslint') && mutating_commands_has(args, '--fix')
    },
    {
        command: 'markdownlint --fix',
        instead: '`markdownlint` without `--fix`',
        matches: (program, args) => program.startsWith('markdownlint') && mutating_commands_has(args, '--fix')
    },
    { command: 'gofmt -w', instead: '`gofmt -l` (with `test -z`)', matches: (program, args) => (program === 'gofmt' || program === 'goimports') && hasShort(args, 'w') },
    { command: 'go fmt', instead: '`gofmt -l .` (with `test -z`)', matches: (program, args) => program === 'go' && args[0] === 'fmt' },
    { command: 'go mod tidy', instead: '`go mod tidy -diff`', matches: (program, args) => program === 'go' && args[0] === 'mod' && args[1] === 'tidy' && !mutating_commands_has(args, '-diff') },
    {
        command: 'go generate',
        instead: '`go generate` followed by `git diff --exit-code` in CI before go-no-go',
        matches: (program, args) => program === 'go' && args[0] === 'generate'
    },
    { command: 'go get', instead: '`go list -m all` (or nothing: `go get` rewrites go.mod)', matches: (program, args) => program === 'go' && args[0] === 'get' },
    { command: 'go test -update', instead: '`go test` without `-update`', matches: (program, args) => program === 'go' && args[0] === 'test' && mutating_commands_has(args, '-update', '--update') },
    { command: 'mypy --install-types', instead: '`mypy` without `--install-types`', matches: (program, args) => program === 'mypy' && mutating_commands_has(args, '--install-types') },
    {
        command: 'pytest --snapshot-update',
        instead: '`pytest` without snapshot or golden-file updates',
        matches: (program, args) => program === 'pytest' && mutating_commands_has(args, '--snapshot-update', '--force-regen', '--regen-all', '--update-goldens')
    },
    { command: 'poetry lock', instead: '`poetry check --lock`', matches: (program, args) => program === 'poetry' && ['lock', 'update', 'add', 'remove'].includes(args[0] ?? '') },
    {
        command: 'uv lock',
        instead: '`uv lock --check` (or `uv sync --locked` in an earlier step)',
        matches: (program, args) => program === 'uv' && ['lock', 'sync', 'add', 'remove'].includes(args[0] ?? '') && !mutating_commands_has(args, '--check', '--locked', '--frozen')
    },
    { command: 'pip-audit --fix', instead: '`pip-audit` without `--fix`', matches: (program, args) => program === 'pip-audit' && mutating_commands_has(args, '--fix') },
    { command: 'black', instead: '`black --check`', matches: (program, args) => program === 'black' && !mutating_commands_has(args, '--check', '--diff') },
    { command: 'ruff format', instead: '`ruff format --check`', matches: (program, args) => program === 'ruff' && args[0] === 'format' && !mutating_commands_has(args, '--check', '--diff') },
    {
        command: 'ruff --fix',
        instead: '`ruff check` without `--fix`',
        matches: (program, args) => program === 'ruff' && mutating_commands_has(args, '--fix', '--unsafe-fixes', '--add-noqa') && !mutating_commands_has(args, '--diff')
    },
    { command: 'isort', instead: '`isort --check-only`', matches: (program, args) => program === 'isort' && !mutating_commands_has(args, '--check-only', '--check', '-c', '--diff') },
    {
        command: 'autopep8 --in-place',
        instead: '`autopep8 --diff --exit-code`',
        matches: (program, args) => program === 'autopep8' && (mutating_commands_has(args, '--in-place') || hasShort(args, 'i'))
    },
    { command: 'clang-format -i', instead: '`clang-format --dry-run --Werror`', matches: (program, args) => program.startsWith('clang-format') && args.includes('-i') },
    {
        command: 'terraform fmt',
        instead: '`terraform fmt -check`',
        matches: (program, args) => (program === 'terraform' || program === 'tofu') && args[0] === 'fmt' && !mutating_commands_has(args, '-check')
    },
    { command: 'shfmt -w', instead: '`shfmt -d`', matches: (program, args) => program === 'shfmt' && (mutating_commands_has(args, '--write') || hasShort(args, 'w')) },
    { command: 'dprint fmt', instead: '`dprint check`', matches: (program, args) => program === 'dprint' && args[0] === 'fmt' },
    {
        command: 'rubocop --autocorrect',
        instead: '`rubocop` without `--autocorrect`',
        matches: (program, args) => program === 'rubocop' &&
            (mutating_commands_has(args, '--autocorrect', '--autocorrect-all', '--auto-correct', '--auto-correct-all', '--fix-layout') || hasShort(args, 'a') || hasShort(args, 'A') || hasShort(args, 'x'))
    },
    { command: 'git', instead: '`git diff --exit-code` or `git status --porcelain`', matches: (program, args) => program === 'git' && gitMutation(args) !== undefined }
];
/** git subcommands that move HEAD, the index or the files: a check that runs them judges other code. */
const GIT_MUTATIONS = new Set([
    'commit',
    'reset',
    'checkout',
    'switch',
    'restore',
    'rebase',
    'merge',
    'pull',
    'cherry-pick',
    'revert',
    'am',
    'stash',
    'clean',
    'apply',
    'rm',
    'mv',
    'add'
]);
/** Of those, the ones whose `-n` / `--dry-run` only says what they would do. */
const GIT_DRY_RUNS = new Set(['commit', 'clean', 'rm', 'mv', 'add']);
const GIT_VALUE_OPTIONS = new Set(['-C', '-c', '--git-dir', '--work-tree', '--namespace']);
/** The git subcommand that would change the working tree, if `args` (after `git`) run one. */
function gitMutation(args) {
    let index = 0;
    while (index < args.length && args[index].startsWith('-'))
        index += GIT_VALUE_OPTIONS.has(args[index]) ? 2 : 1;
    const subcommand = args[index];
    const rest = args.slice(index + 1);
    if (subcommand === undefined || !GIT_MUTATIONS.has(subcommand))
        return undefined;
    if (GIT_DRY_RUNS.has(subcommand) && (mutating_commands_has(rest, '--dry-run') || hasShort(rest, 'n')))
        return undefined;
    if (subcommand === 'stash' && ['list', 'show'].includes(rest[0] ?? ''))
        return undefined;
    if (subcommand === 'apply' && mutating_commands_has(rest, '--check', '--stat', '--numstat', '--summary'))
        return undefined;
    return subcommand;
}
const mutating_commands_HELP = ['--help', '-h', '--version', '-V'];
/** Every command in `run` that would modify the working tree, in order. */
function findMutatingCommands(run) {
    const found = [];
    for (const command of splitCommands(run)) {
        const resolved = resolveProgram(command.words);
        if (!resolved || resolved.args.some((arg) => mutating_commands_HELP.includes(arg)))
            continue;
        const rule = RULES.find((candidate) => candidate.matches(resolved.program, resolved.args));
        if (!rule)
            continue;
        // Only words from our own lists are quoted back: a checklist's text never reaches the message.
        const shown = rule.command === 'git' ? `git ${gitMutation(resolved.args)}` : rule.command;
        found.push({ command: shown, line: command.line, instead: rule.instead });
    }
    return found;
}
/** One checklist error per mutating command in `run`: what, where in the command, and the check that was likely meant. */
function mutatingCommandMessages(run) {
    const multiLine = run.trimEnd().includes('\n');
    return findMutatingCommands(run).map((found) => describeMutatingCommand(found, multiLine));
}
function describeMutatingCommand(found, multiLine) {
    const where = multiLine ? ` (line ${found.line} of the command)` : '';
    return `\`${found.command}\`${where} changes files: a check must not modify the code — did you mean ${found.instead}?`;
}

;// CONCATENATED MODULE: ./src/checklist/yaml/semantics.ts
/**
 * What JSON Schema cannot say about a YAML checklist: ids unique, needs that exist and do not loop,
 * keys that only mean something for one kind of item, paths that stay in the workspace.
 *
 * Each rule is one function in RULES. The rules run on data that may have failed the schema (only
 * the parts shaped like items are looked at), so a file's every problem is reported in one go. To
 * add a rule, write a function over the SemanticContext and add it to the list.
 */





const semantics_ID = new RegExp(ID_PATTERN);
const MANUAL_ONLY = ['approvers', 'min-approvals', 'allow-author', 'paths', 'signed-off'];
const COMMAND_ONLY = ['expect', 'parser', 'env', 'timeout-minutes', 'working-directory', 'junit'];
/** In the order their problems are found; all problems are sorted by line before they are shown. */
const semantics_RULES = [
    uniqueIds,
    keysForTheKind,
    pathsInsideWorkspace,
    noMutatingCommands,
    needsExist,
    needsWithoutCycle,
    needsBeforeDeploy,
    alternativesInOnePhase,
    signOffsOneLineEach
];
/** Every semantic problem of the file. */
function semanticProblems(data, file, at, text) {
    const problems = [];
    const items = looseItems(data);
    const firstUse = new Map();
    for (const { item, path: itemPath } of items) {
        const id = idOf(item);
        if (id !== undefined && !firstUse.has(id))
            firstUse.set(id, { position: at([...itemPath, 'id']), path: itemPath });
    }
    const context = {
        data,
        items,
        firstUse,
        at,
        report: (position, parts, message) => problems.push({ file, ...position, key: dotted(parts), message }),
        text
    };
    for (const rule of semantics_RULES)
        rule(context);
    return problems;
}
/**
 * `signed-off: true` is a sign-off recorded in the file, and like a ticked Markdown box it is only
 * as good as git blame's answer for its line (src/signoff/checklist-ticks.ts): who committed that
 * line signed, and on a pull request that person must be one GitHub vouches for. So the key and
 * its value share one line (a value on the next line could be changed while blame names whoever
 * wrote the key), no lone carriage return may shift the line numbers git and this reader count,
 * and no key may ask for what one line cannot show: named approvers, several approvals, sign-offs
 * that later changes to some paths invalidate.
 */
function signOffsOneLineEach({ items, at, report, text }) {
    const signed = items.filter(({ item }) => item['signed-off'] === true);
    for (const { item, path: itemPath } of signed) {
        const keyPath = [...itemPath, 'signed-off'];
        const key = at(itemPath, 'signed-off');
        if (key.line !== at(keyPath).line)
            report(key, keyPath, 'write `signed-off: true` on one line: git blame of that line says who signed off');
        const asks = Array.isArray(item.approvers) && item.approvers.length > 0
            ? 'approvers'
            : typeof item['min-approvals'] === 'number' && item['min-approvals'] > 1
                ? 'min-approvals'
                : Array.isArray(item.paths) && item.paths.length > 0
                    ? 'paths'
                    : undefined;
        if (asks) {
            report(key, keyPath, `"signed-off" cannot be combined with "${asks}": a line in the file cannot show who of the approvers signed, how many did, or that nothing changed since; leave "signed-off" out and sign off on the pull request`);
        }
    }
    const loneReturn = signed.length > 0 ? /\r(?!\n)/.exec(text) : null;
    if (loneReturn) {
        const first = signed[0];
        report(at(first.path, 'signed-off'), [...first.path, 'signed-off'], `the file has a carriage return without a line feed (line ${text.slice(0, loneReturn.index).split('\n').length}), so the line git blames for a sign-off cannot be told; save the file with LF or CRLF line endings`);
    }
}
/** A check must not change the code it checks: `cargo fmt` without `--check`, `--fix`, `--write`, … are refused with a hint. */
function noMutatingCommands({ items, at, report }) {
    for (const { item, path: itemPath } of items) {
        if (typeof item.run !== 'string')
            continue;
        for (const message of mutatingCommandMessages(item.run))
            report(at([...itemPath, 'run']), [...itemPath, 'run'], message);
    }
}
/** The item's id when it is well formed; a malformed one is the schema's to report. */
function idOf(item) {
    return typeof item.id === 'string' && semantics_ID.test(item.id) ? item.id : undefined;
}
/** Needs refer to items by id, and results are keyed by it: two items with one id would share a fate. */
function uniqueIds({ items, firstUse, at, report }) {
    for (const { item, path: itemPath } of items) {
        const id = idOf(item);
        const first = id === undefined ? undefined : firstUse.get(id);
        if (!first || first.path === itemPath)
            continue;
        report(at([...itemPath, 'id']), [...itemPath, 'id'], `duplicate id "${id}" (first used on line ${first.position.line}); ids must be unique across the checklist`);
    }
}
/** A key of the other kind of item would be silently ignored, which the author did not mean. */
function keysForTheKind({ items, at, report }) {
    for (const { item, path: itemPath } of items) {
        const isCommand = item.run !== undefined;
        if (!isCommand && item.file === undefined && item.manual === undefined)
            continue;
        const manualOnly = MANUAL_ONLY.find((key) => key in item);
        if (item.manual === undefined && manualOnly)
            report(at(itemPath, manualOnly), [...itemPath, manualOnly], `"${manualOnly}" applies only to manual items`);
        const commandOnly = COMMAND_ONLY.find((key) => key in item);
        if (!isCommand && commandOnly)
            report(at(itemPath, commandOnly), [...itemPath, commandOnly], `"${commandOnly}" applies only to items with run`);
    }
}
/** A gate's directory, an evidence file and JUnit reports are read from the workspace, never from outside it. */
function pathsInsideWorkspace({ data, items, at, report }) {
    const check = (owner, ownerPath, key) => {
        const value = owner[key];
        // A glob may not climb either: `..` anywhere (also inside braces) could name files outside.
        if (typeof value === 'string' && value.length > 0 && (!staysInside(value) || (key === 'junit' && /(?:^|[/\\{,])\.\.(?:$|[/\\},])/.test(value)))) {
            report(at([...ownerPath, key]), [...ownerPath, key], `must be a path inside the workspace (relative, without leading ..)`);
        }
    };
    if (isRecord(data) && isRecord(data.defaults))
        check(data.defaults, ['defaults'], 'working-directory');
    for (const { item, path: itemPath } of items) {
        if (item.run === undefined && item.file === undefined && item.manual === undefined)
            continue;
        check(item, itemPath, 'working-directory');
        check(item, itemPath, 'file');
        check(item, itemPath, 'junit');
    }
}
/** Whether a relative path stays inside the directory it is resolved against (by its text alone). */
function staysInside(value) {
    if (external_node_path_default().posix.isAbsolute(value) || external_node_path_default().win32.isAbsolute(value))
        return false;
    const normal = external_node_path_default().posix.normalize(value.replace(/\\/g, '/'));
    return normal !== '..' && !normal.startsWith('../');
}
/** A need that names no item, or the item itself, could never be met. */
function needsExist({ items, firstUse, at, report }) {
    for (const { item, path: itemPath } of items) {
        if (!Array.isArray(item.needs))
            continue;
        item.needs.forEach((need, needIndex) => {
            if (typeof need !== 'string' || !semantics_ID.test(need))
                return;
            const needPath = [...itemPath, 'needs', needIndex];
            if (!firstUse.has(need))
                report(at(needPath), needPath, `needs "${need}", which is not an item id`);
            else if (need === item.id)
                report(at(needPath), needPath, `item "${need}" needs itself`);
        });
    }
}
/** An item's phase as it will be read: its own, else its section's, else pre-deploy (a malformed value is the schema's to report). */
function phaseOfLoose(data, item, itemPath) {
    const section = valueAt(data, itemPath.slice(0, 2));
    const own = typeof item.phase === 'string' ? item.phase : undefined;
    const inherited = isRecord(section) && typeof section.phase === 'string' ? section.phase : undefined;
    return own ?? inherited ?? 'pre-deploy';
}
/** Gates after GO are never run, so an item before deploying that waits for one could never pass. */
function needsBeforeDeploy({ data, items, firstUse, at, report }) {
    for (const { item, path: itemPath } of items) {
        if (!Array.isArray(item.needs) || phaseOfLoose(data, item, itemPath) !== 'pre-deploy')
            continue;
        item.needs.forEach((need, needIndex) => {
            const target = typeof need === 'string' ? firstUse.get(need) : undefined;
            if (!target)
                return;
            const targetItem = valueAt(data, target.path);
            const phase = isRecord(targetItem) ? phaseOfLoose(data, targetItem, target.path) : 'pre-deploy';
            if (phase === 'pre-deploy')
                return;
            const needPath = [...itemPath, 'needs', needIndex];
            report(at(needPath), needPath, `needs "${String(need)}", a ${phase} item whose gate is not run before the decision; an item before deploying cannot wait for it`);
        });
    }
}
/** An `any-of` group stands for one check: it needs a second member, and members after GO could never stand in for one before it. */
function alternativesInOnePhase({ data, items, at, report }) {
    const groups = new Map();
    for (const { item, path: itemPath } of items) {
        // An item's own group, else its section's: where the name is written is where a problem points.
        const section = valueAt(data, itemPath.slice(0, 2));
        const own = typeof item['any-of'] === 'string' && semantics_ID.test(item['any-of']);
        const name = own ? item['any-of'] : isRecord(section) && typeof section['any-of'] === 'string' && semantics_ID.test(section['any-of']) ? section['any-of'] : undefined;
        if (typeof name !== 'string')
            continue;
        const members = groups.get(name) ?? [];
        groups.set(name, members);
        members.push({ path: own ? itemPath : itemPath.slice(0, 2), phase: phaseOfLoose(data, item, itemPath) });
    }
    for (const [name, members] of groups) {
        const first = members[0];
        if (members.length === 1) {
            report(at([...first.path, 'any-of']), [...first.path, 'any-of'], `any-of "${name}" has no other item; an alternative needs at least two`);
            continue;
        }
        const other = members.find((member) => member.phase !== first.phase);
        if (other) {
            report(at([...other.path, 'any-of']), [...other.path, 'any-of'], `any-of "${name}" mixes phases (${first.phase} and ${other.phase}); alternatives must all be done at the same time`);
        }
    }
}
/** Items in a cycle of needs would wait for each other forever. */
function needsWithoutCycle({ items, firstUse, at, report }) {
    const needs = new Map();
    for (const { item, path: itemPath } of items) {
        const id = idOf(item);
        // Only the first item of an id takes part: a duplicate is reported on its own.
        if (id === undefined || firstUse.get(id)?.path !== itemPath)
            continue;
        needs.set(id, Array.isArray(item.needs) ? item.needs.filter((need) => typeof need === 'string' && semantics_ID.test(need)) : []);
    }
    const cycle = findCycle(needs);
    if (cycle) {
        const needsPath = [...(firstUse.get(cycle[0])?.path ?? []), 'needs'];
        report(at(needsPath), needsPath, `needs form a cycle: ${cycle.join(' → ')}; no item in it could ever run`);
    }
}
/** A cycle among `needs`, as the ids around it (first repeated at the end), if there is one. */
function findCycle(needs) {
    const state = new Map();
    const stack = [];
    // Iterative, so a long chain of needs cannot overflow the stack.
    for (const start of needs.keys()) {
        if (state.has(start))
            continue;
        const frames = [{ id: start, next: 0 }];
        state.set(start, 'visiting');
        stack.push(start);
        while (frames.length > 0) {
            const frame = frames[frames.length - 1];
            const targets = needs.get(frame.id) ?? [];
            if (frame.next >= targets.length) {
                frames.pop();
                stack.pop();
                state.set(frame.id, 'done');
                continue;
            }
            const target = targets[frame.next++];
            if (target === frame.id || !needs.has(target) || state.get(target) === 'done')
                continue;
            if (state.get(target) === 'visiting')
                return [...stack.slice(stack.indexOf(target)), target];
            state.set(target, 'visiting');
            stack.push(target);
            frames.push({ id: target, next: 0 });
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/checklist/yaml/to-checklist.ts
/**
 * A YAML checklist that passed every check, as the typed Checklist the rest of go-no-go runs:
 * kebab-case keys become fields, defaults are filled in, and titles become one line.
 */

/** Titles are one line in every report: folded or padded YAML text is collapsed to single spaces. */
function collapseWhitespace(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/**
 * The checklist of a valid file. `lineOfItem` gives each item's line for its source location, or
 * the line of one of its keys: a signed-off item's location is its `signed-off` line, the line git
 * blame attributes (src/signoff/checklist-ticks.ts), as a ticked Markdown box's is the box's.
 */
function toChecklist(raw, file, lineOfItem) {
    const fallback = commandDefaults();
    const defaultTimeoutMs = raw.defaults?.['timeout-minutes'] === undefined ? fallback.timeoutMs : timeoutMsOf(raw.defaults['timeout-minutes']);
    const defaultDirectory = raw.defaults?.['working-directory'] ?? fallback.workingDirectory;
    const sections = raw.sections.map((section, sectionIndex) => ({
        title: collapseWhitespace(section.title),
        items: section.items.map((item, itemIndex) => {
            const signedOff = item.manual === true && item['signed-off'] === true;
            const line = lineOfItem(sectionIndex, itemIndex, signedOff ? 'signed-off' : undefined);
            const phase = item.phase ?? section.phase;
            const base = {
                id: item.id,
                title: collapseWhitespace(item.title),
                severity: item.severity ?? section.severity ?? DEFAULT_SEVERITY,
                section: collapseWhitespace(section.title),
                needs: item.needs ?? [],
                ...(line ? { source: { file, line } } : {}),
                ...(phase && phase !== 'pre-deploy'
                    ? { phase, phaseFrom: item.phase ? `"phase: ${phase}" on the item` : `"phase: ${phase}" on the section ${JSON.stringify(collapseWhitespace(section.title))}` }
                    : {}),
                ...(item['any-of'] || section['any-of'] ? { anyOf: item['any-of'] ?? section['any-of'] } : {})
            };
            if (item.run !== undefined) {
                return {
                    ...base,
                    kind: 'command',
                    run: item.run,
                    timeoutMs: item['timeout-minutes'] === undefined ? defaultTimeoutMs : timeoutMsOf(item['timeout-minutes']),
                    workingDirectory: item['working-directory'] ?? defaultDirectory,
                    env: Object.fromEntries(Object.entries(item.env ?? {}).map(([name, value]) => [name, String(value)])),
                    ...(item.parser ? { parser: item.parser } : {}),
                    ...(item.junit !== undefined ? { junit: item.junit } : {}),
                    expect: toExpectations(item.expect ?? {})
                };
            }
            if (item.file !== undefined)
                return { ...base, kind: 'file', path: item.file };
            const manual = manualDefaults();
            return {
                ...manual,
                ...base,
                kind: 'manual',
                signedOff,
                approvers: item.approvers ?? manual.approvers,
                minApprovals: item['min-approvals'] ?? manual.minApprovals,
                allowAuthor: item['allow-author'] ?? manual.allowAuthor,
                paths: item.paths ?? manual.paths
            };
        })
    }));
    const rollbackIf = (raw['rollback-if'] ?? []).map(collapseWhitespace);
    return {
        title: raw.title === undefined ? DEFAULT_YAML_TITLE : collapseWhitespace(raw.title),
        path: file,
        format: 'yaml',
        sections,
        ...(rollbackIf.length > 0 ? { rollbackIf } : {})
    };
}
function toExpectations(raw) {
    const expectations = {};
    if (typeof raw['pass-rate'] === 'number')
        expectations.passRate = raw['pass-rate'];
    if (typeof raw['max-failures'] === 'number')
        expectations.maxFailures = raw['max-failures'];
    if (typeof raw['min-tests'] === 'number')
        expectations.minTests = raw['min-tests'];
    if (typeof raw['max-warnings'] === 'number')
        expectations.maxWarnings = raw['max-warnings'];
    if (typeof raw['max-errors'] === 'number')
        expectations.maxErrors = raw['max-errors'];
    if (typeof raw['max-vulnerabilities'] === 'number')
        expectations.maxVulnerabilities = raw['max-vulnerabilities'];
    if (Array.isArray(raw['allowed-severities']))
        expectations.allowedSeverities = raw['allowed-severities'];
    return expectations;
}

;// CONCATENATED MODULE: ./src/checklist/parse-yaml.ts
/**
 * The YAML checklist (format v1) to a typed Checklist, or every problem found, each with file,
 * line, column and dotted key. Four steps, one module each:
 * 1. yaml/safety.ts — read the untrusted text as YAML 1.2 with every unsafe feature refused (then
 *    yaml/derived-ids.ts gives an item without `id` the id of its title);
 * 2. yaml/schema-messages.ts — check it against the JSON Schema, in messages a person can act on;
 * 3. yaml/semantics.ts — what the schema cannot say (unique ids, needs, paths, keys per kind);
 * 4. yaml/to-checklist.ts — turn the valid file into the typed checklist, defaults filled in.
 */








/**
 * Parses and checks a YAML checklist. Throws ChecklistError listing every problem found; an empty
 * file (or `sections: []`) is a valid checklist without items — the verdict decides what that means.
 */
function parseYamlChecklist(text, file, options = {}) {
    const { data, empty, at } = readUntrustedYaml(text, file, options.maxBytes ?? MAX_CHECKLIST_BYTES);
    if (empty)
        return { title: DEFAULT_YAML_TITLE, path: file, format: 'yaml', sections: [] };
    fillDerivedIds(data);
    const checked = schemaErrors(data);
    const problems = [...schemaProblems(checked.errors, data, file, at), ...semanticProblems(data, file, at, text)];
    if (problems.length > 0)
        throwProblems(dedupe(problems), checked.incomplete);
    return toChecklist(data, file, (sectionIndex, itemIndex, key) => at(['sections', sectionIndex, 'items', itemIndex], key).line);
}

;// CONCATENATED MODULE: ./src/cli/starter.ts
/**
 * The starter checklist and workflow `go-no-go init` writes and prints: a preset from checklists/,
 * trimmed to what the project has, and a workflow that installs what the gates need. Pure.
 */





/** The action as users reference it (README, printed workflow). */
const ACTION_REFERENCE = 'go-no-go/go-no-go@v1';
/** Checkout, toolchain and dependency installs before the first gate, on a hosted runner. */
const SETUP_ALLOWANCE_MINUTES = 10;
/** How messages name each kind of project. */
const KIND_NAMES = { rust: 'Rust', node: 'Node.js', python: 'Python', go: 'Go' };
/** Tools a preset's gates run that are often missing on a developer's machine, with the gate each serves. */
const TOOLS_TO_NOTE = {
    python: [
        ['ruff', 'lint'],
        ['black', 'format'],
        ['mypy', 'types'],
        ['pip-audit', 'audit']
    ],
    go: [['govulncheck', 'vulncheck']]
};
function buildStarter(project, context) {
    const document = (0,dist/* parseDocument */.Tp)(PRESETS[project.kind]);
    const notes = [];
    if (project.kind === 'node')
        trimNodePreset(document, project, notes);
    const kindName = KIND_NAMES[project.kind];
    const text = document
        .toString({ lineWidth: 0, flowCollectionPadding: false })
        .replace(/^# go-no-go preset for a .*$/m, `# Written by \`go-no-go init\` from the ${kindName} preset (checklists/${project.kind}.yml); adjust it to your project.`);
    // What we write must be a checklist go-no-go reads; a preset edit that breaks it fails here, not later.
    const checklist = parseYamlChecklist(text, context.checklistPath);
    if (project.kind === 'node' && !project.testScript)
        notes.push('package.json has no test script: the `tests` gate fails until `npm test` runs your tests');
    if (project.kind === 'rust' && !context.onPath('cargo-audit'))
        notes.push('cargo-audit is not installed here (`cargo install cargo-audit --locked`): the `audit` gate is an error until it is');
    for (const [tool, gate] of TOOLS_TO_NOTE[project.kind] ?? []) {
        if (!context.onPath(tool))
            notes.push(`${tool} is not installed here: the \`${gate}\` gate is an error until it is`);
    }
    for (const item of types_allItems(checklist)) {
        if (item.kind === 'file' && !context.exists(item.path))
            notes.push(`${item.path} does not exist yet: the \`${item.id}\` item fails until it does (or remove the item)`);
    }
    return { checklist: text, notes, workflow: starterWorkflow(project, checklist, context.checklistPath) };
}
function trimNodePreset(document, project, notes) {
    if (!project.hasLintScript) {
        removeItem(document, 'lint');
        notes.push('left out `lint`: package.json has no lint script');
    }
    if (!project.hasBuildScript) {
        removeItem(document, 'build');
        notes.push('left out `build`: package.json has no build script');
    }
    if (project.installer !== 'npm') {
        removeItem(document, 'audit');
        notes.push('left out `audit`: npm audit needs package-lock.json; add your package manager’s audit as a gate');
    }
}
/** Removes an item, every `needs` on it, and a section left empty. */
function removeItem(document, id) {
    const sections = document.get('sections');
    if (!(0,dist/* isSeq */.oP)(sections))
        return;
    for (const section of sections.items) {
        const items = (0,dist/* isMap */.jh)(section) ? section.get('items') : undefined;
        if (!(0,dist/* isSeq */.oP)(items))
            continue;
        items.items = items.items.filter((item) => !((0,dist/* isMap */.jh)(item) && item.get('id') === id));
        for (const item of items.items)
            if ((0,dist/* isMap */.jh)(item))
                dropNeed(item, id);
    }
    sections.items = sections.items.filter((section) => {
        const items = (0,dist/* isMap */.jh)(section) ? section.get('items') : undefined;
        return !(0,dist/* isSeq */.oP)(items) || items.items.length > 0;
    });
}
function dropNeed(item, id) {
    const needs = item.get('needs');
    if (!(0,dist/* isSeq */.oP)(needs))
        return;
    needs.items = needs.items.filter((need) => String(need.value ?? need) !== id);
    if (needs.items.length === 0)
        item.delete('needs');
}
/**
 * Long enough for the slowest chain of gates (`needs` runs them one after another) plus set-up,
 * so a slow gate is reported as timed out by go-no-go rather than the job killed without a report.
 */
function jobTimeoutMinutes(checklist) {
    const items = new Map(types_allItems(checklist).map((item) => [item.id, item]));
    const memo = new Map();
    const chain = (item, seen) => {
        const known = memo.get(item.id);
        if (known !== undefined)
            return known;
        if (seen.has(item.id))
            return 0;
        const own = item.kind === 'command' ? item.timeoutMs : 0;
        const before = Math.max(0, ...item.needs.map((id) => items.get(id)).map((need) => (need ? chain(need, new Set([...seen, item.id])) : 0)));
        memo.set(item.id, own + before);
        return own + before;
    };
    const longestMs = Math.max(0, ...[...items.values()].map((item) => chain(item, new Set())));
    return Math.ceil(longestMs / 60_000) + SETUP_ALLOWANCE_MINUTES;
}
function starterWorkflow(project, checklist, checklistPath) {
    const lines = [
        'name: Go/No-Go',
        'on:',
        '  pull_request:',
        '  merge_group:',
        '',
        'permissions:',
        '  contents: read',
        '  pull-requests: write   # the sticky comment',
        '  checks: write          # the check run with annotations',
        '',
        'concurrency:',
        '  group: go-no-go-${{ github.event.pull_request.number || github.ref }}',
        '  cancel-in-progress: true',
        '',
        'jobs:',
        '  go-no-go:',
        '    runs-on: ubuntu-latest',
        `    timeout-minutes: ${jobTimeoutMinutes(checklist)}`,
        '    steps:',
        '      - uses: actions/checkout@v5',
        ...setupSteps(project),
        `      - uses: ${ACTION_REFERENCE}`,
        '        id: gonogo',
        ...(checklistPath === constants_DEFAULT_CHECKLIST_PATH ? [] : ['        with:', `          checklist: ${JSON.stringify(checklistPath)}`]),
        '      - uses: actions/upload-artifact@v4',
        '        if: always()',
        '        with:',
        '          name: go-no-go-report',
        '          path: ${{ steps.gonogo.outputs.report }}'
    ];
    return `${lines.join('\n')}\n`;
}
function setupSteps(project) {
    switch (project.kind) {
        case 'rust':
            return rustSetup();
        case 'node':
            return nodeSetup(project);
        case 'python':
            return pythonSetup();
        case 'go':
            return goSetup();
    }
}
function pythonSetup() {
    return [
        '      - uses: actions/setup-python@v6',
        '        with:',
        "          python-version: '3.13'",
        '      # Gates only check: the project and its tools are installed before go-no-go runs them.',
        '      - run: pip install -e . pytest ruff black mypy pip-audit'
    ];
}
function goSetup() {
    return ['      - uses: actions/setup-go@v6', '        with:', '          go-version-file: go.mod', '      - run: go install golang.org/x/vuln/cmd/govulncheck@latest'];
}
function rustSetup() {
    return [
        '      - run: rustup component add rustfmt clippy',
        '      - uses: Swatinem/rust-cache@v2',
        '      # The audit gate needs cargo-audit; this installs a prebuilt binary in seconds.',
        '      - uses: taiki-e/install-action@v2',
        '        with:',
        '          tool: cargo-audit'
    ];
}
const INSTALL = {
    npm: 'npm ci',
    pnpm: 'pnpm install --frozen-lockfile',
    yarn: 'yarn install --immutable',
    'yarn-classic': 'yarn install --frozen-lockfile',
    none: 'npm install'
};
function nodeSetup(project) {
    const cache = project.installer === 'none' ? undefined : project.installer.startsWith('yarn') ? 'yarn' : project.installer;
    // setup-node's cache calls pnpm/yarn itself, so corepack must provide them first.
    const corepack = project.installer === 'pnpm' || project.installer.startsWith('yarn') ? ['      - run: corepack enable'] : [];
    return [
        ...corepack,
        '      - uses: actions/setup-node@v5',
        '        with:',
        project.nodeVersionFile ? `          node-version-file: ${project.nodeVersionFile}` : '          node-version: 24',
        ...(cache ? [`          cache: ${cache}`] : []),
        '      # Gates only check: dependencies are installed before go-no-go runs them.',
        `      - run: ${INSTALL[project.installer]}`
    ];
}

;// CONCATENATED MODULE: ./src/cli/init.ts
/** `go-no-go init`: look at the project, write a starter checklist, print the workflow to add. */








const MAX_PROJECT_FILE_BYTES = 1024 * 1024;
async function initProject(command, io) {
    const root = external_node_path_default().resolve(command.cwd);
    if (!(0,external_node_fs_.statSync)(root, { throwIfNoEntry: false })?.isDirectory())
        throw new CliError(`${root} is not a directory (--cwd ${command.cwd})`);
    const target = external_node_path_default().resolve(root, command.checklist);
    if (!(0,paths/* isInside */.F)(root, target) || target === root)
        throw new CliError(`--checklist ${command.checklist} must be a file inside ${root}`);
    const files = {
        exists: (name) => (0,external_node_fs_.existsSync)(external_node_path_default().join(root, name)),
        read: (name) => readProjectFile(root, name)
    };
    const project = detectProject(files, command.preset);
    const starter = buildStarter(project, {
        checklistPath: command.checklist,
        exists: (relative) => (0,external_node_fs_.statSync)(external_node_path_default().resolve(root, relative), { throwIfNoEntry: false })?.isFile() === true,
        onPath: (program) => onPath(program, io.env.PATH ?? '')
    });
    try {
        writeChecklist(root, target, starter.checklist, command);
    }
    catch (error) {
        const code = error.code;
        if (error instanceof CliError || !code)
            throw error;
        throw new CliError(`cannot write ${command.checklist} (${code})`);
    }
    const cwdFlag = command.cwd === '.' ? '' : ` -C ${shellQuote(command.cwd)}`;
    const checklistFlag = command.checklist === '.github/go-no-go.yml' ? '' : ` --checklist ${shellQuote(command.checklist)}`;
    const out = [
        `Wrote ${command.checklist} from the ${KIND_NAMES[project.kind]} preset${project.kind === 'node' && project.testScript ? ` (npm test runs: ${project.testScript})` : ''}.`,
        ...starter.notes.map((note) => `  - ${note}`),
        '',
        `Try it here:   go-no-go${cwdFlag}${checklistFlag} --gates-only`,
        '',
        'Then add this workflow as .github/workflows/go-no-go.yml:',
        '',
        ...starter.workflow
            .trimEnd()
            .split('\n')
            .map((line) => `    ${line}`),
        ''
    ];
    // package.json is the repository's text: its test script must not drive the terminal (title, clipboard).
    io.stdout.write(stripControl(`${out.join('\n')}\n`));
    return 0;
}
/**
 * Never clobbers by accident: without --force an existing file (or a link) is refused; with it, the
 * new file replaces the old by rename, so a symbolic link is replaced, not written through.
 */
function writeChecklist(root, target, text, command) {
    const existing = (0,external_node_fs_.lstatSync)(target, { throwIfNoEntry: false });
    if (existing?.isDirectory())
        throw new CliError(`${command.checklist} is a directory`);
    if (existing && !command.force)
        throw new CliError(`${command.checklist} already exists; go-no-go init --force overwrites it`);
    // A repository can make .github a link to anywhere; init writes (and creates folders) inside the
    // project or not at all, so the nearest existing folder on the way is checked before anything.
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    let existingParent = external_node_path_default().dirname(target);
    while (!(0,external_node_fs_.existsSync)(existingParent))
        existingParent = external_node_path_default().dirname(existingParent);
    if (!(0,paths/* isInside */.F)(realRoot, (0,external_node_fs_.realpathSync)(existingParent)))
        throw new CliError(`${command.checklist} leads outside ${realRoot} through a symbolic link`);
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(target), { recursive: true });
    if (!existing) {
        (0,external_node_fs_.writeFileSync)(target, text, { flag: 'wx' });
        return;
    }
    const temporary = `${target}.${process.pid}.tmp`;
    try {
        (0,external_node_fs_.writeFileSync)(temporary, text, { flag: 'wx' });
        (0,external_node_fs_.renameSync)(temporary, target);
    }
    finally {
        (0,external_node_fs_.rmSync)(temporary, { force: true });
    }
}
/** Project files are the repository's: a FIFO or a huge file there must not hang or swamp init. */
function readProjectFile(root, name) {
    const file = external_node_path_default().join(root, name);
    const info = (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false });
    if (!info)
        return undefined;
    if (!info.isFile())
        throw new CliError(`${name} is not a regular file`);
    if (info.size > MAX_PROJECT_FILE_BYTES)
        throw new CliError(`${name} is ${info.size} bytes; init reads at most ${MAX_PROJECT_FILE_BYTES}`);
    return (0,external_node_fs_.readFileSync)(file, 'utf8');
}
function onPath(program, searchPath) {
    return searchPath
        .split((external_node_path_default()).delimiter)
        .filter(Boolean)
        .some((directory) => {
        try {
            (0,external_node_fs_.accessSync)(external_node_path_default().join(directory, program), external_node_fs_.constants.X_OK);
            return true;
        }
        catch {
            return false;
        }
    });
}

;// CONCATENATED MODULE: ./src/read-bytes.ts
/** Reading a small file through a descriptor already opened and checked, without the thread pool. */

/**
 * The descriptor's bytes from its start, at most `limit` of them. A single read may return less
 * than asked: it stops at the end of the file or at the limit, so asking for one byte more than
 * fstat said tells a file that grew since.
 */
function readAtMostSync(fd, limit) {
    const buffer = Buffer.alloc(limit);
    let filled = 0;
    while (filled < limit) {
        const bytesRead = (0,external_node_fs_.readSync)(fd, buffer, filled, limit - filled, filled);
        if (bytesRead === 0)
            break;
        filled += bytesRead;
    }
    return buffer.subarray(0, filled);
}

;// CONCATENATED MODULE: ./src/checklist/load.ts
/**
 * Reading the checklist file: a regular file inside the workspace, not too large, nothing else.
 * The path comes from a workflow input and the file from the pull request, so every refusal happens
 * before a byte is read, and no message ever quotes the file's bytes (a symlink to
 * /proc/self/environ would otherwise leak the runner's secrets into a summary).
 */







/**
 * Loads and parses the checklist at `options.path`. Every refusal is a ChecklistError naming the file.
 * The file calls are synchronous: a checklist is small, and each awaited call would wait its turn on
 * the thread pool while the first snapshot's gits keep both processors busy (milliseconds of every start).
 */
async function loadChecklist(options, parsers = {}) {
    const given = options.path;
    const maxBytes = options.maxBytes ?? MAX_CHECKLIST_BYTES;
    const refuse = (message, file = given) => {
        throw new ChecklistError([{ file: file || '(no path)', message }]);
    };
    if (given.trim() === '')
        refuse('no checklist path was given');
    if (given.includes('\0'))
        refuse('the checklist path contains a NUL character');
    const workspace = external_node_path_default().resolve(options.workspace);
    const realWorkspace = attempt(() => external_node_fs_.realpathSync.native(workspace), () => refuse(`the workspace ${workspace} does not exist`));
    const target = external_node_path_default().resolve(workspace, given);
    if (external_node_path_default().isAbsolute(given)) {
        if (!(0,paths/* isInside */.F)(workspace, target) && !(0,paths/* isInside */.F)(realWorkspace, target)) {
            refuse('the checklist path is absolute and outside the workspace; it must be relative to the workspace');
        }
    }
    else if (!(0,paths/* isInside */.F)(workspace, target)) {
        refuse('the checklist path leads outside the workspace');
    }
    // Messages and the checklist name the file as the user would, relative to the workspace.
    const shown = external_node_path_default().isAbsolute(given) ? external_node_path_default().relative((0,paths/* isInside */.F)(workspace, target) ? workspace : realWorkspace, target) || given : given;
    const link = attempt(() => (0,external_node_fs_.lstatSync)(target), (error) => refuse(error.code === 'ENOENT' || error.code === 'ENOTDIR' ? 'the checklist file does not exist' : `the checklist file cannot be read (${error.code ?? 'error'})`, shown));
    // realpath also resolves links in the directories on the way (`.github` -> /etc), not just the last step.
    const real = attempt(() => external_node_fs_.realpathSync.native(target), () => refuse(link.isSymbolicLink() ? 'the checklist is a broken symbolic link' : 'the checklist path cannot be resolved', shown));
    if (!(0,paths/* isInside */.F)(realWorkspace, real)) {
        refuse(link.isSymbolicLink()
            ? 'the checklist is a symbolic link to a file outside the workspace'
            : 'the checklist path passes through a symbolic link that leads outside the workspace', shown);
    }
    // Type and size before opening: opening a device can have effects of its own.
    const before = attempt(() => (0,external_node_fs_.statSync)(real), () => refuse('the checklist file cannot be read', shown));
    refuseUnlessReadable(before, maxBytes, (message) => refuse(message, shown));
    // O_NONBLOCK: a FIFO swapped in after the check cannot make open wait for a writer. O_NOFOLLOW: nor can a new link.
    const flags = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0) | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
    const fd = attempt(() => (0,external_node_fs_.openSync)(real, flags), () => refuse('the checklist file cannot be opened', shown));
    let bytes;
    try {
        const info = (0,external_node_fs_.fstatSync)(fd);
        refuseUnlessReadable(info, maxBytes, (message) => refuse(message, shown));
        if (info.ino !== before.ino || info.dev !== before.dev)
            refuse('the checklist file changed while it was being opened', shown);
        // One byte more than the size tells a file that grows while it is read.
        bytes = readAtMostSync(fd, info.size + 1);
        if (bytes.length > info.size)
            refuse('the checklist file changed while it was being read', shown);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    options.onRead?.(bytes);
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return refuse('the checklist is not UTF-8 text', shown);
    }
    return parseChecklistText(text, shown, parsers, maxBytes);
}
/** The format follows the file name: `.md` / `.markdown` is a Markdown checklist, anything else YAML. */
function isMarkdownChecklist(file) {
    return /\.(md|markdown)$/i.test(file);
}
/** Parses the checklist text in the format its name says (isMarkdownChecklist). */
function parseChecklistText(text, file, parsers, maxBytes = MAX_CHECKLIST_BYTES) {
    if (isMarkdownChecklist(file)) {
        if (!parsers.markdown)
            throw new ChecklistError([{ file, message: 'Markdown checklists cannot be read here; use the YAML format' }]);
        return parsers.markdown(text, file);
    }
    return parseYamlChecklist(text, file, { maxBytes });
}
function refuseUnlessReadable(info, maxBytes, refuse) {
    if (info.isDirectory())
        refuse('the checklist path is a directory, not a file');
    if (!info.isFile())
        refuse('the checklist is not a regular file (a FIFO, socket or device)');
    if (info.size > maxBytes)
        refuse(`the checklist is ${info.size} bytes; the limit is ${maxBytes}`);
}
/** `run()`'s value, or what `refused` makes of the error it threw (refused throws in turn). */
function attempt(run, refused) {
    try {
        return run();
    }
    catch (error) {
        return refused(error);
    }
}

;// CONCATENATED MODULE: ./src/gates/cargo-target.ts
/**
 * Cargo takes a lock on its build directory, so `cargo clippy` and `cargo test` started at once
 * run one after the other: parallel gates gained nothing on Rust. A check-only command (clippy,
 * check, doc) shares no build output with `cargo test` anyway, so when more than one cargo gate
 * can run at once, each check-only gate gets a build directory of its own inside the project's
 * (`target/go-no-go/<id>`, so a cache of `target/` keeps it too).
 */

/** Subcommands that only check the code: nothing they build is reused by `cargo test` or `cargo build`. */
const CHECK_ONLY = new Set(['clippy', 'check', 'doc']);
/** The subcommand of each `cargo` call in a script (`cargo +nightly clippy` → clippy); undefined when it cannot be told. */
function cargoSubcommands(run) {
    const words = run.split(/[\s;&|()]+/);
    const found = [];
    for (const [index, word] of words.entries()) {
        if (word !== 'cargo' && !word.endsWith('/cargo'))
            continue;
        let next = index + 1;
        // A toolchain (`+nightly`) or options before the subcommand (`--locked`, `-q`).
        while (next < words.length && (words[next].startsWith('+') || words[next].startsWith('-')))
            next++;
        found.push(words[next] || undefined);
    }
    return found;
}
/** Cargo subcommands that take no lock on the build directory. */
const NO_BUILD = new Set(['fmt', 'metadata', 'tree', 'locate-project', 'pkgid', 'verify-project', 'version', 'help', 'audit', 'deny', 'search']);
/** The script runs cargo on a project somewhere other than where the gate starts. */
const ELSEWHERE = /--manifest-path|(?:^|[\s;&|()])(?:cd|pushd)(?:\s|$)/;
/** Runs a cargo command that builds (or checks) into the build directory. */
function buildsWithCargo(item) {
    return cargoSubcommands(item.run).some((name) => name === undefined || !NO_BUILD.has(name));
}
/** Only cargo check-only calls, and nothing in the gate that already chooses a build directory. */
function checkOnly(item) {
    const subcommands = cargoSubcommands(item.run);
    if (subcommands.length === 0 || !subcommands.every((name) => name !== undefined && CHECK_ONLY.has(name)))
        return false;
    return !/--target-dir|CARGO_TARGET_DIR|CARGO_BUILD_TARGET_DIR/.test(item.run) && !('CARGO_TARGET_DIR' in item.env) && !('CARGO_BUILD_TARGET_DIR' in item.env);
}
/**
 * The items to run, check-only cargo gates given their own CARGO_TARGET_DIR when more than one
 * cargo gate can run at once. A relative directory is relative to where cargo runs (the gate's
 * working directory); under a CARGO_TARGET_DIR the parent sets, the gates' directories go inside it.
 */
function withSeparateCargoTargets(items, concurrency, parentEnv) {
    const cargoGates = items.filter((item) => item.kind === 'command' && buildsWithCargo(item));
    if (concurrency < 2 || cargoGates.length < 2)
        return [...items];
    // A gate or evidence file that reads the build directory (`test -f target/doc/…`) would look in the wrong place.
    if (items.some(readsBuildDirectory))
        return [...items];
    const parentDir = parentEnv.CARGO_TARGET_DIR || parentEnv.CARGO_BUILD_TARGET_DIR;
    const base = parentDir && external_node_path_default().isAbsolute(parentDir) ? parentDir : parentDir ? undefined : 'target';
    // A relative directory set by the parent is relative to each gate's own directory: leave such a setup alone.
    if (base === undefined)
        return [...items];
    // A gate another one waits for may be waited for because of what it builds (`cargo doc`, then a link check):
    // moved, the other would read whatever an earlier run left in target/.
    const needed = new Set(items.flatMap((item) => item.needs));
    // A relative directory is relative to where cargo runs, but cargo builds a workspace member (or a
    // `--manifest-path` project) into another target/: only the root's own is known to be ignored by git.
    const movable = (item) => external_node_path_default().isAbsolute(base) || (item.workingDirectory === '.' && !ELSEWHERE.test(item.run));
    return items.map((item) => item.kind === 'command' && checkOnly(item) && !needed.has(item.id) && movable(item)
        ? { ...item, env: { ...item.env, CARGO_TARGET_DIR: external_node_path_default().join(base, 'go-no-go', item.id) } }
        : item);
}
function readsBuildDirectory(item) {
    if (item.kind === 'command')
        return /(?:^|[\s/'"=])target\//.test(item.run);
    return item.kind === 'file' && /(?:^|\/)target\//.test(item.path);
}

;// CONCATENATED MODULE: ./src/gates/parsers/bounded.ts
/** Parsers keep counts exactly but lists only up to a bound, so memory stays flat on huge output. */
const MAX_LISTED = 200;
class BoundedList {
    items = [];
    omitted = 0;
    push(item) {
        if (this.items.length < MAX_LISTED)
            this.items.push(item);
        else
            this.omitted++;
    }
    includes(item) {
        return this.items.includes(item);
    }
}

;// CONCATENATED MODULE: ./src/gates/parsers/audit-report.ts

class AuditTally {
    counts = { bySeverity: {}, warnings: 0 };
    findings = new BoundedList();
    /** Counts `count` vulnerabilities of a severity (lower-cased; `unknown` when none was given). */
    addVulnerabilities(severity, count = 1, finding) {
        if (count <= 0)
            return;
        const name = severity.toLowerCase() || 'unknown';
        this.counts.bySeverity[name] = (this.counts.bySeverity[name] ?? 0) + count;
        if (finding)
            this.findings.push(finding);
    }
    addWarning(finding) {
        this.counts.warnings++;
        this.findings.push(finding);
    }
    get vulnerabilities() {
        return Object.values(this.counts.bySeverity).reduce((sum, count) => sum + count, 0);
    }
    toParsed() {
        return { kind: 'audit', counts: this.counts, findings: this.findings.items };
    }
}
/** The audit could not be read or did not happen: an error, with no counts that could look clean. */
function auditProblem(message) {
    return { kind: 'audit', counts: null, findings: [], problem: { status: 'error', message } };
}
/** `name version: text`, with the gaps of missing parts closed. */
function packageLabel(name, version, text) {
    return `${name ?? '?'} ${version ?? ''}: ${text}`.replace(/ {2,}/g, ' ');
}

;// CONCATENATED MODULE: ./src/gates/parsers/cargo-command.ts
/** cargo's global options that take a separate value (`cargo --color never test`). */
const CARGO_VALUE_OPTIONS = new Set(['--color', '--config', '-Z', '-C', '--manifest-path']);
const ALIASES = { t: 'test' };
function cargo_command_cargoSubcommand(invocation) {
    if (invocation.program !== 'cargo')
        return undefined;
    const args = invocation.args;
    for (let i = 0; i < args.length; i++) {
        if (args[i].startsWith('+'))
            continue;
        if (CARGO_VALUE_OPTIONS.has(args[i])) {
            i++;
            continue;
        }
        if (args[i].startsWith('-'))
            continue;
        return ALIASES[args[i]] ?? args[i];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/gates/parsers/collect-json.ts
/** Audit reports are one JSON document: collected whole, up to a cap, since floods are not reports. */
class JsonCollector {
    maxChars;
    parts = [];
    size = 0;
    overflowed = false;
    constructor(maxChars = 8 * 1024 * 1024) {
        this.maxChars = maxChars;
    }
    add(line) {
        if (this.overflowed)
            return;
        this.size += line.length + 1;
        if (this.size > this.maxChars) {
            this.overflowed = true;
            this.parts.length = 0;
            return;
        }
        this.parts.push(line);
    }
    /**
     * The JSON object in the output. Tools print progress to stderr before it (merged into the same
     * stream), so parsing starts at the first line that opens an object and ends at the last `}`.
     */
    parse() {
        const start = this.parts.findIndex((line) => line.trimStart().startsWith('{'));
        if (start === -1)
            return undefined;
        const text = this.parts.slice(start).join('\n');
        const end = text.lastIndexOf('}');
        if (end === -1)
            return undefined;
        try {
            return JSON.parse(text.slice(0, end + 1));
        }
        catch {
            return undefined;
        }
    }
}

;// CONCATENATED MODULE: ./src/gates/parsers/cvss.ts
/**
 * Severity of a RustSec advisory. cargo audit's JSON carries a CVSS vector, not a score, so the
 * CVSS 3.x base score is computed here with the specification's formula (FIRST, CVSS v3.1 §7).
 * Anything that cannot be scored is `unknown`, which no default allows: fail closed.
 */
/** The usual bands: ≥9 critical, ≥7 high, ≥4 medium, >0 low. */
function severityFromScore(score) {
    if (score === undefined || !Number.isFinite(score) || score < 0 || score > 10)
        return 'unknown';
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    if (score > 0)
        return 'low';
    return 'none';
}
const WEIGHTS = {
    AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
    AC: { L: 0.77, H: 0.44 },
    UI: { N: 0.85, R: 0.62 },
    CIA: { H: 0.56, L: 0.22, N: 0 }
};
/** CVSS 3.0/3.1 base score from a vector such as `CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H`; undefined when it is not one. */
function cvss3BaseScore(vector) {
    const parts = vector.split('/');
    if (parts[0] !== 'CVSS:3.0' && parts[0] !== 'CVSS:3.1')
        return undefined;
    const metrics = new Map();
    for (const part of parts.slice(1)) {
        const [name, value] = part.split(':');
        if (name && value)
            metrics.set(name, value);
    }
    const pick = (table, name) => {
        const value = metrics.get(name);
        return value !== undefined && value in table ? table[value] : undefined;
    };
    const scope = metrics.get('S');
    if (scope !== 'U' && scope !== 'C')
        return undefined;
    const changed = scope === 'C';
    const av = pick(WEIGHTS.AV, 'AV');
    const ac = pick(WEIGHTS.AC, 'AC');
    const ui = pick(WEIGHTS.UI, 'UI');
    const pr = pick(changed ? { N: 0.85, L: 0.68, H: 0.5 } : { N: 0.85, L: 0.62, H: 0.27 }, 'PR');
    const c = pick(WEIGHTS.CIA, 'C');
    const i = pick(WEIGHTS.CIA, 'I');
    const a = pick(WEIGHTS.CIA, 'A');
    if ([av, ac, ui, pr, c, i, a].some((weight) => weight === undefined))
        return undefined;
    const iss = 1 - (1 - c) * (1 - i) * (1 - a);
    const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15 : 6.42 * iss;
    if (impact <= 0)
        return 0;
    const exploitability = 8.22 * av * ac * pr * ui;
    return roundUp(Math.min(changed ? 1.08 * (impact + exploitability) : impact + exploitability, 10));
}
/** CVSS 3.1 Roundup: the smallest one-decimal number ≥ the input, free of floating-point noise. */
function roundUp(value) {
    const scaled = Math.round(value * 100_000);
    return scaled % 10_000 === 0 ? scaled / 100_000 : (Math.floor(scaled / 10_000) + 1) / 10;
}
/** A cvss field as cargo audit or a hand-made report gives it: vector, number, or numeric text. */
function severityFromCvss(cvss) {
    if (typeof cvss === 'number')
        return severityFromScore(cvss);
    if (typeof cvss !== 'string' || cvss.trim() === '')
        return 'unknown';
    const number = Number(cvss);
    if (!Number.isNaN(number))
        return severityFromScore(number);
    return severityFromScore(cvss3BaseScore(cvss.trim()));
}

;// CONCATENATED MODULE: ./src/gates/parsers/cargo-audit.ts




const TEXT_FIELD = /^(Crate|Version|Title|ID|Severity|Warning):\s+(.*)$/;
// cargo audit's closing lines: "error: 2 vulnerabilities found!", "warning: 1 allowed warning found",
// "error: 1 denied warning found!". They summarise the report; they are not failures to run.
const TEXT_VERDICT = /^(?:error|warning): (\d+) (vulnerabilit(?:y|ies)|(?:allowed |denied )?warnings?) found!?$/;
const TEXT_SCANNING = /^\s*Scanning \S+ for vulnerabilities/;
function createCargoAuditParser() {
    const json = new JsonCollector();
    const text = new AuditTally();
    let statedVulnerabilities;
    let scanned = false;
    let firstError;
    let block;
    const flush = () => {
        if (!block)
            return;
        const current = block;
        block = undefined;
        if (current.warning) {
            text.addWarning({
                level: 'warning',
                message: packageLabel(current.crate, current.version, `${current.warning}${current.title ? ` — ${current.title}` : ''}`),
                ...(current.id ? { code: current.id } : {})
            });
            return;
        }
        if (!current.id)
            return;
        const severity = current.severity ?? 'unknown';
        text.addVulnerabilities(severity, 1, {
            level: 'error',
            message: packageLabel(current.crate, current.version, `${current.title ?? current.id} (${severity})`),
            code: current.id
        });
    };
    return {
        name: 'cargo-audit',
        onLine(line) {
            json.add(line);
            if (TEXT_SCANNING.test(line)) {
                scanned = true;
                return;
            }
            const field = TEXT_FIELD.exec(line);
            if (field) {
                const [, key, value] = field;
                if (key === 'Crate') {
                    flush();
                    block = { crate: value.trim() };
                }
                else if (block) {
                    if (key === 'Version')
                        block.version = value.trim();
                    else if (key === 'Title')
                        block.title = value.trim();
                    else if (key === 'ID')
                        block.id = value.trim();
                    else if (key === 'Severity')
                        block.severity = textSeverity(value);
                    else if (key === 'Warning')
                        block.warning = value.trim().toLowerCase();
                }
                return;
            }
            const verdict = TEXT_VERDICT.exec(line);
            if (verdict) {
                flush();
                if (verdict[2].startsWith('vulnerabilit'))
                    statedVulnerabilities = Number(verdict[1]);
                return;
            }
            const error = /^error: (.+)$/.exec(line);
            if (error)
                firstError ??= error[1];
        },
        finish(process) {
            flush();
            const report = json.parse();
            if (report && typeof report === 'object' && report.vulnerabilities && typeof report.vulnerabilities === 'object')
                return fromJson(report);
            if (firstError)
                return auditProblem(`cargo audit could not run: ${firstError}`);
            if (scanned) {
                // The closing line states the total; blocks we could not read still count, as `unknown`.
                const read = text.vulnerabilities;
                const missing = (statedVulnerabilities ?? 0) - read;
                text.addVulnerabilities('unknown', missing);
                if (process.exitCode === 0 || read > 0 || missing > 0 || text.counts.warnings > 0)
                    return text.toParsed();
            }
            return auditProblem(`no audit report in the output (exit ${process.exitCode ?? process.signal})`);
        }
    };
}
const cargoAudit = {
    name: 'cargo-audit',
    detect: (invocation) => invocation.program === 'cargo-audit' || cargo_command_cargoSubcommand(invocation) === 'audit',
    create: createCargoAuditParser
};
/** Text reports say "7.5 (high)", "high" or "7.5". */
function textSeverity(value) {
    const named = /\(([a-z]+)\)/i.exec(value)?.[1];
    if (named)
        return named.toLowerCase();
    const word = value.trim().split(/\s/)[0];
    const score = Number(word);
    return word !== '' && !Number.isNaN(score) ? severityFromScore(score) : word.toLowerCase() || 'unknown';
}
function fromJson(report) {
    const tally = new AuditTally();
    const list = Array.isArray(report.vulnerabilities?.list) ? report.vulnerabilities.list : [];
    for (const entry of list) {
        const advisory = entry?.advisory ?? {};
        const severity = typeof advisory.severity === 'string' ? advisory.severity.toLowerCase() : severityFromCvss(advisory.cvss);
        tally.addVulnerabilities(severity, 1, {
            level: 'error',
            message: packageLabel(entry?.package?.name, entry?.package?.version, `${advisory.title ?? advisory.id ?? 'vulnerability'} (${severity})`),
            ...(typeof advisory.id === 'string' ? { code: advisory.id } : {})
        });
    }
    // A count above the list (a trimmed report) still counts, with no severity to allow it by.
    const stated = report.vulnerabilities?.count;
    if (typeof stated === 'number' && stated > list.length)
        tally.addVulnerabilities('unknown', stated - list.length);
    for (const [kind, warnings] of Object.entries(report.warnings ?? {})) {
        if (!Array.isArray(warnings))
            continue;
        for (const warning of warnings) {
            const title = warning?.advisory?.title;
            tally.addWarning({
                level: 'warning',
                message: packageLabel(warning?.package?.name, warning?.package?.version, `${kind}${title ? ` — ${title}` : ''}`),
                ...(warning?.advisory?.id ? { code: warning.advisory.id } : {})
            });
        }
    }
    return tally.toParsed();
}

;// CONCATENATED MODULE: ./src/gates/parsers/rustc-diagnostics.ts
const HUMAN_HEADER = /^(warning|error)(?:\[([A-Za-z0-9_:]+)\])?: (.+)$/;
const HUMAN_LOCATION = /^\s*--> ([^:\s][^:]*):(\d+):(\d+)/;
// `src/lib.rs:2:5: warning: unneeded \`return\` statement` (`--message-format=short`).
const SHORT = /^([^:\s][^:]*):(\d+):(\d+): (warning|error)(?:\[([A-Za-z0-9_:]+)\])?: (.+)$/;
const LINT_NOTE = /`#\[(?:warn|deny|forbid)\(([a-z0-9_:]+)\)\]`|`-D ([a-z0-9_:-]+)`/;
const LINT_URL = /index\.html#([a-z0-9_]+)/;
/** cargo's closing lines, which look like diagnostics but summarise them. */
const CARGO_SUMMARY = /^(?:could not compile|aborting due to|build failed|\d+ (?:warnings?|errors?) emitted|`[^`]+` \([^)]*\) generated)/;
/**
 * Reads diagnostics from a stream of lines. Feed every line; `onLine` returns a diagnostic when one
 * is complete. A later `= note:` naming the lint fills in the code of the last one.
 */
class RustcDiagnosticReader {
    pending;
    last;
    /** First `error:` that never got a location: cargo's own reason for stopping ("no such command"). */
    firstUnplacedError;
    /** The JSON stream or cargo's progress lines show that cargo built something. */
    sawBuild = false;
    onLine(line) {
        if (line.startsWith('{'))
            return this.readJson(line);
        if (/^\s+(?:Checking|Compiling|Finished|Fresh|Documenting)\s/.test(line))
            this.sawBuild = true;
        const short = SHORT.exec(line);
        if (short) {
            this.pending = undefined;
            return this.complete({
                level: short[4],
                message: short[6],
                file: short[1],
                line: Number(short[2]),
                column: Number(short[3]),
                ...(short[5] ? { code: short[5] } : {})
            });
        }
        const header = HUMAN_HEADER.exec(line);
        if (header) {
            if (CARGO_SUMMARY.test(header[3])) {
                this.pending = undefined;
                return undefined;
            }
            if (header[1] === 'error')
                this.firstUnplacedError ??= header[3];
            this.pending = { level: header[1], message: header[3], ...(header[2] ? { code: header[2] } : {}) };
            return undefined;
        }
        const location = this.pending ? HUMAN_LOCATION.exec(line) : null;
        if (location && this.pending) {
            const pending = this.pending;
            this.pending = undefined;
            if (pending.level === 'error' && this.firstUnplacedError === pending.message)
                this.firstUnplacedError = undefined;
            return this.complete({ ...pending, file: location[1], line: Number(location[2]), column: Number(location[3]) });
        }
        this.readLintNote(line);
        return undefined;
    }
    /** Forgets a half-read diagnostic, e.g. when the stream moves on to something else. */
    reset() {
        this.pending = undefined;
        this.last = undefined;
    }
    complete(diagnostic) {
        this.last = diagnostic;
        return diagnostic;
    }
    readLintNote(line) {
        const last = this.last;
        if (!last || last.code || !line.trimStart().startsWith('='))
            return;
        const note = LINT_NOTE.exec(line);
        if (note) {
            last.code = (note[1] ?? note[2]).replace(/-/g, '_');
            return;
        }
        const url = LINT_URL.exec(line);
        if (url)
            last.code = `clippy::${url[1]}`;
    }
    readJson(line) {
        let parsed;
        try {
            parsed = JSON.parse(line);
        }
        catch {
            return undefined;
        }
        if (parsed.reason === 'build-finished' || parsed.reason === 'compiler-artifact')
            this.sawBuild = true;
        if (parsed.reason !== 'compiler-message' || !parsed.message)
            return undefined;
        const level = parsed.message.level;
        if (level !== 'warning' && level !== 'error')
            return undefined;
        const primary = parsed.message.spans?.find((span) => span.is_primary);
        if (!primary || typeof primary.file_name !== 'string') {
            if (level === 'error' && typeof parsed.message.message === 'string' && !CARGO_SUMMARY.test(parsed.message.message))
                this.firstUnplacedError ??= parsed.message.message;
            return undefined;
        }
        return this.complete({
            level,
            message: String(parsed.message.message ?? ''),
            file: primary.file_name,
            line: Number(primary.line_start ?? 0),
            column: Number(primary.column_start ?? 0),
            ...(parsed.message.code?.code ? { code: parsed.message.code.code } : {})
        });
    }
}
/** The same diagnostic reported again (by `--all-targets`, once per target) has the same identity. */
function diagnosticIdentity(diagnostic) {
    return `${diagnostic.level}|${diagnostic.file}|${diagnostic.line}|${diagnostic.column}|${diagnostic.message}`;
}
/**
 * cargo's totals per target: `warning: \`x\` (lib) generated 3 warnings (1 duplicate)` and
 * `error: could not compile \`x\` (lib) due to 2 previous errors; 1 warning emitted`. Duplicates are
 * the same diagnostic shown for another target, so they are not new.
 */
function readCargoTotals(line) {
    const generated = /^warning: `[^`]+` \([^)]*\) generated (\d+) warnings?(?: \((\d+) duplicates?\))?/.exec(line);
    if (generated)
        return { warnings: Number(generated[1]) - Number(generated[2] ?? 0), errors: 0 };
    const failed = /^error: could not compile `[^`]+`(?: \([^)]*\))? due to (\d+) previous errors?(?:; (\d+) warnings? emitted)?/.exec(line);
    if (failed)
        return { warnings: Number(failed[2] ?? 0), errors: Number(failed[1]) };
    return undefined;
}

;// CONCATENATED MODULE: ./src/gates/parsers/cargo-clippy.ts



/** Diagnostics remembered for de-duplication; past this, memory matters more than a double count. */
const MAX_REMEMBERED = 10_000;
function createCargoClippyParser() {
    const counts = { warnings: 0, errors: 0 };
    const stated = { warnings: 0, errors: 0 };
    let sawTotals = false;
    const reader = new RustcDiagnosticReader();
    const findings = new BoundedList();
    const seen = new Set();
    return {
        name: 'cargo-clippy',
        onLine(line) {
            const totals = readCargoTotals(line);
            if (totals) {
                sawTotals = true;
                stated.warnings += totals.warnings;
                // One failing target's count already covers the same errors in its test target.
                stated.errors = Math.max(stated.errors, totals.errors);
                return;
            }
            const diagnostic = reader.onLine(line);
            if (!diagnostic)
                return;
            // With --all-targets each target reports the same diagnostic; cargo folds them only in human output.
            const identity = diagnosticIdentity(diagnostic);
            if (seen.has(identity))
                return;
            if (seen.size < MAX_REMEMBERED)
                seen.add(identity);
            if (diagnostic.level === 'error')
                counts.errors++;
            else
                counts.warnings++;
            // The diagnostic itself, not a copy: a lint's name arrives in a note after its location.
            findings.push(diagnostic);
        },
        finish(process) {
            const read = { warnings: counts.warnings, errors: counts.errors };
            const total = { warnings: Math.max(read.warnings, stated.warnings), errors: Math.max(read.errors, stated.errors) };
            const sawDiagnostics = read.warnings + read.errors > 0 || sawTotals;
            if (process.exitCode === 0 && !sawDiagnostics && !reader.sawBuild) {
                return {
                    kind: 'lint',
                    counts: null,
                    findings: [],
                    problem: { status: 'error', message: 'clippy printed no diagnostics and no cargo progress, so nothing shows it checked the code (drop -q/--quiet)' }
                };
            }
            if (process.exitCode !== 0 && total.warnings + total.errors === 0) {
                const first = reader.firstUnplacedError;
                return {
                    kind: 'lint',
                    counts: null,
                    findings: findings.items,
                    problem: { status: 'error', message: first ? `clippy could not run: ${first}` : `clippy exited ${process.exitCode ?? process.signal} without reporting a diagnostic` }
                };
            }
            return { kind: 'lint', counts: total, findings: findings.items };
        }
    };
}
const cargoClippy = {
    name: 'cargo-clippy',
    detect: (invocation) => invocation.program === 'cargo-clippy' || cargo_command_cargoSubcommand(invocation) === 'clippy',
    create: createCargoClippyParser
};

;// CONCATENATED MODULE: ./src/gates/parsers/cargo-fmt.ts



/**
 * Current rustfmt: `Diff in /abs/src/lib.rs:12:`; older releases: `Diff in /abs/src/lib.rs at line 12:`.
 * Read from the end with plain string search: a path may contain anything, even ':' or ' at line '.
 */
function readDiffHeader(line) {
    if (!line.startsWith('Diff in ') || !line.endsWith(':'))
        return undefined;
    const body = line.slice('Diff in '.length, -1);
    const at = body.lastIndexOf(' at line ');
    const split = at !== -1
        ? { file: body.slice(0, at), number: body.slice(at + ' at line '.length) }
        : { file: body.slice(0, body.lastIndexOf(':')), number: body.slice(body.lastIndexOf(':') + 1) };
    if (split.file === '' || !/^\d+$/.test(split.number))
        return undefined;
    return { file: split.file, line: Number(split.number) };
}
function createCargoFmtParser() {
    const files = new BoundedList();
    const findings = new BoundedList();
    const diagnostics = new RustcDiagnosticReader();
    let firstError;
    let diffs = 0;
    return {
        name: 'cargo-fmt',
        onLine(line) {
            const diff = readDiffHeader(line);
            if (diff) {
                diffs++;
                if (!files.includes(diff.file))
                    files.push(diff.file);
                findings.push({ level: 'warning', message: 'needs formatting (cargo fmt)', file: diff.file, line: diff.line, code: 'rustfmt' });
                return;
            }
            // rustfmt reports code it cannot parse as a rustc-style error.
            const diagnostic = diagnostics.onLine(line);
            if (diagnostic?.level === 'error')
                firstError ??= `${diagnostic.message} --> ${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
        },
        finish(process) {
            firstError ??= diagnostics.firstUnplacedError;
            if (diffs === 0 && (process.exitCode !== 0 || firstError !== undefined)) {
                return {
                    kind: 'format',
                    counts: null,
                    findings: findings.items,
                    problem: {
                        status: 'error',
                        message: firstError ? `rustfmt could not check: ${firstError}` : `exited ${process.exitCode ?? process.signal} without listing a file to format`
                    }
                };
            }
            return { kind: 'format', counts: { files: files.items }, findings: findings.items };
        }
    };
}
const cargoFmt = {
    name: 'cargo-fmt',
    detect: (invocation) => invocation.program === 'rustfmt' || invocation.program === 'cargo-fmt' || cargo_command_cargoSubcommand(invocation) === 'fmt',
    create: createCargoFmtParser
};

;// CONCATENATED MODULE: ./src/gates/parsers/test-tally.ts

const MAX_REASON = 200;
class TestTally {
    counts = null;
    failing = new BoundedList();
    findings = new BoundedList();
    /** Suites that never ran ("Test suite failed to run", a file that failed to load), with why. */
    brokenSuites = [];
    /** The runner's own words for a non-zero exit that no failing test explains. */
    exitCause;
    /** Why the run cannot be trusted to be whole: an error, whatever the counts say. */
    incomplete;
    add(passed, failed, skipped) {
        this.counts ??= { passed: 0, failed: 0, skipped: 0 };
        this.counts.passed += passed;
        this.counts.failed += failed;
        this.counts.skipped += skipped;
    }
    addCounts(counts) {
        this.add(counts.passed, counts.failed, counts.skipped);
    }
    /** Records a failing test once; returns whether it was new. */
    addFailing(name) {
        const clean = name.trim();
        if (!clean || this.failing.includes(clean))
            return false;
        this.failing.push(clean);
        return true;
    }
    addLocation(name, file, line, column, message) {
        if (this.findings.items.some((finding) => finding.code === name))
            return;
        this.findings.push({
            level: 'error',
            message: message ? `${name}: ${message}`.slice(0, 300) : `test failed: ${name}`,
            file,
            line,
            ...(column !== undefined ? { column } : {}),
            code: name
        });
    }
    addBrokenSuite(reason) {
        if (this.brokenSuites.length < 50)
            this.brokenSuites.push(reason.trim().slice(0, MAX_REASON));
    }
    /** Adds what another tally gathered (a reader's own, kept apart until it knows it is wanted). */
    merge(other) {
        if (other.counts)
            this.addCounts(other.counts);
        for (const name of other.failing.items)
            this.addFailing(name);
        for (const finding of other.findings.items)
            if (!this.findings.items.some((known) => known.code === finding.code))
                this.findings.push(finding);
        for (const reason of other.brokenSuites)
            this.addBrokenSuite(reason);
        if (other.exitCause)
            this.addExitCause(other.exitCause);
        if (other.incomplete)
            this.markIncomplete(other.incomplete);
    }
    /** Keeps the first reason given. */
    markIncomplete(reason) {
        this.incomplete ??= reason.slice(0, 300);
    }
    /** Keeps the first cause the runner stated. */
    addExitCause(cause) {
        this.exitCause ??= cause.trim().slice(0, MAX_REASON);
    }
    /**
     * The parsed result. A problem the caller found decides first; then a suite that never ran fails
     * the gate whatever the counts and thresholds say, because its tests are in no count.
     */
    toParsed(problem) {
        let decided = problem ?? (this.incomplete ? { status: 'error', message: `incomplete: ${this.incomplete}` } : undefined);
        if (!decided && this.brokenSuites.length > 0) {
            const [first] = this.brokenSuites;
            const more = this.brokenSuites.length > 1 ? ` (and ${this.brokenSuites.length - 1} more)` : '';
            decided = {
                status: 'fail',
                message: `${this.brokenSuites.length === 1 ? 'a test suite' : `${this.brokenSuites.length} test suites`} failed to run${first ? `: ${first}` : ''}${more}`
            };
        }
        return {
            kind: 'tests',
            counts: this.counts,
            failingTests: this.failing.items,
            findings: this.findings.items,
            ...(decided ? { problem: decided } : {}),
            ...(this.exitCause ? { exitCause: this.exitCause } : {})
        };
    }
}
/**
 * The closing summaries a runner printed, each already checked to be whole (every line of the
 * runner's summary block, in order, totals that add up). When the command is one run of the tool,
 * only the last one is the run's: tests finish before the runner sums them up, so any earlier block
 * was printed by a test. Otherwise (`npm test` may run several runners) every block is a run.
 */
class RunSummaries {
    runs = [];
    last;
    push(counts) {
        this.last = counts;
        if (this.runs.length < 1000)
            this.runs.push(counts);
    }
    get count() {
        return this.runs.length;
    }
    addTo(tally, context) {
        if (!this.last)
            return;
        if (context.singleRun)
            tally.addCounts(this.last);
        else
            for (const run of this.runs)
                tally.addCounts(run);
    }
}
/** `file:line:col` at the end of a location string, e.g. `/abs/math.test.js:8:1`. */
function splitLocation(text) {
    const trimmed = text.trim();
    const lastColon = trimmed.lastIndexOf(':');
    const middleColon = trimmed.lastIndexOf(':', lastColon - 1);
    if (middleColon <= 0)
        return undefined;
    const line = trimmed.slice(middleColon + 1, lastColon);
    const column = trimmed.slice(lastColon + 1);
    if (!/^\d+$/.test(line) || !/^\d+$/.test(column))
        return undefined;
    return { file: trimmed.slice(0, middleColon), line: Number(line), column: Number(column) };
}
/** A stack frame `at fn (file:line:col)`, `at file:line:col` or vitest's `❯ file:line:col`. */
function stackFrameLocation(line) {
    const trimmed = line.trim();
    let where;
    if (trimmed.startsWith('at '))
        where = trimmed.slice(3);
    else if (trimmed.startsWith('❯ '))
        where = trimmed.slice(2);
    else
        return undefined;
    if (where.endsWith(')'))
        where = where.slice(where.lastIndexOf('(') + 1, -1);
    else if (where.includes(' '))
        where = where.slice(where.lastIndexOf(' ') + 1);
    if (where.startsWith('file://'))
        where = where.slice('file://'.length);
    return splitLocation(where);
}
/** Frames in the project's own code, not in dependencies or the runtime. */
function isProjectFrame(file) {
    return !file.includes('node_modules') && !file.startsWith('node:') && !file.startsWith('internal/');
}
/**
 * A parser made of readers that all add to one tally (`npm test` may run several runners). A
 * problem returned by `check` (an incomplete run) decides before the tally's own.
 */
function parserFromReaders(name, context, factories, check) {
    const tally = new TestTally();
    const readers = factories.map((create) => create(tally, context));
    return {
        name,
        onLine(line) {
            for (const reader of readers)
                reader.onLine(line);
        },
        finish(process, artifacts) {
            for (const reader of readers)
                reader.finish(artifacts);
            return tally.toParsed(check?.(tally, process));
        }
    };
}

;// CONCATENATED MODULE: ./src/gates/parsers/cargo-test.ts



const RUNNING_TESTS = /^running (\d+) tests?$/;
const RESULT = /^test result: (?:ok|FAILED)\. (\d+) passed; (\d+) failed; (\d+) ignored; (\d+) measured; \d+ filtered out(?:; finished in [\d.]+s)?$/;
// `test a::b ... FAILED` (default format; doc tests have spaces in their names) and `a::b --- FAILED` (`-q`).
const FAILED_TEST = /^test (.+?) \.\.\. FAILED(?: <[\d.]+s>)?$/;
const FAILED_QUIET = /^(\S.*?) --- FAILED$/;
const LISTED_FAILURE = /^ {4}(\S.*)$/;
const SECTION = /^---- (.+) std(?:out|err) ----$/;
// Rust ≥1.73: `thread 'x' (123) panicked at src/lib.rs:10:9:` and the message on the next line;
// older: `thread 'x' panicked at 'message', src/lib.rs:10:9`.
const PANIC = /^thread '([^']*)'(?: \(\d+\))? panicked at ([^\s:'][^:]*):(\d+):(\d+):?$/;
const OLD_PANIC = /^thread '([^']*)' panicked at '(.*)', ([^\s:][^:]*):(\d+):(\d+)$/;
const NO_PANIC = /^note: test did not panic as expected(?: at ([^\s:][^:]*):(\d+):(\d+))?$/;
const ERROR = /^error(?:\[E\d+\])?: (.+)$/;
// cargo (stderr) names each binary before it runs it.
const RUNNING_BINARY = /^\s+Running (.+) \(([^()]+)\)$/;
const DOC_TESTS = /^\s+Doc-tests (\S+)$/;
const DIED = /process didn't exit successfully: `([^`]+)` \((?:signal: (\d+), (SIG[A-Z0-9]+)|exit status: (\d+))/;
/** cargo's own `error:` lines after tests ran; none of them says cargo could not run. */
const CARGO_TEST_ERRORS = /^(?:test failed, to rerun|doctest failed, to rerun|\d+ targets? failed|could not compile|aborting due to)/;
// `src/lib.rs - add (line 3)`: rustdoc names a doc test after its file and the line of its code block.
const DOC_TEST_NAME = /^(\S.*?) - (?:.* )?\(line (\d+)\)$/;
const MAX_MESSAGE = 300;
function createCargoTestParser() {
    const tally = new TestTally();
    const diagnostics = new RustcDiagnosticReader();
    const frames = [];
    const reported = new Set();
    let header;
    let compileError;
    let couldNotCompile;
    let otherError;
    let died;
    let stray;
    const open = (expected) => {
        frames.push({ expected, ...(header ? { binary: header } : {}), failedLines: [], list: undefined, listOpen: false, panics: new Map() });
        header = undefined;
    };
    const close = (frame, passed, failed, ignored) => {
        tally.add(passed, failed, ignored);
        if (frame.binary?.path)
            reported.add(frame.binary.path);
        const names = [...frame.failedLines, ...(frame.list ?? [])].map(testName);
        for (const name of names)
            tally.addFailing(name);
        for (const [name, finding] of frame.panics) {
            if (failed > 0 && (names.length === 0 || names.includes(name)))
                tally.findings.push(finding);
        }
    };
    const readFrameLine = (frame, line) => {
        if (frame.awaitingMessage) {
            const pending = frame.awaitingMessage;
            frame.awaitingMessage = undefined;
            if (line.trim() !== '' && !line.startsWith('note: ') && !line.startsWith('stack backtrace:'))
                pending.message = truncate(`${pending.message}: ${line.trim()}`);
        }
        if (frame.listOpen) {
            const listed = LISTED_FAILURE.exec(line);
            if (listed) {
                frame.list?.push(listed[1]);
                return;
            }
            if (line === '' && frame.list?.length === 0)
                return;
            frame.listOpen = false;
            // Only a list that the result follows directly is the run's own.
            if (line !== '')
                frame.list = undefined;
        }
        else if (line !== '' && frame.list !== undefined) {
            frame.list = undefined;
        }
        if (line === 'failures:') {
            frame.list = [];
            frame.listOpen = true;
            frame.section = undefined;
            return;
        }
        const section = SECTION.exec(line);
        if (section) {
            frame.section = testName(section[1]);
            return;
        }
        const failed = frame.section === undefined ? (FAILED_TEST.exec(line) ?? FAILED_QUIET.exec(line)) : null;
        if (failed) {
            frame.failedLines.push(failed[1]);
            return;
        }
        readPanic(frame, line);
    };
    const readPanic = (frame, line) => {
        const panic = PANIC.exec(line);
        const oldPanic = panic ? null : OLD_PANIC.exec(line);
        const noPanic = panic || oldPanic ? null : NO_PANIC.exec(line);
        if (!panic && !oldPanic && !noPanic)
            return;
        // In a test's section every panic is that test's, whichever thread raised it; outside one
        // (`--nocapture`), libtest names the thread after the test.
        const owner = frame.section ?? panic?.[1] ?? oldPanic?.[1];
        if (!owner || frame.panics.has(owner))
            return;
        let finding;
        if (panic)
            finding = panicFinding(owner, `${owner} panicked`, panic[2], panic[3], panic[4]);
        else if (oldPanic)
            finding = panicFinding(owner, truncate(`${owner} panicked: ${oldPanic[2]}`), oldPanic[3], oldPanic[4], oldPanic[5]);
        else
            finding = panicFinding(owner, `${owner} did not panic as expected`, noPanic[1], noPanic[2], noPanic[3]);
        frame.panics.set(owner, finding);
        if (panic)
            frame.awaitingMessage = finding;
    };
    const readOutside = (line) => {
        const diagnostic = diagnostics.onLine(line);
        if (diagnostic) {
            if (diagnostic.level === 'error') {
                compileError ??= `${diagnostic.message} at ${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
                tally.findings.push(diagnostic);
            }
            return;
        }
        const error = ERROR.exec(line);
        if (!error)
            return;
        if (error[1].startsWith('could not compile'))
            couldNotCompile ??= error[1];
        else if (!CARGO_TEST_ERRORS.test(error[1]))
            otherError ??= error[1];
    };
    const readDeath = (death) => {
        const path = death[1];
        const index = frames.findIndex((frame) => frame.binary?.path === path);
        const frame = index === -1 ? undefined : frames[index];
        // libtest's own "some tests failed" exit: cargo's line (stderr) can overtake the result (stdout)
        // on its way here, so the frame stays open for it; unclosed at the end, it is reported then.
        if (frame && death[4] === '101') {
            frame.exited = 'exited 101';
            return;
        }
        const what = frame?.binary ? cargo_test_describe(frame.binary) : binaryName(path);
        if (index !== -1)
            frames.splice(index);
        const how = death[3] ? `was killed by ${death[3]} (signal ${death[2]})` : `exited ${death[4]}`;
        // Exit 101 after the binary's own result is libtest's ordinary "some tests failed".
        if (frame)
            died ??= `test binary ${what} ${how} before reporting its result`;
        else if (!(reported.has(path) && death[4] === '101'))
            died ??= `test binary ${what} ${how}${reported.has(path) ? ' after reporting its result' : ''}`;
    };
    return {
        name: 'cargo-test',
        onLine(line) {
            const binary = RUNNING_BINARY.exec(line);
            if (binary) {
                header = { source: binary[1], path: binary[2] };
                return;
            }
            const docTests = DOC_TESTS.exec(line);
            if (docTests) {
                header = { source: `doc tests of ${docTests[1]}` };
                return;
            }
            const running = RUNNING_TESTS.exec(line);
            if (running) {
                open(Number(running[1]));
                return;
            }
            const result = RESULT.exec(line);
            if (result) {
                const [passed, failed, ignored, measured] = result.slice(1, 5).map(Number);
                const index = innermost(frames, passed + failed + ignored + measured);
                if (index === -1) {
                    if (frames.length === 0)
                        stray ??= line;
                    return;
                }
                const frame = frames[index];
                frames.splice(index);
                if (index === 0)
                    close(frame, passed, failed, ignored);
                return;
            }
            const death = DIED.exec(line);
            if (death) {
                readDeath(death);
                return;
            }
            if (frames.length === 0)
                readOutside(line);
            else if (frames.length === 1)
                readFrameLine(frames[0], line);
        },
        finish(_process) {
            let problem;
            const notCompiled = compileError ?? couldNotCompile;
            if (notCompiled !== undefined)
                problem = { status: 'fail', message: `does not compile: ${notCompiled}` };
            else if (died)
                problem = { status: 'error', message: `incomplete: ${died}` };
            else if (frames.length > 0) {
                const frame = frames[0];
                problem = {
                    status: 'error',
                    message: `incomplete: test binary ${frame.binary ? cargo_test_describe(frame.binary) : '(unnamed)'} printed \`running ${frame.expected} test${frame.expected === 1 ? '' : 's'}\` but never its \`test result:\` line (${frame.exited ? `it ${frame.exited}` : 'it exited early, e.g. process::exit, or crashed'})`
                };
            }
            else if (stray)
                problem = { status: 'error', message: `a \`test result:\` line outside any test run (printed by a test?): ${truncate(stray)}` };
            // No test ran and cargo said why (no Cargo.toml, unknown flag, registry down): the gate could not run.
            else if (tally.counts === null && otherError !== undefined)
                problem = { status: 'error', message: `cargo test could not run: ${otherError}` };
            return tally.toParsed(problem);
        }
    };
}
const cargoTest = {
    name: 'cargo-test',
    detect: (invocation) => cargo_command_cargoSubcommand(invocation) === 'test',
    create: createCargoTestParser
};
/** The innermost open frame a result of `total` tests can close, or -1. */
function innermost(frames, total) {
    for (let index = frames.length - 1; index >= 0; index--)
        if (frames[index].expected === total)
            return index;
    return -1;
}
/** libtest adds ` - should panic` to a `#[should_panic]` test's line but not to its other mentions. */
function testName(name) {
    return name.replace(/ - should panic$/, '').trim();
}
/** A doc test's location is its code block in the documented file, whatever the panic line says. */
function panicFinding(test, message, file, line, column) {
    const doc = DOC_TEST_NAME.exec(test);
    if (doc)
        return { level: 'error', message, file: doc[1], line: Number(doc[2]), code: test };
    return {
        level: 'error',
        message,
        ...(file ? { file, line: Number(line), column: Number(column) } : {}),
        code: test
    };
}
function cargo_test_describe(binary) {
    return binary.path ? `${binaryName(binary.path)} (${binary.source})` : binary.source;
}
/** `/target/debug/deps/my_crate-5b80b4e82d4c2004` → `my_crate`. */
function binaryName(binaryPath) {
    const base = binaryPath.slice(binaryPath.lastIndexOf('/') + 1);
    return base.replace(/-[0-9a-f]{16}$/, '');
}
function truncate(text) {
    return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1)}…` : text;
}

;// CONCATENATED MODULE: ./src/gates/parsers/command-words.ts
/**
 * Reading a gate's command just far enough to know which tool it runs: never to run it, and
 * never to change it unless the whole command is one plain invocation of that tool.
 */
/** Programs that run the rest of their arguments as the command: `npx jest`, `timeout 600 cargo test`. */
const command_words_LAUNCHERS = new Set(['npx', 'bunx', 'env', 'time', 'command', 'exec', 'nice', 'nohup', 'sudo', 'timeout', 'xvfb-run']);
const command_words_SHELLS = new Set(['sh', 'bash', 'zsh', 'dash']);
const ENV_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/**
 * Every simple command in a command line, in order. The text is cut at `&&`, `||`, `;`, `|`, `&`,
 * newlines and parentheses; quotes only group words here, so `sh -c "cargo test"` reads as its words.
 */
function toolInvocations(command) {
    const invocations = [];
    for (const segment of command.replace(/["'`]/g, ' ').split(/&&|\|\||[;|&\n()]/)) {
        const invocation = readInvocation(segment.split(/\s+/).filter(Boolean));
        if (invocation)
            invocations.push(invocation);
    }
    return invocations;
}
function readInvocation(words) {
    let index = 0;
    while (index < words.length) {
        const word = words[index];
        const program = command_words_baseName(word);
        if (ENV_ASSIGNMENT.test(word) || word.startsWith('-') || /^\d+[smhd]?$/.test(word) || command_words_LAUNCHERS.has(program) || command_words_SHELLS.has(program)) {
            index++;
            continue;
        }
        return { program, args: words.slice(index + 1) };
    }
    return undefined;
}
const PLAIN_WORD = /^[A-Za-z0-9_\-./:=@%+,*?[\]]+$/;
function soleInvocation(command) {
    const words = command.trim().split(/[ \t]+/);
    if (words.length === 0 || words[0] === '' || !words.every((word) => PLAIN_WORD.test(word)))
        return undefined;
    let index = 0;
    while (index < words.length && ENV_ASSIGNMENT.test(words[index]))
        index++;
    let viaNpx = false;
    if (words[index] === 'npx') {
        viaNpx = true;
        index++;
        // npx's own flags come before the package; ones that take a value are not plain enough to skip.
        while (index < words.length && /^(?:--yes|-y|--no|--no-install|--quiet|-q)$/.test(words[index]))
            index++;
    }
    if (index >= words.length || words[index].startsWith('-'))
        return undefined;
    return { program: command_words_baseName(words[index]), args: words.slice(index + 1), words, programIndex: index, viaNpx };
}
/** A single-quoted shell word: safe for any path. */
function command_words_shellQuote(text) {
    return `'${text.replace(/'/g, `'\\''`)}'`;
}
function command_words_baseName(word) {
    return word.slice(word.lastIndexOf('/') + 1);
}

;// CONCATENATED MODULE: ./src/gates/parsers/python-command.ts
/** Project runners that run the rest of their words as a command in the project's environment. */
const RUNNERS = { poetry: ['run'], uv: ['run'], pipenv: ['run'], pdm: ['run'], hatch: ['run'], pipx: ['run'], rye: ['run'] };
const DIRECT_RUNNERS = new Set(['uvx']);
const PYTHON = /^python(?:\d+(?:\.\d+)?)?$/;
/** The tool's name and the words after it, or undefined when the invocation runs no Python tool. */
function python_command_pythonTool(invocation, depth = 0) {
    if (depth > 3)
        return undefined;
    const { program, args } = invocation;
    if (PYTHON.test(program)) {
        // `python -m pytest …`: flags such as -X or -W come first; only -m names a tool.
        const module = args.indexOf('-m');
        if (module === -1 || module + 1 >= args.length)
            return undefined;
        // Before -m only the interpreter's own flags may stand; -X and -W take a value.
        if (args.slice(0, module).some((arg, index, before) => !arg.startsWith('-') && !/^-[XW]$/.test(before[index - 1] ?? '')))
            return undefined;
        return { program: args[module + 1], args: args.slice(module + 2) };
    }
    const runner = RUNNERS[program];
    if (runner || DIRECT_RUNNERS.has(program)) {
        const words = args.filter((arg) => !arg.startsWith('-'));
        const start = runner ? (runner.includes(words[0] ?? '') ? 1 : -1) : 0;
        if (start === -1 || words.length <= start)
            return undefined;
        const at = args.indexOf(words[start]);
        return python_command_pythonTool({ program: words[start], args: args.slice(at + 1) }, depth + 1);
    }
    return { program, args };
}
/** Whether the invocation runs `tool` (by its command name, `python -m` module name, or through a runner). */
function runsPythonTool(invocation, names) {
    const tool = python_command_pythonTool(invocation);
    return tool && names.includes(tool.program) ? tool : undefined;
}

;// CONCATENATED MODULE: ./src/gates/parsers/black.ts


const WOULD_REFORMAT = /^would reformat (.+)$/;
const CANNOT_FORMAT = /^error: cannot format (.+?): (.+)$/;
// `1 file would be reformatted, 2 files would be left unchanged, 1 file would fail to reformat.`
const SUMMARY = /^(?:\d+ files? would (?:be reformatted|be left unchanged|fail to reformat)(?:, |\.$))+$/;
const NOTHING = /^No Python files are present to be formatted/;
function createBlackParser() {
    const files = new BoundedList();
    const findings = new BoundedList();
    let reformat = 0;
    let stated;
    let cannot;
    let nothing = false;
    return {
        name: 'black',
        onLine(line) {
            const would = WOULD_REFORMAT.exec(line);
            if (would) {
                reformat++;
                files.push(would[1]);
                findings.push({ level: 'warning', message: 'needs formatting (black)', file: would[1], code: 'black' });
                return;
            }
            const error = CANNOT_FORMAT.exec(line);
            if (error) {
                cannot ??= `${error[1]}: ${error[2]}`.slice(0, 300);
                findings.push({ level: 'error', message: `black cannot format: ${error[2]}`.slice(0, 300), file: error[1], code: 'black' });
                return;
            }
            if (SUMMARY.test(line))
                stated = Number(/(\d+) files? would be reformatted/.exec(line)?.[1] ?? 0);
            else if (NOTHING.test(line))
                nothing = true;
        },
        finish(process) {
            const problem = (message) => ({ kind: 'format', counts: null, findings: findings.items, problem: { status: 'error', message } });
            if (nothing)
                return problem('black found no Python files to check');
            if (reformat === 0 && (stated ?? 0) > 0) {
                return { kind: 'format', counts: null, findings: [], problem: { status: 'fail', message: `black says ${stated} file(s) would be reformatted but named none` } };
            }
            if (reformat > 0)
                return { kind: 'format', counts: { files: files.items }, findings: findings.items };
            if (cannot)
                return problem(`black could not check: ${cannot}`);
            if (stated === undefined)
                return problem(`black printed no summary (exit ${process.exitCode ?? process.signal}; drop -q)`);
            return { kind: 'format', counts: { files: [] }, findings: findings.items };
        }
    };
}
const black = {
    name: 'black',
    // Only the checking forms: plain `black .` rewrites files.
    detect: (invocation) => runsPythonTool(invocation, ['black'])?.args.some((arg) => arg === '--check' || arg === '--diff') === true,
    create: createBlackParser
};

;// CONCATENATED MODULE: ./src/gates/parsers/exit-code.ts
function createExitCodeParser() {
    return {
        name: 'exit-code',
        onLine: () => undefined,
        finish: (_process) => ({ kind: 'exit-code', findings: [] })
    };
}
/** Never detected: it is what a command gets when no other parser claims it, or when named. */
const exitCode = {
    name: 'exit-code',
    create: createExitCodeParser
};

;// CONCATENATED MODULE: ./src/gates/parsers/go-command.ts
function goSubcommand(invocation) {
    if (invocation.program !== 'go')
        return undefined;
    const args = invocation.args;
    for (let i = 0; i < args.length; i++) {
        if (args[i] === '-C') {
            i++;
            continue;
        }
        if (args[i].startsWith('-'))
            continue;
        return args[i];
    }
    return undefined;
}
/** `# example.com/m/pkg` or `# example.com/m/pkg [example.com/m/pkg.test]`: the package the next compiler lines are about. */
const PACKAGE_HEADER = /^# (\S+)(?: \[\S+\])?$/;
/** `pkg/x.go:3:23: undefined: y`, also prefixed `vet: ` when vet's type check fails. Paths are relative to where go ran. */
const COMPILER_LINE = /^(?:vet: )?((?:\.{0,2}\/)?[^\s:][^:]*\.go):(\d+):(\d+): (.+)$/;
/** The go command's own complaints: it could not run at all (`go: downloading …` is progress, not one). */
const GO_ERROR = /^(?:go: (?!downloading |finding |extracting ).+|pattern .+: .+|no Go files in .+|.*: no required module provides package .+|.*matched no packages.*|cannot find package .+|can't load package: .+)$/;

;// CONCATENATED MODULE: ./src/gates/parsers/gofmt.ts


const DIFF_HEADER = /^diff (?:-u )?(\S+)\.orig (\S+)$/;
const LISTED_FILE = /^[^\s:][^:]*\.go$/;
function createGofmtParser() {
    const files = new BoundedList();
    const findings = new BoundedList();
    let listed = 0;
    let inDiff = false;
    let problem;
    const add = (file) => {
        if (files.includes(file))
            return;
        listed++;
        files.push(file);
        findings.push({ level: 'warning', message: 'needs formatting (gofmt)', file, code: 'gofmt' });
    };
    return {
        name: 'gofmt',
        onLine(line) {
            const diff = DIFF_HEADER.exec(line);
            if (diff) {
                inDiff = true;
                add(diff[2]);
                return;
            }
            // Inside a diff every line is the diff's; its hunks may hold anything.
            if (inDiff)
                return;
            const error = COMPILER_LINE.exec(line);
            if (error) {
                problem ??= `${error[1]}:${error[2]}:${error[3]}: ${error[4]}`;
                findings.push({ level: 'error', message: error[4], file: error[1], line: Number(error[2]), column: Number(error[3]), code: 'gofmt' });
                return;
            }
            if (LISTED_FILE.test(line))
                add(line);
            else if (line.trim() !== '')
                problem ??= line.trim().slice(0, 300);
        },
        finish(process) {
            // Files that need formatting fail the gate, whatever else gofmt could not read.
            if (listed === 0 && (problem !== undefined || process.exitCode !== 0)) {
                return {
                    kind: 'format',
                    counts: null,
                    findings: findings.items,
                    problem: { status: 'error', message: `gofmt could not check: ${problem ?? `exited ${process.exitCode ?? process.signal}`}` }
                };
            }
            return { kind: 'format', counts: { files: files.items }, findings: findings.items };
        }
    };
}
const gofmt = {
    name: 'gofmt',
    // Only the listing forms check; plain gofmt prints the formatted source and -w rewrites files.
    detect: (invocation) => invocation.program === 'gofmt' && invocation.args.some((arg) => /^-[a-z]*[ld]/.test(arg)) && !invocation.args.some((arg) => /^-[a-z]*w/.test(arg)),
    create: createGofmtParser
};

;// CONCATENATED MODULE: ./src/gates/parsers/go-test.ts


const TEST_LINE = /^(\s*)--- (PASS|FAIL|SKIP): (\S+) \((?:[\d.]+s|unknown)\)$/;
const RUN_LINE = /^=== (?:RUN|CONT|PAUSE|NAME)\s+(\S+)$/;
const OK_PACKAGE = /^ok\s+(\S+)\s+(?:\(cached\)|[\d.]+s)(.*)$/;
const FAIL_PACKAGE = /^FAIL\s+(\S+)\s+(?:\(cached\)|[\d.]+s)$/;
const BROKEN_PACKAGE = /^FAIL\s+(\S+) \[(build failed|setup failed)\]$/;
const NO_TEST_FILES = /^\?\s+(\S+)\s+\[no test files\]$/;
// `    calc_test.go:13: got 3, want 4`: t.Error's location, relative to the package directory.
const TEST_LOCATION = /^\s+([^\s:/][^\s:]*\.go):(\d+): ?(.*)$/;
function createGoTestParser(context = { singleRun: false }) {
    const tally = new TestTally();
    const module = context.goModule;
    // Plain output: what belongs to the package whose result line comes next.
    let pending = { passed: 0, failed: 0, skipped: 0, failing: [] };
    let plainResults = 0;
    const locations = new Map();
    let current;
    let awaiting;
    // JSON events, by package.
    const packages = new Map();
    const jsonLocations = new Map();
    let sawJson = false;
    // Either mode: compiler output and the go command's own errors.
    let header;
    const buildErrors = new Map();
    const brokenPackages = new Map();
    let goError;
    const fileIn = (pkg, file) => {
        if (!pkg || !module)
            return file;
        if (pkg === module)
            return file;
        return pkg.startsWith(`${module}/`) ? `${pkg.slice(module.length + 1)}/${file}` : file;
    };
    const readCompilerLine = (line) => {
        const packageHeader = PACKAGE_HEADER.exec(line);
        if (packageHeader) {
            header = packageHeader[1];
            return true;
        }
        const compiler = COMPILER_LINE.exec(line);
        if (compiler) {
            const [, file, lineNumber, column, message] = compiler;
            if (header && !buildErrors.has(header))
                buildErrors.set(header, `${file}:${lineNumber}:${column}: ${message}`);
            tally.findings.push({ level: 'error', message, file, line: Number(lineNumber), column: Number(column), code: 'go build' });
            return true;
        }
        const broken = BROKEN_PACKAGE.exec(line);
        if (broken) {
            brokenPackages.set(broken[1], broken[2]);
            return true;
        }
        if (GO_ERROR.test(line)) {
            goError ??= line.slice(0, 300);
            return true;
        }
        return false;
    };
    const readJson = (event) => {
        const action = typeof event.Action === 'string' ? event.Action : '';
        const pkgName = typeof event.Package === 'string' ? event.Package : typeof event.ImportPath === 'string' ? event.ImportPath.split(' ')[0] : '';
        if (action === 'build-output' && typeof event.Output === 'string') {
            for (const line of event.Output.split('\n'))
                readCompilerLine(line);
            return;
        }
        if (action === 'build-fail') {
            brokenPackages.set(pkgName, 'build failed');
            return;
        }
        if (!pkgName)
            return;
        let pkg = packages.get(pkgName);
        if (!pkg) {
            pkg = { running: new Set(), failedParents: new Set(), closed: false };
            packages.set(pkgName, pkg);
        }
        const test = typeof event.Test === 'string' ? event.Test : undefined;
        if (!test) {
            if (action === 'output' && typeof event.Output === 'string')
                readCompilerLine(event.Output.replace(/\n$/, ''));
            if (action === 'pass' || action === 'fail' || action === 'skip') {
                pkg.closed = true;
                if (action === 'fail' && typeof event.FailedBuild === 'string')
                    brokenPackages.set(pkgName, 'build failed');
                // A test still running when its package failed never finished: the binary crashed or panicked.
                for (const name of pkg.running) {
                    if (!name.includes('/'))
                        tally.add(0, 1, 0);
                    tally.addFailing(`${name} (did not finish)`);
                }
                pkg.running.clear();
            }
            return;
        }
        const key = `${pkgName}\u0000${test}`;
        switch (action) {
            case 'run':
                pkg.running.add(test);
                return;
            case 'output': {
                const location = typeof event.Output === 'string' ? TEST_LOCATION.exec(event.Output.replace(/\n$/, '')) : null;
                if (location && !jsonLocations.has(key) && jsonLocations.size < 10_000) {
                    jsonLocations.set(key, { level: 'error', message: `${test}: ${location[3]}`.slice(0, 300), file: fileIn(pkgName, location[1]), line: Number(location[2]), code: test });
                }
                return;
            }
            case 'pass':
            case 'skip':
            case 'fail': {
                pkg.running.delete(test);
                const location = jsonLocations.get(key);
                jsonLocations.delete(key);
                const topLevel = !test.includes('/');
                if (action === 'fail') {
                    if (topLevel)
                        tally.add(0, 1, 0);
                    else
                        pkg.failedParents.add(test.slice(0, test.lastIndexOf('/')));
                    if (!pkg.failedParents.has(test) && tally.addFailing(test) && location)
                        tally.findings.push(location);
                }
                else if (topLevel)
                    tally.add(action === 'pass' ? 1 : 0, 0, action === 'skip' ? 1 : 0);
                return;
            }
        }
    };
    const readPlain = (line) => {
        const test = TEST_LINE.exec(line);
        if (test) {
            const [, indent, status, name] = test;
            if (indent === '' && !name.includes('/')) {
                if (status === 'PASS')
                    pending.passed++;
                else if (status === 'FAIL')
                    pending.failed++;
                else
                    pending.skipped++;
            }
            current = name;
            // Without -v a failure's messages follow its line; with -v they came before it, under `=== RUN`.
            awaiting = status === 'FAIL' ? name : undefined;
            if (status === 'FAIL' && !pending.failing.includes(name) && pending.failing.length < 1000)
                pending.failing.push(name);
            return;
        }
        const run = RUN_LINE.exec(line);
        if (run) {
            current = run[1];
            awaiting = undefined;
            return;
        }
        const location = TEST_LOCATION.exec(line);
        if (location) {
            const owner = awaiting ?? current;
            if (owner && !locations.has(owner) && locations.size < 10_000) {
                locations.set(owner, { level: 'error', message: `${owner}: ${location[3]}`.slice(0, 300), file: location[1], line: Number(location[2]), code: owner });
            }
            return;
        }
        const ok = OK_PACKAGE.exec(line);
        const failed = ok ? null : FAIL_PACKAGE.exec(line);
        const none = ok || failed ? null : NO_TEST_FILES.exec(line);
        if (!ok && !failed && !none)
            return;
        const pkg = (ok ?? failed ?? none)[1];
        plainResults++;
        if (ok && pending.passed + pending.failed + pending.skipped === 0 && !/\[no tests to run\]/.test(ok[2]))
            pending.passed = 1;
        if (failed && pending.failed === 0) {
            pending.failed = 1;
            pending.failing.push(`${pkg} (package failed)`);
        }
        tally.add(pending.passed, pending.failed, pending.skipped);
        for (const name of pending.failing) {
            // A parent fails with its subtest; the subtest is the one to name.
            if (pending.failing.some((other) => other.startsWith(`${name}/`)))
                continue;
            const finding = locations.get(name);
            if (tally.addFailing(name) && finding)
                tally.findings.push({ ...finding, file: fileIn(pkg, finding.file) });
        }
        pending = { passed: 0, failed: 0, skipped: 0, failing: [] };
        locations.clear();
        current = undefined;
        awaiting = undefined;
    };
    return {
        name: 'go-test',
        onLine(line) {
            if (line.startsWith('{')) {
                let event;
                try {
                    event = JSON.parse(line);
                }
                catch {
                    event = undefined;
                }
                if (event && typeof event === 'object' && typeof event.Action === 'string') {
                    sawJson = true;
                    readJson(event);
                    return;
                }
            }
            if (readCompilerLine(line))
                return;
            // With -json every line of a test's own is inside an event: a bare result line is not go's.
            if (!sawJson)
                readPlain(line);
        },
        finish(_process) {
            for (const [pkg, kind] of brokenPackages) {
                const first = buildErrors.get(pkg);
                if (kind === 'setup failed')
                    tally.markIncomplete(`go test could not load ${pkg} (setup failed)${first ? `: ${first}` : ''}`);
                else
                    tally.addBrokenSuite(`${pkg} does not build${first ? `: ${first}` : ''}`);
            }
            if (sawJson) {
                const open = [...packages].filter(([, pkg]) => !pkg.closed).map(([name]) => name);
                if (open.length > 0)
                    tally.markIncomplete(`go test never reported a result for ${open.slice(0, 3).join(', ')}${open.length > 3 ? ', …' : ''}`);
                else if (tally.counts === null && packages.size > 0)
                    tally.add(0, 0, 0);
            }
            else if (plainResults === 0 && pending.passed + pending.failed + pending.skipped > 0) {
                tally.markIncomplete('go test printed test results but no package result (ok/FAIL) line');
            }
            if (tally.counts === null && brokenPackages.size === 0 && goError)
                tally.markIncomplete(`go test could not run: ${goError}`);
            return tally.toParsed();
        }
    };
}
/** Flags after which go-no-go leaves a go test command alone: it already lists tests, or runs none. */
const GO_TEST_OWN_OUTPUT = /^-(?:-?(?:json|v|c|o|list|h|help|args|exec))(?:=|$)/;
const goTest = {
    name: 'go-test',
    detect: (invocation) => goSubcommand(invocation) === 'test',
    create: createGoTestParser,
    adjustCommand(invocation) {
        if (invocation.program !== 'go' || invocation.viaNpx || invocation.args.some((arg) => GO_TEST_OWN_OUTPUT.test(arg)))
            return undefined;
        // -v goes straight after `test`: words after -args belong to the test binary.
        const at = invocation.words.indexOf('test', invocation.programIndex + 1);
        if (at === -1)
            return undefined;
        return { words: [...invocation.words.slice(0, at + 1), '-v', ...invocation.words.slice(at + 1)] };
    }
};

;// CONCATENATED MODULE: ./src/gates/parsers/go-vet.ts


function createGoVetParser() {
    const findings = new BoundedList();
    let errors = 0;
    let goError;
    let otherLine;
    let pkg;
    return {
        name: 'go-vet',
        onLine(line) {
            const header = PACKAGE_HEADER.exec(line);
            if (header) {
                pkg = header[1];
                return;
            }
            const finding = COMPILER_LINE.exec(line);
            if (finding) {
                const [, file, lineNumber, column, message] = finding;
                errors++;
                findings.push({
                    level: 'error',
                    message,
                    file,
                    line: Number(lineNumber),
                    column: Number(column),
                    code: line.startsWith('vet: ') ? 'go vet (type check)' : `go vet${pkg ? ` ${pkg}` : ''}`
                });
                return;
            }
            if (GO_ERROR.test(line))
                goError ??= line.slice(0, 300);
            else if (line.trim() !== '')
                otherLine ??= line.trim().slice(0, 300);
        },
        finish(process) {
            if (goError && errors === 0)
                return { kind: 'lint', counts: null, findings: [], problem: { status: 'error', message: `go vet could not run: ${goError}` } };
            if (process.exitCode !== 0 && errors === 0) {
                return {
                    kind: 'lint',
                    counts: null,
                    findings: [],
                    problem: { status: 'error', message: `go vet exited ${process.exitCode ?? process.signal} without a finding${otherLine ? `: ${otherLine}` : ''}` }
                };
            }
            return { kind: 'lint', counts: { warnings: 0, errors }, findings: findings.items };
        }
    };
}
const goVet = {
    name: 'go-vet',
    detect: (invocation) => goSubcommand(invocation) === 'vet',
    create: createGoVetParser
};

;// CONCATENATED MODULE: ./src/gates/parsers/json-stream.ts
/**
 * Tools that print JSON values one after another, indented over many lines (govulncheck -json), or
 * one whole array (ruff, pip-audit), with progress text around them on the merged stream. Lines
 * are fed in; each top-level value comes out parsed as soon as its closing bracket arrives, and
 * every line that is not part of one comes out as text. A value larger than the cap is dropped and
 * counted, so a flood cannot grow memory.
 */
const JSON_START = /^\s*[[{]\s*(?:$|["{[\]}\d-]|true\b|false\b|null\b)/;
class JsonValueStream {
    handlers;
    maxChars;
    parts = [];
    size = 0;
    depth = 0;
    inString = false;
    escaped = false;
    /** Values dropped because they were larger than the cap. */
    oversized = 0;
    /** Values that looked like JSON but did not parse. */
    malformed = 0;
    constructor(handlers, maxChars = 16 * 1024 * 1024) {
        this.handlers = handlers;
        this.maxChars = maxChars;
    }
    onLine(line) {
        if (this.depth === 0) {
            // `[*] 1 fixable…` or `[notice] …` open a bracket too; JSON goes on with a value or ends the line.
            if (!JSON_START.test(line)) {
                this.handlers.text(line);
                return;
            }
            this.parts = [];
            this.size = 0;
            this.inString = false;
            this.escaped = false;
        }
        this.scan(line);
        if (this.size <= this.maxChars)
            this.parts.push(line);
        this.size += line.length + 1;
        if (this.depth > 0)
            return;
        const lines = this.parts;
        this.parts = [];
        if (this.size > this.maxChars) {
            this.oversized++;
            return;
        }
        let parsed;
        try {
            parsed = JSON.parse(lines.join('\n'));
        }
        catch {
            // `[*] 1 fixable with the --fix option` opens and closes a bracket and is text.
            if (lines.length === 1)
                this.handlers.text(line);
            else
                this.malformed++;
            return;
        }
        this.handlers.value(parsed);
    }
    /** Whether a value was still open when the output ended (the tool was cut short). */
    get unfinished() {
        return this.depth > 0;
    }
    scan(line) {
        for (const character of line) {
            if (this.inString) {
                if (this.escaped)
                    this.escaped = false;
                else if (character === '\\')
                    this.escaped = true;
                else if (character === '"')
                    this.inString = false;
                continue;
            }
            if (character === '"')
                this.inString = true;
            else if (character === '{' || character === '[')
                this.depth++;
            else if (character === '}' || character === ']') {
                this.depth--;
                if (this.depth === 0)
                    return;
            }
        }
        // A string cannot span lines in JSON; a quote left open means this was not JSON.
        if (this.inString) {
            this.inString = false;
            this.depth = Math.max(this.depth, 0);
        }
    }
}

;// CONCATENATED MODULE: ./src/gates/parsers/govulncheck.ts



const FAILED = /^govulncheck: (.+)$/;
const NO_VULNERABILITIES = /^No vulnerabilities found\.?$/;
const AFFECTED = /^Your code is affected by (\d+) vulnerabilit(?:y|ies)/;
const govulncheck_SECTION = /^=== (\w+) Results ===$/;
const VULNERABILITY = /^Vulnerability #\d+: (\S+)$/;
function createGovulncheckParser() {
    const osvs = new Map();
    /** Per vulnerability: whether the code calls it, and where, with the module's found/fixed versions. */
    const found = new Map();
    let sawConfig = false;
    let oldReport = false;
    let failure;
    let clean = false;
    let statedCalled;
    let section;
    const textCalled = new Set();
    const note = (id, called, details) => {
        const known = found.get(id);
        if (!known)
            found.set(id, { called, ...details });
        else if (called && !known.called)
            found.set(id, { ...known, called, ...details });
    };
    const json = new JsonValueStream({
        value(value) {
            if (!value || typeof value !== 'object')
                return;
            const message = value;
            if (message.config)
                sawConfig = true;
            if (message.osv && typeof message.osv.id === 'string')
                osvs.set(message.osv.id, message.osv);
            if (message.finding && typeof message.finding.osv === 'string') {
                const trace = Array.isArray(message.finding.trace) ? message.finding.trace : [];
                const vulnerable = trace[0];
                // The frame in the user's code is the last one of a call trace.
                const caller = trace.length > 1 ? trace[trace.length - 1] : undefined;
                const position = caller?.position;
                note(message.finding.osv, typeof vulnerable?.function === 'string', {
                    ...(typeof vulnerable?.module === 'string' ? { module: vulnerable.module } : {}),
                    ...(typeof vulnerable?.version === 'string' ? { version: vulnerable.version } : {}),
                    ...(typeof message.finding.fixed_version === 'string' ? { fixed: message.finding.fixed_version } : {}),
                    ...(position && typeof position.filename === 'string'
                        ? { where: { file: position.filename, line: Number(position.line) || undefined, column: Number(position.column) || undefined } }
                        : {})
                });
            }
            if ('Vulns' in message) {
                oldReport = true;
                for (const vuln of Array.isArray(message.Vulns) ? message.Vulns : [])
                    readOldVuln(vuln);
            }
        },
        text(line) {
            const failed = FAILED.exec(line);
            if (failed) {
                failure ??= failed[1].slice(0, 300);
                return;
            }
            if (NO_VULNERABILITIES.test(line)) {
                clean = true;
                return;
            }
            const affected = AFFECTED.exec(line);
            if (affected) {
                statedCalled = Number(affected[1]);
                return;
            }
            const heading = govulncheck_SECTION.exec(line);
            if (heading) {
                section = heading[1];
                return;
            }
            const vulnerability = VULNERABILITY.exec(line);
            if (vulnerability && (section === undefined || section === 'Symbol'))
                textCalled.add(vulnerability[1]);
        }
    });
    const readOldVuln = (vuln) => {
        const id = typeof vuln?.OSV?.id === 'string' ? vuln.OSV.id : undefined;
        if (!id)
            return;
        osvs.set(id, vuln.OSV);
        for (const module of Array.isArray(vuln.Modules) ? vuln.Modules : []) {
            const stacks = (module.Packages ?? []).flatMap((pkg) => (Array.isArray(pkg.CallStacks) ? pkg.CallStacks : []));
            const first = stacks[0];
            const position = first?.Frames?.[0]?.Position;
            note(id, stacks.length > 0, {
                ...(typeof module.Path === 'string' ? { module: module.Path } : {}),
                ...(typeof module.FoundVersion === 'string' ? { version: module.FoundVersion } : {}),
                ...(typeof module.FixedVersion === 'string' ? { fixed: module.FixedVersion } : {}),
                ...(position && typeof position.Filename === 'string'
                    ? { where: { file: position.Filename, line: Number(position.Line) || undefined, column: Number(position.Column) || undefined } }
                    : {})
            });
        }
    };
    return {
        name: 'govulncheck',
        onLine: (line) => json.onLine(line),
        finish(process) {
            if (failure)
                return auditProblem(`govulncheck could not run: ${failure}`);
            const tally = new AuditTally();
            if (sawConfig || oldReport) {
                if (json.unfinished || json.oversized > 0 || json.malformed > 0)
                    return auditProblem('govulncheck’s JSON output was cut short or could not be read');
                for (const [id, vuln] of found) {
                    const osv = osvs.get(id);
                    const title = typeof osv?.summary === 'string' && osv.summary ? osv.summary : typeof osv?.details === 'string' ? osv.details.split('\n')[0] : '';
                    const module = vuln.module ? `${vuln.module}${vuln.version ? `@${vuln.version}` : ''}` : '';
                    const text = `${id}${module ? ` in ${module}` : ''}${vuln.fixed ? ` (fixed in ${vuln.fixed})` : ''}${title ? `: ${title}` : ''}`.slice(0, 300);
                    if (!vuln.called) {
                        tally.addWarning({ level: 'warning', message: `${text} — imported or required, not called`.slice(0, 300), code: id });
                        continue;
                    }
                    const where = vuln.where?.file
                        ? { file: vuln.where.file, ...(vuln.where.line ? { line: vuln.where.line } : {}), ...(vuln.where.column ? { column: vuln.where.column } : {}) }
                        : {};
                    tally.addVulnerabilities(severityOf(osv), 1, { level: 'error', message: text, code: id, ...where });
                }
                return tally.toParsed();
            }
            if (statedCalled !== undefined || textCalled.size > 0) {
                for (const id of textCalled)
                    tally.addVulnerabilities('unknown', 1, { level: 'error', message: id, code: id });
                tally.addVulnerabilities('unknown', (statedCalled ?? 0) - textCalled.size);
                return tally.toParsed();
            }
            if (clean && process.exitCode === 0)
                return tally.toParsed();
            return auditProblem(`govulncheck could not run: no report in the output (exit ${process.exitCode ?? process.signal})`);
        }
    };
}
/** A CVSS score in the OSV entry when there is one; Go's own database gives none. */
function severityOf(osv) {
    for (const entry of Array.isArray(osv?.severity) ? osv.severity : []) {
        const severity = severityFromCvss(entry?.score);
        if (severity !== 'unknown')
            return severity;
    }
    return 'unknown';
}
const govulncheck = {
    name: 'govulncheck',
    detect: (invocation) => invocation.program === 'govulncheck' || (invocation.program === 'go' && invocation.args[0] === 'run' && /govulncheck/.test(invocation.args[1] ?? '')),
    create: createGovulncheckParser
};

;// CONCATENATED MODULE: ./src/gates/parsers/js-report.ts
/**
 * jest's `--json` report and vitest's `json` reporter (which copies jest's shape): counts, failing
 * tests with where they failed, and suites that never ran. The report is written by the runner's
 * own process from its results, so nothing a test prints can change it.
 */


const SEPARATOR = { jest: ' › ', vitest: ' > ' };
/**
 * Adds the report to the tally; false when the text is not such a report at all (the caller then
 * says so). Totals that do not add up make the run incomplete rather than trusted.
 */
function readJestStyleReport(text, tally, tool) {
    let report;
    try {
        report = JSON.parse(text);
    }
    catch {
        return false;
    }
    if (!report || typeof report !== 'object' || !Array.isArray(report.testResults))
        return false;
    const [passed, failed, pending, todo, total] = [report.numPassedTests, report.numFailedTests, report.numPendingTests, report.numTodoTests ?? 0, report.numTotalTests];
    if (![passed, failed, pending, todo, total].every(isCount)) {
        tally.markIncomplete(`the ${tool} report has no readable test counts`);
        return true;
    }
    const [p, f, s, t, all] = [passed, failed, pending, todo, total];
    if (p + f + s + t !== all) {
        tally.markIncomplete(`the ${tool} report's counts do not add up (${p} passed, ${f} failed, ${s + t} skipped of ${all})`);
        return true;
    }
    tally.add(p, f, s + t);
    if (report.wasInterrupted === true)
        tally.markIncomplete(`${tool} was interrupted before all suites ran`);
    for (const suite of report.testResults)
        readSuite(suite, tally, tool);
    const runtimeErrors = report.numRuntimeErrorTestSuites;
    if (isCount(runtimeErrors) && runtimeErrors > tally.brokenSuites.length) {
        for (let i = tally.brokenSuites.length; i < runtimeErrors; i++)
            tally.addBrokenSuite('');
    }
    return true;
}
function readSuite(suite, tally, tool) {
    if (!suite || typeof suite !== 'object')
        return;
    const file = typeof suite.name === 'string' ? suite.name : undefined;
    const assertions = Array.isArray(suite.assertionResults) ? suite.assertionResults : [];
    if (suite.status === 'failed' && (assertions.length === 0 || suite.testExecError)) {
        const reason = suiteReason(suite.message);
        const base = file ? file.slice(file.lastIndexOf('/') + 1) : undefined;
        // Name the file unless the runner's own reason already does.
        tally.addBrokenSuite(base && !reason.includes(base) ? `${base}: ${reason}` : reason);
    }
    for (const assertion of assertions) {
        if (!assertion || assertion.status !== 'failed')
            continue;
        const titles = Array.isArray(assertion.ancestorTitles) ? assertion.ancestorTitles.filter((title) => typeof title === 'string') : [];
        const name = [...titles, typeof assertion.title === 'string' ? assertion.title : String(assertion.fullName ?? '')].join(SEPARATOR[tool]);
        if (!tally.addFailing(name))
            continue;
        const where = failureLocation(assertion, file);
        if (where)
            tally.addLocation(name.trim(), where.file, where.line, where.column);
    }
}
/** The line that says why a suite did not run, under jest's "● Test suite failed to run" header. */
function suiteReason(message) {
    if (typeof message !== 'string')
        return '';
    const lines = message
        .split('\n')
        .map((line) => stripControl(line).trim())
        .filter((line) => line !== '' && !line.startsWith('●'));
    return (lines[0] ?? '').slice(0, 200);
}
function failureLocation(assertion, file) {
    const location = assertion.location;
    if (file && location && isCount(location.line) && location.line > 0) {
        return { file, line: location.line, ...(isCount(location.column) ? { column: location.column } : {}) };
    }
    const messages = Array.isArray(assertion.failureMessages) ? assertion.failureMessages.filter((text) => typeof text === 'string') : [];
    let fallback;
    for (const line of (messages[0] ?? '').split('\n')) {
        const frame = stackFrameLocation(line);
        if (!frame || !isProjectFrame(frame.file))
            continue;
        // A frame in the test file itself is where the assertion sits; a helper's frame is second best.
        if (file === undefined || frame.file === file)
            return frame;
        fallback ??= frame;
    }
    return fallback;
}
function isCount(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
/** The command was adjusted to write a report and there is none: the run did not finish as a run. */
function failedReport(tally, tool, report) {
    tally.markIncomplete(`${tool} did not write its report (${report.problem ?? 'unreadable'})${tally.exitCause ? `: ${tally.exitCause}` : ''}`);
}

;// CONCATENATED MODULE: ./src/gates/parsers/jest.ts



const SUITES_LINE = /^Test Suites: /;
const TESTS_LINE = /^Tests:\s+(.+)$/;
const SNAPSHOTS_LINE = /^Snapshots:\s/;
const FAILURE_HEADER = /^\s*● (.+)$/;
const NOT_A_TEST = /^(?:Test suite failed to run|Console$|.*(?:Warning|Deprecation|Validation Error):?$)/;
// jest's own words for a non-zero exit that no test explains.
const EXIT_CAUSE = /^(?:Jest: .*(?:threshold|not met|coverage).*|No tests found, exiting with code \d+.*|Jest: Coverage data for .* was not found\.?)$/;
const NO_TESTS = /^No tests found, exiting with code \d+/;
function count(text, word) {
    return Number(new RegExp(`(\\d+) ${word}\\b`).exec(text)?.[1] ?? 0);
}
/** `1 failed, 1 skipped, 2 todo, 3 passed, 7 total`, only when the parts add up to the total. */
function readJestTests(text) {
    const total = /(\d+) total\b/.exec(text);
    if (!total)
        return undefined;
    const counts = { passed: count(text, 'passed'), failed: count(text, 'failed'), skipped: count(text, 'skipped') + count(text, 'todo') + count(text, 'pending') };
    return counts.passed + counts.failed + counts.skipped === Number(total[1]) ? counts : undefined;
}
function createJestReader(target, context) {
    // What the printed output says, kept apart: a report, when there is one, replaces it.
    const tally = new TestTally();
    const summaries = new RunSummaries();
    let previous = '';
    let awaitingFrame;
    let brokenSuite = false;
    let brokenReason;
    let pending;
    return {
        onLine(line) {
            const before = previous;
            previous = line;
            // The block is `Test Suites:`, `Tests:`, `Snapshots:`: counts count once the block is whole.
            if (pending) {
                if (SNAPSHOTS_LINE.test(line))
                    summaries.push(pending);
                pending = undefined;
            }
            const tests = SUITES_LINE.test(before) ? TESTS_LINE.exec(line) : null;
            const counts = tests ? readJestTests(tests[1]) : undefined;
            if (counts) {
                pending = counts;
                return;
            }
            if (EXIT_CAUSE.test(line)) {
                tally.addExitCause(line);
                return;
            }
            const header = FAILURE_HEADER.exec(line);
            if (header) {
                awaitingFrame = undefined;
                if (brokenSuite)
                    tally.addBrokenSuite(brokenReason ?? '');
                brokenSuite = header[1].startsWith('Test suite failed to run');
                brokenReason = undefined;
                if (!brokenSuite && !NOT_A_TEST.test(header[1]) && tally.addFailing(header[1]))
                    awaitingFrame = header[1].trim();
                return;
            }
            if (brokenSuite && brokenReason === undefined && line.trim() !== '') {
                // The first line under the header says why (a missing module, a syntax error).
                brokenReason = line.trim();
                tally.addBrokenSuite(brokenReason);
                brokenSuite = false;
                return;
            }
            const frame = awaitingFrame ? stackFrameLocation(line) : undefined;
            // The first frame in the project's own code is where the assertion sits.
            if (frame && awaitingFrame && isProjectFrame(frame.file)) {
                tally.addLocation(awaitingFrame, frame.file, frame.line, frame.column);
                awaitingFrame = undefined;
            }
        },
        finish(artifacts) {
            if (brokenSuite && brokenReason === undefined)
                tally.addBrokenSuite('');
            const report = artifacts?.report;
            if (report) {
                // The runner's stated cause for its exit is only in what it printed.
                if (tally.exitCause)
                    target.addExitCause(tally.exitCause);
                if (report.text !== undefined && readJestStyleReport(report.text, target, 'jest'))
                    return;
                if (!report.tooLarge) {
                    failedReport(target, 'jest', report);
                    return;
                }
            }
            summaries.addTo(tally, context);
            // "No tests found" prints no summary: no test ran, which is the run's result.
            if (summaries.count === 0 && tally.exitCause !== undefined && NO_TESTS.test(tally.exitCause))
                tally.add(0, 0, 0);
            target.merge(tally);
        }
    };
}
function createJestParser(context = { singleRun: false }) {
    return parserFromReaders('jest', context, [createJestReader]);
}
/** Flags after which go-no-go leaves a jest command alone: the user chose the output, or jest will not run tests. */
const JEST_OWN_OUTPUT = /^--(?:json|outputFile|listTests|showConfig|watch|watchAll|help|version|init|clearCache|findRelatedTests)(?:=|$)|^-[hv]$|^--$/;
const jest = {
    name: 'jest',
    detect: (invocation) => isTool(invocation, 'jest'),
    create: createJestParser,
    adjustCommand(invocation, files) {
        if (invocation.program !== 'jest' || invocation.args.some((arg) => JEST_OWN_OUTPUT.test(arg)))
            return undefined;
        return { words: [...invocation.words, '--json', `--outputFile=${command_words_shellQuote(files.reportPath)}`] };
    }
};
/** `jest …`, `npx jest`, `yarn jest`, `pnpm exec jest`, `pnpm dlx vitest`. */
function isTool(invocation, tool) {
    if (invocation.program === tool)
        return true;
    if (!['npm', 'pnpm', 'yarn'].includes(invocation.program))
        return false;
    const [first, second] = invocation.args.filter((arg) => !arg.startsWith('-'));
    return (first === 'exec' || first === 'dlx' ? second : first) === tool;
}

;// CONCATENATED MODULE: ./src/gates/parsers/mocha.ts


const PASSING = /^ {2}(\d+) passing \(\d+(?:\.\d+)?(?:ms|s|m|h)\)$/;
const FOLLOWING = /^ {2}(\d+) (pending|failing)$/;
const FAILURE_ENTRY = /^ {2}(\d+)\) (.+)$/;
// What mocha or node prints when a test file is missing a module or does not parse, before any test ran.
const LOAD_ERROR = /^\s*(?:Exception during run: )?(\w*Error(?: \[[A-Z_]+\])?: .+)$/;
function createMochaReader(tally, context) {
    const summaries = new RunSummaries();
    let block;
    let sawSummary = false;
    let title;
    let awaitingFrame;
    let loadError;
    let previous = '';
    const closeBlock = () => {
        if (block)
            summaries.push({ passed: block.passing, failed: block.failing, skipped: block.pending });
        block = undefined;
    };
    return {
        onLine(line) {
            const before = previous;
            previous = line;
            // mocha prints a blank line before its closing block.
            const passing = before.trim() === '' ? PASSING.exec(line) : null;
            if (passing) {
                closeBlock();
                sawSummary = true;
                block = { passing: Number(passing[1]), pending: 0, failing: 0, next: 0 };
                return;
            }
            const following = block ? FOLLOWING.exec(line) : null;
            if (block && following) {
                // `pending` comes before `failing`; anything else ends the block.
                const order = following[2] === 'pending' ? 1 : 2;
                if (order > block.next) {
                    block[following[2] === 'pending' ? 'pending' : 'failing'] = Number(following[1]);
                    block.next = order;
                    return;
                }
            }
            closeBlock();
            if (!sawSummary) {
                // A bare error line is mocha's only when mocha is all that ran; mocha ≥ 10 says so itself.
                const error = LOAD_ERROR.exec(line);
                if (error && (context.singleRun || line.includes('Exception during run:')))
                    loadError ??= error[1];
                return;
            }
            if (title) {
                const trimmed = line.trim();
                if (trimmed !== '')
                    title.parts.push(trimmed);
                if (trimmed.endsWith(':') || trimmed === '') {
                    const name = title.parts.join(' ').replace(/:$/, '');
                    title = undefined;
                    if (tally.addFailing(name))
                        awaitingFrame = name;
                }
                return;
            }
            const entry = FAILURE_ENTRY.exec(line);
            if (entry) {
                awaitingFrame = undefined;
                title = { number: Number(entry[1]), parts: [] };
                const first = entry[2].trim();
                title.parts.push(first);
                if (first.endsWith(':')) {
                    const name = first.replace(/:$/, '');
                    title = undefined;
                    if (tally.addFailing(name))
                        awaitingFrame = name;
                }
                return;
            }
            const frame = awaitingFrame ? stackFrameLocation(line) : undefined;
            if (frame && awaitingFrame && isProjectFrame(frame.file)) {
                tally.addLocation(awaitingFrame, frame.file, frame.line, frame.column);
                awaitingFrame = undefined;
            }
        },
        finish(_artifacts) {
            closeBlock();
            summaries.addTo(tally, context);
            if (summaries.count === 0 && loadError !== undefined)
                tally.addBrokenSuite(loadError);
        }
    };
}
function createMochaParser(context = { singleRun: false }) {
    return parserFromReaders('mocha', context, [createMochaReader]);
}
const mocha = {
    name: 'mocha',
    detect: (invocation) => isTool(invocation, 'mocha') || invocation.program === '_mocha',
    create: createMochaParser
};

;// CONCATENATED MODULE: ./src/gates/parsers/node-test-reporter.ts
/**
 * The reporter module go-no-go hands `node --test` (written into the gate's scratch directory and
 * passed as `--test-reporter`). It runs inside the user's test runner, so it is plain JavaScript for
 * any Node with custom reporters (≥ 18.17), never throws, and writes one JSON object per line with
 * only what the parser reads: results and the run's closing counts. What tests print
 * (`test:stdout`) is left out on purpose: it is not a result, whatever it looks like. What a test
 * file printed to stderr is kept, a few lines, because it says why a file failed to load.
 */
const NODE_TEST_REPORTER_FILE = 'go-no-go-node-test-reporter.mjs';
const NODE_TEST_REPORTER_SOURCE = `// Written by go-no-go: records node --test results as JSON lines for the gate's parser.
const MAX_TEXT = 300
const MAX_STDERR_PER_FILE = 20
const text = (value) => {
  try {
    return String(value ?? '').slice(0, MAX_TEXT)
  } catch {
    return ''
  }
}
const stderrLines = new Map()
function record(event) {
  const data = (event && event.data) || {}
  switch (event && event.type) {
    case 'test:pass':
    case 'test:fail': {
      const details = data.details || {}
      const error = details.error || {}
      const cause = error.cause || {}
      return {
        type: event.type === 'test:pass' ? 'pass' : 'fail',
        name: text(data.name),
        nesting: Number(data.nesting) || 0,
        file: data.file === undefined ? undefined : text(data.file),
        line: data.line,
        column: data.column,
        suite: details.type === 'suite',
        skip: data.skip !== undefined && data.skip !== false,
        todo: data.todo !== undefined && data.todo !== false,
        failureType: error.failureType === undefined ? undefined : text(error.failureType),
        message: event.type === 'test:fail' ? text((cause && cause.message) || error.message || cause) : undefined
      }
    }
    case 'test:plan':
      return data.file === undefined && !data.nesting ? { type: 'plan', count: data.count } : undefined
    case 'test:diagnostic':
      return data.file === undefined && !data.nesting ? { type: 'diagnostic', message: text(data.message) } : undefined
    case 'test:summary':
      return data.file === undefined ? { type: 'summary', counts: data.counts, success: data.success } : undefined
    case 'test:stderr': {
      const file = text(data.file)
      const seen = stderrLines.get(file) || 0
      if (seen >= MAX_STDERR_PER_FILE) return undefined
      stderrLines.set(file, seen + 1)
      return { type: 'stderr', file, message: text(data.message) }
    }
    default:
      return undefined
  }
}
export default async function* goNoGoReporter(source) {
  for await (const event of source) {
    let line
    try {
      const entry = record(event)
      if (entry) line = JSON.stringify(entry) + '\\n'
    } catch {
      line = undefined
    }
    if (line) yield line
  }
  yield JSON.stringify({ type: 'end' }) + '\\n'
}
`;

;// CONCATENATED MODULE: ./src/gates/parsers/node-test.ts




const SUMMARY_KEYS = ['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo', 'duration_ms'];
const node_test_SUMMARY = /^(#|ℹ) ([a-z_]+) (\d+(?:\.\d+)?)$/;
const TAP_PLAN = /^1\.\.\d+$/;
const TAP_NOT_OK = /^(\s*)not ok \d+ - (.+)$/;
const TAP_DIRECTIVE = / # (?:TODO|SKIP)\b/i;
const YAML_FIELD = /^\s+(location|failureType|type): '?([^']*)'?$/;
const YAML_END = /^\s+\.\.\.$/;
// In the spec reporter's closing list: `test at file:line:col`, then `✖ name (1.2ms)`.
const SPEC_LOCATION = /^test at (.+)$/;
const SPEC_FAILED = /^✖ (.+) \((\d+(?:\.\d+)?m?s)\)$/;
// node's own words for a non-zero exit that no failing test explains (coverage thresholds, Node ≥ 22).
const node_test_EXIT_CAUSE = /^(?:(?:#|ℹ) )?Error: \d+(?:\.\d+)?% (?:line|branch|function) coverage does not meet threshold of \d+(?:\.\d+)?%\.?$/;
function blockCounts(block) {
    const { tests = -1, pass = 0, fail = 0, cancelled = 0, skipped = 0, todo = 0 } = block;
    // Cancelled tests did not pass: they count as failed.
    return pass + fail + cancelled + skipped + todo === tests ? { passed: pass, failed: fail + cancelled, skipped: skipped + todo } : undefined;
}
function createNodeTestReader(target, context) {
    // What the printed output says, kept apart: the reporter file, when there is one, replaces it.
    const tally = new TestTally();
    const summaries = new RunSummaries();
    let block;
    let blockStyle;
    let previous = '';
    let tapFailure;
    let inFailingList = false;
    let specLocation;
    const closeTapFailure = () => {
        const failure = tapFailure;
        tapFailure = undefined;
        if (!failure || failure.failureType === 'subtestsFailed' || failure.suite)
            return;
        nameFailure(tally, failure.name, failure.location, failure.failureType);
    };
    const readSummary = (line, before) => {
        const summary = node_test_SUMMARY.exec(line);
        const key = summary?.[2];
        if (!summary || !key || !SUMMARY_KEYS.includes(key)) {
            block = undefined;
            return false;
        }
        if (key === 'tests') {
            // TAP puts the run's plan right before its counts; spec has none.
            block = summary[1] === 'ℹ' || TAP_PLAN.test(before) ? { tests: Number(summary[3]) } : undefined;
            blockStyle = summary[1];
            return true;
        }
        const expected = block ? SUMMARY_KEYS[Object.keys(block).length] : undefined;
        if (!block || summary[1] !== blockStyle || key !== expected) {
            block = undefined;
            return true;
        }
        block[key] = Number(summary[3]);
        if (key === 'duration_ms') {
            const counts = blockCounts(block);
            if (counts)
                summaries.push(counts);
            block = undefined;
        }
        return true;
    };
    return {
        onLine(line) {
            const before = previous;
            previous = line;
            if (tapFailure) {
                const field = YAML_FIELD.exec(line);
                if (field) {
                    if (field[1] === 'location')
                        tapFailure.location = field[2];
                    else if (field[1] === 'failureType')
                        tapFailure.failureType = field[2];
                    else
                        tapFailure.suite = field[2] === 'suite';
                    return;
                }
                if (YAML_END.test(line)) {
                    closeTapFailure();
                    return;
                }
            }
            if (readSummary(line, before))
                return;
            if (node_test_EXIT_CAUSE.test(line)) {
                tally.addExitCause(line.replace(/^(?:#|ℹ) /, ''));
                return;
            }
            const notOk = TAP_NOT_OK.exec(line);
            if (notOk) {
                closeTapFailure();
                if (!TAP_DIRECTIVE.test(notOk[2]))
                    tapFailure = { name: notOk[2].trim(), suite: false };
                return;
            }
            if (line === '✖ failing tests:') {
                inFailingList = true;
                return;
            }
            if (!inFailingList)
                return;
            const location = SPEC_LOCATION.exec(line);
            if (location) {
                specLocation = location[1];
                return;
            }
            const failed = SPEC_FAILED.exec(line);
            if (failed && specLocation !== undefined) {
                nameFailure(tally, failed[1], specLocation);
                specLocation = undefined;
            }
        },
        finish(artifacts) {
            closeTapFailure();
            const report = artifacts?.report;
            if (report) {
                if (tally.exitCause)
                    target.addExitCause(tally.exitCause);
                if (report.text !== undefined && readNodeReport(report.text, target))
                    return;
                if (!report.tooLarge) {
                    failedReport(target, 'node --test', report);
                    return;
                }
            }
            summaries.addTo(tally, context);
            target.merge(tally);
        }
    };
}
/**
 * A failing test by name and declaration site. A test file that failed as a whole (it did not load,
 * or exited early) is reported under the file's own name at 1:1: that is a suite that never ran.
 */
function nameFailure(tally, name, location, failureType) {
    const where = location ? splitLocation(location.replace(/^file:\/\//, '')) : undefined;
    if (where && where.line === 1 && where.column === 1 && isFileName(name, where.file) && failureType !== 'hookFailure') {
        tally.addBrokenSuite(`${name} failed to load or exited early`);
        return;
    }
    if (tally.addFailing(name) && where)
        tally.addLocation(name.trim(), where.file, where.line, where.column);
}
/** node names a whole-file test by its path, absolute or relative, and locates it by the other. */
function isFileName(name, file) {
    return name === file || file.endsWith(`/${name}`) || name.endsWith(`/${file}`);
}
/** go-no-go's reporter file: results, then the run's counts (`test:summary` on Node ≥ 22, diagnostics before). */
function readNodeReport(text, tally) {
    const block = {};
    let summary;
    let ended = false;
    let sawAny = false;
    const stderr = new Map();
    const failures = [];
    for (const line of text.split('\n')) {
        if (line.trim() === '')
            continue;
        let entry;
        try {
            entry = JSON.parse(line);
        }
        catch {
            continue;
        }
        if (!entry || typeof entry !== 'object')
            continue;
        sawAny = true;
        if (entry.type === 'end')
            ended = true;
        else if (entry.type === 'plan')
            Object.keys(block).forEach((key) => delete block[key]);
        else if (entry.type === 'diagnostic') {
            const [key, value] = String(entry.message ?? '').split(' ');
            if (SUMMARY_KEYS.includes(key) && /^\d+(?:\.\d+)?$/.test(value ?? ''))
                block[key] = Number(value);
        }
        else if (entry.type === 'summary')
            summary = entry.counts;
        else if (entry.type === 'fail')
            failures.push(entry);
        else if (entry.type === 'stderr' && entry.file && entry.message && /^\w*Error\b/.test(entry.message) && !stderr.has(entry.file))
            stderr.set(entry.file, entry.message.trim());
    }
    if (!sawAny)
        return false;
    if (!ended) {
        tally.markIncomplete('node --test stopped before its reporter saw the end of the run');
        return true;
    }
    const counts = summary
        ? blockCounts({ tests: summary.tests, pass: summary.passed, fail: summary.failed, cancelled: summary.cancelled, skipped: summary.skipped, todo: summary.todo })
        : blockCounts(block);
    if (!counts) {
        tally.markIncomplete('node --test reported no closing counts that add up');
        return true;
    }
    tally.addCounts(counts);
    for (const failure of failures) {
        if (failure.suite || failure.failureType === 'subtestsFailed' || typeof failure.name !== 'string')
            continue;
        const location = failure.file !== undefined && failure.line !== undefined ? `${failure.file}:${failure.line}:${failure.column ?? 1}` : undefined;
        if (location && failure.line === 1 && failure.column === 1 && failure.file && isFileName(failure.name, failure.file)) {
            tally.addBrokenSuite(stderr.get(failure.file) ? `${failure.name}: ${stderr.get(failure.file)}` : `${failure.name} failed to load or exited early`);
            continue;
        }
        if (!tally.addFailing(failure.name))
            continue;
        if (failure.file !== undefined && typeof failure.line === 'number')
            tally.addLocation(failure.name.trim(), failure.file, failure.line, failure.column, failure.message);
    }
    return true;
}
function createNodeTestParser(context = { singleRun: false }) {
    return parserFromReaders('node-test', context, [createNodeTestReader]);
}
/** Options after which go-no-go leaves a `node --test` command alone. */
const NODE_OWN_OUTPUT = /^--(?:watch|watch-path|test-only|eval|print|help|version|check|inspect[a-z-]*)(?:=|$)|^-[ephvc]$|^--$/;
const REPORTER = /^--test-reporter=./;
const DESTINATION = /^--test-reporter-destination=./;
/**
 * Where our reporter goes among the user's own (`--test-reporter=dot`), which keep printing what
 * they print: node pairs reporters with destinations in order, so ours comes after the user's last
 * one, and a lone reporter without a destination (stdout by default) is given `stdout` first.
 * Undefined when the user's options cannot be paired with certainty (the spaced form, uneven counts).
 */
function besideUserReporters(args) {
    if (args.some((arg) => arg === '--test-reporter' || arg === '--test-reporter-destination'))
        return undefined;
    const reporters = args.filter((arg) => REPORTER.test(arg)).length;
    const destinations = args.filter((arg) => DESTINATION.test(arg)).length;
    if (reporters === 0 && destinations === 0)
        return 'none';
    if (reporters === 0 || (destinations !== reporters && !(reporters === 1 && destinations === 0)))
        return undefined;
    const after = Math.max(...args.map((arg, index) => (REPORTER.test(arg) || DESTINATION.test(arg) ? index : -1)));
    return { after, destinationFirst: destinations === 0 };
}
const nodeTest = {
    name: 'node-test',
    detect: (invocation) => (invocation.program === 'node' || invocation.program === 'nodejs') && invocation.args.includes('--test'),
    create: createNodeTestParser,
    adjustCommand(invocation, files) {
        if (invocation.viaNpx || !invocation.args.includes('--test') || invocation.args.some((arg) => NODE_OWN_OUTPUT.test(arg)))
            return undefined;
        const placing = besideUserReporters(invocation.args);
        if (placing === undefined)
            return undefined;
        const reporter = `${files.dir}/${NODE_TEST_REPORTER_FILE}`;
        const ours = [`--test-reporter=${command_words_shellQuote(reporter)}`, `--test-reporter-destination=${command_words_shellQuote(files.reportPath)}`];
        // node reads options only before the first file name, so they go right after the program, or right after the user's reporter options.
        const options = placing === 'none'
            ? ['--test-reporter=spec', '--test-reporter-destination=stdout', ...ours]
            : [...(placing.destinationFirst ? ['--test-reporter-destination=stdout'] : []), ...ours];
        const at = placing === 'none' ? invocation.programIndex + 1 : invocation.programIndex + 1 + placing.after + 1;
        return { words: [...invocation.words.slice(0, at), ...options, ...invocation.words.slice(at)], supportFiles: { [reporter]: NODE_TEST_REPORTER_SOURCE } };
    }
};

;// CONCATENATED MODULE: ./src/gates/parsers/npm-audit.ts


const NPM_ERROR = /^npm (?:ERR!|error) (.+)$/;
const NPM_ERROR_NOISE = /^(?:A complete log|Log files|\s*$)/;
// "found 0 vulnerabilities", "3 vulnerabilities (1 moderate, 2 high)", "1 high severity vulnerability".
const TEXT_TOTAL = /^(?:found )?(\d+) (?:([a-z]+) severity )?vulnerabilit(?:y|ies)(?: \(([a-z0-9, ]+)\))?(?: in \d+ scanned packages?)?$/;
function createNpmAuditParser() {
    const json = new JsonCollector();
    let firstError;
    let textCounts;
    return {
        name: 'npm-audit',
        onLine(line) {
            json.add(line);
            const error = NPM_ERROR.exec(line);
            if (error) {
                if (!NPM_ERROR_NOISE.test(error[1]))
                    firstError ??= error[1];
                return;
            }
            const total = TEXT_TOTAL.exec(line.trim());
            if (total)
                textCounts = fromTextTotal(Number(total[1]), total[2], total[3]);
        },
        finish(process) {
            const report = json.parse();
            if (report && typeof report === 'object') {
                if (report.error) {
                    const detail = [report.error.code, report.error.summary || report.message?.split('\n')[0] || firstError].filter(Boolean).join(': ');
                    return auditProblem(`npm audit could not reach the advisory service: ${detail || 'unknown error'}`);
                }
                const severities = report.metadata?.vulnerabilities;
                if (severities && typeof severities === 'object')
                    return npm_audit_fromJson(severities, report.vulnerabilities ?? {});
            }
            // An `npm error` line beats any count: npm prints "found 0 vulnerabilities" only after a real audit.
            if (firstError)
                return auditProblem(`npm audit could not run: ${firstError}`);
            if (textCounts)
                return { kind: 'audit', counts: textCounts, findings: [] };
            return auditProblem(`npm audit could not run: no audit report in the output (exit ${process.exitCode ?? process.signal})`);
        }
    };
}
function npm_audit_fromJson(severities, vulnerabilities) {
    const tally = new AuditTally();
    for (const [severity, count] of Object.entries(severities)) {
        if (severity === 'total')
            continue;
        // A count we cannot read is not zero.
        const value = typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : 1;
        tally.addVulnerabilities(severity === 'moderate' || severity === 'medium' ? 'moderate' : severity, value);
    }
    for (const [name, vulnerability] of Object.entries(vulnerabilities)) {
        tally.findings.push({ level: 'error', message: `${name}: ${vulnerability?.severity ?? 'unknown'} severity`, code: name });
    }
    return tally.toParsed();
}
function fromTextTotal(total, single, breakdown) {
    const counts = { bySeverity: {}, warnings: 0 };
    if (total === 0)
        return counts;
    if (single) {
        counts.bySeverity[single] = total;
        return counts;
    }
    let listed = 0;
    for (const part of (breakdown ?? '').split(',')) {
        const [count, severity] = part.trim().split(' ');
        if (!severity || Number.isNaN(Number(count)))
            continue;
        counts.bySeverity[severity] = (counts.bySeverity[severity] ?? 0) + Number(count);
        listed += Number(count);
    }
    if (listed < total)
        counts.bySeverity.unknown = total - listed;
    return counts;
}
const npmAudit = {
    name: 'npm-audit',
    detect(invocation) {
        if (invocation.program !== 'npm' && invocation.program !== 'pnpm')
            return false;
        return invocation.args.find((arg) => !arg.startsWith('-')) === 'audit';
    },
    create: createNpmAuditParser
};

;// CONCATENATED MODULE: ./src/gates/parsers/vitest.ts




const FILES_LINE = /^\s*Test Files\s+/;
const vitest_TESTS_LINE = /^\s*Tests\s+(.+?)\s+\((\d+)\)$/;
const ERRORS_LINE = /^\s*(?:Type )?Errors\s+\d+ errors?/;
const START_LINE = /^\s*Start at\s/;
const vitest_SECTION = /^⎯+ (Failed Tests|Failed Suites|Unhandled Errors?) \d*\s*⎯+$/;
const SECTION_END = /^⎯+(?:\[\d+\/\d+\])?⎯*$/;
const FAIL_HEADER = /^\s*FAIL\s+(.+)$/;
// vitest's own words for a non-zero exit that no failing test explains.
const vitest_EXIT_CAUSE = /^(?:No test files found, exiting with code \d+|ERROR: Coverage for .+ does not meet .*threshold.*|Vitest caught \d+ unhandled errors? during the test run.*)$/;
const vitest_NO_TEST_FILES = /^No test files found/;
/** `1 failed | 9 passed | 2 skipped` with its total, only when the parts add up. */
function readVitestTests(parts, total) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const part of parts.split('|')) {
        const match = /^(\d+) ([a-z]+)$/.exec(part.trim());
        if (!match)
            return undefined;
        const value = Number(match[1]);
        if (match[2] === 'passed')
            counts.passed += value;
        else if (match[2] === 'failed')
            counts.failed += value;
        else if (['skipped', 'todo', 'pending'].includes(match[2]))
            counts.skipped += value;
        else
            return undefined;
    }
    return counts.passed + counts.failed + counts.skipped === total ? counts : undefined;
}
function createVitestReader(target, context) {
    // What the printed output says, kept apart: a report, when there is one, replaces it.
    const tally = new TestTally();
    const summaries = new RunSummaries();
    let previous = '';
    let section;
    let awaiting;
    let pending;
    return {
        onLine(line) {
            const before = previous;
            previous = line;
            // The block goes on with `Errors`, `Start at`, `Duration`: counts count once `Start at` follows.
            if (pending && !ERRORS_LINE.test(line)) {
                if (START_LINE.test(line))
                    summaries.push(pending);
                pending = undefined;
            }
            const tests = FILES_LINE.test(before) ? vitest_TESTS_LINE.exec(line) : null;
            const counts = tests ? readVitestTests(tests[1], Number(tests[2])) : undefined;
            if (counts) {
                pending = counts;
                return;
            }
            if (vitest_EXIT_CAUSE.test(line.trim())) {
                tally.addExitCause(line.trim());
                return;
            }
            const heading = vitest_SECTION.exec(line.trim());
            if (heading) {
                section = heading[1];
                awaiting = undefined;
                return;
            }
            if (SECTION_END.test(line.trim())) {
                if (awaiting?.kind === 'suite')
                    tally.addBrokenSuite(awaiting.file);
                awaiting = undefined;
                return;
            }
            const fail = section ? FAIL_HEADER.exec(line) : null;
            if (fail) {
                if (awaiting?.kind === 'suite')
                    tally.addBrokenSuite(awaiting.file);
                awaiting = undefined;
                if (section === 'Failed Suites') {
                    awaiting = { kind: 'suite', file: fail[1].replace(/ \[ .* \]$/, '').trim() };
                    return;
                }
                const [, ...titles] = fail[1].split(' > ');
                const name = titles.join(' > ');
                if (section === 'Failed Tests' && name && tally.addFailing(name))
                    awaiting = { kind: 'test', name };
                return;
            }
            if (awaiting?.kind === 'suite' && line.trim() !== '') {
                tally.addBrokenSuite(`${awaiting.file}: ${line.trim()}`);
                awaiting = undefined;
                return;
            }
            const frame = awaiting?.kind === 'test' ? stackFrameLocation(line) : undefined;
            if (frame && awaiting?.kind === 'test' && isProjectFrame(frame.file)) {
                tally.addLocation(awaiting.name, frame.file, frame.line, frame.column);
                awaiting = undefined;
            }
        },
        finish(artifacts) {
            if (awaiting?.kind === 'suite')
                tally.addBrokenSuite(awaiting.file);
            const report = artifacts?.report;
            if (report) {
                // The runner's stated cause for its exit is only in what it printed.
                if (tally.exitCause)
                    target.addExitCause(tally.exitCause);
                if (report.text !== undefined && readJestStyleReport(report.text, target, 'vitest'))
                    return;
                if (!report.tooLarge) {
                    failedReport(target, 'vitest', report);
                    return;
                }
            }
            summaries.addTo(tally, context);
            // "No test files found" prints no summary: no test ran, which is the run's result.
            if (summaries.count === 0 && tally.exitCause !== undefined && vitest_NO_TEST_FILES.test(tally.exitCause))
                tally.add(0, 0, 0);
            target.merge(tally);
        }
    };
}
function createVitestParser(context = { singleRun: false }) {
    return parserFromReaders('vitest', context, [createVitestReader]);
}
const VITEST_COMMANDS_WITHOUT_TESTS = new Set(['bench', 'list', 'init', 'typecheck', 'dev', 'watch']);
const VITEST_OWN_OUTPUT = /^--(?:outputFile|watch|ui|help|version|standalone)(?:[.=]|$)|^-[hvw]$|^--$/;
const vitest = {
    name: 'vitest',
    detect: (invocation) => isTool(invocation, 'vitest'),
    create: createVitestParser,
    adjustCommand(invocation, files) {
        const { args } = invocation;
        if (invocation.program !== 'vitest' || args.some((arg) => VITEST_OWN_OUTPUT.test(arg)))
            return undefined;
        const subcommand = args.find((arg) => !arg.startsWith('-'));
        if (subcommand && VITEST_COMMANDS_WITHOUT_TESTS.has(subcommand))
            return undefined;
        // Reporters named on the command line replace vitest.config's; only then is adding one harmless.
        if (!args.some((arg) => /^--reporter(?:=|$)/.test(arg)))
            return undefined;
        return { words: [...invocation.words, '--reporter=json', `--outputFile.json=${command_words_shellQuote(files.reportPath)}`] };
    }
};

;// CONCATENATED MODULE: ./src/gates/parsers/npm-test.ts





const ESLINT_SUMMARY = /^✖ (\d+) problems? \((\d+) errors?, (\d+) warnings?\)$/;
function createEslintReader(tally) {
    let errors;
    return {
        onLine(line) {
            const summary = ESLINT_SUMMARY.exec(line);
            if (summary && Number(summary[2]) > 0)
                errors ??= `eslint: ${line}`;
        },
        finish(_artifacts) {
            if (errors)
                tally.addExitCause(errors);
        }
    };
}
function createNpmTestParser(context = { singleRun: false }) {
    // Several runners may run in one script; a block from each is a run of its own.
    return parserFromReaders('npm-test', { ...context, singleRun: false }, [createNodeTestReader, createJestReader, createVitestReader, createMochaReader, createEslintReader]);
}
const NPM_TEST_SCRIPT = /^test(?::|$)/;
const npmTest = {
    name: 'npm-test',
    detect(invocation) {
        if (!['npm', 'pnpm', 'yarn'].includes(invocation.program))
            return false;
        const [first, second] = invocation.args.filter((arg) => !arg.startsWith('-'));
        if (first === 'test' || first === 't' || first === 'tst')
            return true;
        return (first === 'run' || first === 'run-script') && second !== undefined && NPM_TEST_SCRIPT.test(second);
    },
    create: createNpmTestParser
};

;// CONCATENATED MODULE: ./src/gates/parsers/mypy.ts


const DIAGNOSTIC = /^([^\s:][^:]*):(\d+)(?::(\d+))?(?::\d+:\d+)?: (error|warning|note): (.*?)(?: {2}\[([a-z0-9-]+)\])?$/;
const FOUND = /^Found (\d+) errors? in \d+ files? \((?:checked \d+ source files?|errors prevented further checking)\)$/;
const SUCCESS = /^Success: no issues found in \d+ source files?$/;
const CRASH = /^(?:mypy: error: .+|usage: mypy .+|.*: error: INTERNAL ERROR.*|Traceback \(most recent call last\):)$/;
function createMypyParser() {
    const read = { warnings: 0, errors: 0 };
    const findings = new BoundedList();
    let stated;
    let success = false;
    let crash;
    return {
        name: 'mypy',
        onLine(line) {
            const diagnostic = DIAGNOSTIC.exec(line);
            if (diagnostic) {
                const [, file, lineNumber, column, level, message, code] = diagnostic;
                if (level === 'note')
                    return;
                if (level === 'error')
                    read.errors++;
                else
                    read.warnings++;
                findings.push({
                    level: level,
                    message: code ? `${message} [${code}]` : message,
                    file,
                    line: Number(lineNumber),
                    ...(column ? { column: Number(column) } : {}),
                    ...(code ? { code } : {})
                });
                if (/INTERNAL ERROR/.test(message))
                    crash ??= line.slice(0, 300);
                return;
            }
            const found = FOUND.exec(line);
            if (found)
                stated = Number(found[1]);
            else if (SUCCESS.test(line))
                success = true;
            else if (CRASH.test(line))
                crash ??= line.slice(0, 300);
        },
        finish(process) {
            if (crash || process.exitCode === 2) {
                return { kind: 'lint', counts: null, findings: findings.items, problem: { status: 'error', message: `mypy could not check: ${crash ?? `exited ${process.exitCode}`}` } };
            }
            if (stated === undefined && !success && read.errors === 0) {
                return {
                    kind: 'lint',
                    counts: null,
                    findings: findings.items,
                    problem: { status: 'error', message: `mypy printed neither \`Found N errors\` nor \`Success:\` (exit ${process.exitCode ?? process.signal})` }
                };
            }
            return { kind: 'lint', counts: { warnings: read.warnings, errors: Math.max(read.errors, stated ?? 0) }, findings: findings.items };
        }
    };
}
const mypy = {
    name: 'mypy',
    detect: (invocation) => runsPythonTool(invocation, ['mypy']) !== undefined,
    create: createMypyParser
};

;// CONCATENATED MODULE: ./src/gates/parsers/pip-audit.ts



const pip_audit_FOUND = /^Found (\d+) known vulnerabilit(?:y|ies)(?:, ignored \d+)? in \d+ packages?/;
const NONE = /^No known vulnerabilities found/;
const TABLE_HEADER = /^Name\s+Version\s+ID\s+Fix Versions/;
const TABLE_RULE = /^-+(?: +-+)+$/;
const pip_audit_ERROR = /^(?:ERROR:pip_audit[^:]*:(.+)|pip-audit: error: (.+)|(\w+(?:Error|Exception): .+))$/;
function createPipAuditParser() {
    const tally = new AuditTally();
    let report;
    let stated;
    let none = false;
    let table;
    let error;
    const json = new JsonValueStream({
        value(value) {
            if (Array.isArray(value))
                report ??= value;
            else if (value && typeof value === 'object' && Array.isArray(value.dependencies)) {
                report ??= value.dependencies;
            }
        },
        text(line) {
            const found = pip_audit_FOUND.exec(line);
            if (found) {
                stated = Number(found[1]);
                return;
            }
            if (NONE.test(line)) {
                none = true;
                return;
            }
            if (TABLE_HEADER.test(line)) {
                table = 'header';
                return;
            }
            if (table === 'header' && TABLE_RULE.test(line)) {
                table = 'rows';
                return;
            }
            if (table === 'rows') {
                const [name, version, id] = line.trim().split(/\s+/);
                if (name && version && id) {
                    tally.addVulnerabilities('unknown', 1, { level: 'error', message: packageLabel(name, version, `${id} (severity not given)`), code: id });
                    return;
                }
                table = undefined;
            }
            const failed = pip_audit_ERROR.exec(line);
            if (failed)
                error ??= (failed[1] ?? failed[2] ?? failed[3]).trim().slice(0, 300);
        }
    });
    return {
        name: 'pip-audit',
        onLine: (line) => json.onLine(line),
        finish(process) {
            if (report) {
                const fromJson = new AuditTally();
                for (const dependency of report) {
                    if (!dependency || typeof dependency !== 'object')
                        continue;
                    const name = typeof dependency.name === 'string' ? dependency.name : undefined;
                    const version = typeof dependency.version === 'string' ? dependency.version : undefined;
                    if (typeof dependency.skip_reason === 'string') {
                        fromJson.addWarning({ level: 'warning', message: packageLabel(name, version, `not audited: ${dependency.skip_reason}`.slice(0, 300)), code: name ?? 'skipped' });
                        continue;
                    }
                    for (const vuln of Array.isArray(dependency.vulns) ? dependency.vulns : []) {
                        const id = typeof vuln?.id === 'string' ? vuln.id : 'unknown advisory';
                        const fixes = Array.isArray(vuln?.fix_versions) && vuln.fix_versions.length > 0 ? `, fixed in ${vuln.fix_versions.join(', ')}` : '';
                        fromJson.addVulnerabilities('unknown', 1, { level: 'error', message: packageLabel(name, version, `${id} (severity not given${fixes})`), code: id });
                    }
                }
                // The stated count is pip-audit's own sum; a report that lists fewer is not the whole report.
                fromJson.addVulnerabilities('unknown', (stated ?? 0) - fromJson.vulnerabilities);
                return fromJson.toParsed();
            }
            if (error)
                return auditProblem(`pip-audit could not run: ${error}`);
            if (stated !== undefined) {
                tally.addVulnerabilities('unknown', stated - tally.vulnerabilities);
                return tally.toParsed();
            }
            if (none && process.exitCode === 0)
                return tally.toParsed();
            return auditProblem(`pip-audit could not run: no audit report in the output (exit ${process.exitCode ?? process.signal})`);
        }
    };
}
const pipAudit = {
    name: 'pip-audit',
    detect: (invocation) => runsPythonTool(invocation, ['pip-audit', 'pip_audit']) !== undefined,
    create: createPipAuditParser
};

;// CONCATENATED MODULE: ./src/gates/parsers/pytest.ts


const SESSION_START = /^=+ test session starts =+$/;
const pytest_SECTION = /^=+ (.+?) =+$/;
const SUBSECTION = /^_+ (.+?) _+$/;
// `test_a.py:10: AssertionError`, `test_a.py:10: in test_bad`, `/abs/helper.py:3: in check`.
const LOCATION = /^([^\s:][^:]*\.py):(\d+): (.*)$/;
const SHORT_SUMMARY_ENTRY = /^(FAILED|ERROR) (\S.*?)(?: - (.*))?$/;
const SUMMARY_PART = /^(\d+) (passed|failed|skipped|deselected|xfailed|xpassed|warnings?|errors?|rerun)$/;
const INTERRUPTED = /^!+ (.+?) !+$/;
const INTERNAL_ERROR = /^INTERNALERROR> /;
const COLLECTING = /^ERROR collecting (.+)$/;
const SETUP_OR_TEARDOWN = /^ERROR at (?:setup|teardown) of (.+)$/;
const EXCEPTION_LINE = /^E {3}(\S.*)$/;
const MAX_LOCATIONS = 30;
const MAX_SECTIONS = 500;
/** The closing line, `= 1 failed, 2 passed in 0.1s =` or `no tests ran in 0.01s`, or undefined. */
function readPytestSummary(line) {
    const body = /^(?:=+ )?(.+?) in \d+(?:\.\d+)?s(?: \(\d+:\d{2}:\d{2}\))?(?: =+)?$/.exec(line.trim())?.[1];
    if (body === undefined)
        return undefined;
    const counts = { passed: 0, failed: 0, skipped: 0 };
    let errors = 0;
    if (body === 'no tests ran')
        return { counts, errors, noTests: true };
    for (const part of body.split(', ')) {
        const match = SUMMARY_PART.exec(part);
        if (!match)
            return undefined;
        const value = Number(match[1]);
        switch (match[2]) {
            case 'passed':
            case 'xpassed':
                counts.passed += value;
                break;
            case 'failed':
                counts.failed += value;
                break;
            case 'skipped':
            case 'xfailed':
                counts.skipped += value;
                break;
            case 'error':
            case 'errors':
                errors += value;
                break;
            // deselected, warnings and reruns say nothing about outcomes.
        }
    }
    const executed = counts.passed + counts.failed + counts.skipped + errors;
    // Only deselected tests, or none collected: nothing ran.
    return { counts, errors, noTests: executed === 0 };
}
function createPytestParser(context = { singleRun: false }) {
    const tally = new TestTally();
    // Output before any session header (quiet runs print none) is a session of its own.
    const sessions = [{ started: false, summaries: [], inShortSummary: false }];
    const subsections = new Map();
    const shortEntries = [];
    const collectionErrors = new Map();
    let section;
    let subsection;
    let interrupted;
    let internalError;
    return {
        name: 'pytest',
        onLine(line) {
            if (INTERNAL_ERROR.test(line)) {
                internalError ??= line.slice('INTERNALERROR> '.length).trim() || 'pytest stopped with an internal error';
                return;
            }
            if (SESSION_START.test(line)) {
                sessions.push({ started: true, summaries: [], inShortSummary: false });
                section = undefined;
                subsection = undefined;
                return;
            }
            const summary = readPytestSummary(line);
            if (summary) {
                const session = sessions[sessions.length - 1];
                if (session.summaries.length < 1000)
                    session.summaries.push(summary);
                else
                    session.summaries[session.summaries.length - 1] = summary;
                if (session.inShortSummary)
                    session.anchored = summary;
                session.inShortSummary = false;
                section = undefined;
                subsection = undefined;
                return;
            }
            const stop = INTERRUPTED.exec(line);
            if (stop) {
                // `-x`/`--maxfail` stopping and collection errors are pytest finishing as asked; anything else cut the run short.
                if (!/^(?:stopping after \d+ failures?|Interrupted: \d+ errors? during collection)$/.test(stop[1]))
                    interrupted ??= stop[1];
                return;
            }
            const heading = pytest_SECTION.exec(line);
            if (heading) {
                section = heading[1];
                subsection = undefined;
                const session = sessions[sessions.length - 1];
                session.inShortSummary = section === 'short test summary info';
                if (session.inShortSummary)
                    session.anchored = undefined;
                return;
            }
            if (section === 'FAILURES' || section === 'ERRORS') {
                const sub = SUBSECTION.exec(line);
                if (sub) {
                    subsection = section === 'FAILURES' ? { kind: 'failure', name: sub[1], locations: [] } : { kind: 'error', name: sub[1], locations: [] };
                    if (subsections.size < MAX_SECTIONS)
                        subsections.set(sub[1], subsection);
                    const collecting = COLLECTING.exec(sub[1]);
                    if (collecting && !collectionErrors.has(collecting[1]))
                        collectionErrors.set(collecting[1], undefined);
                    return;
                }
                if (!subsection)
                    return;
                const location = LOCATION.exec(line);
                if (location && subsection.locations.length < MAX_LOCATIONS)
                    subsection.locations.push({ file: location[1], line: Number(location[2]) });
                const exception = EXCEPTION_LINE.exec(line);
                if (exception && subsection.exception === undefined) {
                    subsection.exception = exception[1].slice(0, 200);
                    const collecting = COLLECTING.exec(subsection.name);
                    if (collecting)
                        collectionErrors.set(collecting[1], subsection.exception);
                }
                return;
            }
            if (section === 'short test summary info') {
                const entry = SHORT_SUMMARY_ENTRY.exec(line);
                if (!entry)
                    return;
                const [, kind, node, message] = entry;
                if (kind === 'ERROR' && !node.includes('::')) {
                    // A module, not a test: it could not be collected.
                    if (!collectionErrors.has(node))
                        collectionErrors.set(node, message);
                    return;
                }
                if (shortEntries.length < 1000)
                    shortEntries.push({ kind: kind, node, ...(message ? { message } : {}) });
            }
        },
        finish(_process) {
            const chosen = chooseSummaries(sessions, context);
            if (internalError)
                tally.markIncomplete(`pytest stopped with an internal error: ${internalError}`);
            else if (interrupted)
                tally.markIncomplete(`pytest was interrupted: ${interrupted}`);
            else if (chosen.unfinished)
                tally.markIncomplete('a pytest session started but never printed its closing summary (the run was cut short)');
            let errors = 0;
            for (const summary of chosen.summaries) {
                tally.addCounts(summary.counts);
                errors += summary.errors;
            }
            // An error that is not a module's collection is a test that did not pass.
            tally.add(0, Math.max(0, errors - collectionErrors.size), 0);
            if (chosen.summaries.length > 0 && chosen.summaries.every((summary) => summary.noTests))
                tally.addExitCause('pytest: no tests ran');
            for (const [file, reason] of collectionErrors)
                tally.addBrokenSuite(`${file} could not be collected${reason ? `: ${reason}` : ''}`);
            nameFailures(tally, shortEntries, subsections);
            return tally.toParsed();
        }
    };
}
function chooseSummaries(sessions, context) {
    if (context.singleRun) {
        // One run: its closing line is the last one printed, after every session header.
        let lastWithSummary = sessions.length - 1;
        while (lastWithSummary >= 0 && sessions[lastWithSummary].summaries.length === 0)
            lastWithSummary--;
        if (lastWithSummary === -1)
            return { summaries: [], unfinished: sessions.some((session) => session.started) };
        const session = sessions[lastWithSummary];
        return { summaries: [session.anchored ?? session.summaries.at(-1)], unfinished: lastWithSummary < sessions.length - 1 };
    }
    const summaries = [];
    let unfinished = false;
    for (const session of sessions) {
        if (!session.started)
            summaries.push(...session.summaries);
        else if (session.summaries.length > 0)
            summaries.push(session.anchored ?? session.summaries.at(-1));
        else
            unfinished = true;
    }
    return { summaries, unfinished };
}
/** Failing tests from the short summary, each at the first line of its traceback in its own file; else the failure sections' names. */
function nameFailures(tally, entries, subsections) {
    if (entries.length === 0) {
        for (const subsection of subsections.values()) {
            if (subsection.kind === 'failure')
                tally.addFailing(subsection.name);
            else {
                const test = SETUP_OR_TEARDOWN.exec(subsection.name)?.[1];
                if (test)
                    tally.addFailing(test);
            }
        }
        return;
    }
    for (const entry of entries) {
        if (!tally.addFailing(entry.node))
            continue;
        const [file, ...rest] = entry.node.split('::');
        const title = rest.join('.');
        const section = subsections.get(title) ?? subsections.get(`ERROR at setup of ${title}`) ?? subsections.get(`ERROR at teardown of ${title}`);
        const where = section?.locations.find((location) => sameFile(location.file, file)) ?? section?.locations.at(-1);
        const message = entry.message ?? section?.exception;
        const finding = {
            level: 'error',
            message: `${entry.node}: ${message ?? (entry.kind === 'ERROR' ? 'error' : 'failed')}`.slice(0, 300),
            file: where?.file ?? file,
            ...(where ? { line: where.line } : {}),
            code: entry.node
        };
        tally.findings.push(finding);
    }
}
/** Tracebacks may print a path absolute or relative to the rootdir; node ids are relative. */
function sameFile(printed, nodeFile) {
    return printed === nodeFile || printed.endsWith(`/${nodeFile}`) || nodeFile.endsWith(`/${printed}`);
}
const pytest = {
    name: 'pytest',
    detect: (invocation) => runsPythonTool(invocation, ['pytest', 'py.test', 'pytest-3', 'py.test-3']) !== undefined,
    create: createPytestParser
};

;// CONCATENATED MODULE: ./src/gates/parsers/ruff.ts



// `x.py:1:8: F401 [*] message`, `x.py:3:1: invalid-syntax: message`, `x.py:3:1: SyntaxError: message`.
const LOCATED = /^([^\s:][^:]*):(\d+):(\d+): ([A-Z]+[0-9]+|invalid-syntax:|SyntaxError:)(?: \[\*\])? (.+)$/;
// `F401 [*] \`os\` imported but unused`, then ` --> input.py:1:8`.
const HEADER = /^([A-Z]+[0-9]+|invalid-syntax:|SyntaxError:)(?: \[\*\])? (.+)$/;
const ARROW = /^\s*--> ([^\s:][^:]*):(\d+):(\d+)$/;
const ruff_FOUND = /^Found (\d+) errors?(?: \((\d+) fixed, (\d+) remaining\))?\.$/;
const CLEAN = /^All checks passed!$/;
const ruff_FAILED = /^(?:ruff failed|error: .+|ruff: error: .+)$/;
const NO_FILES = /^warning: No Python files found under the given path/;
function createRuffParser() {
    const read = { warnings: 0, errors: 0 };
    const findings = new BoundedList();
    let stated;
    let clean = false;
    let sawJson = false;
    let failure;
    let noFiles = false;
    let header;
    const add = (level, code, message, file, line, column) => {
        if (level === 'error')
            read.errors++;
        else
            read.warnings++;
        findings.push({ level, message: `${code} ${message}`.slice(0, 300), file, line, column, code });
    };
    const readJson = (entry) => {
        if (!entry || typeof entry !== 'object')
            return;
        const item = entry;
        const row = Number(item.location?.row);
        const column = Number(item.location?.column);
        const code = typeof item.code === 'string' ? item.code : 'syntax-error';
        add(item.severity === 'warning' ? 'warning' : 'error', code, String(item.message ?? ''), String(item.filename ?? ''), row || 0, column || 0);
    };
    const json = new JsonValueStream({
        value(value) {
            if (Array.isArray(value)) {
                sawJson = true;
                for (const entry of value)
                    readJson(entry);
            }
            else if (value && typeof value === 'object' && 'filename' in value) {
                sawJson = true;
                readJson(value);
            }
        },
        text(line) {
            const located = LOCATED.exec(line);
            if (located) {
                header = undefined;
                add('error', located[4].replace(/:$/, ''), located[5], located[1], Number(located[2]), Number(located[3]));
                return;
            }
            const arrow = header ? ARROW.exec(line) : null;
            if (arrow && header) {
                add('error', header.code, header.message, arrow[1], Number(arrow[2]), Number(arrow[3]));
                header = undefined;
                return;
            }
            const start = HEADER.exec(line);
            if (start) {
                header = { code: start[1].replace(/:$/, ''), message: start[2] };
                return;
            }
            const found = ruff_FOUND.exec(line);
            if (found) {
                stated = Number(found[3] ?? found[1]);
                return;
            }
            if (CLEAN.test(line))
                clean = true;
            else if (NO_FILES.test(line))
                noFiles = true;
            else if (ruff_FAILED.test(line))
                failure ??= line.slice(0, 300);
        }
    });
    return {
        name: 'ruff',
        onLine: (line) => json.onLine(line),
        finish(process) {
            const problem = (message) => ({ kind: 'lint', counts: null, findings: findings.items, problem: { status: 'error', message } });
            if (failure || process.exitCode === 2)
                return problem(`ruff could not check: ${failure ?? `exited ${process.exitCode}`}`);
            if (noFiles)
                return problem('ruff found no Python files to check');
            if (!sawJson && stated === undefined && !clean) {
                return problem(read.errors + read.warnings > 0
                    ? 'ruff printed diagnostics but not its closing `Found N errors.` line, so the list may be cut short'
                    : 'ruff printed no result (neither `All checks passed!` nor `Found N errors.`; drop -q)');
            }
            if (json.unfinished || json.oversized > 0 || json.malformed > 0)
                return problem('ruff’s JSON report was cut short or could not be read');
            return { kind: 'lint', counts: { warnings: read.warnings, errors: Math.max(read.errors, stated ?? 0) }, findings: findings.items };
        }
    };
}
const ruff = {
    name: 'ruff',
    detect(invocation) {
        const tool = runsPythonTool(invocation, ['ruff']);
        // `ruff check` (and the older bare `ruff .`); `ruff format` is a formatter, `ruff --fix` is not a check.
        const sub = tool?.args.find((arg) => !arg.startsWith('-'));
        return tool !== undefined && (sub === 'check' || (sub !== 'format' && sub !== 'server' && sub !== 'rule' && sub !== 'config'));
    },
    create: createRuffParser
};

;// CONCATENATED MODULE: ./src/gates/parsers/index.ts





















const PARSERS = {
    'cargo-test': cargoTest,
    'cargo-clippy': cargoClippy,
    'cargo-fmt': cargoFmt,
    'cargo-audit': cargoAudit,
    'npm-audit': npmAudit,
    'node-test': nodeTest,
    jest: jest,
    vitest: vitest,
    mocha: mocha,
    'npm-test': npmTest,
    pytest: pytest,
    ruff: ruff,
    black: black,
    mypy: mypy,
    'pip-audit': pipAudit,
    'go-test': goTest,
    'go-vet': goVet,
    gofmt: gofmt,
    govulncheck: govulncheck,
    'exit-code': exitCode
};
const DESCRIPTORS = Object.values(PARSERS);
/** A fresh parser; each keeps state for one run of one gate. */
function createParser(name, context = { singleRun: false }) {
    return PARSERS[name].create(context);
}
/**
 * The parser for a command, read from its text (see command-words.ts for how it is cut into simple
 * commands). Rule for chains: the LAST recognised tool decides (`cd api && cargo build && cargo
 * test` → cargo-test; `cargo fmt --check && cargo clippy` → cargo-clippy). Earlier steps are usually
 * set-up, and the output ends with the last tool's summary. Name `parser:` in the checklist to
 * choose otherwise. Anything unrecognised is judged by its exit code alone.
 */
function detectParser(command) {
    let detected = 'exit-code';
    for (const invocation of toolInvocations(command)) {
        const descriptor = DESCRIPTORS.find((candidate) => candidate.detect?.(invocation));
        if (descriptor)
            detected = descriptor.name;
    }
    return detected;
}
/**
 * The command as one plain run of the tool `name` reads, or undefined. Only then does the output
 * hold exactly one run of it, and only then may its command be adjusted.
 */
function soleRunOf(command, name) {
    const invocation = soleInvocation(command);
    return invocation && PARSERS[name].detect?.(invocation) ? invocation : undefined;
}

;// CONCATENATED MODULE: ./src/gates/parsers/plan.ts
/**
 * How a gate's output will be read, decided before it runs: which parser, whether the command is
 * one plain run of its tool, and whether that tool can also write a report to a file go-no-go owns.
 * The gate runner calls `planParsing` once, runs `plan.command`, feeds every line to
 * `plan.parser`, and asks `plan.finish` for the result; file access goes through `ReportFiles`.
 */




/** A report larger than this is not read; the parser falls back to what the tool printed. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
const REPORT_FILE = 'go-no-go-report';
/**
 * @param run the item's `run`, exactly as the checklist says it
 * @param chosen the item's `parser:`, when it names one
 * @param dir the gate's own scratch directory (the report and helper files go there)
 * @param place where the command runs; without it, no `junit:` reports and no go.mod are read
 */
async function planParsing(run, chosen, dir, files = localFiles, place) {
    const name = chosen ?? detectParser(run);
    const sole = soleRunOf(run, name);
    const singleRun = sole !== undefined;
    const goModule = place && (name === 'go-test' || /\bgo\s+test\b/.test(run)) ? await readGoModule(place.cwd) : undefined;
    const context = goModule ? { goModule } : {};
    const parser = createParser(name, { singleRun, ...context });
    const junit = place?.junit ? await junitReader({ pattern: place.junit, cwd: place.cwd, workspace: place.workspace }) : undefined;
    const common = { parser, singleRun, context, ...(junit ? { junit } : {}) };
    const reportPath = external_node_path_default().join(dir, `${REPORT_FILE}-${name}`);
    const adjustment = sole ? PARSERS[name].adjustCommand?.(sole, { reportPath, dir }) : undefined;
    if (!adjustment)
        return { ...common, command: run, artifacts: async () => undefined, finish: async (outcome) => parser.finish(outcome) };
    for (const [file, text] of Object.entries(adjustment.supportFiles ?? {}))
        await files.write(file, text);
    // Only what this run writes may be read as its report.
    await files.remove(reportPath);
    const artifacts = async () => ({ report: await files.read(reportPath, MAX_REPORT_BYTES) });
    return {
        ...common,
        command: adjustment.words.join(' '),
        reportPath,
        artifacts,
        finish: async (outcome) => parser.finish(outcome, await artifacts())
    };
}
let junitFiles;
/**
 * Loads the JUnit reader (with its XML parser and glob matcher, a sixth of the bundle): the action
 * and the CLI carry it as a chunk of its own, which a run loads only when an item has `junit:`, and
 * before its first gate, since a gate could rewrite the files on disk (the engine sees to both).
 */
async function loadJunitSupport() {
    junitFiles ??= await Promise.all(/* import() */[__webpack_require__.e(969), __webpack_require__.e(529)]).then(__webpack_require__.bind(__webpack_require__, 3529));
}
/**
 * The item names JUnit reports: they, not the printed output, give the counts, names and
 * locations. The printed output still decides when it shows the code does not even compile.
 * Called before the command starts, so every report of this run is newer than the snapshot.
 */
async function junitReader(request) {
    // Loading it now could read a chunk a gate has rewritten: the gate errs instead.
    if (!junitFiles)
        throw new Error('the JUnit reader was not loaded before the gates started');
    const { collectJunit, snapshotJunit } = junitFiles;
    const snapshot = await snapshotJunit(request);
    const startedAtMs = Date.now();
    return async (printed) => {
        if ('problem' in printed && printed.problem?.status === 'fail')
            return printed;
        const tally = new TestTally();
        const collected = await collectJunit(request, snapshot, startedAtMs, tally);
        if (collected.problem) {
            return { kind: 'tests', counts: null, failingTests: [], findings: printed.findings, problem: { status: 'error', message: `JUnit report: ${collected.problem}` } };
        }
        if (printed.kind === 'tests' && printed.exitCause)
            tally.addExitCause(printed.exitCause);
        if (collected.stale.length > 0) {
            tally.findings.push({ level: 'notice', message: `ignored ${collected.stale.length} JUnit file(s) left from an earlier run: ${collected.stale.slice(0, 3).join(', ')}` });
        }
        return tally.toParsed();
    };
}
/** The `module` line of go.mod where go runs, if there is a small regular go.mod there. */
async function readGoModule(cwd) {
    const file = external_node_path_default().join(cwd, 'go.mod');
    const info = await (0,promises_.lstat)(file).catch(() => undefined);
    if (!info?.isFile() || info.size > 256 * 1024)
        return undefined;
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => '');
    return /^module\s+"?([^\s"]+)"?\s*$/m.exec(text)?.[1];
}
const localFiles = {
    write: (file, text) => (0,promises_.writeFile)(file, text, { mode: 0o600 }),
    remove: (file) => (0,promises_.rm)(file, { force: true }),
    async read(file, maxBytes) {
        const info = await (0,promises_.stat)(file).catch(() => undefined);
        if (!info)
            return { path: file, problem: 'no report file was written' };
        if (!info.isFile())
            return { path: file, problem: 'the report is not a regular file' };
        if (info.size === 0)
            return { path: file, problem: 'the report file is empty' };
        if (info.size > maxBytes)
            return { path: file, problem: `the report is larger than ${maxBytes} bytes`, tooLarge: true };
        const text = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
        return text === undefined ? { path: file, problem: 'the report could not be read' } : { path: file, text };
    }
};

;// CONCATENATED MODULE: ./src/gates/schedule.ts
/**
 * Every item gets a result. An item whose `needs` did not all pass is not run: it is an error
 * (its check could not be made), never a pass. A cancelled run marks what had not started as cancelled.
 */
async function runScheduled(items, runItem, options) {
    const results = new Map();
    const waiting = [...items];
    const running = new Map();
    const limit = Math.max(1, Math.floor(options.concurrency));
    const record = (item, result) => {
        results.set(item.id, result);
        options.onFinished?.(result, item);
    };
    while (waiting.length > 0 || running.size > 0) {
        for (let index = 0; index < waiting.length && running.size < limit;) {
            const item = waiting[index];
            if (options.signal?.aborted) {
                waiting.splice(index, 1);
                record(item, { id: item.id, status: 'cancelled', summary: 'not started', reason: 'the run was cancelled', durationMs: 0 });
                continue;
            }
            const blockers = item.needs.filter((need) => results.get(need)?.status !== 'pass');
            const unfinished = blockers.filter((need) => !results.has(need));
            if (unfinished.length > 0) {
                index++;
                continue;
            }
            waiting.splice(index, 1);
            if (blockers.length > 0) {
                record(item, {
                    id: item.id,
                    status: 'error',
                    summary: 'not run',
                    reason: `not run because ${blockers.map((id) => `\`${id}\``).join(', ')} did not pass`,
                    durationMs: 0
                });
                continue;
            }
            const task = runItem(item)
                .catch((error) => ({
                id: item.id,
                status: 'error',
                summary: 'crashed',
                reason: `internal error while running the gate: ${error instanceof Error ? error.message : String(error)}`,
                durationMs: 0
            }))
                .then((result) => {
                record(item, result);
                running.delete(item.id);
            });
            running.set(item.id, task);
        }
        if (running.size === 0) {
            // Only items whose needs can never finish are left (the checklist parser rejects cycles and unknown ids, so this is a guard).
            for (const item of waiting.splice(0)) {
                record(item, { id: item.id, status: 'error', summary: 'not run', reason: 'its `needs` can never be satisfied', durationMs: 0 });
            }
            break;
        }
        await Promise.race(running.values());
    }
    return results;
}

;// CONCATENATED MODULE: ./src/gates/start-order.ts

/** Rough expected cost of a gate from its command, highest first; a guess, so ties keep checklist order. */
const COSTS = [
    // Test suites build and then run everything.
    [/\b(?:cargo\s+(?:\+\S+\s+)?(?:test|nextest)|npm\s+(?:run\s+)?test|node\s+--test|jest|vitest|mocha|pytest|go\s+test)\b/, 3],
    // Whole-program checks and builds.
    [/\b(?:cargo\s+(?:\+\S+\s+)?(?:clippy|check|build|doc)|tsc|eslint|npm\s+run\s+(?:build|lint|typecheck)|go\s+vet)\b/, 2],
    // Formatting and quick looks.
    [/\b(?:fmt|prettier|audit)\b/, 1]
];
function expectedCost(item) {
    if (item.kind !== 'command')
        return 0;
    // An unknown command may be anything: between the checks and the formatters.
    return COSTS.find(([pattern]) => pattern.test(item.run))?.[1] ?? 1.5;
}
/**
 * What the item took last time, when that run ran the same command under the same id. A changed
 * `run:` is another gate whose old time says nothing. Reports strip control characters from
 * commands, so the stripped command matches too.
 */
function measuredDuration(item, earlier) {
    if (item.kind !== 'command')
        return undefined;
    const known = earlier.get(item.id);
    if (!known || !Number.isFinite(known.durationMs) || known.durationMs < 0)
        return undefined;
    return known.command === item.run || known.command === stripControl(item.run) ? known.durationMs : undefined;
}
/**
 * The items in the order ready ones should start: longest first, checklist order among equals.
 * With earlier durations, a gate they know is weighed by its time; one they do not know is placed
 * by its guessed cost among the known ones: the mean time of known gates of the same cost, else at
 * least the longest known cheaper one, else at most the shortest known costlier one. Without any
 * known gate the guessed cost alone decides. Evidence files and sign-offs run nothing: last.
 * Among equal times a costlier command starts first, then a measured gate before an estimated one.
 *
 * @param earlier durations of an earlier run by item id (default: none).
 */
function longestFirst(items, earlier = new Map()) {
    const ranked = items.map((item, index) => ({ item, index, cost: expectedCost(item), measured: measuredDuration(item, earlier) }));
    const known = ranked.filter((entry) => entry.measured !== undefined);
    const estimate = (entry) => {
        if (entry.item.kind !== 'command')
            return -1;
        if (entry.measured !== undefined)
            return entry.measured;
        const same = known.filter((other) => other.cost === entry.cost);
        if (same.length > 0)
            return same.reduce((sum, other) => sum + other.measured, 0) / same.length;
        const cheaper = known.filter((other) => other.cost < entry.cost);
        if (cheaper.length > 0)
            return cheaper.reduce((longest, other) => Math.max(longest, other.measured), 0);
        return known.reduce((shortest, other) => Math.min(shortest, other.measured), Infinity);
    };
    const keyed = ranked.map((entry) => ({ ...entry, key: known.length > 0 ? estimate(entry) : entry.cost }));
    const measuredFirst = (entry) => (entry.measured === undefined ? 1 : 0);
    return keyed.sort((a, b) => b.key - a.key || b.cost - a.cost || measuredFirst(a) - measuredFirst(b) || a.index - b.index).map(({ item }) => item);
}

;// CONCATENATED MODULE: ./src/verdict.ts

const DECISION_LABELS = {
    go: 'GO',
    'conditional-go': 'CONDITIONAL GO',
    'no-go': 'NO-GO'
};
const RUN_PROBLEM_CODES = (/* unused pure expression or super */ null && ([
    'cancelled',
    /** An action input could not be read (an unknown `fail-on`, a `concurrency` that is not a number). */
    'invalid-input',
    /** The checklist could not be read, so nothing it asks for was checked. */
    'invalid-checklist',
    /** The event is not one go-no-go knows how to judge. */
    'unsupported-event',
    /** The event file is missing, is not JSON, or lacks what the event must carry. */
    'unreadable-event',
    /** A comment event whose pull request could not be read: there is nothing to judge. */
    'pull-request-unreadable',
    /** A privileged event (write token, secrets) whose checkout is not exactly the workflow's commit. */
    'untrusted-checkout',
    /** go-no-go itself failed; what it had judged cannot be trusted. */
    'internal-error',
    /** A gate wrote to GITHUB_ENV, GITHUB_OUTPUT, … (restored, but the gate reached the runner). */
    'runner-file-changed',
    /** A gate left a process that could not be killed, which may still act after the run. */
    'process-left-running',
    /** A gate changed the code it checks (files in `git status`, HEAD, index flags or ignore rules). */
    'working-tree-changed',
    /** The working tree could not be read after the gates, so whether a gate changed it is unknown. */
    'working-tree-unreadable',
    /** Merge mode: a shard report that cannot be read (not found, too large, not JSON, not a report go-no-go wrote). */
    'report-unreadable',
    /** Merge mode: a shard report of another repository, workflow run, commit, checklist or split. */
    'report-foreign',
    /** Merge mode: a shard, or an item, that no report covers. */
    'report-missing',
    /** Merge mode: a shard, or an item, covered more than once. */
    'report-duplicated',
    /** Merge mode: a report that contradicts itself or the checklist (counts, a status its evidence does not give, an item it does not own). */
    'report-tampered',
    /** Merge mode: a problem a shard's own run reported (cancelled, a gate changed the code, a refused input). */
    'shard-run-problem',
    /** Merge mode under `workflow_run`: the run that made the reports, or its pull request, could not be verified through the API. */
    'workflow-run-unverified'
]));
/**
 * The verdict of a run stopped before any item was judged (a refused event, a bad input, an
 * invalid checklist, a cancel before the first gate): NO-GO, with the problems as its reasons.
 */
function refuse(problems) {
    return {
        decision: 'no-go',
        reasons: problems.map((problem) => problem.message),
        counts: countStatuses([]),
        runProblems: [...problems]
    };
}
/**
 * NO-GO if any blocking item is not a pass (failed, errored, pending, cancelled, or missing a
 * result); CONDITIONAL GO if only warning items are; otherwise GO. Info items never change it.
 * Only what must be true before deploying decides: deploy and post-deploy items are left out,
 * and so is an item whose alternative (`anyOf`) passed.
 */
function verdict_decide(checklist, results, options = {}) {
    const runProblems = [...(options.runProblems ?? [])];
    const verdict = decideItems(checklist, results, options);
    if (runProblems.length === 0)
        return verdict;
    return { ...verdict, decision: 'no-go', reasons: [...runProblems.map((problem) => problem.message), ...verdict.reasons], runProblems };
}
function decideItems(checklist, results, options) {
    const runProblems = [];
    const beforeDeploy = types_allItems(checklist).filter(isBeforeDeploy);
    const waived = waivedByAlternatives(beforeDeploy, results);
    const items = beforeDeploy.filter((item) => !waived.has(item.id));
    const counts = countStatuses(items.map((item) => statusOf(item, results)));
    const blockingReasons = [];
    const warningReasons = [];
    const othersOf = alternativesOf(items);
    for (const item of items) {
        const status = statusOf(item, results);
        if (status === 'pass' || item.severity === 'info')
            continue;
        const others = othersOf(item);
        const alternatives = others.length > 0 ? `; no alternative passed either: ${others.map((other) => `\`${other.id}\``).join(', ')}` : '';
        const reason = `${item.id}: ${describeStatus(status)}${results.get(item.id)?.reason ? ` (${results.get(item.id)?.reason})` : ''}${alternatives}`;
        if (item.severity === 'blocking')
            blockingReasons.push(reason);
        else
            warningReasons.push(reason);
    }
    const decisive = items.filter((item) => item.severity !== 'info');
    if (decisive.length === 0 && !options.allowEmpty) {
        const afterGo = types_allItems(checklist).length - beforeDeploy.length;
        const reason = afterGo > 0
            ? `the checklist has no blocking or warning items before deploying (its ${afterGo} other item${afterGo === 1 ? ' is' : 's are'} after GO), so nothing was proven`
            : 'the checklist has no blocking or warning items, so nothing was proven';
        return { decision: 'no-go', reasons: [reason], counts, runProblems };
    }
    if (blockingReasons.length > 0)
        return { decision: 'no-go', reasons: [...blockingReasons, ...warningReasons], counts, runProblems };
    if (warningReasons.length > 0)
        return { decision: 'conditional-go', reasons: warningReasons, counts, runProblems };
    return { decision: 'go', reasons: [], counts, runProblems };
}
/**
 * Items whose alternative passed, each with the id of the member that passed. A group that holds
 * a gate (a command or evidence file) is satisfied only by one of its gates: a tick or a sign-off
 * cannot stand in for a check a machine runs. Pass in only the items that decide (before deploying).
 */
function waivedByAlternatives(items, results) {
    const groups = anyOfGroups(items);
    const waived = new Map();
    for (const members of groups.values()) {
        // One member alone is no alternative: it decides on its own.
        if (members.length < 2)
            continue;
        const gates = members.filter((member) => member.kind !== 'manual');
        const candidates = gates.length > 0 ? gates : members;
        const winner = candidates.find((member) => statusOf(member, results) === 'pass');
        if (!winner)
            continue;
        for (const member of members)
            if (member !== winner && statusOf(member, results) !== 'pass')
                waived.set(member.id, winner.id);
    }
    return waived;
}
/** Items by their `any-of` group name, in checklist order. */
function anyOfGroups(items) {
    const groups = new Map();
    for (const item of items) {
        if (item.anyOf === undefined)
            continue;
        const members = groups.get(item.anyOf) ?? [];
        groups.set(item.anyOf, members);
        members.push(item);
    }
    return groups;
}
/** The other members of each item's alternative group. */
function alternativesOf(items) {
    const groups = anyOfGroups(items);
    return (item) => (item.anyOf === undefined ? [] : (groups.get(item.anyOf) ?? []).filter((other) => other !== item));
}
/** An item with no result was never judged: treat it as an error, never as a pass. */
function statusOf(item, results) {
    return results.get(item.id)?.status ?? 'error';
}
function describeStatus(status) {
    switch (status) {
        case 'fail':
            return 'failed';
        case 'error':
            return 'could not be checked';
        case 'pending':
            return 'awaiting sign-off';
        case 'cancelled':
            return 'cancelled';
        case 'pass':
            return 'passed';
    }
}
function countStatuses(statuses) {
    const counts = { passed: 0, failed: 0, errored: 0, pending: 0, cancelled: 0 };
    for (const status of statuses) {
        if (status === 'pass')
            counts.passed++;
        else if (status === 'fail')
            counts.failed++;
        else if (status === 'error')
            counts.errored++;
        else if (status === 'pending')
            counts.pending++;
        else
            counts.cancelled++;
    }
    return counts;
}
/** Whether the step fails for this decision under the `fail-on` policy. */
function shouldFail(decision, failOn) {
    if (failOn === 'never')
        return false;
    if (failOn === 'conditional-go')
        return decision !== 'go';
    return decision === 'no-go';
}

;// CONCATENATED MODULE: ./src/engine.ts






async function runChecklist(checklist, runGate, options) {
    const now = options.now ?? Date.now;
    const started = now();
    const guards = options.guards ?? [];
    const items = withSeparateCargoTargets(longestFirst(types_allItems(checklist), options.earlierDurations), options.concurrency, options.parentEnv ?? process.env);
    const gates = items.filter((item) => item.kind === 'command' && isBeforeDeploy(item));
    // Code a gate needs that is not in the main bundle is loaded now, while no gate can have touched it.
    if (gates.some((item) => item.kind === 'command' && item.junit))
        await loadJunitSupport();
    // Each looks at something of its own: none waits for another.
    await Promise.all(guards.map((guard) => guard.before(gates)));
    const guardedGate = guards.reduce((inner, guard) => {
        const around = guard.around?.bind(guard);
        return around ? (item) => around(item, () => inner(item)) : inner;
    }, runGate);
    const results = await runScheduled(items, beforeDeployOnly(onceEach(guardedGate)), {
        concurrency: options.concurrency,
        signal: options.signal,
        onFinished: (result) => options.onGateFinished?.(result)
    });
    // As before the gates, each looks at its own thing, and nothing of the gates' is left running now.
    const runProblems = (await Promise.all(guards.map((guard) => guard.after()))).flat();
    return buildReport(checklist, results, {
        started,
        finished: now(),
        cancelled: options.signal?.aborted ?? false,
        allowEmpty: options.allowEmpty,
        runUrl: options.runUrl,
        runProblems
    });
}
/**
 * Gates of deploy and post-deploy items (commands and evidence files) are not run: the decision is
 * about what must be true before deploying, and a deploy step is not a check. Reading a sign-off
 * runs nothing, so those are still judged, for the "After GO" list.
 */
function beforeDeployOnly(runGate) {
    return (item) => (item.kind !== 'manual' && !isBeforeDeploy(item) ? Promise.resolve(notRunAfterGo(item)) : runGate(item));
}
function notRunAfterGo(item) {
    const phase = phaseOf(item);
    return {
        id: item.id,
        status: 'pending',
        summary: 'not run: after GO',
        reason: `a ${phase} step: its gate is not run before the decision${item.phaseFrom ? ` (${phase}: ${item.phaseFrom})` : ''}`,
        durationMs: 0
    };
}
/**
 * The same command written several times (a Markdown checklist names `cargo test` under three
 * headings) runs once: every item with the same run settings shares the one result, with a note
 * naming the item that ran it. The first caller runs it; the others wait for it.
 */
function onceEach(runGate) {
    const running = new Map();
    return async (item) => {
        if (item.kind !== 'command')
            return runGate(item);
        // Everything that changes what runs, when, or how its result is read: `junit:` reports replace the printed
        // counts, and an item that `needs` another gate runs after it (which may have built or removed something).
        const key = JSON.stringify([item.run, item.workingDirectory, item.env, item.parser ?? null, item.junit ?? null, item.expect, item.timeoutMs, [...item.needs].sort()]);
        const first = running.get(key);
        if (!first) {
            const result = runGate(item);
            running.set(key, { id: item.id, result });
            return result;
        }
        const shared = await first.result;
        const note = `shares the result of \`${first.id}\`: the same command runs once`;
        return { ...shared, id: item.id, notes: [...new Set([...(shared.notes ?? []), note])] };
    };
}
function buildReport(checklist, results, run) {
    const cancelled = run.cancelled ? [{ code: 'cancelled', message: 'the run was cancelled before every gate finished' }] : [];
    const verdict = verdict_decide(checklist, results, { allowEmpty: run.allowEmpty, runProblems: [...cancelled, ...(run.runProblems ?? [])] });
    return {
        checklist,
        results,
        verdict,
        startedAt: new Date(run.started).toISOString(),
        durationMs: run.finished - run.started,
        cancelled: run.cancelled,
        ...(run.runUrl ? { runUrl: run.runUrl } : {})
    };
}
/** The report again after sign-offs changed some manual items: the verdict is decided anew. */
function withSignoffs(report, results, signoffs, allowEmpty) {
    const started = Date.parse(report.startedAt);
    const runProblems = report.verdict.runProblems.filter((problem) => problem.code !== 'cancelled');
    const rebuilt = buildReport(report.checklist, results, {
        started,
        finished: started + report.durationMs,
        cancelled: report.cancelled,
        allowEmpty,
        runUrl: report.runUrl,
        runProblems
    });
    return { ...rebuilt, ...(signoffs && signoffs.length > 0 ? { signoffs } : {}) };
}

;// CONCATENATED MODULE: ./src/text/format.ts
/** Numbers and times in words, the same way on every surface. */
/** "1 warning", "3 warnings", "1,024 vulnerabilities". */
function plural(count, word, many = `${word}s`) {
    return `${format_formatNumber(count)} ${count === 1 ? word : many}`;
}
/** "1,024": every number a person reads is grouped the same way. */
function format_formatNumber(value) {
    // Whole numbers by hand: the first toLocaleString call loads locale data, tens of ms of every run.
    if (Number.isSafeInteger(value))
        return `${value < 0 ? '-' : ''}${String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ',')}`;
    // Fractions are rare (a coverage figure): only they pay for the locale data.
    // eslint-disable-next-line no-restricted-properties
    return value.toLocaleString('en-US');
}
/** Human durations: 0.4 s, 12 s, 1 m 3 s, 1 h 2 m. */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '—';
    if (ms < 9_950)
        return `${(ms / 1000).toFixed(1)} s`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 60)
        return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60)
        return seconds % 60 ? `${minutes} m ${seconds % 60} s` : `${minutes} m`;
    const hours = Math.floor(minutes / 60);
    return minutes % 60 ? `${hours} h ${minutes % 60} m` : `${hours} h`;
}

;// CONCATENATED MODULE: ./src/report/format.ts



/** Status marks in Markdown (emoji render the same in light and dark themes). */
const STATUS_ICONS = { pass: '✅', fail: '❌', error: '⚠️', pending: '⏳', cancelled: '⏹️' };
/** Status marks in a terminal: one narrow character each, so columns line up. */
const TERMINAL_SYMBOLS = { pass: '✔', fail: '✘', error: '!', pending: '…', cancelled: '■' };
const DECISION_ICONS = { go: '🟢', 'conditional-go': '🟡', 'no-go': '🔴' };
const CANCELLED_LABEL = 'CANCELLED — NO-GO';
const CANCELLED_ICON = '⏹️';
/** What a status means, in words, as the reason lists say it. */
const STATUS_WORDS = {
    pass: 'passed',
    fail: 'failed',
    error: 'could not be checked',
    pending: 'awaiting sign-off',
    cancelled: 'not finished'
};
const EVIDENCE_ICONS = { verified: '🤖', ticked: '☑️', signed: '✍️' };
const EVIDENCE_LABELS = {
    verified: 'verified by a tool',
    ticked: 'ticked in the checklist',
    signed: 'signed on the pull request'
};
/** Fixed order for every list and table of evidence: strongest first. */
const EVIDENCE_ORDER = ['verified', 'ticked', 'signed'];
/** How the pass of `item` was known; undefined when it did not pass. */
function passEvidence(item, result) {
    if (result.status !== 'pass')
        return undefined;
    if (item.kind !== 'manual')
        return 'verified';
    return item.signedOff ? 'ticked' : 'signed';
}
/** "7 passed · 1 failed · 1 error · 2 pending"; zero counts other than passed are left out. */
function formatCounts(counts) {
    return [
        `${format_formatNumber(counts.passed)} passed`,
        counts.failed ? `${format_formatNumber(counts.failed)} failed` : '',
        counts.errored ? plural(counts.errored, 'error') : '',
        counts.pending ? `${format_formatNumber(counts.pending)} pending` : '',
        counts.cancelled ? `${format_formatNumber(counts.cancelled)} cancelled` : ''
    ]
        .filter(Boolean)
        .join(' · ');
}
/** "NO-GO", or "CANCELLED — NO-GO" when the run was stopped: a cancelled run never reads as a plain verdict. */
function decisionLabel(decision, cancelled) {
    return cancelled ? CANCELLED_LABEL : DECISION_LABELS[decision];
}
/**
 * "NO-GO: 1 failed, 2 awaiting sign-off", or "GO: 7 passed": the one line a check run's title and a
 * commit status's description show, in the words the reason lists use, so a person reading the
 * checks list, the status and the report meets the same count in the same words.
 */
function verdictLine(decision, counts, cancelled) {
    const parts = [
        counts.failed ? `${formatNumber(counts.failed)} ${STATUS_WORDS.fail}` : '',
        counts.errored ? `${formatNumber(counts.errored)} ${STATUS_WORDS.error}` : '',
        counts.pending ? `${formatNumber(counts.pending)} ${STATUS_WORDS.pending}` : '',
        counts.cancelled ? `${formatNumber(counts.cancelled)} ${STATUS_WORDS.cancelled}` : ''
    ].filter(Boolean);
    return `${decisionLabel(decision, cancelled)}: ${parts.length > 0 ? parts.join(', ') : `${formatNumber(counts.passed)} ${STATUS_WORDS.pass}`}`;
}
/** The verdict with its icon, for Markdown headings. */
function decisionHeading(decision, cancelled) {
    return `${cancelled ? CANCELLED_ICON : DECISION_ICONS[decision]} ${decisionLabel(decision, cancelled)}`;
}
/** "Security: 1 of 4 signed". */
function signedCount(signed, total) {
    return `${format_formatNumber(signed)} of ${format_formatNumber(total)} signed`;
}
/** A result's duration as shown beside it; manual items took no machine time, so they show none. */
function itemDuration(item, result) {
    return item.kind === 'manual' ? undefined : formatDuration(result.durationMs);
}
/** "failed — 3 files to reformat (exit 1)": one command of a script, in the words the reason lists use. */
function stepWords(step, clean) {
    const exit = step.exitCode !== null && step.exitCode !== 0 ? ` (exit ${step.exitCode})` : '';
    return `${STATUS_WORDS[step.status]} — ${clean(step.status === 'pass' ? step.summary : (step.reason ?? step.summary))}${exit}`;
}

;// CONCATENATED MODULE: ./src/text/redact.ts
/**
 * Secrets never reach a report surface. The runner masks its log, but not API bodies (the PR
 * comment, the check run), and only exact strings: so redaction happens here, for every surface.
 */
const REDACTED = '***';
/** Values shorter than this would blank out ordinary words and numbers everywhere. */
const MIN_SECRET_LENGTH = 4;
/**
 * Token shapes worth redacting even when nobody told us the value. No nested quantifiers and no
 * upper bound to back-track from: each runs in linear time. No `\b` either, so a token glued to
 * other word characters (`TOKEN_ghp_…`, `ghp_…_suffix`) is still found.
 */
const TOKEN_PATTERNS = [/gh[pousr]_[A-Za-z0-9]{36,}/g, /github_pat_[A-Za-z0-9_]{22,}/g, /(?:AKIA|ASIA)[0-9A-Z]{16}/g, /npm_[A-Za-z0-9]{36,}/g];
function createRedactor(initialSecrets = []) {
    const secrets = new Set();
    let ordered = [];
    const remember = (value) => {
        if (value.length < MIN_SECRET_LENGTH || secrets.has(value))
            return;
        secrets.add(value);
        // Longest first, so a secret that contains another is hidden whole.
        ordered = [...secrets].sort((a, b) => b.length - a.length);
    };
    const add = (secret) => {
        remember(secret.trim());
        // The runner masks a multi-line secret line by line; output may show any one line of it.
        if (secret.includes('\n'))
            for (const line of secret.split(/\r?\n/))
                remember(line.trim());
    };
    for (const secret of initialSecrets)
        add(secret);
    return {
        add,
        redact(text) {
            let out = text;
            for (const secret of ordered)
                if (out.includes(secret))
                    out = out.split(secret).join(REDACTED);
            for (const pattern of TOKEN_PATTERNS)
                out = out.replace(pattern, REDACTED);
            return redactPrivateKeys(out);
        }
    };
}
const BEGIN = '-----BEGIN ';
const END = '-----END ';
const DASHES = '-----';
/** How far a PEM label may run ("ENCRYPTED PRIVATE KEY", "PGP PRIVATE KEY BLOCK"). */
const MAX_LABEL = 60;
/**
 * Replaces every PEM private key block with `***`. A block with no END (output cut off) is hidden
 * to the end; an END with no BEGIN (an excerpt that starts inside a key) hides the base64 lines
 * just before it. Hand-written with indexOf so it stays linear.
 */
function redactPrivateKeys(text) {
    if (!text.includes('PRIVATE KEY'))
        return text;
    let out = '';
    let position = 0;
    // Each marker is searched for again only once the scan has passed it, which keeps this linear.
    let begin = findKeyMarker(text, BEGIN, 0);
    let end = findKeyMarker(text, END, 0);
    const refresh = () => {
        if (begin && begin.start < position)
            begin = findKeyMarker(text, BEGIN, position);
        if (end && end.start < position)
            end = findKeyMarker(text, END, position);
    };
    while (begin || end) {
        if (begin && (!end || begin.start < end.start)) {
            out += text.slice(position, begin.start) + REDACTED;
            position = end ? end.stop : text.length;
        }
        else if (end) {
            // An END before any BEGIN: the key started before this text did.
            out += backOverKeyLines(text.slice(position, end.start)) + REDACTED;
            position = end.stop;
        }
        refresh();
    }
    return out + text.slice(position);
}
/** Finds `-----BEGIN … PRIVATE KEY…-----` (or END) at or after `from`. */
function findKeyMarker(text, marker, from) {
    let at = text.indexOf(marker, from);
    while (at !== -1) {
        const labelStart = at + marker.length;
        // Only a short label is looked at, so a marker with no closing dashes costs a constant.
        const label = text.slice(labelStart, labelStart + MAX_LABEL + DASHES.length);
        const close = label.indexOf(DASHES);
        if (close !== -1 && label.slice(0, close).includes('PRIVATE KEY') && !label.slice(0, close).includes('\n')) {
            return { start: at, stop: labelStart + close + DASHES.length };
        }
        at = text.indexOf(marker, labelStart);
    }
    return undefined;
}
/** Drops the trailing lines of `before` that look like key material (base64, PEM headers, blank). */
function backOverKeyLines(before) {
    const lines = before.split('\n');
    // The last element is the text on the END line before the marker.
    let keep = lines.length;
    while (keep > 0 && /^[A-Za-z0-9+/=: ,-]*$/.test(lines[keep - 1].trim()))
        keep--;
    if (keep === lines.length)
        return before;
    return keep === 0 ? '' : `${lines.slice(0, keep).join('\n')}\n`;
}
/**
 * A gate that prints `::add-mask::value` wants that value hidden. Its output reaches the runner
 * between stop-commands markers, so the runner will not mask it: we do, on every surface we write.
 */
function learnMaskedValue(line, redactor) {
    const marker = '::add-mask::';
    const at = line.indexOf(marker);
    if (at !== -1)
        redactor.add(line.slice(at + marker.length).trim());
}

;// CONCATENATED MODULE: ./src/report/json.ts
/**
 * The JSON report (the action's `report` file, `npx go-no-go --format json`): a stable shape for
 * other tools. Every key is always present (null when it does not apply), so consumers need no
 * guessing; text is stripped of control characters and redacted, never HTML-escaped.
 */




const JSON_REPORT_VERSION = 1;
/** Bounds on lists copied from tool output; the totals say how many there were. */
const MAX_JSON_FINDINGS = 100;
const MAX_JSON_FAILING_TESTS = 100;
/**
 * The last characters of a gate's output kept as evidence: the same window the Markdown report
 * cuts its excerpt from (40 lines of at most 4,096 characters, looked for in the last 16,384), so
 * a report rendered from merged shard reports shows exactly what the shard's own run would.
 */
const JSON_OUTPUT_EXCERPT_CHARS = 16_384;
/** The report as plain data, ready for JSON.stringify. */
function toJsonReport(report, redactor = createRedactor()) {
    const clean = (value) => redactor.redact(stripControl(value));
    const cleanOptional = (value) => (value === undefined ? undefined : clean(value));
    return {
        schemaVersion: JSON_REPORT_VERSION,
        decision: report.verdict.decision,
        title: clean(report.checklist.title),
        checklist: clean(report.checklist.path),
        format: report.checklist.format,
        startedAt: report.startedAt,
        durationMs: report.durationMs,
        cancelled: report.cancelled,
        counts: { ...report.verdict.counts },
        reasons: report.verdict.reasons.map(clean),
        runProblems: report.verdict.runProblems.map((problem) => ({ code: problem.code, message: clean(problem.message) })),
        runUrl: report.runUrl ?? null,
        run: report.identity ? { ...report.identity.run } : null,
        checklistSha256: report.identity?.checklistSha256 ?? null,
        shard: report.identity ? { ...report.identity.shard, items: [...report.identity.shard.items] } : null,
        checklistChanges: report.checklistChanges && report.checklistChanges.changes.length > 0 ? jsonChecklistChanges(report.checklistChanges, clean) : null,
        items: types_allItems(report.checklist).map((item) => {
            const result = report.results.get(item.id);
            const parsed = result?.parsed;
            const process = result?.process;
            const failingTests = parsed?.kind === 'tests' ? parsed.failingTests : [];
            const findings = parsed?.findings ?? [];
            return {
                id: item.id,
                title: clean(item.title),
                section: clean(item.section),
                severity: item.severity,
                phase: phaseOf(item),
                severityFrom: item.severityFrom === undefined ? null : clean(item.severityFrom),
                kind: item.kind,
                command: item.kind === 'command' ? clean(item.run) : null,
                source: item.source ? { ...item.source } : null,
                // An item without a result was never judged: it is an error, never a pass.
                status: result?.status ?? 'error',
                passedBy: result ? (passEvidence(item, result) ?? null) : null,
                summary: clean(result?.summary ?? 'no result'),
                reason: result ? (result.reason === undefined ? null : clean(result.reason)) : 'the gate produced no result',
                durationMs: result?.durationMs ?? 0,
                parser: result?.parser ?? null,
                counts: parsed && 'counts' in parsed && parsed.counts ? copyCounts(parsed.counts, clean) : null,
                failingTests: failingTests.slice(0, MAX_JSON_FAILING_TESTS).map(clean),
                failingTestsTotal: failingTests.length,
                findings: findings.slice(0, MAX_JSON_FINDINGS).map((finding) => ({
                    ...finding,
                    message: clean(finding.message),
                    ...(finding.file !== undefined ? { file: cleanOptional(finding.file) } : {}),
                    ...(finding.code !== undefined ? { code: cleanOptional(finding.code) } : {})
                })),
                findingsTotal: findings.length,
                exitCode: process?.exitCode ?? null,
                signal: process?.signal ?? null,
                timedOut: process?.timedOut ?? false,
                outputBytes: process?.output.totalBytes ?? 0,
                logPath: process?.output.logPath ?? null,
                notes: (result?.notes ?? []).map(clean),
                steps: (result?.steps ?? []).map((step) => ({
                    command: clean(step.command),
                    parser: step.parser,
                    status: step.status,
                    summary: clean(step.summary),
                    reason: step.reason === undefined ? null : clean(step.reason),
                    exitCode: step.exitCode
                })),
                evidence: process
                    ? {
                        parseProblem: parsed && 'problem' in parsed && parsed.problem ? { status: parsed.problem.status, message: clean(parsed.problem.message) } : null,
                        spawnError: process.spawnError === undefined ? null : clean(process.spawnError),
                        cancelled: process.cancelled,
                        output: { excerpt: clean(outputExcerpt(process.output)), totalLines: process.output.totalLines, truncated: process.output.truncated }
                    }
                    : null
            };
        })
    };
}
/** Checklist text (ids, titles, values, commands) is untrusted like gate output: cleaned the same way. */
function jsonChecklistChanges(view, clean) {
    const optional = (value) => (value === undefined ? null : clean(value));
    return {
        path: clean(view.path),
        baseSha: optional(view.baseSha),
        checklistFrom: view.checklistFrom,
        explanation: clean(view.explanation),
        changes: view.changes.map((change) => ({
            itemId: optional(change.itemId),
            title: optional(change.title),
            kind: change.kind,
            key: optional(change.key),
            change: clean(change.change),
            before: optional(change.before),
            after: optional(change.after),
            renamedTo: optional(change.renamedTo),
            weakening: change.weakening,
            why: clean(change.why)
        })),
        protection: view.protection ? { items: view.protection.items.map((item) => clean(item.id)), signers: clean(view.protection.signers) } : null
    };
}
/** File names in format counts come from tool output too. */
function copyCounts(counts, clean) {
    if ('files' in counts)
        return { files: counts.files.map(clean) };
    return structuredClone(counts);
}
/**
 * The end of the captured output, cut as the Markdown excerpt cuts it: the head and tail joined
 * when they are contiguous, then the last JSON_OUTPUT_EXCERPT_CHARS from the first line boundary.
 */
function outputExcerpt(output) {
    const joined = output.truncated ? output.tail || output.head : output.head + output.tail;
    if (joined.length <= JSON_OUTPUT_EXCERPT_CHARS)
        return joined;
    const window = joined.slice(joined.length - JSON_OUTPUT_EXCERPT_CHARS);
    const newline = window.indexOf('\n');
    return newline === -1 ? '' : window.slice(newline + 1);
}

;// CONCATENATED MODULE: ./src/report/checklist-changes.ts



const CHECKLIST_CHANGES_HEADING = '### Checklist changed in this pull request';
/** Rows shown before the rest is counted; weakening changes come first so none is left out before a harmless one. */
const DEFAULT_MAX_ROWS = 50;
const MAX_VALUE_CHARS = 120;
const MAX_WHY_CHARS = 240;
/** The section as Markdown lines; no lines when the checklist is the same as the base commit's. */
function renderChecklistChanges(view, options = {}) {
    if (view.changes.length === 0)
        return [];
    const redactor = options.redactor ?? createRedactor();
    const plain = (value) => redactor.redact(stripControl(value));
    const prose = (value, max = MAX_VALUE_CHARS) => safeInline(clip(plain(value), max));
    const code = (value) => codeSpan(clip(plain(value), MAX_VALUE_CHARS), { inTable: true });
    const weakening = view.changes.filter((change) => change.weakening);
    const ordered = [...weakening, ...view.changes.filter((change) => !change.weakening)];
    const maxRows = Math.max(1, options.maxRows ?? DEFAULT_MAX_ROWS);
    const shown = ordered.slice(0, maxRows);
    const hidden = ordered.slice(maxRows);
    const base = view.baseSha ? ` from the base commit ${codeSpan(view.baseSha.slice(0, 12))}` : ' from the base commit';
    const counts = `${plural(view.changes.length, 'change')}, ${weakening.length === 0 ? 'none weakens it' : `${format_formatNumber(weakening.length)} can weaken it`}`;
    const lines = [CHECKLIST_CHANGES_HEADING, '', `${codeSpan(plain(view.path))} differs${base}: ${counts}. ${ours(capitalise(view.explanation))}.`, ''];
    lines.push('| | item | change | why |', '|---|---|---|---|');
    for (const change of shown) {
        const mark = change.weakening ? '⚠️ weakens' : '';
        const item = change.itemId ? `${code(change.itemId)}${change.title ? ` ${prose(change.title, 80)}` : ''}` : 'whole checklist';
        lines.push(`| ${mark} | ${item} | ${checklist_changes_describe(change, prose, code)} | ${prose(change.why, MAX_WHY_CHARS)} |`);
    }
    if (hidden.length > 0) {
        const hiddenWeakening = hidden.filter((change) => change.weakening).length;
        lines.push('', `… and ${plural(hidden.length, 'more change')} not shown${hiddenWeakening > 0 ? ` (${format_formatNumber(hiddenWeakening)} can weaken it)` : ''}.`);
    }
    lines.push('');
    if (view.checklistFrom === 'base' || !view.protection) {
        if (view.checklistFrom === 'base')
            lines.push("None of these changes apply to this run: the base commit's checklist decides.", '');
        return lines;
    }
    const protection = view.protection;
    if (protection.items.length > 0) {
        lines.push(`\`protect-checklist\` is on: ${plural(protection.items.length, 'blocking item')} below ${protection.items.length === 1 ? 'needs' : 'need'} a sign-off from ${prose(protection.signers, 400)}.`, '');
        for (const item of protection.items.slice(0, maxRows))
            lines.push(`- ${codeSpan(plain(item.id))}: comment ${codeSpan(`/signoff ${plain(item.id)}`)}`);
        if (protection.items.length > maxRows)
            lines.push(`- … and ${plural(protection.items.length - maxRows, 'more')}`);
        lines.push('');
    }
    return lines;
}
function checklist_changes_describe(change, prose, code) {
    const subject = change.key
        ? `${change.kind === 'expect' ? 'expect' : change.kind} ${code(change.key)} `
        : change.kind === 'added' || change.kind === 'removed'
            ? ''
            : `${change.kind} `;
    if (change.kind === 'base-unavailable')
        return `${prose(change.change)}: ${prose(change.before ?? 'unknown reason')}`;
    const value = (text) => (change.kind === 'run' ? code(text) : prose(text));
    let values = '';
    if (change.before !== undefined && change.after !== undefined)
        values = `: ${value(change.before)} → ${value(change.after)}`;
    else if (change.before !== undefined)
        values = `: was ${value(change.before)}`;
    else if (change.after !== undefined)
        values = `: ${value(change.after)}`;
    const renamed = change.renamedTo ? ` (renamed to ${code(change.renamedTo)}?)` : '';
    return `${subject}${prose(change.change)}${values}${renamed}`;
}
/** Our own sentences keep their `code` marks; still made inert, in case a commit id field ever carries more than hex. */
function ours(text) {
    return neutraliseReferences(escapeHtml(stripControl(text).replace(/\r?\n/g, ' ')));
}
function clip(text, max) {
    return text.length > max ? `${sliceSafe(text, max - 1)}…` : text;
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/report/budget.ts
/**
 * Fitting a report into a surface's limit: comment 65,536 chars, check-run text 65,535 chars, job
 * summary 1 MiB in bytes. The report is a list of blocks with priorities; when it is too big the
 * least important go first, shortened entry by entry, always at a line boundary, with open code
 * fences and <details> closed, and the reader is told what was left out.
 */


const COMMENT_MAX_CHARS = 65_536;
const CHECK_RUN_TEXT_MAX_CHARS = 65_535;
function measure(text, unit) {
    return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
}
/**
 * Joins the blocks (a blank line between them), keeping within `limit`. The most important blocks
 * are placed first; each keeps its head and as many entries as fit, full where room allows and
 * short otherwise, in order, so the first failures are the ones shown in full.
 */
function fitBlocks(blocks, options) {
    const { limit, unit } = options;
    const size = (lines) => lines.reduce((total, line) => total + measure(line, unit) + 1, 0);
    const whole = blocks.map((block) => blockLines(block, block.entries.map((entry) => entry.lines)));
    const wholeText = joinBlocks(whole);
    if (measure(wholeText, unit) <= limit)
        return wholeText;
    const omitted = new Map();
    const shortened = new Map();
    const count = (map, noun, by = 1) => map.set(noun, (map.get(noun) ?? 0) + by);
    for (const block of blocks)
        for (const entry of block.entries)
            count(omitted, entry.noun);
    // The note's size is known only at the end; keep back room for a generous one.
    const sampleNote = options.omissionNote(new Map([...omitted.keys()].map((noun) => [noun, 9_999_999])), new Map([...omitted.keys()].map((noun) => [noun, 9_999_999])));
    let room = limit - size(sampleNote) - 2;
    omitted.clear();
    const kept = blocks.map(() => undefined);
    const order = blocks.map((block, index) => ({ block, index })).sort((a, b) => a.block.priority - b.block.priority || a.index - b.index);
    for (const { block, index } of order) {
        const fullSize = size(whole[index]) + 1;
        if (fullSize <= room) {
            kept[index] = whole[index];
            room -= fullSize;
            continue;
        }
        const fitted = fitEntries(block, room - 1, size);
        for (const [noun, number] of fitted.omitted)
            count(omitted, noun, number);
        for (const [noun, number] of fitted.shortened)
            count(shortened, noun, number);
        if (fitted.lines) {
            kept[index] = fitted.lines;
            room -= size(fitted.lines) + 1;
        }
    }
    let text = joinBlocks(kept.filter((lines) => lines !== undefined));
    if (omitted.size > 0 || shortened.size > 0)
        text += `\n${options.omissionNote(omitted, shortened).join('\n')}\n`;
    // Only a headline bigger than the whole limit gets here; cut it rather than break the surface.
    return measure(text, unit) <= limit ? text : truncateMarkdown(text, limit, unit);
}
function blockLines(block, entries) {
    const lines = [...(block.head ?? []), ...entries.flat(), ...(block.tail ?? [])];
    // Blocks are joined with one blank line; a block's own trailing blanks would only double it.
    while (lines.length > 0 && lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
function joinBlocks(blocks) {
    return blocks.map((lines) => `${lines.join('\n')}\n`).join('\n');
}
/**
 * Chooses how many entries to show (each at least in its short form), then upgrades them to the
 * full form in order while room remains. Entries left out are counted by noun.
 */
function fitEntries(block, room, size) {
    const omitted = new Map();
    const shortened = new Map();
    const count = (map, noun) => map.set(noun, (map.get(noun) ?? 0) + 1);
    const cutNote = (left) => [...(block.blankBeforeNote ? [''] : []), `_… ${format_formatNumber(left)} more not shown_`];
    const fixed = size([...(block.head ?? []), ...(block.tail ?? [])]) + size(cutNote(block.entries.length));
    const shortSizes = block.entries.map((entry) => size(entry.short ?? entry.lines));
    const fullSizes = block.entries.map((entry) => size(entry.lines));
    let used = fixed;
    let shown = 0;
    const chosen = [];
    // The first entries in full while they fit, then every later one at least short, then upgrades in order.
    while (shown < Math.min(block.keepFull ?? 0, block.entries.length) && used + fullSizes[shown] <= room) {
        used += fullSizes[shown];
        chosen.push(block.entries[shown++].lines);
    }
    const firstShort = shown;
    while (shown < block.entries.length && used + shortSizes[shown] <= room)
        used += shortSizes[shown++];
    let upgrading = true;
    for (let index = firstShort; index < shown; index++) {
        const entry = block.entries[index];
        const extra = fullSizes[index] - shortSizes[index];
        if (upgrading && used + extra <= room) {
            used += extra;
            chosen.push(entry.lines);
        }
        else {
            // Once one entry is short, the rest are too: the full ones stay the first ones.
            upgrading = false;
            chosen.push(entry.short ?? entry.lines);
            if (entry.short)
                count(shortened, entry.noun);
        }
    }
    for (const entry of block.entries.slice(shown))
        count(omitted, entry.noun);
    if (shown === 0)
        return { omitted, shortened };
    const left = block.entries.length - shown;
    const lines = blockLines(block, chosen);
    if (left > 0) {
        const tailLength = block.tail?.length ?? 0;
        lines.splice(lines.length - tailLength, 0, ...cutNote(left));
    }
    return { lines, omitted, shortened };
}
/**
 * Last resort for text that must be cut anywhere: keeps whole lines up to `limit` (a single line
 * longer than the limit is cut without splitting a surrogate pair), then closes any open code
 * fence and <details> so the rest of the page still renders.
 */
function truncateMarkdown(text, limit, unit) {
    if (measure(text, unit) <= limit)
        return text;
    const marker = '_… cut to fit_';
    const ending = (state) => measure(`${state.closers().join('\n')}\n${marker}\n`, unit);
    const kept = [];
    let state = new OpenBlocks();
    let used = 0;
    for (const line of text.split('\n')) {
        const next = state.after(line);
        const lineSize = measure(line, unit) + 1;
        if (used + lineSize + ending(next) > limit) {
            // Lines are cut only when the very first one alone is over the limit.
            const partial = kept.length === 0 ? sliceToSize(line, limit - used - ending(next) - 1, unit) : '';
            if (partial.length > 0) {
                kept.push(partial);
                state = state.after(partial);
            }
            break;
        }
        kept.push(line);
        used += lineSize;
        state = next;
    }
    const result = [...kept, ...state.closers(), marker].join('\n') + '\n';
    // Closers are tiny, but a limit smaller than them can only be met by cutting them too.
    return measure(result, unit) <= limit ? result : sliceToSize(result, limit, unit);
}
/** Which code fence and how many <details> are open after some lines; immutable, so trying a line is cheap. */
class OpenBlocks {
    fence;
    details;
    constructor(fence = undefined, details = 0) {
        this.fence = fence;
        this.details = details;
    }
    after(line) {
        if (this.fence !== undefined)
            return isFenceClose(line, this.fence) ? new OpenBlocks(undefined, this.details) : this;
        const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (open)
            return new OpenBlocks(open[1], this.details);
        const change = countOf(line, '<details') - countOf(line, '</details>');
        return change === 0 ? this : new OpenBlocks(undefined, Math.max(0, this.details + change));
    }
    closers() {
        const closers = [];
        if (this.fence !== undefined)
            closers.push(this.fence);
        for (let index = 0; index < this.details; index++)
            closers.push('', '</details>');
        return closers;
    }
}
/** What must follow `lines` to close an open code fence and every open <details>. */
function closersFor(lines) {
    let state = new OpenBlocks();
    for (const line of lines)
        state = state.after(line);
    return state.closers();
}
function isFenceClose(line, fence) {
    const trimmed = line.trim();
    if (trimmed.length < fence.length)
        return false;
    for (let index = 0; index < trimmed.length; index++)
        if (trimmed[index] !== fence[0])
            return false;
    return true;
}
function countOf(line, needle) {
    let count = 0;
    let at = line.indexOf(needle);
    while (at !== -1) {
        count++;
        at = line.indexOf(needle, at + needle.length);
    }
    return count;
}
/** The longest prefix of `text` within `max` units, never ending inside a surrogate pair. */
function sliceToSize(text, max, unit) {
    if (measure(text, unit) <= max)
        return text;
    if (unit === 'chars')
        return sliceSafe(text, max);
    // Bytes: at most 3 bytes per UTF-16 unit, so a binary search over the char length is short.
    let low = 0;
    let high = Math.min(text.length, max);
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (Buffer.byteLength(sliceSafe(text, middle), 'utf8') <= max)
            low = middle;
        else
            high = middle - 1;
    }
    return sliceSafe(text, low);
}

;// CONCATENATED MODULE: ./src/report/excerpt.ts

/** Longer lines are cut in every excerpt. */
const MAX_EXCERPT_LINE = 500;
/** Lines of an assertion message shown under a failing test. */
const MAX_CONTEXT_LINES = 8;
const MAX_CONTEXT_LINE = 200;
/**
 * The last lines of what a gate printed. The head and tail are contiguous unless the capture was
 * truncated, so they are joined when they can be. The window is cut at a line boundary before
 * `clean` (which redacts), so no token is split where the redactor could no longer recognise it.
 */
function tailExcerpt(output, maxLines, maxChars, clean) {
    const joined = output.truncated ? output.tail || output.head : output.head + output.tail;
    let window = joined;
    const windowChars = maxChars * 4;
    if (joined.length > windowChars) {
        window = joined.slice(joined.length - windowChars);
        const newline = window.indexOf('\n');
        window = newline === -1 ? '' : window.slice(newline + 1);
    }
    const all = clean(window).replace(/\n+$/, '').split('\n');
    const kept = [];
    let size = 0;
    for (let index = all.length - 1; index >= 0 && kept.length < maxLines; index--) {
        const line = all[index].length > MAX_EXCERPT_LINE ? `${sliceSafe(all[index], MAX_EXCERPT_LINE)} …` : all[index];
        if (size + line.length + 1 > maxChars)
            break;
        kept.unshift(line);
        size += line.length + 1;
    }
    return { text: kept.join('\n'), shown: kept.length };
}
/** The output as cleaned lines, searched once per gate for every failing test. */
function outputLines(output, clean) {
    if (!output || output.totalBytes === 0)
        return [];
    // A truncated capture has a gap between head and tail: never join across it, or lines would merge.
    const text = output.truncated ? `${output.head}${output.head.endsWith('\n') ? '' : '\n'}${output.tail}` : output.head + output.tail;
    return clean(text).split('\n');
}
/** Lines that start a test's failure report, by tool: a header names the test. */
function isHeaderFor(line, name) {
    const trimmed = line.trim();
    return (
    // cargo test: thread 'tests::x' (123) panicked at src/lib.rs:21:9:
    (trimmed.startsWith(`thread '${name}'`) && trimmed.includes(' panicked at ')) ||
        // jest / vitest: ● suite › name
        trimmed === `● ${name}` ||
        // node --test, spec reporter: ✖ name (1.2ms)
        trimmed === `✖ ${name}` ||
        trimmed.startsWith(`✖ ${name} (`) ||
        // TAP: not ok 2 - name
        (trimmed.startsWith('not ok ') && trimmed.endsWith(` - ${name}`)));
}
/** Where an assertion message ends: a stack trace, a code frame, the next test, a summary. */
const STOP = [
    /^stack backtrace:$/,
    /^note: /,
    /^at /,
    /^stack: /,
    /^>?\s*\d+ \|/,
    /^\.\.\.$/,
    /^----? /,
    /^(?:failures|successes):$/,
    /^test result:/,
    /^(?:thread '|● |✖ |not ok |ok \d|test |# (?:Subtest|tests|pass|fail))/,
    /^ℹ /
];
/** TAP diagnostics that say nothing about the assertion. */
const SKIP = [/^---$/, /^duration_ms: /, /^location: /, /^failureType: /, /^code: '/, /^name: '/];
/**
 * The message under a failing test's header: for cargo the assertion and its left/right values,
 * for jest Expected/Received, for node's runner the AssertionError and its operands. Empty when
 * the output does not show the test's header.
 */
function assertionContext(lines, testName) {
    const start = lines.findIndex((line) => isHeaderFor(line, testName));
    if (start === -1)
        return [];
    const kept = [];
    for (let index = start + 1; index < lines.length && kept.filter((line) => line.trim() !== '').length < MAX_CONTEXT_LINES; index++) {
        const trimmed = lines[index].trim();
        if (STOP.some((pattern) => pattern.test(trimmed)))
            break;
        if (SKIP.some((pattern) => pattern.test(trimmed)))
            continue;
        // Blank lines only separate; one is enough.
        if (trimmed === '' && (kept.length === 0 || kept.at(-1)?.trim() === ''))
            continue;
        kept.push(lines[index].length > MAX_CONTEXT_LINE ? `${sliceSafe(lines[index], MAX_CONTEXT_LINE)} …` : lines[index]);
    }
    while (kept.length > 0 && kept.at(-1)?.trim() === '')
        kept.pop();
    return dedent(kept);
}
function dedent(lines) {
    const indents = lines.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length);
    const common = indents.length > 0 ? Math.min(...indents) : 0;
    return lines.map((line) => line.slice(Math.min(common, line.length - line.trimStart().length)));
}

;// CONCATENATED MODULE: ./src/report/links.ts
/**
 * Links from a finding's file:line to that line at the pull request's head commit. Tools print
 * paths relative to where the gate ran, or absolute; a link is made only for a path that stays
 * inside the repository, and every part of the URL that came from output is percent-encoded, so
 * gate output can neither point a link elsewhere nor break out of it.
 */

/** A repository-relative path (POSIX) for `file` printed by a gate that ran in `workingDirectory`; undefined when it leaves the repository. */
function repositoryPath(file, workingDirectory, workspace) {
    const posix = file.replace(/\\/g, '/');
    let relative;
    if (external_node_path_default().posix.isAbsolute(posix)) {
        if (!workspace)
            return undefined;
        relative = external_node_path_default().posix.relative(workspace.replace(/\\/g, '/'), posix);
    }
    else {
        relative = external_node_path_default().posix.join(workingDirectory.replace(/\\/g, '/') || '.', posix);
    }
    relative = external_node_path_default().posix.normalize(relative);
    if (relative === '.' || relative === '' || relative.startsWith('../') || relative === '..' || external_node_path_default().posix.isAbsolute(relative))
        return undefined;
    return relative;
}
/** The blob URL of `repoPath` at line `line`, or undefined when the links settings are unusable. */
function blobUrl(links, repoPath, line) {
    const base = links.repositoryUrl.replace(/\/+$/, '');
    // Only a plain https URL and a hex SHA: these come from the event, but a link is not worth a doubt.
    if (!/^https:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[A-Za-z0-9._~-]+)*$/.test(base) || !/^[0-9a-f]{7,64}$/.test(links.headSha))
        return undefined;
    const encoded = repoPath
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/[()'!*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
    const anchor = line !== undefined && Number.isInteger(line) && line > 0 ? `#L${line}` : '';
    return `${base}/blob/${links.headSha}/${encoded}${anchor}`;
}

;// CONCATENATED MODULE: ./src/report/outline.ts
/**
 * What a report says, in the order a person needs it, before any surface decides how it looks:
 * the verdict, what blocks it, what is only a warning, a roll-up per section, and what passed.
 * Every item is placed exactly once. Pure: a run report in, plain data out.
 */



const PROBLEM_ORDER = { fail: 0, error: 1, cancelled: 2, pending: 3, pass: 4 };
/** Places every item of the report once, most important first. */
function outlineReport(report) {
    const { verdict, checklist } = report;
    const everyItem = types_allItems(checklist);
    const resultOf = (item) => report.results.get(item.id) ?? missingResult(item);
    // Only what decides is placed among blockers, warnings, the roll-up and passes; steps after GO,
    // and items an alternative stood in for, are listed on their own.
    const beforeDeploy = everyItem.filter(isBeforeDeploy);
    const waived = waivedByAlternatives(beforeDeploy, report.results);
    const decides = (item) => isBeforeDeploy(item) && !waived.has(item.id);
    const items = beforeDeploy.filter(decides);
    const views = items.map((item) => ({ item, result: resultOf(item) }));
    const standIns = beforeDeploy
        .filter((item) => waived.has(item.id))
        .map((item) => ({ item, result: { ...resultOf(item), reason: `not needed: its alternative \`${waived.get(item.id)}\` passed` } }));
    const concern = (severity) => {
        const mine = views.filter((view) => view.item.severity === severity && view.result.status !== 'pass');
        const gates = mine.filter((view) => view.result.status !== 'pending').sort((a, b) => PROBLEM_ORDER[a.result.status] - PROBLEM_ORDER[b.result.status]);
        return { gates, signoffs: signoffGroups(views, severity), general: [] };
    };
    const blocking = concern('blocking');
    const warnings = concern('warning');
    const general = generalReasons(report, views);
    if (verdict.decision === 'no-go')
        blocking.general.push(...general);
    else
        warnings.general.push(...general);
    // Fail closed in the presentation too: a verdict that is not GO always shows why, even if no item explains it.
    const target = verdict.decision === 'no-go' ? blocking : verdict.decision === 'conditional-go' ? warnings : undefined;
    if (target && isEmpty(target) && verdict.runProblems.length === 0)
        target.general.push(...verdict.reasons);
    const passedOf = (sectionItems) => sectionItems.flatMap((item) => {
        const result = resultOf(item);
        const evidence = passEvidence(item, result);
        return evidence ? [{ item, result, evidence }] : [];
    });
    const decidingIn = (sectionItems) => sectionItems.filter(decides);
    const passed = checklist.sections.map((section) => ({ title: section.title, items: passedOf(decidingIn(section.items)) })).filter((section) => section.items.length > 0);
    return {
        title: checklist.title,
        decision: verdict.decision,
        cancelled: report.cancelled,
        counts: verdict.counts,
        runProblems: verdict.runProblems,
        blocking,
        warnings,
        informational: [...views.filter((view) => view.item.severity === 'info' && view.result.status !== 'pass'), ...standIns],
        sections: checklist.sections.filter((section) => decidingIn(section.items).length > 0).map((section) => rollup(section.title, decidingIn(section.items), resultOf)),
        passed,
        passedBy: tally(passed.flatMap((section) => section.items.map((view) => view.evidence))),
        afterGo: everyItem.filter((item) => !isBeforeDeploy(item)).map((item) => ({ item, result: resultOf(item) })),
        rollbackIf: checklist.rollbackIf ?? [],
        signoffTrail: report.signoffs ?? []
    };
}
function isEmpty(concern) {
    return concern.gates.length === 0 && concern.signoffs.length === 0 && concern.general.length === 0;
}
/** Pending manual items of one severity, by section; the counts include those already signed. */
function signoffGroups(views, severity) {
    const groups = new Map();
    for (const view of views) {
        if (view.item.severity !== severity || (view.item.kind !== 'manual' && view.result.status !== 'pending'))
            continue;
        const group = groups.get(view.item.section) ?? { section: view.item.section, pending: [], signed: 0, total: 0 };
        groups.set(view.item.section, group);
        group.total++;
        if (view.result.status === 'pass')
            group.signed++;
        if (view.result.status === 'pending')
            group.pending.push(view);
    }
    return [...groups.values()].filter((group) => group.pending.length > 0);
}
/**
 * Reasons of the verdict that no item or run problem accounts for. The verdict writes an item's
 * reason as "id: …", so those are recognised by the ids of the items that did not pass.
 */
function generalReasons(report, views) {
    const problems = new Set(report.verdict.runProblems.map((problem) => problem.message));
    const prefixes = views.filter((view) => view.result.status !== 'pass' && view.item.severity !== 'info').map((view) => `${view.item.id}: `);
    return report.verdict.reasons.filter((reason) => !problems.has(reason) && !prefixes.some((prefix) => reason.startsWith(prefix)));
}
function rollup(title, items, resultOf) {
    const evidence = [];
    let failed = 0;
    let pending = 0;
    for (const item of items) {
        const result = resultOf(item);
        const known = passEvidence(item, result);
        if (known)
            evidence.push(known);
        else if (result.status === 'pending')
            pending++;
        else
            failed++;
    }
    return { title, passed: evidence.length, failed, pending, passedBy: tally(evidence) };
}
function tally(evidence) {
    const counts = Object.fromEntries(EVIDENCE_ORDER.map((kind) => [kind, 0]));
    for (const kind of evidence)
        counts[kind]++;
    return counts;
}
/** An item with no result was never judged: it is an error, never a pass. */
function missingResult(item) {
    return { id: item.id, status: 'error', summary: 'no result', reason: 'the gate produced no result', durationMs: 0 };
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * The Markdown report: job summary, PR comment and check-run text all come from here, in the
 * order of outline.ts: verdict and counts; what blocks (run problems, failed gates with their
 * failing tests and assertions, errors with their cause, pending sign-offs by section); warnings;
 * a roll-up per section; then, folded, what passed and the sign-off trail.
 *
 * Everything that came from a checklist or a gate goes through stripControl, the redactor and an
 * escaper for where it lands (prose, raw HTML, inline code, code fence) before it is written.
 */










/** Failing gates shown with full details; beyond this they get one line each. */
const MAX_DETAILED_GATES = 50;
/** However many gates failed, the first ones keep their details when the report must shrink. */
const KEEP_FULL_FAILURES = 5;
/** Failing tests of one gate listed by name, and how many of them get their assertion shown. */
const MAX_LIST_ENTRIES = 20;
const MAX_ASSERTIONS_SHOWN = 5;
/** A section's pending sign-offs are unfolded when the whole concern has this few. */
const MAX_OPEN_SIGNOFFS = 5;
/**
 * Output excerpts: the tail of the output, bounded by lines and characters. Shorter when the
 * failing tests or findings already say what went wrong, longer when the output is the evidence.
 */
const EXCERPT_WITH_DETAILS = { lines: 12, chars: 1_200 };
const EXCERPT_ALONE = { lines: 30, chars: 3_000 };
const MAX_PROSE = 300;
const MAX_SHORT = 120;
/** The verdict heading and a blocker's first line are short, so both stay on the first screen whatever a title or reason says. */
const MAX_HEADLINE_REASON = 200;
const MAX_NOTE = 160;
const MAX_WHY = 1_000;
/** Rows of the "Checklist changed" section left when the report must shrink (weakening changes come first). */
const CHECKLIST_CHANGES_SHORT_ROWS = 5;
/** Inline code (a test name, a command, a path) is cut here: a 50,000-character test name is still one line. */
const MAX_CODE = 300;
/**
 * Renders the report as GitHub Markdown. With `maxLength`, the result fits it: the verdict and
 * what blocks it are kept first, then warnings, the roll-up and the folded lists, and a closing
 * note says what was left out.
 */
function renderMarkdown(report, options = {}) {
    const redactor = options.redactor ?? createRedactor();
    const plain = (value) => redactor.redact(stripControl(value));
    const text = {
        plain,
        prose: (value, max = MAX_PROSE) => safeInline(markdown_clip(plain(value), max)),
        html: (value) => safeHtmlText(markdown_clip(plain(value), MAX_PROSE)),
        code: (value, inTable) => codeSpan(markdown_clip(plain(value), MAX_CODE), { inTable })
    };
    const context = { text, boxes: options.signoffBoxes ?? false, ...(options.links ? { links: options.links } : {}) };
    const outline = outlineReport(report);
    const blocks = [headline(outline, text)];
    const instructions = { shown: false };
    blocks.push(...concernBlocks(outline, 'blocking', context, instructions));
    // What the pull request changed in its own checklist: right after what blocks, before conditions.
    const checklistChanges = checklistChangesBlock(report, redactor);
    if (checklistChanges)
        blocks.push(checklistChanges);
    blocks.push(...concernBlocks(outline, 'warnings', context, instructions));
    // A run stopped before any item was judged has no sections to roll up.
    if (outline.sections.length > 0)
        blocks.push(rollupBlock(outline, text));
    if (outline.informational.length > 0)
        blocks.push(foldedItems('Informational, not passing', outline.informational, 4.5, 'informational items', context));
    if (outline.afterGo.length > 0 || outline.rollbackIf.length > 0)
        blocks.push(afterGoBlock(outline, context));
    blocks.push(...passedBlocks(outline, context));
    if (outline.signoffTrail.length > 0)
        blocks.push(trailBlock(outline, text));
    blocks.push({ priority: 1, entries: [], head: footerLines(report, text) });
    const header = options.header ? `${options.header}\n` : '';
    const footer = options.footer ? `\n${options.footer}\n` : '';
    const unit = options.unit ?? 'chars';
    const limit = (options.maxLength ?? Number.POSITIVE_INFINITY) - measure(header + footer, unit);
    return header + fitBlocks(blocks, { limit, unit, omissionNote: (omitted, shortened) => omissionNote(omitted, shortened, report.runUrl) }) + footer;
}
/**
 * "Checklist changed in this pull request", placed right after what blocks. Its priority puts it
 * before the roll-up and every folded list, so those are cut first; when it must shrink, only its
 * first rows stay.
 */
function checklistChangesBlock(report, redactor) {
    const view = report.checklistChanges;
    const lines = view ? renderChecklistChanges(view, { redactor }) : [];
    if (!view || lines.length === 0)
        return undefined;
    const short = renderChecklistChanges(view, { redactor, maxRows: CHECKLIST_CHANGES_SHORT_ROWS });
    return { priority: 2.4, entries: [{ noun: 'changed-checklist sections', lines, short }] };
}
function headline(outline, text) {
    return {
        priority: 1,
        head: [`## ${decisionHeading(outline.decision, outline.cancelled)}: ${text.prose(outline.title, MAX_SHORT)}`, '', formatCounts(outline.counts)],
        entries: []
    };
}
/** How many things a concern lists: each run problem, reason, gate and pending sign-off once. */
function concernSize(concern, runProblems) {
    return runProblems + concern.general.length + concern.gates.length + concern.signoffs.reduce((sum, group) => sum + group.pending.length, 0);
}
function concernBlocks(outline, which, context, instructions) {
    const { text } = context;
    const concern = outline[which];
    const runProblems = which === 'blocking' ? outline.runProblems : [];
    const size = concernSize(concern, runProblems.length);
    if (size === 0)
        return [];
    const blocking = which === 'blocking';
    const head = [blocking ? `### ⛔ Blocking (${format_formatNumber(size)})` : `### 🟡 Warnings (${format_formatNumber(size)})`];
    if (!blocking)
        head.push('', outline.decision === 'conditional-go' ? 'These do not stop the release; they are its conditions.' : 'These would not stop the release on their own.');
    const general = [
        ...runProblems.map((problem) => `- 🛑 **The run itself:** ${text.prose(problem.message, MAX_WHY)}`),
        ...concern.general.map((reason) => `- ${blocking ? '🛑' : '🟡'} ${text.prose(reason, MAX_WHY)}`)
    ];
    const blocks = [{ priority: 1, head: general.length > 0 ? [...head, '', ...general] : head, entries: [] }];
    if (concern.gates.length > 0) {
        blocks.push({
            priority: blocking ? 2 : 2.5,
            keepFull: blocking ? KEEP_FULL_FAILURES : 1,
            entries: concern.gates.map((view, index) => ({
                noun: blocking ? 'failing gates' : 'failing warning gates',
                lines: index < MAX_DETAILED_GATES ? gateDetails(view, context) : [gateLine(view, text)],
                short: [gateLine(view, text)]
            }))
        });
    }
    const open = concern.signoffs.reduce((sum, group) => sum + group.pending.length, 0) <= MAX_OPEN_SIGNOFFS;
    for (const group of concern.signoffs)
        blocks.push(signoffGroupBlock(group, blocking ? 3 : 3.2, open, context));
    if (concern.signoffs.length > 0 && !instructions.shown) {
        instructions.shown = true;
        blocks.push({
            priority: blocking ? 3 : 3.2,
            head: [
                context.boxes
                    ? 'Tick a box, comment `/signoff <id>`, or approve with a review that says it; `/revoke <id>` withdraws a sign-off.'
                    : 'Sign off on the pull request with a comment `/signoff <id>` (or an approving review that says it); `/revoke <id>` withdraws it.'
            ],
            entries: []
        });
    }
    return blocks;
}
/** One line for a failing gate: what it is and why it did not pass. */
function gateLine(view, text) {
    const { item, result } = view;
    return `- ${STATUS_ICONS[result.status]} **${text.prose(item.title, MAX_SHORT)}** (${text.code(item.id)})${softenedBy(item, text)}: ${STATUS_WORDS[result.status]} — ${text.prose(result.reason ?? result.summary, MAX_SHORT)}`;
}
/** Where a softer severity came from, so a heading edited to soften a gate shows in the report. */
function softenedBy(item, text) {
    return item.severity !== 'blocking' && item.severityFrom ? ` _(${item.severity}: ${text.prose(item.severityFrom, MAX_SHORT)})_` : '';
}
/** A failing gate in full: why, what ran, the failing tests with their assertions, findings, and the output's tail (folded). */
function gateDetails(view, context) {
    const { item, result } = view;
    const { text } = context;
    const why = result.reason ?? result.summary;
    const lines = [
        `${STATUS_ICONS[result.status]} **${text.prose(item.title, MAX_SHORT)}** (${text.code(item.id)})${softenedBy(item, text)}: ${STATUS_WORDS[result.status]} — ${text.prose(why, MAX_HEADLINE_REASON)}`,
        ''
    ];
    // The whole reason, when the first line had to cut it.
    if (text.plain(why).length > MAX_HEADLINE_REASON)
        lines.push(`**Why:** ${text.prose(why, MAX_WHY)}`, '');
    const ran = ranLine(item, result, text);
    if (ran)
        lines.push(ran, '');
    // A script that ran several tools: which of its commands did not pass, each in its own words.
    if (result.steps && result.steps.length > 0) {
        lines.push(`**Steps (${format_formatNumber(result.steps.length)}):**`, '', ...bounded(result.steps, (step) => `- ${STATUS_ICONS[step.status]} ${text.code(step.command)}: ${stepWords(step, (value) => text.prose(value, MAX_SHORT))}`), '');
    }
    const output = result.process?.output;
    const parsed = result.parsed;
    const where = (finding) => locationLink(finding.file, finding.line, finding.column, context);
    let detailed = false;
    let asserted = false;
    const attached = new Set();
    if (parsed?.kind === 'tests' && parsed.failingTests.length > 0) {
        detailed = true;
        const searched = outputLines(output, text.plain);
        lines.push(`**Failing tests (${format_formatNumber(parsed.failingTests.length)}):**`, '');
        parsed.failingTests.slice(0, MAX_LIST_ENTRIES).forEach((name, index) => {
            const finding = parsed.findings.find((candidate) => candidate.code === name && candidate.file);
            if (finding)
                attached.add(finding);
            lines.push(`- ${text.code(name)}${finding ? ` at ${where(finding)}` : ''}`);
            const assertion = index < MAX_ASSERTIONS_SHOWN ? assertionContext(searched, name) : [];
            if (assertion.length > 0) {
                asserted = true;
                lines.push('', ...indentedFence(assertion.join('\n'), 2), '');
            }
        });
        if (parsed.failingTests.length > MAX_LIST_ENTRIES)
            lines.push(`- … and ${format_formatNumber(parsed.failingTests.length - MAX_LIST_ENTRIES)} more`);
        lines.push('');
    }
    if (parsed?.kind === 'format' && parsed.counts && parsed.counts.files.length > 0 && parsed.findings.length === 0) {
        detailed = true;
        lines.push('**Files to reformat:**', '', ...bounded(parsed.counts.files, (file) => `- ${locationLink(file, undefined, undefined, context)}`), '');
    }
    const findings = (parsed?.findings ?? []).filter((finding) => !attached.has(finding));
    if (findings.length > 0) {
        detailed = true;
        lines.push('**Findings:**', '', ...bounded(findings, (finding) => {
            const at = finding.file ? `${where(finding)} ` : '';
            const code = finding.code ? ` (${text.code(finding.code)})` : '';
            return `- ${at}${finding.level}: ${text.prose(finding.message)}${code}`;
        }), '');
    }
    if (result.notes && result.notes.length > 0)
        lines.push(...bounded(result.notes, (note) => `- ${text.prose(note)}`), '');
    // Once the assertions are shown, the output's tail is mostly a stack trace: the job log has it.
    if (!asserted)
        lines.push(...foldedExcerpt(output, detailed ? EXCERPT_WITH_DETAILS : EXCERPT_ALONE, text));
    return lines;
}
/** "Ran `cargo test` (1 m 3 s): 2/3 passed." — or the evidence file looked for. */
function ranLine(item, result, text) {
    if (item.kind === 'command')
        return `Ran ${text.code(item.run)} (${formatDuration(result.durationMs)}): ${text.prose(result.summary, MAX_SHORT)}.`;
    if (item.kind === 'file')
        return `Evidence file ${text.code(item.path)}: ${text.prose(result.summary, MAX_SHORT)}.`;
    return undefined;
}
/** `file:line:column` as inline code, linked to the line at the head commit when links are known and the path stays in the repository. */
function locationLink(file, line, column, context) {
    if (!file)
        return '';
    // The gate runner already made finding paths relative to the repository's root.
    const repoPath = context.links ? repositoryPath(context.text.plain(file), '.', context.links.workspace) : undefined;
    const shown = [repoPath ?? file, line, column].filter((part) => part !== undefined).join(':');
    const label = context.text.code(shown);
    const url = context.links && repoPath ? blobUrl(context.links, repoPath, line) : undefined;
    return url ? `[${label}](${url})` : label;
}
/**
 * Output inside a fence renders as text, but our own parsers read the comment's raw body: the
 * sticky marker, the stored state and the sign-off boxes are HTML comments. Breaking every `<!--`
 * in output means no line of it can ever be taken for one of them.
 */
function fencedText(content) {
    return neutraliseReferences(stripControl(content)).replace(/<!--/g, `<!-${ZERO_WIDTH_SPACE}-`).replace(/\n+$/, '');
}
/** A code fence indented to sit inside a list item; nothing inside can close it. */
function indentedFence(content, indent) {
    const clean = fencedText(content);
    const fence = fenceFor(clean);
    const pad = ' '.repeat(indent);
    return [`${pad}${fence}text`, ...clean.split('\n').map((line) => `${pad}${line}`), `${pad}${fence}`];
}
function foldedExcerpt(output, size, text) {
    if (!output || output.totalBytes === 0)
        return [];
    const excerpt = tailExcerpt(output, size.lines, size.chars, text.plain);
    if (excerpt.shown === 0)
        return [];
    const caption = output.totalLines > excerpt.shown || output.truncated
        ? `Output: last ${format_formatNumber(excerpt.shown)} of ${format_formatNumber(output.totalLines)} lines`
        : `Output (${plural(excerpt.shown, 'line')})`;
    const clean = fencedText(excerpt.text);
    const fence = fenceFor(clean);
    return [`<details><summary>${caption}</summary>`, '', `${fence}text`, clean, fence, '', '</details>', ''];
}
function signoffGroupBlock(group, priority, open, context) {
    const { text } = context;
    return {
        priority,
        blankBeforeNote: true,
        head: [`<details${open ? ' open' : ''}><summary>⏳ <b>${text.html(group.section)}</b>: ${signedCount(group.signed, group.total)}</summary>`, ''],
        entries: group.pending.map((view) => ({ noun: 'pending sign-offs', lines: [signoffLine(view, context)] })),
        tail: ['', '</details>']
    };
}
/** A pending or signed manual item; in the comment a box whose hidden id lets a tick be traced to it (see github/state.ts). */
function signoffLine(view, context, icon = true) {
    const { item, result } = view;
    const { text } = context;
    const notes = result.notes && result.notes.length > 0 ? ` — ${result.notes.map((note) => text.prose(note, MAX_NOTE)).join('; ')}` : '';
    const summary = result.status === 'pending' && result.summary === 'awaiting sign-off' ? '' : ` — ${text.prose(result.summary, MAX_SHORT)}`;
    const softened = softenedBy(item, text);
    if (context.boxes)
        return `- [${result.status === 'pass' ? 'x' : ' '}] ${text.prose(item.title)} (${text.code(item.id)})${softened}${summary}${notes} <!-- signoff:${item.id} -->`;
    return `- ${icon ? `${STATUS_ICONS[result.status]} ` : ''}${text.prose(item.title)} (${text.code(item.id)})${softened}${summary}${notes}`;
}
function rollupBlock(outline, text) {
    const cell = (value) => (value === 0 ? '·' : format_formatNumber(value));
    return {
        priority: 3.5,
        blankBeforeNote: true,
        head: [
            '### By section',
            '',
            `| Section | ✅ Passed | ❌ Failed | ⏳ Pending | ${EVIDENCE_ORDER.map((kind) => `${EVIDENCE_ICONS[kind]} ${ROLLUP_HEADINGS[kind]}`).join(' | ')} |`,
            `|---|--:|--:|--:|${EVIDENCE_ORDER.map(() => '--:').join('|')}|`
        ],
        entries: outline.sections.map((section) => ({
            noun: 'section rows',
            lines: [
                `| ${text.prose(section.title, MAX_SHORT)} | ${cell(section.passed)} | ${cell(section.failed)} | ${cell(section.pending)} | ${EVIDENCE_ORDER.map((kind) => cell(section.passedBy[kind])).join(' | ')} |`
            ]
        }))
    };
}
const ROLLUP_HEADINGS = { verified: 'Verified', ticked: 'Ticked', signed: 'Signed' };
/** Non-blocking lists that need no attention, folded. */
function foldedItems(title, views, priority, noun, context) {
    const { text } = context;
    return {
        priority,
        blankBeforeNote: true,
        head: [`### ${title} (${format_formatNumber(views.length)})`, '', `<details><summary>${plural(views.length, 'item')}</summary>`, ''],
        entries: views.map((view) => ({ noun, lines: [gateLine(view, text)] })),
        tail: ['', '</details>']
    };
}
const PHASE_HEADINGS = { 'pre-deploy': 'Before deploying', deploy: 'Deploy', 'post-deploy': 'After deploying' };
/**
 * Deploy and post-deploy steps, after the decision: folded, never blocking, grouped by phase and by
 * what made them steps after GO. A gate among them is named outside the fold — it is not run, and
 * a pull request that moves a real gate there by rewording a heading must show it.
 */
function afterGoBlock(outline, context) {
    const { text } = context;
    const head = [`### ⏭️ After GO (${format_formatNumber(outline.afterGo.length)})`, '', 'Done after the decision; they never change it, and their gates are not run.'];
    if (outline.rollbackIf.length > 0)
        head.push('', `**Roll back if:** ${outline.rollbackIf.map((condition) => text.prose(condition, MAX_SHORT)).join('; ')}`);
    const gates = outline.afterGo.filter((view) => view.item.kind !== 'manual');
    if (gates.length > 0) {
        head.push('');
        for (const { item } of gates.slice(0, MAX_LIST_ENTRIES)) {
            const what = item.kind === 'command' ? text.code(item.run) : item.kind === 'file' ? `evidence ${text.code(item.path)}` : '';
            head.push(`- ⚠️ Not run before the decision: **${text.prose(item.title, MAX_SHORT)}** (${text.code(item.id)}) ${what}${phaseWhy(item, text)}`);
        }
        if (gates.length > MAX_LIST_ENTRIES)
            head.push(`- … and ${format_formatNumber(gates.length - MAX_LIST_ENTRIES)} more gates`);
    }
    let previous;
    const entries = outline.afterGo.map((view) => {
        const group = `${phaseOf(view.item)}\u0000${view.item.phaseFrom ?? ''}`;
        const line = afterGoLine(view, text);
        if (group === previous)
            return { noun: 'after-GO steps', lines: [line] };
        previous = group;
        return {
            noun: 'after-GO steps',
            lines: ['', `**${PHASE_HEADINGS[phaseOf(view.item)]}**${view.item.phaseFrom ? ` — ${text.prose(view.item.phaseFrom, MAX_SHORT)}` : ''}`, '', line]
        };
    });
    return {
        priority: 4.6,
        blankBeforeNote: true,
        head: entries.length > 0 ? [...head, '', `<details><summary>${plural(outline.afterGo.length, 'step')}</summary>`] : head,
        entries,
        tail: entries.length > 0 ? ['', '</details>'] : []
    };
}
/** " — post-deploy: "Post-deployment" in the heading … on line 40": why an item waits until after GO. */
function phaseWhy(item, text) {
    return ` — ${phaseOf(item)}${item.phaseFrom ? `: ${text.prose(item.phaseFrom, MAX_SHORT)}` : ''}`;
}
function afterGoLine(view, text) {
    const { item, result } = view;
    const summary = result.status === 'pending' && result.summary === 'awaiting sign-off' ? '' : ` — ${text.prose(result.summary, MAX_SHORT)}`;
    return `- ${STATUS_ICONS[result.status]} ${text.prose(item.title)} (${text.code(item.id)})${summary}`;
}
/**
 * What passed, folded, one fold per way it was known. In the PR comment the sign-offs given on the
 * pull request stay boxes (unticking one revokes it), so they are kept before the other passes.
 */
function passedBlocks(outline, context) {
    const total = EVIDENCE_ORDER.reduce((sum, kind) => sum + outline.passedBy[kind], 0);
    if (total === 0)
        return [];
    const blocks = [{ priority: 5, head: [`### ✅ Passed (${format_formatNumber(total)})`], entries: [] }];
    for (const kind of EVIDENCE_ORDER) {
        if (outline.passedBy[kind] === 0)
            continue;
        const entries = [];
        for (const section of outline.passed) {
            const views = section.items.filter((view) => view.evidence === kind);
            views.forEach((view, index) => {
                const line = passedLine(view, context);
                // The section's name goes with its first item, so a cut never leaves a name without items.
                entries.push({ noun: 'passing items', lines: index === 0 ? ['', `**${context.text.prose(section.title, MAX_SHORT)}**`, '', line] : [line] });
            });
        }
        blocks.push({
            priority: kind === 'signed' && context.boxes ? 3.4 : 5,
            blankBeforeNote: true,
            head: [`<details><summary>${EVIDENCE_ICONS[kind]} ${format_formatNumber(outline.passedBy[kind])} ${EVIDENCE_LABELS[kind]}</summary>`],
            entries,
            tail: ['', '</details>']
        });
    }
    return blocks;
}
/**
 * A pass in its fold: the fold already says how it was known, so the line says what was found.
 * Ticks in a Markdown checklist carry no id: theirs are slugs of the title, and there are many.
 */
function passedLine(view, context) {
    const { item, result } = view;
    const { text } = context;
    if (view.evidence === 'signed')
        return signoffLine(view, context, false);
    const notes = result.notes && result.notes.length > 0 ? ` — ${result.notes.map((note) => text.prose(note, MAX_NOTE)).join('; ')}` : '';
    if (view.evidence === 'ticked')
        return `- ${text.prose(item.title)}${notes}`;
    const time = itemDuration(item, result);
    const how = result.parser && result.parser !== 'exit-code' ? `${result.parser}, ` : '';
    return `- ${text.prose(item.title)} (${text.code(item.id)}) — ${text.prose(result.summary, MAX_SHORT)} (${how}${time ?? ''})${notes}`;
}
function trailBlock(outline, text) {
    const refused = outline.signoffTrail.filter((entry) => !entry.accepted).length;
    return {
        priority: 4,
        blankBeforeNote: true,
        head: [
            '### Sign-off trail',
            '',
            `<details><summary>${plural(outline.signoffTrail.length, 'sign-off event')}${refused > 0 ? `, ${format_formatNumber(refused)} refused` : ''}</summary>`,
            '',
            '| When | Who | Item | How | |',
            '|---|---|---|---|---|'
        ],
        entries: outline.signoffTrail.map((entry) => ({
            noun: 'sign-off trail entries',
            lines: [
                `| ${text.prose(entry.at.replace('T', ' ').slice(0, 16))} | ${text.prose(`@${entry.login}`)} | ${text.code(entry.itemId, true)} | ${entry.action === 'revoke' ? 'revoked' : 'signed off'} by ${text.prose(entry.via)} | ${entry.accepted ? '✅ accepted' : `❌ ${text.prose(entry.reason ?? 'refused')}`} |`
            ]
        })),
        tail: ['', '</details>']
    };
}
function bounded(values, render) {
    const lines = values.slice(0, MAX_LIST_ENTRIES).map(render);
    if (values.length > MAX_LIST_ENTRIES)
        lines.push(`- … and ${format_formatNumber(values.length - MAX_LIST_ENTRIES)} more`);
    return lines;
}
function footerLines(report, text) {
    const run = report.runUrl ? ` · [workflow run](${report.runUrl})` : '';
    return [`<sub>${text.prose(report.checklist.path)} · took ${formatDuration(report.durationMs)}${run} · go-no-go</sub>`];
}
function omissionNote(omitted, shortened, runUrl) {
    const list = (map) => [...map].filter(([, number]) => number > 0).map(([noun, number]) => `${format_formatNumber(number)} ${noun}`);
    const parts = [];
    if (list(omitted).length > 0)
        parts.push(`${list(omitted).join(', ')} not shown`);
    if (list(shortened).length > 0)
        parts.push(`${list(shortened).join(', ')} shortened to one line`);
    const where = runUrl ? `The full report is in the job summary of the [workflow run](${runUrl}).` : 'Run `npx go-no-go --format json` for the full report.';
    return ['> [!NOTE]', `> This report was shortened to fit: … ${parts.join('; ')}. ${where}`];
}
function markdown_clip(value, max) {
    return value.length > max ? `${sliceSafe(value, max)} …` : value;
}

;// CONCATENATED MODULE: ./src/report/terminal.ts
/**
 * The report for `npx go-no-go` in a terminal, in the same order as the Markdown one: the verdict
 * and counts, what blocks (failed gates with their failing tests, assertions and output tail,
 * errors with their cause, pending sign-offs by section), warnings, a roll-up per section, and
 * what passed and how it was known. The verdict is repeated on the last line, where the eye
 * lands when the command returns.
 */







const COLORS = {
    pass: 32,
    fail: 31,
    error: 33,
    pending: 36,
    cancelled: 90,
    go: 32,
    'conditional-go': 33,
    'no-go': 31
};
const DIM = 90;
const BOLD = 1;
const EXCERPT = { lines: 15, chars: 2_048 };
const terminal_MAX_LIST_ENTRIES = 10;
const terminal_MAX_ASSERTIONS_SHOWN = 3;
const MAX_LINE = 500;
const EVIDENCE_SYMBOLS = { verified: '✔', ticked: '☑', signed: '✍' };
function renderTerminal(report, options) {
    const redactor = options.redactor ?? createRedactor();
    // Gate output must not drive the terminal either: its escapes are stripped, only ours remain.
    const clean = (value) => redactor.redact(stripControl(value));
    // A line is cut at MAX_LINE: a 50,000-character test name must not fill the screen.
    const oneLine = (value) => {
        const flat = clean(value).replace(/\r?\n/g, ' ');
        return flat.length > MAX_LINE ? `${sliceSafe(flat, MAX_LINE)} …` : flat;
    };
    const paint = (code, text) => (options.color ? `\x1b[${code}m${text}\x1b[0m` : text);
    const outline = outlineReport(report);
    const verdictLine = `${paint(COLORS[outline.cancelled ? 'no-go' : outline.decision], decisionLabel(outline.decision, outline.cancelled))}  ${formatCounts(outline.counts)} · ${formatDuration(report.durationMs)}`;
    const lines = [`${oneLine(report.checklist.title)} (${oneLine(report.checklist.path)})`, verdictLine, ''];
    const concern = (title, which, runProblems) => {
        const count = runProblems.length + which.general.length + which.gates.length + which.signoffs.reduce((sum, group) => sum + group.pending.length, 0);
        if (count === 0)
            return;
        lines.push(paint(BOLD, `${title} (${format_formatNumber(count)})`));
        for (const problem of runProblems)
            lines.push(`  ${paint(COLORS['no-go'], '■')} the run itself: ${oneLine(problem)}`);
        for (const reason of which.general)
            lines.push(`  - ${oneLine(reason)}`);
        for (const view of which.gates)
            lines.push(...gateLines(view));
        for (const group of which.signoffs) {
            lines.push(`  ${paint(COLORS.pending, TERMINAL_SYMBOLS.pending)} ${oneLine(group.section)}: ${signedCount(group.signed, group.total)}`);
            for (const { item, result } of group.pending) {
                const notes = result.notes && result.notes.length > 0 ? ` — ${result.notes.map(oneLine).join('; ')}` : '';
                lines.push(`      ${item.id}  ${oneLine(item.title)}${notes}`);
            }
        }
        lines.push('');
    };
    // Where a softer severity came from, so a heading edited to soften a gate shows.
    const softened = (item) => (item.severity !== 'blocking' && item.severityFrom ? ` [${item.severity}: ${oneLine(item.severityFrom)}]` : '');
    const gateLines = ({ item, result }) => {
        const out = [
            `  ${paint(COLORS[result.status], TERMINAL_SYMBOLS[result.status])} ${item.id}  ${oneLine(item.title)}${softened(item)} — ${STATUS_WORDS[result.status]}: ${oneLine(result.reason ?? result.summary)}`
        ];
        if (item.kind === 'command')
            out.push(paint(DIM, `      ran ${oneLine(item.run)} (${formatDuration(result.durationMs)}): ${oneLine(result.summary)}`));
        const parsed = result.parsed;
        const output = result.process?.output;
        const attached = new Set();
        let asserted = false;
        if (parsed?.kind === 'tests' && parsed.failingTests.length > 0) {
            const searched = outputLines(output, clean);
            parsed.failingTests.slice(0, terminal_MAX_LIST_ENTRIES).forEach((name, index) => {
                const finding = parsed.findings.find((candidate) => candidate.code === name && candidate.file);
                if (finding)
                    attached.add(finding);
                out.push(`      failing: ${oneLine(name)}${finding ? `  ${oneLine(terminal_location(finding))}` : ''}`);
                const assertion = index < terminal_MAX_ASSERTIONS_SHOWN ? assertionContext(searched, name) : [];
                if (assertion.length > 0)
                    asserted = true;
                out.push(...assertion.map((line) => `          ${line}`));
            });
            if (parsed.failingTests.length > terminal_MAX_LIST_ENTRIES)
                out.push(`      … and ${format_formatNumber(parsed.failingTests.length - terminal_MAX_LIST_ENTRIES)} more`);
        }
        if (parsed?.kind === 'format' && parsed.counts && parsed.findings.length === 0)
            out.push(...terminal_bounded(parsed.counts.files, (file) => `      reformat: ${oneLine(file)}`));
        if (parsed) {
            const findings = parsed.findings.filter((finding) => !attached.has(finding));
            out.push(...terminal_bounded(findings, (finding) => `      ${finding.file ? `${oneLine(terminal_location(finding))}: ` : ''}${finding.level}: ${oneLine(finding.message)}`));
        }
        if (result.steps)
            out.push(...terminal_bounded(result.steps, (step) => `      step ${TERMINAL_SYMBOLS[step.status]} ${oneLine(step.command)}: ${stepWords(step, oneLine)}`));
        if (result.notes)
            out.push(...terminal_bounded(result.notes, (note) => `      ${oneLine(note)}`));
        // Once the assertions are shown, the output's tail is mostly a stack trace: the log keeps it.
        if (output && output.totalBytes > 0 && !asserted) {
            const excerpt = tailExcerpt(output, EXCERPT.lines, EXCERPT.chars, clean);
            if (excerpt.shown > 0) {
                const log = output.logPath ? ` (full log: ${output.logPath})` : '';
                out.push(paint(DIM, `      ── last ${excerpt.shown} of ${format_formatNumber(output.totalLines)} lines of output${log} ──`));
                out.push(...excerpt.text.split('\n').map((line) => `      ${line}`));
            }
        }
        return out;
    };
    concern('Blocking', outline.blocking, outline.runProblems.map((problem) => problem.message));
    concern('Warnings', outline.warnings, []);
    if (outline.sections.length > 0)
        lines.push(...terminal_rollup(outline, oneLine), '');
    const listed = (title, views) => {
        if (views.length === 0)
            return;
        lines.push(paint(BOLD, `${title} (${format_formatNumber(views.length)})`));
        for (const { item, result } of views)
            lines.push(`  ${paint(COLORS[result.status], TERMINAL_SYMBOLS[result.status])} ${item.id}  ${oneLine(item.title)} — ${oneLine(result.reason ?? result.summary)}`);
        lines.push('');
    };
    listed('Informational, not passing', outline.informational);
    if (outline.afterGo.length > 0 || outline.rollbackIf.length > 0) {
        // After the decision, never blocking; a gate among them is not run, and says why it waits.
        lines.push(`${paint(BOLD, `After GO (${format_formatNumber(outline.afterGo.length)})`)}  done after the decision, never blocking; their gates are not run`);
        if (outline.rollbackIf.length > 0)
            lines.push(`  Roll back if: ${outline.rollbackIf.map(oneLine).join('; ')}`);
        let previous;
        for (const { item, result } of outline.afterGo) {
            const group = `${phaseOf(item)}\u0000${item.phaseFrom ?? ''}`;
            if (group !== previous)
                lines.push(`  ${phaseOf(item)}${item.phaseFrom ? `: ${oneLine(item.phaseFrom)}` : ''}`);
            previous = group;
            const gate = item.kind === 'command'
                ? `  not run before the decision: ${oneLine(item.run)}`
                : item.kind === 'file'
                    ? `  not run before the decision: evidence ${oneLine(item.path)}`
                    : '';
            lines.push(`    ${paint(COLORS[result.status], TERMINAL_SYMBOLS[result.status])} ${item.id}  ${oneLine(item.title)}${gate}`);
        }
        lines.push('');
    }
    const passedTotal = EVIDENCE_ORDER.reduce((sum, kind) => sum + outline.passedBy[kind], 0);
    if (passedTotal > 0) {
        const how = EVIDENCE_ORDER.filter((kind) => outline.passedBy[kind] > 0).map((kind) => `${EVIDENCE_SYMBOLS[kind]} ${format_formatNumber(outline.passedBy[kind])} ${EVIDENCE_LABELS[kind]}`);
        lines.push(`${paint(BOLD, `Passed (${format_formatNumber(passedTotal)})`)}  ${how.join(' · ')}`);
        for (const section of outline.passed) {
            lines.push(`  ${oneLine(section.title)}`);
            for (const view of section.items) {
                const how = passedHow(view.item, view.result.summary, view.evidence, view.result.durationMs, oneLine);
                lines.push(`    ${paint(COLORS.pass, EVIDENCE_SYMBOLS[view.evidence])} ${view.item.id}  ${oneLine(view.item.title)}${how ? ` — ${how}` : ''}`);
            }
        }
        lines.push('');
    }
    if (outline.signoffTrail.length > 0) {
        lines.push(paint(BOLD, 'Sign-off trail'));
        for (const entry of outline.signoffTrail) {
            const verdict = entry.accepted ? 'accepted' : `refused: ${oneLine(entry.reason ?? 'refused')}`;
            lines.push(`  ${entry.at.replace('T', ' ').slice(0, 16)}  @${oneLine(entry.login)} ${entry.action === 'revoke' ? 'revoked' : 'signed off'} ${oneLine(entry.itemId)} by ${entry.via} — ${verdict}`);
        }
        lines.push('');
    }
    lines.push(verdictLine);
    return `${lines.join('\n')}\n`;
}
function passedHow(item, summary, evidence, durationMs, oneLine) {
    if (evidence === 'verified')
        return `${oneLine(summary)}${item.kind === 'manual' ? '' : `  ${formatDuration(durationMs)}`}`;
    return evidence === 'ticked' ? '' : oneLine(summary);
}
/** A fixed-width table of sections: the same roll-up as the Markdown one. */
function terminal_rollup(outline, oneLine) {
    const headings = ['passed', 'failed', 'pending', 'verified', 'ticked', 'signed'];
    const rows = outline.sections.map((section) => ({
        title: oneLine(section.title),
        values: [section.passed, section.failed, section.pending, ...EVIDENCE_ORDER.map((kind) => section.passedBy[kind])].map((value) => (value === 0 ? '·' : format_formatNumber(value)))
    }));
    const width = Math.min(48, Math.max('By section'.length, ...rows.map((row) => [...row.title].length)));
    const pad = (text) => {
        const chars = [...text];
        return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : text + ' '.repeat(width - chars.length);
    };
    const columns = (values) => values.map((value, index) => value.padStart(headings[index].length)).join('  ');
    return [`${pad('By section')}  ${headings.join('  ')}`, ...rows.map((row) => `${pad(row.title)}  ${columns(row.values)}`)];
}
function terminal_location(finding) {
    return [finding.file, finding.line, finding.column].filter((part) => part !== undefined).join(':');
}
function terminal_bounded(values, render) {
    const lines = values.slice(0, terminal_MAX_LIST_ENTRIES).map(render);
    if (values.length > terminal_MAX_LIST_ENTRIES)
        lines.push(`      … and ${format_formatNumber(values.length - terminal_MAX_LIST_ENTRIES)} more`);
    return lines;
}

;// CONCATENATED MODULE: ./src/gates/evaluate.ts

/**
 * Judges one command gate. Rules apply in order and the first that decides wins:
 * 1. the process (cancelled, could not start, timed out, not found, not executable, killed);
 * 2. a problem the parser reported (compile error, registry unreachable, no report);
 * 3. the counts for the parser's kind against the item's thresholds.
 */
function evaluateGate(item, outcome, parsed) {
    const couldNotRun = judgeProcess(item, outcome);
    if (couldNotRun)
        return couldNotRun;
    if ('problem' in parsed && parsed.problem) {
        return { status: parsed.problem.status, summary: parsed.problem.status === 'fail' ? 'failed' : 'could not check', reason: parsed.problem.message };
    }
    switch (parsed.kind) {
        case 'tests':
            return judgeTests(parsed.counts, parsed.failingTests, item.expect, outcome, parsed.exitCause);
        case 'lint':
            return judgeLint(parsed.counts, item.expect, outcome);
        case 'format':
            return judgeFormat(parsed.counts?.files ?? null, outcome);
        case 'audit':
            return judgeAudit(parsed.counts, item.expect);
        case 'exit-code':
            return outcome.exitCode === 0
                ? { status: 'pass', summary: 'exit 0' }
                : { status: 'fail', summary: `exit ${outcome.exitCode}`, reason: `exited with code ${outcome.exitCode}` };
        default:
            return { status: 'error', summary: 'could not check', reason: 'the output was read by an unknown parser' };
    }
}
function judgeProcess(item, outcome) {
    const first = firstLine(outcome);
    if (outcome.cancelled)
        return { status: 'cancelled', summary: 'cancelled', reason: 'the run was cancelled before the gate finished' };
    if (outcome.spawnError)
        return { status: 'error', summary: 'could not start', reason: `could not start: ${outcome.spawnError}` };
    if (outcome.timedOut)
        return { status: 'error', summary: 'timed out', reason: `timed out after ${timeoutSeconds(item.timeoutMs)}s` };
    if (outcome.exitCode === 127)
        return { status: 'error', summary: 'not found', reason: `command not found${first ? `: ${notFoundName(first)}` : ''}` };
    if (outcome.exitCode === 126)
        return { status: 'error', summary: 'not executable', reason: `command not executable${first ? `: ${first}` : ''}` };
    if (outcome.signal) {
        const hint = outcome.signal === 'SIGKILL' ? ' (out of memory?)' : '';
        return { status: 'error', summary: `killed by ${outcome.signal}`, reason: `killed by ${outcome.signal}${hint}` };
    }
    // A shell reports its child's death by signal N as exit 128+N.
    if (outcome.exitCode === 137 || outcome.exitCode === 143) {
        const signal = outcome.exitCode === 137 ? 'SIGKILL' : 'SIGTERM';
        return { status: 'error', summary: `killed by ${signal}`, reason: `exit ${outcome.exitCode}: killed by ${signal}${signal === 'SIGKILL' ? ' (out of memory?)' : ''}` };
    }
    if (outcome.exitCode === null)
        return { status: 'error', summary: 'no exit code', reason: 'the process ended without an exit code' };
    return undefined;
}
/**
 * `exitCause` is the runner's own reason for a non-zero exit (a coverage threshold, no test files,
 * a linter that ran first): with it, a failed run whose tests all passed, or that never reached its
 * tests, is a FAIL for that reason; without it, the outcome is unknown, so an ERROR.
 */
function judgeTests(counts, failingTests, expect, outcome, exitCause) {
    const failedBecause = outcome.exitCode !== 0 && exitCause ? exitCause : undefined;
    if (!counts) {
        if (failedBecause)
            return { status: 'fail', summary: 'failed', reason: `exited ${outcome.exitCode} before any test summary: ${failedBecause}` };
        return { status: 'error', summary: 'no summary', reason: `no test summary found in the output (exit ${outcome.exitCode})` };
    }
    const executed = counts.passed + counts.failed;
    const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
    const summary = `${counts.passed}/${executed} passed${skipped}`;
    const minTests = expect.minTests ?? 1;
    if (executed < minTests) {
        const reason = executed === 0 ? 'no tests ran' : `only ${executed} tests ran, ${minTests} required`;
        return { status: 'fail', summary, reason: failedBecause ? `${reason}: ${failedBecause}` : reason };
    }
    const named = failingTests.length > 0 ? `: ${failingTests.slice(0, 5).join(', ')}${failingTests.length > 5 ? ', …' : ''}` : '';
    // max-failures alone is an explicit allowance; a default 100% pass rate would make it meaningless.
    const passRate = expect.passRate ?? (expect.maxFailures === undefined ? 100 : 0);
    // Compared as integers (passed·100 < rate·executed) so 2/3 against 66.67% is not decided by float noise.
    if (counts.passed * 100 < passRate * executed) {
        const below = expect.passRate === undefined ? `${counts.failed} failed` : `${counts.passed}/${executed} passed (${formatPercent((counts.passed / executed) * 100)}), below ${passRate}%`;
        return { status: 'fail', summary, reason: `${below}${named}` };
    }
    const maxFailures = expect.maxFailures ?? (expect.passRate === undefined ? 0 : Number.POSITIVE_INFINITY);
    if (counts.failed > maxFailures)
        return { status: 'fail', summary, reason: `${counts.failed} failed, at most ${maxFailures} allowed${named}` };
    if (outcome.exitCode !== 0 && counts.failed === 0) {
        if (failedBecause)
            return { status: 'fail', summary, reason: `exited ${outcome.exitCode} although all tests passed: ${failedBecause}` };
        return { status: 'error', summary, reason: `exited ${outcome.exitCode} although all tests passed` };
    }
    return { status: 'pass', summary: counts.failed > 0 ? `${summary} (${counts.failed} failure${counts.failed === 1 ? '' : 's'} allowed)` : summary };
}
function judgeLint(counts, expect, outcome) {
    if (!counts)
        return { status: 'error', summary: 'no report', reason: `no diagnostics could be read (exit ${outcome.exitCode})${firstLine(outcome) ? `: ${firstLine(outcome)}` : ''}` };
    const summary = [counts.errors > 0 ? plural(counts.errors, 'error') : '', plural(counts.warnings, 'warning')].filter(Boolean).join(', ');
    const maxErrors = expect.maxErrors ?? 0;
    if (counts.errors > maxErrors)
        return { status: 'fail', summary, reason: maxErrors === 0 ? plural(counts.errors, 'error') : `${plural(counts.errors, 'error')}, at most ${maxErrors} allowed` };
    const maxWarnings = expect.maxWarnings ?? 0;
    if (counts.warnings > maxWarnings)
        return { status: 'fail', summary, reason: `${plural(counts.warnings, 'warning')}, at most ${maxWarnings} allowed` };
    // Errors the checklist allows still make the tool exit non-zero; that exit is explained.
    if (outcome.exitCode !== 0 && counts.errors === 0)
        return { status: 'error', summary, reason: `exited ${outcome.exitCode} without an error diagnostic` };
    if (counts.errors > 0)
        return { status: 'pass', summary: `${summary} (≤ ${maxErrors} errors, ≤ ${maxWarnings} warnings allowed)` };
    return { status: 'pass', summary: counts.warnings === 0 ? 'no warnings' : `${summary} (≤ ${maxWarnings} allowed)` };
}
function judgeFormat(files, outcome) {
    if (files && files.length > 0) {
        const summary = files.length === 1 ? '1 file needs formatting' : `${files.length} files need formatting`;
        return { status: 'fail', summary, reason: `needs formatting: ${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}` };
    }
    if (outcome.exitCode !== 0)
        return { status: 'error', summary: 'could not check', reason: `exited ${outcome.exitCode} without listing a file` };
    return { status: 'pass', summary: 'formatted' };
}
const SEVERITY_ORDER = ['critical', 'high', 'moderate', 'medium', 'low', 'info', 'unknown', 'none'];
function judgeAudit(counts, expect) {
    if (!counts)
        return { status: 'error', summary: 'no report', reason: 'no audit report could be read' };
    const allowed = new Set((expect.allowedSeverities ?? []).flatMap((severity) => (severity === 'moderate' || severity === 'medium' ? ['moderate', 'medium'] : [severity])));
    const entries = Object.entries(counts.bySeverity).filter(([, count]) => count > 0);
    const rank = (severity) => (SEVERITY_ORDER.includes(severity) ? SEVERITY_ORDER.indexOf(severity) : SEVERITY_ORDER.length);
    entries.sort(([a], [b]) => rank(a) - rank(b));
    const counted = entries.filter(([severity]) => !allowed.has(severity)).reduce((sum, [, count]) => sum + count, 0);
    const total = entries.reduce((sum, [, count]) => sum + count, 0);
    const breakdown = entries.map(([severity, count]) => `${count} ${severity}`).join(', ');
    const summary = total === 0 ? 'no vulnerabilities' : `${plural(total, 'vulnerability', 'vulnerabilities')} (${breakdown})`;
    const maxVulnerabilities = expect.maxVulnerabilities ?? 0;
    if (counted > maxVulnerabilities)
        return { status: 'fail', summary, reason: `${summary}; at most ${maxVulnerabilities} allowed${allowed.size ? ` outside ${[...allowed].join('/')}` : ''}` };
    const maxWarnings = expect.maxWarnings ?? Number.POSITIVE_INFINITY;
    if (counts.warnings > maxWarnings)
        return {
            status: 'fail',
            summary: `${summary}, ${plural(counts.warnings, 'warning')}`,
            reason: `${plural(counts.warnings, 'advisory warning')}, at most ${maxWarnings} allowed`
        };
    return { status: 'pass', summary: counts.warnings > 0 ? `${summary}, ${plural(counts.warnings, 'warning')}` : summary };
}
/** bash says "run: line 3: cargo: command not found"; the reader wants "cargo (line 3 of run:)". */
function notFoundName(line) {
    const said = /^(?:[^:]*: )?line (\d+): (.+): command not found$/.exec(line);
    return said ? `${said[2]} (line ${said[1]} of run:)` : line;
}
function firstLine(outcome) {
    return outcome.output.head
        .split('\n')
        .find((line) => line.trim() !== '')
        ?.trim()
        .slice(0, 200);
}
function timeoutSeconds(ms) {
    return String(Math.round(ms / 100) / 10);
}
function formatPercent(value) {
    return `${Math.floor(value * 10) / 10}%`;
}

;// CONCATENATED MODULE: ./src/gates/child-env.ts
/**
 * The environment a gate runs in. A JavaScript action's own environment carries more privilege
 * than a `run:` step (our token as INPUT_GITHUB-TOKEN, the runtime and OIDC tokens), and the
 * runner's command files would let a gate set env vars for later steps or overflow our summary.
 */

const REMOVED_EXACT = new Set([
    'GITHUB_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL'
]);
const REMOVED_PREFIXES = ['INPUT_', 'ACTIONS_ID_TOKEN_REQUEST_'];
const RUNNER_COMMAND_FILES = ['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'];
/** Carried by every process a gate starts, so whatever it leaves running can be found and stopped (see leftovers.ts). */
const TRACKING_VARIABLE = 'GO_NO_GO_TRACKING_ID';
/** The throwaway file a gate sees as `name` (GITHUB_ENV → <dir>/github_env). */
function throwawayCommandFile(commandFilesDir, name) {
    return external_node_path_default().join(commandFilesDir, name.toLowerCase());
}
/**
 * The parent's environment without tokens, plus the item's own variables, plus what go-no-go
 * sets last so that neither the checklist nor the parent can override it: the private temporary
 * directory, throwaway command files, the tracking value and CI=true.
 */
function buildChildEnv(parent, itemEnv, place) {
    const env = {};
    for (const [name, value] of Object.entries(parent)) {
        if (value === undefined || isWithheldFromGates(name))
            continue;
        env[name] = value;
    }
    Object.assign(env, itemEnv);
    // Outside Actions there is no runner file to protect; a tool may read a set GITHUB_OUTPUT as "in Actions".
    for (const name of RUNNER_COMMAND_FILES)
        if (name in env)
            env[name] = throwawayCommandFile(place.commandFilesDir, name);
    // The runner's RUNNER_TEMP holds its command files (_runner_file_commands); a gate gets its own.
    for (const name of ['TMPDIR', 'TEMP', 'TMP', 'RUNNER_TEMP'])
        env[name] = place.tempDir;
    env[TRACKING_VARIABLE] = place.trackingId;
    env.CI = 'true';
    return env;
}
/** A variable no gate may see: the action's token and the runner's tokens and service addresses. */
function isWithheldFromGates(name) {
    // Variable names are case-sensitive on Linux, but a tool may look a name up case-insensitively.
    const upper = name.toUpperCase();
    return REMOVED_EXACT.has(upper) || REMOVED_PREFIXES.some((prefix) => upper.startsWith(prefix));
}

;// CONCATENATED MODULE: ./src/random-bytes.ts
/**
 * Unguessable bytes (step-marker tokens, output delimiters, stop-commands tokens) without loading
 * `node:crypto`: loading it costs the action about 5 ms of start-up (OpenSSL lists its algorithms),
 * more than everything a one-gate run asks of it. The kernel's generator is what `node:crypto`
 * seeds from anyway; where it cannot be read as the kernel's own device, `node:crypto` answers.
 */

/** /dev/urandom's device number on Linux (major 1, minor 9): anything else in its place is not trusted. */
const LINUX_URANDOM_DEVICE = (1 << 8) | 9;
function randomBytes(size, source = '/dev/urandom') {
    return (process.platform === 'linux' ? fromKernel(size, source) : undefined) ?? process.getBuiltinModule('node:crypto').randomBytes(size);
}
function randomHex(bytes) {
    return randomBytes(bytes).toString('hex');
}
function fromKernel(size, source) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(source, 'r');
        const info = (0,external_node_fs_.fstatSync)(fd);
        if (!info.isCharacterDevice() || info.rdev !== LINUX_URANDOM_DEVICE)
            return undefined;
        const bytes = Buffer.alloc(size);
        for (let filled = 0; filled < size;) {
            const read = (0,external_node_fs_.readSync)(fd, bytes, filled, size - filled, null);
            if (read <= 0)
                return undefined;
            filled += read;
        }
        return bytes;
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/gates/leftovers.ts
/**
 * Finding and stopping what a gate left running. Killing the gate's process group is not enough:
 * `setsid -f`, a double fork or `nohup … &` in a subshell all leave the group, and such a daemon
 * could write to the runner's files after go-no-go restored them. Like the runner's own
 * RUNNER_TRACKING_ID, every gate process carries a tracking value; it also inherits a marker
 * descriptor, which survives a re-exec with a cleared environment (`env -i`). A process counts as
 * the gate's only on that evidence, or when its parent is one of the gate's: nothing else is
 * ever signalled.
 *
 * Linux only: it reads /proc. Elsewhere nothing is found and the process group kill remains.
 */

/** Freezing rounds before giving up on a process that forks faster than it can be stopped. */
const MAX_FREEZE_ROUNDS = 64;
const POLL_MS = 10;
const DEFAULT_WAIT_MS = 3_000;
/**
 * Stops every live process that carries the gate's marks, and every descendant of one. They are
 * frozen with SIGSTOP first (a stopped process cannot fork) until a scan finds nothing new, then
 * killed together with SIGKILL, then waited for.
 */
async function stopLeftovers(marks, options = {}) {
    const procRoot = options.procRoot ?? '/proc';
    const exclude = new Set([0, 1, process.pid, ...(options.exclude ?? [])]);
    const frozen = new Map();
    for (let round = 0; round < MAX_FREEZE_ROUNDS; round++) {
        const fresh = findGateProcesses(procRoot, marks, exclude, frozen).filter((entry) => !frozen.has(entry.pid));
        if (fresh.length === 0)
            break;
        for (const entry of fresh) {
            if (signalIfSame(procRoot, entry, 'SIGSTOP'))
                frozen.set(entry.pid, entry);
            else if (readEntry(procRoot, entry.pid)?.startTime === entry.startTime)
                frozen.set(entry.pid, entry);
        }
    }
    // Nothing found and no time passed since: another scan would only cost as much again.
    if (frozen.size === 0)
        return { stopped: [], survivors: [] };
    for (const entry of frozen.values())
        signalIfSame(procRoot, entry, 'SIGKILL');
    await waitUntilGone(procRoot, [...frozen.values()], options.waitMs ?? DEFAULT_WAIT_MS);
    const alive = (entry) => isAlive(readEntry(procRoot, entry.pid), entry);
    const remaining = [...frozen.values()].filter(alive);
    // Anything new now escaped the freeze (a fork bomb faster than the rounds): it is not stopped either.
    const late = findGateProcesses(procRoot, marks, exclude, new Map()).filter((entry) => !frozen.has(entry.pid));
    const survivors = [...remaining, ...late].map(leftovers_describe);
    const stopped = [...frozen.values()].filter((entry) => !remaining.includes(entry)).map(leftovers_describe);
    return { stopped, survivors };
}
/** "killed 2 processes left running: sleep (pid 41), sh (pid 40)" and the like, for the gate's result. */
function describeLeftovers(report) {
    const notes = [];
    if (report.stopped.length > 0)
        notes.push(`killed ${countProcesses(report.stopped.length)} left running: ${nameProcesses(report.stopped)}`);
    if (report.survivors.length > 0)
        notes.push(`could not stop ${countProcesses(report.survivors.length)} left running: ${nameProcesses(report.survivors)}`);
    return notes;
}
function countProcesses(count) {
    return count === 1 ? '1 process' : `${count} processes`;
}
function nameProcesses(processes) {
    const shown = processes.slice(0, 5).map((entry) => `${entry.name} (pid ${entry.pid})`);
    return `${shown.join(', ')}${processes.length > 5 ? `, and ${processes.length - 5} more` : ''}`;
}
function leftovers_describe(entry) {
    return { pid: entry.pid, name: entry.name };
}
/** One pass over /proc: the processes with a mark, then their descendants (by parent pid). */
function findGateProcesses(procRoot, marks, exclude, known) {
    const entries = readProcessTable(procRoot);
    const byPid = new Map(entries.map((entry) => [entry.pid, entry]));
    // A gate's processes all started after go-no-go did. Reading the environment and descriptors of
    // every older process (the runner's, the desktop's) was most of each gate's cost on a busy machine.
    const since = byPid.get(process.pid)?.startTime;
    const older = (entry) => since !== undefined && Number(entry.startTime) < Number(since);
    const found = new Map();
    for (const entry of entries) {
        if (exclude.has(entry.pid) || entry.state === 'Z' || entry.state === 'X' || older(entry))
            continue;
        if (carriesVariable(procRoot, entry.pid, marks) || holdsMarker(procRoot, entry.pid, marks))
            found.set(entry.pid, entry);
    }
    // A child of one of the gate's processes was started by it; this catches `env -i` children of a live parent.
    const isGate = (pid) => found.has(pid) || isAlive(byPid.get(pid), known.get(pid));
    let grew = true;
    while (grew) {
        grew = false;
        for (const entry of entries) {
            if (found.has(entry.pid) || exclude.has(entry.pid) || entry.state === 'Z' || entry.state === 'X')
                continue;
            if (isGate(entry.ppid)) {
                found.set(entry.pid, entry);
                grew = true;
            }
        }
    }
    return [...found.values()];
}
function readProcessTable(procRoot) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(procRoot);
    }
    catch {
        return [];
    }
    const entries = [];
    for (const name of names) {
        if (!/^[0-9]+$/.test(name))
            continue;
        const entry = readEntry(procRoot, Number(name));
        if (entry)
            entries.push(entry);
    }
    return entries;
}
/** Parses /proc/<pid>/stat. The name is in parentheses and may itself contain ") ", so the last one ends it. */
function readEntry(procRoot, pid) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(`${procRoot}/${pid}/stat`, 'utf8');
    }
    catch {
        return undefined;
    }
    const open = text.indexOf('(');
    const close = text.lastIndexOf(')');
    if (open === -1 || close < open)
        return undefined;
    const fields = text.slice(close + 2).split(' ');
    // After the name: state (field 3), ppid (4), …, starttime (22).
    if (fields.length < 20)
        return undefined;
    return { pid, name: text.slice(open + 1, close), state: fields[0], ppid: Number(fields[1]), startTime: fields[19] };
}
function isAlive(current, original) {
    return current !== undefined && original !== undefined && current.startTime === original.startTime && current.state !== 'Z' && current.state !== 'X';
}
function carriesVariable(procRoot, pid, marks) {
    let environ;
    try {
        environ = (0,external_node_fs_.readFileSync)(`${procRoot}/${pid}/environ`);
    }
    catch {
        return false;
    }
    const needle = Buffer.from(`${marks.variable}=${marks.value}`);
    for (let at = environ.indexOf(needle); at !== -1; at = environ.indexOf(needle, at + 1)) {
        const starts = at === 0 || environ[at - 1] === 0;
        const ends = at + needle.length === environ.length || environ[at + needle.length] === 0;
        if (starts && ends)
            return true;
    }
    return false;
}
function holdsMarker(procRoot, pid, marks) {
    const marker = marks.marker;
    if (!marker)
        return false;
    let fds;
    try {
        fds = (0,external_node_fs_.readdirSync)(`${procRoot}/${pid}/fd`);
    }
    catch {
        return false;
    }
    for (const fd of fds) {
        const link = `${procRoot}/${pid}/fd/${fd}`;
        try {
            // The marker is an unlinked file; sockets, pipes and devices are passed over without a stat.
            if (!(0,external_node_fs_.readlinkSync)(link).endsWith(' (deleted)'))
                continue;
            const info = (0,external_node_fs_.statSync)(link);
            if (info.dev === marker.dev && info.ino === marker.ino)
                return true;
        }
        catch {
            // The descriptor was closed meanwhile, or the process is gone.
        }
    }
    return false;
}
/** Signals `entry` only if its pid still names the same process (pids are reused). */
function signalIfSame(procRoot, entry, signal) {
    if (readEntry(procRoot, entry.pid)?.startTime !== entry.startTime)
        return false;
    try {
        process.kill(entry.pid, signal);
        return true;
    }
    catch {
        return false;
    }
}
async function waitUntilGone(procRoot, entries, waitMs) {
    const deadline = Date.now() + waitMs;
    let waiting = entries;
    while (waiting.length > 0 && Date.now() < deadline) {
        waiting = waiting.filter((entry) => isAlive(readEntry(procRoot, entry.pid), entry));
        if (waiting.length > 0)
            await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
}

;// CONCATENATED MODULE: ./src/gates/isolation.ts
/**
 * What one gate gets to itself and what is taken back when it ends: a private temporary directory
 * (never the runner's RUNNER_TEMP, where its command files live), throwaway runner command files,
 * and the marks that let every process it started be found and stopped (see leftovers.ts).
 */







/**
 * Creates the gate's private directory under `parent` (the system temporary directory by
 * default), with `tmp/` for TMPDIR and `runner-files/` for the throwaway command files, created
 * empty as the runner creates its own.
 */
function openIsolation(parent = external_node_os_default().tmpdir()) {
    const root = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(parent, 'go-no-go-gate-'));
    const place = {
        tempDir: external_node_path_default().join(root, 'tmp'),
        commandFilesDir: external_node_path_default().join(root, 'runner-files'),
        trackingId: randomHex(16)
    };
    (0,external_node_fs_.mkdirSync)(place.tempDir, { mode: 0o700 });
    (0,external_node_fs_.mkdirSync)(place.commandFilesDir, { mode: 0o700 });
    for (const name of RUNNER_COMMAND_FILES)
        (0,external_node_fs_.writeFileSync)(throwawayCommandFile(place.commandFilesDir, name), '');
    // Unlinked at once: no other process can open it by name, so only the gate's can hold it.
    const markerPath = external_node_path_default().join(root, 'marker');
    const markerFd = (0,external_node_fs_.openSync)(markerPath, 'wx', 0o600);
    (0,external_node_fs_.unlinkSync)(markerPath);
    const { dev, ino } = (0,external_node_fs_.fstatSync)(markerFd);
    const marks = { variable: TRACKING_VARIABLE, value: place.trackingId, marker: { dev, ino } };
    let leftovers;
    let closed;
    const stop = () => (leftovers ??= stopLeftovers(marks));
    return {
        place,
        markerFd,
        stopLeftovers: stop,
        close: () => (closed ??= (async () => {
            const report = await stop();
            (0,external_node_fs_.closeSync)(markerFd);
            const removeError = await removeTree(root);
            return { ...report, notes: [...describeLeftovers(report), ...(removeError ? [`its temporary directory could not be removed: ${removeError}`] : [])] };
        })())
    };
}
/**
 * `rm -rf` that a gate cannot defeat with `chmod 000` on a directory it made. Symbolic links are
 * removed, never followed. Returns why it failed, if it did.
 */
async function removeTree(root) {
    try {
        // Never rmSync, however small the tree looked a moment before: a gate running beside this one can
        // keep adding to it while it is removed, and a removal that holds the event loop would then hold
        // the whole run (no gate's timeout could fire) for as long as that gate liked.
        await (0,promises_.rm)(root, { recursive: true, force: true });
        return undefined;
    }
    catch {
        makeWritable(root);
    }
    try {
        await (0,promises_.rm)(root, { recursive: true, force: true });
        return undefined;
    }
    catch (error) {
        return error instanceof Error ? error.message : String(error);
    }
}
function makeWritable(directory) {
    try {
        if (!(0,external_node_fs_.lstatSync)(directory).isDirectory())
            return;
        (0,external_node_fs_.chmodSync)(directory, 0o700);
        for (const name of (0,external_node_fs_.readdirSync)(directory))
            makeWritable(external_node_path_default().join(directory, name));
    }
    catch {
        // Whatever cannot be fixed here is reported by the second attempt.
    }
}

;// CONCATENATED MODULE: ./src/gates/judge-segments.ts

const EXIT_CODE_ONLY = { kind: 'exit-code', findings: [] };
const SHOWN_COMMAND_CHARS = 120;
function judgeSegments(item, outcome, output, artifacts = {}) {
    // The shell itself did not finish (cancelled, timed out, killed, never started): that decides.
    if (outcome.cancelled || outcome.spawnError !== undefined || outcome.timedOut || outcome.signal !== null) {
        const parser = item.parser ?? [...output.named.keys()].at(-1) ?? 'exit-code';
        const parsed = output.whole.get(parser)?.finish(outcome, artifacts[parser]) ?? EXIT_CODE_ONLY;
        return { ...evaluateGate(item, outcome, parsed), parser, parsed };
    }
    if (item.parser) {
        const parsed = output.whole.get(item.parser)?.finish(outcome, artifacts[item.parser]) ?? EXIT_CODE_ONLY;
        return { ...evaluateGate(item, outcome, parsed), parser: item.parser, parsed };
    }
    return output.lost === undefined ? judgeAttributed(item, outcome, output, artifacts) : judgeWhole(item, outcome, output, output.lost, artifacts);
}
function judgeAttributed(item, outcome, output, artifacts) {
    const parts = [];
    const notes = [];
    const seen = new Map();
    const whole = wholeReader(output, outcome, artifacts);
    output.segments.forEach((segment, index) => {
        const last = index === output.segments.length - 1;
        const segmentOutcome = outcomeOf(segment, outcome, last);
        segment.tools.forEach((tool, toolIndex) => {
            seen.set(tool, (seen.get(tool) ?? 0) + 1);
            let parsed = segment.parsers[toolIndex].finish(segmentOutcome, artifacts[tool]);
            let judgement = evaluateGate(item, segmentOutcome, parsed);
            // Silent where it ran and not a pass for that (`cargo test > log`, then `cat log`): its output, if any, is
            // elsewhere. A tool whose silence is its pass (`cargo fmt --check`) keeps its own judgement.
            if (segment.lines === 0 && judgement.status !== 'pass' && output.whole.has(tool)) {
                notes.push(`\`${shownCommand(segment)}\` printed nothing where it ran, so its tool was judged on the whole output`);
                parsed = whole(tool);
                judgement = evaluateGate(item, segmentOutcome, parsed);
            }
            parts.push({ command: shownCommand(segment), parser: tool, parsed, judgement, exitCode: segmentOutcome.exitCode, exitOnly: false });
        });
        // A command the script tolerated failing (`|| true`, `if`, `set +e`) was the author's choice; the one it ended on is not.
        if (last && segment.tools.length === 0)
            parts.push(exitPart(item, segmentOutcome, shownCommand(segment)));
    });
    if (output.segments.length === 0)
        parts.push(exitPart(item, outcome, 'the script'));
    for (const [tool, named] of output.named) {
        if ((seen.get(tool) ?? 0) >= named.count)
            continue;
        const parsed = whole(tool);
        const judgement = evaluateGate(item, outcome, parsed);
        // After a failure the script stopped early, so a tool that never showed up most likely never ran; its failures still count.
        if (outcome.exitCode !== 0 && judgement.status !== 'fail')
            continue;
        notes.push(`\`${cut(named.command)}\` ran where go-no-go could not mark its output (a subshell, a pipeline, a branch not taken), so it was judged on the whole output`);
        parts.push({ command: `${cut(named.command)} (whole output)`, parser: tool, parsed, judgement, exitCode: outcome.exitCode, exitOnly: false });
    }
    return combine(parts, notes);
}
/** Attribution is impossible: every tool the script names reads everything, and the exit status must be 0. */
function judgeWhole(item, outcome, output, lost, artifacts) {
    const parts = [];
    for (const [tool, named] of output.named) {
        const parsed = output.whole.get(tool)?.finish(outcome, artifacts[tool]) ?? EXIT_CODE_ONLY;
        parts.push({ command: cut(named.command), parser: tool, parsed, judgement: evaluateGate(item, outcome, parsed), exitCode: outcome.exitCode, exitOnly: false });
    }
    if (parts.every((part) => part.judgement.status === 'pass'))
        parts.push(exitPart(item, outcome, 'the script'));
    const note = `go-no-go could not tell which command printed what (${lost}); every tool the script names was judged on the whole output, and the script's exit status had to be 0`;
    return combine(parts, [note]);
}
/** What each whole-output parser read, finished once (a parser's finish may close what it was reading). */
function wholeReader(output, outcome, artifacts) {
    const finished = new Map();
    return (tool) => {
        const known = finished.get(tool);
        if (known)
            return known;
        const parsed = output.whole.get(tool)?.finish(outcome, artifacts[tool]) ?? EXIT_CODE_ONLY;
        finished.set(tool, parsed);
        return parsed;
    };
}
function exitPart(item, outcome, command) {
    return { command, parser: 'exit-code', parsed: EXIT_CODE_ONLY, judgement: evaluateGate(item, outcome, EXIT_CODE_ONLY), exitCode: outcome.exitCode, exitOnly: true };
}
/** A segment's own view of the run: its exit status and its first lines (the last one ends with the script's status). */
function outcomeOf(segment, outcome, last) {
    return {
        ...outcome,
        exitCode: last ? outcome.exitCode : segment.status,
        output: { head: segment.head, tail: '', totalBytes: segment.chars, totalLines: segment.lines, truncated: segment.chars > segment.head.length }
    };
}
/**
 * Any failure makes the gate fail, else any error makes it an error. The first part that is not a
 * pass supplies the parser and parsed output (findings of every tool are kept); with more than one
 * part, reasons name the command they are about.
 */
function combine(parts, notes) {
    // A tool's own words first; the bare exit status last, as it is usually their echo.
    const failing = [...parts.filter((part) => !part.exitOnly), ...parts.filter((part) => part.exitOnly)].filter((part) => part.judgement.status !== 'pass');
    const status = failing.some((part) => part.judgement.status === 'fail') ? 'fail' : failing.length > 0 ? 'error' : 'pass';
    const tools = parts.filter((part) => !part.exitOnly);
    const primary = failing.find((part) => !part.exitOnly) ?? failing[0] ?? tools.at(-1) ?? parts[parts.length - 1];
    const several = parts.length > 1;
    const summaryParts = several ? [...tools, ...failing.filter((part) => part.exitOnly)] : parts;
    const summary = summaryParts.map((part) => part.judgement.summary).join('; ');
    const reasons = failing.filter((part) => part.judgement.reason).map((part) => (several ? `\`${part.command}\`: ${part.judgement.reason}` : (part.judgement.reason ?? '')));
    const findings = tools.flatMap((part) => part.parsed.findings);
    const failingTests = tools.flatMap((part) => (part.parsed.kind === 'tests' ? part.parsed.failingTests : []));
    const parsed = {
        ...primary.parsed,
        findings: several ? findings : primary.parsed.findings,
        ...(primary.parsed.kind === 'tests' && several ? { failingTests } : {})
    };
    return {
        status,
        summary,
        ...(reasons.length > 0 ? { reason: reasons.join('; ') } : {}),
        parser: primary.parser,
        parsed,
        ...(notes.length > 0 ? { notes } : {}),
        ...(several
            ? {
                steps: parts.map((part) => ({
                    command: part.command,
                    parser: part.parser,
                    status: part.judgement.status,
                    summary: part.judgement.summary,
                    ...(part.judgement.reason ? { reason: part.judgement.reason } : {}),
                    exitCode: part.exitCode
                }))
            }
            : {})
    };
}
function shownCommand(segment) {
    return cut(segment.commands.join(' | '));
}
function cut(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > SHOWN_COMMAND_CHARS ? `${line.slice(0, SHOWN_COMMAND_CHARS - 1)}…` : line;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./src/gates/capture.ts
/**
 * Bounded capture of a gate's output: memory stays flat however much it prints.
 * A head and a sliding tail are kept as text and every line goes to the parser; the raw bytes
 * go to a log file elsewhere (see process.ts).
 */

/** How much of a cut line's end is kept: room for a step marker and the command it names. */
const OVERFLOW_END_CHARS = 16_384;
/** Between a cut line's start and end when text between them was dropped, for the reader (never counted: it is taken out with what follows it or kept whole). */
const LINE_CUT = ' … ';
const DEFAULT_CAPTURE_LIMITS = { headChars: 16_384, tailChars: 16_384, maxLineChars: 65_536 };
class OutputCapture {
    onLine;
    limits;
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    head = '';
    tail = '';
    partial = '';
    partialOverflowed = false;
    /** The end of a line too long to keep: go-no-go's step marker for the next command lands there when the line has no newline. */
    overflowEnd = '';
    /** Text between the kept start and the kept end was dropped (else they join: a marker may begin in one and end in the other). */
    overflowDropped = false;
    totalBytes = 0;
    /** Raw bytes of the line being read so far: a decoded line can be longer (an invalid byte becomes three). */
    rawLineBytes = 0;
    /** Raw length of each line the last chunk ended, in order (a newline byte is a newline in the text, one for one). */
    rawLines = [];
    rawLinesRead = 0;
    totalLines = 0;
    charsKept = 0;
    droppedText = false;
    /**
     * `onLine` sees every line; when it returns text, that is what the excerpt keeps instead of the
     * line (an empty string keeps nothing): how go-no-go's own step markers stay out of reports.
     */
    constructor(onLine, limits = DEFAULT_CAPTURE_LIMITS) {
        this.onLine = onLine;
        this.limits = limits;
    }
    push(chunk) {
        this.totalBytes += chunk.length;
        this.rawLines = [];
        this.rawLinesRead = 0;
        for (let from = 0, newline = chunk.indexOf(10);; newline = chunk.indexOf(10, from)) {
            if (newline === -1) {
                this.rawLineBytes += chunk.length - from;
                break;
            }
            this.rawLines.push(this.rawLineBytes + newline - from);
            this.rawLineBytes = 0;
            from = newline + 1;
        }
        this.acceptText(this.decoder.write(chunk));
    }
    finish(logPath) {
        this.acceptText(this.decoder.end());
        if (this.partial.length > 0 || this.partialOverflowed)
            this.completeLine(false);
        const tail = trimTail(this.tail, this.limits.tailChars);
        return {
            head: this.head,
            tail,
            totalBytes: this.totalBytes,
            totalLines: this.totalLines,
            truncated: this.droppedText || this.head.length + tail.length < this.charsKept,
            ...(logPath ? { logPath } : {})
        };
    }
    acceptText(text) {
        let start = 0;
        while (start < text.length) {
            const newline = text.indexOf('\n', start);
            if (newline === -1) {
                this.appendPartial(text.slice(start));
                return;
            }
            this.appendPartial(text.slice(start, newline));
            this.completeLine(true);
            start = newline + 1;
        }
    }
    appendPartial(piece) {
        if (this.partialOverflowed) {
            this.droppedText = true;
            this.keepOverflowEnd(piece);
            return;
        }
        const room = this.limits.maxLineChars - this.partial.length;
        if (piece.length > room) {
            this.partial += piece.slice(0, room);
            this.partialOverflowed = true;
            this.droppedText = true;
            this.keepOverflowEnd(piece.slice(room));
        }
        else {
            this.partial += piece;
        }
    }
    /** A sliding window: each piece costs at most the window's length, however long the line grows. */
    keepOverflowEnd(piece) {
        const window = OVERFLOW_END_CHARS;
        if (this.overflowEnd.length + piece.length > window)
            this.overflowDropped = true;
        this.overflowEnd = piece.length >= window ? piece.slice(piece.length - window) : (this.overflowEnd + piece).slice(-window);
    }
    /** @param terminated ended by a newline (not by the end of the output) */
    completeLine(terminated) {
        const overflowed = this.partialOverflowed;
        const rawBytes = terminated ? (this.rawLines[this.rawLinesRead++] ?? 0) : this.rawLineBytes;
        // A cut line reaches the reader as its start and its end: a marker at the end is still seen and taken out.
        const whole = overflowed ? `${this.partial}${this.overflowDropped ? LINE_CUT : ''}${this.overflowEnd}` : this.partial;
        const line = whole.endsWith('\r') ? whole.slice(0, -1) : whole;
        this.partial = '';
        this.partialOverflowed = false;
        this.overflowEnd = '';
        this.overflowDropped = false;
        const replaced = this.onLine(line);
        const kept = typeof replaced === 'string' ? replaced : line;
        // What was taken out was not the gate's output: it does not count as printed. A marker ends
        // its line, so the newline after it is the marker's too, even when the gate's text before it had none.
        if (typeof replaced === 'string' && replaced !== line)
            this.totalBytes -= takenOutBytes(line, kept, overflowed ? undefined : rawBytes) + (terminated ? 1 : 0);
        if (typeof replaced === 'string' && replaced === '')
            return;
        this.totalLines++;
        this.keep(`${overflowed ? `${kept.slice(0, this.limits.maxLineChars)} … [line cut]` : kept}\n`);
    }
    /** The head fills first; after that a tail window slides, trimmed in amortised O(1). */
    keep(text) {
        this.charsKept += text.length;
        if (this.head.length < this.limits.headChars) {
            const room = this.limits.headChars - this.head.length;
            this.head += text.slice(0, room);
            text = text.slice(room);
            if (text.length === 0)
                return;
        }
        this.tail += text;
        if (this.tail.length > this.limits.tailChars * 2) {
            this.tail = this.tail.slice(this.tail.length - this.limits.tailChars);
        }
    }
}
/**
 * The bytes of `line` that `kept` leaves out. Decoded text can be longer than the bytes it came
 * from (each invalid byte becomes a three-byte U+FFFD, and a step marker carries whatever bytes the
 * script's commands held), so the decoded difference alone could count more than was taken out,
 * down to "printed nothing" while the gate printed. With the line's raw length known (a line kept
 * whole), the raw bytes less the kept text's is never more than was taken out: decoding never
 * shortens. A cut line is counted by its decoded text: what it printed before the cut is more.
 */
function takenOutBytes(line, kept, rawBytes) {
    const decoded = Buffer.byteLength(line) - Buffer.byteLength(kept);
    return rawBytes === undefined ? decoded : Math.max(0, Math.min(decoded, rawBytes - Buffer.byteLength(kept)));
}
/** Trim a tail to its final size, starting at a line boundary where one is near. */
function trimTail(tail, maxChars) {
    if (tail.length <= maxChars)
        return tail;
    const cut = tail.slice(tail.length - maxChars);
    const firstNewline = cut.indexOf('\n');
    return firstNewline === -1 || firstNewline === cut.length - 1 ? cut : cut.slice(firstNewline + 1);
}

;// CONCATENATED MODULE: ./src/gates/process.ts
/**
 * Runs one gate's process: its own process group, no stdin, a timeout that takes down the whole
 * tree, and output captured with bounded memory while the full text streams to a log file.
 */



/** How long to wait for stdio to close after the process exits: a grandchild may hold it open. */
const STDIO_DRAIN_MS = 1000;
/** On cancellation the runner kills everything 10 s after its SIGINT, so gates get less grace then. */
const CANCEL_GRACE_MS = 2000;
async function runProcess(request) {
    const started = Date.now();
    const capture = new OutputCapture(request.onLine, request.limits);
    const log = request.logPath ? (0,external_node_fs_.createWriteStream)(request.logPath) : undefined;
    const failedToStart = (message) => ({
        exitCode: null,
        signal: null,
        timedOut: false,
        cancelled: false,
        spawnError: message,
        durationMs: Date.now() - started,
        output: capture.finish()
    });
    // Synchronous: an awaited stat waits its turn on the thread pool, on every gate's way to starting.
    const directory = statOrUndefined(request.cwd);
    if (!directory?.isDirectory()) {
        await closeLog(log);
        return failedToStart(`working directory ${request.cwd} does not exist`);
    }
    if (request.signal?.aborted) {
        await closeLog(log);
        return { ...failedToStart('cancelled before start'), spawnError: undefined, cancelled: true };
    }
    const [program, ...args] = request.argv;
    const child = (0,external_node_child_process_.spawn)(program, args, {
        cwd: request.cwd,
        env: request.env,
        detached: true,
        // fd 3 carries the secret input (bash closes it at once); fd 4 is the inherited marker, which every descendant keeps.
        stdio: ['ignore', 'pipe', 'pipe', request.secretInput === undefined ? 'ignore' : 'pipe', ...(request.inheritFd === undefined ? [] : [request.inheritFd])]
    });
    const stdout = child.stdio[1];
    const stderr = child.stdio[2];
    if (request.secretInput !== undefined) {
        const channel = child.stdio[3];
        // A child that exits without reading it (a syntax error) makes this EPIPE; that is its problem, not ours.
        channel.on('error', () => undefined);
        channel.end(request.secretInput);
    }
    let logBytes = 0;
    const maxLogBytes = request.maxLogBytes ?? 64 * 1024 * 1024;
    const accept = (stream) => (chunk) => {
        capture.push(chunk);
        if (!log || logBytes >= maxLogBytes)
            return;
        const room = maxLogBytes - logBytes;
        const piece = chunk.length > room ? chunk.subarray(0, room) : chunk;
        logBytes += piece.length;
        // Backpressure: a gate printing faster than the disk takes it waits, instead of our memory growing.
        if (!log.write(piece)) {
            stream.pause();
            log.once('drain', () => stream.resume());
        }
    };
    stdout.on('data', accept(stdout));
    stderr.on('data', accept(stderr));
    let timedOut = false;
    let cancelled = false;
    let killTimer;
    const stopGroup = () => {
        signalGroup(child.pid, 'SIGTERM');
        killTimer ??= setTimeout(() => signalGroup(child.pid, 'SIGKILL'), cancelled ? Math.min(request.killGraceMs, CANCEL_GRACE_MS) : request.killGraceMs);
    };
    const timeout = setTimeout(() => {
        timedOut = true;
        stopGroup();
    }, request.timeoutMs);
    const onAbort = () => {
        cancelled = true;
        stopGroup();
    };
    request.signal?.addEventListener('abort', onAbort, { once: true });
    const result = await new Promise((resolve) => {
        child.once('error', (error) => resolve({ code: null, signal: null, error }));
        child.once('exit', (code, signal) => resolve({ code, signal }));
    });
    clearTimeout(timeout);
    request.signal?.removeEventListener('abort', onAbort);
    await request.afterExit?.().catch(() => undefined);
    // The shell is gone; anything it left behind in its group (daemons, `(sleep 1000 &)`) goes too.
    signalGroup(child.pid, 'SIGKILL');
    if (killTimer)
        clearTimeout(killTimer);
    await drainOrDestroy([stdout, stderr], STDIO_DRAIN_MS);
    await closeLog(log);
    if (result.error) {
        const missing = result.error.code === 'ENOENT';
        return failedToStart(missing ? `${program} was not found on PATH (go-no-go runs each \`run:\` with it, as GitHub does)` : result.error.message);
    }
    return {
        exitCode: result.code,
        signal: result.signal,
        timedOut,
        cancelled,
        durationMs: Date.now() - started,
        output: capture.finish(request.logPath)
    };
}
function signalGroup(pid, signal) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // ESRCH: the group is already gone.
    }
}
async function drainOrDestroy(streams, waitMs) {
    const open = streams.filter((stream) => !stream.destroyed && !stream.readableEnded);
    if (open.length === 0)
        return;
    let timer;
    await Promise.race([Promise.all(open.map((stream) => new Promise((resolve) => stream.once('close', resolve)))), new Promise((resolve) => (timer = setTimeout(resolve, waitMs)))]);
    // A timer left pending after the streams closed kept the whole process alive for up to a second after the verdict.
    clearTimeout(timer);
    for (const stream of open)
        stream.destroy();
}
function closeLog(log) {
    if (!log)
        return Promise.resolve();
    return new Promise((resolve) => log.end(() => resolve()));
}
function statOrUndefined(file) {
    try {
        return (0,external_node_fs_.statSync)(file);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/gates/run-script.ts
/**
 * A `run:` becomes a script file run the way GitHub runs its own `run:` steps:
 * `bash --noprofile --norc -eo pipefail <file>`, so any failing line of a multi-line `run:` fails it.
 *
 * One line of ours goes in front of the author's first line (on the same line, so the line numbers
 * in bash's messages stay the author's). It makes stderr join stdout, so the order of everything
 * printed is kept, and it installs a DEBUG trap that prints a marker before each command the
 * script runs. The markers let each command's output be judged by that command's parser
 * (segments.ts). No EXIT trap: bash runs the DEBUG trap inside it, and an author may set their own.
 *
 * Output is not trusted: anything a test prints could look like a marker. So each marker carries a
 * one-time token from a list that only bash and go-no-go know. The list reaches bash on fd 3, a
 * pipe that is read and closed before the author's first command runs, so it is never on disk, in
 * the environment or on a command line, and a token that has been printed is already used up: a
 * marker can only be forged by a process that reads bash's memory.
 */

const STEP_MARKER = '##go-no-go-step ';
/**
 * Markers beyond this many carry no token, so output after them cannot be attributed (and is judged
 * whole). Each token costs a little start-up time (random bytes, and bash reading them).
 */
const MARKER_TOKENS = 512;
const TOKEN_CHARS = 16;
/** A command's text in a marker is cut here: enough to name the tools it runs. */
const MARKER_COMMAND_CHARS = 1000;
/** The shell that runs a script file, as GitHub runs `shell: bash`. */
function bashArgv(scriptPath) {
    return ['bash', '--noprofile', '--norc', '-eo', 'pipefail', scriptPath];
}
/**
 * The DEBUG trap, for the top-level shell only (subshells and command substitutions inherit it
 * through `set -T` but print nothing: a marker inside `$(…)` would end up in the author's variable).
 * `$_` tells whether a foreground command ran since the last marker: if none did, this command may be
 * the next element of a pipeline, which the shell's new children then confirm (where /proc can say).
 * It may not fail or print anything else: `|| :` keeps `set -e` away, and its own errors go nowhere.
 */
const DEBUG_TRAP = [
    '{ __gng_s=$? __gng_u=$_',
    // Past the tokens one unsigned marker says attribution ended; printing more would only cost time.
    `if [[ \${BASHPID:-$$} == "$$" ]] && ((__gng_n <= ${MARKER_TOKENS})); then __gng_n=$((__gng_n+1)); __gng_f=1 __gng_c=-`,
    'if [[ $__gng_u == __go_no_go_mark ]]; then __gng_f=0; if [[ -n $__gng_p ]]; then __gng_c=; read -r __gng_c <"$__gng_p" || :; fi; fi',
    `__gng_b=\${BASH_COMMAND:0:${MARKER_COMMAND_CHARS}}`,
    // Unset once printed: after an author's `set -a` it would be in the next command's environment.
    `__gng_k=\${__gng_t:__gng_n*${TOKEN_CHARS}-${TOKEN_CHARS}:${TOKEN_CHARS}}`,
    `printf "${STEP_MARKER}%s %s %s %s [%s] %s\\n" "$__gng_n" "\${__gng_k:--}" "$__gng_s" "$__gng_f" "$__gng_c" "\${__gng_b//[$__gng_nl]/ }" >&19; unset __gng_k; fi`,
    ': __go_no_go_mark; } 2>/dev/null || :'
].join('; ');
/** Our line, put in front of the author's first line. fd 19: markers reach our pipe even when the author redirects stdout. */
const PRELUDE = [
    // One string of fixed-width tokens, read by count: bash reads a line from a pipe a byte at a time
    // (about 9,000 reads for the list), but a count in a few large reads.
    // Not exported even when every variable is (SHELLOPTS=allexport, `set -a` in BASH_ENV): an array
    // never could be, but this one string would carry every token to each command's environment.
    // bash before 4.1 (macOS's /bin/bash 3.2) has no -N and reads nothing: it reads the line instead,
    // and the string is set either way, so the trap never trips an author's `set -u`.
    `{ __gng_t=; read -r -N ${MARKER_TOKENS * TOKEN_CHARS} __gng_t <&3 || read -r __gng_t <&3; export -n __gng_t; } 2>/dev/null || :`,
    'exec 3<&- 19>&1 2>&1',
    `__gng_n=0 __gng_nl=$'\\n\\r' __gng_p=/proc/$$/task/$$/children`,
    '[[ -r $__gng_p ]] || __gng_p=',
    'set -T',
    // Last: the trap fires before every command after it, and the first of those must be the author's.
    `trap '${DEBUG_TRAP}' DEBUG`,
    ''
].join('; ');
function createRunScript(run, random = randomBytes) {
    const tokenBytes = TOKEN_CHARS / 2;
    const bytes = random(tokenBytes * MARKER_TOKENS);
    const tokens = Array.from({ length: MARKER_TOKENS }, (_, index) => bytes.toString('hex', index * tokenBytes, (index + 1) * tokenBytes));
    return { text: `${PRELUDE}${run}${run.endsWith('\n') ? '' : '\n'}`, tokens, secret: tokens.join('') };
}
/** Sticky: matched where a prefix was found, without copying the rest of the line. */
const STEP = /(\d{1,9}) ([0-9a-f]{16}|-) (\d{1,3}) ([01]) \[([\d ]*|-)\] (.*)$/y;
/** A line is looked at for this many marker prefixes at most: a line full of them costs no more than a few. */
const MAX_CANDIDATES = 8;
/**
 * Everything on `line` shaped like a marker, left to right, with the text in front of it (output
 * that had no newline yet when the marker was printed). Shape proves nothing; the caller checks tokens.
 */
function markerCandidates(line, expected) {
    const positions = new Set();
    for (let from = 0; positions.size < MAX_CANDIDATES;) {
        const at = line.indexOf(STEP_MARKER, from);
        if (at === -1)
            break;
        positions.add(at);
        from = at + 1;
    }
    // The marker the caller waits for is looked for by its own words: output shaped like markers in
    // front of it (any number, without a newline) cannot push it out of the few looked at.
    const awaited = expected ? line.indexOf(`${STEP_MARKER}${expected.seq} ${expected.token} `) : -1;
    if (awaited !== -1)
        positions.add(awaited);
    const found = [];
    for (const at of [...positions].sort((first, second) => first - second)) {
        STEP.lastIndex = at + STEP_MARKER.length;
        const match = STEP.exec(line);
        if (match) {
            const children = match[5] === '-' ? null : match[5].split(' ').filter(Boolean).map(Number);
            const marker = { seq: Number(match[1]), token: match[2], previousStatus: Number(match[3]), fresh: match[4] === '1', children, command: match[6] };
            found.push({ before: line.slice(0, at), marker });
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/gates/segments.ts



const HEAD_CHARS = 1024;
/** Children pids remembered to tell a pipeline's next element from a command after a background job. */
const MAX_REMEMBERED_CHILDREN = 4096;
/** Every tool named in a script (or a command's text), with repeats, in order, and the command naming it. */
function toolsNamed(text, detect) {
    const tools = [];
    for (const command of splitCommands(text)) {
        if (command.runsScript)
            continue;
        // Words went through the shell's quoting; characters detect() would split on are only text here.
        const words = command.words.map((word) => word.replace(/[;&|()\n`'"]/g, ' '));
        const tool = detect(words.join(' '));
        if (tool !== 'exit-code')
            tools.push({ tool, command: command.words.join(' ') });
    }
    return tools;
}
function createSegmentReader(options) {
    const { catalog } = options;
    const named = new Map();
    for (const { tool, command } of options.parser ? [{ tool: options.parser, command: options.run }] : toolsNamed(options.run, catalog.detect)) {
        named.set(tool, { count: (named.get(tool)?.count ?? 0) + 1, command: named.get(tool)?.command ?? command });
    }
    const whole = new Map([...named.keys()].map((tool) => [tool, catalog.create(tool)]));
    const segments = [];
    const seenChildren = new Set();
    /** Index of the next token a genuine marker must carry. */
    let nextToken = 0;
    let lost;
    let previousCommand;
    const current = () => (lost === undefined ? segments.at(-1) : undefined);
    const deliver = (raw) => {
        const line = stripControl(raw);
        options.observe?.(line);
        for (const parser of whole.values())
            parser.onLine(line);
        const segment = current();
        if (!segment)
            return;
        segment.lines++;
        segment.chars += line.length;
        if (segment.head.length < HEAD_CHARS)
            segment.head += `${line.slice(0, HEAD_CHARS - segment.head.length)}\n`;
        for (const parser of segment.parsers)
            parser.onLine(line);
    };
    const addCommand = (segment, command) => {
        if (segment.commands.length < 16)
            segment.commands.push(command);
        if (options.parser)
            return;
        for (const { tool } of toolsNamed(command, catalog.detect)) {
            segment.tools.push(tool);
            segment.parsers.push(catalog.create(tool));
        }
    };
    /** A genuine marker: the next token (or a later one, when markers went missing). */
    const accept = (marker) => {
        const index = marker.seq - 1;
        if (index > nextToken)
            lost ??= `${index - nextToken} step marker(s) never reached go-no-go`;
        nextToken = index + 1;
        if (lost !== undefined)
            return;
        const children = marker.children;
        const newChild = children === null || children.some((pid) => !seenChildren.has(pid));
        for (const pid of children ?? [])
            if (seenChildren.size < MAX_REMEMBERED_CHILDREN)
                seenChildren.add(pid);
        const previous = segments.at(-1);
        // No foreground command since the last marker, and a child the shell started since: a pipeline's next element.
        if (previous && !marker.fresh && newChild) {
            addCommand(previous, marker.command);
            previousCommand = marker.command;
            return;
        }
        // In a trap handler (an author's EXIT or ERR trap) bash repeats the command that was running, so
        // a repeated command is the same segment going on; a real repeat (`make; make`) loses nothing by it.
        if (previous && marker.command === previousCommand)
            return;
        previousCommand = marker.command;
        if (previous)
            previous.status = marker.previousStatus;
        const segment = { commands: [], tools: [], parsers: [], status: null, head: '', lines: 0, chars: 0 };
        addCommand(segment, marker.command);
        segments.push(segment);
    };
    const isGenuine = (marker) => {
        const index = marker.seq - 1;
        return index >= nextToken && index < options.tokens.length && marker.token === options.tokens[index];
    };
    return {
        onLine(raw) {
            const expected = nextToken < options.tokens.length ? { seq: nextToken + 1, token: options.tokens[nextToken] } : undefined;
            const candidates = raw.includes('##go-no-go-') ? markerCandidates(raw, expected) : [];
            const genuine = candidates.find((candidate) => isGenuine(candidate.marker));
            if (!genuine) {
                // Past the last token, markers cannot be told from output; what follows is judged whole, without them in the excerpt.
                const unsigned = nextToken >= options.tokens.length ? candidates.find((candidate) => candidate.marker.token === '-') : undefined;
                if (unsigned) {
                    lost ??= `the script ran more than ${MARKER_TOKENS} commands`;
                    if (unsigned.before !== '')
                        deliver(unsigned.before);
                    return unsigned.before;
                }
                deliver(raw);
                return undefined;
            }
            if (genuine.before !== '')
                deliver(genuine.before);
            accept(genuine.marker);
            return genuine.before;
        },
        finish() {
            return { segments, ...(lost !== undefined ? { lost } : {}), whole, named };
        }
    };
}

;// CONCATENATED MODULE: ./src/gates/gate-runner.ts
/** Turns one checklist item into a judged result: runs commands, checks evidence files, reads sign-offs. */













function createGateRunner(options) {
    return async (item) => {
        switch (item.kind) {
            case 'command':
                return runCommandGate(item, options);
            case 'file':
                return checkEvidenceFile(item, options.workspace);
            case 'manual':
                return readSignOff(item);
        }
    };
}
async function runCommandGate(item, options) {
    const cwd = external_node_path_default().resolve(options.workspace, item.workingDirectory);
    if (!(0,paths/* isInside */.F)(options.workspace, cwd)) {
        return { id: item.id, status: 'error', summary: 'not run', reason: `working-directory ${item.workingDirectory} is outside the workspace`, durationMs: 0 };
    }
    // A name no other gate can guess, made by us: a gate running beside this one (it finds the scratch
    // directory from its own script's path) must not plant the script file, or a pipe in its place.
    // Synchronous, as are the script's few calls below: each awaited one waited its turn on the
    // thread pool, and together they were a few milliseconds before every gate started.
    (0,external_node_fs_.mkdirSync)(options.scratchDir, { recursive: true });
    const gateDir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(options.scratchDir, `${item.id}-`));
    // The command: when it is one plain run of a tool, it also writes that tool's report to a file of ours.
    const plan = await planParsing(item.run, item.parser, gateDir, localFiles, { cwd, workspace: options.workspace, ...(item.junit ? { junit: item.junit } : {}) });
    // The one place the gate runner meets the parsers: how each command's tool is recognised and read.
    const tools = { detect: detectParser, create: (name) => createParser(name, { ...plan.context, singleRun: plan.singleRun && name === plan.parser.name }) };
    // As GitHub runs a `run:` step: a script file in the gate's own directory, run by bash with -e and pipefail.
    const script = createRunScript(plan.command);
    const scriptPath = external_node_path_default().join(gateDir, 'run.sh');
    const written = writeScript(scriptPath, script.text);
    const scriptPrefix = `${scriptPath}: `;
    const reader = createSegmentReader({
        run: plan.command,
        tokens: script.tokens,
        catalog: tools,
        ...(item.parser ? { parser: item.parser } : {}),
        observe: (line) => options.observeLine?.(line, item)
    });
    const isolation = openIsolation(options.privateTempParent);
    const outcome = await runProcess({
        argv: bashArgv(scriptPath),
        secretInput: script.secret,
        cwd,
        env: buildChildEnv(options.parentEnv, item.env, isolation.place),
        inheritFd: isolation.markerFd,
        afterExit: isolation.stopLeftovers,
        timeoutMs: item.timeoutMs,
        killGraceMs: options.killGraceMs,
        signal: options.signal,
        logPath: external_node_path_default().join(gateDir, 'output.log'),
        onLine: (raw) => {
            // bash names our script file in its own errors ("/tmp/…/run.sh: line 1: x: command not found"); say `run:` instead.
            const line = raw.startsWith(scriptPrefix) ? `run: ${raw.slice(scriptPrefix.length)}` : raw;
            const kept = reader.onLine(line);
            return kept ?? (line === raw ? undefined : line);
        }
    }).catch(async (error) => {
        await isolation.close();
        throw error;
    });
    // Before the result exists: nothing the gate started may outlive it, or write after the run guards look.
    const closed = await isolation.close();
    options.onIsolationClosed?.(item, closed);
    const artifacts = await plan.artifacts();
    const tampered = scriptTampering(scriptPath, written);
    if (tampered) {
        return {
            id: item.id,
            status: 'error',
            summary: 'script replaced',
            reason: tampered,
            durationMs: outcome.durationMs,
            process: outcome,
            ...(closed.notes.length > 0 ? { notes: closed.notes } : {})
        };
    }
    const fromOutput = judgeSegments(item, outcome, reader.finish(), artifacts ? { [plan.parser.name]: artifacts } : {});
    const { parsed, notes, ...judged } = plan.junit ? await judgedByJunit(item, outcome, fromOutput, plan.junit) : fromOutput;
    const allNotes = [...(notes ?? []), ...closed.notes];
    return {
        id: item.id,
        ...judged,
        durationMs: outcome.durationMs,
        parsed: relativeFindings(parsed, options.repositoryRoot ?? options.workspace, cwd),
        process: outcome,
        ...(allNotes.length > 0 ? { notes: allNotes } : {})
    };
}
/**
 * With `junit:` the reports give the result, but never a better one than the printed output: a
 * failure it shows still stands (code that does not compile writes no report), and a run it shows
 * unfinished or unreadable is not made a pass by a file the run itself could have written.
 */
async function judgedByJunit(item, outcome, fromOutput, junit) {
    const parsed = await junit(fromOutput.parsed);
    if (parsed === fromOutput.parsed)
        return fromOutput;
    const fromReports = { ...fromOutput, ...evaluateGate(item, outcome, parsed), parsed };
    if (fromOutput.status === 'fail' && fromReports.status !== 'fail')
        return fromOutput;
    if (fromOutput.status === 'error' && fromReports.status === 'pass')
        return fromOutput;
    return fromReports;
}
/** Creates the script file, never opening one that is already there (a link, a pipe), and says which file it is. */
function writeScript(scriptPath, text) {
    const fd = (0,external_node_fs_.openSync)(scriptPath, 'wx', 0o600);
    try {
        (0,external_node_fs_.writeFileSync)(fd, text);
        const info = (0,external_node_fs_.fstatSync)(fd, { bigint: true });
        return { dev: Number(info.dev), ino: Number(info.ino), ctimeNs: info.ctimeNs, size: Number(info.size) };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Why the script bash ran may not be ours, or nothing. Every write, rename, link or mode change
 * moves a file's change time, which no one but the kernel sets: a script swapped for another and
 * put back still shows it.
 */
function scriptTampering(scriptPath, written) {
    const info = lstatOrUndefined(scriptPath);
    const same = info?.isFile() && Number(info.dev) === written.dev && Number(info.ino) === written.ino && info.ctimeNs === written.ctimeNs && Number(info.size) === written.size;
    return same ? undefined : 'its script file was replaced or changed while the gate ran (by another gate running beside it?), so what ran is not known';
}
/** Tools print paths relative to where they ran, or absolute; annotations and links need them relative to the repository's root. */
function relativeFindings(parsed, repositoryRoot, cwd) {
    const findings = parsed.findings.map((finding) => {
        if (!finding.file)
            return finding;
        const absolute = external_node_path_default().resolve(cwd, finding.file);
        return (0,paths/* isInside */.F)(repositoryRoot, absolute) ? { ...finding, file: external_node_path_default().relative(repositoryRoot, absolute) } : finding;
    });
    return { ...parsed, findings };
}
async function checkEvidenceFile(item, workspace) {
    const started = Date.now();
    const result = (status, summary, reason) => ({
        id: item.id,
        status,
        summary,
        ...(reason ? { reason } : {}),
        durationMs: Date.now() - started
    });
    const target = external_node_path_default().resolve(workspace, item.path);
    if (!(0,paths/* isInside */.F)(workspace, target))
        return result('error', 'not checked', `${item.path} is outside the workspace`);
    const info = await (0,promises_.lstat)(target).catch(() => undefined);
    if (!info)
        return result('fail', 'missing', `${item.path} does not exist`);
    if (info.isSymbolicLink()) {
        const real = await (0,promises_.realpath)(target).catch(() => undefined);
        const realWorkspace = await (0,promises_.realpath)(workspace).catch(() => workspace);
        if (!real || !(0,paths/* isInside */.F)(realWorkspace, real))
            return result('error', 'not checked', `${item.path} is a link that points outside the workspace`);
        const resolved = await (0,promises_.lstat)(real);
        return describeEvidence(resolved, item.path, result);
    }
    return describeEvidence(info, item.path, result);
}
function describeEvidence(info, shownPath, result) {
    if (!info.isFile())
        return result('fail', 'not a file', `${shownPath} is not a regular file`);
    if (info.size === 0)
        return result('fail', 'empty', `${shownPath} is empty`);
    return result('pass', 'file present');
}
function readSignOff(item) {
    const notes = item.note ? [item.note] : undefined;
    if (item.signedOff)
        return { id: item.id, status: 'pass', summary: 'signed off in the checklist', durationMs: 0, ...(notes ? { notes } : {}) };
    return { id: item.id, status: 'pending', summary: 'awaiting sign-off', reason: 'a person must sign off', durationMs: 0, ...(notes ? { notes } : {}) };
}
/**
 * Gates answered from an earlier run's results instead of being run: for sign-off events, whose
 * checkout is not the pull request. Without results, machine items are errors that say why.
 */
function createStoredGateRunner(stored, missingReason) {
    return async (item) => {
        if (item.kind === 'manual')
            return readSignOff(item);
        const result = stored?.get(item.id);
        if (result)
            return result;
        return { id: item.id, status: 'error', summary: 'not re-checked', reason: missingReason, durationMs: 0 };
    };
}
function lstatOrUndefined(file) {
    try {
        return (0,external_node_fs_.lstatSync)(file, { bigint: true });
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/shards/report-shape.ts
/**
 * A shard report as read back from a file: only the fields a merge uses, each checked for its
 * type. The file may come from another machine or from a fork's workflow, so nothing here is
 * trusted yet, and nothing is copied without being checked (a `__proto__` key stays a key).
 */



const STATUSES = ['pass', 'fail', 'error', 'pending', 'cancelled'];
const KINDS = ['command', 'file', 'manual'];
/** More steps than any script the segment marker can split (see gates/segments.ts) were not written by go-no-go. */
const MAX_REPORT_STEPS = 200;
/** Thrown with the first field that is not what the action writes. */
class ShapeError extends Error {
}
/** The report, or why it is not one the action wrote. */
function readShardReport(json) {
    try {
        return shardReport(json);
    }
    catch (error) {
        if (error instanceof ShapeError)
            return { problem: error.message };
        throw error;
    }
}
function shardReport(json) {
    const report = object(json, 'the report');
    if (report.schemaVersion !== JSON_REPORT_VERSION)
        throw new ShapeError(`it is not a go-no-go JSON report of schema version ${JSON_REPORT_VERSION}`);
    const startedAt = Date.parse(string(report.startedAt, 'startedAt'));
    if (!Number.isFinite(startedAt))
        throw new ShapeError('`startedAt` is not a time');
    const counts = object(report.counts, 'counts');
    return {
        run: report.run === null || report.run === undefined ? null : runIdentity(report.run),
        checklistSha256: report.checklistSha256 === null || report.checklistSha256 === undefined ? null : sha256(report.checklistSha256, 'checklistSha256'),
        shard: report.shard === null || report.shard === undefined ? null : shardIdentity(report.shard),
        startedAt,
        durationMs: duration(report.durationMs, 'durationMs'),
        counts: {
            passed: report_shape_count(counts.passed, 'counts.passed'),
            failed: report_shape_count(counts.failed, 'counts.failed'),
            errored: report_shape_count(counts.errored, 'counts.errored'),
            pending: report_shape_count(counts.pending, 'counts.pending'),
            cancelled: report_shape_count(counts.cancelled, 'counts.cancelled')
        },
        runProblems: array(report.runProblems, 'runProblems').map((problem, index) => {
            const entry = object(problem, `runProblems[${index}]`);
            return { code: string(entry.code, `runProblems[${index}].code`), message: string(entry.message, `runProblems[${index}].message`) };
        }),
        items: array(report.items, 'items').map((item, index) => shardItem(item, `items[${index}]`))
    };
}
function runIdentity(value) {
    const run = object(value, 'run');
    const attempt = report_shape_count(run.attempt, 'run.attempt');
    return {
        id: string(run.id, 'run.id'),
        attempt,
        repository: string(run.repository, 'run.repository'),
        event: string(run.event, 'run.event'),
        headSha: string(run.headSha, 'run.headSha'),
        commitSha: string(run.commitSha, 'run.commitSha')
    };
}
function shardIdentity(value) {
    const shard = object(value, 'shard');
    const index = report_shape_count(shard.index, 'shard.index');
    const total = report_shape_count(shard.total, 'shard.total');
    if (index < 1 || index > total || total > select_MAX_SHARDS)
        throw new ShapeError(`\`shard\` is not K/N with 1 ≤ K ≤ N ≤ ${select_MAX_SHARDS}`);
    const balancedBy = shard.balancedBy;
    if (balancedBy !== 'count' && balancedBy !== 'durations')
        throw new ShapeError('`shard.balancedBy` is neither `count` nor `durations`');
    return {
        index,
        total,
        items: array(shard.items, 'shard.items').map((id, at) => string(id, `shard.items[${at}]`)),
        balancedBy,
        assignmentSha256: sha256(shard.assignmentSha256, 'shard.assignmentSha256')
    };
}
function shardItem(value, where) {
    const item = object(value, where);
    const evidence = item.evidence === null || item.evidence === undefined ? null : object(item.evidence, `${where}.evidence`);
    const failingTests = array(item.failingTests, `${where}.failingTests`).map((name, at) => string(name, `${where}.failingTests[${at}]`));
    const findings = array(item.findings, `${where}.findings`).map((finding, at) => findingOf(finding, `${where}.findings[${at}]`));
    // The writer keeps at most this many: a longer list was not written by it.
    if (failingTests.length > MAX_JSON_FAILING_TESTS)
        throw new ShapeError(`\`${where}.failingTests\` lists more than ${MAX_JSON_FAILING_TESTS} tests`);
    if (findings.length > MAX_JSON_FINDINGS)
        throw new ShapeError(`\`${where}.findings\` lists more than ${MAX_JSON_FINDINGS} findings`);
    return {
        id: string(item.id, `${where}.id`),
        kind: report_shape_choice(item.kind, KINDS, `${where}.kind`),
        severity: report_shape_choice(item.severity, ITEM_SEVERITIES, `${where}.severity`),
        command: nullable(item.command, (command) => string(command, `${where}.command`)),
        status: report_shape_choice(item.status, STATUSES, `${where}.status`),
        summary: string(item.summary, `${where}.summary`),
        reason: nullable(item.reason, (reason) => string(reason, `${where}.reason`)),
        durationMs: duration(item.durationMs, `${where}.durationMs`),
        parser: nullable(item.parser, (parser) => report_shape_choice(parser, PARSER_NAMES, `${where}.parser`)),
        counts: item.counts ?? null,
        failingTests,
        failingTestsTotal: report_shape_count(item.failingTestsTotal, `${where}.failingTestsTotal`),
        findings,
        findingsTotal: report_shape_count(item.findingsTotal, `${where}.findingsTotal`),
        exitCode: nullable(item.exitCode, (code) => integer(code, `${where}.exitCode`)),
        signal: nullable(item.signal, (signal) => string(signal, `${where}.signal`)),
        timedOut: report_shape_boolean(item.timedOut, `${where}.timedOut`),
        outputBytes: report_shape_count(item.outputBytes, `${where}.outputBytes`),
        notes: array(item.notes, `${where}.notes`).map((note, at) => string(note, `${where}.notes[${at}]`)),
        steps: item.steps === undefined ? [] : steps(item.steps, `${where}.steps`),
        evidence: evidence && {
            parseProblem: nullable(evidence.parseProblem, (problem) => {
                const entry = object(problem, `${where}.evidence.parseProblem`);
                return {
                    status: report_shape_choice(entry.status, ['fail', 'error'], `${where}.evidence.parseProblem.status`),
                    message: string(entry.message, `${where}.evidence.parseProblem.message`)
                };
            }),
            spawnError: nullable(evidence.spawnError, (error) => string(error, `${where}.evidence.spawnError`)),
            cancelled: report_shape_boolean(evidence.cancelled, `${where}.evidence.cancelled`),
            output: (() => {
                const output = object(evidence.output, `${where}.evidence.output`);
                return {
                    excerpt: string(output.excerpt, `${where}.evidence.output.excerpt`),
                    totalLines: report_shape_count(output.totalLines, `${where}.evidence.output.totalLines`),
                    truncated: report_shape_boolean(output.truncated, `${where}.evidence.output.truncated`)
                };
            })()
        }
    };
}
function steps(value, where) {
    const list = array(value, where);
    if (list.length > MAX_REPORT_STEPS)
        throw new ShapeError(`\`${where}\` lists more than ${MAX_REPORT_STEPS} steps`);
    return list.map((entry, at) => {
        const step = object(entry, `${where}[${at}]`);
        const reason = nullable(step.reason, (text) => string(text, `${where}[${at}].reason`));
        return {
            command: string(step.command, `${where}[${at}].command`),
            parser: report_shape_choice(step.parser, PARSER_NAMES, `${where}[${at}].parser`),
            status: report_shape_choice(step.status, STATUSES, `${where}[${at}].status`),
            summary: string(step.summary, `${where}[${at}].summary`),
            ...(reason !== null ? { reason } : {}),
            exitCode: nullable(step.exitCode, (code) => integer(code, `${where}[${at}].exitCode`))
        };
    });
}
/** The counts a parser of this kind reports, checked; `undefined` when they are not of its shape. */
function countsFor(kind, value) {
    if (value === null)
        return null;
    if (kind === 'exit-code' || !isObject(value))
        return undefined;
    const whole = (field) => typeof field === 'number' && Number.isSafeInteger(field) && field >= 0;
    switch (kind) {
        case 'tests':
            return whole(value.passed) && whole(value.failed) && whole(value.skipped)
                ? { passed: value.passed, failed: value.failed, skipped: value.skipped }
                : undefined;
        case 'lint':
            return whole(value.warnings) && whole(value.errors) ? { warnings: value.warnings, errors: value.errors } : undefined;
        case 'format':
            return Array.isArray(value.files) && value.files.every((file) => typeof file === 'string') ? { files: [...value.files] } : undefined;
        case 'audit': {
            if (!whole(value.warnings) || !isObject(value.bySeverity))
                return undefined;
            const bySeverity = Object.create(null);
            for (const [severity, number] of Object.entries(value.bySeverity)) {
                if (!whole(number))
                    return undefined;
                bySeverity[severity] = number;
            }
            return { bySeverity, warnings: value.warnings };
        }
    }
}
function findingOf(value, where) {
    const finding = object(value, where);
    const optional = (field, read) => (field === undefined ? undefined : read(field));
    const file = optional(finding.file, (field) => string(field, `${where}.file`));
    const line = optional(finding.line, (field) => report_shape_count(field, `${where}.line`));
    const column = optional(finding.column, (field) => report_shape_count(field, `${where}.column`));
    const code = optional(finding.code, (field) => string(field, `${where}.code`));
    return {
        level: report_shape_choice(finding.level, ['error', 'warning', 'notice'], `${where}.level`),
        message: string(finding.message, `${where}.message`),
        ...(file !== undefined ? { file } : {}),
        ...(line !== undefined ? { line } : {}),
        ...(column !== undefined ? { column } : {}),
        ...(code !== undefined ? { code } : {})
    };
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function object(value, where) {
    if (!isObject(value))
        throw new ShapeError(`\`${where}\` is not an object`);
    return value;
}
function array(value, where) {
    if (!Array.isArray(value))
        throw new ShapeError(`\`${where}\` is not a list`);
    return value;
}
function string(value, where) {
    if (typeof value !== 'string')
        throw new ShapeError(`\`${where}\` is not text`);
    return value;
}
function report_shape_boolean(value, where) {
    if (typeof value !== 'boolean')
        throw new ShapeError(`\`${where}\` is not true or false`);
    return value;
}
function integer(value, where) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value))
        throw new ShapeError(`\`${where}\` is not a whole number`);
    return value;
}
function report_shape_count(value, where) {
    const number = integer(value, where);
    if (number < 0)
        throw new ShapeError(`\`${where}\` is negative`);
    return number;
}
function duration(value, where) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
        throw new ShapeError(`\`${where}\` is not a duration`);
    return value;
}
function sha256(value, where) {
    const text = string(value, where);
    if (!/^[0-9a-f]{64}$/.test(text))
        throw new ShapeError(`\`${where}\` is not a SHA-256`);
    return text;
}
function report_shape_choice(value, choices, where) {
    if (typeof value !== 'string' || !choices.includes(value))
        throw new ShapeError(`\`${where}\` is not one of ${choices.join(', ')}`);
    return value;
}
function nullable(value, read) {
    return value === null ? null : read(value);
}

;// CONCATENATED MODULE: ./src/shards/merge.ts
/**
 * Merging shard reports into the results of one run. Pure: the checklist this job read itself,
 * the files' contents and what they must belong to in; results and problems out.
 *
 * Nothing in a report is taken on its word. It must be of this repository, workflow run, head
 * commit and checklist (by the hash of its bytes); every shard 1..N must be there exactly once and
 * own exactly its items; every item of the checklist must be owned by exactly one shard. Then each
 * result is judged again from the report's own evidence (exit code, signal, counts, parser
 * problem) with the thresholds of the checklist this job read, and a status or summary that the
 * evidence does not give, counts that do not add up, a result for an item the shard does not own,
 * or a pass whose `needs` did not pass is tampering. Manual items are judged here, never by a shard.
 * Any problem is a run problem, so the verdict is NO-GO and says which report and why; a partial
 * or doubtful set can never make a GO.
 */







/** Problems of one kind listed one a line up to this many; the rest are counted. */
const MAX_PROBLEMS_PER_CODE = 10;
const MAX_IDS_LISTED = 5;
const MAX_SHARD_PROBLEMS = 5;
const FILE_SUMMARIES = {
    pass: ['file present'],
    fail: ['missing', 'not a file', 'empty'],
    error: ['not checked', 'not run', 'crashed']
};
const PARSER_KINDS = {
    'cargo-test': 'tests',
    'node-test': 'tests',
    jest: 'tests',
    vitest: 'tests',
    mocha: 'tests',
    'npm-test': 'tests',
    pytest: 'tests',
    'go-test': 'tests',
    'cargo-clippy': 'lint',
    ruff: 'lint',
    mypy: 'lint',
    'go-vet': 'lint',
    black: 'format',
    gofmt: 'format',
    'pip-audit': 'audit',
    govulncheck: 'audit',
    'cargo-fmt': 'format',
    'cargo-audit': 'audit',
    'npm-audit': 'audit',
    'exit-code': 'exit-code'
};
function mergeShardReports(checklist, files, expected) {
    const problems = new ProblemList();
    const items = types_allItems(checklist);
    const byId = new Map(items.map((item) => [item.id, item]));
    const log = [];
    if (files.length === 0)
        problems.add('report-missing', `no shard report was found (${expected.source}), so nothing was judged`);
    const readable = [];
    for (const file of files) {
        if ('problem' in file.content) {
            problems.add('report-unreadable', `${file.name} ${file.content.problem}`);
            continue;
        }
        const report = readShardReport(file.content.json);
        if ('problem' in report) {
            problems.add('report-unreadable', `${file.name} is not a report go-no-go wrote: ${report.problem}`);
            continue;
        }
        if (!report.run || !report.shard || !report.checklistSha256) {
            // A job stopped before it read the checklist (a bad input, a refused event) still says why.
            const why = report.runProblems[0]?.message;
            if (why)
                problems.add('shard-run-problem', `${file.name}: its run judged nothing: ${merge_clip(why, 300)}`);
            else
                problems.add('report-unreadable', `${file.name} does not say which run, checklist and shard it belongs to`);
            continue;
        }
        readable.push({ name: file.name, report: report, foreign: false });
    }
    checkIdentities(readable, expected, problems);
    const total = commonTotal(readable, problems);
    const chosen = chooseOnePerShard(readable, total, problems);
    const owners = checkCoverage(items, byId, chosen, total, problems);
    const results = new Map();
    /** Items a report says ran (a process, a checked file): they cannot have if a need did not pass. */
    const ran = new Set();
    let started = Number.POSITIVE_INFINITY;
    let finished = 0;
    for (const read of chosen.values()) {
        const { report } = read;
        log.push(`${label(read)}: ${format_formatNumber(report.shard.items.length)} items, run ${quote(report.run.id, 20)} attempt ${report.run.attempt}${read.foreign ? ' — does not belong to this run' : ''}`);
        if (read.foreign) {
            for (const id of report.shard.items)
                if (owners.get(id)?.length === 1 && byId.has(id))
                    results.set(id, notMerged(id, 'its shard report does not belong to this run'));
            continue;
        }
        started = Math.min(started, report.startedAt);
        finished = Math.max(finished, report.startedAt + report.durationMs);
        for (const problem of report.runProblems.slice(0, MAX_SHARD_PROBLEMS))
            problems.add('shard-run-problem', `${label(read)}: ${merge_clip(problem.message, 300)}`);
        if (report.runProblems.length > MAX_SHARD_PROBLEMS)
            problems.add('shard-run-problem', `${label(read)}: and ${report.runProblems.length - MAX_SHARD_PROBLEMS} more problems`);
        mergeItems(read, byId, owners, results, ran, problems);
    }
    settleNeeds(items, byId, results, ran, problems);
    for (const item of items)
        if (!results.has(item.id))
            results.set(item.id, notMerged(item.id, 'no shard report covers this item'));
    return { results, problems: problems.list(), ...(finished > 0 ? { span: { started, finished } } : {}), log };
}
function checkIdentities(readable, expected, problems) {
    const commits = new Set(readable.map((read) => read.report.run.commitSha));
    for (const read of readable) {
        const { run, checklistSha256 } = read.report;
        const wrong = (message) => {
            read.foreign = true;
            problems.add('report-foreign', `${label(read)} ${message}`);
        };
        if (run.repository !== expected.repository)
            wrong(`comes from the repository ${quote(run.repository, 100)}, not ${expected.repository}`);
        else if (run.id !== expected.runId)
            wrong(`comes from workflow run ${quote(run.id, 30)}, not run ${expected.runId}`);
        else if (run.attempt > expected.maxAttempt)
            wrong(`comes from attempt ${run.attempt} of the run, later than attempt ${expected.maxAttempt}`);
        else if (run.headSha !== expected.headSha)
            wrong(`is for commit ${shortSha(run.headSha)}, not ${shortSha(expected.headSha)}`);
        else if (expected.commitSha !== undefined && run.commitSha !== expected.commitSha)
            wrong(`checked out commit ${shortSha(run.commitSha)}, not ${shortSha(expected.commitSha)}`);
        else if (expected.commitSha === undefined && commits.size > 1)
            wrong(`checked out commit ${shortSha(run.commitSha)}, and the other reports another`);
        else if (checklistSha256 !== expected.checklistSha256)
            wrong(`was made from another checklist (SHA-256 ${checklistSha256.slice(0, 12)}…, this job read ${expected.checklistSha256.slice(0, 12)}…): the checklist changed, or the shard read another file`);
    }
}
/** N, as most reports say; reports of another N, or split another way, do not belong. */
function commonTotal(readable, problems) {
    const votes = new Map();
    for (const read of readable)
        votes.set(read.report.shard.total, (votes.get(read.report.shard.total) ?? 0) + 1);
    const total = [...votes].sort(([a, countA], [b, countB]) => countB - countA || a - b)[0]?.[0] ?? 0;
    const splits = new Map();
    for (const read of readable) {
        if (read.report.shard.total !== total) {
            read.foreign = true;
            problems.add('report-foreign', `${label(read)} splits the checklist into ${read.report.shard.total}, the other reports into ${total}`);
            continue;
        }
        if (!read.foreign)
            splits.set(read.report.shard.assignmentSha256, splits.get(read.report.shard.assignmentSha256) ?? read);
    }
    if (splits.size > 1) {
        const ways = [...splits.values()].map((read) => `${label(read)} by ${read.report.shard.balancedBy}`).join(', ');
        problems.add('report-foreign', `the shards split the checklist in different ways (${ways}): give every shard job the same \`previous-report\`, or none`);
    }
    return total;
}
function chooseOnePerShard(readable, total, problems) {
    const byIndex = new Map();
    for (const read of readable) {
        if (read.report.shard.total !== total)
            continue;
        const list = byIndex.get(read.report.shard.index) ?? [];
        list.push(read);
        byIndex.set(read.report.shard.index, list);
    }
    const chosen = new Map();
    for (let index = 1; index <= total; index++) {
        const list = byIndex.get(index);
        if (!list) {
            problems.add('report-missing', `shard ${index}/${total} is missing: no report for it was found`);
            continue;
        }
        if (list.length > 1)
            problems.add('report-duplicated', `shard ${index}/${total} is there ${list.length} times: ${list.map((read) => read.name).join(', ')}`);
        chosen.set(index, list[0]);
    }
    return chosen;
}
/** Which shards own each item; every item must be owned exactly once, and a `needs` chain by one shard. */
function checkCoverage(items, byId, chosen, total, problems) {
    const owners = new Map();
    for (const read of chosen.values()) {
        const unknown = [];
        for (const id of new Set(read.report.shard.items)) {
            if (!byId.has(id))
                unknown.push(id);
            else
                owners.set(id, [...(owners.get(id) ?? []), read.report.shard.index]);
        }
        if (unknown.length > 0)
            problems.add('report-tampered', `${label(read)} owns ${listIds(unknown)}, which the checklist does not have`);
        if (new Set(read.report.shard.items).size !== read.report.shard.items.length)
            problems.add('report-tampered', `${label(read)} lists an item it owns more than once`);
    }
    const uncovered = items.filter((item) => !owners.has(item.id)).map((item) => item.id);
    if (uncovered.length > 0 && chosen.size > 0)
        problems.add('report-missing', `${uncovered.length === 1 ? 'an item is' : `${uncovered.length} items are`} in no shard's report: ${listIds(uncovered)}`);
    for (const item of items) {
        const shards = owners.get(item.id) ?? [];
        if (shards.length > 1)
            problems.add('report-duplicated', `\`${item.id}\` is owned by ${shards.map((index) => `shard ${index}/${total}`).join(' and ')}`);
        for (const need of item.needs) {
            const needShards = owners.get(need) ?? [];
            if (shards.length === 1 && needShards.length === 1 && shards[0] !== needShards[0])
                problems.add('report-foreign', `\`${item.id}\` needs \`${need}\`, but shard ${shards[0]}/${total} owns one and shard ${needShards[0]}/${total} the other: a needs chain was split`);
        }
    }
    return owners;
}
function mergeItems(read, byId, owners, results, ran, problems) {
    const { report } = read;
    const owned = new Set(report.shard.items);
    const entries = new Map();
    const tampered = (message) => problems.add('report-tampered', `${label(read)}: ${message}`);
    const unowned = [];
    for (const entry of report.items) {
        if (!owned.has(entry.id))
            unowned.push(entry.id);
        else if (entries.has(entry.id))
            tampered(`\`${entry.id}\` has more than one result`);
        else
            entries.set(entry.id, entry);
    }
    if (unowned.length > 0)
        tampered(`it has results for ${listIds(unowned)}, which it does not own`);
    const missing = [...owned].filter((id) => byId.has(id) && !entries.has(id));
    if (missing.length > 0)
        tampered(`it owns ${listIds(missing)} but has no result for them`);
    const actual = countStatuses(report.items.filter((entry) => owned.has(entry.id)).map((entry) => entry.status));
    if (!sameCounts(actual, report.counts))
        tampered(`its counts (${describeCounts(report.counts)}) do not match its items (${describeCounts(actual)})`);
    for (const [id, entry] of entries) {
        const item = byId.get(id);
        // Owned twice: the first shard's result stands, and the duplication is already a problem.
        if (!item || owners.get(id)?.[0] !== report.shard.index)
            continue;
        const mismatch = fieldMismatch(item, entry);
        if (mismatch) {
            tampered(`\`${id}\` ${mismatch}`);
            results.set(id, notMerged(id, 'its shard report contradicts the checklist'));
            continue;
        }
        const judged = judgeAgain(item, entry);
        if ('contradiction' in judged) {
            tampered(`\`${id}\` ${judged.contradiction}`);
            results.set(id, notMerged(id, 'its shard report contradicts its own evidence'));
            continue;
        }
        if (judged.ran)
            ran.add(id);
        results.set(id, judged.result);
    }
}
/** The report's copy of the item must be the checklist's: the hashes matched, so any difference was edited in. */
function fieldMismatch(item, entry) {
    if (entry.kind !== item.kind)
        return `is a ${entry.kind} item in the report but a ${item.kind} item in the checklist`;
    if (entry.severity !== item.severity)
        return `is ${entry.severity} in the report but ${item.severity} in the checklist`;
    if (item.kind === 'command' && entry.command !== item.run)
        return 'has another command in the report than in the checklist';
    return undefined;
}
function judgeAgain(item, entry) {
    switch (item.kind) {
        case 'manual':
            // Sign-offs are read by the merge job; a shard's word on a manual item is never used.
            return { result: readSignOff(item), ran: false };
        case 'file': {
            if (entry.evidence || entry.parser || entry.exitCode !== null)
                return { contradiction: 'is an evidence file, but the report says a process ran for it' };
            const known = FILE_SUMMARIES[entry.status];
            if (entry.status === 'pending')
                return { contradiction: 'is an evidence file, which is never pending' };
            if (known && !known.includes(entry.summary))
                return { contradiction: `says ${entry.status} with a summary (${quote(entry.summary, 40)}) an evidence check never gives` };
            return { result: plainResult(entry), ran: entry.status === 'pass' || entry.status === 'fail' };
        }
        case 'command':
            return judgeCommand(item, entry);
    }
}
function judgeCommand(item, entry) {
    const evidence = entry.evidence;
    if (!evidence) {
        // Not run (a need failed, cancelled before it started): no process, so it can be no pass.
        if (entry.status === 'pass')
            return { contradiction: 'says pass, but the report holds no evidence that it ran' };
        if (entry.exitCode !== null || entry.parser !== null || entry.steps.length > 0)
            return { contradiction: 'says a process ran, but the report holds none of its evidence (written by an older go-no-go?)' };
        return { result: plainResult(entry), ran: false };
    }
    if (entry.steps.length > 0)
        return judgeSteps(item, entry, evidence);
    const expectedParser = item.parser ?? detectParser(item.run);
    if (entry.parser !== expectedParser)
        return { contradiction: `was read by the ${quote(String(entry.parser), 20)} parser, but the checklist's command is read by \`${expectedParser}\`` };
    const kind = PARSER_KINDS[expectedParser];
    const counts = countsFor(kind, entry.counts);
    if (counts === undefined)
        return { contradiction: `has counts that the \`${expectedParser}\` parser does not report` };
    if (entry.failingTestsTotal < entry.failingTests.length || entry.findingsTotal < entry.findings.length)
        return { contradiction: 'lists more failing tests or findings than its totals say' };
    const process = {
        exitCode: entry.exitCode,
        signal: entry.signal,
        timedOut: entry.timedOut,
        cancelled: evidence.cancelled,
        ...(evidence.spawnError !== null ? { spawnError: evidence.spawnError } : {}),
        durationMs: entry.durationMs,
        // The excerpt stands for the whole capture: it is what the Markdown report shows and what the judge reads first lines from.
        output: { head: evidence.output.excerpt, tail: '', totalBytes: entry.outputBytes, totalLines: evidence.output.totalLines, truncated: evidence.output.truncated }
    };
    const parsed = parsedOutput(kind, counts, entry, evidence.parseProblem);
    const judged = evaluateGate(item, process, parsed);
    if (judged.status !== entry.status)
        return { contradiction: `says ${entry.status}, but its own evidence (${merge_describeEvidence(entry, counts)}) says ${judged.status}` };
    if (judged.summary !== entry.summary)
        return { contradiction: `says ${quote(entry.summary, 40)}, but its own evidence (${merge_describeEvidence(entry, counts)}) says ${quote(judged.summary, 40)}` };
    return {
        ran: true,
        result: {
            id: item.id,
            status: judged.status,
            summary: judged.summary,
            ...(judged.reason !== undefined ? { reason: judged.reason } : {}),
            durationMs: entry.durationMs,
            parser: expectedParser,
            parsed,
            process,
            ...(entry.notes.length > 0 ? { notes: entry.notes } : {})
        }
    };
}
/**
 * A script that ran several tools was judged command by command from output the report does not
 * keep apart, so its steps cannot be judged again. They must still agree with the item, by the rule
 * the gate runner combines them with (judge-segments.ts): any failed step fails it, any other
 * non-pass makes it an error; the tools' summaries, then failed exit statuses', make its summary.
 * Like the rest of a report, this proves agreement, not what ran.
 */
function judgeSteps(item, entry, evidence) {
    const steps = entry.steps;
    if (item.parser)
        return { contradiction: `lists the steps of a script, but the checklist names one parser (\`${item.parser}\`) for the whole command` };
    if (steps.length < 2)
        return { contradiction: 'lists a single step, but a script is only judged step by step when it ran several' };
    if (evidence.cancelled || evidence.spawnError !== null || entry.timedOut || entry.signal !== null)
        return { contradiction: 'lists the steps of a script whose process did not finish, which is judged as a whole' };
    const tools = steps.filter((step) => step.parser !== 'exit-code');
    const exits = steps.filter((step) => step.parser === 'exit-code');
    const failing = [...tools, ...exits].filter((step) => step.status !== 'pass');
    const status = failing.some((step) => step.status === 'fail') ? 'fail' : failing.length > 0 ? 'error' : 'pass';
    const summary = [...tools, ...exits.filter((step) => step.status !== 'pass')].map((step) => step.summary).join('; ');
    const reasons = failing.filter((step) => step.reason).map((step) => `\`${step.command}\`: ${step.reason}`);
    const primary = failing.find((step) => step.parser !== 'exit-code') ?? failing[0] ?? tools.at(-1) ?? steps[steps.length - 1];
    if (entry.status !== status)
        return { contradiction: `says ${entry.status}, but its own steps say ${status}` };
    if (entry.summary !== summary)
        return { contradiction: `says ${quote(entry.summary, 40)}, but its own steps say ${quote(summary, 40)}` };
    if ((entry.reason ?? '') !== reasons.join('; '))
        return { contradiction: 'gives a reason its own steps do not' };
    if (entry.parser !== primary.parser)
        return { contradiction: `was read by the ${quote(String(entry.parser), 20)} parser, but its own steps say \`${primary.parser}\`` };
    const kind = PARSER_KINDS[primary.parser];
    const counts = countsFor(kind, entry.counts);
    if (counts === undefined)
        return { contradiction: `has counts that the \`${primary.parser}\` parser does not report` };
    if (entry.failingTestsTotal < entry.failingTests.length || entry.findingsTotal < entry.findings.length)
        return { contradiction: 'lists more failing tests or findings than its totals say' };
    const process = {
        exitCode: entry.exitCode,
        signal: null,
        timedOut: false,
        cancelled: false,
        durationMs: entry.durationMs,
        output: { head: evidence.output.excerpt, tail: '', totalBytes: entry.outputBytes, totalLines: evidence.output.totalLines, truncated: evidence.output.truncated }
    };
    const parsed = parsedOutput(kind, counts, entry, evidence.parseProblem);
    // The counts kept are the deciding tool's: judged again with its own exit status, they must say what its step says.
    if (primary.parser !== 'exit-code') {
        const again = evaluateGate(item, { ...process, exitCode: primary.exitCode }, parsed);
        if (again.status !== primary.status || again.summary !== primary.summary)
            return {
                contradiction: `says its \`${primary.parser}\` step gave ${quote(primary.summary, 40)}, but its own evidence (${merge_describeEvidence(entry, counts)}) says ${quote(again.summary, 40)}`
            };
    }
    return {
        ran: true,
        result: {
            id: item.id,
            status,
            summary,
            ...(entry.reason !== null ? { reason: entry.reason } : {}),
            durationMs: entry.durationMs,
            parser: primary.parser,
            parsed,
            process,
            ...(entry.notes.length > 0 ? { notes: entry.notes } : {}),
            steps
        }
    };
}
function parsedOutput(kind, counts, entry, problem) {
    const findings = entry.findings;
    const withProblem = problem ? { problem } : {};
    switch (kind) {
        case 'tests':
            return { kind, counts: counts, failingTests: entry.failingTests, findings, ...withProblem };
        case 'lint':
            return { kind, counts: counts, findings, ...withProblem };
        case 'format':
            return { kind, counts: counts, findings, ...withProblem };
        case 'audit':
            return { kind, counts: counts, findings, ...withProblem };
        case 'exit-code':
            return { kind, findings };
    }
}
/**
 * An item runs only after every item it needs passed, in the same shard. A report that says an
 * item ran although a need did not pass contradicts itself; manual items are judged here, with
 * the same rule the scheduler applies.
 */
function settleNeeds(items, byId, results, ran, problems) {
    const settled = new Set();
    const settle = (item, visiting) => {
        if (settled.has(item.id) || visiting.has(item.id))
            return;
        visiting.add(item.id);
        for (const need of item.needs) {
            const needed = byId.get(need);
            if (needed)
                settle(needed, visiting);
        }
        const blockers = item.needs.filter((need) => results.get(need)?.status !== 'pass');
        if (blockers.length > 0) {
            if (ran.has(item.id))
                problems.add('report-tampered', `\`${item.id}\` has a result although ${blockers.map((id) => `\`${id}\``).join(', ')} did not pass, so it cannot have run`);
            if (ran.has(item.id) || item.kind === 'manual')
                results.set(item.id, notRun(item.id, blockers));
        }
        settled.add(item.id);
    };
    for (const item of items)
        settle(item, new Set());
}
/** As the scheduler words it, so a merged report reads like a single run's. */
function notRun(id, blockers) {
    return { id, status: 'error', summary: 'not run', reason: `not run because ${blockers.map((need) => `\`${need}\``).join(', ')} did not pass`, durationMs: 0 };
}
function notMerged(id, reason) {
    return { id, status: 'error', summary: 'not merged', reason, durationMs: 0 };
}
function plainResult(entry) {
    return {
        id: entry.id,
        status: entry.status,
        summary: entry.summary,
        ...(entry.reason !== null ? { reason: entry.reason } : {}),
        durationMs: entry.durationMs,
        ...(entry.notes.length > 0 ? { notes: entry.notes } : {})
    };
}
function merge_describeEvidence(entry, counts) {
    const parts = [];
    if (entry.evidence?.spawnError !== null && entry.evidence?.spawnError !== undefined)
        parts.push('could not start');
    if (entry.timedOut)
        parts.push('timed out');
    if (entry.signal)
        parts.push(`killed by ${quote(entry.signal, 12)}`);
    if (entry.exitCode !== null)
        parts.push(`exit code ${entry.exitCode}`);
    // The checked counts only: their names are the parser's, not whatever keys the file holds.
    if (counts && 'passed' in counts)
        parts.push(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    if (counts && 'warnings' in counts && 'errors' in counts)
        parts.push(`${counts.errors} errors, ${counts.warnings} warnings`);
    if (counts && 'files' in counts)
        parts.push(`${counts.files.length} files to format`);
    if (counts && 'bySeverity' in counts)
        parts.push(`${Object.values(counts.bySeverity).reduce((sum, value) => sum + value, 0)} vulnerabilities, ${counts.warnings} warnings`);
    if (entry.evidence?.parseProblem)
        parts.push(`parser: ${entry.evidence.parseProblem.status}`);
    return parts.join('; ') || 'no exit code';
}
function sameCounts(a, b) {
    return a.passed === b.passed && a.failed === b.failed && a.errored === b.errored && a.pending === b.pending && a.cancelled === b.cancelled;
}
function describeCounts(counts) {
    return `${counts.passed} passed, ${counts.failed} failed, ${counts.errored} errors, ${counts.pending} pending, ${counts.cancelled} cancelled`;
}
function label(read) {
    return `shard ${read.report.shard.index}/${read.report.shard.total} (${read.name})`;
}
/** Ids from a report may be anything: quoted, clipped, and only a few. */
function listIds(ids) {
    const shown = ids.slice(0, MAX_IDS_LISTED).map((id) => quote(id, 60));
    return ids.length > MAX_IDS_LISTED ? `${shown.join(', ')} and ${ids.length - MAX_IDS_LISTED} more` : shown.join(', ');
}
function quote(text, max) {
    return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}
function merge_clip(text, max) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}
function shortSha(sha) {
    return /^[0-9a-f]{40,64}$/.test(sha) ? sha.slice(0, 12) : quote(sha, 20);
}
/** Problems in the order found, at most MAX_PROBLEMS_PER_CODE of each code and a count of the rest. */
class ProblemList {
    problems = [];
    extra = new Map();
    add(code, message) {
        if (this.problems.filter((problem) => problem.code === code).length < MAX_PROBLEMS_PER_CODE)
            this.problems.push({ code, message });
        else
            this.extra.set(code, (this.extra.get(code) ?? 0) + 1);
    }
    list() {
        return [...this.problems, ...[...this.extra].map(([code, count]) => ({ code, message: `… and ${count} more problems of the same kind (${code})` }))];
    }
}

;// CONCATENATED MODULE: ./src/github/context.ts

function readGitHubEnvironment(env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner = '', repo = ''] = repository.split('/');
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
    const runId = env.GITHUB_RUN_ID ?? '';
    const event = readEventPayload(env.GITHUB_EVENT_PATH);
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        eventPayload: event.payload,
        ...(event.problem ? { eventProblem: event.problem } : {}),
        repository,
        owner,
        repo,
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        sha: env.GITHUB_SHA ?? '',
        serverUrl,
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
        ...(repository && runId ? { runUrl: `${serverUrl}/${repository}/actions/runs/${runId}` } : {})
    };
}
/** The parser's own message is left out: it quotes the file, which holds text anyone could write (a PR title). */
function readEventPayload(file) {
    if (!file)
        return { payload: {}, problem: 'GITHUB_EVENT_PATH is not set, so the event that started this run cannot be read' };
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'does not exist' : `cannot be read (${error.code ?? 'unknown error'})`;
        return { payload: {}, problem: `the event file ${file} ${reason}` };
    }
    let payload;
    try {
        payload = JSON.parse(text);
    }
    catch {
        return { payload: {}, problem: `the event file ${file} is not valid JSON` };
    }
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
        return { payload: {}, problem: `the event file ${file} does not hold a JSON object` };
    return { payload: payload };
}
/** The pull request a run is about, if any: `merge_group` and `push` have none. */
function pullRequestNumber(github) {
    const payload = github.eventPayload;
    if (payload.pull_request?.number)
        return payload.pull_request.number;
    if (payload.issue?.pull_request && payload.issue.number)
        return payload.issue.number;
    return undefined;
}
/**
 * The commit a check run or status belongs to: the PR head (GITHUB_SHA is the merge commit there),
 * the merge group's head in a merge queue, otherwise the workflow's commit.
 */
function context_headSha(github) {
    return github.eventPayload.pull_request?.head?.sha ?? github.eventPayload.merge_group?.head_sha ?? github.sha;
}
/**
 * Where a report's file:line references link to: the repository at the commit the gates judged
 * (the pull request's head, not the merge commit). `repositoryRoot` turns absolute paths in tool
 * output into repository paths.
 */
function sourceLinks(github, repositoryRoot) {
    const sha = context_headSha(github);
    if (!github.repository || !sha)
        return undefined;
    return { repositoryUrl: `${github.serverUrl}/${github.repository}`, headSha: sha, ...(repositoryRoot ? { workspace: repositoryRoot } : {}) };
}

;// CONCATENATED MODULE: ./src/shards/phase.ts
/**
 * What a job does with the checklist once it is read, when it is one job of several: a shard
 * keeps only its own items; a merge answers every item from the shard reports and runs nothing.
 * Every job's report also records which run, commit, checklist and shard it is, so a merge can
 * tell its shards from anyone else's. main.ts calls this between loading the checklist and
 * evaluating it, and uses the part it returns for the rest of the run.
 *
 * Shards and merges are prepared in job-modes.ts, which the action bundles apart and loads only
 * for a `shard` or `reports` job: most runs are one whole job and never need that code.
 */



function checklistHash(bytes) {
    return sha256Hex(bytes);
}
/** The part of the checklist this job judges. A shard or merge needs `modes`; without them it throws (a bug in the caller). */
function prepareJobPart(input, modes) {
    if (input.reports)
        return needModes(modes).prepareMerge(input, input.reports);
    if (input.shard)
        return needModes(modes).prepareShard(input, input.shard);
    return {
        checklist: input.checklist,
        guards: [],
        finish: withIdentity(input, wholeChecklist(input.checklist)),
        checkName: input.checkName,
        ...(input.statusContext ? { statusContext: input.statusContext } : {}),
        failOn: input.failOn
    };
}
function needModes(modes) {
    if (!modes)
        throw new Error('a shard or merge job was prepared without the code that prepares it');
    return modes;
}
/** Stamps a report with this job's run, commit, checklist and shard. */
function withIdentity(input, shard) {
    const { github } = input;
    const identity = {
        run: {
            id: github.runId,
            attempt: wholeNumber(github.runAttempt) ?? 1,
            repository: github.repository,
            event: github.eventName,
            headSha: headSha(github),
            commitSha: github.sha
        },
        checklistSha256: input.checklistSha256,
        shard
    };
    return (report) => ({ ...report, identity });
}
function wholeNumber(text) {
    return /^[1-9][0-9]{0,8}$/.test(text) ? Number(text) : undefined;
}

;// CONCATENATED MODULE: ./src/shards/glob.ts
/**
 * Finding the shard reports a workflow downloaded (`reports: reports/**\/*.json`). A small glob:
 * `*` and `?` within one path segment, `**` for any number of directories. Node 20 has no glob
 * of its own, and this one never follows a symbolic link, stops after a bounded walk, and
 * returns regular files only, so a downloaded artifact cannot point the merge elsewhere.
 */



const DEFAULT_LIMITS = { maxEntries: 200_000, maxMatches: 1_000 };
/** Files matching any pattern; relative patterns are resolved against `base`. */
function expandGlobs(patterns, base, limits = DEFAULT_LIMITS) {
    const found = new Set();
    const skipped = new Set();
    let entries = 0;
    let limitReached;
    const walk = (directory, segments) => {
        if (limitReached)
            return;
        if (segments.length === 0)
            return;
        const [segment, ...rest] = segments;
        if (segment === '**') {
            // `**` matches no directory at all, or one more level and still `**`.
            walk(directory, rest);
            for (const entry of listDirectory(directory)) {
                if (++entries > limits.maxEntries)
                    return void (limitReached = `looked at ${format_formatNumber(limits.maxEntries)} directory entries`);
                if (entry.isDirectory && !entry.name.startsWith('.'))
                    walk(external_node_path_default().join(directory, entry.name), segments);
            }
            return;
        }
        if (!hasWildcard(segment)) {
            const next = external_node_path_default().join(directory, segment);
            if (rest.length > 0)
                return walk(next, rest);
            return consider(next);
        }
        const matcher = segmentMatcher(segment);
        for (const entry of listDirectory(directory)) {
            if (++entries > limits.maxEntries)
                return void (limitReached = `looked at ${format_formatNumber(limits.maxEntries)} directory entries`);
            if (!matcher(entry.name))
                continue;
            const next = external_node_path_default().join(directory, entry.name);
            if (rest.length > 0) {
                if (entry.isDirectory)
                    walk(next, rest);
            }
            else
                consider(next);
        }
    };
    const consider = (file) => {
        let info;
        try {
            info = (0,external_node_fs_.lstatSync)(file);
        }
        catch {
            return;
        }
        if (!info.isFile()) {
            // A directory that `**/*` reaches is simply not a file; anything else is worth naming.
            if (!info.isDirectory())
                skipped.add(file);
            return;
        }
        if (found.size >= limits.maxMatches)
            return void (limitReached = `found ${format_formatNumber(limits.maxMatches)} files`);
        found.add(file);
    };
    for (const pattern of patterns) {
        const absolute = external_node_path_default().resolve(base, pattern);
        const root = external_node_path_default().parse(absolute).root;
        const segments = absolute.slice(root.length).split((external_node_path_default()).sep).filter(Boolean);
        // The directories the workflow named before the first wildcard may be links (a runner's temp
        // directory); what lies below them came from an artifact, and no link there is followed.
        const wildcard = segments.findIndex(hasWildcard);
        const literal = wildcard === -1 ? segments.length - 1 : wildcard;
        let start;
        try {
            start = (0,external_node_fs_.realpathSync)(external_node_path_default().join(root, ...segments.slice(0, literal)));
        }
        catch {
            continue;
        }
        walk(start, segments.slice(literal));
    }
    return { files: [...found].sort(), skipped: [...skipped].sort(), ...(limitReached ? { limitReached } : {}) };
}
/** Entries of a directory that is not itself a link; nothing when it cannot be read. */
function listDirectory(directory) {
    try {
        if (!(0,external_node_fs_.lstatSync)(directory).isDirectory())
            return [];
        return (0,external_node_fs_.readdirSync)(directory, { withFileTypes: true })
            .map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }))
            .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    catch {
        return [];
    }
}
function hasWildcard(segment) {
    return segment.includes('*') || segment.includes('?');
}
/** `*` any run of characters, `?` one; everything else literal. Compiled without a regex built from input. */
function segmentMatcher(segment) {
    return (name) => matchSegment(segment, 0, name, 0);
}
function matchSegment(pattern, p, name, n) {
    // Iterative with one backtrack point for the last `*`: linear enough, and no catastrophic cases.
    let star = -1;
    let starName = 0;
    while (n < name.length) {
        if (p < pattern.length && (pattern[p] === '?' || pattern[p] === name[n])) {
            p++;
            n++;
        }
        else if (p < pattern.length && pattern[p] === '*') {
            star = p++;
            starName = n;
        }
        else if (star !== -1) {
            p = star + 1;
            n = ++starName;
        }
        else
            return false;
    }
    while (p < pattern.length && pattern[p] === '*')
        p++;
    return p === pattern.length;
}

;// CONCATENATED MODULE: ./src/shards/read-reports.ts
/**
 * Reading the shard reports a workflow downloaded. Each is a file an artifact put there (in the
 * fork pattern, one a fork's workflow made), so reading is bounded before a byte is read: regular
 * files only, never through a link, each and all together under a size limit, and a file that is
 * not JSON is a named problem, never a crash.
 */




/** A report of 2,000 gates with full evidence is a few MB; far past that is not one. */
const read_reports_MAX_REPORT_BYTES = 64 * 1024 * 1024;
const MAX_TOTAL_REPORT_BYTES = 256 * 1024 * 1024;
const MAX_REPORT_FILES = 1_000;
const read_reports_DEFAULT_LIMITS = { maxReportBytes: read_reports_MAX_REPORT_BYTES, maxTotalBytes: MAX_TOTAL_REPORT_BYTES, maxFiles: MAX_REPORT_FILES };
/** Every file the patterns match, each read and parsed or with the reason it could not be. */
function readReportFiles(patterns, base, limits = read_reports_DEFAULT_LIMITS) {
    const source = `${patterns.length === 1 ? 'pattern' : 'patterns'} ${patterns.map((pattern) => JSON.stringify(pattern)).join(', ')}`;
    const found = expandGlobs(patterns, base, { maxEntries: 200_000, maxMatches: limits.maxFiles + 1 });
    const name = (file) => JSON.stringify(external_node_path_default().relative(base, file).startsWith('..') ? file : external_node_path_default().relative(base, file));
    const files = [];
    for (const skipped of found.skipped)
        files.push({ name: name(skipped), content: { problem: 'is not a regular file (a link, a device or a pipe)' } });
    if (found.files.length > limits.maxFiles) {
        files.push({ name: source, content: { problem: `match more than ${format_formatNumber(limits.maxFiles)} files: not a set of shard reports` } });
        return { files, source };
    }
    if (found.limitReached)
        files.push({ name: source, content: { problem: `could not all be searched: the search stopped after it ${found.limitReached}` } });
    let total = 0;
    for (const file of found.files) {
        const read = readBounded(file, limits.maxReportBytes, limits.maxTotalBytes - total);
        if ('problem' in read) {
            files.push({ name: name(file), content: read });
            continue;
        }
        total += read.bytes.length;
        try {
            files.push({ name: name(file), content: { json: JSON.parse(read.bytes.toString('utf8')) } });
        }
        catch {
            // The parser's message would quote the file: say only that it is not JSON.
            files.push({ name: name(file), content: { problem: 'is not valid JSON' } });
        }
    }
    return { files, source };
}
function readBounded(file, maxBytes, roomLeft) {
    let descriptor;
    try {
        const before = (0,external_node_fs_.lstatSync)(file);
        if (!before.isFile())
            return { problem: 'is not a regular file (a link, a device or a pipe)' };
        if (before.size > maxBytes)
            return { problem: `is ${megabytes(before.size)}; a shard report may be at most ${megabytes(maxBytes)}` };
        if (before.size > roomLeft)
            return { problem: `would take the reports past ${megabytes(MAX_TOTAL_REPORT_BYTES)} in all` };
        // O_NOFOLLOW and O_NONBLOCK: a link or a FIFO swapped in after the check cannot redirect or stall the read.
        descriptor = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0));
        const info = (0,external_node_fs_.fstatSync)(descriptor);
        if (!info.isFile() || info.ino !== before.ino)
            return { problem: 'changed while it was being read' };
        const limit = Math.min(maxBytes, roomLeft);
        const buffer = Buffer.alloc(Math.min(info.size, limit) + 1);
        let filled = 0;
        while (filled < buffer.length) {
            const read = (0,external_node_fs_.readSync)(descriptor, buffer, filled, buffer.length - filled, filled);
            if (read === 0)
                break;
            filled += read;
        }
        if (filled > Math.min(info.size, limit))
            return { problem: 'grew while it was being read' };
        return { bytes: buffer.subarray(0, filled) };
    }
    catch (error) {
        return { problem: `cannot be read (${error.code ?? 'error'})` };
    }
    finally {
        if (descriptor !== undefined)
            (0,external_node_fs_.closeSync)(descriptor);
    }
}
function megabytes(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

;// CONCATENATED MODULE: ./src/shards/merge-command.ts
/**
 * `go-no-go merge REPORT…`: the merge job in a terminal. Reads the checklist here, the shard
 * reports given (files or glob patterns), checks them exactly as the action does, and prints the
 * verdict. Reports must all be of one repository, workflow run and head commit: the ones named
 * by `--repository`, `--run-id` and `--head-sha`, or else the first report's.
 */


















const merge_command_FORMATS = ['terminal', 'markdown', 'json'];
const MERGE_USAGE = `Usage:
  go-no-go merge [--checklist PATH] [--cwd DIR] [--format terminal|markdown|json]
                 [--fail-on no-go|conditional-go|never] [--allow-empty]
                 [--repository OWNER/REPO] [--run-id ID] [--head-sha SHA] REPORT...

Merges the JSON reports of the shards of one run (\`shard: K/N\`) into one verdict, running no
gate. REPORT may be a file or a glob pattern (reports/**/*.json). Every shard 1..N must be there
exactly once, made from this checklist (by its hash), for one repository, run and head commit.
Exit code 1 on NO-GO (see --fail-on), 2 on a bad checklist or usage.`;
/** Runs the command; resolves with the exit code. */
async function runMergeCommand(argv, io) {
    let values;
    let positionals;
    try {
        ;
        ({ values, positionals } = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                checklist: { type: 'string', short: 'c' },
                cwd: { type: 'string', short: 'C' },
                format: { type: 'string', short: 'f' },
                'fail-on': { type: 'string' },
                'allow-empty': { type: 'boolean' },
                repository: { type: 'string' },
                'run-id': { type: 'string' },
                'head-sha': { type: 'string' },
                help: { type: 'boolean', short: 'h' }
            }
        }));
    }
    catch (error) {
        return usage(io, error.message);
    }
    if (values.help) {
        io.stdout(`${MERGE_USAGE}\n`);
        return 0;
    }
    const format = values.format ?? 'terminal';
    if (!merge_command_FORMATS.includes(format))
        return usage(io, `--format must be one of ${merge_command_FORMATS.join(', ')}`);
    const failOn = values['fail-on'] ?? 'no-go';
    if (!constants_FAIL_ON_VALUES.includes(failOn))
        return usage(io, `--fail-on must be one of ${constants_FAIL_ON_VALUES.join(', ')}`);
    if (positionals.length === 0)
        return usage(io, 'name the shard reports to merge');
    const workspace = external_node_path_default().resolve(values.cwd ?? '.');
    const checklistPath = values.checklist ?? constants_DEFAULT_CHECKLIST_PATH;
    let checklistSha256 = '';
    let checklist;
    try {
        checklist = await loadChecklist({ workspace, path: checklistPath, onRead: (bytes) => (checklistSha256 = checklistHash(bytes)) }, { markdown: parseMarkdownChecklist });
    }
    catch (error) {
        if (!(error instanceof ChecklistError))
            throw error;
        io.stderr(`go-no-go: NO-GO — the checklist is invalid:\n${formatProblemsForTerminal(error.problems)}\n`);
        return 2;
    }
    // Relative report paths are the shell's: from the directory the command was started in.
    const read = readReportFiles(positionals, process.cwd());
    const first = firstIdentity(read.files);
    const maxAttempt = Math.max(1, ...read.files.map((file) => attemptOf(file.content)));
    const expected = {
        repository: values.repository ?? first?.repository ?? '',
        runId: values['run-id'] ?? first?.id ?? '',
        maxAttempt,
        headSha: values['head-sha'] ?? first?.headSha ?? '',
        checklistSha256,
        source: read.source
    };
    const merged = mergeShardReports(checklist, read.files, expected);
    const report = await runChecklist(checklist, async (item) => merged.results.get(item.id) ?? { id: item.id, status: 'error', summary: 'not merged', durationMs: 0 }, {
        concurrency: 4,
        allowEmpty: values['allow-empty'] ?? false,
        guards: [{ name: 'shard reports', before: async () => undefined, after: async () => merged.problems }]
    });
    const identified = {
        ...report,
        ...(merged.span ? { startedAt: new Date(merged.span.started).toISOString(), durationMs: merged.span.finished - merged.span.started } : {}),
        identity: {
            run: { id: expected.runId, attempt: maxAttempt, repository: expected.repository, event: 'merge', headSha: expected.headSha, commitSha: first?.commitSha ?? '' },
            checklistSha256,
            shard: select_wholeChecklist(checklist)
        }
    };
    const redactor = createRedactor([]);
    if (format === 'terminal')
        for (const line of merged.log)
            io.stderr(`  ${line}\n`);
    const rendered = format === 'json'
        ? `${JSON.stringify(toJsonReport(identified, redactor), null, 2)}\n`
        : format === 'markdown'
            ? renderMarkdown(identified, { redactor })
            : renderTerminal(identified, { color: io.isTty && !process.env.NO_COLOR, redactor });
    io.stdout(rendered.endsWith('\n') ? rendered : `${rendered}\n`);
    return shouldFail(identified.verdict.decision, failOn) ? 1 : 0;
}
function usage(io, message) {
    io.stderr(`go-no-go merge: ${message}\n\n${MERGE_USAGE}\n`);
    return 2;
}
function firstIdentity(files) {
    for (const file of files) {
        if (!('json' in file.content))
            continue;
        const report = readShardReport(file.content.json);
        if (!('problem' in report) && report.run)
            return report.run;
    }
    return undefined;
}
/** Only a hint for the expectation: the merge checks every report's attempt against it. */
function attemptOf(content) {
    const run = 'json' in content && typeof content.json === 'object' && content.json !== null ? content.json.run : undefined;
    return typeof run?.attempt === 'number' && Number.isSafeInteger(run.attempt) && run.attempt > 0 ? run.attempt : 1;
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
;// CONCATENATED MODULE: ./src/cli/gates-only.ts

const GATES_ONLY_TITLE_SUFFIX = ' — gates only, sign-offs not considered';
function gatesOnly(checklist) {
    // Sign-offs after GO never decide, so leaving them out changes nothing worth saying.
    const ignored = types_allItems(checklist).filter((item) => item.kind === 'manual' && !item.signedOff && item.severity !== 'info' && isBeforeDeploy(item));
    const ignoredIds = new Set(ignored.map((item) => item.id));
    const decideOn = {
        ...checklist,
        sections: checklist.sections.map((section) => ({
            ...section,
            items: section.items.map((item) => (ignoredIds.has(item.id) ? { ...item, severity: 'info' } : item))
        }))
    };
    // Shown as decided on: the sign-offs are listed as informational, never among what blocks.
    return { decideOn, show: { ...decideOn, title: `${checklist.title}${GATES_ONLY_TITLE_SUFFIX}` }, ignored };
}
/** The closing line of a gates-only terminal report. */
function describeIgnoredSignoffs(ignored) {
    if (ignored.length === 0)
        return 'Gates only (--gates-only): this checklist has no sign-offs to leave out.';
    const ids = ignored.slice(0, 5).map((item) => item.id);
    const more = ignored.length > 5 ? ` and ${ignored.length - 5} more` : '';
    const count = ignored.length === 1 ? '1 sign-off was' : `${ignored.length} sign-offs were`;
    return `Gates only (--gates-only): ${count} not considered (${ids.join(', ')}${more}); the pull request still needs ${ignored.length === 1 ? 'it' : 'them'} before it can be GO.`;
}

;// CONCATENATED MODULE: ./src/cli/missing-checklist.ts
/** What to tell someone whose checklist is not where they said: where we looked, and what to do next. */




/**
 * Lines explaining a missing checklist, or undefined when something is there (then the loader's own
 * reason stands: a directory, a FIFO, a link outside the workspace…).
 */
async function explainMissingChecklist(context) {
    const target = external_node_path_default().resolve(context.workspace, context.checklist);
    if (await exists(target))
        return undefined;
    const cwdFlag = context.cwd === '.' ? [] : ['-C', context.cwd];
    const lines = [`no checklist at ${context.checklist}`, `  looked for ${target}`];
    const sibling = otherYamlExtension(context.checklist);
    if (sibling && (await exists(external_node_path_default().resolve(context.workspace, sibling)))) {
        lines.push(`  did you mean ${sibling}? run: ${command([...cwdFlag, '--checklist', sibling])}`);
    }
    const checklistFlag = context.checklist === constants_DEFAULT_CHECKLIST_PATH ? [] : ['--checklist', context.checklist];
    lines.push(`  to start one for this project, run: ${command(['init', ...cwdFlag, ...checklistFlag])}`);
    return lines;
}
/** `.yml` for `.yaml` and back: the most common reason a checklist "is not there". */
function otherYamlExtension(file) {
    const match = /\.(ya?ml)$/i.exec(file);
    if (!match)
        return undefined;
    const other = match[1].toLowerCase() === 'yml' ? 'yaml' : 'yml';
    return `${file.slice(0, match.index)}.${other}`;
}
function command(args) {
    return ['go-no-go', ...args.map(shellQuote)].join(' ');
}
/** Only "no such file" counts as missing; a file we may not read is there, and the loader says why. */
async function exists(file) {
    return (0,promises_.lstat)(file).then(() => true, (error) => error.code !== 'ENOENT' && error.code !== 'ENOTDIR');
}

;// CONCATENATED MODULE: ./src/cli/progress.ts

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
/** Carriage return, then erase the whole line: the live line is always redrawn from column 0. */
const ERASE_LINE = '\r\x1b[2K';
const DEFAULT_COLUMNS = 80;
const DEFAULT_REDRAW_MS = 125;
function createProgress(stream, options) {
    const gateIds = new Set(options.gates.map((item) => item.id));
    const total = gateIds.size;
    if (options.mode === 'off' || total === 0)
        return { started: () => { }, finished: () => { }, stop: () => { } };
    const now = options.now ?? Date.now;
    const runStarted = now();
    const running = new Map();
    let done = 0;
    if (options.mode === 'lines') {
        return {
            started: (item) => {
                if (gateIds.has(item.id))
                    running.set(item.id, now());
            },
            finished: (result) => {
                if (!gateIds.has(result.id))
                    return;
                done++;
                const started = running.get(result.id);
                running.delete(result.id);
                const took = started === undefined ? 'not started' : formatDuration(now() - started);
                stream.write(`go-no-go: [${done}/${total}] ${result.id} (${took})\n`);
            },
            stop: () => { }
        };
    }
    let frame = 0;
    let drawn = false;
    let stopped = false;
    const draw = () => {
        if (stopped)
            return;
        const width = Math.max(20, (stream.columns || DEFAULT_COLUMNS) - 1);
        const spinner = SPINNER[frame++ % SPINNER.length];
        const head = `${spinner} ${done}/${plural(total, 'gate')} done`;
        const clock = formatDuration(now() - runStarted);
        const names = [...running].map(([id, started]) => `${id} ${formatDuration(now() - started)}`);
        const line = fitLine(head, names, clock, width);
        // The line starts with the spinner; only it is painted, so colour never changes the width.
        stream.write(`${ERASE_LINE}${options.color ? `\x1b[36m${spinner}\x1b[39m${line.slice(spinner.length)}` : line}`);
        drawn = true;
    };
    const timer = setInterval(draw, options.redrawMs ?? DEFAULT_REDRAW_MS);
    // The redraw must never keep the process alive on its own.
    timer.unref();
    return {
        started: (item) => {
            if (!gateIds.has(item.id))
                return;
            running.set(item.id, now());
            draw();
        },
        finished: (result) => {
            if (!gateIds.has(result.id))
                return;
            done++;
            running.delete(result.id);
            draw();
        },
        stop: () => {
            if (stopped)
                return;
            stopped = true;
            clearInterval(timer);
            if (drawn)
                stream.write(ERASE_LINE);
        }
    };
}
/**
 * One line that never wraps (a wrapped line cannot be erased in place): as many running gates as
 * fit, then "+N more"; on a narrow terminal just the counts.
 */
function fitLine(head, running, clock, width) {
    const tail = ` · ${clock} elapsed`;
    const candidates = [];
    for (let shown = running.length; shown > 0; shown--) {
        const more = shown < running.length ? `, +${running.length - shown} more` : '';
        candidates.push(`${head} · running ${running.slice(0, shown).join(', ')}${more}${tail}`);
    }
    if (running.length > 0)
        candidates.push(`${head} · ${running.length} running${tail}`, `${head} · ${running.length} running`);
    else
        candidates.push(`${head}${tail}`);
    return candidates.find((line) => [...line].length <= width) ?? progress_clip(candidates.at(-1) ?? head, width);
}
function progress_clip(text, width) {
    const chars = [...text];
    return chars.length <= width ? text : `${chars.slice(0, width - 1).join('')}…`;
}

;// CONCATENATED MODULE: ./src/cli/terminal-capabilities.ts
/**
 * What a stream can show: colour and in-place updates. Only a terminal gets either; pipes, files
 * and CI logs get plain text, since escape codes there are noise a reader has to wade through.
 */
/**
 * ANSI colour on this stream? Follows Node's own rules: `FORCE_COLOR` wins (`0` or `false` turns
 * colour off, anything else on, even into a pipe), then `NO_COLOR` (any non-empty value,
 * https://no-color.org) and `TERM=dumb` turn it off, and otherwise only a terminal gets colour.
 */
function wantsColor(stream, env) {
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return ['', '1', '2', '3', 'true'].includes(force.toLowerCase());
    if (env.NO_COLOR)
        return false;
    if (env.TERM === 'dumb')
        return false;
    return stream.isTTY === true;
}
/**
 * Live progress (one line redrawn in place) needs a terminal that understands carriage return and
 * erase-line; everything else gets one plain line per finished gate, and --quiet gets nothing.
 */
function progressModeFor(stream, env, quiet) {
    if (quiet)
        return 'off';
    return stream.isTTY === true && env.TERM !== 'dumb' ? 'live' : 'lines';
}

;// CONCATENATED MODULE: ./src/checklist/git-env.ts
/**
 * How go-no-go runs git on a repository it does not trust. On `pull_request` earlier steps of the
 * job run the pull request's code (an `npm ci` lifecycle script) and can write to `.git`: a
 * replace ref makes `git show <base>:<checklist>` print the attacker's checklist, a grafts file
 * re-parents commits so a pull request commit looks like part of the base, and config can run
 * commands (fsmonitor) or change what blame and log print. Commit ids from the event are the
 * only anchor; these settings make git answer about those objects and nothing else.
 */
/** `-c` options that override whatever a tampered `.git/config` says. */
const HARDENED_GIT_OPTIONS = [
    '-c',
    'core.fsmonitor=false',
    '-c',
    'blame.ignoreRevsFile=',
    '-c',
    'log.showSignature=false',
    '-c',
    'log.mailmap=false',
    '-c',
    'core.quotePath=false',
    // GIT_GRAFT_FILE=/dev/null below counts as using grafts, and git would say so on every call.
    '-c',
    'advice.graftFileDeprecated=false'
];
const PASSED_THROUGH = ['PATH', 'HOME', 'XDG_CONFIG_HOME', 'GIT_CONFIG_GLOBAL', 'SYSTEMROOT', 'TMPDIR'];
/** Only what git needs to find itself and the user's safe.directory setting: no token, no GIT_DIR from outside. */
function hardenedGitEnvironment(parent) {
    const env = {};
    for (const name of PASSED_THROUGH)
        if (parent[name] !== undefined)
            env[name] = parent[name];
    return {
        ...env,
        LC_ALL: 'C',
        GIT_NO_REPLACE_OBJECTS: '1',
        // An empty grafts file that nobody can fill (the runner user may sudo, so no made-up path):
        // <git-dir>/info/grafts would otherwise re-parent commits.
        GIT_GRAFT_FILE: '/dev/null',
        GIT_TERMINAL_PROMPT: '0',
        GIT_OPTIONAL_LOCKS: '0',
        GIT_CONFIG_NOSYSTEM: '1'
    };
}

;// CONCATENATED MODULE: ./src/gates/git-batch.ts
/**
 * Several git commands from one process spawn. Each spawn blocks the action's only thread for a
 * few milliseconds (a big node process forks, then execs), and a full working-tree snapshot asks
 * git four questions: asked from one `/bin/sh` that starts the four gits side by side, the snapshot
 * after the last gate, which every run waits for, costs one spawn instead of four.
 *
 * Each git's output goes to files in a fresh directory only this user may enter, made empty by node
 * before the shell starts and read back through node's own handles once every git has ended; the
 * exit statuses come back on the shell's standard output. Snapshots are taken while no gate runs,
 * but should anything still be about: a file swapped, linked or added there while git ran, and the
 * batch has no answer (the snapshot is unreadable), rather than one read from somewhere else.
 *
 * The files are made, checked and read with synchronous calls: a few dozen small system calls, where
 * each awaited step of the first snapshot waited for the checklist's loading to pause.
 */





/** A batch of one process per command: where there is no `/bin/sh`, and for a runner tests hand in. */
function batchOf(git) {
    return (commands, cwd) => Promise.all(commands.map((args) => git(args, cwd)));
}
/** What a git that is not there answers, in the words a single `execFile` of it would use. */
const gitMissing = (program) => `spawn ${program} ENOENT`;
/** The script's own exit status when `command -v git` finds nothing (the script otherwise ends with `echo`'s 0). */
const GIT_MISSING_STATUS = 127;
/** A batch through one `/bin/sh` (POSIX only). */
function createShellGitBatch(options) {
    return async (commands, cwd) => {
        if (commands.length === 0)
            return [];
        const program = options.program ?? 'git';
        const script = batchScript(commands.map((args) => [...options.leadingArgs, ...args]), options.maxOutputBytes, program);
        // Without a place for the outputs the snapshot is still taken, one process per command, rather than not at all.
        const directory = makePrivateDirectory(options.tmpdir ?? external_node_os_default().tmpdir());
        if (directory === undefined)
            return options.fallback(commands, cwd);
        const outputs = [];
        try {
            // Made here, before the shell starts, and only where nothing is: nothing planted earlier is written to or read.
            for (const index of commands.keys())
                for (const name of [`${index}.out`, `${index}.err`])
                    outputs.push(createOutput(external_node_path_default().join(directory, name)));
            const ended = await runScript(script, directory, cwd, options);
            if ('spawnError' in ended)
                return commands.map(() => ({ code: -1, stdout: '', stderr: ended.spawnError }));
            if (ended.code === GIT_MISSING_STATUS)
                return commands.map(() => ({ code: -1, stdout: '', stderr: gitMissing(program) }));
            if (ended.code !== 0)
                throw new Error(`the git batch ended with ${ended.signal ?? `exit ${ended.code}`}${ended.stderr ? `: ${ended.stderr}` : ''}`);
            const codes = /^(\d{1,3}(?: \d{1,3})*)\n$/.exec(ended.stdout)?.[1].split(' ').map(Number);
            if (!codes || codes.length !== commands.length)
                throw tampered('its exit statuses are unreadable');
            checkDirectory(directory, outputs);
            return codes.map((code, index) => {
                const [stdout, stderr] = [readOutput(outputs[2 * index], options.maxOutputBytes), readOutput(outputs[2 * index + 1], options.maxOutputBytes)];
                if (stdout === undefined || stderr === undefined) {
                    const which = stdout === undefined ? 'stdout' : 'stderr';
                    return { code: -1, stdout: '', stderr: `git's ${which} is over ${Math.round(options.maxOutputBytes / 1024 / 1024)} MB (${which} maxBuffer length exceeded)` };
                }
                return { code, stdout, stderr: stderr === '' && code > 128 ? `git ended by signal ${signalName(code - 128)}` : stderr };
            });
        }
        finally {
            for (const output of outputs)
                (0,external_node_fs_.closeSync)(output.fd);
            removeDirectory(directory);
        }
    };
}
/** A shell word that means exactly `text`, whatever it holds. */
function git_batch_shellQuote(text) {
    if (text.includes('\0'))
        throw new Error('a git argument holds a NUL byte, which no command line can carry');
    return `'${text.replaceAll("'", "'\\''")}'`;
}
/**
 * The script, run as `sh -c SCRIPT sh DIRECTORY`: every git in the background, its output appended
 * to `DIRECTORY/<n>.out` and `<n>.err` (made empty beforehand), then every exit status, in order, on
 * one line of its standard output.
 */
function batchScript(commands, maxOutputBytes, program = 'git') {
    const blocks = Math.ceil(maxOutputBytes / 512) + 1;
    const git = git_batch_shellQuote(program);
    return [
        `command -v ${git} >/dev/null 2>&1 || exit ${GIT_MISSING_STATUS}`,
        // An output past the bound stops its git with a write error (EFBIG; the signal, whose default is a
        // core dump in the checkout, ignored) instead of filling the disk; node then refuses the file by its size.
        "trap '' XFSZ",
        `ulimit -f ${blocks} 2>/dev/null`,
        // Appended, not truncated: whatever a name leads to by the time git opens it, nothing is cut short.
        ...commands.map((args, index) => `${git} ${args.map(git_batch_shellQuote).join(' ')} >>"$1/${index}.out" 2>>"$1/${index}.err" </dev/null & p${index}=$!`),
        ...commands.map((_, index) => `wait "$p${index}"; c${index}=$?`),
        `echo ${commands.map((_, index) => `"$c${index}"`).join(' ')}`
    ].join('\n');
}
function makePrivateDirectory(parent) {
    try {
        return (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(parent, 'go-no-go-git-'));
    }
    catch {
        return undefined;
    }
}
function createOutput(file) {
    const fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDWR | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW, 0o600);
    const { dev, ino } = (0,external_node_fs_.fstatSync)(fd);
    return { fd, name: external_node_path_default().basename(file), dev, ino };
}
/**
 * The directory holds the files made for the batch and nothing else, each under its own name: one
 * swapped for another file, a link or a FIFO while git ran means its output may be elsewhere.
 */
function checkDirectory(directory, outputs) {
    const found = (0,external_node_fs_.readdirSync)(directory).sort();
    const expected = outputs.map((output) => output.name).sort();
    if (found.join('/') !== expected.join('/'))
        throw tampered(`its directory holds ${found.join(', ') || 'nothing'}`);
    outputs.forEach((output) => {
        const info = (0,external_node_fs_.lstatSync)(external_node_path_default().join(directory, output.name));
        if (!info.isFile() || info.dev !== output.dev || info.ino !== output.ino || info.nlink !== 1)
            throw tampered(`${output.name} is not the file made for it`);
    });
}
/** Left behind, it holds only git's own output, in a directory no one else may enter: not worth failing the snapshot for. */
function removeDirectory(directory) {
    try {
        (0,external_node_fs_.rmSync)(directory, { recursive: true, force: true });
    }
    catch {
        // Kept.
    }
}
/** An output's text, or undefined when it is larger than `maxBytes`; no more than its size now is read, however it grows. */
function readOutput(output, maxBytes) {
    const { size } = (0,external_node_fs_.fstatSync)(output.fd);
    if (size > maxBytes)
        return undefined;
    return readAtMostSync(output.fd, size).toString('utf8');
}
/** Process groups of batches still running, killed if this process leaves first (a cancelled run exits). */
const running = new Set();
let killOnExit = false;
function runScript(script, directory, cwd, options) {
    return new Promise((resolve, reject) => {
        // Its own process group, so that a timeout kills the gits with the shell.
        const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', script, 'go-no-go-git-batch', directory], { cwd, env: options.env(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        // The shell's own words are short (the status line, an error of its own); more is not kept.
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (chunk) => {
            if (stdout.length < 4096)
                stdout += chunk;
        });
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (chunk) => {
            if (stderr.length < 4096)
                stderr += chunk;
        });
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            killGroup(child.pid);
            // 'close' waits for the pipes, which nothing killed may hold open.
            child.stdout.destroy();
            child.stderr.destroy();
        }, options.timeoutMs);
        if (child.pid !== undefined) {
            running.add(child.pid);
            if (!killOnExit) {
                killOnExit = true;
                process.on('exit', () => running.forEach(killGroup));
            }
        }
        const settle = () => {
            clearTimeout(timer);
            if (child.pid !== undefined)
                running.delete(child.pid);
        };
        child.once('error', (error) => {
            settle();
            resolve({ spawnError: error.message });
        });
        child.once('close', (code, signal) => {
            settle();
            // Whatever the shell left behind in its group goes too: no git outlives its batch.
            killGroup(child.pid);
            if (timedOut)
                reject(new Error(`git did not finish within ${Math.round(options.timeoutMs / 1000)} s`));
            else
                resolve({ code, signal, stdout, stderr: stderr.trim().split('\n')[0] ?? '' });
        });
    });
}
function killGroup(pid) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, 'SIGKILL');
    }
    catch {
        // Already gone.
    }
}
function tampered(detail) {
    return new Error(`the git batch's results cannot be trusted: ${detail}`);
}
function signalName(number) {
    return Object.entries((external_node_os_default()).constants.signals).find(([, value]) => value === number)?.[0] ?? `${number}`;
}

;// CONCATENATED MODULE: ./src/content-digest.ts
/** Past this many bytes a digest holds a hash instead of the bytes. */
const KEPT_DIGEST_BYTES = 256 * 1024;
function contentDigest(keptBytes = KEPT_DIGEST_BYTES) {
    let kept = [];
    let keptLength = 0;
    let hash;
    return {
        update(chunk) {
            if (hash) {
                hash.update(chunk);
                return;
            }
            kept.push(Buffer.from(chunk));
            keptLength += chunk.length;
            if (keptLength <= keptBytes)
                return;
            hash = process.getBuiltinModule('node:crypto').createHash('sha256');
            for (const part of kept)
                hash.update(part);
            kept = [];
        },
        digest() {
            return hash ? `sha256:${hash.digest('hex')}` : `bytes:${Buffer.concat(kept, keptLength).toString('base64')}`;
        }
    };
}

;// CONCATENATED MODULE: ./src/gates/working-tree.ts
/**
 * Whether the gates left the code as they found it. A check must not change the code it checks
 * (`cargo fmt` instead of `cargo fmt --check` "passes" by fixing the tree), so the state of the git
 * working tree is recorded before the first gate, after each gate, and after the last one.
 *
 * The state is what `git status` lists (tracked and untracked files, ignored ones excluded) with a
 * hash of each listed file's content (a file that was already modified can be modified again),
 * plus HEAD and the index flags that would hide a change from `git status`. Snapshots between
 * gates only serve to name the gates that were running when a file changed.
 */






/** A runner alone (what tests hand in) runs a batch as one process per command. */
function accessOf(git) {
    return typeof git === 'function' ? { run: git, batch: batchOf(git) } : git;
}
/** Where the repository keeps what a full snapshot looks at besides the tree: its own ignore rules, configuration and hooks. */
const GIT_PATHS = ['info/exclude', 'config', 'hooks'];
/** Files beyond this size, and files beyond this many in one snapshot, are compared by size and modification time only. */
const MAX_HASHED_FILE_BYTES = 16 * 1024 * 1024;
const MAX_HASHED_FILES = 2_000;
/**
 * The repository's own setup files (config, hooks, ignore rules) are compared by their bytes up to
 * this size, hashed past it: they are few and small, and every snapshot reads them, so a plain run
 * needs no `node:crypto` for them. Files `git status` lists are always hashed: they can be thousands.
 */
const KEPT_SETUP_BYTES = 64 * 1024;
/** The directory is not in a git repository (or git cannot run): nothing can be watched. */
class NotAGitCheckout extends Error {
}
/** A snapshot between gates failed: a change made then and undone by a later gate went unseen. */
class UnreadableBetweenGates extends Error {
    after;
    reason;
    constructor(
    /** The gates that had just finished. */
    after, reason) {
        super(`the working tree could not be read after ${after.join(', ')}: ${reason}`);
        this.after = after;
        this.reason = reason;
    }
}
/**
 * The working tree's state. A full snapshot is asked from any directory of the checkout and finds
 * the root itself; it also reads the index flags, ignore rules and git setup (slower on large
 * repositories). A quick one is asked from the root.
 */
async function readTreeState(git, directory, full, env = process.env) {
    const { run, batch } = accessOf(git);
    if (!full) {
        // A quick snapshot is one git process: the v2 format's header names HEAD too (a commit made by one
        // gate and undone by a later one leaves the end as it began, and the gates between checked it).
        const status = await run(['status', '--porcelain=v2', '-z', '--branch', '--no-ahead-behind', '--untracked-files=all', '--ignore-submodules=none'], directory);
        if (status.code !== 0)
            throw new Error(`git status failed: ${working_tree_firstLine(status.stderr) ?? `exit ${status.code}`}`);
        const { head, entries } = parseStatusV2(status.stdout);
        return { root: directory, head, entries: await describeEntries(directory, entries) };
    }
    // Every git question at once, and as few as can be asked: one after another they were most of a
    // short run's time. One rev-parse answers the root, HEAD and the git paths.
    const answered = await batch([
        ['rev-parse', '--show-toplevel', '--absolute-git-dir', ...GIT_PATHS.flatMap((name) => ['--git-path', name]), '--verify', '-q', 'HEAD'],
        ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignore-submodules=none'],
        // `:/` and --full-name: every index entry of the repository, named from its root, whichever directory asks.
        ['ls-files', '-v', '-z', '--full-name', '--', ':/'],
        ['config', '--get', 'core.excludesFile']
    ], directory);
    if (answered.length !== 4)
        throw new Error(`git answered ${answered.length} of 4 questions`);
    const [revParse, status, files, excludesFile] = answered;
    const answers = revParse.stdout.split('\n');
    const root = answers[0].trim();
    if (root === '')
        throw new NotAGitCheckout(working_tree_cut(working_tree_firstLine(revParse.stderr) ?? `git exited ${revParse.code}`));
    if (status.code !== 0)
        throw new Error(`git status failed: ${working_tree_firstLine(status.stderr) ?? `exit ${status.code}`}`);
    const entries = await describeEntries(root, parseStatus(status.stdout));
    const gitDir = answers[1]?.trim() ?? '';
    const paths = answers.slice(2, 2 + GIT_PATHS.length);
    // `--verify -q` prints nothing and exits 1 when HEAD names no commit (a repository before its first).
    const headLine = answers[2 + GIT_PATHS.length]?.trim() ?? '';
    const state = { root, head: revParse.code === 0 && /^[0-9a-f]{40,64}$/.test(headLine) ? headLine : '(no commit)', entries };
    if (files.code !== 0)
        throw new Error(`git ls-files failed: ${working_tree_firstLine(files.stderr) ?? `exit ${files.code}`}`);
    if (gitDir === '' || paths.length !== GIT_PATHS.length || paths.some((line) => line.trim() === ''))
        throw new Error(`git rev-parse failed: ${working_tree_firstLine(revParse.stderr) ?? `exit ${revParse.code}`}`);
    state.gitDir = gitDir;
    // Relative to the directory asked from.
    const [exclude, config, hooks] = paths.map((line) => external_node_path_default().resolve(directory, line.trim()));
    // `h path` (lower case: assume-unchanged) or `S path` (skip-worktree).
    state.hidden = new Set(files.stdout.split('\0').filter((entry) => /^(?:[a-z]|S) /.test(entry)));
    const globalExcludes = globalExcludesFile(excludesFile.stdout.trim(), root, env);
    const [excludeState, globalState, configState, hooksState] = await Promise.all([
        describeSetupFile(exclude),
        globalExcludes ? describeSetupFile(globalExcludes) : 'none',
        describeSetupFile(config),
        describeDirectory(hooks)
    ]);
    state.ignoreRules = `${excludeState} | core.excludesFile=${excludesFile.stdout.trim()} | ${globalState}`;
    state.gitSetup = `config ${configState} | hooks ${hooksState}`;
    return state;
}
/** Each path `git status` lists, with what it says about it and what the file holds. */
async function describeEntries(root, listed) {
    const entries = new Map();
    let hashed = 0;
    for (const { code, file } of listed)
        entries.set(file, `${code} ${await describeFile(external_node_path_default().join(root, file), hashed++ < MAX_HASHED_FILES ? 0 : undefined)}`);
    return entries;
}
/**
 * The file git reads ignore patterns from besides the repository's own: `core.excludesFile`
 * (`~/` is the home directory, a relative path the work tree's), else `$XDG_CONFIG_HOME/git/ignore`
 * or `~/.config/git/ignore`. A gate that adds a pattern there hides the files it writes next.
 */
function globalExcludesFile(setting, root, env) {
    const home = env.HOME;
    if (setting !== '') {
        if (setting.startsWith('~/'))
            return home ? external_node_path_default().join(home, setting.slice(2)) : undefined;
        return external_node_path_default().resolve(root, setting);
    }
    if (env.XDG_CONFIG_HOME)
        return external_node_path_default().join(env.XDG_CONFIG_HOME, 'git', 'ignore');
    return home ? external_node_path_default().join(home, '.config', 'git', 'ignore') : undefined;
}
/** Entries of `git status --porcelain=v1 -z`: `XY path`, and for renames and copies the old path after it. */
function parseStatus(output) {
    const entries = [];
    const parts = output.split('\0');
    for (let index = 0; index < parts.length; index++) {
        const part = parts[index];
        if (part.length < 4)
            continue;
        const code = part.slice(0, 2);
        entries.push({ code, file: part.slice(3) });
        if (code.includes('R') || code.includes('C')) {
            index++;
            if (parts[index])
                entries.push({ code, file: parts[index] });
        }
    }
    return entries;
}
/** Fields before the path in `git status --porcelain=v2` entries: ordinary (1), renamed or copied (2), unmerged (u). */
const V2_FIELDS = { '1': 8, '2': 9, u: 10 };
/**
 * HEAD and the entries of `git status --porcelain=v2 -z --branch`, written as the v1 format writes
 * them (`.` is a space there, `?` is `??`), so a quick snapshot compares with a full one.
 */
function parseStatusV2(output) {
    let head = '(no commit)';
    const entries = [];
    const parts = output.split('\0');
    for (let index = 0; index < parts.length; index++) {
        const part = parts[index];
        if (part.startsWith('# branch.oid ')) {
            const oid = part.slice('# branch.oid '.length);
            if (/^[0-9a-f]{40,64}$/.test(oid))
                head = oid;
            continue;
        }
        if (part.startsWith('? ') || part.startsWith('! ')) {
            entries.push({ code: part[0].repeat(2), file: part.slice(2) });
            continue;
        }
        const fields = V2_FIELDS[part[0]];
        if (fields === undefined || part[1] !== ' ')
            continue;
        let at = 0;
        for (let field = 0; field < fields && at !== -1; field++)
            at = part.indexOf(' ', at + 1);
        if (at === -1)
            continue;
        const code = part.slice(2, 4).replaceAll('.', ' ');
        entries.push({ code, file: part.slice(at + 1) });
        if (part[0] === '2') {
            index++;
            if (parts[index])
                entries.push({ code, file: parts[index] });
        }
    }
    return { head, entries };
}
/**
 * What a path holds, without following links or reading anything but regular files (a FIFO would block).
 * Looking is a few synchronous calls; a file of at most `readNowBytes` is read at once too, a larger
 * one through the thread pool, so that a huge file a gate planted never holds up the run.
 * @param keptBytes how much of its content is kept as it is before it is hashed; undefined: its size and time only.
 * @param readNowBytes up to this size the content is read synchronously (the setup files every snapshot reads).
 */
async function describeFile(file, keptBytes, readNowBytes = 0) {
    const info = working_tree_lstatOrUndefined(file);
    if (!info)
        return 'absent';
    if (info.isSymbolicLink())
        return `link ${readlinkOrUnknown(file)}`;
    if (info.isDirectory())
        return 'directory';
    if (!info.isFile())
        return 'special';
    if (keptBytes === undefined || info.size > MAX_HASHED_FILE_BYTES)
        return `file ${info.size} ${info.mtimeMs}`;
    let fd;
    try {
        // Swapped for a link or a FIFO since lstat (a gate still running): not followed, not waited on.
        fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
    }
    catch {
        return `unreadable ${info.size} ${info.mtimeMs}`;
    }
    try {
        if (!(0,external_node_fs_.fstatSync)(fd).isFile())
            return 'special';
        const digest = contentDigest(keptBytes);
        // One byte more than lstat said tells a file that grew since: that one is read the slower way.
        const now = info.size <= readNowBytes ? readAtMostSync(fd, info.size + 1) : undefined;
        if (now && now.length <= info.size)
            digest.update(now);
        else
            for await (const chunk of (0,external_node_fs_.createReadStream)('', { fd, start: 0, autoClose: false }))
                digest.update(chunk);
        return `file ${digest.digest()}`;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** A setup file (config, ignore rules, a hook): every snapshot reads them, and they are nearly always small. */
function describeSetupFile(file) {
    return describeFile(file, KEPT_SETUP_BYTES, KEPT_SETUP_BYTES);
}
function working_tree_lstatOrUndefined(file) {
    try {
        return (0,external_node_fs_.lstatSync)(file);
    }
    catch {
        return undefined;
    }
}
function readlinkOrUnknown(file) {
    try {
        return (0,external_node_fs_.readlinkSync)(file);
    }
    catch {
        return '?';
    }
}
/** A directory's entries and what each holds (hooks are few and small). */
async function describeDirectory(directory) {
    const names = await (0,promises_.readdir)(directory).catch(() => undefined);
    if (!names)
        return 'absent';
    const described = await Promise.all(names.sort().map(async (name) => `${name}=${await describeSetupFile(external_node_path_default().join(directory, name))}`));
    return described.join(',');
}
/** Paths whose state differs between two snapshots, in path order. */
function changedPaths(before, after) {
    const changes = [];
    const paths = new Set([...before.entries.keys(), ...after.entries.keys()]);
    for (const file of [...paths].sort()) {
        const was = before.entries.get(file);
        const now = after.entries.get(file);
        if (was !== now)
            changes.push({ path: file, change: classify(was, now) });
    }
    return changes;
}
/** Not listed by `git status` means "as committed"; listed means different from the commit (`??`: untracked). */
function classify(was, now) {
    if (now === undefined)
        return was?.startsWith('??') ? 'deleted' : 'modified';
    if (now.endsWith(' absent'))
        return 'deleted';
    if (was === undefined || was.endsWith(' absent'))
        return now.startsWith('??') || was !== undefined ? 'added' : 'modified';
    return 'modified';
}
function working_tree_cut(text) {
    return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
function working_tree_firstLine(text) {
    return text
        .split('\n')
        .find((line) => line.trim() !== '')
        ?.trim();
}
/**
 * Watches the tree across a run: a full snapshot before, a quick one after each gate (to know who
 * was running when a file changed), a full one after. Snapshots run one at a time.
 */
class WorkingTreeWatch {
    git;
    directory;
    env;
    baseline;
    latest;
    /** Logical clock: gates' start and end, and snapshots' start and end, in order. */
    clock = 0;
    running = new Map();
    finished = [];
    lastSnapshotStart = 0;
    firstSeen = new Map();
    /** The first other commit a snapshot between gates found at HEAD, and who could have put it there. */
    headSeen;
    /** Tracked files seen changed between gates: one put back by the end was still checked changed by the gates in between. */
    trackedChanged = new Set();
    queue = Promise.resolve();
    /** The snapshot queued behind the one being taken, until it begins, and the gates it is taken after. */
    waiting;
    waitingAfter = [];
    /** The first snapshot between gates that failed. */
    unreadable;
    /** Gates still expected to start: the snapshot after the last one is the end snapshot's to take. */
    gatesToStart = Number.POSITIVE_INFINITY;
    constructor(git, 
    /** Any directory of the checkout: the whole repository is watched. */
    directory, 
    /** Where HOME and XDG_CONFIG_HOME (the global ignore file) are read. */
    env = process.env) {
        this.git = git;
        this.directory = directory;
        this.env = env;
    }
    /** Takes the first snapshot; throws NotAGitCheckout when there is no repository to watch. */
    async start() {
        this.baseline = await readTreeState(this.git, this.directory, true, this.env);
        this.latest = this.baseline;
    }
    /** How many gates the run means to start; without it every gate is followed by a snapshot. */
    expectGates(count) {
        this.gatesToStart = count;
    }
    gateStarted(id) {
        this.running.set(id, ++this.clock);
        this.gatesToStart--;
    }
    /**
     * Takes a snapshot after a gate; resolves when it has been compared (never rejects). After the
     * last gate, with none running, the end snapshot comes next and names the same suspects: this
     * one is skipped (two git processes less on every run's way to its verdict).
     */
    gateFinished(id) {
        this.finished.push({ id, from: this.running.get(id) ?? 0, to: ++this.clock });
        this.running.delete(id);
        if (this.gatesToStart <= 0 && this.running.size === 0)
            return this.queue;
        // A snapshot queued and not yet begun will look after this gate too: one is enough.
        if (this.waiting) {
            this.waitingAfter.push(id);
            return this.waiting;
        }
        const after = [id];
        this.waitingAfter = after;
        const next = this.queue
            .then(() => {
            this.waiting = undefined;
            return this.snapshot();
        })
            // Never rejects (a gate awaits it), but is not forgotten: what the gates after it checked is unknown.
            .catch((error) => {
            this.unreadable ??= new UnreadableBetweenGates(after, (error instanceof Error ? error.message : String(error)).split('\n')[0]);
        });
        this.waiting = next;
        this.queue = next;
        return next;
    }
    async snapshot() {
        if (!this.baseline)
            return;
        const started = ++this.clock;
        const state = await readTreeState(this.git, this.baseline.root, false);
        this.compare(state, started, ++this.clock);
    }
    /** Who could have made each change first seen in `state`, read between clock times `started` and `to`. */
    compare(state, started, to) {
        if (!this.latest)
            return;
        const from = this.lastSnapshotStart;
        this.lastSnapshotStart = started;
        // Whoever ran at any moment between the previous snapshot's start and this one's end could have done it.
        const suspects = [
            ...this.finished.filter((gate) => gate.to >= from && gate.from <= to).map((gate) => gate.id),
            ...[...this.running.entries()].filter(([, since]) => since <= to).map(([id]) => id)
        ];
        if (!this.headSeen && this.baseline && state.head !== this.baseline.head)
            this.headSeen = { head: state.head, suspects: [...new Set(suspects)].sort() };
        for (const change of changedPaths(this.latest, state)) {
            if (!this.firstSeen.has(change.path))
                this.firstSeen.set(change.path, [...new Set(suspects)].sort());
            const entry = state.entries.get(change.path) ?? this.latest.entries.get(change.path);
            if (entry !== undefined && !entry.startsWith('??'))
                this.trackedChanged.add(change.path);
        }
        this.latest = state;
    }
    /** Compares the end state with the start; throws when the tree cannot be read any more, or could not be between gates. */
    async finish() {
        await this.queue;
        if (this.unreadable)
            throw this.unreadable;
        if (!this.baseline)
            return { changes: [], hiddenChanged: [], restored: [], suspects: new Map() };
        const started = ++this.clock;
        const end = await readTreeState(this.git, this.baseline.root, true, this.env);
        // git finds the repository by looking up from the directory: with `.git` moved away it finds one
        // above (a gate's clean copy), or another through a `.git` file. What that one says is no answer.
        if (end.root !== this.baseline.root)
            throw new Error(`git now finds the repository at ${end.root}, not at ${this.baseline.root}`);
        if (end.gitDir !== this.baseline.gitDir)
            throw new Error(`git now reads the repository from ${end.gitDir}, not from ${this.baseline.gitDir}`);
        this.compare(end, started, ++this.clock);
        const changes = changedPaths(this.baseline, end);
        const before = this.baseline.hidden ?? new Set();
        const after = end.hidden ?? new Set();
        const hiddenChanged = [...new Set([...before, ...after])].filter((entry) => before.has(entry) !== after.has(entry)).map((entry) => entry.slice(2));
        return {
            changes,
            ...(end.head !== this.baseline.head ? { headMoved: { from: this.baseline.head, to: end.head } } : {}),
            ...(end.head === this.baseline.head && this.headSeen ? { headRestored: { from: this.baseline.head, to: this.headSeen.head, suspects: this.headSeen.suspects } } : {}),
            ...(end.ignoreRules !== this.baseline.ignoreRules ? { ignoreRulesChanged: true } : {}),
            ...(end.gitSetup !== this.baseline.gitSetup ? { gitSetupChanged: true } : {}),
            hiddenChanged,
            restored: [...this.trackedChanged].filter((file) => !changes.some((change) => change.path === file)).sort(),
            suspects: new Map([...this.firstSeen.keys()].map((file) => [file, this.firstSeen.get(file) ?? []]))
        };
    }
}

;// CONCATENATED MODULE: ./src/working-tree-guard.ts
/**
 * The run guard that holds gates to "a check must not change the code it checks", for the action
 * and the CLI alike. The looking is done by gates/working-tree.ts; this turns what it saw into
 * run problems (always NO-GO) that name the files and the gates that were running.
 */






const SHOWN_FILES = 10;
/** A git that hangs (a network filesystem, a lock) must not hang the run: past this the tree counts as unreadable. */
const GIT_TIMEOUT_MS = 120_000;
/** More output than this from one git is refused, not held in memory. */
const MAX_GIT_OUTPUT_BYTES = 256 * 1024 * 1024;
const SHOWN_PATH_CHARS = 200;
/**
 * @param workspace where the gates run; its git repository is watched as a whole.
 * @param warn told once when the tree cannot be watched (not a git checkout, no git): the run goes on.
 * @param git runs git; the real one by default (a runner alone also answers a full snapshot's four questions, one process each).
 */
function createWorkingTreeGuard(workspace, warn, git = realGit()) {
    let watch;
    let starting;
    const start = async () => {
        const candidate = new WorkingTreeWatch(git, workspace);
        try {
            await candidate.start();
            return { watch: candidate };
        }
        catch (error) {
            if (!(error instanceof NotAGitCheckout)) {
                return { problem: `go-no-go cannot read the git working tree in ${workspace} (${working_tree_guard_describe(error)}), so it cannot check that the gates leave the code unchanged.` };
            }
            // git's own words only when they say more than "not a git repository" (git missing, a broken .git).
            const cause = /not a git repository/i.test(error.message) ? '' : ` (${error.message})`;
            return { problem: `${workspace} is not a git checkout${cause}, so go-no-go cannot check that the gates leave the code unchanged.` };
        }
    };
    return {
        name: 'working tree',
        prepare() {
            starting ??= start();
        },
        async before(gates) {
            const started = await (starting ??= start());
            if ('problem' in started)
                return warn(started.problem);
            watch = started.watch;
            watch.expectGates(gates.length);
        },
        async around(item, run) {
            if (!watch || item.kind !== 'command')
                return run();
            watch.gateStarted(item.id);
            try {
                return await run();
            }
            finally {
                await watch.gateFinished(item.id);
            }
        },
        async after() {
            if (!watch)
                return [];
            let report;
            try {
                report = await watch.finish();
            }
            catch (error) {
                return [
                    {
                        code: 'working-tree-unreadable',
                        message: `the git working tree could not be read after ${error instanceof UnreadableBetweenGates ? `${error.after.map((id) => `\`${id}\``).join(' or ')} (${working_tree_guard_cut(error.reason)})` : `the gates (${working_tree_guard_describe(error)})`}: a gate may have removed or damaged the checkout, so what was checked is unknown`
                    }
                ];
            }
            const message = describeTreeReport(report);
            return message ? [{ code: 'working-tree-changed', message }] : [];
        }
    };
}
/** One line for the report, or nothing when the tree is as it was. */
function describeTreeReport(report) {
    const parts = [];
    if (report.changes.length > 0) {
        const shown = report.changes.slice(0, SHOWN_FILES).map((change) => `${working_tree_guard_cut(change.path)} (${change.change}${whoRan(report.suspects.get(change.path))})`);
        const more = report.changes.length > SHOWN_FILES ? ` and ${report.changes.length - SHOWN_FILES} more` : '';
        parts.push(`the gates changed the code they check: ${shown.join(', ')}${more}`);
    }
    if (report.restored.length > 0) {
        const shown = report.restored.slice(0, SHOWN_FILES).map((file) => `${working_tree_guard_cut(file)}${whoRan(report.suspects.get(file))}`);
        parts.push(`tracked files changed between gates and were put back before the end, so the gates in between checked other code: ${shown.join(', ')}`);
    }
    if (report.headRestored) {
        const { from, to, suspects } = report.headRestored;
        parts.push(`HEAD moved from ${from.slice(0, 12)} to ${to.slice(0, 12)}${whoRan(suspects)} and was put back before the end, so the gates in between checked another commit`);
    }
    if (report.headMoved)
        parts.push(`HEAD moved from ${report.headMoved.from.slice(0, 12)} to ${report.headMoved.to.slice(0, 12)} during the gates (a gate committed, checked out or reset)`);
    if (report.hiddenChanged.length > 0) {
        parts.push(`the gates changed which files git ignores changes to (assume-unchanged / skip-worktree): ${report.hiddenChanged.slice(0, SHOWN_FILES).map(working_tree_guard_cut).join(', ')}`);
    }
    if (report.ignoreRulesChanged)
        parts.push('the gates changed what git ignores (`.git/info/exclude`, `core.excludesFile` or the global ignore file), which can hide new files');
    if (report.gitSetupChanged)
        parts.push("the gates changed the repository's git configuration or hooks (`.git/config`, `.git/hooks`), which can run code in a later git command");
    if (parts.length === 0)
        return undefined;
    return `${parts.join('; ')}; a check must not modify the code — did you mean ${hintFor(report.changes.map((change) => change.path))}?`;
}
function whoRan(gates) {
    return gates && gates.length > 0 ? ` while ${gates.map((id) => `\`${id}\``).join(' or ')} ran` : '';
}
/** The read-only check the author most likely meant, from the kind of files that changed. */
function hintFor(paths) {
    if (paths.some((file) => file.endsWith('.rs')))
        return '`cargo fmt --check`';
    if (paths.some((file) => /(?:^|\/)(?:package(?:-lock)?\.json|Cargo\.lock|yarn\.lock|pnpm-lock\.yaml)$/.test(file))) {
        return '`npm ci` instead of `npm install`, or `cargo … --locked`';
    }
    if (paths.some((file) => /\.(?:[cm]?[jt]sx?|json|css|scss|less|md|ya?ml|html|vue|svelte)$/.test(file)))
        return '`prettier --check`, or `eslint` without `--fix`';
    return 'the check’s read-only form (`--check`, without `--fix` or `--write`)';
}
function working_tree_guard_cut(text) {
    const line = JSON.stringify(text).slice(1, -1);
    return line.length > SHOWN_PATH_CHARS ? `${line.slice(0, SHOWN_PATH_CHARS - 1)}…` : line;
}
/**
 * `git status` believes a file unchanged when its cached stat data matches, and the user-wide
 * config (the gate's user's to write) says which stat data counts: with `core.trustctime=false` and
 * `core.checkStat=minimal` a same-size edit with its old mtime put back went unseen. The change
 * time, which no gate can set back, always counts here; nor may a cache of untracked files answer.
 */
const STAT_CHECK_OPTIONS = ['-c', 'core.trustctime=true', '-c', 'core.checkStat=default', '-c', 'core.ignoreStat=false', '-c', 'core.untrackedCache=false'];
/** The hardened environment, but with the system config kept: it may be where `safe.directory` lets git read the checkout. */
function guardGitEnvironment() {
    const { GIT_CONFIG_NOSYSTEM: _systemConfigOff, ...env } = hardenedGitEnvironment(process.env);
    return env;
}
function working_tree_guard_describe(error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.split('\n')[0].slice(0, 200);
}
/**
 * git without taking the index lock (a gate may be running git at the same time) and without prompts.
 * A gate can write `.git/config`, and `git status` after it would run a `core.fsmonitor` command it
 * set: so fsmonitor is forced off, and git gets no token in its environment for whatever else runs.
 */
const runGit = gitRunner('git');
function gitRunner(program) {
    return (args, cwd) => new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(program, [...HARDENED_GIT_OPTIONS, ...STAT_CHECK_OPTIONS, ...args], { cwd, encoding: 'utf8', maxBuffer: MAX_GIT_OUTPUT_BYTES, timeout: GIT_TIMEOUT_MS, env: guardGitEnvironment() }, (error, stdout, stderr) => {
            const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
            resolve({ code, stdout, stderr: stderr || (error && code === -1 ? error.message : '') });
        });
    });
}
/**
 * The real git: a full snapshot's commands from one `/bin/sh` (one spawn of this big process
 * instead of four, on the way to every verdict), with the same options, environment, bounds and
 * timeout as one command alone. Windows has no `/bin/sh`: one process each there.
 */
function realGit() {
    // Found once, before any gate: a gate could put a `git` of its own earlier on PATH (`~/.local/bin`
    // comes first on GitHub's runners) that hides what it changed from the snapshot after it.
    const program = process.platform === 'win32' ? 'git' : (findOnPath('git', guardGitEnvironment().PATH) ?? 'git');
    const run = gitRunner(program);
    if (process.platform === 'win32')
        return { run, batch: batchOf(run) };
    return {
        run,
        batch: createShellGitBatch({
            program,
            leadingArgs: [...HARDENED_GIT_OPTIONS, ...STAT_CHECK_OPTIONS],
            env: guardGitEnvironment,
            timeoutMs: GIT_TIMEOUT_MS,
            maxOutputBytes: MAX_GIT_OUTPUT_BYTES,
            fallback: batchOf(run)
        })
    };
}
/** The first executable regular file called `name` in an absolute PATH directory (a relative one would be the workspace's). */
function findOnPath(name, searchPath) {
    for (const directory of (searchPath ?? '').split((external_node_path_default()).delimiter)) {
        if (!external_node_path_default().isAbsolute(directory))
            continue;
        const candidate = external_node_path_default().join(directory, name);
        try {
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            if ((0,external_node_fs_.statSync)(candidate).isFile())
                return candidate;
        }
        catch {
            // Not here.
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/gates/earlier-durations.ts

/** A checklist of this many gates is far past real use (real ones have 3–60); more is not a report to trust. */
const MAX_EARLIER_ITEMS = 10_000;
/** Longer than any item id or command a checklist can hold; longer ones are not ours. */
const earlier_durations_MAX_ID_CHARS = 1_000;
const MAX_COMMAND_CHARS = 100_000;
/**
 * Bounds on the JSON text itself, checked before it is parsed: what a parse costs grows with the
 * number of values and the nesting, not the bytes (32 MiB of `[[[[…` takes seconds and over 1 GB).
 * A real report is 6 levels deep and has about 40 values an item.
 */
const MAX_JSON_DEPTH = 64;
const MAX_JSON_VALUES = 300_000;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
/**
 * Why the JSON text is too costly to parse, or undefined. One pass over the bytes, outside strings:
 * every `[` and `{` opens a level and a value, every `,` starts another value.
 */
function jsonCostProblem(bytes) {
    let depth = 0;
    let values = 0;
    let inString = false;
    for (let index = 0; index < bytes.length; index++) {
        const byte = bytes[index];
        if (inString) {
            if (byte === BACKSLASH)
                index++;
            else if (byte === QUOTE)
                inString = false;
            continue;
        }
        if (byte === QUOTE)
            inString = true;
        else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
            values++;
            if (++depth > MAX_JSON_DEPTH)
                return `it is nested more than ${MAX_JSON_DEPTH} levels deep`;
        }
        else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET)
            depth--;
        else if (byte === COMMA)
            values++;
        if (values > MAX_JSON_VALUES)
            return `it holds more than ${format_formatNumber(MAX_JSON_VALUES)} values`;
    }
    return undefined;
}
/**
 * The durations of every command item that ran (a timeout counts: it says the gate is long);
 * items that were cancelled or never started are left out, their time says nothing.
 */
function earlierDurationsFromReport(json) {
    if (!earlier_durations_isObject(json) || !Array.isArray(json.items))
        return { problem: 'it is not a go-no-go JSON report (no `items` list)' };
    if (json.items.length > MAX_EARLIER_ITEMS)
        return { problem: `it lists ${format_formatNumber(json.items.length)} items, more than ${format_formatNumber(MAX_EARLIER_ITEMS)}` };
    const durations = new Map();
    const seen = new Set();
    for (const [index, item] of json.items.entries()) {
        const where = `item ${index + 1}`;
        if (!earlier_durations_isObject(item) || typeof item.id !== 'string' || item.id === '' || item.id.length > earlier_durations_MAX_ID_CHARS)
            return { problem: `${where} has no usable \`id\`` };
        if (seen.has(item.id))
            return { problem: `${where} repeats an id` };
        seen.add(item.id);
        if (typeof item.durationMs !== 'number' || !Number.isFinite(item.durationMs) || item.durationMs < 0)
            return { problem: `${where} has no usable \`durationMs\`` };
        if (item.kind !== 'command')
            continue;
        if (typeof item.command !== 'string' || item.command.length > MAX_COMMAND_CHARS)
            return { problem: `${where} has no usable \`command\`` };
        // Cancelled, or never started (a need failed, a step after GO): the time says nothing.
        if (item.status === 'cancelled' || (item.exitCode === null && item.signal === null && item.timedOut !== true))
            continue;
        durations.set(item.id, { command: item.command, durationMs: item.durationMs });
    }
    return { durations };
}
function earlier_durations_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/gates/bounded-json.ts
/**
 * Reading a JSON file that may have been planted (a cache a pull request's run wrote, a link to a
 * device): a regular file, never through a link, never waiting on a pipe, at most `maxBytes`, and
 * of bounded nesting and number of values before a byte is parsed. Whatever goes wrong, the
 * answer is a reason, never a throw.
 */



function readBoundedJson(file, maxBytes) {
    let descriptor;
    try {
        // O_NONBLOCK: a FIFO cannot make open wait for a writer; O_NOFOLLOW: a link is refused, not followed.
        descriptor = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0));
        const info = (0,external_node_fs_.fstatSync)(descriptor);
        if (!info.isFile())
            return { problem: 'it is not a regular file' };
        if (info.size > maxBytes)
            return { problem: `it is larger than ${format_formatNumber(maxBytes)} bytes` };
        // No more than fstat said: a file still growing is cut there (and then is not JSON), never read without end.
        const buffer = Buffer.alloc(info.size);
        let filled = 0;
        while (filled < buffer.length) {
            const read = (0,external_node_fs_.readSync)(descriptor, buffer, filled, buffer.length - filled, filled);
            if (read === 0)
                break;
            filled += read;
        }
        const bytes = buffer.subarray(0, filled);
        const tooCostly = jsonCostProblem(bytes);
        if (tooCostly)
            return { problem: tooCostly };
        try {
            return { json: JSON.parse(bytes.toString('utf8')) };
        }
        catch {
            // The parser's message would quote the file.
            return { problem: 'it is not valid JSON' };
        }
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { problem: 'it does not exist', missing: true };
        if (code === 'ELOOP')
            return { problem: 'it is a symbolic link' };
        return { problem: `it cannot be read (${code ?? 'error'})` };
    }
    finally {
        if (descriptor !== undefined)
            (0,external_node_fs_.closeSync)(descriptor);
    }
}

;// CONCATENATED MODULE: ./src/previous-report.ts
/**
 * Reading an earlier run's report for its durations (the action's `previous-report`, the CLI's
 * `--previous-report` or its own durations file). The file may have been planted (a cache a pull
 * request's run wrote, a link to a device), so it is read bounded (src/gates/bounded-json.ts).
 * Whatever goes wrong, the answer is a reason, never a throw: the durations only choose which
 * gate starts first.
 */


/** A JSON report keeps at most 16 KiB of output a gate: this is hundreds of gates; real ones are under 2 MB. */
const MAX_PREVIOUS_REPORT_BYTES = 16 * 1024 * 1024;
/** The durations in the report at `file` (absolute), or why there are none. */
function readPreviousReport(file, maxBytes = MAX_PREVIOUS_REPORT_BYTES) {
    const read = readBoundedJson(file, maxBytes);
    return 'json' in read ? earlierDurationsFromReport(read.json) : read;
}
/**
 * The one line a run logs when it goes on without the report.
 * @param what what the file is to the reader ("the previous report", "the durations file").
 */
function describeUnusedReport(what, file, problem) {
    return `${what} ${JSON.stringify(file)} was not used (${problem}): gates start in the usual order.`;
}

// EXTERNAL MODULE: ./src/cli/cache-home.ts
var cache_home = __webpack_require__(9282);
;// CONCATENATED MODULE: ./src/cli/durations-cache.ts
/**
 * The CLI remembers what each gate took, so the next run on the same project starts the longest
 * first. One file per project and checklist in the user's cache directory, like the compile cache
 * (src/cli/start.ts): never inside the project, where the working-tree guard would see it and a
 * commit could carry it. It only orders gates, so a file that cannot be written is no error.
 */






/**
 * Where the durations of this project's checklist are kept, or undefined when the cache directory
 * is inside the project (a HOME or XDG_CACHE_HOME pointing into the checkout).
 */
function durationsCacheFile(env, workspace, checklist) {
    const cacheHome = (0,cache_home/* userCacheHome */.j)(env);
    const project = realOrResolved(workspace);
    const directory = external_node_path_default().join(cacheHome, 'go-no-go', 'durations');
    if (isInside(external_node_path_default().join(realOrResolved(cacheHome), 'go-no-go', 'durations'), project) || isInside(external_node_path_default().resolve(directory), project))
        return undefined;
    const key = sha256Hex(JSON.stringify([project, external_node_path_default().resolve(project, checklist)])).slice(0, 32);
    return external_node_path_default().join(directory, `${key}.json`);
}
/**
 * The file's text: the JSON report's `items` shape (id, kind, command, status, duration, how the
 * process ended), so the reader of previous reports reads it, and so can `--previous-report`.
 * Only gates that ran this time: a cancelled or unstarted one's time says nothing.
 */
function durationsFileContent(report) {
    const items = types_allItems(report.checklist).flatMap((item) => {
        const result = report.results.get(item.id);
        if (item.kind !== 'command' || !result?.process || result.process.cancelled || result.status === 'cancelled')
            return [];
        const { exitCode, signal, timedOut } = result.process;
        return [{ id: item.id, kind: item.kind, command: item.run, status: result.status, durationMs: result.durationMs, exitCode, signal, timedOut }];
    });
    return items.length > 0 ? `${JSON.stringify({ schemaVersion: 1, items })}\n` : undefined;
}
/** Writes the file whole or not at all (a second run at the same time must not read half of it); failures are ignored. */
function writeDurationsFile(file, content) {
    const temporary = `${file}.${randomHex(6)}.tmp`;
    let created = false;
    try {
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true, mode: 0o700 });
        // `wx`: a file or link planted under the temporary name is never written through.
        (0,external_node_fs_.writeFileSync)(temporary, content, { flag: 'wx', mode: 0o600 });
        created = true;
        (0,external_node_fs_.renameSync)(temporary, file);
    }
    catch {
        if (created)
            (0,external_node_fs_.rmSync)(temporary, { force: true });
    }
}
function realOrResolved(directory) {
    try {
        return (0,external_node_fs_.realpathSync)(directory);
    }
    catch {
        return external_node_path_default().resolve(directory);
    }
}
function isInside(child, parent) {
    const relative = external_node_path_default().relative(parent, child);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
}

;// CONCATENATED MODULE: ./src/cli/run.ts
/** `go-no-go [run]`: load the checklist, run its gates with progress on stderr, print the report once on stdout. */


























const INTERRUPT_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** Runs the checklist and returns the exit code: 0 GO (per --fail-on), 1 NO-GO, 130 interrupted. */
async function runCommand(command, io) {
    const workspace = external_node_path_default().resolve(command.cwd);
    // The tree's first snapshot is taken while the checklist loads: they do not wait for each other.
    const notify = (message) => (command.quiet ? undefined : io.stderr.write(stripControl(`go-no-go: ${message}\n`)));
    const treeGuard = createWorkingTreeGuard(workspace, notify);
    const loaded = await load(command, workspace, () => treeGuard.prepare());
    const { decideOn, show, ignored } = command.gatesOnly ? gatesOnly(loaded) : { decideOn: loaded, show: loaded, ignored: [] };
    const cacheFile = durationsCacheFile(io.env, workspace, command.checklist);
    const earlierDurations = readEarlierDurations(command.previousReport ? external_node_path_default().resolve(workspace, command.previousReport) : undefined, cacheFile, notify);
    // Listen for an interrupt before saying anything: from the first line on, Ctrl-C must stop the
    // gates and still print the report, not kill us with gates left running.
    const abort = new AbortController();
    // Every running gate listens for the abort; Node's leak warning would otherwise break into the live line.
    (0,external_node_events_.setMaxListeners)(10 + 2 * command.concurrency, abort.signal);
    const onInterrupt = () => abort.abort();
    for (const signal of INTERRUPT_SIGNALS)
        process.once(signal, onInterrupt);
    const progressMode = progressModeFor(io.stderr, io.env, command.quiet);
    // Gates after GO are not run, so they are not counted as running either.
    const gates = types_allItems(decideOn).filter((item) => item.kind === 'command' && isBeforeDeploy(item));
    if (progressMode !== 'off') {
        const what = plural(gates.length, 'gate');
        io.stderr.write(stripControl(`go-no-go: running ${what} of ${command.checklist} in ${workspace}${command.gatesOnly ? ' (gates only)' : ''}\n`));
    }
    const progress = createProgress(io.stderr, { mode: progressMode, color: wantsColor(io.stderr, io.env), gates });
    const redactor = createRedactor([]);
    const runGate = createGateRunner({
        workspace,
        parentEnv: io.env,
        scratchDir: (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'go-no-go-')),
        killGraceMs: KILL_GRACE_MS,
        signal: abort.signal,
        observeLine: (line) => learnMaskedValue(line, redactor)
    });
    const watched = (item) => {
        progress.started(item);
        return runGate(item);
    };
    let report;
    try {
        report = await runChecklist(decideOn, watched, {
            guards: [treeGuard],
            concurrency: command.concurrency,
            allowEmpty: command.allowEmpty,
            signal: abort.signal,
            onGateFinished: (result) => progress.finished(result),
            ...(earlierDurations ? { earlierDurations } : {})
        });
    }
    finally {
        progress.stop();
        for (const signal of INTERRUPT_SIGNALS)
            process.removeListener(signal, onInterrupt);
    }
    const durations = cacheFile ? durationsFileContent(report) : undefined;
    if (cacheFile && durations)
        writeDurationsFile(cacheFile, durations);
    const shown = { ...report, checklist: show };
    const color = wantsColor(io.stdout, io.env);
    let rendered = render(shown, command.format, redactor, color);
    if (command.gatesOnly && command.format === 'terminal') {
        const notice = describeIgnoredSignoffs(ignored);
        rendered += `${color ? `\x1b[33m${notice}\x1b[39m` : notice}\n`;
    }
    io.stdout.write(rendered);
    if (report.cancelled)
        return 130;
    return shouldFail(report.verdict.decision, command.failOn) ? 1 : 0;
}
/**
 * The durations that order the gates: the report the user named, else the last run's here. A
 * file that cannot be used says so in one line; a last run that never happened says nothing.
 */
function readEarlierDurations(given, cacheFile, notify) {
    const file = given ?? cacheFile;
    if (!file)
        return undefined;
    const read = readPreviousReport(file);
    if ('durations' in read)
        return read.durations;
    if (given || !read.missing)
        notify(describeUnusedReport(given ? 'the previous report' : 'the durations file of the last run', file, read.problem));
    return undefined;
}
/** @param onDirectory called once the workspace is known to be a directory, before the checklist is read. */
async function load(command, workspace, onDirectory) {
    const directory = await (0,promises_.stat)(workspace).catch(() => undefined);
    if (!directory?.isDirectory())
        throw new CliError(`${workspace} is not a directory (--cwd ${command.cwd})`);
    onDirectory();
    try {
        return await loadChecklist({ workspace, path: command.checklist }, { markdown: parseMarkdownChecklist });
    }
    catch (error) {
        if (!(error instanceof ChecklistError))
            throw error;
        const missing = await explainMissingChecklist({ workspace, checklist: command.checklist, cwd: command.cwd }).catch(() => undefined);
        if (missing)
            throw new CliError(missing.join('\n'));
        throw error;
    }
}
function render(report, format, redactor, color) {
    const text = format === 'json'
        ? `${JSON.stringify(toJsonReport(report, redactor), null, 2)}\n`
        : format === 'markdown'
            ? renderMarkdown(report, { redactor })
            : renderTerminal(report, { color, redactor });
    return text.endsWith('\n') ? text : `${text}\n`;
}

;// CONCATENATED MODULE: ./src/cli/index.ts
/** `go-no-go` on the command line: the same engine as the action, in a terminal, before pushing. */












const EXIT_BAD_INPUT = 2;
async function main(argv, io) {
    // `merge` parses its own arguments (src/shards/merge-command.ts).
    if (argv[0] === 'merge')
        return runMergeCommand(argv.slice(1), { stdout: (text) => io.stdout.write(text), stderr: (text) => io.stderr.write(text), isTty: io.stdout.isTTY === true });
    const command = parseCommandLine(argv);
    switch (command.kind) {
        case 'help':
            io.stdout.write(`${HELP}\n`);
            return 0;
        case 'version':
            io.stdout.write(`go-no-go ${package_namespaceObject.rE}\n`);
            return 0;
        case 'schema':
            io.stdout.write(`${JSON.stringify(CHECKLIST_SCHEMA, null, 2)}\n`);
            return 0;
        case 'import':
            io.stdout.write(await importMarkdown(command.cwd, command.file));
            return 0;
        case 'init':
            return initProject(command, io);
        case 'run':
            return runCommand(command, io);
    }
}
/** One line (or a few) a person can act on; a stack only for what is a bug in go-no-go. */
function describeFailure(error) {
    if (error instanceof ChecklistError)
        return `go-no-go: NO-GO — the checklist is invalid:\n${formatProblemsForTerminal(error.problems)}\n`;
    if (error instanceof UsageError)
        return `go-no-go: ${error.message}\n\n${USAGE_SYNOPSIS}\nRun go-no-go --help for every option and examples.\n`;
    if (error instanceof CliError)
        return `go-no-go: ${error.message}\n`;
    return `go-no-go: internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`;
}
// A reader that stops early (`go-no-go -f json | head`) closes the pipe: that is not a failure, and
// must not turn into a crash or change the exit code, which still carries the verdict.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
        if (error.code !== 'EPIPE')
            throw error;
    });
}
const io = { stdout: process.stdout, stderr: process.stderr, env: process.env };
main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
}, (error) => {
    // Messages can quote paths and file contents; escape sequences in them must not reach the terminal.
    io.stderr.write(stripControl(describeFailure(error)));
    process.exitCode = EXIT_BAD_INPUT;
});


/***/ }),

/***/ 8431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isInside)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** Whether `candidate` is `root` or below it (both resolved; symlinks are the caller's business). */
function isInside(root, candidate) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(root), node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(candidate));
    return relative === '' || (relative !== '..' && !relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative));
}


/***/ })

};
