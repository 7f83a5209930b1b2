export const id = 199;
export const ids = [199];
export const modules = {

/***/ 9199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseMarkdownChecklist: () => (/* binding */ parseMarkdownChecklist)
});

// EXTERNAL MODULE: ./src/checklist/defaults.ts
var defaults = __webpack_require__(1196);
// EXTERNAL MODULE: ./src/checklist/limits.ts
var limits = __webpack_require__(382);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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
        .slice(0, limits/* MAX_QUOTED_SOURCE_CHARS */.If * 4)
        .replace(/\s+/g, ' ')
        .trim();
    return `"${line.length > limits/* MAX_QUOTED_SOURCE_CHARS */.If ? `${line.slice(0, limits/* MAX_QUOTED_SOURCE_CHARS */.If - 1)}…` : line}"`;
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
const CHECKBOX = new RegExp(`^(\\s*)(?:[-*+]|\\d{1,${limits/* MAX_LIST_NUMBER_DIGITS */.zd}}[.)])\\s+\\[([ xX])\\]\\s+(.*)$`);
const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)/;
const TABLE_SEPARATOR = /^\s*(?:\|\s*)?:?-{3,}/;
const SIGNED_LINE = /^\s*(?:[-*+]\s+)?\**(?:signed|signature|approved by|signed[ -]off by)\**\s*:/i;
const SIGNATURE_LABEL_SHAPE = new RegExp(`^[A-Za-z][^:_|]{1,${limits/* MAX_SIGNATURE_LABEL_CHARS */.ZT}}$`);
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
    const tag = text.length <= limits/* MAX_TAG_LINE_CHARS */.ju && /^\s*<[^\n]*>\s*$/.test(text) ? SECTION_TAG.exec(text) : null;
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
function phaseOf(ownText, contexts, condition) {
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
    return phaseOf(undefined, { groups: [], headings }, false);
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
const DEFAULT = { severity: defaults/* DEFAULT_SEVERITY */.Un };
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
    return opinion.severity === defaults/* DEFAULT_SEVERITY */.Un ? DEFAULT : { severity: 'warning', from: `${quoteSource(opinion.phrase)} ${where}` };
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
        while (this.open.length >= limits/* MAX_BOX_DEPTH */.d6)
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
    const phase = phaseOf(box.text, { groups: groupContext, ...(box.intro ? { intro: box.intro } : {}), headings: box.headings }, condition);
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

// EXTERNAL MODULE: ./src/checklist/ids.ts
var ids = __webpack_require__(6206);
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
    const uniqueId = (0,ids/* idMaker */.q)();
    const groupIds = new Map();
    const uniqueGroup = (0,ids/* idMaker */.q)();
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
                    ...(0,defaults/* commandDefaults */.Mb)(),
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
            ...(0,defaults/* manualDefaults */.nd)(),
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
            title = [...headings.map((heading) => heading.title), ...groups].join(' › ') || defaults/* DEFAULT_MARKDOWN_SECTION */.Ug;
            byGroups.set(groups, title);
        }
        return title;
    };
}

// EXTERNAL MODULE: ./src/checklist/types.ts
var types = __webpack_require__(6825);
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
        throw new types/* ChecklistError */.vm([{ file, line: text.slice(0, nul).split('\n').length, message: 'the checklist contains a NUL byte; it is not a text file' }]);
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
    return { title: reader.title ?? defaults/* DEFAULT_MARKDOWN_TITLE */.pV, path: file, format: 'markdown', sections, ...(rollbackIf.length > 0 ? { rollbackIf } : {}) };
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


/***/ })

};
