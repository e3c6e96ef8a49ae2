"use strict";
exports.id = 770;
exports.ids = [770];
exports.modules = {

/***/ 8770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QC: () => (/* binding */ statusWithIcon),
/* harmony export */   Xb: () => (/* binding */ SUMMARY_BUDGET_BYTES),
/* harmony export */   runSummaryMarkdown: () => (/* binding */ runSummaryMarkdown)
/* harmony export */ });
/* unused harmony exports summaryMarkdown, triggeredSummaryMarkdown */
/* harmony import */ var _gitlab_statuses_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8265);
/* harmony import */ var _settings_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3080);
/* harmony import */ var _text_far_side_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7916);
/* harmony import */ var _run_run_result_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2932);




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
    waiting_for_callback: '⏳',
    timeout: '⌛'
};
function statusWithIcon(status, allowFailure = false) {
    if ((0,_gitlab_statuses_js__WEBPACK_IMPORTED_MODULE_2__/* .isFailedStatus */ .cK)(status) && allowFailure)
        return '⚠️ failed (allowed)';
    return `${((0,_gitlab_statuses_js__WEBPACK_IMPORTED_MODULE_2__/* .isKnownStatus */ .ih)(status) || status === 'timeout' ? ICONS[status] : undefined) ?? '•'} ${(0,_text_far_side_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(status)}`;
}
const SUMMARY_BUDGET_BYTES = 1000 * 1024;
function summaryMarkdown({ pipeline, status, projectPath, jobs, bridges, aftermath, pipelines = [], now = Date.now() }) {
    const duration = pipeline.duration === null ? '' : ` · ${(0,_settings_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(pipeline.duration * 1000)}`;
    const head = [...heading(pipeline, status, projectPath, duration), ''];
    if (aftermath)
        head.push(aftermath, '');
    const all = [...jobs, ...bridges].sort((a, b) => a.id - b.id);
    if (all.length === 0)
        return [...head, '_No jobs._', ''].join('\n');
    head.push('| Stage | Job | Status | Duration | |', '| --- | --- | --- | --- | --- |');
    const lines = [...head];
    let bytes = byteLength(lines);
    const leftOutLine = (count) => `_${count} more ${count === 1 ? 'job' : 'jobs'} not shown, to keep this summary under GitHub's 1 MiB limit: see ${(0,_text_far_side_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownLink */ .iQ)(`pipeline #${pipeline.id}`, pipeline.web_url)}._`;
    const budget = SUMMARY_BUDGET_BYTES - Buffer.byteLength(leftOutLine(all.length)) - 16;
    let shown = 0;
    for (const row of nestedRows(all, pipelines, pipeline.id, 0, now)) {
        const rowBytes = Buffer.byteLength(row) + 1;
        if (bytes + rowBytes > budget)
            break;
        lines.push(row);
        bytes += rowBytes;
        shown++;
    }
    if (shown < all.length)
        lines.push('', leftOutLine(all.length - shown));
    return [...lines, ''].join('\n');
}
function* nestedRows(all, pipelines, pipelineId, depth, now) {
    const own = all.filter(job => (job.pipeline_id ?? pipelineId) === pipelineId);
    const indent = depth === 0 ? '' : `${'\u2003'.repeat(depth - 1)}↳ `;
    for (const [stage, stageJobs] of groupByStage(own)) {
        for (const [index, job] of stageJobs.entries()) {
            yield jobRow(job, index === 0 ? `${indent}${stage}` : '', now);
            if (pipelines.length === 0)
                continue;
            for (const child of pipelines.filter(p => p.trigger_job_id === job.id && p.parent_id === pipelineId)) {
                if (child.unreadable) {
                    yield `| ${'\u2003'.repeat(depth)}↳ | ${(0,_text_far_side_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(`pipeline #${child.id}: not shown, ${child.unreadable}`)} | ${statusWithIcon(child.status)} | | ${(0,_text_far_side_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownLink */ .iQ)('downstream', child.web_url)} |`;
                    continue;
                }
                yield* nestedRows(all, pipelines, child.id, depth + 1, now);
            }
        }
    }
}
function triggeredSummaryMarkdown(pipeline, projectPath) {
    return [
        ...heading(pipeline, pipeline.status, projectPath, ''),
        '',
        'Triggered; this step did not wait for it to end.',
        ''
    ].join('\n');
}
function heading(pipeline, status, projectPath, duration) {
    const sha = pipeline.sha.slice(0, 8);
    const commit = /^[0-9a-f]+$/i.test(sha) ? `\`${sha}\`` : (0,_text_far_side_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(sha);
    return [
        `### GitLab pipeline ${(0,_text_far_side_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownLink */ .iQ)(`#${pipeline.id}`, pipeline.web_url)}: ${statusWithIcon(status)}`,
        '',
        `${(0,_text_far_side_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(projectPath)} · ref ${(0,_text_far_side_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(pipeline.ref)} · commit ${commit}${duration}`
    ];
}
function jobRow(job, stage, now) {
    const downstream = job.downstream_pipeline;
    const link = downstream
        ? (0,_text_far_side_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownLink */ .iQ)('downstream', downstream.web_url)
        : (0,_text_far_side_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownLink */ .iQ)('log', job.web_url);
    const time = jobTime(job, now);
    return `| ${(0,_text_far_side_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(stage)} | ${(0,_text_far_side_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(job.name)} | ${statusWithIcon(job.status, job.allow_failure)} | ${time} | ${link} |`;
}
function jobTime(job, now) {
    const started = job.started_at ? Date.parse(job.started_at) : NaN;
    if ((0,_gitlab_statuses_js__WEBPACK_IMPORTED_MODULE_2__/* .isRunningStatus */ .i3)(job.status) && !Number.isNaN(started))
        return `${(0,_settings_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(Math.max(0, now - started))} so far`;
    return job.duration === null ? '' : (0,_settings_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(job.duration * 1000);
}
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
function runSummaryMarkdown(result, settings) {
    if (!result.pipeline)
        return undefined;
    if (result.outcome === 'triggered')
        return triggeredSummaryMarkdown(result.pipeline, settings.project);
    const pipeline = result.lastSeen ?? result.pipeline;
    const stopped = result.cancel !== undefined || result.leftRunning !== undefined;
    if (result.finalStatus === undefined && !stopped)
        return undefined;
    const status = (0,_run_run_result_js__WEBPACK_IMPORTED_MODULE_3__/* .lastKnownStatus */ .EO)(result) ?? pipeline.status;
    return summaryMarkdown({
        pipeline,
        status,
        projectPath: settings.project,
        jobs: (0,_run_run_result_js__WEBPACK_IMPORTED_MODULE_3__/* .lastKnownJobs */ .yy)(result),
        bridges: [],
        pipelines: result.pipelines,
        aftermath: stopped ? aftermathOf(result, status) : undefined,
        now: result.endedAt
    });
}
function aftermathOf(result, status) {
    const pipeline = result.pipeline;
    const timedOut = status === 'timeout' && result.cancel?.by !== 'abort';
    const why = timedOut ? 'The wait timed out' : 'This run was cancelled';
    const link = (0,_text_far_side_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownLink */ .iQ)(`pipeline #${pipeline.id}`, pipeline.web_url);
    const { cancel } = result;
    if (cancel?.succeeded) {
        const now = cancel.statusAfter ? ` (now ${(0,_text_far_side_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(cancel.statusAfter)})` : '';
        return `${why}; this action cancelled the pipeline${now}. Job statuses below are from after the cancel.`;
    }
    if (cancel)
        return `${why}; this action could not cancel the pipeline, which may still be running: cancel it by hand at ${link}.`;
    const input = timedOut ? 'cancel-on-timeout' : 'cancel-on-abort';
    return `${why}; the pipeline was left running in GitLab (${input} is false): see ${link}.`;
}


/***/ }),

/***/ 2932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ lastKnownStatus),
/* harmony export */   RK: () => (/* binding */ jobEssentials),
/* harmony export */   UQ: () => (/* binding */ pipelineEssentials),
/* harmony export */   yy: () => (/* binding */ lastKnownJobs)
/* harmony export */ });
function jobEssentials(jobs) {
    return [...jobs]
        .sort((a, b) => a.id - b.id)
        .map(({ id, name, stage, status, web_url, duration, allow_failure, pipeline_id }) => ({
        id,
        name,
        stage,
        status,
        web_url,
        duration,
        allow_failure,
        pipeline_id: pipeline_id ?? null
    }));
}
function pipelineEssentials(pipelines = []) {
    return pipelines.map(({ id, project_id, web_url, status, parent_id }) => ({
        id,
        project_id,
        web_url,
        status,
        parent_id
    }));
}
function lastKnownStatus(result) {
    return (result.finalStatus ??
        result.cancel?.statusAfter ??
        result.lastSeen?.status ??
        result.pipeline?.status);
}
function lastKnownJobs(result) {
    return result.cancel?.jobsAfter ?? result.jobs;
}


/***/ })

};
;