"use strict";
exports.id = 718;
exports.ids = [718,675,661];
exports.modules = {

/***/ 7718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   POST_STEP_BUDGET_MS: () => (/* binding */ POST_STEP_BUDGET_MS),
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8864);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1729);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3175);
/* harmony import */ var _watched_pipelines_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2234);
/* harmony import */ var _runtime_time_limit_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8649);
/* harmony import */ var _run_control_cancel_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8465);
/* harmony import */ var _gitlab_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(696);
/* harmony import */ var _gitlab_endpoints_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5661);
/* harmony import */ var _gitlab_statuses_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8265);
/* harmony import */ var _gitlab_retry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2177);
/* harmony import */ var _run_retry_line_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5674);











const POST_STEP_BUDGET_MS = 20_000;
async function runPost() {
    const log = new _log_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionLog */ .nq();
    const { pipelineId, projectId, finished, pipelines } = (0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .watchState */ .lA)();
    const watched = pipelines !== undefined ? (0,_watched_pipelines_js__WEBPACK_IMPORTED_MODULE_8__/* .watchedPipelinesFrom */ .I)(pipelines) : [{ pipelineId, projectId }];
    if (finished || !watched.some(one => one.pipelineId))
        return;
    const budget = (0,_runtime_time_limit_js__WEBPACK_IMPORTED_MODULE_9__/* .timeLimit */ .z)(POST_STEP_BUDGET_MS);
    try {
        const settings = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readSettings */ .s)(log);
        if (!settings.cancelOnAbort || !settings.apiToken)
            return;
        const client = new _gitlab_client_js__WEBPACK_IMPORTED_MODULE_4__/* .GitLabClient */ .zZ({
            gitlabUrl: settings.gitlabUrl,
            token: settings.apiToken,
            requestTimeoutMs: settings.requestTimeoutMs,
            onRequest: (0,_log_js__WEBPACK_IMPORTED_MODULE_0__/* .runnerDebug */ .EC)(process.env) ? await (0,_log_js__WEBPACK_IMPORTED_MODULE_0__/* .debugLines */ .xB)(log) : undefined
        });
        const deadline = Date.now() + POST_STEP_BUDGET_MS;
        const retry = (0,_gitlab_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .cancelPolicy */ .Ny)({
            deadline,
            signal: budget.signal,
            onRetry: (error, delayMs) => log.info((0,_run_retry_line_js__WEBPACK_IMPORTED_MODULE_7__/* .retryLine */ .R)(error, delayMs))
        });
        await Promise.all(watched
            .filter(one => one.pipelineId)
            .map(one => cancelWatched(client, one.projectId ?? settings.project, one.pipelineId, log, {
            retry,
            deadline
        })));
    }
    catch (error) {
        log.warning(`Could not cancel ${pipelineId ? `pipeline #${pipelineId}` : 'the pipelines'}: ${error instanceof Error ? error.message : String(error)}`);
    }
    finally {
        budget.dispose();
    }
}
async function cancelWatched(client, project, pipelineId, log, { retry, deadline }) {
    try {
        const pipeline = await (0,_gitlab_endpoints_js__WEBPACK_IMPORTED_MODULE_5__.getPipeline)(client, project, Number(pipelineId), retry);
        if ((0,_gitlab_statuses_js__WEBPACK_IMPORTED_MODULE_10__/* .isFinalStatus */ .$T)(pipeline.status)) {
            log.info(`Pipeline #${pipelineId} already ended (${pipeline.status}); nothing to cancel`);
            return;
        }
        await (0,_run_control_cancel_js__WEBPACK_IMPORTED_MODULE_3__/* .cancelDownstream */ .Xw)(client, project, pipeline.id, pipeline.web_url, log, 'the main step was stopped before it could', { withinMs: Math.max(1_000, deadline - Date.now()) });
    }
    catch (error) {
        log.warning(`Could not cancel pipeline #${pipelineId}: ${error instanceof Error ? error.message : String(error)}`);
    }
}


/***/ }),

/***/ 2234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ watchedPipelinesFrom),
/* harmony export */   a: () => (/* binding */ WatchedPipelines)
/* harmony export */ });
class WatchedPipelines {
    save;
    watching = new Map();
    constructor(save) {
        this.save = save;
    }
    started(pipelineId, projectId) {
        this.watching.set(String(pipelineId), { pipelineId: String(pipelineId), projectId });
        return this.save(JSON.stringify([...this.watching.values()]));
    }
    ended(pipelineId) {
        this.watching.delete(String(pipelineId));
        return this.save(JSON.stringify([...this.watching.values()]));
    }
}
function watchedPipelinesFrom(text) {
    if (!text)
        return [];
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return [];
    }
    if (!Array.isArray(parsed))
        return [];
    return parsed.filter((one) => typeof one === 'object' &&
        one !== null &&
        /^\d+$/.test(String(one.pipelineId)) &&
        /^\d+$/.test(String(one.projectId)));
}


/***/ }),

/***/ 5661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HF: () => (/* binding */ getVersion),
/* harmony export */   Hg: () => (/* binding */ listTriggerJobs),
/* harmony export */   K4: () => (/* binding */ getTokenSelfWithKind),
/* harmony export */   N6: () => (/* binding */ listJobs),
/* harmony export */   QR: () => (/* binding */ probePipelines),
/* harmony export */   U1: () => (/* binding */ getProject),
/* harmony export */   WO: () => (/* binding */ streamJobArtifactFile),
/* harmony export */   X9: () => (/* binding */ listBridges),
/* harmony export */   ax: () => (/* binding */ getJob),
/* harmony export */   cI: () => (/* binding */ streamJobTraceRange),
/* harmony export */   getPipeline: () => (/* binding */ getPipeline),
/* harmony export */   jg: () => (/* binding */ streamJobArtifactsArchive),
/* harmony export */   jz: () => (/* binding */ cancelPipeline),
/* harmony export */   tw: () => (/* binding */ streamJobTrace),
/* harmony export */   z5: () => (/* binding */ MAX_TRACE_RANGE_BYTES)
/* harmony export */ });
/* unused harmony exports getTokenSelf, listTriggerTokens, getTriggerToken, createTriggerToken, updateTriggerToken, deleteTriggerToken, encodeArtifactPath */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8050);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(696);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4675);
/* harmony import */ var _trigger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6827);






const projectPath = (project) => `/projects/${(0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .projectSegment */ .$W)(project)}`;
async function data(client, request, retry) {
    return (await client.request(request, retry)).data;
}
const getProject = (client, project, retry) => data(client, {
    method: 'GET',
    path: projectPath(project),
    schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .projectSchema */ .$b,
    what: 'project',
    operation: 'check-token'
}, retry);
const getTokenSelf = (client, retry) => data(client, {
    method: 'GET',
    path: '/personal_access_tokens/self',
    schema: tokenSelfSchema,
    what: 'token',
    operation: 'check-token'
}, retry);
const getPipeline = (client, project, id, retry) => data(client, {
    method: 'GET',
    path: `${projectPath(project)}/pipelines/${id}`,
    schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__.pipelineSchema,
    what: 'pipeline',
    operation: 'read'
}, retry);
const cancelPipeline = (client, project, id, retry) => data(client, {
    method: 'POST',
    path: `${projectPath(project)}/pipelines/${id}/cancel`,
    schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__.pipelineSchema,
    what: 'pipeline',
    operation: 'cancel'
}, retry);
const streamJobTrace = (client, project, jobId, onChunk, retry) => streamJobTraceRange(client, project, jobId, undefined, onChunk, retry);
const listJobs = (client, project, pipelineId, retry, onOddItem, scopes) => listAll(client, `${projectPath(project)}/pipelines/${pipelineId}/jobs`, _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .jobSchema */ .jQ, 'read', retry, {
    what: 'jobs',
    lenient: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .lenientJobSchema */ .qO,
    onOddItem,
    scopes
});
const getJob = (client, project, jobId, retry) => data(client, {
    method: 'GET',
    path: `${projectPath(project)}/jobs/${jobId}`,
    schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .lenientJobSchema */ .qO,
    what: 'job',
    operation: 'read'
}, retry);
const listBridges = (client, project, pipelineId, retry, onOddItem) => listAll(client, `${projectPath(project)}/pipelines/${pipelineId}/bridges`, _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .bridgeSchema */ .XO, 'read', retry, { what: 'bridges', lenient: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .lenientBridgeSchema */ .I6, onOddItem });
const listTriggerJobs = (client, project, pipelineId, retry, onOddItem) => listAll(client, `${projectPath(project)}/pipelines/${pipelineId}/trigger_jobs`, _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .bridgeSchema */ .XO, 'read', retry, { what: 'trigger_jobs', lenient: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .lenientBridgeSchema */ .I6, onOddItem });
const listTriggerTokens = (client, project, retry) => listAll(client, `${projectPath(project)}/triggers`, triggerTokenSchema, 'tokens', retry, {
    what: 'triggers'
});
const getTriggerToken = (client, project, id) => data(client, {
    method: 'GET',
    path: `${projectPath(project)}/triggers/${id}`,
    schema: triggerTokenSchema,
    operation: 'tokens'
});
const createTriggerToken = (client, project, description) => data(client, {
    method: 'POST',
    path: `${projectPath(project)}/triggers`,
    body: { description },
    schema: triggerTokenSchema,
    operation: 'tokens'
});
const updateTriggerToken = (client, project, id, description) => data(client, {
    method: 'PUT',
    path: `${projectPath(project)}/triggers/${id}`,
    body: { description },
    schema: triggerTokenSchema,
    operation: 'tokens'
});
const deleteTriggerToken = (client, project, id) => data(client, {
    method: 'DELETE',
    path: `${projectPath(project)}/triggers/${id}`,
    schema: null,
    operation: 'tokens'
});
const PER_PAGE = 100;
async function listAll(client, path, item, operation, retry, { what, lenient, onOddItem, scopes }) {
    const items = [];
    const schema = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J());
    for (let page = 1;;) {
        const query = { per_page: PER_PAGE, page, ...(scopes ? { 'scope[]': [...scopes] } : {}) };
        const response = await client.request({ method: 'GET', path, query, schema, what, operation }, retry);
        const label = `GET ${path}`;
        response.data.forEach((value, index) => {
            const strict = item.safeParse(value);
            if (strict.success)
                return items.push(strict.data);
            const position = (page - 1) * PER_PAGE + index;
            const problem = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .unexpectedAnswer */ .au)(strict.error.issues[0], value, `${what}[${position}]`, label);
            const kept = lenient?.safeParse(value);
            if (!kept?.success && !onOddItem)
                throw problem;
            if (kept?.success)
                items.push(kept.data);
            onOddItem?.(`${problem.gitlabMessage}; ${kept?.success ? 'shown with what could be read' : 'left out'}`);
        });
        const header = String(response.headers['x-next-page'] ?? '').trim();
        const hasNext = header === String(page + 1)
            ? true
            : header === ''
                ? response.headers['x-next-page'] === undefined && response.data.length === PER_PAGE
                : response.data.length === PER_PAGE;
        if (!hasNext)
            return items;
        page++;
    }
}
const versions = new WeakMap();
function getVersion(client, retry) {
    const known = versions.get(client.instance);
    if (known)
        return known;
    const read = data(client, { method: 'GET', path: '/version', schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .versionSchema */ .G0, operation: 'check-token' }, retry);
    versions.set(client.instance, read);
    read.catch(() => versions.delete(client.instance));
    return read;
}
const probePipelines = (client, project, retry) => data(client, {
    method: 'GET',
    path: `${projectPath(project)}/pipelines`,
    query: { per_page: 1 },
    schema: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()),
    operation: 'check-token'
}, retry);
const getTokenSelfWithKind = (client, retry) => data(client, {
    method: 'GET',
    path: '/personal_access_tokens/self',
    schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenSelfGranularSchema */ .hD,
    operation: 'check-token'
}, retry);
const encodeArtifactPath = (artifactPath) => artifactPath.split('/').map(encodeURIComponent).join('/');
const streamJobArtifactFile = (client, project, jobId, artifactPath, onChunk, retry) => client.stream({
    method: 'GET',
    path: `${projectPath(project)}/jobs/${jobId}/artifacts/${encodeArtifactPath(artifactPath)}`,
    operation: 'read'
}, onChunk, retry);
const streamJobArtifactsArchive = (client, project, jobId, onChunk, retry) => client.stream({
    method: 'GET',
    path: `${projectPath(project)}/jobs/${jobId}/artifacts`,
    operation: 'read',
    followRedirects: 3
}, onChunk, retry);
const MAX_TRACE_RANGE_BYTES = 500 * 1024;
const streamJobTraceRange = (client, project, jobId, range, onChunk, retry) => client.stream({
    method: 'GET',
    path: `${projectPath(project)}/jobs/${jobId}/trace`,
    query: range && { byte_offset: range.byteOffset, byte_limit: range.byteLimit },
    operation: 'read',
    text: true
}, onChunk, retry);


/***/ }),

/***/ 4675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ projectSchema),
/* harmony export */   G0: () => (/* binding */ versionSchema),
/* harmony export */   I6: () => (/* binding */ lenientBridgeSchema),
/* harmony export */   XO: () => (/* binding */ bridgeSchema),
/* harmony export */   hD: () => (/* binding */ tokenSelfGranularSchema),
/* harmony export */   jQ: () => (/* binding */ jobSchema),
/* harmony export */   pipelineSchema: () => (/* binding */ pipelineSchema),
/* harmony export */   qO: () => (/* binding */ lenientJobSchema)
/* harmony export */ });
/* unused harmony exports tokenSelfSchema, triggerTokenSchema, traceSchema */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8050);

function buildSchemas() {
    return { ...buildPipelineSchemas(), ...buildOtherSchemas() };
}
const safeId = () => zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr();
function buildPipelineSchemas() {
    const id = safeId();
    const nullableNumber = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* ["catch"] */ .MfU(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()), null), zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .transform */ .pdi(value => (value != null && value >= 0 && value < 1e10 ? value : null)));
    const pipelineSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        id,
        iid: id,
        project_id: id,
        sha: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        ref: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        status: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        web_url: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        duration: nullableNumber,
        yaml_errors: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP())
    });
    const jobSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        id,
        name: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        stage: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        status: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        web_url: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        duration: nullableNumber,
        allow_failure: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(), false),
        failure_reason: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
        started_at: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP())
    });
    const bridgeSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .extend */ .X$i(jobSchema, {
        downstream_pipeline: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ id, project_id: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(id), web_url: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), status: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }))
    });
    const shown = (fallback) => zod_mini__WEBPACK_IMPORTED_MODULE_0__/* ["catch"] */ .MfU(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), fallback);
    const lenientJobFields = {
        name: shown('(no name)'),
        stage: shown('(no stage)'),
        web_url: shown(''),
        duration: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* ["catch"] */ .MfU(nullableNumber, null),
        allow_failure: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* ["catch"] */ .MfU(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(), false), false),
        failure_reason: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* ["catch"] */ .MfU(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()), null),
        started_at: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* ["catch"] */ .MfU(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()), null)
    };
    const lenientJobSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .extend */ .X$i(jobSchema, lenientJobFields);
    const lenientBridgeSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .extend */ .X$i(bridgeSchema, {
        ...lenientJobFields,
        downstream_pipeline: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* ["catch"] */ .MfU(bridgeSchema.shape.downstream_pipeline, null)
    });
    return { pipelineSchema, jobSchema, bridgeSchema, lenientJobSchema, lenientBridgeSchema };
}
function buildOtherSchemas() {
    const projectSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        id: safeId(),
        path_with_namespace: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        web_url: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    });
    const tokenSelfSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        scopes: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
        active: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()),
        expires_at: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP())
    });
    const triggerTokenSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
        id: safeId(),
        token: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        description: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
        created_at: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
        last_used: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
        expires_at: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
        owner: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ username: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }))
    });
    const traceSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP();
    const versionSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ version: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() });
    const tokenSelfGranularSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .extend */ .X$i(tokenSelfSchema, {
        granular: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullable */ .mee(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()))
    });
    return {
        projectSchema,
        tokenSelfSchema,
        triggerTokenSchema,
        traceSchema,
        versionSchema,
        tokenSelfGranularSchema
    };
}
let built;
const schemas = () => (built ??= buildSchemas());
const pipelineSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => schemas().pipelineSchema);
const jobSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => schemas().jobSchema);
const bridgeSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => schemas().bridgeSchema);
const lenientJobSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => schemas().lenientJobSchema);
const lenientBridgeSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => schemas().lenientBridgeSchema);
const projectSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => schemas().projectSchema);
const tokenSelfSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => schemas().tokenSelfSchema);
const triggerTokenSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => schemas().triggerTokenSchema);
const traceSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => schemas().traceSchema);
const versionSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => schemas().versionSchema);
const tokenSelfGranularSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => schemas().tokenSelfGranularSchema);


/***/ }),

/***/ 8465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BB: () => (/* binding */ cancelFollowed),
/* harmony export */   Xw: () => (/* binding */ cancelDownstream)
/* harmony export */ });
/* unused harmony export lookAfterCancel */
/* harmony import */ var _runtime_time_limit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8649);
/* harmony import */ var _runtime_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9842);
/* harmony import */ var _gitlab_endpoints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5661);
/* harmony import */ var _gitlab_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2177);
/* harmony import */ var _retry_line_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5674);
/* harmony import */ var _gitlab_statuses_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8265);






const CANCEL_WITHIN_MS = 5_000;
async function cancelDownstream(client, project, pipelineId, webUrl, log, why, { withinMs = CANCEL_WITHIN_MS, clock = _runtime_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .realClock */ .d } = {}) {
    log.info(`Cancelling pipeline #${pipelineId} (${why})…`);
    const limit = (0,_runtime_time_limit_js__WEBPACK_IMPORTED_MODULE_4__/* .timeLimit */ .z)(withinMs);
    try {
        const pipeline = await (0,_gitlab_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .cancelPipeline */ .jz)(client, project, pipelineId, (0,_gitlab_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .cancelPolicy */ .Ny)({
            deadline: clock.now() + withinMs,
            clock,
            onRetry: (error, delayMs) => log.info((0,_retry_line_js__WEBPACK_IMPORTED_MODULE_3__/* .retryLine */ .R)(error, delayMs)),
            signal: limit.signal
        }));
        log.info(`Pipeline #${pipelineId} is ${pipeline.status}`);
        return pipeline.status;
    }
    catch (error) {
        const failure = error;
        log.warning(`Could not cancel pipeline #${pipelineId}: ${failure.message.replace(/\.?$/, '.')} Cancel it by hand: ${webUrl}`, 'Downstream pipeline not cancelled');
        return undefined;
    }
    finally {
        limit.dispose();
    }
}
async function lookAfterCancel(client, project, pipelineId, withinMs) {
    if (withinMs <= 0)
        return {};
    const limit = (0,_runtime_time_limit_js__WEBPACK_IMPORTED_MODULE_4__/* .timeLimit */ .z)(withinMs);
    const once = { retryIf: () => false, maxAttempts: 1, signal: limit.signal };
    try {
        const [pipeline, jobs, bridges] = await Promise.allSettled([
            (0,_gitlab_endpoints_js__WEBPACK_IMPORTED_MODULE_1__.getPipeline)(client, project, pipelineId, once),
            (0,_gitlab_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .listJobs */ .N6)(client, project, pipelineId, once),
            (0,_gitlab_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .listBridges */ .X9)(client, project, pipelineId, once)
        ]);
        return {
            status: pipeline.status === 'fulfilled' ? pipeline.value.status : undefined,
            jobs: jobs.status === 'fulfilled' && bridges.status === 'fulfilled'
                ? [...jobs.value, ...bridges.value].sort((a, b) => a.id - b.id)
                : undefined
        };
    }
    finally {
        limit.dispose();
    }
}
async function cancelFollowed(client, tree, jobs, { by, why, lookWithinMs }, log, clock) {
    const [top] = tree;
    const { id, web_url } = top.pipeline;
    const status = await cancelDownstream(client, top.project, id, web_url, log, why, { clock });
    const result = { by, succeeded: status !== undefined, statusAfter: status };
    for (const node of multiProjectStillRunning(tree))
        await cancelDownstream(client, node.project, node.pipeline.id, node.pipeline.web_url, log, why, {
            clock
        });
    if (status === undefined)
        return result;
    const after = await lookAfterCancel(client, top.project, id, lookWithinMs);
    if (after.status !== undefined)
        result.statusAfter = after.status;
    if (after.jobs !== undefined)
        result.jobsAfter = [
            ...after.jobs.map(job => ({ ...job, pipeline_id: id })),
            ...jobs.filter(job => job.pipeline_id !== id)
        ];
    return result;
}
function multiProjectStillRunning(tree) {
    const byId = new Map(tree.map(node => [node.pipeline.id, node]));
    return tree.filter(node => {
        if (node.parentId === null || (0,_gitlab_statuses_js__WEBPACK_IMPORTED_MODULE_5__/* .isFinalStatus */ .$T)(node.pipeline.status))
            return false;
        const parent = byId.get(node.parentId);
        return parent !== undefined && parent.pipeline.project_id !== node.pipeline.project_id;
    });
}


/***/ }),

/***/ 5674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ retryLine)
/* harmony export */ });
/* harmony import */ var _settings_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3080);

function retryLine(error, delayMs) {
    return `${error.request}: ${error.gitlabMessage || error.message}; trying again in ${(0,_settings_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(delayMs)}`;
}


/***/ }),

/***/ 8649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ timeLimit)
/* harmony export */ });
function timeLimit(ms, parent) {
    const controller = new AbortController();
    const onParentAbort = () => controller.abort(parent?.reason);
    const timer = setTimeout(() => controller.abort(new Error(`time limit of ${ms} ms reached`)), ms);
    if (parent?.aborted)
        onParentAbort();
    else
        parent?.addEventListener('abort', onParentAbort, { once: true });
    return {
        signal: controller.signal,
        dispose() {
            clearTimeout(timer);
            parent?.removeEventListener('abort', onParentAbort);
        }
    };
}


/***/ })

};
;