"use strict";
exports.id = 594;
exports.ids = [594,661,675];
exports.modules = {

/***/ 3594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTokens: () => (/* binding */ runTokens)
});

// UNUSED EXPORTS: TOKENS_USAGE, tokensActionUsage

// EXTERNAL MODULE: ./src/gitlab/client.ts
var gitlab_client = __webpack_require__(696);
// EXTERNAL MODULE: ./src/gitlab/endpoints.ts
var endpoints = __webpack_require__(5661);
// EXTERNAL MODULE: ./src/gitlab/errors.ts
var errors = __webpack_require__(9452);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/settings/inputs-table.ts + 3 modules
var inputs_table = __webpack_require__(5006);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
// EXTERNAL MODULE: ./src/cli/input-flags.ts + 1 modules
var input_flags = __webpack_require__(5083);
// EXTERNAL MODULE: ./src/text/far-side.ts
var far_side = __webpack_require__(7916);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
;// CONCATENATED MODULE: ./src/cli/confirm.ts

function terminalConfirmer(input = process.stdin, output = process.stderr) {
    return {
        interactive: input.isTTY === true,
        confirm: question => new Promise(resolve => {
            const prompt = (0,external_node_readline_.createInterface)({ input, output, terminal: true });
            let answered = false;
            const finish = (yes) => {
                if (answered)
                    return;
                answered = true;
                prompt.close();
                resolve(yes);
            };
            prompt.on('SIGINT', () => {
                output.write('\n');
                finish(false);
            });
            prompt.on('close', () => {
                if (!answered)
                    output.write('\n');
                finish(false);
            });
            prompt.question(question, answer => finish(/^y(es)?$/i.test(answer.trim())));
        })
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/tokens.ts









const ACTIONS = {
    list: { args: '', about: 'every trigger token of the project' },
    get: { args: 'ID', about: 'one trigger token' },
    create: {
        args: '--description TEXT',
        about: 'a new trigger token; printed once: store it as a secret'
    },
    update: { args: 'ID --description TEXT', about: "change a token's description" },
    delete: {
        args: 'ID [--yes]',
        about: 'revoke a token; pipelines can no longer be triggered with it. Asks first on a terminal; elsewhere (scripts, CI) needs --yes'
    }
};
const ACTION_NAMES = Object.keys(ACTIONS);
const NEEDS_ID = ['get', 'update', 'delete'];
const NEEDS_DESCRIPTION = ['create', 'update'];
const TOKENS_FLAGS = {
    ...flags/* CONNECTION_FLAGS */.RA,
    description: { type: 'string', example: '"deploys from Jenkins"' },
    yes: { type: 'boolean', short: 'y' }
};
const API_TOKEN_ENV = (0,inputs_table/* inputSpec */.mm)('api-token').env;
const USAGE_LINE = `usage: ${version/* TOOL_NAME */.lH} tokens list|get ID|create --description TEXT|update ID --description TEXT|delete ID [--yes] --project my-group/my-project   (tokens --help)`;
const COLUMN = 33;
const NEEDS_TOKEN = `Needs ${API_TOKEN_ENV}: an access token with the api scope of a Maintainer of the project.`;
const CONNECTION_LINES = (0,input_flags/* optionLines */.rQ)(['project', 'gitlab-url'], COLUMN).join('\n');
const TOKENS_USAGE = `Usage: ${version/* TOOL_NAME */.lH} tokens COMMAND --project PROJECT [--gitlab-url URL] [--json]

Manages the project's pipeline trigger tokens.
${NEEDS_TOKEN}

Commands:
${ACTION_NAMES.map(name => (0,input_flags/* usageLine */.U0)(`${name} ${ACTIONS[name].args}`.trim(), ACTIONS[name].about, COLUMN)).join('\n')}

Options:
${CONNECTION_LINES}
  --json                         print GitLab's answer as JSON on stdout
  -y, --yes                      delete without asking
  -h, --help                     print this help (tokens COMMAND --help: that command's)

GitLab shows a token in full only to its owner; tokens owned by someone else come back
shortened to 4 characters, and are printed as GitLab gives them.

Exit codes: 0 done, 1 delete not confirmed (nothing sent), 2 bad usage (nothing sent),
3 GitLab refused the request or could not be reached.
`;
function tokensActionUsage(action) {
    const { args, about } = ACTIONS[action];
    const extra = [
        ...(NEEDS_DESCRIPTION.includes(action)
            ? [
                (0,input_flags/* usageLine */.U0)('--description TEXT', 'what the token is for, e.g. "deploys from Jenkins"', COLUMN)
            ]
            : []),
        ...(action === 'delete' ? ['  -y, --yes                      delete without asking'] : [])
    ];
    return `Usage: ${version/* TOOL_NAME */.lH} tokens ${`${action} ${args}`.trim()} --project PROJECT [--gitlab-url URL] [--json]

${about[0].toUpperCase()}${about.slice(1)}.
${NEEDS_TOKEN}

Options:
${[CONNECTION_LINES, ...extra].join('\n')}
  --json                         print GitLab's answer as JSON on stdout
  -h, --help                     print this help
`;
}
async function runTokens(argv, env, reporter, confirmer = terminalConfirmer()) {
    const { values, positionals } = (0,flags/* readFlags */.uW)(argv, TOKENS_FLAGS, USAGE_LINE, 2);
    if (values.help) {
        const action = positionals[0];
        reporter.result(Object.hasOwn(ACTIONS, action) ? tokensActionUsage(action) : TOKENS_USAGE);
        return 0;
    }
    const request = tokensRequest(values, positionals, env, reporter, confirmer.interactive);
    if (request.action === 'delete' && !request.confirmed) {
        const yes = await confirmer.confirm(`Delete trigger token ${request.id} of ${request.settings.project}? Pipelines can no longer be triggered with it. [y/N] `);
        if (!yes) {
            reporter.info(`Not deleted: trigger token ${request.id} is unchanged`);
            return 1;
        }
    }
    try {
        await callTokensApi(request, reporter, await reporter.requestLines());
        return 0;
    }
    catch (error) {
        if (!(error instanceof errors/* GitLabError */.Y))
            throw error;
        reporter.error(error.message);
        return 3;
    }
}
function tokensRequest(values, positionals, env, reporter, interactive) {
    const inputs = (0,input_flags/* cliInputs */.Un)(flags/* CONNECTION_INPUTS */.vS, values, env);
    const apiToken = inputs.raw['api-token']?.trim();
    if (apiToken)
        reporter.mask(apiToken);
    for (const warning of inputs.warnings)
        reporter.warning(warning);
    const { action, id } = parseCommand(positionals, values.description, inputs.problems);
    const confirmed = values.yes === true;
    if (confirmed && action !== undefined && action !== 'delete')
        inputs.problems.push(`--yes only applies to tokens delete; leave it out of tokens ${action}`);
    if (action === 'delete' && !confirmed && !interactive) {
        inputs.problems.push(`tokens delete revokes the token for good and asks first, but stdin is not a terminal: add --yes to delete without asking, e.g. tokens delete ${Number.isInteger(id) ? id : 12} --yes --project my-group/my-project`);
    }
    const words = (0,input_flags/* cliWords */.q3)(inputs.labels);
    if (!apiToken)
        inputs.problems.push(missingToken(words));
    const parsed = (0,flags/* settingsFrom */.ms)(inputs, USAGE_LINE, flags/* CONNECTION_INPUTS */.vS);
    if (!action || !parsed.apiToken)
        throw new flags/* UsageError */.eb(['tokens: nothing to do'], USAGE_LINE);
    return {
        action,
        id,
        description: typeof values.description === 'string' ? values.description : '',
        confirmed,
        json: values.json === true,
        words,
        settings: {
            gitlabUrl: parsed.gitlabUrl,
            project: parsed.project,
            apiToken: parsed.apiToken,
            requestTimeoutMs: (0,flags/* requestTimeoutOrUsageError */.XS)(env, USAGE_LINE)
        }
    };
}
function missingToken(words) {
    const label = words.name('api-token');
    return `${label} ${label.startsWith('--') ? 'is empty' : 'is not set'}: managing trigger tokens needs an access token with the api scope of a project Maintainer, e.g. ${words.set('api-token', 'glpat-…')}`;
}
async function callTokensApi(request, reporter, onRequest) {
    const { action, id, description, json, settings, words } = request;
    const client = new gitlab_client/* GitLabClient */.zZ({
        gitlabUrl: settings.gitlabUrl,
        token: settings.apiToken,
        requestTimeoutMs: settings.requestTimeoutMs,
        onRequest,
        inputNames: {
            apiToken: words.name('api-token'),
            triggerToken: words.advise('trigger-token'),
            gitlabUrl: words.name('gitlab-url')
        }
    });
    const { project } = settings;
    switch (action) {
        case 'list': {
            const tokens = await (0,endpoints/* listTriggerTokens */.Zg)(client, project);
            if (json)
                reporter.result(JSON.stringify(tokens));
            else if (tokens.length === 0)
                reporter.info(`${project} has no pipeline trigger tokens`);
            else
                reporter.result(tokenTable(tokens));
            return;
        }
        case 'get': {
            const token = await (0,endpoints/* getTriggerToken */.MU)(client, project, id);
            reporter.result(json ? JSON.stringify(token) : tokenDetails(token));
            return;
        }
        case 'create': {
            const token = await (0,endpoints/* createTriggerToken */.yq)(client, project, description);
            reporter.result(json ? JSON.stringify(token) : `Created trigger token ${token.id}: ${token.token}`);
            reporter.info(`Store it now as a secret, e.g. ${(0,inputs_table/* inputSpec */.mm)('trigger-token').env} in your CI: whoever has it can start pipelines in ${project} as you.`);
            return;
        }
        case 'update': {
            const token = await (0,endpoints/* updateTriggerToken */.vR)(client, project, id, description);
            reporter.result(json
                ? JSON.stringify(token)
                : `Updated trigger token ${token.id}: ${JSON.stringify(token.description ?? '')}`);
            return;
        }
        case 'delete': {
            await (0,endpoints/* deleteTriggerToken */.xj)(client, project, id);
            reporter.result(json ? JSON.stringify({ id, deleted: true }) : `Deleted trigger token ${id}`);
            return;
        }
    }
}
function parseCommand(positionals, description, problems) {
    const [action, id] = positionals;
    if (!Object.hasOwn(ACTIONS, action ?? '')) {
        const got = action === undefined ? 'no command' : `"${action}"`;
        const guess = action === undefined ? undefined : (0,flags/* closestName */.Nf)(action, ACTION_NAMES);
        problems.push(`tokens needs one of ${ACTION_NAMES.join(', ')}; got ${got}${guess ? `; did you mean tokens ${guess}?` : ''}`);
        return { id: NaN };
    }
    const known = action;
    if (NEEDS_ID.includes(known) && !/^[1-9]\d*$/.test(id ?? '')) {
        problems.push(`tokens ${known} needs the token's numeric ID${id === undefined ? '' : `, got "${id}"`}, e.g. tokens ${known} 12 --project my-group/my-project (tokens list shows the IDs)`);
    }
    if (!NEEDS_ID.includes(known) && id !== undefined)
        problems.push(`tokens ${known} takes no ID; got "${id}"`);
    if (NEEDS_DESCRIPTION.includes(known) &&
        !(typeof description === 'string' && description.trim())) {
        problems.push(`tokens ${known} needs --description TEXT, e.g. --description "deploys from Jenkins"`);
    }
    return { action: known, id: Number(id) };
}
function when(timestamp, none) {
    if (!timestamp)
        return none;
    const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}).*Z$/.exec(timestamp);
    return match ? `${match[1]} ${match[2]} UTC` : timestamp;
}
const FIELDS = [
    { heading: 'ID', show: token => String(token.id) },
    { heading: 'Description', show: token => token.description ?? '' },
    { heading: 'Owner', show: token => token.owner?.username ?? '' },
    { heading: 'Created', show: token => when(token.created_at, 'unknown') },
    { heading: 'Last used', show: token => when(token.last_used, 'never') },
    { heading: 'Expires', show: token => when(token.expires_at, 'never') },
    { heading: 'Token', show: token => token.token }
];
function tokenTable(tokens) {
    const rows = [
        FIELDS.map(field => field.heading.toUpperCase()),
        ...tokens.map(token => FIELDS.map(field => (0,far_side/* withoutTerminalControls */.JC)((0,far_side/* inertOneLine */.f4)(field.show(token)))))
    ];
    const widths = FIELDS.map((_, column) => Math.max(...rows.map(row => row[column].length)));
    return rows
        .map(row => row
        .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column])))
        .join('  '))
        .join('\n');
}
function tokenDetails(token) {
    const width = Math.max(...FIELDS.map(field => field.heading.length)) + 2;
    return FIELDS.map(field => `${`${field.heading}:`.padEnd(width)}${field.show(token)}`).join('\n');
}


/***/ }),

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


/***/ })

};
;