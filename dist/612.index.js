export const id = 612;
export const ids = [612];
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

/***/ 5612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildState: () => (/* reexport */ state/* buildState */.qk),
  createGitHubClient: () => (/* reexport */ createGitHubClient),
  describeApiFailure: () => (/* reexport */ api_failure/* describeApiFailure */.g),
  encodeState: () => (/* reexport */ state/* encodeState */.Md),
  gatherSignoffs: () => (/* reexport */ gatherSignoffs),
  publishToGitHub: () => (/* reexport */ publishToGitHub),
  pullCommitsOnce: () => (/* reexport */ pullCommitsOnce),
  readPreviousRun: () => (/* reexport */ readPreviousRun),
  storeJudgement: () => (/* reexport */ stored_judgement/* storeJudgement */.v5)
});

// EXTERNAL MODULE: ./src/github/api-failure.ts
var api_failure = __webpack_require__(9692);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/github/client.ts
/**
 * Octokit with retries (5xx) and throttling (secondary rate limits, retry-after), and one budget
 * for all the waiting they may do: past it, every further request fails at once, publishing
 * stops and the job summary stands alone.
 */


const systemClock = { now: () => Date.now(), sleep: abortableSleep };
class WaitBudget {
    limitMs;
    spentMs = 0;
    refused = false;
    constructor(limitMs) {
        this.limitMs = limitMs;
    }
    /** Whether waiting `ms` more is allowed; if so, it is counted as spent. A refusal is final. */
    take(ms) {
        if (this.refused || this.spentMs + ms > this.limitMs) {
            this.refused = true;
            return false;
        }
        this.spentMs += ms;
        return true;
    }
    /** Marks the budget as spent, e.g. when a request outlived the hard deadline. */
    exhaust() {
        this.refused = true;
    }
    get exhausted() {
        return this.refused || this.spentMs >= this.limitMs;
    }
}
/** How many retries of a server error (or a failed connection) a request gets; retry n waits n² units. */
const SERVER_ERROR_RETRIES = 3;
/** Client errors that another try cannot fix; 429 and 403 rate limits are the throttling plugin's. */
const NOT_RETRIED = [400, 401, 403, 404, 410, 422, 429, 451];
/** Retries of one request after a rate limit, whatever the budget says. */
const RATE_LIMIT_RETRIES = 3;
function createGitHubClient(options) {
    const unit = options.retryUnitMs ?? 1000;
    const clock = options.clock ?? systemClock;
    const budget = new WaitBudget(options.maxWaitMs);
    const controller = new AbortController();
    const stop = () => {
        budget.exhaust();
        if (!controller.signal.aborted)
            controller.abort(new Error('GitHub API wait budget spent'));
    };
    // The wait happens here, on the clock, and the plugin retries at once (its base value is 0): so a
    // stop cuts the wait short, and tests see the wait that was asked for.
    const onLimit = (kind) => async (retryAfterSeconds, request, _octokit, retryCount) => {
        const waitMs = retryAfterSeconds * unit;
        if (controller.signal.aborted || retryCount >= RATE_LIMIT_RETRIES || !budget.take(waitMs)) {
            options.onWait?.(`GitHub ${kind} on ${request.method} ${request.url}: giving up (wait budget spent)`);
            stop();
            return false;
        }
        options.onWait?.(`GitHub ${kind} on ${request.method} ${request.url}: retrying after ${retryAfterSeconds}s`);
        await clock.sleep(waitMs, controller.signal);
        return !controller.signal.aborted;
    };
    // GitHub asks for a second between content-creating requests and more between notifying ones;
    // the plugin's own limiters do the same but are shared by every client in the process and
    // cannot be scaled down for tests, so these pace one client only.
    const writes = new Pacer(unit, controller.signal, clock);
    const notifications = new Pacer(3 * unit, controller.signal, clock);
    // Server errors are retried innermost, as @octokit/plugin-retry would, but each wait is charged to
    // the budget before it starts and taken on the clock.
    const serverErrorRetries = (octokit) => {
        octokit.hook.wrap('request', async (request, requestOptions) => {
            for (let retry = 1;; retry++) {
                try {
                    return await request(requestOptions);
                }
                catch (error) {
                    const status = error.status;
                    const retryable = typeof status === 'number' && status >= 400 && !NOT_RETRIED.includes(status);
                    if (!retryable || retry > SERVER_ERROR_RETRIES || controller.signal.aborted)
                        throw error;
                    if (!budget.take(retry * retry * unit)) {
                        options.onWait?.('GitHub server errors: giving up (wait budget spent)');
                        stop();
                        throw error;
                    }
                    await clock.sleep(retry * retry * unit, controller.signal);
                }
            }
        });
    };
    const client = (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: options.apiUrl,
        throttle: {
            retryAfterBaseValue: 0,
            fallbackSecondaryRateRetryAfter: 60,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            write: writes,
            notifications: notifications
        },
        log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined }
    }, serverErrorRetries, dist_bundle/* throttling */.A);
    // Set per request rather than in the options: getOctokit's defaults carry the runner's proxy
    // fetch in `request`, and options replace that object instead of merging into it.
    client.hook.before('request', (request) => {
        request.request = { ...request.request, signal: controller.signal };
    });
    return { client, budget, signal: controller.signal, stop };
}
/**
 * Starts tasks one at a time, at least `spacingMs` apart. Shaped like the Bottleneck group the
 * throttling plugin expects (`key(id).schedule(options, task)`). Stops waiting once aborted.
 */
class Pacer {
    spacingMs;
    signal;
    clock;
    nextStart = 0;
    queue = Promise.resolve();
    constructor(spacingMs, signal, clock) {
        this.spacingMs = spacingMs;
        this.signal = signal;
        this.clock = clock;
    }
    key() {
        return this;
    }
    schedule(_options, task) {
        const turn = this.queue.then(async () => {
            const waitMs = this.nextStart - this.clock.now();
            if (waitMs > 0 && !this.signal.aborted)
                await this.clock.sleep(waitMs, this.signal);
            this.nextStart = this.clock.now() + this.spacingMs;
        });
        this.queue = turn;
        return turn.then(task);
    }
}
function abortableSleep(ms, signal) {
    return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        }
        signal.addEventListener('abort', done, { once: true });
    });
}

// EXTERNAL MODULE: ./src/report/budget.ts
var report_budget = __webpack_require__(2585);
// EXTERNAL MODULE: ./src/report/markdown.ts + 4 modules
var markdown = __webpack_require__(9936);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/checklist/types.ts
var types = __webpack_require__(6825);
// EXTERNAL MODULE: ./src/text/sanitize.ts
var sanitize = __webpack_require__(4212);
;// CONCATENATED MODULE: ./src/github/check-run.ts
/** The check run: a conclusion on the PR head commit, the report as its text, findings as annotations. */



/** Titles longer than this are cut by GitHub anyway. */
const CHECK_TITLE_LIMIT = 255;
/** GitHub takes at most 50 annotations per request. */
const ANNOTATIONS_PER_REQUEST = 50;
/** And we send at most this many in all: a flood of warnings helps nobody. */
const MAX_ANNOTATIONS = 1_000;
const LEVELS = { error: 'failure', warning: 'warning', notice: 'notice' };
function collectAnnotations(report, redact) {
    const annotations = [];
    for (const item of (0,types/* allItems */.au)(report.checklist)) {
        for (const finding of report.results.get(item.id)?.parsed?.findings ?? []) {
            if (!finding.file || !finding.line || finding.file.startsWith('/') || finding.file.startsWith('..'))
                continue;
            // A path with a secret in it cannot be shown, and a redacted one would point at no file.
            if (redact(finding.file) !== finding.file)
                continue;
            if (annotations.length >= MAX_ANNOTATIONS)
                return annotations;
            annotations.push({
                path: finding.file,
                start_line: finding.line,
                end_line: finding.line,
                annotation_level: LEVELS[finding.level],
                message: (0,sanitize/* sliceSafe */.K8)(redact((0,sanitize/* stripControl */.kU)(finding.message)), 4_000) || finding.level,
                // The code is often the failing test's name: gate text, redacted like the message.
                title: (0,sanitize/* sliceSafe */.K8)(redact((0,sanitize/* stripControl */.kU)(`${item.id}${finding.code ? `: ${finding.code}` : ''}`)), 255)
            });
        }
    }
    return annotations;
}
function conclusionFor(decision) {
    return decision === 'go' ? 'success' : decision === 'conditional-go' ? 'neutral' : 'failure';
}
/** The check run's title: the verdict line every surface shares (report/format.ts), within GitHub's limit. */
function checkTitle(report) {
    return (0,sanitize/* sliceSafe */.K8)((0,format/* verdictLine */.MT)(report.verdict.decision, report.verdict.counts, report.cancelled), CHECK_TITLE_LIMIT);
}
async function publishCheckRun(client, target, report, summary, annotations) {
    const chunks = [];
    for (let index = 0; index < annotations.length; index += ANNOTATIONS_PER_REQUEST)
        chunks.push(annotations.slice(index, index + ANNOTATIONS_PER_REQUEST));
    const title = checkTitle(report);
    const created = await client.rest.checks.create({
        owner: target.owner,
        repo: target.repo,
        name: target.name,
        head_sha: target.headSha,
        status: 'completed',
        conclusion: conclusionFor(report.verdict.decision),
        ...(target.detailsUrl ? { details_url: target.detailsUrl } : {}),
        ...(target.externalId ? { external_id: target.externalId } : {}),
        output: { title, summary, ...(chunks[0] ? { annotations: chunks[0] } : {}) }
    });
    for (const chunk of chunks.slice(1)) {
        await client.rest.checks.update({ owner: target.owner, repo: target.repo, check_run_id: created.data.id, output: { title, summary, annotations: chunk } });
    }
    return created.data.html_url ?? '';
}

;// CONCATENATED MODULE: ./src/github/comment.ts
const MARKER_PREFIX = '<!-- go-no-go:';
/**
 * The key is user input: spaces would split the marker's fields and `>` could close the HTML
 * comment and show the rest, so those (and anything unusual) are percent-encoded. Plain keys
 * such as `.github/go-no-go.yml` stay readable.
 */
function encodeMarkerKey(key) {
    return key.replace(/[^A-Za-z0-9._/:@+=-]/g, (char) => encodeURIComponent(char));
}
function renderMarker(marker) {
    return `${MARKER_PREFIX}key=${encodeMarkerKey(marker.key)} head=${marker.headSha} run=${marker.runId}${marker.attempt ? ` attempt=${marker.attempt}` : ''} -->`;
}
/** Exact-substring matching on the key: never a regex built from input. */
function readMarker(body, key) {
    const encoded = encodeMarkerKey(key);
    const start = body.indexOf(`${MARKER_PREFIX}key=${encoded} `);
    if (start === -1)
        return undefined;
    const end = body.indexOf('-->', start);
    if (end === -1)
        return undefined;
    const fields = Object.fromEntries(body
        .slice(start + MARKER_PREFIX.length, end)
        .trim()
        .split(' ')
        .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
    if (fields.key !== encoded)
        return undefined;
    const attempt = wholeNumber(fields.attempt);
    return { key, headSha: fields.head ?? '', runId: wholeNumber(fields.run) ?? 0, ...(attempt ? { attempt } : {}) };
}
/** A run id or attempt as written by us; anything else counts as absent. */
function wholeNumber(text) {
    if (text === undefined || !/^\d{1,15}$/.test(text))
        return undefined;
    return Number(text);
}
/**
 * Whether a run may replace the report in `previous`. A run for another head commit that started
 * before the one that wrote the report is stale (a slow run for an old push); on the same head,
 * any run may write, so re-running an older run refreshes the report.
 */
function mayOverwrite(previous, ours) {
    return previous.headSha === ours.headSha || previous.runId <= ours.runId;
}
/**
 * Who we are. A PAT can read /user. Installation tokens (GITHUB_TOKEN, GitHub Apps) get a 403
 * there, and /app needs the App's own key, so then we only know we are some bot: comments by any
 * `[bot]` account that carry our marker count as ours, never a person's. The login is not
 * hard-coded, so an App token or a PAT finds its own comments.
 */
async function findOwnIdentity(client) {
    try {
        const { data } = await client.rest.users.getAuthenticated();
        return { login: data.login };
    }
    catch (error) {
        // Only "not for this kind of token" means we are a bot; an outage must not make a PAT
        // forget its own comments and post a second one.
        const status = error.status;
        if (status === 403 || status === 404)
            return {};
        throw error;
    }
}
function isOurs(comment, identity) {
    if (!comment.user)
        return false;
    if (identity.login)
        return comment.user.login === identity.login;
    return comment.user.type === 'Bot' && comment.user.login.endsWith('[bot]');
}
async function listOurComments(client, target, key, identity) {
    const all = (await client.paginate(client.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100
    }));
    return all.filter((comment) => isOurs(comment, identity) && readMarker(comment.body ?? '', key)).sort((a, b) => a.id - b.id);
}
async function upsertStickyComment(client, target, options) {
    const identity = await findOwnIdentity(client);
    const ours = await listOurComments(client, target, options.key, identity);
    const existing = ours[0];
    if (existing) {
        const previous = readMarker(existing.body ?? '', options.key);
        if (previous && !mayOverwrite(previous, options.marker)) {
            return { action: 'skipped', reason: `a newer run (${previous.runId}) already reported on head ${previous.headSha.slice(0, 12)}` };
        }
    }
    else if (options.onlyIfExists) {
        return { action: 'skipped', reason: 'GO, and comment is on-failure' };
    }
    const write = async (body) => existing
        ? (await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body })).data
        : (await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body })).data;
    let written;
    try {
        written = (await write(options.body));
    }
    catch (error) {
        if (error.status !== 422)
            throw error;
        written = (await write(options.minimalBody));
    }
    if (existing)
        return { action: 'updated', url: written.html_url, removedDuplicates: 0 };
    // Two runs that both found nothing both created one: keep the oldest, delete the rest.
    const selfIdentity = identity.login ? identity : { login: written.user?.login };
    const now = await listOurComments(client, target, options.key, selfIdentity);
    if (now.length <= 1)
        return { action: 'created', url: written.html_url, removedDuplicates: 0 };
    const [keep, ...extra] = now;
    const kept = readMarker(keep.body ?? '', options.key);
    if (keep.id !== written.id && kept && mayOverwrite(kept, options.marker)) {
        await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: keep.id, body: written.body ?? options.body });
    }
    for (const duplicate of extra) {
        await client.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: duplicate.id }).catch(() => undefined);
    }
    return { action: 'created', url: keep.html_url, removedDuplicates: extra.length };
}

;// CONCATENATED MODULE: ./src/github/commit-status.ts

/** GitHub rejects long or non-ASCII descriptions with a 422 in some cases; keep well inside. */
const STATUS_DESCRIPTION_LIMIT = 140;
/** The verdict line of the check run (report/format.ts), in ASCII: "CANCELLED - NO-GO: 2 not finished". */
function statusDescription(report) {
    const text = (0,format/* verdictLine */.MT)(report.verdict.decision, report.verdict.counts, report.cancelled)
        .replace(/—/g, '-')
        .replace(/[^\x20-\x7e]/g, '');
    return text.length > STATUS_DESCRIPTION_LIMIT ? `${text.slice(0, STATUS_DESCRIPTION_LIMIT - 3)}...` : text;
}
async function publishCommitStatus(client, target, report) {
    await client.rest.repos.createCommitStatus({
        owner: target.owner,
        repo: target.repo,
        sha: target.sha,
        context: target.context,
        state: report.verdict.decision === 'no-go' ? 'failure' : 'success',
        description: statusDescription(report),
        ...(target.targetUrl ? { target_url: target.targetUrl } : {})
    });
}

// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(9556);
;// CONCATENATED MODULE: ./src/github/pull-request.ts
/** The pull request a run is about: number, head commit and author, from the event or the API. */


/**
 * Comment and review events carry no head SHA, and GITHUB_SHA is then the default branch: a
 * check set there never reaches the pull request. Those ask the API.
 */
async function resolvePullRequest(client, github, notices) {
    const number = (0,context/* pullRequestNumber */.Kd)(github);
    if (number === undefined)
        return undefined;
    const fromEvent = github.eventPayload.pull_request;
    if (fromEvent?.head?.sha)
        return { number, headSha: fromEvent.head.sha, ...(fromEvent.user?.login ? { author: fromEvent.user.login } : {}) };
    try {
        const { data } = await client.rest.pulls.get({ owner: github.owner, repo: github.repo, pull_number: number });
        return { number, headSha: data.head.sha, ...(data.user?.login ? { author: data.user.login } : {}) };
    }
    catch (error) {
        notices.push((0,api_failure/* describeApiFailure */.g)(error, `read pull request #${number} to find its head commit`));
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/github/settings.ts
var github_settings = __webpack_require__(9518);
;// CONCATENATED MODULE: ./src/github/publish.ts
/**
 * Every GitHub surface for one run. Never throws and never touches the verdict: a reporting
 * problem becomes a notice, and the job summary and exit code still tell.
 */












/** Room kept free under the comment limit for the marker and GitHub's own counting. */
const COMMENT_BUDGET = report_budget/* COMMENT_MAX_CHARS */.dq - 1_536;
const API_UNAVAILABLE_NOTICE = 'GitHub API unavailable (rate limits or outages outlasted the wait budget); gave up publishing. The job summary holds the report and the verdict is unchanged.';
/**
 * Writes the sticky comment, check run and commit status for one run, as the event and settings
 * ask. Resolves with what was written and a notice for everything that was not; never rejects.
 */
async function publishToGitHub(report, settings, github, deps = {}) {
    const result = { notices: [] };
    try {
        await publish(report, settings, github, deps, result);
    }
    catch (error) {
        // Nothing below should throw; if it does, the verdict must still stand.
        result.notices.push((0,api_failure/* describeApiFailure */.g)(error, 'publish to GitHub'));
    }
    return result;
}
async function publish(report, settings, github, deps, result) {
    const render = deps.render ?? markdown/* renderMarkdown */.G;
    if (!settings.token) {
        result.notices.push(github_settings/* NO_TOKEN_NOTICE */.z);
        return;
    }
    if (!github.owner || !github.repo)
        return;
    const connection = (deps.createClient ?? createGitHubClient)({
        token: settings.token,
        apiUrl: github.apiUrl,
        maxWaitMs: settings.maxApiWaitMs,
        retryUnitMs: settings.retryUnitMs
    });
    const { client, budget } = connection;
    const redact = (text) => settings.redactor.redact(text);
    const gaveUp = () => budget.exhausted || connection.signal.aborted;
    /** Runs one surface; once the API is given up on, the rest are skipped and one notice says so. */
    const attempt = async (action, write) => {
        if (gaveUp())
            return;
        try {
            await write();
        }
        catch (error) {
            if (!gaveUp())
                result.notices.push((0,api_failure/* describeApiFailure */.g)(error, action));
        }
    };
    const work = async () => {
        const issueNumber = (0,context/* pullRequestNumber */.Kd)(github);
        const pull = deps.pull ?? (gaveUp() ? undefined : await resolvePullRequest(client, github, result.notices));
        const sha = pull?.headSha ?? (0,context/* headSha */.xF)(github);
        const wantsComment = settings.comment !== 'false' && issueNumber !== undefined && github.eventName !== 'merge_group';
        if (wantsComment) {
            const marker = {
                key: settings.commentKey,
                headSha: sha,
                runId: wholeNumber(github.runId) ?? 0,
                ...(wholeNumber(github.runAttempt) ? { attempt: wholeNumber(github.runAttempt) } : {})
            };
            const header = settings.state ? `${renderMarker(marker)}\n${settings.state.line}` : renderMarker(marker);
            const minimalBody = `${header}\n## ${(0,format/* decisionHeading */.tJ)(report.verdict.decision, report.cancelled)}\n\nThe full report did not fit in a comment${github.runUrl ? `: see the [job summary](${github.runUrl})` : ''}.\n`;
            await attempt('write the PR comment', async () => {
                const outcome = await upsertStickyComment(client, { owner: github.owner, repo: github.repo, issueNumber }, {
                    key: settings.commentKey,
                    marker,
                    body: renderOr(minimalBody, () => render(report, { maxLength: COMMENT_BUDGET, redactor: settings.redactor, header, signoffBoxes: true, ...linksOf(settings) }), result.notices),
                    minimalBody,
                    onlyIfExists: settings.comment === 'on-failure' && report.verdict.decision === 'go'
                });
                if (outcome.action === 'skipped')
                    result.notices.push(`PR comment not written: ${outcome.reason}.`);
                else
                    result.commentUrl = outcome.url;
            });
        }
        if (settings.checkRun) {
            await attempt('create the check run', async () => {
                const fallback = `## ${(0,format/* decisionHeading */.tJ)(report.verdict.decision, report.cancelled)}\n\n${github.runUrl ? `The report is in the [job summary](${github.runUrl}).` : 'The report is in the job summary.'}\n`;
                const summary = renderOr(fallback, () => render(report, { maxLength: report_budget/* CHECK_RUN_TEXT_MAX_CHARS */.Kd - 512, redactor: settings.redactor, ...linksOf(settings) }), result.notices);
                result.checkRunUrl = await publishCheckRun(client, {
                    owner: github.owner,
                    repo: github.repo,
                    headSha: sha,
                    name: settings.checkName,
                    detailsUrl: github.runUrl,
                    ...(settings.state ? { externalId: settings.state.hash } : {})
                }, report, summary, collectAnnotations(report, redact));
            });
        }
        if (settings.statusContext) {
            const context = settings.statusContext;
            await attempt('set the commit status', () => publishCommitStatus(client, { owner: github.owner, repo: github.repo, sha, context, targetUrl: github.runUrl }, report));
        }
    };
    // The plugins' waits are budgeted; this bounds everything else (a connection that never
    // answers). Aborting makes every request still in flight, or yet to come, fail at once.
    let timer;
    const deadline = new Promise((resolve) => {
        timer = setTimeout(() => resolve('timeout'), hardStopMs(settings.maxApiWaitMs));
    });
    const finished = await Promise.race([work().then(() => 'done'), deadline]);
    if (timer)
        clearTimeout(timer);
    if (finished === 'timeout')
        connection.stop();
    if (gaveUp())
        result.notices.push(API_UNAVAILABLE_NOTICE);
}
/** A report that cannot be rendered still gets its verdict published. */
function renderOr(fallback, render, notices) {
    try {
        return render();
    }
    catch (error) {
        const notice = `go-no-go could not render the report for GitHub (${error instanceof Error ? error.message : String(error)}); posted the verdict only.`;
        if (!notices.includes(notice))
            notices.push(notice);
        return fallback;
    }
}
/** The wall-clock limit on publishing: the wait budget plus as much again for the requests themselves, at most 10 s more. */
function hardStopMs(maxApiWaitMs) {
    return maxApiWaitMs + Math.min(maxApiWaitMs, 10_000);
}
function linksOf(settings) {
    return settings.links ? { links: settings.links } : {};
}

// EXTERNAL MODULE: ./src/github/state.ts
var state = __webpack_require__(8862);
;// CONCATENATED MODULE: ./src/github/reevaluate.ts




async function readPreviousRun(client, github, options) {
    const run = await readRun(client, github, options);
    return 'reason' in run ? { found: false, reason: run.reason } : { found: true, run };
}
async function readRun(client, github, options) {
    const notices = [];
    const pull = await resolvePullRequest(client, github, notices);
    // The notice's closing words ("the verdict is unchanged") hold for publishing, not for a reason not to judge.
    if (!pull)
        return { reason: notices.map((notice) => notice.replace(/ The verdict is unchanged;.*$/, '')).join(' ') || 'the event names no pull request' };
    const identity = await findOwnIdentity(client);
    const ours = await listOurComments(client, { owner: github.owner, repo: github.repo, issueNumber: pull.number }, options.commentKey, identity).catch((error) => {
        notices.push((0,api_failure/* describeApiFailure */.g)(error, 'read the sticky comment'));
        return [];
    });
    const comment = ours[0];
    const stored = comment ? (0,state/* readState */.un)(comment.body ?? '') : undefined;
    if (!stored)
        return { pull, ticks: [], notices, unverifiedReason: 'no earlier go-no-go report with gate results on this pull request' };
    let verified = false;
    try {
        const { data } = await client.rest.checks.listForRef({ owner: github.owner, repo: github.repo, ref: stored.state.headSha, check_name: options.checkName, per_page: 100 });
        verified = data.check_runs.some((run) => run.external_id === stored.hash);
    }
    catch (error) {
        notices.push((0,api_failure/* describeApiFailure */.g)(error, 'read the check run that vouches for the stored results'));
    }
    const ticks = verified ? [...stored.state.ticks] : [];
    const edit = github.eventPayload;
    if (github.eventName === 'issue_comment' &&
        edit.action === 'edited' &&
        comment &&
        edit.comment?.id === comment.id &&
        edit.changes?.body?.from !== undefined &&
        edit.sender?.login) {
        for (const change of (0,state/* tickChanges */.XD)(edit.changes.body.from, edit.comment.body ?? '')) {
            ticks.push({
                itemId: change.id,
                action: change.action,
                login: edit.sender.login,
                at: edit.comment.updated_at ?? new Date().toISOString(),
                via: 'tick',
                sha: pull.headSha,
                url: comment.html_url
            });
        }
    }
    if (!verified)
        return { pull, ticks, notices, unverifiedReason: 'the stored results in the go-no-go comment do not match the check run (edited, or the check run is missing)' };
    return { pull, state: stored.state, ticks, notices };
}

;// CONCATENATED MODULE: ./src/signoff/commands.ts
/** `/signoff <id> [<id> …]` and `/revoke <id> [<id> …]`, each at the start of its own line. */
const COMMAND = /^\s*\/(signoff|sign-off|revoke)((?:[ \t]+[a-z0-9][a-z0-9_-]*)+)[ \t]*$/gm;
function parseSignoffCommands(text) {
    const commands = [];
    for (const match of text.matchAll(COMMAND)) {
        commands.push({ action: match[1] === 'revoke' ? 'revoke' : 'signoff', ids: match[2].trim().split(/[ \t]+/) });
    }
    return commands;
}

;// CONCATENATED MODULE: ./src/github/signoffs.ts
/**
 * Gathers sign-offs for a pull request: `/signoff` and `/revoke` comments and approving reviews
 * that say `/signoff <id>`, with the facts needed to judge them (repository permission, team
 * membership, files changed since). Read fresh every run, so nothing a person can edit later
 * (such as our own comment) is trusted as a record.
 */



/**
 * Lists the pull request's commits at most once, however often asked: judging ticks (before the
 * gates) and placing sign-offs on a head (after them) share one answer. Never rejects.
 */
function pullCommitsOnce(client, target) {
    let listed;
    return () => (listed ??= client
        .paginate(client.rest.pulls.listCommits, { owner: target.owner, repo: target.repo, pull_number: target.pullNumber, per_page: 100 })
        .then((commits) => ({ commits: commits }))
        .catch((error) => ({ problem: (0,api_failure/* describeApiFailure */.g)(error, 'list the pull request commits') })));
}
async function collectSignoffs(client, target, checklist, earlierEvents = [], readCommits = pullCommitsOnce(client, target)) {
    const notices = [];
    const { owner, repo, pullNumber } = target;
    const events = [...earlierEvents];
    const listed = await readCommits();
    if ('problem' in listed)
        notices.push(listed.problem);
    const commits = 'commits' in listed ? listed.commits : [];
    const headAt = (time) => {
        let sha;
        for (const commit of commits)
            if ((commit.commit.committer?.date ?? '') <= time)
                sha = commit.sha;
        return sha;
    };
    const comments = await client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: pullNumber, per_page: 100 }).catch((error) => {
        notices.push((0,api_failure/* describeApiFailure */.g)(error, 'read sign-off comments'));
        return [];
    });
    for (const comment of comments) {
        if (!comment.user || !comment.body)
            continue;
        for (const command of parseSignoffCommands(comment.body)) {
            for (const itemId of command.ids) {
                const sha = headAt(comment.created_at);
                events.push({ itemId, action: command.action, login: comment.user.login, at: comment.created_at, via: 'comment', url: comment.html_url, ...(sha ? { sha } : {}) });
            }
        }
    }
    const reviews = await client.paginate(client.rest.pulls.listReviews, { owner, repo, pull_number: pullNumber, per_page: 100 }).catch((error) => {
        notices.push((0,api_failure/* describeApiFailure */.g)(error, 'read reviews'));
        return [];
    });
    for (const review of reviews) {
        if (review.state !== 'APPROVED' || !review.user || !review.body)
            continue;
        for (const command of parseSignoffCommands(review.body)) {
            for (const itemId of command.ids) {
                events.push({
                    itemId,
                    action: command.action,
                    login: review.user.login,
                    at: review.submitted_at ?? '',
                    via: 'review',
                    url: review.html_url,
                    ...(review.commit_id ? { sha: review.commit_id } : {})
                });
            }
        }
    }
    const permissions = new Map();
    for (const login of new Set(events.filter((event) => event.action === 'signoff').map((event) => event.login))) {
        try {
            const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: login });
            permissions.set(login, toPermission(data.role_name ?? data.permission));
        }
        catch (error) {
            // Unknown permission is no permission: a sign-off we cannot check does not count.
            permissions.set(login, 'none');
            if (error.status !== 404)
                notices.push((0,api_failure/* describeApiFailure */.g)(error, `read @${login}'s permission`));
        }
    }
    const teams = new Map();
    const teamsNamed = new Set((0,types/* allItems */.au)(checklist).flatMap((item) => (item.kind === 'manual' ? item.approvers.filter((approver) => approver.startsWith('team:')).map((approver) => approver.slice(5)) : [])));
    for (const team of teamsNamed) {
        const [org, slug] = team.split('/');
        for (const login of permissions.keys()) {
            try {
                const { data } = await client.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: login });
                teams.set(`${team}|${login}`, data.state === 'active');
            }
            catch (error) {
                const status = error.status;
                teams.set(`${team}|${login}`, status === 404 ? false : undefined);
                if (status !== 404)
                    notices.push((0,api_failure/* describeApiFailure */.g)(error, `read membership of team ${team} (the token needs members:read)`));
            }
        }
    }
    const changed = new Map();
    const needsPaths = (0,types/* allItems */.au)(checklist).some((item) => item.kind === 'manual' && item.paths.length > 0);
    if (needsPaths) {
        for (const sha of new Set(events.map((event) => event.sha).filter((sha) => !!sha && sha !== target.headSha))) {
            try {
                const { data } = await client.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${sha}...${target.headSha}` });
                changed.set(sha, (data.files ?? []).map((file) => file.filename));
            }
            catch (error) {
                changed.set(sha, undefined);
                notices.push((0,api_failure/* describeApiFailure */.g)(error, `compare ${sha.slice(0, 7)} with the head`));
            }
        }
    }
    return {
        events,
        notices,
        facts: {
            ...(target.author ? { pullRequestAuthor: target.author } : {}),
            headSha: target.headSha,
            permissionOf: (login) => permissions.get(login) ?? 'none',
            isTeamMember: (team, login) => teams.get(`${team}|${login}`),
            changedSince: (sha) => changed.get(sha)
        }
    };
}
function toPermission(value) {
    switch (value) {
        case 'admin':
        case 'maintain':
        case 'write':
        case 'triage':
        case 'read':
            return value;
        default:
            return 'none';
    }
}
/**
 * Sign-offs for the run's pull request, on the run's one GitHub connection. undefined when no
 * manual item is left to sign. Never throws: a failure leaves every sign-off pending, with a notice.
 */
async function gatherSignoffs(client, github, pull, checklist, ticks, readCommits) {
    if (!(0,types/* allItems */.au)(checklist).some((item) => item.kind === 'manual' && !item.signedOff))
        return undefined;
    try {
        const target = { owner: github.owner, repo: github.repo, pullNumber: pull.number, headSha: pull.headSha, author: pull.author };
        return await collectSignoffs(client, target, checklist, ticks, readCommits);
    }
    catch (error) {
        const facts = { headSha: pull.headSha, permissionOf: () => 'none', isTeamMember: () => undefined, changedSince: () => undefined };
        return { events: [], facts, notices: [(0,api_failure/* describeApiFailure */.g)(error, 'read sign-offs')] };
    }
}

// EXTERNAL MODULE: ./src/github/stored-judgement.ts
var stored_judgement = __webpack_require__(2234);
;// CONCATENATED MODULE: ./src/github/api.ts
/**
 * Everything a run needs from GitHub's API, behind one door, so that main.ts says in one place
 * what it asks of GitHub (and a run without a token asks nothing of it).
 */









/***/ })

};
