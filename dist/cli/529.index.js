export const id = 529;
export const ids = [529];
export const modules = {

/***/ 3529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MTIME_MARGIN_MS: () => (/* binding */ MTIME_MARGIN_MS),
  collectJunit: () => (/* binding */ collectJunit),
  snapshotJunit: () => (/* binding */ snapshotJunit)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: ./node_modules/sax/lib/sax.js
var sax = __webpack_require__(2560);
var sax_default = /*#__PURE__*/__webpack_require__.n(sax);
;// CONCATENATED MODULE: ./src/gates/parsers/junit-xml.ts
/**
 * JUnit XML, as pytest --junitxml, gotestsum, cargo nextest, jest-junit and Maven Surefire write
 * it: `<testsuites>` or `<testsuite>` holding `<testcase>`s, each passed, or with a `<failure>` /
 * `<error>` (failed) or `<skipped>`. The file is read as a stream with `sax`, so memory stays flat
 * however large it is: text is kept only inside a failure, and only its first few kilobytes.
 * A report that is not well-formed XML, declares a DOCTYPE (the door to entity expansion), nests
 * absurdly deep, or whose suite states a test count its test cases do not match, is not a report
 * that can be trusted: the reader says why, and the gate is an error.
 */

/** sax refuses any single name, attribute value or comment longer than this (text is passed on in pieces). */
const MAX_TOKEN_CHARS = 1024 * 1024;
/** Real reports nest suites a few levels deep. */
const MAX_DEPTH = 64;
/** Of a failure's text, what is kept to find its message and location. */
const MAX_FAILURE_TEXT = 8 * 1024;
/**
 * Reads one JUnit file's text, chunk by chunk, into the tally.
 * @param chunks the file's text in pieces (a read stream with an encoding)
 */
async function readJunitXml(chunks, tally) {
    // A module-wide setting of sax's; the default (64 KiB) is too small for some real failure messages.
    ;
    (sax_default()).MAX_BUFFER_LENGTH = MAX_TOKEN_CHARS;
    const parser = sax_default().parser(true, { trim: false, normalize: false, position: true });
    const stack = [];
    const suites = [];
    let current;
    let testcases = 0;
    let sawRoot = false;
    let problem;
    const fail = (message) => {
        problem ??= `${message} (line ${parser.line + 1})`;
    };
    parser.onerror = (error) => {
        fail(`not well-formed XML: ${error.message.split('\n')[0]}`);
    };
    parser.ondoctype = () => fail('it declares a DOCTYPE, which a JUnit report never needs (refused: it could define entities)');
    parser.onopentag = (tag) => {
        const name = tag.name;
        const attributes = tag.attributes;
        stack.push(name);
        if (stack.length > MAX_DEPTH)
            return fail(`elements nest more than ${MAX_DEPTH} deep`);
        if (!sawRoot) {
            sawRoot = true;
            if (name !== 'testsuites' && name !== 'testsuite')
                return fail(`the root element is <${name.slice(0, 40)}>, not <testsuites> or <testsuite>`);
        }
        switch (name) {
            case 'testsuite': {
                const parent = suites[suites.length - 1];
                if (parent)
                    parent.hasChildSuite = true;
                const declared = attributes.tests === undefined ? undefined : Number(attributes.tests);
                suites.push({ name: attributes.name ?? '', direct: 0, hasChildSuite: false, ...(declared !== undefined && Number.isInteger(declared) ? { declaredTests: declared } : {}) });
                return;
            }
            case 'testcase': {
                if (current)
                    return fail('a <testcase> inside another <testcase>');
                const line = Number(attributes.line);
                current = {
                    name: attributes.name ?? '',
                    classname: attributes.classname ?? attributes.class ?? '',
                    ...(attributes.file ? { file: attributes.file } : {}),
                    ...(Number.isInteger(line) && line > 0 ? { line } : {}),
                    outcome: 'passed',
                    text: '',
                    inFailure: false
                };
                return;
            }
            case 'failure':
            case 'error':
                if (!current || stack[stack.length - 2] !== 'testcase')
                    return;
                current.outcome = 'failed';
                current.message ??= firstLine(attributes.message) ?? firstLine(attributes.type);
                current.inFailure = current.text === '';
                return;
            case 'skipped':
                if (current && stack[stack.length - 2] === 'testcase' && current.outcome === 'passed')
                    current.outcome = 'skipped';
                return;
            // Surefire's flakyFailure/rerunFailure record retries; the test's own outcome is in failure/error.
        }
    };
    const keepText = (text) => {
        if (current?.inFailure && current.text.length < MAX_FAILURE_TEXT)
            current.text += text.slice(0, MAX_FAILURE_TEXT - current.text.length);
    };
    parser.ontext = keepText;
    parser.oncdata = keepText;
    parser.onclosetag = (name) => {
        stack.pop();
        if ((name === 'failure' || name === 'error') && current)
            current.inFailure = false;
        if (name === 'testcase' && current) {
            const closed = current;
            current = undefined;
            testcases++;
            const suite = suites[suites.length - 1];
            if (suite)
                suite.direct++;
            recordCase(closed, tally);
        }
        if (name === 'testsuite') {
            const suite = suites.pop();
            if (suite && !suite.hasChildSuite && suite.declaredTests !== undefined && suite.declaredTests !== suite.direct) {
                fail(`suite "${suite.name.slice(0, 80)}" says tests="${suite.declaredTests}" but lists ${suite.direct} test case${suite.direct === 1 ? '' : 's'}`);
            }
        }
    };
    for await (const chunk of chunks) {
        if (problem)
            break;
        parser.write(chunk);
    }
    if (!problem)
        parser.close();
    if (!problem && !sawRoot)
        problem = 'it has no root element (empty or not XML)';
    return { testcases, ...(problem ? { problem } : {}) };
}
function recordCase(testcase, tally) {
    if (testcase.outcome === 'passed')
        return tally.add(1, 0, 0);
    if (testcase.outcome === 'skipped')
        return tally.add(0, 0, 1);
    tally.add(0, 1, 0);
    const name = testName(testcase);
    // Past the listed names only the count matters: no time is spent locating what is not shown.
    const listed = tally.failing.items.length;
    if (!tally.addFailing(name) || tally.failing.items.length === listed)
        return;
    const message = testcase.message ?? firstLine(testcase.text);
    const where = testcase.file && testcase.line ? { file: testcase.file, line: testcase.line } : locate(testcase.text, testcase.file, testcase.classname);
    if (where)
        tally.addLocation(name, where.file, where.line, where.column, message);
    else
        tally.findings.push({ level: 'error', message: `${name}: ${message ?? 'failed'}`.slice(0, 300), ...(testcase.file ? { file: testcase.file } : {}), code: name });
}
/**
 * `classname.name` as most tools mean it; jest-junit repeats the describe title in the name.
 * Attributes may hold line breaks and control characters (`&#10;`, `&#27;`); a name is one plain line.
 */
function testName(testcase) {
    const classname = oneLine(testcase.classname);
    const name = oneLine(testcase.name);
    if (!classname || name.startsWith(classname) || classname === name)
        return name || classname || '(unnamed test)';
    return `${classname}.${name}`;
}
// Rust's panic (nextest), a JS stack frame, Java's `at a.B.c(B.java:12)`, and `file.ext:line:` as pytest and Go print it.
const PANIC = /panicked at ([^\s:'][^:]*):(\d+):(\d+)/;
const JS_FRAME = /\bat (?:.*\()?((?:\/|\.{1,2}\/)?[^\s():]+\.[cm]?[jt]sx?):(\d+):(\d+)\)?/;
const JAVA_FRAME = /\bat [\w.$<>]+\(([\w$]+\.(?:java|kt|scala)):(\d+)\)/;
const FILE_LINE = /^\s*((?:\/|\.{1,2}\/)?[^\s:]+\.[A-Za-z]{1,5}):(\d+):(?:(\d+):)?/;
/**
 * Where a failure happened, read from its text. A line in the test's own file is preferred: the
 * `file` attribute, or the module its dotted classname names (pytest: `tests.test_lru.LRUCacheTest`).
 */
function locate(text, file, classname) {
    const panic = PANIC.exec(text);
    if (panic)
        return { file: panic[1], line: Number(panic[2]), column: Number(panic[3]) };
    let fallback;
    // Lines are cut short before matching, so a hostile failure text cannot make a pattern crawl.
    for (const line of text.split('\n').map((part) => part.slice(0, 500))) {
        const frame = JS_FRAME.exec(line) ?? JAVA_FRAME.exec(line) ?? FILE_LINE.exec(line);
        if (!frame || frame[1].includes('node_modules') || frame[1].startsWith('/usr/'))
            continue;
        const found = { file: frame[1], line: Number(frame[2]), ...(frame[3] ? { column: Number(frame[3]) } : {}) };
        if (file && (found.file === file || found.file.endsWith(`/${file}`)))
            return found;
        const module = found.file.replace(/\.py$/, '').replace(/^\.\//, '').split('/').join('.');
        if (!file && found.file.endsWith('.py') && (classname === module || classname.startsWith(`${module}.`)))
            return found;
        // pytest ends a long traceback with the line that raised; keep the last frame of the project.
        fallback = JS_FRAME.test(line) || JAVA_FRAME.test(line) ? (fallback ?? found) : found;
    }
    return fallback;
}
function oneLine(text) {
    return text
        .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 300);
}
function firstLine(text) {
    const line = text
        ?.split('\n')
        .map((part) => oneLine(part))
        .find(Boolean);
    return line ? line.slice(0, 200) : undefined;
}

;// CONCATENATED MODULE: ./src/gates/parsers/junit-files.ts
/**
 * The files an item's `junit:` glob names, as this gate's run left them. Only what the command
 * wrote while the gate ran counts: before the command starts, the files already matching are
 * noted (their size, times and inode); afterwards a file counts only if it is new or changed since,
 * and its modification time is not older than the gate's start. The margin on that time covers
 * file systems that keep coarse times (FAT: 2 s; ext4 and tmpfs keep nanoseconds); the snapshot
 * covers what the margin lets through, a file from an earlier run written just before this one.
 *
 * The glob is relative to the item's working directory and never leaves the workspace: the
 * checklist refuses `..` and absolute globs, the walk starts inside the workspace's real path and
 * does not follow links to folders, and a matched file that is a link is read only when its real
 * path is inside the workspace (a report linked to /proc/self/environ or ~/.ssh is refused).
 * Files are opened without following links and checked again by descriptor after opening.
 */







/** How much older than the gate's start a file's time may be and still count as this run's. */
const MTIME_MARGIN_MS = 2000;
/** Files read for one gate, and entries looked at while walking: a glob is not a crawler. */
const MAX_JUNIT_FILES = 1000;
const MAX_WALKED_ENTRIES = 100_000;
/** Folders a walk with `**` skips unless the glob names them. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);
/** Notes the files that match before the command runs. Never throws: a walk that fails here fails again later, with a reason. */
async function snapshotJunit(request) {
    const snapshot = new Map();
    const found = await matchFiles(request).catch(() => undefined);
    for (const file of found?.files ?? []) {
        // Through a link, as the report is read later.
        const info = await (0,promises_.stat)(file).catch(() => undefined);
        if (info)
            snapshot.set(file, identity(info));
    }
    return snapshot;
}
/**
 * Reads every report the command wrote into `tally`.
 * @param startedAtMs when the gate's command was started (Date.now())
 */
async function collectJunit(request, snapshot, startedAtMs, tally) {
    const shown = (file) => external_node_path_default().relative(request.workspace, file) || file;
    let matched;
    try {
        matched = await matchFiles(request);
    }
    catch (error) {
        return { read: [], stale: [], problem: error.message };
    }
    if (matched.files.length === 0)
        return { read: [], stale: [], problem: `no file matches junit: ${request.pattern} (the command wrote no JUnit report there)` };
    if (matched.files.length > MAX_JUNIT_FILES)
        return { read: [], stale: [], problem: `junit: ${request.pattern} matches more than ${MAX_JUNIT_FILES} files; name the reports more narrowly` };
    const read = [];
    const stale = [];
    for (const file of matched.files.sort()) {
        const info = await (0,promises_.lstat)(file).catch(() => undefined);
        if (!info)
            continue;
        let target = file;
        if (info.isSymbolicLink()) {
            const real = await (0,promises_.realpath)(file).catch(() => undefined);
            if (!real || !(0,paths/* isInside */.F)(matched.realWorkspace, real))
                return { read, stale, problem: `${shown(file)} is a link to a place outside the workspace; it was not read` };
            target = real;
        }
        const targetInfo = target === file ? info : await (0,promises_.lstat)(target).catch(() => undefined);
        if (!targetInfo?.isFile())
            return { read, stale, problem: `${shown(file)} is not a regular file` };
        const before = snapshot.get(file);
        const unchanged = before !== undefined && sameIdentity(before, identity(targetInfo));
        if (unchanged || targetInfo.mtimeMs < startedAtMs - MTIME_MARGIN_MS) {
            stale.push(shown(file));
            continue;
        }
        const problem = await readOne(target, targetInfo.ino, matched.realWorkspace, tally);
        if (problem)
            return { read, stale, problem: `${shown(file)}: ${problem}` };
        read.push(shown(file));
    }
    if (read.length === 0) {
        return {
            read,
            stale,
            problem: `the ${stale.length === 1 ? 'file' : `${stale.length} files`} matching junit: ${request.pattern} ${stale.length === 1 ? 'was' : 'were'} written before this gate started (left from an earlier run: ${stale.slice(0, 3).join(', ')}); the command wrote no new report`
        };
    }
    return { read, stale };
}
async function readOne(file, expectedInode, realWorkspace, tally) {
    let handle;
    try {
        // No following links and no waiting on a FIFO; what was checked above must be what is opened.
        handle = await (0,promises_.open)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (error) {
        return `could not be opened (${error.code ?? 'error'})`;
    }
    try {
        const info = await handle.stat();
        if (!info.isFile() || info.ino !== expectedInode)
            return 'changed while it was being read';
        // Linux names the opened file; a folder swapped for a link after the check shows here.
        const opened = await (0,promises_.readlink)(`/proc/self/fd/${handle.fd}`).catch(() => undefined);
        if (opened !== undefined && !(0,paths/* isInside */.F)(realWorkspace, opened))
            return 'resolves outside the workspace; it was not read';
        if (info.size === 0)
            return 'is empty';
        const result = await readJunitXml(textChunks(handle), tally);
        return result.problem;
    }
    finally {
        await handle.close();
    }
}
/** The file's text in 64 KiB pieces, a character never split across two. */
async function* textChunks(handle) {
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    const buffer = Buffer.alloc(64 * 1024);
    for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0)
            break;
        yield decoder.write(buffer.subarray(0, bytesRead));
    }
    const rest = decoder.end();
    if (rest)
        yield rest;
}
/** The files the glob matches now, walking only inside the workspace. Throws an Error whose message says why it cannot. */
async function matchFiles(request) {
    const pattern = request.pattern.replace(/\\/g, '/');
    if (external_node_path_default().posix.isAbsolute(pattern) || pattern.split('/').includes('..'))
        throw new Error(`junit: ${request.pattern} must be a relative path inside the workspace`);
    const realWorkspace = await (0,promises_.realpath)(request.workspace);
    const segments = pattern.split('/').filter((segment) => segment !== '' && segment !== '.');
    const firstGlob = segments.findIndex((segment) => picomatch_default().scan(segment).isGlob);
    const fixed = firstGlob === -1 ? segments : segments.slice(0, firstGlob);
    const base = external_node_path_default().resolve(request.cwd, ...fixed);
    if (!(0,paths/* isInside */.F)(request.workspace, base))
        throw new Error(`junit: ${request.pattern} leads outside the workspace`);
    if (firstGlob === -1) {
        // A plain path: the file itself (it may be a link; the caller decides).
        const realParent = await (0,promises_.realpath)(external_node_path_default().dirname(base)).catch(() => undefined);
        if (realParent && !(0,paths/* isInside */.F)(realWorkspace, realParent))
            throw new Error(`junit: ${request.pattern} leads outside the workspace through a link`);
        const info = await (0,promises_.lstat)(base).catch(() => undefined);
        return { files: info ? [base] : [], realWorkspace };
    }
    const realBase = await (0,promises_.realpath)(base).catch(() => undefined);
    if (!realBase)
        return { files: [], realWorkspace };
    if (!(0,paths/* isInside */.F)(realWorkspace, realBase))
        throw new Error(`junit: ${request.pattern} leads outside the workspace through a link`);
    const matches = picomatch_default()(segments.join('/'), { dot: true });
    const named = new Set(segments.filter((segment) => SKIPPED_FOLDERS.has(segment)));
    const files = [];
    let walked = 0;
    const queue = [base];
    while (queue.length > 0) {
        const dir = queue.shift();
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
        for (const entry of entries) {
            if (++walked > MAX_WALKED_ENTRIES)
                throw new Error(`junit: ${request.pattern} walks more than ${MAX_WALKED_ENTRIES} entries; name the report folder more narrowly`);
            const full = external_node_path_default().join(dir, entry.name);
            const relative = external_node_path_default().relative(request.cwd, full).split((external_node_path_default()).sep).join('/');
            // Links to folders are not followed: they could lead anywhere.
            if (entry.isDirectory()) {
                if (!SKIPPED_FOLDERS.has(entry.name) || named.has(entry.name))
                    queue.push(full);
            }
            else if (matches(relative)) {
                files.push(full);
                if (files.length > MAX_JUNIT_FILES)
                    return { files, realWorkspace };
            }
        }
    }
    return { files, realWorkspace };
}
function identity(info) {
    return { size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino };
}
function sameIdentity(a, b) {
    return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}


/***/ })

};
