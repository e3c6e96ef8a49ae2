"use strict";
exports.id = 37;
exports.ids = [37,675,661];
exports.modules = {

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

/***/ 4037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ checkApiTokenFor),
/* harmony export */   checkApiToken: () => (/* binding */ checkApiToken)
/* harmony export */ });
/* harmony import */ var _gitlab_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2177);
/* harmony import */ var _gitlab_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9452);
/* harmony import */ var _gitlab_endpoints_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5661);



const INPUTS_FROM = [17, 11];
const INPUTS_GA = [18, 1];
async function checkApiToken(client, settings, log, signal, clock) {
    const hasInputs = Object.keys(settings.inputs).length > 0;
    const [refusal] = await checkApiTokenFor([settings.project], hasInputs, {
        client,
        settings,
        log,
        signal,
        clock
    });
    if (refusal !== undefined)
        throw refusal;
}
async function checkApiTokenFor(projects, hasInputs, { client, settings, log, signal, clock }) {
    if (!settings.wait && !hasInputs)
        return [];
    const retry = (0,_gitlab_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .quickReadPolicy */ .A2)({ signal, clock });
    const unique = [...new Set(projects)];
    const [projectChecks, instance] = await Promise.all([
        settings.wait
            ? Promise.allSettled(unique.map(project => checkProject(client, project, settings, retry)))
            : [],
        readInstance(client, settings, hasInputs, retry)
    ]);
    const refusals = projects.map(project => {
        const check = projectChecks[unique.indexOf(project)];
        return check?.status === 'rejected' ? check.reason : undefined;
    });
    if (refusals.every(refusal => refusal === undefined))
        judgeInstance(instance, settings, hasInputs, log);
    return refusals;
}
async function checkProject(client, project, settings, retry) {
    const [found, pipelines] = await Promise.allSettled([
        (0,_gitlab_endpoints_js__WEBPACK_IMPORTED_MODULE_2__/* .getProject */ .U1)(client, project, retry),
        (0,_gitlab_endpoints_js__WEBPACK_IMPORTED_MODULE_2__/* .probePipelines */ .QR)(client, project, retry)
    ]);
    if (found.status === 'rejected')
        throw found.reason;
    if (pipelines.status === 'rejected')
        throw cannotReadPipelines(pipelines.reason, settings.words);
}
async function readInstance(client, settings, hasInputs, retry) {
    const wantsCancel = settings.cancelOnAbort || settings.cancelOnTimeout;
    const skipped = Promise.resolve(undefined);
    const [version, token] = await Promise.allSettled([
        hasInputs ? (0,_gitlab_endpoints_js__WEBPACK_IMPORTED_MODULE_2__/* .getVersion */ .HF)(client, retry) : skipped,
        settings.wait && (wantsCancel || settings.playManual.length > 0)
            ? (0,_gitlab_endpoints_js__WEBPACK_IMPORTED_MODULE_2__/* .getTokenSelfWithKind */ .K4)(client, retry)
            : skipped
    ]);
    return { version, token };
}
function judgeInstance({ version, token }, settings, hasInputs, log) {
    const { words } = settings;
    if (hasInputs)
        checkInputsSupport(version, log);
    if (token.status === 'rejected') {
        log.debug(`Could not read the scopes of ${words.name('api-token')}: ${token.reason.message}`);
    }
    else if (token.value) {
        const { scopes, granular } = token.value;
        if (granular === true || scopes.includes('granular')) {
            log.debug(`${words.name('api-token')} is a fine-grained token: its cancel permission is not checked`);
        }
        else if (!scopes.includes('api') && settings.playManual.length > 0) {
            throw new _gitlab_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitLabError */ .Y({
                kind: 'http',
                request: 'GET /personal_access_tokens/self',
                gitlabMessage: `${words.name('api-token')} has the scopes ${scopes.join(', ') || '(none)'} but not api, which playing a manual job needs`,
                hint: `Give the token the api scope, or leave out ${words.name('play-manual')}. Nothing was triggered`
            });
        }
        else if (!scopes.includes('api')) {
            log.warning(`${words.name('api-token')} has the scopes ${scopes.join(', ') || '(none)'} but not api: it can wait, but cancelling the downstream pipeline on timeout or cancellation will not be possible. Give the token the api scope, or turn cancelling off: ${words.set('cancel-on-timeout', 'false')} and ${words.set('cancel-on-abort', 'false')}.`, `${words.name('api-token')} cannot cancel`);
        }
    }
}
function cannotReadPipelines(reason, words) {
    if (!(reason instanceof _gitlab_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitLabError */ .Y) || reason.status !== 403)
        return reason;
    return new _gitlab_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitLabError */ .Y({
        kind: reason.kind,
        request: reason.request,
        gitlabMessage: reason.gitlabMessage,
        hint: `The API token (${words.name('api-token')}) can see the project but not read its pipelines, so it could not follow the pipeline: give its user at least the Reporter role in the project (a Guest cannot read pipelines of a private project), or give a fine-grained token the read_pipeline permission. Nothing was triggered`,
        status: reason.status
    });
}
function checkInputsSupport(version, log) {
    if (version.status === 'rejected' || !version.value) {
        const why = version.status === 'rejected' ? version.reason.message : 'no answer';
        log.warning(`Could not read GitLab's version (${why}): GitLab before 17.11 ignores pipeline inputs sent to the trigger API, and the pipeline then runs with its spec:inputs defaults.`, 'GitLab version unknown');
        return;
    }
    const text = version.value.version;
    const match = /^(\d+)\.(\d+)/.exec(text);
    if (!match)
        return;
    const have = [Number(match[1]), Number(match[2])];
    const atLeast = ([major, minor]) => have[0] > major || (have[0] === major && have[1] >= minor);
    if (!atLeast(INPUTS_FROM)) {
        throw new _gitlab_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitLabError */ .Y({
            kind: 'http',
            request: 'GET /version',
            gitlabMessage: `GitLab ${text} ignores pipeline inputs sent to the trigger API (they arrive in 17.11), so the pipeline would run with its spec:inputs defaults`,
            hint: 'Upgrade GitLab to 17.11 or later, or pass these values as variables instead of inputs. Nothing was triggered'
        });
    }
    if (!atLeast(INPUTS_GA)) {
        log.warning(`GitLab ${text} takes pipeline inputs on the trigger API only while the ci_inputs_for_pipelines feature flag is on (the default from 17.11, always from 18.1); with it off they are ignored and the pipeline runs with its spec:inputs defaults.`, 'Pipeline inputs may be ignored');
    }
}


/***/ })

};
;