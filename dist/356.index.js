"use strict";
exports.id = 356;
exports.ids = [356];
exports.modules = {

/***/ 2356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/action/log.ts + 1 modules
var action_log = __webpack_require__(8864);
// EXTERNAL MODULE: ./src/action/inputs.ts
var inputs = __webpack_require__(1729);
// EXTERNAL MODULE: ./src/runtime/clock.ts
var runtime_clock = __webpack_require__(9842);
// EXTERNAL MODULE: ./src/settings/durations.ts
var durations = __webpack_require__(3080);
// EXTERNAL MODULE: ./src/gitlab/client.ts
var client = __webpack_require__(696);
// EXTERNAL MODULE: ./src/gitlab/errors.ts
var errors = __webpack_require__(9452);
// EXTERNAL MODULE: ./src/gitlab/trigger.ts
var trigger = __webpack_require__(6827);
// EXTERNAL MODULE: ./src/gitlab/retry.ts
var retry = __webpack_require__(2177);
// EXTERNAL MODULE: ./src/run/start/rerun-identity.ts
var rerun_identity = __webpack_require__(8003);
// EXTERNAL MODULE: ./src/run/run-context.ts
var run_context = __webpack_require__(8094);
;// CONCATENATED MODULE: ./src/run/trigger-and-follow.ts








const TRIGGER_RETRY_CAP_MS = 5 * 60_000;
async function triggerAndFollow(settings, context) {
    const { log, hooks = {}, signal, clock = runtime_clock/* realClock */.d, tempDir, onGitLabRequest } = context;
    const run = {
        settings,
        log,
        hooks,
        signal,
        clock,
        tempDir,
        shared: context.shared,
        result: { outcome: 'gitlab-error', jobs: [], startedAt: clock.now(), endedAt: 0 }
    };
    const made = { clock, onGitLabRequest, instance: context.shared?.instance ?? {} };
    const gitlab = new client/* GitLabClient */.zZ((0,run_context/* clientOptions */.s1)(settings, made));
    const api = settings.apiToken
        ? new client/* GitLabClient */.zZ((0,run_context/* clientOptions */.s1)(settings, made, settings.apiToken))
        : undefined;
    let triggerSent = false;
    try {
        if (api && !context.shared?.apiTokenChecked) {
            const { checkApiToken } = await Promise.all(/* import() */[__webpack_require__.e(50), __webpack_require__.e(37)]).then(__webpack_require__.bind(__webpack_require__, 4037));
            await checkApiToken(api, settings, log, signal, clock);
        }
        if (signal.aborted)
            return cancelledBeforeTrigger(run);
        if (settings.pipelineId !== undefined && api)
            return await follow(api, await attach(api, run), run);
        const marker = await rerunMarker(api, run);
        if (typeof marker === 'object') {
            if (!settings.wait || !api)
                return (0,run_context/* finish */.O9)(run, 'triggered');
            return await follow(api, marker, run);
        }
        triggerSent = true;
        const pipeline = await triggerMarked(gitlab, api, run, marker ?? (api && (0,rerun_identity/* invocationMarker */.xQ)()));
        if (!settings.wait || !api)
            return (0,run_context/* finish */.O9)(run, 'triggered');
        return await follow(api, pipeline, run);
    }
    catch (error) {
        if (signal.aborted && !(triggerSent && error instanceof errors/* GitLabError */.Y))
            return cancelledBeforeTrigger(run);
        if (!(error instanceof errors/* GitLabError */.Y))
            throw error;
        log.error(error.message, `GitLab: ${error.request}`);
        return (0,run_context/* finish */.O9)(run, 'gitlab-error', error.message, error);
    }
}
function cancelledBeforeTrigger(run) {
    const reason = 'Cancelled before a pipeline was created';
    run.log.error(reason, 'Cancelled');
    return (0,run_context/* finish */.O9)(run, 'aborted', reason);
}
async function rerunMarker(api, run) {
    const { settings, log, clock, signal } = run;
    if (!settings.rerun || settings.onRerun !== 'reuse')
        return undefined;
    if (!api) {
        if (settings.rerun.attempt > 1)
            log.warning('This is a re-run, but on-rerun: reuse needs an api-token to find the pipeline an earlier attempt triggered: triggering a new one', 'Re-run triggers a new pipeline');
        return undefined;
    }
    const { marker, attempt } = settings.rerun;
    if (attempt <= 1)
        return marker;
    const { findEarlierPipeline, reuseEarlierPipeline } = await Promise.all(/* import() */[__webpack_require__.e(50), __webpack_require__.e(572)]).then(__webpack_require__.bind(__webpack_require__, 4572));
    const earlier = await findEarlierPipeline(api, settings, marker, log, clock, signal);
    if (earlier === undefined)
        return marker;
    const { pipeline, retried } = await reuseEarlierPipeline(api, settings, earlier, log, clock, signal);
    run.result.pipeline = pipeline;
    run.result.createdAt = clock.now();
    run.result.reused = retried ? 'retried' : 'followed';
    await (0,run_context/* callHook */.Kj)(run, () => run.hooks.pipelineCreated?.(pipeline));
    return pipeline;
}
async function triggerMarked(client, api, run, marker) {
    if (marker === undefined)
        return trigger_and_follow_trigger(client, api, run, { marker, markerRefused: false });
    try {
        return await trigger_and_follow_trigger(client, api, run, { marker, markerRefused: false });
    }
    catch (error) {
        const refused = error instanceof errors/* GitLabError */.Y &&
            error.status === 400 &&
            /Insufficient permissions to set pipeline variables/i.test(error.gitlabMessage) &&
            Object.keys(run.settings.variables).length === 0;
        if (!refused)
            throw error;
        (await __webpack_require__.e(/* import() */ 731).then(__webpack_require__.bind(__webpack_require__, 4731))).warnMarkerRefused(run);
        return trigger_and_follow_trigger(client, api, run, { marker: undefined, markerRefused: true });
    }
}
async function trigger_and_follow_trigger(client, api, run, marking) {
    const { settings, log, clock, signal } = run;
    const names = (label, values) => Object.keys(values).length > 0 ? `; ${label}: ${Object.keys(values).join(', ')}` : '';
    log.info(`Triggering a pipeline in ${settings.project} on ${settings.ref} (${settings.gitlabUrl})${names('variables', settings.variables)}${names('inputs', settings.inputs)}`);
    const sentAt = clock.now();
    let pipeline;
    try {
        pipeline = await sendTrigger(client, run, marking.marker);
    }
    catch (error) {
        const { answerWasLost, recoverLostAnswer } = await Promise.all(/* import() */[__webpack_require__.e(50), __webpack_require__.e(629)]).then(__webpack_require__.bind(__webpack_require__, 629));
        if (!answerWasLost(error))
            throw error;
        pipeline = await recoverLostAnswer(error, { ...marking, sentAt }, { api, settings, log, clock, signal, deadline: sentAt + settings.timeoutMs });
    }
    return announce(run, pipeline);
}
async function sendTrigger(client, run, marker) {
    const { settings, log, clock, signal } = run;
    const budgetMs = Math.min(settings.timeoutMs, TRIGGER_RETRY_CAP_MS);
    const deadline = clock.now() + budgetMs;
    try {
        return await (0,trigger/* triggerPipeline */.j)(client, settings.project, {
            token: settings.triggerToken,
            ref: settings.ref,
            variables: { ...settings.variables, ...(marker ? { [rerun_identity/* RERUN_MARKER */.s3]: marker } : {}) },
            ...(Object.keys(settings.inputs).length > 0 ? { inputs: settings.inputs } : {})
        }, (0,retry/* triggerPolicy */.LF)({
            deadline,
            signal,
            clock,
            onRetry: (error, delayMs) => log.info(`${error.gitlabMessage}; trying again in ${(0,durations/* formatDuration */.a)(delayMs)}`)
        }));
    }
    catch (error) {
        if (error instanceof errors/* GitLabError */.Y &&
            error.status === 429 &&
            error.retryAfterMs !== undefined &&
            clock.now() + error.retryAfterMs >= deadline)
            throw (await __webpack_require__.e(/* import() */ 731).then(__webpack_require__.bind(__webpack_require__, 4731))).retryLater(error, budgetMs, clock);
        throw error;
    }
}
async function announce(run, pipeline) {
    const { log, clock } = run;
    run.result.pipeline = pipeline;
    run.result.createdAt = clock.now();
    const yamlError = pipeline.status === 'failed' && pipeline.yaml_errors;
    if (yamlError)
        log.info(`Pipeline #${pipeline.id}: ${pipeline.web_url}`);
    else
        log.notice(`Pipeline #${pipeline.id} (${pipeline.status}) on ${pipeline.ref}: ${pipeline.web_url}`, 'GitLab pipeline triggered');
    await (0,run_context/* callHook */.Kj)(run, () => run.hooks.pipelineCreated?.(pipeline));
    if (yamlError) {
        throw new errors/* GitLabError */.Y({
            kind: 'http',
            request: 'POST trigger/pipeline',
            gitlabMessage: `GitLab created pipeline #${pipeline.id} as failed: ${pipeline.yaml_errors}`,
            hint: 'The pipeline configuration is invalid: fix .gitlab-ci.yml or the inputs it declares'
        });
    }
    return pipeline;
}
async function attach(client, run) {
    const { settings, log, signal } = run;
    const id = settings.pipelineId;
    log.info(`Following pipeline #${id} of ${settings.project} (${settings.gitlabUrl})`);
    const { getPipeline } = await Promise.all(/* import() */[__webpack_require__.e(50), __webpack_require__.e(661)]).then(__webpack_require__.bind(__webpack_require__, 5661));
    const pipeline = await getPipeline(client, settings.project, id, (0,retry/* quickReadPolicy */.A2)({ signal }));
    run.result.pipeline = pipeline;
    run.result.createdAt = run.clock.now();
    log.notice(`Pipeline #${pipeline.id} (${pipeline.status}) on ${pipeline.ref}: ${pipeline.web_url}`, 'GitLab pipeline followed');
    await (0,run_context/* callHook */.Kj)(run, () => run.hooks.pipelineCreated?.(pipeline));
    return pipeline;
}
async function follow(client, pipeline, run) {
    const { followRun } = await Promise.all(/* import() */[__webpack_require__.e(50), __webpack_require__.e(663), __webpack_require__.e(910), __webpack_require__.e(85)]).then(__webpack_require__.bind(__webpack_require__, 9085));
    return followRun(client, pipeline, run);
}

// EXTERNAL MODULE: ./src/settings/settings.ts + 1 modules
var settings = __webpack_require__(2312);
;// CONCATENATED MODULE: ./src/runtime/signals.ts
function abortOnSignals() {
    const controller = new AbortController();
    const onSignal = (signal) => controller.abort(new Error(`received ${signal}`));
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    return controller.signal;
}

;// CONCATENATED MODULE: ./src/action/main.ts






const outputs = () => __webpack_require__.e(/* import() */ 948).then(__webpack_require__.bind(__webpack_require__, 8948));
async function run() {
    const log = new action_log/* ActionLog */.nq();
    let runnerFiles;
    const files = () => (runnerFiles ??= __webpack_require__.e(/* import() */ 700).then(__webpack_require__.bind(__webpack_require__, 5700)).then(({ RunnerFiles }) => new RunnerFiles(log)));
    try {
        const read = (0,inputs/* readSettings */.s)(log);
        const settings = { ...read, rerun: await (0,rerun_identity/* rerunIdentity */.vQ)(process.env, read) };
        if (settings.targets) {
            const { runTargetsStep } = await Promise.all(/* import() */[__webpack_require__.e(50), __webpack_require__.e(663), __webpack_require__.e(910), __webpack_require__.e(212)]).then(__webpack_require__.bind(__webpack_require__, 9212));
            const signal = abortOnSignals();
            return await runTargetsStep(settings, log, files, { triggerAndFollow: triggerAndFollow, signal });
        }
        const hooks = {
            pipelineCreated: async (pipeline) => (await files()).setOutputs((await outputs()).creationOutputs(pipeline)),
            watchStarted: async (pipeline, projectId) => (await files()).saveState({ pipelineId: String(pipeline.id), projectId }),
            watchEnded: async () => (await files()).saveState({ finished: 'true' })
        };
        const result = await triggerAndFollow(settings, {
            log,
            hooks,
            signal: abortOnSignals(),
            tempDir: process.env.RUNNER_TEMP || undefined,
            onGitLabRequest: (0,action_log/* runnerDebug */.EC)(process.env) ? await (0,action_log/* debugLines */.xB)(log) : undefined
        });
        await report(result, settings, log, await files());
    }
    catch (error) {
        process.exitCode = 1;
        if (error instanceof settings/* InputError */.dz) {
            for (const issue of error.issues)
                log.error(`Input "${issue.input}" ${issue.message}`, `Invalid input: ${issue.input}`);
        }
        else if (error instanceof settings/* EnvironmentError */.eG) {
            log.error(error.message, `Invalid environment variable: ${error.variable}`);
        }
        else {
            log.error(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
}
async function report(result, settings, log, files) {
    const { finalOutputs, keyOutputs } = await outputs();
    for (const secret of result.maskedOutputValues ?? [])
        log.mask(secret);
    await files.setOutputs(keyOutputs(result));
    await files.setOutputs(finalOutputs(result));
    if (settings.summary) {
        const { runSummaryMarkdown } = await __webpack_require__.e(/* import() */ 770).then(__webpack_require__.bind(__webpack_require__, 8770));
        const summary = runSummaryMarkdown(result, settings);
        if (summary !== undefined)
            await files.writeSummary(summary);
    }
    if (result.outcome !== 'accepted' && result.outcome !== 'triggered')
        process.exitCode = 1;
}


/***/ }),

/***/ 8094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kj: () => (/* binding */ callHook),
/* harmony export */   O9: () => (/* binding */ finish),
/* harmony export */   s1: () => (/* binding */ clientOptions)
/* harmony export */ });
function finish(run, outcome, reason, error) {
    Object.assign(run.result, { outcome, endedAt: run.clock.now() });
    if (reason !== undefined)
        run.result.reason = reason;
    if (error !== undefined)
        run.result.error = error;
    return run.result;
}
async function callHook(run, call) {
    try {
        await call();
    }
    catch (error) {
        run.log.warning(`${error instanceof Error ? error.message : String(error)}; the run goes on`);
    }
}
function clientOptions(settings, { clock, onGitLabRequest, instance }, token) {
    return {
        gitlabUrl: settings.gitlabUrl,
        requestTimeoutMs: settings.requestTimeoutMs,
        inputNames: {
            apiToken: settings.words.name('api-token'),
            triggerToken: settings.words.name('trigger-token'),
            gitlabUrl: settings.words.name('gitlab-url')
        },
        clock,
        onRequest: onGitLabRequest,
        instance,
        ...(token === undefined ? {} : { token })
    };
}


/***/ }),

/***/ 8003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s3: () => (/* binding */ RERUN_MARKER),
/* harmony export */   vQ: () => (/* binding */ rerunIdentity),
/* harmony export */   xQ: () => (/* binding */ invocationMarker)
/* harmony export */ });
const RERUN_MARKER = 'GITLAB_TRIGGER_AND_WAIT_RUN';
function invocationMarker() {
    return `invocation-${globalThis.crypto.randomUUID()}`;
}
async function rerunIdentity(env, settings) {
    const runId = env.GITHUB_RUN_ID?.trim();
    if (!runId || !/^\d+$/.test(runId))
        return undefined;
    const attempt = Number(env.GITHUB_RUN_ATTEMPT?.trim() || '1');
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23));
    const sorted = (values) => Object.entries(values).sort(([a], [b]) => (a < b ? -1 : 1));
    const inputs = JSON.stringify([
        settings.gitlabUrl,
        settings.project,
        settings.ref,
        sorted(settings.variables),
        sorted(settings.inputs)
    ]);
    const step = JSON.stringify([
        env.GITHUB_REPOSITORY ?? '',
        runId,
        env.GITHUB_JOB ?? '',
        env.GITHUB_ACTION ?? '',
        createHash('sha256').update(inputs).digest('hex')
    ]);
    const hash = createHash('sha256').update(step).digest('hex').slice(0, 32);
    return {
        attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
        marker: `${runId}-${hash}`
    };
}


/***/ })

};
;