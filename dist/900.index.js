"use strict";
exports.id = 900;
exports.ids = [900];
exports.modules = {

/***/ 1729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ readSettings)
/* harmony export */ });
/* harmony import */ var _settings_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2312);
/* harmony import */ var _settings_inputs_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5006);


function readInput(name) {
    return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
}
function readSettings(log) {
    const raw = {};
    for (const name of _settings_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT_NAMES */ .Qh) {
        raw[name] = readInput(name);
        const secret = raw[name]?.trim();
        if (secret && (0,_settings_inputs_table_js__WEBPACK_IMPORTED_MODULE_1__/* .inputSpec */ .mm)(name).secret)
            log.mask(secret);
    }
    const settings = (0,_settings_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSettings */ .P$)(raw);
    return {
        ...settings,
        requestTimeoutMs: (0,_settings_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .requestTimeoutFrom */ .TB)(process.env),
        workspace: process.env.GITHUB_WORKSPACE || process.cwd()
    };
}


/***/ }),

/***/ 8864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nq: () => (/* binding */ ActionLog),
  xB: () => (/* binding */ debugLines),
  EC: () => (/* binding */ runnerDebug)
});

// EXTERNAL MODULE: ./src/text/far-side.ts
var far_side = __webpack_require__(7916);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/action/workflow-commands.ts


const escapeData = (text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
function issueCommand(command, message, properties = {}) {
    writeCommand(command, (0,far_side/* inertText */.UJ)(message), properties);
}
function addMask(secret) {
    writeCommand('add-mask', secret, {});
}
function printLine(text) {
    process.stdout.write(`${(0,far_side/* inertOneLine */.f4)(text)}${external_node_os_.EOL}`);
}
function printInertBlock(text, resumeToken) {
    writeRaw(`::stop-commands::${resumeToken}`);
    process.stdout.write(`${(0,far_side/* inertText */.UJ)(text).split('\n').join(external_node_os_.EOL)}${external_node_os_.EOL}`);
    writeRaw(`::${resumeToken}::`);
}
function writeCommand(command, message, properties) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty((0,far_side/* inertOneLine */.f4)(value))}`)
        .join(',');
    writeRaw(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`);
}
function writeRaw(line) {
    process.stdout.write(`${line}${external_node_os_.EOL}`);
}

;// CONCATENATED MODULE: ./src/action/log.ts
const randomUUID = () => globalThis.crypto.randomUUID();


const runnerDebug = (env) => env.RUNNER_DEBUG === '1' || env.ACTIONS_STEP_DEBUG?.toLowerCase() === 'true';
async function debugLines(log) {
    const { requestLine } = await __webpack_require__.e(/* import() */ 549).then(__webpack_require__.bind(__webpack_require__, 9549));
    return info => log.debug(requestLine(info));
}
class ActionLog {
    mask(secret) {
        addMask(secret);
    }
    info(line) {
        printLine(line);
    }
    debug(line) {
        issueCommand('debug', line);
    }
    notice(message, title) {
        issueCommand('notice', message, { title });
    }
    warning(message, title) {
        issueCommand('warning', message, { title });
    }
    error(message, title) {
        issueCommand('error', message, { title });
    }
    live(lines) {
        for (const line of lines) {
            if (line.kind === 'open-group')
                issueCommand('group', (0,far_side/* inertOneLine */.f4)(line.title));
            else if (line.kind === 'close-group')
                issueCommand('endgroup', '');
            else
                printLine(line.text);
        }
    }
    group(title, text) {
        issueCommand('group', (0,far_side/* inertOneLine */.f4)(title));
        printInertBlock(text, randomUUID());
        issueCommand('endgroup', '');
    }
}


/***/ }),

/***/ 696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ projectSegment),
/* harmony export */   au: () => (/* binding */ unexpectedAnswer),
/* harmony export */   zZ: () => (/* binding */ GitLabClient)
/* harmony export */ });
/* unused harmony exports DEFAULT_REQUEST_TIMEOUT_MS, fieldName */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(311);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2177);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9452);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6791);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9374);
/* harmony import */ var _runtime_clock_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9842);






const NEVER_CONNECTED = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EADDRNOTAVAIL'
]);
class GitLabClient {
    apiUrl;
    instance;
    gitlabUrl;
    token;
    requestTimeoutMs;
    inputNames;
    clock;
    onRequest;
    rootCheck;
    rateLimit;
    answered = 0;
    constructor(options) {
        this.gitlabUrl = options.gitlabUrl;
        this.apiUrl = `${options.gitlabUrl}/api/v4`;
        this.token = options.token;
        this.requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
        this.inputNames = options.inputNames;
        this.clock = options.clock ?? _runtime_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .realClock */ .d;
        this.onRequest = options.onRequest;
        this.instance = options.instance ?? {};
    }
    request(request, retry) {
        const signal = request.operation === 'trigger' ? undefined : retry?.signal;
        return retry ? (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .withRetries */ .LH)(() => this.send(request, signal), retry) : this.send(request, signal);
    }
    async stream(request, onChunk, retry) {
        let received = 0;
        const once = async () => {
            const label = `${request.method} ${request.path}`;
            const message = await this.open({ ...request, schema: null }, retry?.signal);
            await pumpBody(message, this.requestTimeoutMs, label, retry?.signal, chunk => {
                received += chunk.length;
                onChunk(chunk);
            });
        };
        if (!retry)
            return once();
        return (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .withRetries */ .LH)(once, {
            ...retry,
            retryIf: error => received === 0 && retry.retryIf(error)
        });
    }
    async send(request, signal) {
        const label = `${request.method} ${request.path}`;
        const message = await this.open(request, signal);
        const body = await readBody(message, this.requestTimeoutMs, label, signal);
        return {
            data: parseBody(request, body, label),
            status: message.statusCode ?? 0,
            headers: message.headers
        };
    }
    async open(request, signal) {
        const label = `${request.method} ${request.path}`;
        const started = performance.now();
        let answer;
        try {
            answer = await this.sendFollowingRedirects(request, signal);
        }
        catch (error) {
            const failure = this.connectionError(error, label);
            this.observe(request.method, request.path, started, failure.code ?? failure.kind);
            throw failure;
        }
        const { message } = answer;
        const status = message.statusCode ?? 0;
        this.answered++;
        const remaining = message.headers['ratelimit-remaining'];
        this.observe(request.method, request.path, started, status, Number(remaining ?? NaN));
        if (message.headers['ratelimit-limit'] !== undefined) {
            const { rateLimitOf } = await __webpack_require__.e(/* import() */ 5).then(__webpack_require__.bind(__webpack_require__, 2005));
            this.rateLimit = rateLimitOf(message.headers, this.clock.now()) ?? this.rateLimit;
        }
        if (status >= 200 && status < 300)
            return message;
        throw await this.refusal(request, answer, label, signal);
    }
    async sendFollowingRedirects(request, signal) {
        const headers = {
            Accept: request.text ? 'text/plain' : 'application/json',
            'User-Agent': _version_js__WEBPACK_IMPORTED_MODULE_4__/* .USER_AGENT */ ._O
        };
        if (this.token)
            headers['PRIVATE-TOKEN'] = this.token;
        let payload = null;
        if (request.body !== undefined) {
            payload = JSON.stringify(request.body);
            headers['Content-Type'] = 'application/json';
            headers['Content-Length'] = String(Buffer.byteLength(payload));
        }
        let url = new URL(this.urlFor(request));
        for (let redirects = 0;; redirects++) {
            const message = await (0,_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .sendRequest */ .w)({
                method: request.method,
                url,
                headers,
                body: payload,
                timeoutMs: this.requestTimeoutMs,
                signal
            });
            const location = message.headers.location;
            const code = message.statusCode ?? 0;
            if (!(code >= 300 && code < 400) || !location || redirects >= (request.followRedirects ?? 0))
                return { message, url };
            const next = URL.canParse(location, url.href) ? new URL(location, url) : undefined;
            if (next?.protocol !== 'https:' && next?.protocol !== 'http:')
                return { message, url };
            message.resume();
            if (next.host !== url.host)
                delete headers['PRIVATE-TOKEN'];
            url = next;
        }
    }
    async refusal(request, { message, url }, label, signal) {
        const body = await readBody(message, this.requestTimeoutMs, label, signal);
        const { apiRootNotFound, refusalOf } = await __webpack_require__.e(/* import() */ 699).then(__webpack_require__.bind(__webpack_require__, 3699));
        return refusalOf({
            message,
            url,
            body,
            label,
            operation: request.operation,
            ref: request.ref,
            inputNames: this.inputNames,
            followRedirects: request.followRedirects,
            now: this.clock.now(),
            apiUrl: this.apiUrl,
            gitlabUrl: this.gitlabUrl,
            apiRootNotFound: () => (this.rootCheck ??= apiRootNotFound(this.apiUrl, this.requestTimeoutMs, (outcome, started) => this.observe('GET', '/version', started, outcome)))
        });
    }
    observe(method, path, started, outcome, rateLimitRemaining = NaN) {
        if (!this.onRequest)
            return;
        const durationMs = Math.round(performance.now() - started);
        try {
            this.onRequest({
                method,
                path,
                outcome,
                durationMs,
                ...(Number.isFinite(rateLimitRemaining) ? { rateLimitRemaining } : {})
            });
        }
        catch {
        }
    }
    urlFor(request) {
        const url = `${this.apiUrl}${request.path}`;
        if (!request.query)
            return url;
        const query = new URLSearchParams(Object.entries(request.query).flatMap(([key, value]) => Array.isArray(value) ? value.map(item => [key, String(item)]) : [[key, String(value)]]));
        return `${url}?${query}`;
    }
    connectionError(error, label) {
        const err = error;
        const url = new URL(this.apiUrl);
        const proxy = (0,_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .proxyFor */ .i)(url);
        const target = `${url.hostname}:${url.port || (url.protocol === 'https:' ? 443 : 80)}`;
        const via = proxy ? ` through the proxy ${proxy.host}` : '';
        const tunnel = proxy && /tunneling socket could not be established/i.test(err.message ?? '');
        const code = tunnel
            ? (/\b(E[A-Z]+)\b/.exec(err.message)?.[1] ?? 'EPROXY')
            : (err.code ?? err.message);
        if (tunnel || (err.code && NEVER_CONNECTED.has(err.code))) {
            const hint = proxy
                ? `Check the proxy settings (https_proxy, no_proxy) and that ${target} is reachable through it`
                : `Check the GitLab URL and that ${target} is reachable from this machine`;
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitLabError */ .Y({
                kind: 'unreachable',
                request: label,
                gitlabMessage: `could not connect to ${target}${via} (${tunnel ? err.message : code})`,
                hint,
                code
            });
        }
        if (err.code === 'ABORT_ERR') {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitLabError */ .Y({
                kind: 'connection-lost',
                request: label,
                gitlabMessage: 'the request was abandoned (time limit reached or run cancelled)',
                code: err.code
            });
        }
        if (err.code === 'ETIMEDOUT') {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitLabError */ .Y({
                kind: 'timeout',
                request: label,
                gitlabMessage: `${target}${via} did not answer within ${this.requestTimeoutMs / 1000}s`,
                code: err.code
            });
        }
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitLabError */ .Y({
            kind: 'connection-lost',
            request: label,
            gitlabMessage: `the connection to ${target}${via} broke (${code})`,
            code: err.code
        });
    }
}
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
function projectSegment(project) {
    return encodeURIComponent(project);
}
function parseBody(request, body, label) {
    if (request.schema === null)
        return undefined;
    let value = body;
    if (!request.text) {
        try {
            value = JSON.parse(body);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitLabError */ .Y({
                kind: 'unreadable',
                request: label,
                gitlabMessage: `the answer is not JSON: ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_5__/* .gitlabMessageOf */ .C)(body, undefined) || 'empty body'}`
            });
        }
    }
    const parsed = request.schema.safeParse(value);
    if (!parsed.success)
        throw unexpectedAnswer(parsed.error.issues[0], value, request.what, label);
    return parsed.data;
}
function unexpectedAnswer(issue, value, what, label) {
    const field = fieldName(what ?? 'answer', issue.path);
    let found = value;
    for (const key of issue.path)
        found =
            found !== null && typeof found === 'object'
                ? found[key]
                : undefined;
    const got = found === undefined
        ? 'missing'
        : found === null
            ? 'null'
            : Array.isArray(found)
                ? 'a list'
                : `a ${typeof found}`;
    const wanted = typeof issue.expected === 'string' ? `, not ${article(issue.expected)}` : '';
    const problem = issue.code === 'too_big' && issue.origin === 'int'
        ? `${field} is past 2^53 and would be rounded to another id: refused`
        : `${field} is ${got}${wanted}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitLabError */ .Y({
        kind: 'unexpected',
        request: label,
        gitlabMessage: `GitLab's answer is not what this tool expects: ${problem}`,
        hint: 'Asking again would give the same answer, so it was not retried; check that the GitLab URL points at GitLab, and report this with your GitLab version'
    });
}
function fieldName(what, path) {
    return path.reduce((name, key) => (typeof key === 'number' ? `${name}[${key}]` : `${name}.${String(key)}`), what);
}
const article = (type) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
async function readBody(message, timeoutMs, label, signal) {
    const chunks = [];
    await pumpBody(message, timeoutMs, label, signal, chunk => chunks.push(chunk));
    return Buffer.concat(chunks).toString('utf8');
}
function pumpBody(message, stallMs, label, signal, onChunk) {
    return new Promise((resolve, reject) => {
        let done = false;
        const settle = () => {
            done = true;
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
        };
        const fail = (reason) => {
            if (done)
                return;
            settle();
            message.destroy();
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitLabError */ .Y({ kind: 'unreadable', request: label, gitlabMessage: reason }));
        };
        const onAbort = () => fail('the request was abandoned');
        const stalled = () => fail(`the answer stalled for ${stallMs / 1000}s`);
        let timer = setTimeout(stalled, stallMs);
        signal?.addEventListener('abort', onAbort, { once: true });
        if (signal?.aborted)
            return onAbort();
        message.on('data', (chunk) => {
            if (done)
                return;
            clearTimeout(timer);
            timer = setTimeout(stalled, stallMs);
            try {
                onChunk(chunk);
            }
            catch (error) {
                settle();
                message.destroy();
                reject(error);
            }
        });
        message.on('end', () => {
            if (done)
                return;
            settle();
            resolve();
        });
        message.on('aborted', () => fail('the answer was cut short'));
        message.on('error', () => fail('the answer was cut short'));
        message.on('close', () => {
            if (!message.complete)
                fail('the answer was cut short');
        });
    });
}


/***/ }),

/***/ 9452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ GitLabError)
/* harmony export */ });
class GitLabError extends Error {
    kind;
    request;
    gitlabMessage;
    hint;
    status;
    retryAfterMs;
    retryAfterClamped;
    code;
    constructor(options) {
        const { status, gitlabMessage, hint = '' } = options;
        const answer = status === undefined
            ? gitlabMessage
            : `GitLab answered ${status}${gitlabMessage ? `: ${gitlabMessage}` : ''}`;
        super(hint ? `${answer}${/[.!?]$/.test(answer) ? '' : '.'} ${hint}` : answer);
        this.name = 'GitLabError';
        this.kind = options.kind;
        this.request = options.request;
        this.gitlabMessage = gitlabMessage;
        this.hint = hint;
        this.status = status;
        this.retryAfterMs = options.retryAfterMs;
        this.retryAfterClamped = options.retryAfterClamped;
        this.code = options.code;
    }
    with(changes) {
        const { kind, request, gitlabMessage, hint, status, retryAfterMs, retryAfterClamped, code } = this;
        return new GitLabError({
            ...{ kind, request, gitlabMessage, hint, status, retryAfterMs, retryAfterClamped, code },
            ...changes
        });
    }
    get neverSent() {
        return this.kind === 'unreachable' || this.status === 429;
    }
    get worthResending() {
        return (this.status === 429 ||
            (this.kind === 'unreachable' && (this.code === 'ECONNREFUSED' || this.code === 'EAI_AGAIN')));
    }
    get transient() {
        if (this.kind === 'http')
            return this.status === 429 || this.status === 408 || (this.status ?? 0) >= 500;
        return this.kind !== 'unexpected';
    }
}


/***/ }),

/***/ 6791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ gitlabMessageOf)
/* harmony export */ });
function gitlabMessageOf(body, contentType) {
    const text = body.trim();
    if (text === '')
        return '';
    if (contentType?.includes('html') || /^<(!doctype|html)/i.test(text)) {
        const title = /<title>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
        return title ? `an HTML page "${title}"` : 'an HTML page';
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return firstLine(text);
    }
    return messageOfJson(parsed) ?? firstLine(text);
}
function messageOfJson(value) {
    if (typeof value === 'string')
        return value;
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const record = value;
    if ('message' in record)
        return flattenMessage(record.message);
    if (typeof record.error === 'string') {
        return typeof record.error_description === 'string' ? record.error_description : record.error;
    }
    return undefined;
}
function flattenMessage(message) {
    if (typeof message === 'string')
        return message;
    if (Array.isArray(message))
        return message.map(String).join('; ');
    if (message && typeof message === 'object') {
        return Object.entries(message)
            .map(([key, value]) => {
            const texts = Array.isArray(value) ? value.map(String).join('; ') : String(value);
            return key === 'base' || key === 'error' ? texts : `${key}: ${texts}`;
        })
            .join('; ');
    }
    return undefined;
}
function firstLine(text) {
    const line = text.split('\n')[0].trim();
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}


/***/ }),

/***/ 2177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ quickReadPolicy),
/* harmony export */   LF: () => (/* binding */ triggerPolicy),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   Ny: () => (/* binding */ cancelPolicy),
/* harmony export */   T4: () => (/* binding */ readPolicy)
/* harmony export */ });
/* unused harmony exports TRIGGER_ATTEMPTS, backoffDelay, sleep */
/* harmony import */ var _runtime_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9842);

const TRIGGER_ATTEMPTS = 5;
const triggerPolicy = (context) => ({
    ...context,
    retryIf: error => error.worthResending,
    maxAttempts: TRIGGER_ATTEMPTS,
    failAtDeadline: true
});
const readPolicy = (context) => ({
    ...context,
    retryIf: error => error.transient,
    maxAttempts: Infinity
});
const cancelPolicy = (context) => ({
    ...context,
    retryIf: error => error.transient,
    maxAttempts: Infinity,
    failAtDeadline: true
});
const quickReadPolicy = (context) => ({
    ...context,
    retryIf: error => error.transient,
    maxAttempts: 3,
    maxPauseMs: 60_000
});
function backoffDelay(attempt, random = Math.random) {
    const ceiling = Math.min(30_000, 1_000 * 2 ** attempt);
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
const MAX_TIMER_MS = 2 ** 31 - 1;
async function withRetries(attempt, options) {
    const clock = options.clock ?? _runtime_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .realClock */ .d;
    for (let tries = 1;; tries++) {
        if (options.signal?.aborted)
            throw options.signal.reason;
        try {
            return await attempt();
        }
        catch (error) {
            const failure = error;
            if (options.signal?.aborted)
                throw error;
            if (tries >= options.maxAttempts || !isGitLabError(failure) || !options.retryIf(failure))
                throw error;
            const delayMs = failure.retryAfterMs ?? backoffDelay(tries - 1);
            if (delayMs > (options.maxPauseMs ?? MAX_TIMER_MS))
                throw error;
            if (options.deadline !== undefined && clock.now() + delayMs >= options.deadline) {
                if (options.failAtDeadline)
                    throw error;
                await clock.sleep(Math.max(0, options.deadline - clock.now()), options.signal);
                throw error;
            }
            options.onRetry?.(failure, delayMs, tries);
            await clock.sleep(delayMs, options.signal);
        }
    }
}
function isGitLabError(error) {
    return error instanceof Error && error.name === 'GitLabError';
}
function sleep(ms, signal) {
    return realClock.sleep(ms, signal);
}


/***/ }),

/***/ 8265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ isFinalStatus),
/* harmony export */   EH: () => (/* binding */ isCompletedStatus),
/* harmony export */   IM: () => (/* binding */ hasRunToEnd),
/* harmony export */   Mq: () => (/* binding */ isRetriedStatus),
/* harmony export */   VU: () => (/* binding */ NEWEST_ONLY_STATUSES),
/* harmony export */   Ys: () => (/* binding */ FINAL_STATUSES),
/* harmony export */   _X: () => (/* binding */ INITIAL_STATUS),
/* harmony export */   bF: () => (/* binding */ passed),
/* harmony export */   cK: () => (/* binding */ isFailedStatus),
/* harmony export */   i3: () => (/* binding */ isRunningStatus),
/* harmony export */   ih: () => (/* binding */ isKnownStatus),
/* harmony export */   kl: () => (/* binding */ isProgressingStatus),
/* harmony export */   mZ: () => (/* binding */ neverRan),
/* harmony export */   p4: () => (/* binding */ isWaitingForPlay),
/* harmony export */   rp: () => (/* binding */ countsAsFailure),
/* harmony export */   x0: () => (/* binding */ PROGRESSING_STATUSES),
/* harmony export */   z5: () => (/* binding */ isExecutingStatus)
/* harmony export */ });
/* unused harmony export STATUSES */
const STATUSES = [
    'created',
    'waiting_for_resource',
    'preparing',
    'waiting_for_callback',
    'pending',
    'running',
    'success',
    'failed',
    'canceling',
    'canceled',
    'skipped',
    'manual',
    'scheduled'
];
const COMPLETED_STATUSES = ['success', 'failed', 'canceled', 'skipped'];
const FINAL_STATUSES = ['success', 'failed', 'canceled', 'skipped', 'manual'];
const PROGRESSING_STATUSES = [
    'waiting_for_resource',
    'preparing',
    'waiting_for_callback',
    'pending',
    'running',
    'canceling',
    'scheduled'
];
const NEWEST_ONLY_STATUSES = ['waiting_for_callback'];
const EXECUTING_STATUSES = ['running', 'canceling'];
const NEVER_RAN_STATUSES = ['created', 'skipped', 'manual'];
const RETRIED_STATUSES = ['failed', 'canceled'];
const among = (statuses, status) => statuses.includes(status);
function isKnownStatus(status) {
    return among(STATUSES, status);
}
function isFinalStatus(status) {
    return among(FINAL_STATUSES, status);
}
function isCompletedStatus(status) {
    return among(COMPLETED_STATUSES, status);
}
function isProgressingStatus(status) {
    return among(PROGRESSING_STATUSES, status);
}
function isExecutingStatus(status) {
    return among(EXECUTING_STATUSES, status);
}
function hasRunToEnd(status) {
    return isCompletedStatus(status) && !neverRan(status);
}
function neverRan(status) {
    return among(NEVER_RAN_STATUSES, status);
}
function isRunningStatus(status) {
    return status === 'running';
}
function isWaitingForPlay(status) {
    return status === 'manual';
}
function isFailedStatus(status) {
    return status === 'failed';
}
function countsAsFailure(job) {
    return isFailedStatus(job.status) && !job.allow_failure;
}
function passed(job) {
    return (job.status === 'success' ||
        (isFailedStatus(job.status) && job.allow_failure === true));
}
function isRetriedStatus(status) {
    return among(RETRIED_STATUSES, status);
}
const INITIAL_STATUS = 'created';


/***/ }),

/***/ 9374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ proxyFor),
/* harmony export */   w: () => (/* binding */ sendRequest)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9783);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);



async function sendRequest(request) {
    const agent = await proxyAgentFor(request.url);
    const module = request.url.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)) : node_http__WEBPACK_IMPORTED_MODULE_0__;
    return new Promise((resolve, reject) => {
        const req = module.request(request.url, {
            method: request.method,
            headers: request.headers,
            agent
        });
        let settled = false;
        const settle = (outcome) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            request.signal?.removeEventListener('abort', onAbort);
            outcome();
        };
        const fail = (error) => settle(() => {
            req.destroy(error);
            reject(error);
        });
        const timer = setTimeout(() => fail(errorWithCode('request timed out', 'ETIMEDOUT')), request.timeoutMs);
        const onAbort = () => fail(errorWithCode('request abandoned', 'ABORT_ERR'));
        request.signal?.addEventListener('abort', onAbort, { once: true });
        req.on('response', response => settle(() => resolve(response)));
        req.on('error', error => settle(() => reject(error)));
        if (request.signal?.aborted)
            onAbort();
        req.end(request.body ?? undefined);
    });
}
function proxyFor(url) {
    return (0,_actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_1__/* .getProxyUrl */ .s)(url);
}
async function proxyAgentFor(url) {
    if (!proxyFor(url))
        return undefined;
    const { HttpClient } = await __webpack_require__.e(/* import() */ 779).then(__webpack_require__.bind(__webpack_require__, 2779));
    return new HttpClient(_version_js__WEBPACK_IMPORTED_MODULE_2__/* .USER_AGENT */ ._O).getAgent(url.href);
}
function errorWithCode(message, code) {
    return Object.assign(new Error(message), { code });
}


/***/ }),

/***/ 6827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ triggerPipeline)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(696);

const asItCame = {
    safeParse: (data) => ({ success: true, data })
};
async function triggerPipeline(client, project, body, retry) {
    const path = `/projects/${(0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .projectSegment */ .$W)(project)}/trigger/pipeline`;
    const request = { method: 'POST', path, body, what: 'pipeline', ref: body.ref };
    const answer = await client.request({ ...request, schema: asItCame, operation: 'trigger' }, retry);
    const { pipelineSchema } = await Promise.all(/* import() */[__webpack_require__.e(50), __webpack_require__.e(675)]).then(__webpack_require__.bind(__webpack_require__, 4675));
    const parsed = pipelineSchema.safeParse(answer.data);
    if (!parsed.success)
        throw (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .unexpectedAnswer */ .au)(parsed.error.issues[0], answer.data, request.what, `POST ${path}`);
    return parsed.data;
}


/***/ }),

/***/ 9842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ realClock)
/* harmony export */ });
const realClock = {
    now: () => Date.now(),
    sleep(ms, signal) {
        return new Promise((resolve, reject) => {
            if (signal?.aborted)
                return reject(signal.reason);
            const timer = setTimeout(() => {
                signal?.removeEventListener('abort', onAbort);
                resolve();
            }, ms);
            const onAbort = () => {
                clearTimeout(timer);
                reject(signal?.reason);
            };
            signal?.addEventListener('abort', onAbort, { once: true });
        });
    }
};


/***/ }),

/***/ 3080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1 };
const DURATION = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/;
function parseDuration(text) {
    const value = text.trim();
    if (/^\d+$/.test(value))
        return Number(value) * UNIT_MS.s;
    const match = DURATION.exec(value);
    if (!match || value === '')
        return undefined;
    const [, h, m, s, ms] = match;
    return (Number(h ?? 0) * UNIT_MS.h +
        Number(m ?? 0) * UNIT_MS.m +
        Number(s ?? 0) * UNIT_MS.s +
        Number(ms ?? 0) * UNIT_MS.ms);
}
function formatDuration(ms) {
    let seconds = Math.round(ms / 1000);
    if (seconds === 0)
        return ms >= 1 ? `${Math.round(ms)}ms` : '0s';
    const h = Math.floor(seconds / 3600);
    seconds -= h * 3600;
    const m = Math.floor(seconds / 60);
    seconds -= m * 60;
    return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${seconds ? `${seconds}s` : ''}`;
}


/***/ }),

/***/ 764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   hF: () => (/* binding */ input),
/* harmony export */   pP: () => (/* binding */ schemaOf),
/* harmony export */   tm: () => (/* binding */ NEVER)
/* harmony export */ });
const NEVER = undefined;
const fail = (ctx, message) => {
    ctx.issues.push({ code: 'custom', message, input: ctx.value });
    return NEVER;
};
const input = (parse) => parse;
const schemaOf = (parse, words) => ({
    safeParse(text) {
        const ctx = { value: text, issues: [] };
        const data = parse(text, ctx, words);
        return ctx.issues.length > 0
            ? { success: false, error: { issues: ctx.issues } }
            : { success: true, data };
    }
});


/***/ }),

/***/ 5006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mc: () => (/* binding */ INPUTS),
  Qh: () => (/* binding */ INPUT_NAMES),
  mm: () => (/* binding */ inputSpec),
  OI: () => (/* binding */ unlessGiven)
});

// UNUSED EXPORTS: INPUT_DEFAULTS

// EXTERNAL MODULE: ./src/settings/durations.ts
var durations = __webpack_require__(3080);
// EXTERNAL MODULE: ./src/gitlab/statuses.ts
var statuses = __webpack_require__(8265);
// EXTERNAL MODULE: ./src/settings/fields.ts
var fields = __webpack_require__(764);
;// CONCATENATED MODULE: ./src/settings/input-parsers.ts



const PATH_SEGMENT = /^[A-Za-z0-9_.][A-Za-z0-9_.-]*$/;
const TOKEN_WITH_WHITESPACE = 'contains whitespace or a line break; copy the token again without surrounding text (its value is not shown)';
const gitlabUrl = (0,fields/* input */.hF)((value, ctx, words) => {
    let url;
    try {
        url = new URL(value.trim());
    }
    catch {
        return (0,fields/* fail */.fJ)(ctx, `"${value.trim()}" is not a URL. Use the address of the GitLab instance, e.g. https://gitlab.example.com`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        return (0,fields/* fail */.fJ)(ctx, `must start with https:// or http://, got "${url.protocol}". Example: https://gitlab.example.com`);
    }
    if (url.username || url.password) {
        return (0,fields/* fail */.fJ)(ctx, `must not contain credentials; pass tokens in ${words.advise('trigger-token')} and ${words.advise('api-token')} instead. Example: https://gitlab.example.com`);
    }
    if (url.search || url.hash) {
        return (0,fields/* fail */.fJ)(ctx, 'must not contain a query string or fragment. Example: https://example.com/gitlab');
    }
    const path = url.pathname.replace(/\/+$/, '').replace(/\/api\/v4$/, '');
    return `${url.origin}${path}`;
});
const project = (0,fields/* input */.hF)((text, ctx) => {
    let value = text.trim();
    if (value === '')
        return (0,fields/* fail */.fJ)(ctx, 'is required: the numeric project id (e.g. 4242) or its full path (e.g. my-group/my-project)');
    if (/^\d+$/.test(value))
        return value;
    if (/^https?:\/\//i.test(value)) {
        return (0,fields/* fail */.fJ)(ctx, `must be the project id or path, not a URL: for "${value}" use the part after the host, e.g. my-group/my-project`);
    }
    if (/%2f/i.test(value)) {
        try {
            value = decodeURIComponent(value);
        }
        catch {
            return (0,fields/* fail */.fJ)(ctx, `"${value}" is not a valid URL-encoded path. Example: my-group/my-project`);
        }
    }
    value = value.replace(/^\/+|\/+$/g, '');
    const segments = value.split('/');
    if (/\s/.test(value)) {
        return (0,fields/* fail */.fJ)(ctx, `"${value}" contains spaces; GitLab paths never do. Use the path from the project's URL (e.g. my-group/my-project), not its display name`);
    }
    if (segments.length < 2 || !segments.every(segment => PATH_SEGMENT.test(segment))) {
        return (0,fields/* fail */.fJ)(ctx, `"${value}" is not a project id or full path. Examples: 4242, my-group/my-project, my-group/sub-group/my-project`);
    }
    return value;
});
const ref = (0,fields/* input */.hF)((text, ctx) => {
    const value = text.trim();
    if (value === '')
        return (0,fields/* fail */.fJ)(ctx, 'is required: the branch or tag to run the pipeline on, e.g. main or v1.2.0');
    if (/[\s\x00-\x1f\x7f]/.test(value))
        return (0,fields/* fail */.fJ)(ctx, `"${value}" contains whitespace; a branch or tag name never does. Example: main`);
    return value;
});
const triggerToken = (0,fields/* input */.hF)((text, ctx, words) => {
    const value = text.trim();
    if (value === '') {
        return (0,fields/* fail */.fJ)(ctx, `is empty. If it comes from a secret, the secret is not available to this run: workflows started by pull requests from forks get no secrets. Otherwise set it, e.g. ${words.set('trigger-token', 'glptt-…')}`);
    }
    if (/\s/.test(value))
        return (0,fields/* fail */.fJ)(ctx, TOKEN_WITH_WHITESPACE);
    if (value.startsWith('glpat-')) {
        return (0,fields/* fail */.fJ)(ctx, `is a personal access token (glpat-…), but the trigger API needs a pipeline trigger token (glptt-…) from Settings > CI/CD > Pipeline trigger tokens. Pass access tokens as ${words.advise('api-token')}`);
    }
    return value;
});
const apiToken = (0,fields/* input */.hF)((text, ctx) => {
    const value = text.trim();
    if (value === '')
        return undefined;
    if (/\s/.test(value))
        return (0,fields/* fail */.fJ)(ctx, TOKEN_WITH_WHITESPACE);
    if (value.startsWith('glptt-')) {
        return (0,fields/* fail */.fJ)(ctx, 'is a pipeline trigger token (glptt-…), which cannot read pipelines. Use a personal, project or group access token with the read_api scope (api to cancel)');
    }
    return value;
});
const booleanInput = (0,fields/* input */.hF)((text, ctx) => {
    const value = text.trim();
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    return (0,fields/* fail */.fJ)(ctx, `must be true or false, got "${value}"`);
});
function durationInput(minimumMs, maximumMs, example) {
    return (0,fields/* input */.hF)((text, ctx) => {
        const value = text.trim();
        const ms = (0,durations/* parseDuration */.E)(value);
        if (ms === undefined)
            return (0,fields/* fail */.fJ)(ctx, `"${value}" is not a duration. Use seconds (90) or units h, m, s: ${example}`);
        if (ms < minimumMs)
            return (0,fields/* fail */.fJ)(ctx, `must be at least ${minimumMs / 1000}s, got "${value}". Example: ${example}`);
        if (ms > maximumMs)
            return (0,fields/* fail */.fJ)(ctx, `must be at most ${(0,durations/* formatDuration */.a)(maximumMs)}, got "${value}". Example: ${example}`);
        return ms;
    });
}
const acceptStatuses = (0,fields/* input */.hF)((text, ctx) => {
    const names = text
        .split(',')
        .map(name => name.trim().toLowerCase())
        .filter(Boolean);
    const unknown = names.filter(name => !statuses/* FINAL_STATUSES */.Ys.includes(name));
    if (unknown.length > 0 || names.length === 0) {
        const hint = unknown.includes('cancelled') ? ' (GitLab spells it "canceled")' : '';
        return (0,fields/* fail */.fJ)(ctx, `unknown status "${unknown.join(', ')}"${hint}. Known final statuses: ${statuses/* FINAL_STATUSES */.Ys.join(', ')}. Example: success,manual`);
    }
    return [...new Set(names)];
});
const jobLogs = (0,fields/* input */.hF)((text, ctx) => {
    const value = text.trim().toLowerCase();
    if (value === 'none' || value === 'failed' || value === 'all' || value === 'live')
        return value;
    return (0,fields/* fail */.fJ)(ctx, `must be none, failed, all or live, got "${value}"`);
});

;// CONCATENATED MODULE: ./src/settings/pipeline-values.ts

const VARIABLE_KEY = /^[A-Za-z0-9_]+$/;
const INPUT_NAME = /^[A-Za-z0-9_-]+$/;
const MAX_PIPELINE_INPUTS = 20;
const variables = (0,fields/* input */.hF)((text, ctx) => {
    const value = text.trim();
    if (value === '')
        return {};
    const entries = value.startsWith('{') || value.startsWith('[')
        ? variablesFromJson(value, ctx)
        : variablesFromLines(value, ctx);
    if (!entries)
        return fields/* NEVER */.tm;
    const result = {};
    for (const [key, val] of entries) {
        if (!VARIABLE_KEY.test(key))
            return (0,fields/* fail */.fJ)(ctx, `"${key}" is not a valid variable key: use letters, digits and _ only. Example: DEPLOY_ENV=staging`);
        if (key === 'TRIGGER_PAYLOAD')
            return (0,fields/* fail */.fJ)(ctx, 'TRIGGER_PAYLOAD is set by GitLab itself for triggered pipelines; choose another name');
        if (Object.hasOwn(result, key))
            return (0,fields/* fail */.fJ)(ctx, `"${key}" is set twice; set each variable once`);
        defineEntry(result, key, val);
    }
    return result;
});
function variablesFromJson(text, ctx) {
    const parsed = parseJsonObject(text, ctx, '{"DEPLOY_ENV": "staging"}');
    if (!parsed)
        return undefined;
    for (const [key, val] of Object.entries(parsed)) {
        if (typeof val !== 'string') {
            (0,fields/* fail */.fJ)(ctx, `the value of "${key}" is ${describeJsonType(val)}; GitLab CI/CD variables are strings. Quote it: {"${key}": "${String(JSON.stringify(val))}"}`);
            return undefined;
        }
    }
    return Object.entries(parsed);
}
function variablesFromLines(text, ctx) {
    const entries = [];
    for (const [index, line] of text.split(/\r?\n/).entries()) {
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        const equals = trimmed.indexOf('=');
        if (equals <= 0) {
            (0,fields/* fail */.fJ)(ctx, `line ${index + 1} has no KEY=VALUE: write one variable per line, e.g. DEPLOY_ENV=staging, or give one JSON object`);
            return undefined;
        }
        entries.push([trimmed.slice(0, equals).trim(), trimmed.slice(equals + 1).trim()]);
    }
    return entries;
}
const inputs = (0,fields/* input */.hF)((text, ctx) => {
    const value = text.trim();
    if (value === '')
        return {};
    let entries;
    if (value.startsWith('{') || value.startsWith('[')) {
        const parsed = parseJsonObject(value, ctx, '{"environment": "staging", "replicas": 3}');
        if (!parsed)
            return fields/* NEVER */.tm;
        const inexact = inexactNumberIn(value);
        if (inexact !== undefined)
            return (0,fields/* fail */.fJ)(ctx, inexactMessage(inexact));
        entries = Object.entries(parsed);
    }
    else {
        entries = [];
        for (const [index, line] of value.split(/\r?\n/).entries()) {
            const trimmed = line.trim();
            if (trimmed === '' || trimmed.startsWith('#'))
                continue;
            const equals = trimmed.indexOf('=');
            if (equals <= 0)
                return (0,fields/* fail */.fJ)(ctx, `line ${index + 1} has no name=value: write one input per line, e.g. replicas=3, or give one JSON object`);
            const name = trimmed.slice(0, equals).trim();
            const typed = lineValue(trimmed.slice(equals + 1).trim());
            if ('inexact' in typed)
                return (0,fields/* fail */.fJ)(ctx, `${name}: ${inexactMessage(typed.inexact)}`);
            entries.push([name, typed.value]);
        }
    }
    const result = {};
    for (const [name, val] of entries) {
        if (!INPUT_NAME.test(name))
            return (0,fields/* fail */.fJ)(ctx, `"${name}" is not a valid input name: use letters, digits, _ and - only. Example: environment=staging`);
        if (Object.hasOwn(result, name))
            return (0,fields/* fail */.fJ)(ctx, `"${name}" is set twice; set each input once`);
        if (!(typeof val === 'string' ||
            typeof val === 'number' ||
            typeof val === 'boolean' ||
            Array.isArray(val))) {
            return (0,fields/* fail */.fJ)(ctx, `the value of "${name}" is ${describeJsonType(val)}; pipeline inputs are strings, numbers, booleans or arrays`);
        }
        defineEntry(result, name, val);
    }
    if (Object.keys(result).length > MAX_PIPELINE_INPUTS)
        return (0,fields/* fail */.fJ)(ctx, `has ${Object.keys(result).length} inputs; GitLab accepts at most ${MAX_PIPELINE_INPUTS} per pipeline`);
    return result;
});
function lineValue(text) {
    if (CANONICAL_NUMBER.test(text) && String(Number(text)) === text)
        return { value: Number(text) };
    if (text === 'true' || text === 'false')
        return { value: text === 'true' };
    if (text === 'null' || /^\[[\s\S]*\]$|^\{[\s\S]*\}$|^"[\s\S]*"$/.test(text)) {
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch {
            return { value: text };
        }
        const inexact = inexactNumberIn(text);
        return inexact === undefined ? { value: parsed } : { inexact };
    }
    return { value: text };
}
const CANONICAL_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;
function inexactNumberIn(json) {
    for (const [literal] of json.matchAll(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g)) {
        if (literal.startsWith('"'))
            continue;
        const number = Number(literal);
        if (!Number.isFinite(number))
            return literal;
        if (/^-?\d+$/.test(literal) && !Number.isSafeInteger(number))
            return literal;
    }
    return undefined;
}
function inexactMessage(literal) {
    const shown = literal.length > 40 ? `${literal.slice(0, 40)}…` : literal;
    return `the number ${shown} cannot be sent exactly (integers beyond 2^53 would be rounded, values beyond about 1.8e308 lost); quote it to send it as a string, e.g. "${shown}"`;
}
function defineEntry(target, key, value) {
    Object.defineProperty(target, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true
    });
}
function parseJsonObject(text, ctx, example) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        (0,fields/* fail */.fJ)(ctx, `is not valid JSON (${error.message}). Example: ${example}`);
        return undefined;
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        (0,fields/* fail */.fJ)(ctx, `must be a JSON object, got ${describeJsonType(parsed)}. Example: ${example}`);
        return undefined;
    }
    return parsed;
}
function describeJsonType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object')
        return 'an object';
    return `a ${typeof value}`;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/settings/job-colon-lines.ts
var job_colon_lines = __webpack_require__(7270);
;// CONCATENATED MODULE: ./src/settings/results-inputs.ts



const outputsFrom = (0,fields/* input */.hF)((text, ctx) => {
    try {
        return (0,job_colon_lines/* parseOutputsFrom */.ul)(text);
    }
    catch (error) {
        if (error instanceof job_colon_lines/* OutputsFromLineError */.tl)
            return (0,fields/* fail */.fJ)(ctx, error.message);
        throw error;
    }
});
const artifacts = (0,fields/* input */.hF)((text, ctx) => {
    try {
        return (0,job_colon_lines/* parseArtifacts */.nG)(text);
    }
    catch (error) {
        if (error instanceof job_colon_lines/* ArtifactsLineError */.Ww)
            return (0,fields/* fail */.fJ)(ctx, error.message);
        throw error;
    }
});
const artifactsDir = (0,fields/* input */.hF)((text, ctx) => {
    const value = text.trim();
    if (external_node_path_.isAbsolute(value) || /^[A-Za-z]:/.test(value))
        return (0,fields/* fail */.fJ)(ctx, `"${value}" is absolute; give a directory relative to the workspace, e.g. gitlab-artifacts`);
    if (value.split(/[\\/]/).includes('..'))
        return (0,fields/* fail */.fJ)(ctx, `"${value}" contains ".."; give a directory inside the workspace, e.g. gitlab-artifacts`);
    return value;
});
const pipelineId = (0,fields/* input */.hF)((text, ctx) => {
    const value = text.trim();
    if (value === '')
        return undefined;
    if (!/^[1-9]\d*$/.test(value))
        return (0,fields/* fail */.fJ)(ctx, `"${value}" is not a pipeline id: give the numeric id from the pipeline's URL (…/-/pipelines/1234), e.g. 1234`);
    if (!Number.isSafeInteger(Number(value)))
        return (0,fields/* fail */.fJ)(ctx, `"${value}" is larger than the largest pipeline id this tool can follow exactly (${Number.MAX_SAFE_INTEGER}): check the id in the pipeline's URL (…/-/pipelines/1234)`);
    return Number(value);
});
const playManual = (0,fields/* input */.hF)((text, ctx) => {
    const names = text
        .split(/[,\n]/)
        .map(name => name.trim())
        .filter(Boolean);
    if (names.includes('*') && names.length > 1)
        return (0,fields/* fail */.fJ)(ctx, `"*" plays every blocking manual job: give it alone, or list names, e.g. deploy-prod`);
    return [...new Set(names)];
});
const onRerun = (0,fields/* input */.hF)((text, ctx) => {
    const value = text.trim().toLowerCase();
    if (value === 'reuse' || value === 'new')
        return value;
    return (0,fields/* fail */.fJ)(ctx, `must be reuse or new, got "${value}"`);
});

;// CONCATENATED MODULE: ./src/settings/inputs-table.ts



const UNLESS_ATTACHED = { unless: ['pipeline-id', 'targets'] };
const INPUTS = {
    'gitlab-url': {
        default: 'https://gitlab.com',
        parse: gitlabUrl,
        cli: { value: 'URL' },
        env: 'GITLAB_URL'
    },
    project: {
        default: '',
        parse: project,
        required: { unless: ['targets'] },
        cli: { value: 'PROJECT' }
    },
    ref: {
        default: '',
        parse: ref,
        required: UNLESS_ATTACHED,
        cli: { value: 'REF' }
    },
    'trigger-token': {
        default: '',
        parse: triggerToken,
        required: UNLESS_ATTACHED,
        cli: { value: 'TOKEN' },
        secret: true,
        env: 'GITLAB_TRIGGER_TOKEN'
    },
    variables: {
        default: '',
        parse: variables,
        cli: { flag: 'var', value: 'KEY=VALUE', multiple: true }
    },
    inputs: {
        default: '',
        parse: inputs,
        cli: { flag: 'input', value: 'NAME=VALUE', multiple: true }
    },
    wait: {
        default: 'false',
        parse: booleanInput,
        cli: {}
    },
    'api-token': {
        default: '',
        parse: apiToken,
        cli: { value: 'TOKEN' },
        secret: true,
        env: 'GITLAB_API_TOKEN'
    },
    timeout: {
        default: '1h',
        parse: durationInput(1000, 480 * 3_600_000, '45s, 30m, 1h30m'),
        cli: { value: 'DURATION' }
    },
    'poll-interval': {
        default: '15s',
        parse: durationInput(1000, 3_600_000, '10s, 1m'),
        cli: { value: 'DURATION' }
    },
    'accept-statuses': {
        default: 'success',
        parse: acceptStatuses,
        cli: { value: 'LIST' }
    },
    'cancel-on-timeout': {
        default: 'true',
        parse: booleanInput,
        cli: { negatable: true }
    },
    'cancel-on-abort': {
        default: 'true',
        parse: booleanInput,
        cli: { negatable: true }
    },
    'job-logs': {
        default: 'failed',
        parse: jobLogs,
        cli: { value: 'WHICH' }
    },
    'follow-downstream': {
        default: 'true',
        parse: booleanInput,
        cli: { negatable: true }
    },
    summary: {
        default: 'true',
        parse: booleanInput
    },
    'outputs-from': {
        default: '',
        parse: outputsFrom,
        cli: { value: 'JOB:PATH', multiple: true }
    },
    artifacts: {
        default: '',
        parse: artifacts,
        cli: { value: 'JOB[:GLOB]', multiple: true }
    },
    'artifacts-dir': {
        default: 'gitlab-artifacts',
        parse: artifactsDir,
        cli: { value: 'DIR' }
    },
    'pipeline-id': {
        default: '',
        parse: pipelineId,
        cli: { value: 'ID' }
    },
    'play-manual': {
        default: '',
        parse: playManual,
        cli: { value: 'NAMES' }
    },
    'on-rerun': {
        default: 'reuse',
        parse: onRerun
    },
    targets: {
        default: '',
        parse: text => text.trim(),
        cli: { flag: 'targets-file', value: 'FILE' }
    }
};
const INPUT_NAMES = Object.keys(INPUTS);
const INPUT_DEFAULTS = Object.fromEntries(INPUT_NAMES.map(name => [name, INPUTS[name].default]));
const inputSpec = (name) => INPUTS[name];
function unlessGiven(name) {
    const required = inputSpec(name).required;
    return typeof required === 'object' ? required.unless : [];
}


/***/ }),

/***/ 7270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ww: () => (/* binding */ ArtifactsLineError),
/* harmony export */   nG: () => (/* binding */ parseArtifacts),
/* harmony export */   tl: () => (/* binding */ OutputsFromLineError),
/* harmony export */   ul: () => (/* binding */ parseOutputsFrom),
/* harmony export */   vG: () => (/* binding */ resolveArtifactsRequest)
/* harmony export */ });
/* unused harmony exports jobColonLines, archivePathProblem */
function jobColonLines(text) {
    const lines = [];
    for (const [index, raw] of text.split(/\r?\n/).entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const colon = line.lastIndexOf(':');
        lines.push({
            line,
            where: `line ${index + 1} ("${line}")`,
            job: (colon < 0 ? line : line.slice(0, colon)).trim(),
            rest: colon < 0 ? undefined : line.slice(colon + 1).trim()
        });
    }
    return lines;
}
function archivePathProblem(path) {
    if (path.includes('\\'))
        return 'contains "\\": use "/" between directories';
    if (path.startsWith('/'))
        return 'is absolute';
    if (/^[A-Za-z]:/.test(path))
        return 'starts with a drive letter';
    if (path.split('/').includes('..'))
        return 'contains ".."';
    return undefined;
}
class ArtifactsLineError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ArtifactsLineError';
    }
}
const ARTIFACTS_EXAMPLE = 'e.g. build, or build:dist/** for the files under dist/';
function parseArtifacts(text) {
    const requests = [];
    const seen = new Set();
    for (const { where, line, job, rest } of jobColonLines(text)) {
        const glob = rest ?? '';
        if (job === '')
            throw new ArtifactsLineError(`${where} names no job: ${ARTIFACTS_EXAMPLE}`);
        const problem = glob === '' ? undefined : archivePathProblem(glob);
        if (problem)
            throw new ArtifactsLineError(`${where}: the glob ${problem}; give it relative to the project directory, as in the job's artifacts:paths, ${ARTIFACTS_EXAMPLE}`);
        if (seen.has(line))
            throw new ArtifactsLineError(`${where} repeats an earlier line`);
        seen.add(line);
        requests.push({ line, job, glob: glob === '' ? undefined : glob });
    }
    return requests;
}
function resolveArtifactsRequest(request, jobNames) {
    if (request.glob !== undefined && jobNames.has(request.line))
        return { line: request.line, job: request.line, glob: undefined };
    return request;
}
class OutputsFromLineError extends Error {
    constructor(message) {
        super(message);
        this.name = 'OutputsFromLineError';
    }
}
const OUTPUTS_FROM_EXAMPLE = 'e.g. deploy:deploy.env or build:dist/outputs.json';
function parseOutputsFrom(text) {
    const requests = [];
    const seen = new Set();
    for (const { where, job, rest: path } of jobColonLines(text)) {
        if (path === undefined)
            throw new OutputsFromLineError(`${where} has no ":": write JOB:PATH, the job's name and the file's path in its artifacts, ${OUTPUTS_FROM_EXAMPLE}`);
        if (job === '')
            throw new OutputsFromLineError(`${where} names no job before ":": ${OUTPUTS_FROM_EXAMPLE}`);
        if (path === '')
            throw new OutputsFromLineError(`${where} names no file after ":": ${OUTPUTS_FROM_EXAMPLE}`);
        const problem = artifactPathProblem(path);
        if (problem)
            throw new OutputsFromLineError(`${where}: the path ${problem}; give it relative to the project directory, as in the job's artifacts:paths, ${OUTPUTS_FROM_EXAMPLE}`);
        const key = `${job}\0${path}`;
        if (seen.has(key))
            throw new OutputsFromLineError(`${where} repeats an earlier line; name each file once`);
        seen.add(key);
        requests.push({ job, path });
    }
    return requests;
}
function artifactPathProblem(path) {
    const problem = archivePathProblem(path);
    if (problem)
        return problem;
    if (path.endsWith('/'))
        return 'names a directory, not a file';
    if (path.split('/').some(segment => segment === '' || segment === '.'))
        return 'contains an empty or "." segment';
    if (/[\u0000-\u001f\u007f]/.test(path))
        return 'contains a control character';
    return undefined;
}


/***/ }),

/***/ 2312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dC: () => (/* reexport */ ACTION_WORDS),
  eG: () => (/* binding */ EnvironmentError),
  Qh: () => (/* reexport */ inputs_table/* INPUT_NAMES */.Qh),
  dz: () => (/* binding */ InputError),
  P$: () => (/* binding */ parseSettings),
  TB: () => (/* binding */ requestTimeoutFrom)
});

// UNUSED EXPORTS: INPUT_DEFAULTS, REQUEST_TIMEOUT_ENV

// EXTERNAL MODULE: ./src/settings/fields.ts
var fields = __webpack_require__(764);
// EXTERNAL MODULE: ./src/settings/inputs-table.ts + 3 modules
var inputs_table = __webpack_require__(5006);
;// CONCATENATED MODULE: ./src/settings/input-words.ts

const ACTION_WORDS = {
    name: input => input,
    advise: input => input,
    set: (input, value) => {
        const { secret, env } = (0,inputs_table/* inputSpec */.mm)(input);
        return secret && env ? `${input}: \${{ secrets.${env} }}` : `${input}: ${value}`;
    }
};

;// CONCATENATED MODULE: ./src/settings/settings.ts





class InputError extends Error {
    issues;
    constructor(issues) {
        super(issues.map(issue => `${issue.input}: ${issue.message}`).join('\n'));
        this.issues = issues;
        this.name = 'InputError';
    }
}
function parseSettings(raw, options = {}) {
    const { only = inputs_table/* INPUT_NAMES */.Qh, words = ACTION_WORDS } = options;
    const given = (name) => only.includes(name) && Boolean(raw[name]?.trim());
    const issues = [];
    const parsed = {};
    for (const name of inputs_table/* INPUT_NAMES */.Qh) {
        const text = given(name) ? raw[name] : inputs_table/* INPUTS */.mc[name].default;
        const result = (0,fields/* schemaOf */.pP)((0,inputs_table/* inputSpec */.mm)(name).parse, words).safeParse(text);
        if (result.success)
            parsed[name] = result.data;
        else if (only.includes(name) && !(0,inputs_table/* unlessGiven */.OI)(name).some(given))
            issues.push(...result.error.issues.map(issue => ({ input: name, message: issue.message })));
    }
    const settings = parsed;
    const attach = given('pipeline-id');
    if (attach)
        settings.wait = true;
    if (attach && given('targets'))
        issues.push({
            input: 'targets',
            message: `cannot be given with ${words.name('pipeline-id')}: follow one existing pipeline, or trigger targets`
        });
    const tokenRefused = issues.some(issue => issue.input === 'api-token');
    issues.push(...needsIssues(settings, { attach, tokenRefused }, words));
    if (issues.length > 0)
        throw new InputError(issues);
    return settingsOf(settings, attach, words);
}
function settingsOf(settings, attach, words) {
    return {
        gitlabUrl: settings['gitlab-url'],
        project: settings.project ?? '',
        ref: settings.ref ?? '',
        triggerToken: settings['trigger-token'] ?? '',
        variables: settings.variables,
        inputs: settings.inputs,
        wait: settings.wait,
        apiToken: settings['api-token'],
        timeoutMs: settings.timeout,
        pollIntervalMs: settings['poll-interval'],
        acceptStatuses: settings['accept-statuses'],
        cancelOnTimeout: settings['cancel-on-timeout'],
        cancelOnAbort: settings['cancel-on-abort'],
        jobLogs: settings['job-logs'],
        summary: settings.summary,
        outputsFrom: settings['outputs-from'],
        artifacts: settings.artifacts,
        artifactsDir: settings['artifacts-dir'],
        ...(attach && settings['pipeline-id'] !== undefined
            ? { pipelineId: settings['pipeline-id'] }
            : {}),
        playManual: settings['play-manual'],
        onRerun: settings['on-rerun'],
        followDownstream: settings['follow-downstream'],
        words,
        targets: settings.targets
    };
}
function needsIssues(settings, { attach, tokenRefused }, words) {
    const issues = [];
    if (!settings.wait) {
        for (const name of ['outputs-from', 'artifacts', 'play-manual'])
            if ((settings[name]?.length ?? 0) > 0)
                issues.push({
                    input: name,
                    message: `acts on the pipeline once it runs or ends, so it needs ${words.set('wait', 'true')} and ${words.advise('api-token')}, or ${words.advise('pipeline-id')}`
                });
    }
    if (settings.wait && settings['api-token'] === undefined && !tokenRefused) {
        const needs = attach
            ? `is required with ${words.name('pipeline-id')}: following a pipeline reads it. Use an access token with read_api (api to cancel or play)`
            : `is required with ${words.set('wait', 'true')}; a trigger token cannot read pipelines. Use an access token with read_api (api to cancel)`;
        issues.push({
            input: 'api-token',
            message: `${needs}, e.g. ${words.set('api-token', 'glpat-…')}`
        });
    }
    return issues;
}
const REQUEST_TIMEOUT_ENV = 'GITLAB_REQUEST_TIMEOUT';
class EnvironmentError extends Error {
    variable;
    constructor(variable, message) {
        super(message);
        this.variable = variable;
        this.name = 'EnvironmentError';
    }
}
function requestTimeoutFrom(env) {
    const text = env[REQUEST_TIMEOUT_ENV]?.trim();
    if (!text)
        return undefined;
    const seconds = Number(text);
    if (!Number.isFinite(seconds) || seconds <= 0)
        throw new EnvironmentError(REQUEST_TIMEOUT_ENV, `${REQUEST_TIMEOUT_ENV} is "${text}", which is not a positive number of seconds; set e.g. ${REQUEST_TIMEOUT_ENV}=60, or leave it unset for 30 s`);
    return seconds * 1000;
}


/***/ }),

/***/ 7916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UJ: () => (/* binding */ inertText),
/* harmony export */   f4: () => (/* binding */ inertOneLine),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   p7: () => (/* binding */ markdownText)
/* harmony export */ });
/* unused harmony exports LINE_BREAK_MARK, runnerLines, inertLine, withoutTerminalControls, terminalText, terminalLine, inertJson, colourWanted */
const WEIGHTLESS = String.raw `[\p{Cc}\p{Cf}\p{Mn}\p{Me}]`;
const LEADING = String.raw `[\p{White_Space}\p{Cc}\p{Cf}\p{Mn}\p{Me}]*`;
const LINE_BREAK = /\r\n|\r|\n/;
const COMMAND_AT_START = new RegExp(String.raw `^(${LEADING}:${WEIGHTLESS}*)(:)`, 'u');
const LEGACY_COMMAND = new RegExp(String.raw `(#${WEIGHTLESS}*#${WEIGHTLESS}*)(\[)`, 'gu');
const LINE_BREAK_MARK = ' ⏎ ';
function runnerLines(text) {
    return text.split(LINE_BREAK);
}
function inertLine(line) {
    return line.replace(COMMAND_AT_START, '$1 $2').replace(LEGACY_COMMAND, '$1 $2');
}
function inertOneLine(text) {
    return inertLine(text.replace(/(?:\r\n|\r|\n)+$/, '').replace(/\r\n|\r|\n/g, LINE_BREAK_MARK));
}
function inertText(text) {
    return runnerLines(text).map(inertLine).join('\n');
}
const TERMINAL_CONTROL = new RegExp([
    String.raw `(?:\x1b[\]P^_X]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?`,
    String.raw `(?:\x1b\[|\x9b)([0-?]*)([ -/]*)([@-~])`,
    String.raw `\x1b[ -/]*[0-~]`,
    String.raw `[\x00-\x08\x0b-\x1f\x7f-\x9f]`
].join('|'), 'g');
function withoutTerminalControls(text, keepColour = false) {
    return text.replace(TERMINAL_CONTROL, (match, params, intermediates, final) => {
        if (final !== undefined) {
            const colour = final === 'm' && intermediates === '' && /^[0-9;:]*$/.test(params ?? '');
            return keepColour && colour ? `\x1b[${params}m` : '';
        }
        return match.length === 1 ? '\uFFFD' : '';
    });
}
function terminalText(text, keepColour = false) {
    return runnerLines(text)
        .map(line => terminalSafe(line, keepColour))
        .join('\n');
}
function terminalLine(text, keepColour = false) {
    return terminalSafe(inertOneLine(text), keepColour);
}
function terminalSafe(line, keepColour) {
    const plain = withoutTerminalControls(line);
    const inert = inertLine(plain);
    if (!keepColour || inert !== plain)
        return inert;
    return inertLine(withoutTerminalControls(line, true));
}
function inertJson(json) {
    return json
        .replace(LEGACY_COMMAND, (_match, opening) => `${opening}\\u005b`)
        .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, char => /[\t\n\r]/.test(char) ? char : unicodeEscape(char));
}
function unicodeEscape(char) {
    return char
        .split('')
        .map(unit => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .join('');
}
function colourWanted(env, isTerminal) {
    const force = env.FORCE_COLOR;
    if (force !== undefined && force !== '')
        return force !== '0' && force.toLowerCase() !== 'false';
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    if (env.TERM === 'dumb')
        return false;
    return isTerminal;
}
const MAX_CELL_CHARACTERS = 255;
function markdownText(text) {
    const characters = Array.from(text.replace(/[\r\n]+/g, ' '));
    const shown = characters.length > MAX_CELL_CHARACTERS
        ? `${characters.slice(0, MAX_CELL_CHARACTERS - 1).join('')}…`
        : characters.join('');
    return shown
        .replace(/[!-/:-@[-`{-~]/g, char => char === '<' ? '&lt;' : char === '>' ? '&gt;' : char === '&' ? '&amp;' : `\\${char}`)
        .replace(/[\p{Cc}]/gu, '\uFFFD');
}
const MAX_URL_LENGTH = 2048;
function markdownLink(text, url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return text;
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        return text;
    const href = parsed.href
        .replace(/[()[\]<>|`\\"' ]/g, char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
        .replace(/&/g, '&amp;');
    return href.length > MAX_URL_LENGTH ? text : `[${text}](${href})`;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _O: () => (/* binding */ USER_AGENT)
/* harmony export */ });
/* unused harmony exports DISPLAY_NAME, TOOL_NAME, VERSION */
const DISPLAY_NAME = 'GitLab Trigger and Wait';
const TOOL_NAME = 'gitlab-trigger-and-wait';
const VERSION = '1.0.0';
const USER_AGENT = `${TOOL_NAME}/${VERSION}`;


/***/ }),

/***/ 9783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ getProxyUrl)
/* harmony export */ });
/* unused harmony export checkBypass */
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map

/***/ })

};
;