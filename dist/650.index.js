"use strict";
exports.id = 650;
exports.ids = [650];
exports.modules = {

/***/ 8650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/action/reporter.ts + 1 modules
var action_reporter = __webpack_require__(5029);
// EXTERNAL MODULE: ./src/action/inputs.ts
var inputs = __webpack_require__(1729);
// EXTERNAL MODULE: ./src/cancel.ts
var cancel = __webpack_require__(833);
// EXTERNAL MODULE: ./src/durations.ts
var durations = __webpack_require__(5534);
// EXTERNAL MODULE: ./src/gitlab/client.ts + 4 modules
var client = __webpack_require__(8330);
// EXTERNAL MODULE: ./src/gitlab/errors.ts
var errors = __webpack_require__(9452);
// EXTERNAL MODULE: ./src/gitlab/endpoints.ts + 1 modules
var endpoints = __webpack_require__(359);
;// CONCATENATED MODULE: ./src/job-logs.ts

const MAX_LOG_LINES = 300;
const MAX_LOG_BYTES = 64 * 1024;
function jobsWithLogsToShow(jobs, which) {
    if (which === 'none')
        return [];
    const shown = which === 'all'
        ? jobs.filter(job => job.status !== 'created' && job.status !== 'skipped' && job.status !== 'manual')
        : jobs.filter(job => job.status === 'failed');
    return [...shown].sort((a, b) => a.id - b.id);
}
/** Prints each job's log in a collapsed group; a log that cannot be read is a warning, not a failure. */
async function printJobLogs(client, project, jobs, reporter, retry) {
    for (const job of jobs) {
        try {
            const trace = await (0,endpoints/* getJobTrace */.dX)(client, project, job.id, retry);
            reporter.group(`Log of ${job.stage} › ${job.name} (${job.status})`, tailOfLog(trace, job.web_url));
        }
        catch (error) {
            reporter.warning(`Could not read the log of job ${job.name}: ${error.message}`);
        }
    }
}
/**
 * The readable end of a job log: GitLab's collapsible-section markers removed, and only the
 * last lines kept, with a note of how much was cut and where the whole log is.
 */
function tailOfLog(trace, webUrl) {
    // section_start:1700000000:step_script\r\e[0K  (GitLab's log section markers)
    const cleaned = trace
        // eslint-disable-next-line no-control-regex -- the marker ends with an ANSI escape
        .replace(/section_(?:start|end):\d+:[^\r\n]*?\r\x1b\[0K/g, '')
        .replace(/\r\n/g, '\n')
        .trimEnd();
    if (cleaned === '')
        return `(the log is empty) ${webUrl}`;
    const lines = cleaned.split('\n');
    let kept = lines.slice(-MAX_LOG_LINES).join('\n');
    // A single huge line (progress bars redrawn with \r) is cut by bytes too; drop a split character.
    if (Buffer.byteLength(kept) > MAX_LOG_BYTES)
        kept = Buffer.from(kept)
            .subarray(-MAX_LOG_BYTES)
            .toString('utf8')
            .replace(/^\uFFFD+/, '');
    if (kept.length === cleaned.length)
        return kept;
    const cutLines = lines.length - kept.split('\n').length;
    const cutBytes = Buffer.byteLength(cleaned) - Buffer.byteLength(kept);
    const what = cutLines > 0
        ? `${cutLines} earlier lines (${formatBytes(cutBytes)})`
        : `the first ${formatBytes(cutBytes)}`;
    return [`… ${what} not shown; full log: ${webUrl}`, kept].join('\n');
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

// EXTERNAL MODULE: ./src/far-side-text.ts
var far_side_text = __webpack_require__(4662);
;// CONCATENATED MODULE: ./src/summary.ts


const ICONS = {
    success: '✅',
    failed: '❌',
    canceled: '⏹️',
    canceling: '⏹️',
    skipped: '⏭️',
    manual: '⏸️',
    scheduled: '🕒',
    running: '🔄',
    pending: '⏳',
    created: '🆕',
    waiting_for_resource: '⏳',
    preparing: '⏳',
    timeout: '⌛'
};
/** A status with its icon, as Markdown text (GitLab may send a status this tool does not know). */
function statusWithIcon(status, allowFailure = false) {
    if (status === 'failed' && allowFailure)
        return '⚠️ failed (allowed)';
    return `${ICONS[status] ?? '•'} ${(0,far_side_text/* markdownText */.p7)(status)}`;
}
/**
 * The runner refuses a step summary over 1 MiB (actions/runner FileCommandManager.cs,
 * AttachmentSizeLimit). Rows are added while the whole stays under this many bytes, which leaves
 * room for the closing line and for the runner's own masking.
 */
const SUMMARY_BUDGET_BYTES = 1000 * 1024;
/**
 * The job summary: the pipeline, its status, and its jobs grouped by stage. Every text from GitLab
 * is shown as text (far-side-text.ts); past the byte budget the table ends with the number of
 * jobs left out and a link to the pipeline.
 */
function summaryMarkdown({ pipeline, status, projectPath, jobs, bridges }) {
    const duration = pipeline.duration === null ? '' : ` · ${(0,durations/* formatDuration */.a)(pipeline.duration * 1000)}`;
    const head = [...heading(pipeline, status, projectPath, duration), ''];
    const all = [...jobs, ...bridges].sort((a, b) => a.id - b.id);
    if (all.length === 0)
        return [...head, '_No jobs._', ''].join('\n');
    head.push('| Stage | Job | Status | Duration | |', '| --- | --- | --- | --- | --- |');
    const lines = [...head];
    let bytes = byteLength(lines);
    const leftOutLine = (count) => `_${count} more ${count === 1 ? 'job' : 'jobs'} not shown, to keep this summary under GitHub's 1 MiB limit: see ${(0,far_side_text/* markdownLink */.iQ)(`pipeline #${pipeline.id}`, pipeline.web_url)}._`;
    // Room for the closing line whatever the count.
    const budget = SUMMARY_BUDGET_BYTES - Buffer.byteLength(leftOutLine(all.length)) - 16;
    let shown = 0;
    // Rows go in stage order; once one does not fit, the rest are counted, not shown.
    rows: for (const [stage, stageJobs] of groupByStage(all)) {
        for (const [index, job] of stageJobs.entries()) {
            const row = jobRow(job, index === 0 ? stage : '');
            const rowBytes = Buffer.byteLength(row) + 1;
            if (bytes + rowBytes > budget)
                break rows;
            lines.push(row);
            bytes += rowBytes;
            shown++;
        }
    }
    if (shown < all.length)
        lines.push('', leftOutLine(all.length - shown));
    return [...lines, ''].join('\n');
}
/** The summary of a pipeline that was triggered and not waited for. */
function triggeredSummaryMarkdown(pipeline, projectPath) {
    return [
        ...heading(pipeline, pipeline.status, projectPath, ''),
        '',
        'Triggered; this step did not wait for it to end.',
        ''
    ].join('\n');
}
function heading(pipeline, status, projectPath, duration) {
    // A commit id is hex; anything else from GitLab is shown as text, not in a code span.
    const sha = pipeline.sha.slice(0, 8);
    const commit = /^[0-9a-f]+$/i.test(sha) ? `\`${sha}\`` : (0,far_side_text/* markdownText */.p7)(sha);
    return [
        `### GitLab pipeline ${(0,far_side_text/* markdownLink */.iQ)(`#${pipeline.id}`, pipeline.web_url)}: ${statusWithIcon(status)}`,
        '',
        `${(0,far_side_text/* markdownText */.p7)(projectPath)} · ref ${(0,far_side_text/* markdownText */.p7)(pipeline.ref)} · commit ${commit}${duration}`
    ];
}
function jobRow(job, stage) {
    const downstream = job.downstream_pipeline;
    const link = downstream
        ? (0,far_side_text/* markdownLink */.iQ)('downstream', downstream.web_url)
        : (0,far_side_text/* markdownLink */.iQ)('log', job.web_url);
    const time = job.duration === null ? '' : (0,durations/* formatDuration */.a)(job.duration * 1000);
    return `| ${(0,far_side_text/* markdownText */.p7)(stage)} | ${(0,far_side_text/* markdownText */.p7)(job.name)} | ${statusWithIcon(job.status, job.allow_failure)} | ${time} | ${link} |`;
}
/** Stages in the order their first job was created, which is the pipeline's stage order. */
function groupByStage(jobs) {
    const stages = new Map();
    for (const job of jobs) {
        const stage = stages.get(job.stage);
        if (stage)
            stage.push(job);
        else
            stages.set(job.stage, [job]);
    }
    return stages;
}
function byteLength(lines) {
    return lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
}

;// CONCATENATED MODULE: ./src/token-check.ts


// Pipeline inputs on the trigger API: 17.10 behind a feature flag that is off, 17.11 with it on by
// default, 18.1 for everyone. Before that GitLab drops them without a word (docs/gitlab.md).
const INPUTS_FROM = [17, 11];
const INPUTS_GA = [18, 1];
/**
 * What must hold before the trigger, asked all at once so it costs one round trip (docs/contract.md,
 * Behaviour): with `wait`, the api-token reads the project and its pipelines (a wrong token fails
 * the step before a pipeline exists that nobody watches) and, when a cancel option is on, its
 * scopes allow cancelling; with `inputs`, GitLab is new enough not to drop them. Throws GitLabError.
 */
async function checkApiToken(client, settings, reporter, signal) {
    const quickRetry = { retryIf: (error) => error.transient, maxAttempts: 3, signal };
    const wantsCancel = settings.cancelOnAbort || settings.cancelOnTimeout;
    const hasInputs = Object.keys(settings.inputs).length > 0;
    if (!settings.wait && !hasInputs)
        return;
    const skipped = Promise.resolve(undefined);
    const [project, pipelines, version, token] = await Promise.allSettled([
        settings.wait ? (0,endpoints/* getProject */.U1)(client, settings.project, quickRetry) : skipped,
        settings.wait ? (0,endpoints/* probePipelines */.QR)(client, settings.project, quickRetry) : skipped,
        hasInputs ? (0,endpoints/* getVersion */.HF)(client, quickRetry) : skipped,
        settings.wait && wantsCancel ? (0,endpoints/* getTokenSelfWithKind */.K4)(client, quickRetry) : skipped
    ]);
    if (project.status === 'rejected')
        throw project.reason;
    if (pipelines.status === 'rejected')
        throw cannotReadPipelines(pipelines.reason);
    if (hasInputs)
        checkInputsSupport(version, reporter);
    if (token.status === 'rejected') {
        // 15.0-15.4 (no `self`: 404 or 401), OAuth and CI job tokens cannot describe themselves:
        // the project read above already proved the token, so this is no reason to stop or warn.
        reporter.debug(`Could not read the api-token's scopes: ${token.reason.message}`);
    }
    else if (token.value) {
        const { scopes, granular } = token.value;
        if (granular === true || scopes.includes('granular')) {
            // Fine-grained tokens name a permission per route instead of classic scopes; whether this
            // one may cancel shows only when it tries.
            reporter.debug('The api-token is a fine-grained token: its cancel permission is not checked');
        }
        else if (!scopes.includes('api')) {
            reporter.warning(`The api-token has the scopes ${scopes.join(', ') || '(none)'} but not api: it can wait, but cancelling the downstream pipeline on timeout or cancellation will not be possible. Give the token the api scope, or set cancel-on-timeout and cancel-on-abort to false.`, 'api-token cannot cancel');
        }
    }
}
/** A 403 here is a token that sees the project but not its pipelines: a Guest, or a fine-grained token without read_pipeline. */
function cannotReadPipelines(reason) {
    if (!(reason instanceof errors/* GitLabError */.Y) || reason.status !== 403)
        return reason;
    return new errors/* GitLabError */.Y(reason.kind, reason.request, reason.gitlabMessage, 'The API token (api-token) can see the project but not read its pipelines, so it could not follow the pipeline: give its user at least the Reporter role in the project (a Guest cannot read pipelines of a private project), or give a fine-grained token the read_pipeline permission. Nothing was triggered', reason.status);
}
function checkInputsSupport(version, reporter) {
    if (version.status === 'rejected' || !version.value) {
        const why = version.status === 'rejected' ? version.reason.message : 'no answer';
        reporter.warning(`Could not read GitLab's version (${why}): GitLab before 17.11 ignores pipeline inputs sent to the trigger API, and the pipeline then runs with its spec:inputs defaults.`, 'GitLab version unknown');
        return;
    }
    const text = version.value.version;
    const match = /^(\d+)\.(\d+)/.exec(text);
    if (!match)
        return;
    const have = [Number(match[1]), Number(match[2])];
    const atLeast = ([major, minor]) => have[0] > major || (have[0] === major && have[1] >= minor);
    if (!atLeast(INPUTS_FROM)) {
        throw new errors/* GitLabError */.Y('http', 'GET /version', `GitLab ${text} ignores pipeline inputs sent to the trigger API (they arrive in 17.11), so the pipeline would run with its spec:inputs defaults`, 'Upgrade GitLab to 17.11 or later, or pass these values as variables instead of inputs. Nothing was triggered');
    }
    if (!atLeast(INPUTS_GA)) {
        reporter.warning(`GitLab ${text} takes pipeline inputs on the trigger API only while the ci_inputs_for_pipelines feature flag is on (the default from 17.11, always from 18.1); with it off they are ignored and the pipeline runs with its spec:inputs defaults.`, 'Pipeline inputs may be ignored');
    }
}

;// CONCATENATED MODULE: ./src/job-lines.ts
/** `test › integration: running → failed  https://…/-/jobs/12` */
function describeJobChange({ job, from, to }) {
    const transition = from ? `${from} → ${to}` : to;
    const downstream = job.downstream_pipeline;
    const link = downstream ? `downstream pipeline ${downstream.web_url}` : job.web_url;
    return `${job.stage} › ${job.name}: ${transition}  ${link}`;
}

;// CONCATENATED MODULE: ./src/job-changes.ts
/**
 * Statuses of a job (or bridge) that is queued or running and so will change by itself. A
 * `created` job is not among them: behind a blocking manual job it stays `created` for good, and
 * the pipeline, then `manual`, must still be read.
 */
const PROGRESSING_JOB_STATUSES = new Set([
    'waiting_for_resource',
    'preparing',
    'waiting_for_callback',
    'pending',
    'running',
    'canceling',
    'scheduled'
]);
function isProgressingJob(job) {
    return PROGRESSING_JOB_STATUSES.has(job.status);
}
/**
 * Remembers each job's last seen status and tells what changed since the previous poll,
 * so the log gets one line per change rather than one per poll. A job first seen as `created`
 * is not news (every job of a new pipeline starts so); its first real change is.
 */
class JobTracker {
    seen = new Map();
    update(jobs) {
        const changes = [];
        // GitLab lists newest first; report in creation order so stages read top to bottom.
        for (const job of [...jobs].sort((a, b) => a.id - b.id)) {
            const from = this.seen.get(job.id);
            const news = from === undefined ? job.status !== 'created' : from !== job.status;
            if (news)
                changes.push({ job, from, to: job.status });
            this.seen.set(job.id, job.status);
        }
        return changes;
    }
}

// EXTERNAL MODULE: ./src/pipeline-status.ts
var pipeline_status = __webpack_require__(1948);
;// CONCATENATED MODULE: ./src/poll-delays.ts
/**
 * The pause before the next status check: 1 s at first, growing by a tenth of the time
 * already waited, up to poll-interval. A 20 s pipeline is then seen within about 3 s of its
 * end, and a long one costs about one check per poll-interval.
 */
function nextPollDelay(elapsedMs, pollIntervalMs) {
    return Math.round(Math.min(pollIntervalMs, Math.max(1_000, 1_000 + elapsedMs / 10)));
}

// EXTERNAL MODULE: ./src/retry.ts
var src_retry = __webpack_require__(9809);
// EXTERNAL MODULE: ./src/abort.ts
var abort = __webpack_require__(6885);
;// CONCATENATED MODULE: ./src/wait.ts








// After the deadline, one last look at the pipeline may take this long.
const LAST_LOOK_MS = 10_000;
// With no job change for this long, say that the wait goes on, so a long job does not look hung.
const QUIET_MS = 5 * 60_000;
/**
 * Follows a pipeline until it reaches a final status, the deadline passes or the signal aborts.
 * Transient GitLab failures are retried until the deadline; others are thrown.
 *
 * Each check lists the jobs (one request, which also shows their changes); the pipeline itself
 * is read only when no job is queued or running, because only then can its status be final.
 * At the deadline it looks once more, so a pipeline that ended in the last pause is not called
 * timed out, and a timeout reports the pipeline's current status.
 */
async function waitForPipeline(options) {
    const { client, project, reporter, signal, deadline } = options;
    const state = { outcome: 'ended', pipeline: options.pipeline, jobs: [], bridges: [] };
    const tracker = new JobTracker();
    const started = Date.now();
    let watchBridges = true;
    let lastNews = started;
    // Ends requests in flight on cancellation, or when even the last look takes too long.
    const limit = (0,abort/* timeLimit */.z)(Math.max(0, deadline - started) + LAST_LOOK_MS, signal);
    const stop = limit.signal;
    const retry = {
        retryIf: (error) => error.transient,
        maxAttempts: Infinity,
        deadline,
        signal: stop,
        onRetry: (error, delayMs) => reporter.info(`${error.request}: ${error.gitlabMessage || error.message}; trying again in ${(0,durations/* formatDuration */.a)(delayMs)}`)
    };
    const check = async (readPipeline) => {
        state.jobs = await (0,endpoints/* listJobs */.N6)(client, project, state.pipeline.id, retry);
        if (watchBridges) {
            state.bridges = await (0,endpoints/* listBridges */.X9)(client, project, state.pipeline.id, retry);
            // Trigger jobs exist from the pipeline's creation: none at first means none at all.
            watchBridges = state.bridges.length > 0;
        }
        const all = [...state.jobs, ...state.bridges];
        for (const change of tracker.update(all)) {
            reporter.info(describeJobChange(change));
            lastNews = Date.now();
        }
        if (readPipeline || !all.some(isProgressingJob)) {
            const previous = state.pipeline.status;
            state.pipeline = await (0,endpoints/* getPipeline */.B0)(client, project, state.pipeline.id, retry);
            if (state.pipeline.status !== previous && !(0,pipeline_status/* isFinalStatus */.$)(state.pipeline.status)) {
                reporter.info(`Pipeline #${state.pipeline.id} is ${state.pipeline.status}`);
            }
        }
    };
    try {
        while (!(0,pipeline_status/* isFinalStatus */.$)(state.pipeline.status)) {
            const pause = nextPollDelay(Date.now() - started, options.pollIntervalMs);
            await (0,src_retry/* sleep */.yy)(Math.min(pause, Math.max(0, deadline - Date.now())), stop);
            const lastLook = Date.now() >= deadline;
            await check(lastLook);
            if (lastLook && !(0,pipeline_status/* isFinalStatus */.$)(state.pipeline.status))
                return { ...state, outcome: 'timeout' };
            if (Date.now() - lastNews >= QUIET_MS) {
                reporter.info(stillWaiting(state, Date.now() - started));
                lastNews = Date.now();
            }
        }
        return state;
    }
    catch (error) {
        if (signal.aborted)
            return { ...state, outcome: 'aborted' };
        // Transient failures are retried until the deadline; one still failing then is a timeout.
        if (Date.now() >= deadline && (stop.aborted || error.transient)) {
            const pipeline = await lastLook();
            return { ...state, pipeline, outcome: (0,pipeline_status/* isFinalStatus */.$)(pipeline.status) ? 'ended' : 'timeout' };
        }
        throw error;
    }
    finally {
        limit.dispose();
    }
    /** One try at the pipeline's current status for the timeout message, else what its jobs say. */
    async function lastLook() {
        const look = (0,abort/* timeLimit */.z)(LAST_LOOK_MS, signal);
        try {
            return await (0,endpoints/* getPipeline */.B0)(client, project, state.pipeline.id, {
                ...retry,
                maxAttempts: 1,
                signal: look.signal
            });
        }
        catch {
            const jobs = [...state.jobs, ...state.bridges];
            const seen = jobs.some(job => job.status === 'running')
                ? 'running'
                : jobs.some(isProgressingJob)
                    ? 'pending'
                    : state.pipeline.status;
            return { ...state.pipeline, status: seen };
        }
        finally {
            look.dispose();
        }
    }
}
function stillWaiting({ pipeline, jobs, bridges }, elapsedMs) {
    const running = [...jobs, ...bridges].filter(job => job.status === 'running').map(job => job.name);
    const jobsText = running.length > 0 ? `; running: ${running.join(', ')}` : '';
    return `Still waiting for pipeline #${pipeline.id} (${pipeline.status}${jobsText}), ${(0,durations/* formatDuration */.a)(elapsedMs)} so far`;
}

;// CONCATENATED MODULE: ./src/pipeline-run.ts









const TRIGGER_ATTEMPTS = 5;
/**
 * The product in one function: trigger the pipeline, set the outputs, and with `wait` follow it
 * to its end, show what happened and decide the outcome. Never throws for GitLab failures.
 */
async function triggerAndFollow(settings, reporter, signal) {
    const gitlab = new client/* GitLabClient */.z({ gitlabUrl: settings.gitlabUrl });
    const api = settings.apiToken
        ? new client/* GitLabClient */.z({ gitlabUrl: settings.gitlabUrl, token: settings.apiToken })
        : undefined;
    // Once the trigger request is out, its failures are reported as they are, even after a
    // cancellation: GitLab may have created the pipeline.
    let triggerSent = false;
    try {
        // With wait: the token reads the project and its pipelines; with inputs: GitLab takes them.
        if (api)
            await checkApiToken(api, settings, reporter, signal);
        if (signal.aborted)
            return cancelledBeforeTrigger(reporter);
        triggerSent = true;
        const pipeline = await trigger(gitlab, settings, reporter, signal);
        if (!settings.wait || !api) {
            if (settings.summary)
                await reporter.summary(triggeredSummaryMarkdown(pipeline, settings.project));
            return 0;
        }
        return await follow(api, settings, pipeline, reporter, signal);
    }
    catch (error) {
        // Aborting the pause between two trigger attempts throws the signal's reason, not a GitLabError.
        if (signal.aborted && !(triggerSent && error instanceof errors/* GitLabError */.Y))
            return cancelledBeforeTrigger(reporter);
        if (!(error instanceof errors/* GitLabError */.Y))
            throw error;
        reporter.error(error.message, `GitLab: ${error.request}`);
        return 3;
    }
}
function cancelledBeforeTrigger(reporter) {
    reporter.error('Cancelled before a pipeline was created', 'Cancelled');
    return 1;
}
async function trigger(client, settings, reporter, signal) {
    const names = (label, values) => Object.keys(values).length > 0 ? `; ${label}: ${Object.keys(values).join(', ')}` : '';
    reporter.info(`Triggering a pipeline in ${settings.project} on ${settings.ref} (${settings.gitlabUrl})${names('variables', settings.variables)}${names('inputs', settings.inputs)}`);
    let pipeline;
    try {
        pipeline = await (0,endpoints/* triggerPipeline */.jn)(client, settings.project, {
            token: settings.triggerToken,
            ref: settings.ref,
            variables: settings.variables,
            // GitLab before 17.10 knows no inputs: send them only when given.
            ...(Object.keys(settings.inputs).length > 0 ? { inputs: settings.inputs } : {})
        }, {
            // Only where GitLab cannot have created a pipeline (docs/contract.md section 3.2).
            retryIf: error => error.worthResending,
            maxAttempts: TRIGGER_ATTEMPTS,
            signal,
            onRetry: (error, delayMs) => reporter.info(`${error.gitlabMessage}; trying again in ${(0,durations/* formatDuration */.a)(delayMs)}`)
        });
    }
    catch (error) {
        throw error instanceof errors/* GitLabError */.Y && error.kind !== 'http' && !error.neverSent
            ? mayHaveCreated(error, settings)
            : error;
    }
    await setCreationOutputs(pipeline, reporter);
    // Older GitLab answers a configuration error with 201 and a failed pipeline (docs/gitlab.md 2.4 step 7).
    if (pipeline.status === 'failed' && pipeline.yaml_errors) {
        throw new errors/* GitLabError */.Y('http', 'POST trigger/pipeline', `GitLab created pipeline #${pipeline.id} as failed: ${pipeline.yaml_errors}`, 'The pipeline configuration is invalid: fix .gitlab-ci.yml or the inputs it declares');
    }
    reporter.notice(`Pipeline #${pipeline.id} (${pipeline.status}) on ${pipeline.ref}: ${pipeline.web_url}`, 'GitLab pipeline triggered');
    return pipeline;
}
/** The trigger request went out but its answer was lost: GitLab may have created the pipeline. */
function mayHaveCreated(error, settings) {
    const pipelines = /^\d+$/.test(settings.project)
        ? "the project's pipelines"
        : `${settings.gitlabUrl}/${settings.project}/-/pipelines`;
    const hint = `GitLab may have created the pipeline anyway, so it was not sent again: look at ${pipelines} before running this again`;
    return new errors/* GitLabError */.Y(error.kind, error.request, error.gitlabMessage, hint, error.status, undefined, error.code);
}
async function setCreationOutputs(pipeline, reporter) {
    await reporter.setOutput('pipeline-id', pipeline.id);
    await reporter.setOutput('pipeline-iid', pipeline.iid);
    await reporter.setOutput('web-url', pipeline.web_url);
    await reporter.setOutput('project-id', pipeline.project_id);
    await reporter.setOutput('sha', pipeline.sha);
    await reporter.setOutput('ref', pipeline.ref);
    await reporter.setOutput('status', pipeline.status);
}
async function follow(client, settings, pipeline, reporter, signal) {
    await reporter.saveState({ pipelineId: String(pipeline.id) });
    reporter.info(`Waiting up to ${(0,durations/* formatDuration */.a)(settings.timeoutMs)} for pipeline #${pipeline.id} to end`);
    let result;
    try {
        result = await waitForPipeline({
            client,
            project: settings.project,
            pipeline,
            reporter,
            pollIntervalMs: settings.pollIntervalMs,
            deadline: Date.now() + settings.timeoutMs,
            signal
        });
    }
    catch (error) {
        await reporter.saveState({ finished: 'true' });
        throw error;
    }
    const cancelIf = (wanted, why) => wanted
        ? (0,cancel/* cancelDownstream */.X)(client, settings.project, pipeline.id, pipeline.web_url, reporter, why)
        : undefined;
    if (result.outcome === 'aborted') {
        await cancelIf(settings.cancelOnAbort, 'this run was cancelled');
        await reporter.saveState({ finished: 'true' });
        reporter.error(`This run was cancelled while waiting for pipeline #${pipeline.id}: ${pipeline.web_url}`, 'Cancelled');
        return 1;
    }
    const status = result.outcome === 'timeout' ? 'timeout' : result.pipeline.status;
    // On timeout, cancel first: reading logs for the report can take a while.
    if (result.outcome === 'timeout')
        await cancelIf(settings.cancelOnTimeout, 'timeout reached');
    await report(client, settings, result, status, reporter);
    if (result.outcome === 'timeout') {
        reporter.error(`Pipeline #${pipeline.id} did not end within the timeout of ${(0,durations/* formatDuration */.a)(settings.timeoutMs)}; it was ${result.pipeline.status}: ${pipeline.web_url}`, 'Timed out');
        await reporter.saveState({ finished: 'true' });
        return 1;
    }
    await reporter.saveState({ finished: 'true' });
    if (settings.acceptStatuses.includes(status))
        return 0;
    reporter.error(`Pipeline #${pipeline.id} ended ${status}, which is not in accept-statuses (${settings.acceptStatuses.join(', ')}): ${pipeline.web_url}`, `Pipeline ${status}`);
    return 1;
}
/** Final status, outputs, logs, per-job errors and the job summary. */
async function report(client, settings, result, status, reporter) {
    const { pipeline, jobs, bridges } = result;
    const duration = pipeline.duration === null ? '' : ` after ${(0,durations/* formatDuration */.a)(pipeline.duration * 1000)}`;
    reporter.info(`Pipeline #${pipeline.id} ${status === 'timeout' ? `timed out while ${pipeline.status}` : `ended ${status}${duration}`}: ${pipeline.web_url}`);
    await reporter.setOutput('status', status);
    await reporter.setOutput('duration', pipeline.duration ?? '');
    await reporter.setOutput('jobs', JSON.stringify(jobsOutput([...jobs, ...bridges])));
    const retry = { retryIf: (error) => error.transient, maxAttempts: 3 };
    await printJobLogs(client, settings.project, jobsWithLogsToShow(jobs, settings.jobLogs), reporter, retry);
    for (const job of [...jobs, ...bridges]
        .filter(job => job.status === 'failed')
        .sort((a, b) => a.id - b.id)) {
        const reason = job.failure_reason ? ` (${job.failure_reason.replace(/_/g, ' ')})` : '';
        const message = `${job.stage} › ${job.name} failed${reason}: ${job.web_url}`;
        if (job.allow_failure)
            reporter.warning(`${message} (allowed to fail)`, `GitLab job ${job.name} failed`);
        else
            reporter.error(message, `GitLab job ${job.name} failed`);
    }
    if (settings.summary) {
        await reporter.summary(summaryMarkdown({ pipeline, status, projectPath: settings.project, jobs, bridges }));
    }
}
function jobsOutput(jobs) {
    return [...jobs]
        .sort((a, b) => a.id - b.id)
        .map(({ id, name, stage, status, web_url, duration, allow_failure }) => ({
        id,
        name,
        stage,
        status,
        web_url,
        duration,
        allow_failure
    }));
}

// EXTERNAL MODULE: ./src/settings.ts + 2 modules
var settings = __webpack_require__(3850);
;// CONCATENATED MODULE: ./src/signals.ts
/**
 * An AbortSignal that fires on SIGINT or SIGTERM. The runner cancels a step with SIGINT, then
 * SIGTERM 7.5 s later, then kills the process tree (actions/runner ProcessInvoker.cs).
 */
function abortOnSignals() {
    const controller = new AbortController();
    const onSignal = (signal) => controller.abort(new Error(`received ${signal}`));
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    return controller.signal;
}

;// CONCATENATED MODULE: ./src/main.ts





/** The action's main step: read the inputs, trigger (and follow) the pipeline, fail the step unless it went well. */
async function run() {
    const reporter = new action_reporter/* ActionReporter */.U();
    try {
        const settings = (0,inputs/* readSettings */.s)(reporter);
        const exitCode = await triggerAndFollow(settings, reporter, abortOnSignals());
        if (exitCode !== 0)
            process.exitCode = 1;
    }
    catch (error) {
        process.exitCode = 1;
        if (error instanceof settings/* InputError */.dz) {
            for (const issue of error.issues)
                reporter.error(`Input "${issue.input}" ${issue.message}`, `Invalid input: ${issue.input}`);
        }
        else {
            reporter.error(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
}


/***/ })

};
;