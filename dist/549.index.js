export const id = 549;
export const ids = [549];
export const modules = {

/***/ 9692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ describeApiFailure)
/* harmony export */ });
/**
 * What to say when GitHub refused or failed a request: one line, with the permission the token
 * lacks when GitHub names it. Apart from the client so that code which only reports failures does
 * not load the client (and undici with it) at start-up.
 */
/** GitHub says which permission a 403 wanted in this header; the message is for people. */
function describeApiFailure(error, action) {
    const failure = error;
    const accepted = failure.response?.headers?.['x-accepted-github-permissions'];
    if (failure.status === 403 && accepted) {
        return `go-no-go could not ${action}: the token lacks ${accepted.split(/[;,]\s*/).join(' or ')} (read-only token? pull requests from forks get one). The verdict is unchanged; the job summary has the full report.`;
    }
    if (failure.status === 403 || failure.status === 404) {
        return `go-no-go could not ${action}: ${failure.status} ${firstLine(failure.message)}. Check the workflow's permissions. The verdict is unchanged; the job summary has the full report.`;
    }
    return `go-no-go could not ${action}: ${failure.status ?? ''} ${firstLine(failure.message)}. The verdict is unchanged; the job summary has the full report.`.replace(/ {2,}/g, ' ');
}
function firstLine(message) {
    return (message ?? 'unknown error').split('\n')[0].slice(0, 200);
}


/***/ }),

/***/ 4549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  findTriggeringRun: () => (/* reexport */ findTriggeringRun),
  prepareMerge: () => (/* binding */ prepareMerge),
  prepareShard: () => (/* binding */ prepareShard)
});

// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/previous-report.ts + 2 modules
var previous_report = __webpack_require__(8308);
// EXTERNAL MODULE: ./src/text/format.ts
var format = __webpack_require__(8488);
// EXTERNAL MODULE: ./src/checklist/types.ts
var types = __webpack_require__(6825);
// EXTERNAL MODULE: ./src/gates/evaluate.ts
var evaluate = __webpack_require__(6657);
// EXTERNAL MODULE: ./src/gates/gate-runner.ts + 7 modules
var gate_runner = __webpack_require__(5484);
// EXTERNAL MODULE: ./src/gates/parsers/index.ts + 31 modules
var parsers = __webpack_require__(910);
// EXTERNAL MODULE: ./src/verdict.ts
var verdict = __webpack_require__(3138);
// EXTERNAL MODULE: ./src/report/json.ts
var report_json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/shards/select.ts
var shards_select = __webpack_require__(5817);
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
    if (report.schemaVersion !== report_json/* JSON_REPORT_VERSION */.Xn)
        throw new ShapeError(`it is not a go-no-go JSON report of schema version ${report_json/* JSON_REPORT_VERSION */.Xn}`);
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
            passed: count(counts.passed, 'counts.passed'),
            failed: count(counts.failed, 'counts.failed'),
            errored: count(counts.errored, 'counts.errored'),
            pending: count(counts.pending, 'counts.pending'),
            cancelled: count(counts.cancelled, 'counts.cancelled')
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
    const attempt = count(run.attempt, 'run.attempt');
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
    const index = count(shard.index, 'shard.index');
    const total = count(shard.total, 'shard.total');
    if (index < 1 || index > total || total > shards_select/* MAX_SHARDS */.hH)
        throw new ShapeError(`\`shard\` is not K/N with 1 ≤ K ≤ N ≤ ${shards_select/* MAX_SHARDS */.hH}`);
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
    if (failingTests.length > report_json/* MAX_JSON_FAILING_TESTS */.lg)
        throw new ShapeError(`\`${where}.failingTests\` lists more than ${report_json/* MAX_JSON_FAILING_TESTS */.lg} tests`);
    if (findings.length > report_json/* MAX_JSON_FINDINGS */.Pe)
        throw new ShapeError(`\`${where}.findings\` lists more than ${report_json/* MAX_JSON_FINDINGS */.Pe} findings`);
    return {
        id: string(item.id, `${where}.id`),
        kind: choice(item.kind, KINDS, `${where}.kind`),
        severity: choice(item.severity, types/* ITEM_SEVERITIES */.MJ, `${where}.severity`),
        command: nullable(item.command, (command) => string(command, `${where}.command`)),
        status: choice(item.status, STATUSES, `${where}.status`),
        summary: string(item.summary, `${where}.summary`),
        reason: nullable(item.reason, (reason) => string(reason, `${where}.reason`)),
        durationMs: duration(item.durationMs, `${where}.durationMs`),
        parser: nullable(item.parser, (parser) => choice(parser, types/* PARSER_NAMES */.pC, `${where}.parser`)),
        counts: item.counts ?? null,
        failingTests,
        failingTestsTotal: count(item.failingTestsTotal, `${where}.failingTestsTotal`),
        findings,
        findingsTotal: count(item.findingsTotal, `${where}.findingsTotal`),
        exitCode: nullable(item.exitCode, (code) => integer(code, `${where}.exitCode`)),
        signal: nullable(item.signal, (signal) => string(signal, `${where}.signal`)),
        timedOut: report_shape_boolean(item.timedOut, `${where}.timedOut`),
        outputBytes: count(item.outputBytes, `${where}.outputBytes`),
        notes: array(item.notes, `${where}.notes`).map((note, at) => string(note, `${where}.notes[${at}]`)),
        steps: item.steps === undefined ? [] : steps(item.steps, `${where}.steps`),
        evidence: evidence && {
            parseProblem: nullable(evidence.parseProblem, (problem) => {
                const entry = object(problem, `${where}.evidence.parseProblem`);
                return {
                    status: choice(entry.status, ['fail', 'error'], `${where}.evidence.parseProblem.status`),
                    message: string(entry.message, `${where}.evidence.parseProblem.message`)
                };
            }),
            spawnError: nullable(evidence.spawnError, (error) => string(error, `${where}.evidence.spawnError`)),
            cancelled: report_shape_boolean(evidence.cancelled, `${where}.evidence.cancelled`),
            output: (() => {
                const output = object(evidence.output, `${where}.evidence.output`);
                return {
                    excerpt: string(output.excerpt, `${where}.evidence.output.excerpt`),
                    totalLines: count(output.totalLines, `${where}.evidence.output.totalLines`),
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
            parser: choice(step.parser, types/* PARSER_NAMES */.pC, `${where}[${at}].parser`),
            status: choice(step.status, STATUSES, `${where}[${at}].status`),
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
    const line = optional(finding.line, (field) => count(field, `${where}.line`));
    const column = optional(finding.column, (field) => count(field, `${where}.column`));
    const code = optional(finding.code, (field) => string(field, `${where}.code`));
    return {
        level: choice(finding.level, ['error', 'warning', 'notice'], `${where}.level`),
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
function count(value, where) {
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
function choice(value, choices, where) {
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
    const items = (0,types/* allItems */.au)(checklist);
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
                problems.add('shard-run-problem', `${file.name}: its run judged nothing: ${clip(why, 300)}`);
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
        log.push(`${label(read)}: ${(0,format/* formatNumber */.ZV)(report.shard.items.length)} items, run ${quote(report.run.id, 20)} attempt ${report.run.attempt}${read.foreign ? ' — does not belong to this run' : ''}`);
        if (read.foreign) {
            for (const id of report.shard.items)
                if (owners.get(id)?.length === 1 && byId.has(id))
                    results.set(id, notMerged(id, 'its shard report does not belong to this run'));
            continue;
        }
        started = Math.min(started, report.startedAt);
        finished = Math.max(finished, report.startedAt + report.durationMs);
        for (const problem of report.runProblems.slice(0, MAX_SHARD_PROBLEMS))
            problems.add('shard-run-problem', `${label(read)}: ${clip(problem.message, 300)}`);
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
    const actual = (0,verdict/* countStatuses */.ip)(report.items.filter((entry) => owned.has(entry.id)).map((entry) => entry.status));
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
            return { result: (0,gate_runner/* readSignOff */.Tf)(item), ran: false };
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
    const expectedParser = item.parser ?? (0,parsers/* detectParser */.FO)(item.run);
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
    const judged = (0,evaluate/* evaluateGate */.D)(item, process, parsed);
    if (judged.status !== entry.status)
        return { contradiction: `says ${entry.status}, but its own evidence (${describeEvidence(entry, counts)}) says ${judged.status}` };
    if (judged.summary !== entry.summary)
        return { contradiction: `says ${quote(entry.summary, 40)}, but its own evidence (${describeEvidence(entry, counts)}) says ${quote(judged.summary, 40)}` };
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
        const again = (0,evaluate/* evaluateGate */.D)(item, { ...process, exitCode: primary.exitCode }, parsed);
        if (again.status !== primary.status || again.summary !== primary.summary)
            return {
                contradiction: `says its \`${primary.parser}\` step gave ${quote(primary.summary, 40)}, but its own evidence (${describeEvidence(entry, counts)}) says ${quote(again.summary, 40)}`
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
function describeEvidence(entry, counts) {
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
function clip(text, max) {
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

// EXTERNAL MODULE: ./src/shards/phase.ts
var phase = __webpack_require__(4782);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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
                    return void (limitReached = `looked at ${(0,format/* formatNumber */.ZV)(limits.maxEntries)} directory entries`);
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
                return void (limitReached = `looked at ${(0,format/* formatNumber */.ZV)(limits.maxEntries)} directory entries`);
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
            return void (limitReached = `found ${(0,format/* formatNumber */.ZV)(limits.maxMatches)} files`);
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
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
const MAX_TOTAL_REPORT_BYTES = 256 * 1024 * 1024;
const MAX_REPORT_FILES = 1_000;
const read_reports_DEFAULT_LIMITS = { maxReportBytes: MAX_REPORT_BYTES, maxTotalBytes: MAX_TOTAL_REPORT_BYTES, maxFiles: MAX_REPORT_FILES };
/** Every file the patterns match, each read and parsed or with the reason it could not be. */
function readReportFiles(patterns, base, limits = read_reports_DEFAULT_LIMITS) {
    const source = `${patterns.length === 1 ? 'pattern' : 'patterns'} ${patterns.map((pattern) => JSON.stringify(pattern)).join(', ')}`;
    const found = expandGlobs(patterns, base, { maxEntries: 200_000, maxMatches: limits.maxFiles + 1 });
    const name = (file) => JSON.stringify(external_node_path_default().relative(base, file).startsWith('..') ? file : external_node_path_default().relative(base, file));
    const files = [];
    for (const skipped of found.skipped)
        files.push({ name: name(skipped), content: { problem: 'is not a regular file (a link, a device or a pipe)' } });
    if (found.files.length > limits.maxFiles) {
        files.push({ name: source, content: { problem: `match more than ${(0,format/* formatNumber */.ZV)(limits.maxFiles)} files: not a set of shard reports` } });
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

// EXTERNAL MODULE: ./src/github/api-failure.ts
var api_failure = __webpack_require__(9692);
;// CONCATENATED MODULE: ./src/shards/workflow-run.ts
/**
 * The fork pattern's second workflow (`workflow_run`, write token): before it posts anything, it
 * finds out through the API which run made the reports it downloaded and which pull request that
 * run was for, and refuses unless they agree:
 *
 * - the run is the one the event names, in this repository, started by a `pull_request` event,
 *   for the head commit the event names;
 * - exactly one open pull request has that commit as its head (a fork's run lists none in
 *   `pull_requests`, so it is looked up by the fork's owner and branch), and it has not moved on;
 * - a pull request from a fork does not change workflow files or local actions: its run would
 *   then have run its own workflow, which can upload any report it likes.
 *
 * The reports are then held to that run's id and attempt and that commit (see merge.ts).
 */

/** Paths a fork may not change for its run's reports to count: what decides what that run executes. */
const PROTECTED_WORKFLOW_PATHS = ['.github/workflows/', '.github/actions/'];
async function findTriggeringRun(client, github) {
    const refuse = (message) => ({ ok: false, problem: { code: 'workflow-run-unverified', message } });
    const payload = (github.eventPayload.workflow_run ?? {});
    const runId = payload.id;
    if (typeof runId !== 'number' || !Number.isSafeInteger(runId) || runId <= 0 || typeof payload.head_sha !== 'string' || !/^[0-9a-f]{40}$/.test(payload.head_sha)) {
        return { ok: false, problem: { code: 'unreadable-event', message: 'The `workflow_run` event file has no valid `workflow_run.id` and `workflow_run.head_sha`.' } };
    }
    const { owner, repo } = github;
    let run;
    try {
        run = (await client.rest.actions.getWorkflowRun({ owner, repo, run_id: runId })).data;
    }
    catch (error) {
        return refuse(`${(0,api_failure/* describeApiFailure */.g)(error, `read workflow run ${runId}, which made the reports`)} Without it nothing shows which pull request the reports are for.`);
    }
    if (run.id !== runId)
        return refuse(`the API answered for workflow run ${run.id}, not ${runId}`);
    if (run.repository.full_name !== github.repository)
        return refuse(`workflow run ${runId} ran in ${run.repository.full_name}, not in ${github.repository}`);
    if (run.head_sha !== payload.head_sha)
        return refuse(`workflow run ${runId} is for commit ${run.head_sha.slice(0, 12)}, but the event says ${payload.head_sha.slice(0, 12)}`);
    if (run.event !== 'pull_request')
        return refuse(`workflow run ${runId} was started by \`${run.event}\`, not by \`pull_request\`: this pattern posts the reports of pull request runs only`);
    const headRepository = run.head_repository?.full_name;
    if (!headRepository)
        return refuse(`workflow run ${runId} does not say which repository its commit came from`);
    let candidates;
    try {
        candidates = (run.pull_requests ?? []).filter((pull) => pull.head.sha === run.head_sha);
        // A fork's run lists no pull requests: look for the open one whose head is the fork's branch at that commit.
        if (candidates.length === 0 && run.head_branch) {
            const listed = await client.paginate(client.rest.pulls.list, { owner, repo, state: 'open', head: `${headRepository.split('/')[0]}:${run.head_branch}`, per_page: 100 });
            candidates = listed.filter((pull) => pull.head.sha === run.head_sha && pull.head.repo?.full_name === headRepository);
        }
    }
    catch (error) {
        return refuse((0,api_failure/* describeApiFailure */.g)(error, `find the pull request of workflow run ${runId}`));
    }
    if (candidates.length === 0)
        return refuse(`no open pull request has commit ${run.head_sha.slice(0, 12)} of ${headRepository} as its head (closed, or pushed to since)`);
    if (candidates.length > 1)
        return refuse(`more than one pull request has commit ${run.head_sha.slice(0, 12)} as its head (${candidates.map((pull) => `#${pull.number}`).join(', ')}): which one the reports are for is not clear`);
    const number = candidates[0].number;
    let pull;
    try {
        pull = (await client.rest.pulls.get({ owner, repo, pull_number: number })).data;
    }
    catch (error) {
        return refuse((0,api_failure/* describeApiFailure */.g)(error, `read pull request #${number}`));
    }
    if (pull.state !== undefined && pull.state !== 'open')
        return refuse(`pull request #${number} is ${pull.state}`);
    if (pull.head.sha !== run.head_sha)
        return refuse(`pull request #${number} has moved on to ${pull.head.sha.slice(0, 12)}; the reports are for ${run.head_sha.slice(0, 12)}, and the run for the new head will report`);
    if (headRepository !== github.repository) {
        let changed;
        try {
            const files = await client.paginate(client.rest.pulls.listFiles, { owner, repo, pull_number: number, per_page: 100 });
            changed = files.flatMap((file) => [file.filename, ...(file.previous_filename ? [file.previous_filename] : [])]);
        }
        catch (error) {
            return refuse((0,api_failure/* describeApiFailure */.g)(error, `list the files pull request #${number} changes`));
        }
        const workflowFiles = changed.filter((file) => PROTECTED_WORKFLOW_PATHS.some((prefix) => file.startsWith(prefix)));
        if (workflowFiles.length > 0) {
            const shown = workflowFiles.slice(0, 3).map((file) => JSON.stringify(file.slice(0, 100)));
            return refuse(`pull request #${number} comes from a fork and changes ${shown.join(', ')}${workflowFiles.length > 3 ? ` and ${workflowFiles.length - 3} more` : ''}: its run ran the fork's own workflow, which can upload any report, so its reports prove nothing. A maintainer can run the gates instead`);
        }
    }
    const author = pull.user?.login;
    const baseSha = pull.base?.sha;
    return {
        ok: true,
        run: {
            runId: String(runId),
            attempt: typeof run.run_attempt === 'number' && run.run_attempt > 0 ? run.run_attempt : 1,
            headSha: run.head_sha,
            pull: { number, headSha: pull.head.sha, headRepository, ...(author ? { author } : {}), ...(baseSha ? { baseSha } : {}) },
            github: {
                ...github,
                eventPayload: {
                    ...github.eventPayload,
                    pull_request: {
                        number,
                        head: { sha: pull.head.sha, repo: { full_name: headRepository } },
                        ...(baseSha ? { base: { sha: baseSha } } : {}),
                        ...(author ? { user: { login: author } } : {})
                    }
                }
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/shards/job-modes.ts







// A merge under `workflow_run` verifies the run that made the reports before it reads them.

function prepareShard(input, spec) {
    const durations = input.previousReport ? readDurations(input.previousReport, input.warn) : undefined;
    const selection = (0,shards_select/* selectShard */.Xm)(input.checklist, spec, durations);
    const owned = selection.identity.items;
    input.info(`Shard ${spec.index}/${spec.total} owns ${(0,format/* formatNumber */.ZV)(owned.length)} of ${(0,format/* formatNumber */.ZV)(countItems(input.checklist))} items, balanced by ${selection.identity.balancedBy}${owned.length > 0 ? `: ${owned.slice(0, 20).join(', ')}${owned.length > 20 ? ', …' : ''}` : ''}.`);
    return {
        checklist: selection.checklist,
        guards: [],
        finish: (0,phase/* withIdentity */.BF)(input, selection.identity),
        checkName: `${input.checkName} (shard ${spec.index}/${spec.total})`,
        ...(input.shardPublish && input.statusContext ? { statusContext: `${input.statusContext} (shard ${spec.index}/${spec.total})` } : {}),
        failOn: input.shardPublish ? input.failOn : 'never'
    };
}
function prepareMerge(input, patterns) {
    const { github, triggeringRun } = input;
    const expected = triggeringRun
        ? { repository: github.repository, runId: triggeringRun.runId, maxAttempt: triggeringRun.attempt, headSha: triggeringRun.headSha, checklistSha256: input.checklistSha256 }
        : {
            repository: github.repository,
            runId: github.runId,
            maxAttempt: (0,phase/* wholeNumber */.rD)(github.runAttempt) ?? 1,
            headSha: (0,context/* headSha */.xF)(github),
            commitSha: github.sha,
            checklistSha256: input.checklistSha256
        };
    const read = readReportFiles(patterns, input.base);
    const merged = mergeShardReports(input.checklist, read.files, { ...expected, source: read.source });
    input.info(`Read ${(0,format/* formatNumber */.ZV)(read.files.length)} report files (${read.source}) for run ${expected.runId}, commit ${expected.headSha.slice(0, 12)}.`);
    for (const line of merged.log)
        input.info(line);
    for (const problem of merged.problems)
        input.info(`NO-GO: ${problem.message}`);
    const guard = { name: 'shard reports', before: async () => undefined, after: async () => merged.problems };
    return {
        checklist: input.checklist,
        gateRunner: async (item) => merged.results.get(item.id) ?? { id: item.id, status: 'error', summary: 'not merged', reason: 'no shard report covers this item', durationMs: 0 },
        guards: [guard],
        finish: (report) => {
            const identified = (0,phase/* withIdentity */.BF)(input, (0,shards_select/* wholeChecklist */.io)(input.checklist))(report);
            // The merged run took as long as its shards, from the first one's start to the last one's end.
            return merged.span ? { ...identified, startedAt: new Date(merged.span.started).toISOString(), durationMs: merged.span.finished - merged.span.started } : identified;
        },
        checkName: input.checkName,
        ...(input.statusContext ? { statusContext: input.statusContext } : {}),
        failOn: input.failOn
    };
}
/**
 * Durations from an earlier report. Every shard must split alike, so one that cannot read the
 * file splits by count and says so; the merge then names the shards that split differently.
 */
function readDurations(file, warn) {
    // Read as start order reads it: the same bounds, and the same judgement of what a duration is.
    const read = (0,previous_report/* readPreviousReport */.kA)(file, MAX_REPORT_BYTES);
    if ('durations' in read)
        return new Map([...read.durations].map(([id, earlier]) => [id, earlier.durationMs]));
    warn(`The previous report ${JSON.stringify(file)} was not used (${read.problem}): the shards are balanced by count.`);
    return undefined;
}
function countItems(checklist) {
    return checklist.sections.reduce((sum, section) => sum + section.items.length, 0);
}


/***/ })

};
