"use strict";
exports.id = 629;
exports.ids = [629,675,661];
exports.modules = {

/***/ 3758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ playJob),
/* harmony export */   _K: () => (/* binding */ listPipelines),
/* harmony export */   uH: () => (/* binding */ getPipelineVariables),
/* harmony export */   xn: () => (/* binding */ retryPipeline)
/* harmony export */ });
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8050);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(696);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4675);



const projectPath = (project) => `/projects/${(0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .projectSegment */ .$W)(project)}`;
const playJob = async (client, project, jobId, retry) => (await client.request({
    method: 'POST',
    path: `${projectPath(project)}/jobs/${jobId}/play`,
    schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .jobSchema */ .jQ,
    what: 'job',
    operation: 'play'
}, retry)).data;
const retryPipeline = async (client, project, pipelineId, retry) => (await client.request({
    method: 'POST',
    path: `${projectPath(project)}/pipelines/${pipelineId}/retry`,
    schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__.pipelineSchema,
    what: 'pipeline',
    operation: 'retry'
}, retry)).data;
const pipelineListItem = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    id: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr(),
    status: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    ref: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
    source: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP())
});
const listPipelines = async (client, project, query, retry) => (await client.request({
    method: 'GET',
    path: `${projectPath(project)}/pipelines`,
    query,
    schema: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(pipelineListItem),
    what: 'pipelines',
    operation: 'read'
}, retry)).data;
const pipelineVariable = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ key: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), value: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()) });
const getPipelineVariables = async (client, project, pipelineId, retry) => (await client.request({
    method: 'GET',
    path: `${projectPath(project)}/pipelines/${pipelineId}/variables`,
    schema: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(pipelineVariable),
    what: 'variables',
    operation: 'read'
}, retry)).data;


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

/***/ 629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   answerWasLost: () => (/* binding */ answerWasLost),
/* harmony export */   recoverLostAnswer: () => (/* binding */ recoverLostAnswer)
/* harmony export */ });
/* unused harmony exports LOST_ANSWER_PAUSES_MS, LOST_ANSWER_CANDIDATES, LOST_ANSWER_VARIABLE_READS, LOST_ANSWER_BUDGET_MS, CANCELLED_SEARCH_MS, findTriggeredPipeline, pipelinesOnRef */
/* harmony import */ var _gitlab_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9452);
/* harmony import */ var _gitlab_control_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3758);
/* harmony import */ var _gitlab_endpoints_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5661);
/* harmony import */ var _gitlab_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2177);
/* harmony import */ var _runtime_time_limit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8649);
/* harmony import */ var _rerun_identity_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8003);






const LOST_ANSWER_PAUSES_MS = [2_000, 4_000, 8_000];
const LOST_ANSWER_CANDIDATES = 5;
const LOST_ANSWER_VARIABLE_READS = 10;
const LOST_ANSWER_BUDGET_MS = 30_000;
const CANCELLED_SEARCH_MS = 5_000;
const CLOCK_SKEW_MS = 60_000;
async function findTriggeredPipeline(search) {
    const { client, settings, clock, signal } = search;
    const deadline = Math.min(search.deadline, clock.now() + LOST_ANSWER_BUDGET_MS);
    const retry = (0,_gitlab_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .quickReadPolicy */ .A2)({ signal, clock, deadline });
    const checked = new Set();
    for (let look = 0;; look++) {
        const id = await lookOnce(search, checked, retry);
        if (id !== undefined)
            return (0,_gitlab_endpoints_js__WEBPACK_IMPORTED_MODULE_2__.getPipeline)(client, settings.project, id, retry);
        const pause = LOST_ANSWER_PAUSES_MS[look];
        if (pause === undefined || clock.now() + pause >= deadline)
            return undefined;
        await clock.sleep(pause, signal);
    }
}
async function lookOnce({ client, settings, marker, sentAt }, checked, retry) {
    const pipelines = await (0,_gitlab_control_js__WEBPACK_IMPORTED_MODULE_1__/* .listPipelines */ ._K)(client, settings.project, {
        ref: settings.ref,
        source: 'trigger',
        updated_after: new Date(sentAt - CLOCK_SKEW_MS).toISOString(),
        per_page: LOST_ANSWER_CANDIDATES
    }, retry);
    for (const candidate of pipelines.slice(0, LOST_ANSWER_CANDIDATES)) {
        if (checked.has(candidate.id))
            continue;
        if (checked.size >= LOST_ANSWER_VARIABLE_READS)
            break;
        checked.add(candidate.id);
        let variables;
        try {
            variables = await (0,_gitlab_control_js__WEBPACK_IMPORTED_MODULE_1__/* .getPipelineVariables */ .uH)(client, settings.project, candidate.id, retry);
        }
        catch (error) {
            if (error instanceof _gitlab_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitLabError */ .Y && error.status === 403)
                continue;
            throw error;
        }
        if (variables.some(v => v.key === _rerun_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .RERUN_MARKER */ .s3 && v.value === marker))
            return candidate.id;
    }
    return undefined;
}
async function pipelinesOnRef(settings, api, signal) {
    const query = `/-/pipelines?ref=${encodeURIComponent(settings.ref)}`;
    if (!/^\d+$/.test(settings.project))
        return `${settings.gitlabUrl}/${settings.project}${query}`;
    if (api && !signal.aborted) {
        try {
            const project = await (0,_gitlab_endpoints_js__WEBPACK_IMPORTED_MODULE_2__/* .getProject */ .U1)(api, settings.project, {
                ...(0,_gitlab_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .quickReadPolicy */ .A2)({ signal }),
                maxAttempts: 1
            });
            return `${project.web_url}${query}`;
        }
        catch {
        }
    }
    return `the project's pipelines on ${settings.ref}`;
}
function answerWasLost(error) {
    if (!(error instanceof _gitlab_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitLabError */ .Y))
        return false;
    if (error.kind === 'http')
        return (error.status ?? 0) >= 500;
    return !error.neverSent;
}
async function recoverLostAnswer(error, lost, context) {
    const { api, settings, log, signal } = context;
    const fail = async (why) => mayHaveCreated(error, `${why}look at ${await pipelinesOnRef(settings, api, signal)} before running this again`);
    const marker = lost.markerRefused ? undefined : lost.marker;
    if (signal.aborted) {
        if (api && marker !== undefined && settings.wait && settings.cancelOnAbort)
            return searchOnCancel({ ...context, api }, marker, lost.sentAt, fail);
        throw await fail('');
    }
    if (!api)
        throw await fail('an api-token would let the step find the pipeline itself after a lost answer; ');
    if (marker === undefined)
        throw await fail(`the lost answer cannot be reconciled: GitLab refused pipeline variables from the trigger token's owner, so the pipeline was triggered without the ${_rerun_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .RERUN_MARKER */ .s3} variable that tells it from any other on ${settings.ref}; `);
    log.info(`The answer to the trigger request was lost (${error.status === undefined ? error.gitlabMessage : `GitLab answered ${error.status}`}): looking for the pipeline that carries this step's ${_rerun_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .RERUN_MARKER */ .s3} variable on ${settings.ref}, without sending the trigger again`);
    let found;
    try {
        found = await findTriggeredPipeline({ client: api, ...context, marker, sentAt: lost.sentAt });
    }
    catch (searchError) {
        if (!(searchError instanceof _gitlab_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitLabError */ .Y) && !signal.aborted)
            throw searchError;
        const why = searchError instanceof Error ? searchError.message : String(searchError);
        throw await fail(`it could not be looked for (${why}); `);
    }
    if (found === undefined)
        throw await fail(`no pipeline carrying this step's ${_rerun_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .RERUN_MARKER */ .s3} variable was found among those triggered on ${settings.ref} since the request; `);
    log.notice(`The answer to the trigger request was lost, but pipeline #${found.id} carries this step's ${_rerun_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .RERUN_MARKER */ .s3} variable and was triggered on ${settings.ref} since the request: it is the pipeline this step created, taken as if the answer had arrived`, 'Lost answer: pipeline found');
    return found;
}
async function searchOnCancel(context, marker, sentAt, fail) {
    const { api, settings, log, clock } = context;
    log.info(`The answer to the trigger request was lost and the run was cancelled: looking for the pipeline it created (at most ${CANCELLED_SEARCH_MS / 1000} s), to cancel it`);
    const limit = (0,_runtime_time_limit_js__WEBPACK_IMPORTED_MODULE_5__/* .timeLimit */ .z)(CANCELLED_SEARCH_MS);
    let found;
    try {
        found = await findTriggeredPipeline({
            client: api,
            settings,
            clock,
            signal: limit.signal,
            deadline: clock.now() + CANCELLED_SEARCH_MS,
            marker,
            sentAt
        });
    }
    catch {
        found = undefined;
    }
    finally {
        limit.dispose();
    }
    if (found === undefined)
        throw await fail(`the run was cancelled before the pipeline was found (it carries the ${_rerun_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .RERUN_MARKER */ .s3} variable ${marker}); `);
    log.info(`Found pipeline #${found.id}, which this step created`);
    return found;
}
function mayHaveCreated(error, where) {
    const who = error.kind === 'http'
        ? 'GitLab, or a proxy in front of it, failed after the request arrived: '
        : '';
    return error.with({
        hint: `${who}GitLab may have created the pipeline anyway, so it was not sent again; ${where}`,
        retryAfterMs: undefined
    });
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