"use strict";
exports.id = 620;
exports.ids = [620,661,675];
exports.modules = {

/***/ 5661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HF: () => (/* binding */ getVersion),
/* harmony export */   Hg: () => (/* binding */ listTriggerJobs),
/* harmony export */   K4: () => (/* binding */ getTokenSelfWithKind),
/* harmony export */   MU: () => (/* binding */ getTriggerToken),
/* harmony export */   N6: () => (/* binding */ listJobs),
/* harmony export */   QR: () => (/* binding */ probePipelines),
/* harmony export */   U1: () => (/* binding */ getProject),
/* harmony export */   WO: () => (/* binding */ streamJobArtifactFile),
/* harmony export */   X9: () => (/* binding */ listBridges),
/* harmony export */   Zg: () => (/* binding */ listTriggerTokens),
/* harmony export */   ax: () => (/* binding */ getJob),
/* harmony export */   cI: () => (/* binding */ streamJobTraceRange),
/* harmony export */   getPipeline: () => (/* binding */ getPipeline),
/* harmony export */   jg: () => (/* binding */ streamJobArtifactsArchive),
/* harmony export */   jz: () => (/* binding */ cancelPipeline),
/* harmony export */   tw: () => (/* binding */ streamJobTrace),
/* harmony export */   vR: () => (/* binding */ updateTriggerToken),
/* harmony export */   xj: () => (/* binding */ deleteTriggerToken),
/* harmony export */   yq: () => (/* binding */ createTriggerToken),
/* harmony export */   z5: () => (/* binding */ MAX_TRACE_RANGE_BYTES)
/* harmony export */ });
/* unused harmony exports getTokenSelf, encodeArtifactPath */
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
const listTriggerTokens = (client, project, retry) => listAll(client, `${projectPath(project)}/triggers`, _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .triggerTokenSchema */ .Rj, 'tokens', retry, {
    what: 'triggers'
});
const getTriggerToken = (client, project, id) => data(client, {
    method: 'GET',
    path: `${projectPath(project)}/triggers/${id}`,
    schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .triggerTokenSchema */ .Rj,
    operation: 'tokens'
});
const createTriggerToken = (client, project, description) => data(client, {
    method: 'POST',
    path: `${projectPath(project)}/triggers`,
    body: { description },
    schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .triggerTokenSchema */ .Rj,
    operation: 'tokens'
});
const updateTriggerToken = (client, project, id, description) => data(client, {
    method: 'PUT',
    path: `${projectPath(project)}/triggers/${id}`,
    body: { description },
    schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .triggerTokenSchema */ .Rj,
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
/* harmony export */   Rj: () => (/* binding */ triggerTokenSchema),
/* harmony export */   XO: () => (/* binding */ bridgeSchema),
/* harmony export */   hD: () => (/* binding */ tokenSelfGranularSchema),
/* harmony export */   jQ: () => (/* binding */ jobSchema),
/* harmony export */   pipelineSchema: () => (/* binding */ pipelineSchema),
/* harmony export */   qO: () => (/* binding */ lenientJobSchema)
/* harmony export */ });
/* unused harmony exports tokenSelfSchema, traceSchema */
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

/***/ 2404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bK: () => (/* binding */ RequestBudget),
/* harmony export */   eW: () => (/* binding */ REQUESTS_PER_MINUTE)
/* harmony export */ });
/* unused harmony exports RESERVE, STATUS_EVERY_MS, TURN_GRACE_MS */
const REQUESTS_PER_MINUTE = 60;
const BURST = 2;
const RESERVE = 2;
const REFILL_PER_MS = (REQUESTS_PER_MINUTE - BURST) / 60_000;
const WINDOW_MS = 60_000;
const STATUS_EVERY_MS = 5_000;
const STATUS_SHARE = 0.25;
const SHARED_STATUS_SHARE = 0.5;
const TURN_GRACE_MS = 250;
class RequestBudget {
    tokens = BURST;
    refilledAt;
    sent = [];
    limited = false;
    saidLimited = false;
    statusCosts = new Map();
    turns = [];
    statusTurns = new Set();
    lastSpentAt;
    constructor(now) {
        this.refilledAt = now;
        this.lastSpentAt = now;
    }
    join(member) {
        this.statusCosts.set(member, 1);
    }
    leave(member) {
        this.statusCosts.delete(member);
        this.served(member);
    }
    shared() {
        return this.statusCosts.size > 1;
    }
    setStatusCost(member, requests) {
        if (this.statusCosts.has(member))
            this.statusCosts.set(member, Math.max(1, requests));
    }
    statusCostOf(member) {
        return this.statusCosts.get(member) ?? 1;
    }
    statusSpacingMs() {
        let cost = 0;
        for (const one of this.statusCosts.values())
            cost += one;
        const share = this.shared() ? SHARED_STATUS_SHARE : STATUS_SHARE;
        return Math.max(STATUS_EVERY_MS, (Math.max(1, cost) * 60_000) / (REQUESTS_PER_MINUTE * share));
    }
    spend(requests, now) {
        this.lastSpentAt = Math.max(this.lastSpentAt, now);
        this.refill(now);
        this.tokens -= requests;
        for (let i = 0; i < requests; i++)
            this.sent.push(now);
    }
    refund(requests, at) {
        for (let i = this.sent.length - 1, left = requests; i >= 0 && left > 0; i--)
            if (this.sent[i] === at) {
                this.sent.splice(i, 1);
                this.tokens += 1;
                left--;
            }
    }
    settle(setAside, at, made, now) {
        this.refund(setAside, at);
        this.spend(made, now);
    }
    sentInLastMinute(now) {
        this.forgetOlderThanAMinute(now);
        return this.sent.length;
    }
    roomAt(now, cost = 1, limit = REQUESTS_PER_MINUTE) {
        this.forgetOlderThanAMinute(now);
        const over = this.sent.length + cost - limit;
        if (over <= 0 || this.sent.length === 0)
            return now;
        return this.sent[Math.min(over, this.sent.length) - 1] + WINDOW_MS;
    }
    takeLast(count, now) {
        this.forgetOlderThanAMinute(now);
        const fit = Math.max(0, Math.min(count, REQUESTS_PER_MINUTE - this.sent.length));
        if (fit > 0)
            this.spend(fit, now);
        return fit;
    }
    affords(cost, now) {
        return this.affordableAt(cost, now) <= now;
    }
    affordableAt(cost, now) {
        const bucketAt = now + Math.max(0, (Math.min(cost, BURST) - this.tokensAt(now)) / REFILL_PER_MS);
        return Math.max(bucketAt, this.roomLeavingReserveAt(now, cost));
    }
    roomLeavingReserveAt(now, cost = 1) {
        return this.roomAt(now, cost, REQUESTS_PER_MINUTE - RESERVE);
    }
    turnAt(member, cost, now) {
        const at = this.affordableAt(cost, now);
        const first = this.turns[0];
        if (first === undefined || first === member)
            return at;
        const affordableSince = at > now ? at : this.affordableAt(cost, this.lastSpentAt);
        return Math.max(at, affordableSince + TURN_GRACE_MS);
    }
    waitTurn(member, status = false) {
        if (!status) {
            this.limited = true;
            if (!this.turns.includes(member))
                this.turns.push(member);
            return;
        }
        if (this.statusTurns.has(member))
            return;
        this.served(member);
        const firstRead = this.turns.findIndex(other => !this.statusTurns.has(other));
        this.statusTurns.add(member);
        this.turns.splice(firstRead < 0 ? this.turns.length : firstRead, 0, member);
    }
    waitsForStatus(member) {
        return this.statusTurns.has(member);
    }
    served(member) {
        const index = this.turns.indexOf(member);
        if (index >= 0)
            this.turns.splice(index, 1);
        this.statusTurns.delete(member);
    }
    limitedNews() {
        if (!this.limited || this.saidLimited)
            return false;
        this.saidLimited = true;
        return true;
    }
    forgetOlderThanAMinute(now) {
        let old = 0;
        while (old < this.sent.length && this.sent[old] <= now - WINDOW_MS)
            old++;
        if (old > 0)
            this.sent = this.sent.slice(old);
    }
    tokensAt(now) {
        return Math.min(BURST, this.tokens + Math.max(0, now - this.refilledAt) * REFILL_PER_MS);
    }
    refill(now) {
        this.tokens = this.tokensAt(now);
        this.refilledAt = Math.max(this.refilledAt, now);
    }
}


/***/ }),

/***/ 3987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u9: () => (/* binding */ ArtifactsError),
  b2: () => (/* binding */ directoryKey),
  UL: () => (/* binding */ downloadArtifacts),
  S4: () => (/* binding */ jobDirectoryName)
});

// UNUSED EXPORTS: MAX_ARCHIVE_BYTES, MAX_DIRECTORY_NAME_BYTES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/gitlab/endpoints.ts
var endpoints = __webpack_require__(5661);
// EXTERNAL MODULE: ./src/gitlab/errors.ts
var errors = __webpack_require__(9452);
;// CONCATENATED MODULE: ./src/run/results/glob.ts
function globToRegExp(glob) {
    let source = '';
    for (let i = 0; i < glob.length; i++) {
        const char = glob[i];
        if (char === '*' && glob[i + 1] === '*') {
            const segmentStart = i === 0 || glob[i - 1] === '/';
            const segmentEnd = i + 2 === glob.length || glob[i + 2] === '/';
            if (segmentStart && segmentEnd) {
                if (i + 2 === glob.length) {
                    source += '.*';
                }
                else {
                    source += '(?:[^/]*/)*';
                    i++;
                }
                i++;
                continue;
            }
            source += '[^/]*';
            i++;
            continue;
        }
        if (char === '*')
            source += '[^/]*';
        else if (char === '?')
            source += '[^/]';
        else
            source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}
function pathMatches(path, glob) {
    if (glob.test(path))
        return true;
    for (let slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1))
        if (glob.test(path.slice(0, slash)))
            return true;
    return false;
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./src/run/results/zip-extract.ts






const DEFAULT_EXTRACT_LIMITS = {
    maxTotalBytes: 1024 * 1024 * 1024,
    maxEntries: 100_000
};
class ArchiveError extends Error {
    problem;
    entry;
    constructor(problem, message, entry, options) {
        super(message, options);
        this.problem = problem;
        this.entry = entry;
        this.name = 'ArchiveError';
    }
}
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
const STORED = 0;
const DEFLATED = 8;
async function extractZip(zipPath, destination, options = {}) {
    const limits = { ...DEFAULT_EXTRACT_LIMITS, ...options.limits };
    const root = external_node_path_.resolve(destination);
    let zip;
    try {
        zip = await yauzl.openPromise(zipPath, {
            lazyEntries: true,
            autoClose: false,
            decodeStrings: false,
            validateEntrySizes: true
        });
    }
    catch (error) {
        throw new ArchiveError('unreadable', `the archive is not a readable zip (${message(error)})`, undefined, {
            cause: error
        });
    }
    try {
        if (zip.entryCount > limits.maxEntries)
            throw new ArchiveError('too-large', `the archive lists ${zip.entryCount} entries, more than the ${limits.maxEntries} allowed`);
        const planned = await plan(zip, root, limits, options.select);
        const totalBytes = planned.reduce((sum, item) => sum + item.entry.uncompressedSize, 0);
        return await write(zip, root, planned, totalBytes, options);
    }
    finally {
        zip.close();
    }
}
async function plan(zip, root, limits, select) {
    const planned = [];
    let total = 0;
    try {
        for await (const entry of zip.eachEntry()) {
            const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
            const directory = name.endsWith('/');
            const relative = directory ? name.slice(0, -1) : name;
            if (directory && external_node_path_.posix.normalize(relative) === '.')
                continue;
            const unsafe = unsafeName(relative, root);
            if (unsafe)
                throw new ArchiveError('unsafe-entry', `the entry "${printable(name)}" ${unsafe}`, name);
            const mode = entry.externalFileAttributes >>> 16;
            const type = mode & S_IFMT;
            if (type === S_IFLNK)
                throw new ArchiveError('unsafe-entry', `the entry "${printable(name)}" is a symbolic link; links are not extracted, so that nothing can point outside the directory`, name);
            if (type !== 0 && type !== S_IFREG && type !== S_IFDIR)
                throw new ArchiveError('unsafe-entry', `the entry "${printable(name)}" is not a file or a directory`, name);
            const isDirectory = directory || type === S_IFDIR;
            if (!isDirectory && entry.isEncrypted())
                throw new ArchiveError('unreadable', `the entry "${printable(name)}" is encrypted`, name);
            if (!isDirectory &&
                entry.compressionMethod !== STORED &&
                entry.compressionMethod !== DEFLATED)
                throw new ArchiveError('unreadable', `the entry "${printable(name)}" uses compression method ${entry.compressionMethod}; only stored and deflated entries can be read`, name);
            const clean = external_node_path_.posix.normalize(relative);
            if (select && !select(clean))
                continue;
            if (!isDirectory) {
                total += entry.uncompressedSize;
                if (total > limits.maxTotalBytes)
                    throw new ArchiveError('too-large', `the entry "${printable(name)}" (${entry.uncompressedSize} bytes) takes the files extracted past ${limits.maxTotalBytes} bytes, the limit`, name);
            }
            planned.push({
                entry,
                name: clean,
                directory: isDirectory,
                executable: (mode & 0o111) !== 0
            });
        }
    }
    catch (error) {
        if (error instanceof ArchiveError)
            throw error;
        throw new ArchiveError('unreadable', `the archive is damaged (${message(error)})`, undefined, {
            cause: error
        });
    }
    return planned;
}
function unsafeName(name, root) {
    if (name === '')
        return 'has an empty name';
    if (/[\u0000-\u001f\u007f]/.test(name))
        return 'has a control character in its name';
    if (name.startsWith('/'))
        return 'has an absolute path';
    if (/^[A-Za-z]:/.test(name))
        return 'starts with a drive letter';
    if (name.split('/').includes('..'))
        return 'contains ".." and would leave the directory';
    if (process.platform === 'win32' && name.includes(':'))
        return 'contains ":"';
    const target = external_node_path_.resolve(root, name);
    if (target === root || !target.startsWith(root + external_node_path_.sep))
        return 'would leave the directory once normalised';
    return undefined;
}
async function write(zip, root, planned, totalBytes, options) {
    const step = options.progressStepBytes ?? 32 * 1024 * 1024;
    const files = [];
    let bytes = 0;
    let reported = 0;
    for (const item of planned) {
        options.signal?.throwIfAborted();
        const target = external_node_path_.resolve(root, item.name);
        if (item.directory) {
            await (0,promises_.mkdir)(target, { recursive: true });
            continue;
        }
        await (0,promises_.mkdir)(external_node_path_.dirname(target), { recursive: true });
        const counter = new external_node_stream_.Transform({
            transform(chunk, _encoding, done) {
                bytes += chunk.length;
                if (options.onProgress && bytes - reported >= step) {
                    reported = bytes;
                    options.onProgress(bytes, totalBytes);
                }
                done(null, chunk);
            }
        });
        try {
            const data = await zip.openReadStreamPromise(item.entry);
            await (0,external_node_stream_promises_.pipeline)(data, counter, (0,external_node_fs_.createWriteStream)(target, { flags: 'wx', mode: item.executable ? 0o755 : 0o644 }), { signal: options.signal });
        }
        catch (error) {
            if (options.signal?.aborted)
                throw error;
            throw entryWriteError(item.name, error);
        }
        files.push(item.name);
    }
    options.onProgress?.(bytes, totalBytes);
    return { files, bytes };
}
function entryWriteError(name, error) {
    const text = message(error);
    const shown = printable(name);
    if (/too many bytes/i.test(text))
        return new ArchiveError('zip-bomb', `the entry "${shown}" inflates past the size its header declares (${text}); the archive is refused`, name, { cause: error });
    const code = error.code;
    if (code === 'EEXIST' || code === 'ENOTDIR' || code === 'EISDIR')
        return new ArchiveError('unsafe-entry', `the entry "${shown}" collides with another entry of the archive (${code})`, name, { cause: error });
    return new ArchiveError('unreadable', `the entry "${shown}" could not be extracted (${text})`, name, {
        cause: error
    });
}
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;
function printable(name) {
    return name.replace(CONTROL_CHARACTERS, char => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
function message(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/run/results/artifacts.ts









const NOT_IN_A_FILE_NAME = /[/\\:*?"<>|\u0000-\u001f\u007f]|\p{Cs}/gu;
const WINDOWS_DEVICE = /^(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])(?=[. ]|$)/iu;
const STAGING_AFFIX_BYTES = 16;
const MAX_DIRECTORY_NAME_BYTES = 143 - STAGING_AFFIX_BYTES;
function jobDirectoryName(job) {
    const name = job
        .replace(NOT_IN_A_FILE_NAME, '_')
        .replace(/[. ]+$/, m => '_'.repeat(m.length))
        .replace(WINDOWS_DEVICE, '$1_') || '_';
    if (Buffer.byteLength(name) <= MAX_DIRECTORY_NAME_BYTES)
        return name;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(job).digest('hex').slice(0, 8);
    return `${startWithinBytes(name, MAX_DIRECTORY_NAME_BYTES - 1 - hash.length)}-${hash}`;
}
function directoryKey(name) {
    return name.normalize('NFC').toLowerCase();
}
function startWithinBytes(name, maxBytes) {
    let kept = '';
    let bytes = 0;
    for (const char of name) {
        bytes += Buffer.byteLength(char);
        if (bytes > maxBytes)
            break;
        kept += char;
    }
    return kept;
}
const MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024;
class ArtifactsError extends Error {
    problem;
    job;
    entry;
    constructor(problem, job, detail, entry, options) {
        super(`artifacts of ${job}: ${detail}`, options);
        this.problem = problem;
        this.job = job;
        this.entry = entry;
        this.name = 'ArtifactsError';
    }
}
async function downloadArtifacts(client, project, job, options) {
    const dir = external_node_path_.resolve(options.artifactsDir, jobDirectoryName(job.name));
    const step = options.progressStepBytes ?? 32 * 1024 * 1024;
    const scratch = await (0,promises_.mkdtemp)(external_node_path_.join(options.tempDir ?? external_node_os_.tmpdir(), 'gitlab-artifacts-'));
    let staging;
    try {
        const archive = external_node_path_.join(scratch, 'artifacts.zip');
        await download(client, project, job, archive, options, step);
        options.signal?.throwIfAborted();
        await (0,promises_.mkdir)(options.artifactsDir, { recursive: true });
        staging = await (0,promises_.mkdtemp)(external_node_path_.join(options.artifactsDir, `.${external_node_path_.basename(dir)}.partial-`));
        const glob = options.glob === undefined ? undefined : globToRegExp(options.glob);
        let extracted;
        try {
            extracted = await extractZip(archive, staging, {
                select: glob ? name => pathMatches(name, glob) : undefined,
                limits: options.limits,
                signal: options.signal,
                progressStepBytes: step,
                onProgress: (bytes, totalBytes) => options.onProgress?.({ job: job.name, phase: 'extract', bytes, totalBytes })
            });
        }
        catch (error) {
            if (error instanceof ArchiveError)
                throw new ArtifactsError(error.problem, job.name, error.message, error.entry, {
                    cause: error
                });
            throw error;
        }
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        await (0,promises_.rename)(staging, dir);
        staging = undefined;
        return { dir, files: extracted.files, bytes: extracted.bytes };
    }
    finally {
        if (staging)
            await (0,promises_.rm)(staging, { recursive: true, force: true });
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
const MAX_DOWNLOAD_STARTS = 3;
async function download(client, project, job, file, options, step) {
    const retry = options.retry
        ? { ...options.retry, signal: options.signal ?? options.retry.signal }
        : options.signal
            ? { maxAttempts: 1, retryIf: () => false, signal: options.signal }
            : undefined;
    for (let start = 1;; start++) {
        const received = { bytes: 0 };
        try {
            await downloadOnce(client, project, job, file, options, step, retry, received);
            return;
        }
        catch (error) {
            if (error instanceof ArtifactsError)
                throw error;
            if (options.signal?.aborted)
                throw options.signal.reason;
            const again = error instanceof errors/* GitLabError */.Y &&
                received.bytes > 0 &&
                start < MAX_DOWNLOAD_STARTS &&
                retry !== undefined &&
                retry.retryIf(error) &&
                (retry.deadline === undefined || Date.now() < retry.deadline);
            if (again)
                continue;
            if (error instanceof errors/* GitLabError */.Y && error.status === 404)
                throw new ArtifactsError('missing', job.name, `job ${job.id} has no artifacts archive (GitLab answered 404): the job kept no artifacts:paths, or they expired or were erased`, undefined, { cause: error });
            throw new ArtifactsError('gitlab', job.name, error instanceof Error ? error.message : String(error), undefined, { cause: error });
        }
    }
}
async function downloadOnce(client, project, job, file, options, step, retry, received) {
    const maxBytes = options.maxArchiveBytes ?? MAX_ARCHIVE_BYTES;
    const fd = (0,external_node_fs_.openSync)(file, 'w', 0o600);
    let reported = 0;
    try {
        await (0,endpoints/* streamJobArtifactsArchive */.jg)(client, project, job.id, chunk => {
            received.bytes += chunk.length;
            if (received.bytes > maxBytes)
                throw new ArtifactsError('too-large', job.name, `the archive is larger than ${maxBytes} bytes, the most downloaded; narrow the job's artifacts:paths`);
            (0,external_node_fs_.writeSync)(fd, chunk);
            if (received.bytes - reported >= step) {
                reported = received.bytes;
                options.onProgress?.({ job: job.name, phase: 'download', bytes: received.bytes });
            }
        }, retry);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    options.onProgress?.({ job: job.name, phase: 'download', bytes: received.bytes });
}


/***/ })

};
;