/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 5377:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nf: () => (/* binding */ closestName),
/* harmony export */   RA: () => (/* binding */ CONNECTION_FLAGS),
/* harmony export */   XS: () => (/* binding */ requestTimeoutOrUsageError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   ms: () => (/* binding */ settingsFrom),
/* harmony export */   uW: () => (/* binding */ readFlags),
/* harmony export */   vS: () => (/* binding */ CONNECTION_INPUTS)
/* harmony export */ });
/* unused harmony export closestFlag */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _settings_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2312);
/* harmony import */ var _input_flags_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5083);



class UsageError extends Error {
    problems;
    usage;
    constructor(problems, usage) {
        super(problems.join('\n'));
        this.problems = problems;
        this.usage = usage;
        this.name = 'UsageError';
    }
}
function readFlags(argv, flags, usage, maxPositionals = 0) {
    const options = {};
    for (const [name, spec] of Object.entries(flags)) {
        options[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}) };
        if (spec.negatable)
            options[`no-${name}`] = { type: 'boolean' };
    }
    const { tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: [...argv],
        options,
        strict: false,
        allowPositionals: true,
        tokens: true
    });
    const values = {};
    const positionals = [];
    const problems = [];
    let valueOfUnknown = -1;
    for (const token of tokens) {
        if (token.kind === 'option-terminator')
            continue;
        if (token.kind === 'positional') {
            if (token.index === valueOfUnknown)
                continue;
            if (positionals.length < maxPositionals)
                positionals.push(token.value);
            else
                problems.push(`unexpected argument "${token.value}"`);
            continue;
        }
        const negated = token.name.startsWith('no-') && flags[token.name.slice(3)]?.negatable === true;
        const name = negated ? token.name.slice(3) : token.name;
        const spec = Object.hasOwn(flags, name) ? flags[name] : undefined;
        const example = spec?.example ? `, e.g. --${name} ${spec.example}` : '';
        if (!spec) {
            if (!token.inlineValue)
                valueOfUnknown = token.index + 1;
            const rawName = token.rawName.startsWith('--') ? token.rawName : token.rawName.slice(0, 2);
            const guess = closestFlag(token.name, flags);
            problems.push(`unknown option ${rawName}${guess ? `; did you mean --${guess}?` : ''}`);
        }
        else if (spec.type === 'boolean') {
            if (token.inlineValue)
                problems.push(`${token.rawName} takes no value; leave out the "=…"`);
            else
                values[name] = !negated;
        }
        else if (token.value === undefined) {
            problems.push(`${token.rawName} needs a value${example}`);
        }
        else if (!token.inlineValue && token.value.startsWith('-') && token.value !== '-') {
            problems.push(`${token.rawName} needs a value but is followed by the option ${token.value}${example}. For a value that starts with "-", write --${name}=VALUE`);
        }
        else if (spec.multiple) {
            values[name] = [...(values[name] ?? []), token.value];
        }
        else {
            values[name] = token.value;
        }
    }
    if (values.help)
        return { values, positionals };
    if (problems.length > 0)
        throw new UsageError(problems, usage);
    return { values, positionals };
}
function closestFlag(name, flags) {
    return closestName(name, Object.keys(flags));
}
function closestName(name, known) {
    let best;
    for (const flag of known) {
        const distance = editDistance(name.toLowerCase(), flag);
        if (distance <= Math.max(1, Math.min(2, Math.floor(flag.length / 3))) &&
            distance < (best?.distance ?? 3))
            best = { flag, distance };
    }
    if (best)
        return best.flag;
    const starts = known.filter(flag => name.length >= 3 && flag.startsWith(name));
    return starts.length === 1 ? starts[0] : undefined;
}
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.length][b.length];
}
const CONNECTION_INPUTS = ['gitlab-url', 'project', 'api-token'];
const CONNECTION_FLAGS = {
    ...(0,_input_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .inputFlags */ .eJ)(CONNECTION_INPUTS),
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
};
function settingsFrom(inputs, usage, only) {
    const words = (0,_input_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .cliWords */ .q3)(inputs.labels);
    let issues = [];
    try {
        const settings = (0,_settings_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSettings */ .P$)(inputs.raw, { words, ...(only ? { only } : {}) });
        if (inputs.problems.length === 0)
            return settings;
    }
    catch (error) {
        if (!(error instanceof _settings_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz))
            throw error;
        issues = error.issues.map(issue => cliIssue(issue.input, issue.message, inputs, words));
    }
    throw new UsageError([...inputs.problems, ...issues], usage);
}
function cliIssue(input, message, inputs, words) {
    const label = words.name(input);
    const missing = label.startsWith('--') ? 'is empty' : 'is not set';
    if (input === 'trigger-token' && !inputs.raw['trigger-token']?.trim()) {
        return `${label} ${missing}: export the project's pipeline trigger token (Settings > CI/CD > Pipeline trigger tokens), e.g. ${words.set('trigger-token', 'glptt-…')}`;
    }
    if (input === 'api-token' && !inputs.raw['api-token']?.trim()) {
        const needs = words.advise(inputs.raw['pipeline-id']?.trim() ? 'pipeline-id' : 'wait');
        return `${label} ${missing}, and ${needs} needs it: a trigger token cannot read pipelines. Export an access token with read_api (api to cancel), e.g. ${words.set('api-token', 'glpat-…')}`;
    }
    return `${label} ${message}`;
}
function requestTimeoutOrUsageError(env, usage) {
    try {
        return (0,_settings_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .requestTimeoutFrom */ .TB)(env);
    }
    catch (error) {
        if (error instanceof _settings_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .EnvironmentError */ .eG)
            throw new UsageError([error.message], usage);
        throw error;
    }
}


/***/ }),

/***/ 5083:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Un: () => (/* binding */ cliInputs),
  q3: () => (/* binding */ cliWords),
  di: () => (/* binding */ environmentLines),
  eJ: () => (/* binding */ inputFlags),
  rQ: () => (/* binding */ optionLines),
  U0: () => (/* binding */ usageLine)
});

// UNUSED EXPORTS: flagOf

// EXTERNAL MODULE: ./src/settings/inputs-table.ts + 3 modules
var inputs_table = __nccwpck_require__(5006);
// EXTERNAL MODULE: ./src/gitlab/statuses.ts
var statuses = __nccwpck_require__(8265);
;// CONCATENATED MODULE: ./src/cli/input-help.ts

const INPUT_HELP = {
    'gitlab-url': {
        description: 'the GitLab instance, possibly with a relative root',
        example: 'https://gitlab.example.com'
    },
    project: {
        description: 'numeric project id or full path, e.g. my-group/my-project',
        example: 'my-group/my-project'
    },
    ref: { description: 'branch or tag to run the pipeline on', example: 'main' },
    'trigger-token': { description: "the project's pipeline trigger token" },
    variables: { description: 'a CI/CD variable; repeatable', example: 'DEPLOY_ENV=staging' },
    inputs: {
        description: 'a pipeline input (spec:inputs); repeatable. 3, 2.5, true, ["a","b"] keep their JSON type; anything else (007, 41e50312) is the string given',
        example: 'replicas=3'
    },
    wait: {
        description: words => `follow the pipeline until it ends (needs ${words.advise('api-token')})`
    },
    'api-token': {
        description: words => `an access token with read_api (api to cancel or play); needed by ${words.advise('wait')} and ${words.advise('pipeline-id')}`
    },
    timeout: { description: 'longest wait: seconds (90) or 45s, 30m, 1h30m', example: '30m' },
    'poll-interval': { description: 'longest pause between status checks', example: '15s' },
    'accept-statuses': {
        description: `final statuses that count as success, e.g. success,manual; known: ${statuses/* FINAL_STATUSES */.Ys.join(', ')}`,
        example: 'success,manual'
    },
    'cancel-on-timeout': { off: 'leave the pipeline running when --timeout is reached' },
    'cancel-on-abort': { off: 'leave the pipeline running on Ctrl-C or SIGTERM while waiting' },
    'job-logs': {
        description: "job logs to print when the pipeline ends: none, failed or all; or live: every job's log as it runs, each line prefixed with the job when several run",
        example: 'failed'
    },
    'follow-downstream': {
        off: 'do not follow the child and multi-project pipelines trigger jobs start'
    },
    'outputs-from': {
        description: 'after the pipeline ends, read PATH (dotenv, or .json) from the artifacts of the newest job JOB into job_outputs; repeatable',
        example: 'deploy:deploy.env'
    },
    artifacts: {
        description: words => `download and extract that job's artifacts (or the files matching GLOB) under ${words.advise('artifacts-dir')}/JOB/; repeatable`,
        example: 'build:dist/**'
    },
    'artifacts-dir': {
        description: 'where artifacts go, relative to the workspace (the working directory at a terminal)',
        example: 'gitlab-artifacts'
    },
    'pipeline-id': {
        description: words => `follow this existing pipeline instead of triggering one (no ${words.advise('trigger-token')} or ${words.advise('ref')} needed; ${words.advise('api-token')} is)`,
        example: '1234'
    },
    'play-manual': {
        description: 'comma-separated manual jobs to play when the pipeline reaches them, or * for every manual job that blocks it (needs the api scope)',
        example: 'deploy-prod'
    },
    targets: {
        description: words => `several pipelines in one run, instead of ${words.advise('project')} and ${words.advise('ref')}: a YAML list, each item name, project, ref, trigger-token, optional variables, inputs and after (names to wait for), as the action's targets input; --json adds results`,
        example: 'targets.yml'
    }
};

;// CONCATENATED MODULE: ./src/cli/input-flags.ts


function flagOf(input) {
    const cli = (0,inputs_table/* inputSpec */.mm)(input).cli;
    return cli ? (cli.flag ?? input) : undefined;
}
function inputFlags(names) {
    const flags = {};
    for (const name of names) {
        const cli = (0,inputs_table/* inputSpec */.mm)(name).cli;
        const flag = flagOf(name);
        if (!cli || !flag)
            continue;
        flags[flag] = {
            type: cli.value ? 'string' : 'boolean',
            ...(cli.multiple ? { multiple: true } : {}),
            ...(cli.negatable ? { negatable: true } : {}),
            ...exampleOf(name)
        };
    }
    return flags;
}
function cliInputs(names, values, env) {
    const inputs = { raw: {}, labels: {}, warnings: [], problems: [] };
    for (const name of names) {
        const spec = (0,inputs_table/* inputSpec */.mm)(name);
        const flag = flagOf(name);
        if (!spec.cli || !flag)
            continue;
        const value = values[flag];
        const fromEnv = spec.env && value === undefined ? env[spec.env] : undefined;
        const envLabel = spec.env && (spec.secret || fromEnv) ? spec.env : undefined;
        inputs.labels[name] = value === undefined && envLabel ? envLabel : `--${flag}`;
        if (value === undefined)
            inputs.raw[name] = fromEnv ?? '';
        else if (Array.isArray(value))
            inputs.raw[name] = lines(name, spec.cli, value, inputs.problems);
        else
            inputs.raw[name] = String(value);
        if (value !== undefined && spec.secret)
            inputs.warnings.push(`--${flag} puts the token on the command line, where other users and processes on this machine can read it (ps, /proc); set ${spec.env} instead`);
    }
    return inputs;
}
function lines(name, spec, values, problems) {
    const flag = flagOf(name);
    const shape = spec.value?.includes('=') ? spec.value : undefined;
    const good = [];
    for (const value of values) {
        if (shape && value.indexOf('=') <= 0)
            problems.push(`--${flag} "${value}" is not ${shape}. Example: --${flag} ${exampleOf(name).example}`);
        else if (shape && /[\r\n]/.test(value))
            problems.push(`--${flag} ${value.slice(0, value.indexOf('='))}=…: the value contains a line break, which --${flag} cannot carry`);
        else
            good.push(value);
    }
    return good.join('\n');
}
function advise(input) {
    const spec = (0,inputs_table/* inputSpec */.mm)(input);
    if (spec.secret && spec.env)
        return spec.env;
    const flag = flagOf(input);
    return flag ? `--${flag}` : input;
}
function cliWords(labels = {}) {
    return {
        name: input => labels[input] ?? advise(input),
        advise,
        set: (input, value) => {
            const spec = (0,inputs_table/* inputSpec */.mm)(input);
            if (spec.secret && spec.env)
                return `export ${spec.env}=${value}`;
            if (!spec.cli)
                return `${input}: ${value}`;
            if (spec.cli.value)
                return `${advise(input)} ${value}`;
            return value === 'false' ? `--no-${flagOf(input)}` : advise(input);
        }
    };
}
const WIDTH = 100;
function usageLine(left, text, column = 29) {
    const lines = [];
    let line = `  ${left}`.padEnd(column - 1);
    for (const word of text.split(' ')) {
        if (line.length + 1 + word.length > WIDTH && line.trim() !== left.trim()) {
            lines.push(line);
            line = ' '.repeat(column - 1);
        }
        line += ` ${word}`;
    }
    return [...lines, line].join('\n');
}
function helpOf(name, words) {
    const help = INPUT_HELP[name];
    if ('off' in help)
        return help.off;
    return typeof help.description === 'string' ? help.description : help.description(words);
}
function exampleOf(name) {
    const help = INPUT_HELP[name];
    return 'example' in help && help.example ? { example: help.example } : {};
}
function optionLines(names, column) {
    const words = cliWords();
    const lines = [];
    for (const name of names) {
        const spec = (0,inputs_table/* inputSpec */.mm)(name);
        if (!spec.cli || spec.secret)
            continue;
        const flag = `--${flagOf(name)}`;
        const left = spec.cli.negatable
            ? `--no-${flagOf(name)}`
            : `${flag} ${spec.cli.value ?? ''}`.trim();
        lines.push(usageLine(left, `${helpOf(name, words)}${defaultAndRequired(name)}`, column));
    }
    const on = names.filter(name => (0,inputs_table/* inputSpec */.mm)(name).cli?.negatable).map(name => `--${flagOf(name)}`);
    if (on.length > 0)
        lines.push(usageLine('', `(${on.join(', ')}: the defaults, also accepted; the last one given wins)`, column));
    return lines;
}
function defaultAndRequired(name) {
    const spec = (0,inputs_table/* inputSpec */.mm)(name);
    const unless = (0,inputs_table/* unlessGiven */.OI)(name).map(advise).join(' or ');
    if (spec.required)
        return unless ? ` (required unless ${unless})` : ' (required)';
    if (!spec.cli?.value || !spec.default)
        return '';
    return spec.env ? ` (default: $${spec.env}, else ${spec.default})` : ` (default ${spec.default})`;
}
function environmentLines(names, others = []) {
    const words = cliWords();
    const lines = [];
    for (const name of names) {
        const { env, secret } = (0,inputs_table/* inputSpec */.mm)(name);
        if (!env)
            continue;
        const text = secret
            ? helpOf(name, words) + defaultAndRequired(name)
            : `default for --${flagOf(name)}`;
        lines.push(usageLine(env, text));
    }
    lines.push(...others);
    const secretFlags = names.filter(name => (0,inputs_table/* inputSpec */.mm)(name).secret).map(name => `--${flagOf(name)}`);
    if (secretFlags.length > 0)
        lines.push(`  ${secretFlags.join(' and ')} also work${secretFlags.length > 1 ? '' : 's'}, but command lines are visible to other processes.`);
    return lines;
}


/***/ }),

/***/ 696:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ projectSegment),
/* harmony export */   au: () => (/* binding */ unexpectedAnswer),
/* harmony export */   zZ: () => (/* binding */ GitLabClient)
/* harmony export */ });
/* unused harmony exports DEFAULT_REQUEST_TIMEOUT_MS, fieldName */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(311);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2177);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9452);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6791);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9374);
/* harmony import */ var _runtime_clock_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9842);






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
            const { rateLimitOf } = await __nccwpck_require__.e(/* import() */ 5).then(__nccwpck_require__.bind(__nccwpck_require__, 2005));
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
        const { apiRootNotFound, refusalOf } = await __nccwpck_require__.e(/* import() */ 699).then(__nccwpck_require__.bind(__nccwpck_require__, 3699));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ quickReadPolicy),
/* harmony export */   LF: () => (/* binding */ triggerPolicy),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   Ny: () => (/* binding */ cancelPolicy),
/* harmony export */   T4: () => (/* binding */ readPolicy)
/* harmony export */ });
/* unused harmony exports TRIGGER_ATTEMPTS, backoffDelay, sleep */
/* harmony import */ var _runtime_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9842);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/* harmony export */   kl: () => (/* binding */ isProgressingStatus),
/* harmony export */   mZ: () => (/* binding */ neverRan),
/* harmony export */   p4: () => (/* binding */ isWaitingForPlay),
/* harmony export */   rp: () => (/* binding */ countsAsFailure),
/* harmony export */   x0: () => (/* binding */ PROGRESSING_STATUSES),
/* harmony export */   z5: () => (/* binding */ isExecutingStatus)
/* harmony export */ });
/* unused harmony exports STATUSES, isKnownStatus */
const STATUSES = (/* unused pure expression or super */ null && ([
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
]));
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

/***/ 9403:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ LEGACY_RUNNER_TOKEN_PREFIX),
/* harmony export */   x: () => (/* binding */ GITLAB_TOKEN_PREFIXES)
/* harmony export */ });
const GITLAB_TOKEN_PREFIXES = [
    'glpat',
    'glptt',
    'gloas',
    'gldt',
    'glrtr',
    'glrt',
    'glcbt',
    'glft',
    'glimt',
    'glagent',
    'glwt',
    'glsoat',
    'glffct'
];
const LEGACY_RUNNER_TOKEN_PREFIX = 'GR1348941';


/***/ }),

/***/ 9374:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ proxyFor),
/* harmony export */   w: () => (/* binding */ sendRequest)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9783);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(311);



async function sendRequest(request) {
    const agent = await proxyAgentFor(request.url);
    const module = request.url.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)) : node_http__WEBPACK_IMPORTED_MODULE_0__;
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
    const { HttpClient } = await __nccwpck_require__.e(/* import() */ 779).then(__nccwpck_require__.bind(__nccwpck_require__, 2779));
    return new HttpClient(_version_js__WEBPACK_IMPORTED_MODULE_2__/* .USER_AGENT */ ._O).getAgent(url.href);
}
function errorWithCode(message, code) {
    return Object.assign(new Error(message), { code });
}


/***/ }),

/***/ 6827:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ triggerPipeline)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(696);

const asItCame = {
    safeParse: (data) => ({ success: true, data })
};
async function triggerPipeline(client, project, body, retry) {
    const path = `/projects/${(0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .projectSegment */ .$W)(project)}/trigger/pipeline`;
    const request = { method: 'POST', path, body, what: 'pipeline', ref: body.ref };
    const answer = await client.request({ ...request, schema: asItCame, operation: 'trigger' }, retry);
    const { pipelineSchema } = await Promise.all(/* import() */[__nccwpck_require__.e(50), __nccwpck_require__.e(675)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4675));
    const parsed = pipelineSchema.safeParse(answer.data);
    if (!parsed.success)
        throw (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .unexpectedAnswer */ .au)(parsed.error.issues[0], answer.data, request.what, `POST ${path}`);
    return parsed.data;
}


/***/ }),

/***/ 8094:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s3: () => (/* binding */ RERUN_MARKER),
/* harmony export */   xQ: () => (/* binding */ invocationMarker)
/* harmony export */ });
/* unused harmony export rerunIdentity */
const RERUN_MARKER = 'GITLAB_TRIGGER_AND_WAIT_RUN';
function invocationMarker() {
    return `invocation-${globalThis.crypto.randomUUID()}`;
}
async function rerunIdentity(env, settings) {
    const runId = env.GITHUB_RUN_ID?.trim();
    if (!runId || !/^\d+$/.test(runId))
        return undefined;
    const attempt = Number(env.GITHUB_RUN_ATTEMPT?.trim() || '1');
    const { createHash } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7598, 23));
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


/***/ }),

/***/ 9842:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  mc: () => (/* binding */ INPUTS),
  Qh: () => (/* binding */ INPUT_NAMES),
  mm: () => (/* binding */ inputSpec),
  OI: () => (/* binding */ unlessGiven)
});

// UNUSED EXPORTS: INPUT_DEFAULTS

// EXTERNAL MODULE: ./src/settings/durations.ts
var durations = __nccwpck_require__(3080);
// EXTERNAL MODULE: ./src/gitlab/statuses.ts
var statuses = __nccwpck_require__(8265);
// EXTERNAL MODULE: ./src/settings/fields.ts
var fields = __nccwpck_require__(764);
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
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/settings/job-colon-lines.ts
var job_colon_lines = __nccwpck_require__(7270);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dC: () => (/* reexport */ ACTION_WORDS),
  eG: () => (/* binding */ EnvironmentError),
  dz: () => (/* binding */ InputError),
  P$: () => (/* binding */ parseSettings),
  TB: () => (/* binding */ requestTimeoutFrom)
});

// UNUSED EXPORTS: INPUT_DEFAULTS, INPUT_NAMES, REQUEST_TIMEOUT_ENV

// EXTERNAL MODULE: ./src/settings/fields.ts
var fields = __nccwpck_require__(764);
// EXTERNAL MODULE: ./src/settings/inputs-table.ts + 3 modules
var inputs_table = __nccwpck_require__(5006);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JC: () => (/* binding */ withoutTerminalControls),
/* harmony export */   eR: () => (/* binding */ terminalText),
/* harmony export */   f4: () => (/* binding */ inertOneLine),
/* harmony export */   nl: () => (/* binding */ inertJson),
/* harmony export */   qd: () => (/* binding */ colourWanted),
/* harmony export */   tL: () => (/* binding */ terminalLine)
/* harmony export */ });
/* unused harmony exports LINE_BREAK_MARK, runnerLines, inertLine, inertText, markdownText, markdownLink */
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _O: () => (/* binding */ USER_AGENT),
/* harmony export */   lH: () => (/* binding */ TOOL_NAME),
/* harmony export */   xv: () => (/* binding */ VERSION)
/* harmony export */ });
/* unused harmony export DISPLAY_NAME */
const DISPLAY_NAME = 'GitLab Trigger and Wait';
const TOOL_NAME = 'gitlab-trigger-and-wait';
const VERSION = '1.0.0';
const USER_AGENT = `${TOOL_NAME}/${VERSION}`;


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = require("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = require("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = require("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = require("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = require("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = require("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = require("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = require("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = require("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = require("node:querystring");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = require("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = require("node:stream/promises");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = require("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = require("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = require("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = require("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = require("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = require("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = require("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = require("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = require("zlib");

/***/ }),

/***/ 9783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/runtime/exit.ts
function survivePipeClosed() {
    for (const stream of [process.stdout, process.stderr])
        stream.on('error', () => { });
}
async function exitWhenFlushed(code) {
    const drained = (stream) => new Promise(resolve => {
        if (stream.destroyed || stream.writableEnded)
            return resolve();
        stream.write('', () => resolve());
    });
    await Promise.all([drained(process.stdout), drained(process.stderr)]);
    process.exit(code ?? process.exitCode);
}

// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __nccwpck_require__(5377);
// EXTERNAL MODULE: ./src/text/far-side.ts
var far_side = __nccwpck_require__(7916);
;// CONCATENATED MODULE: ./src/cli/reporter.ts

const processStreams = {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    stderrIsTerminal: process.stderr.isTTY === true
};
class CliReporter {
    options;
    streams;
    secrets = [];
    colour;
    constructor(options = {}, streams = processStreams) {
        this.options = options;
        this.streams = streams;
        this.colour = options.colour ?? (0,far_side/* colourWanted */.qd)(process.env, streams.stderrIsTerminal === true);
    }
    mask(secret) {
        if (!secret || this.secrets.includes(secret))
            return;
        this.secrets = [...this.secrets, secret].sort((a, b) => b.length - a.length);
    }
    info(line) {
        this.streams.stderr(`${this.oneLine(line)}\n`);
    }
    debug(line) {
        if (this.options.showDebug)
            this.message('debug: ', line);
    }
    async requestLines() {
        if (!this.options.showDebug)
            return undefined;
        const { requestLine } = await __nccwpck_require__.e(/* import() */ 549).then(__nccwpck_require__.bind(__nccwpck_require__, 9549));
        return info => this.debug(requestLine(info));
    }
    notice(message) {
        this.streams.stderr(`${this.oneLine(message)}\n`);
    }
    warning(message) {
        this.message('warning: ', message);
    }
    error(message) {
        this.message('error: ', message);
    }
    live(lines) {
        const out = [];
        for (const line of lines) {
            if (line.kind === 'open-group')
                out.push(this.oneLine(`--- ${line.title}`));
            else if (line.kind === 'text')
                out.push(`    ${(0,far_side/* terminalLine */.tL)(this.redact(line.text), this.colour)}`);
        }
        if (this.colour && out.some(line => line.includes('\x1b[')))
            out.push('\x1b[0m');
        if (out.length > 0)
            this.streams.stderr(`${out.join('\n')}\n`);
    }
    group(title, text) {
        const body = (0,far_side/* terminalText */.eR)(this.redact(text), this.colour)
            .split('\n')
            .map(line => (line ? `    ${line}` : ''));
        const reset = this.colour && body.some(line => line.includes('\x1b[')) ? ['\x1b[0m'] : [];
        this.streams.stderr(`${[this.oneLine(`--- ${title}`), ...body, ...reset].join('\n')}\n`);
    }
    result(text) {
        const redacted = this.redact(text);
        const shown = isJson(redacted) ? (0,far_side/* inertJson */.nl)(redacted) : (0,far_side/* terminalText */.eR)(redacted);
        this.streams.stdout(`${shown}\n`);
    }
    message(prefix, text) {
        const lines = (0,far_side/* terminalText */.eR)(this.redact(text)).split('\n');
        const indent = ' '.repeat(prefix.length);
        this.streams.stderr(`${prefix}${lines.join(`\n${indent}`)}\n`);
    }
    oneLine(text) {
        return (0,far_side/* terminalLine */.tL)(this.redact(text));
    }
    redact(text) {
        return this.secrets.reduce((masked, secret) => masked.split(secret).join('***'), text);
    }
}
function isJson(text) {
    if (!/^[[{]/.test(text))
        return false;
    try {
        JSON.parse(text);
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/gitlab/token-prefixes.ts
var token_prefixes = __nccwpck_require__(9403);
// EXTERNAL MODULE: ./src/settings/inputs-table.ts + 3 modules
var inputs_table = __nccwpck_require__(5006);
;// CONCATENATED MODULE: ./src/cli/secrets.ts


const TOKEN_LIKE = new RegExp(String.raw `\b(?:${token_prefixes/* GITLAB_TOKEN_PREFIXES */.x.join('|')})-[A-Za-z0-9_.-]+|\b${token_prefixes/* LEGACY_RUNNER_TOKEN_PREFIX */.W}[A-Za-z0-9_-]+`, 'g');
const MIN_FLAG_SECRET = 6;
const TOKEN_ENV = inputs_table/* INPUT_NAMES */.Qh.flatMap(name => {
    const { secret, env } = (0,inputs_table/* inputSpec */.mm)(name);
    return secret && env ? [env] : [];
});
const TOKEN_FLAG = /tok|secret|pass|^(?:api|trigger)-?t/i;
function secretsToMask(argv, env) {
    const secrets = new Set();
    const add = (value, minimum = 1) => {
        for (const candidate of [value, value?.trim()])
            if (candidate && candidate.length >= minimum)
                secrets.add(candidate);
    };
    for (const name of TOKEN_ENV)
        add(env[name]);
    for (const [index, arg] of argv.entries()) {
        for (const [match] of arg.matchAll(TOKEN_LIKE))
            add(match);
        const flag = /^--?([^=]+)(?:=([\s\S]*))?$/.exec(arg);
        if (!flag || !TOKEN_FLAG.test(flag[1]))
            continue;
        if (flag[2] !== undefined)
            add(flag[2], MIN_FLAG_SECRET);
        else if (index + 1 < argv.length && !argv[index + 1].startsWith('-'))
            add(argv[index + 1], MIN_FLAG_SECRET);
    }
    return [...secrets];
}

// EXTERNAL MODULE: ./src/runtime/clock.ts
var runtime_clock = __nccwpck_require__(9842);
// EXTERNAL MODULE: ./src/settings/durations.ts
var durations = __nccwpck_require__(3080);
// EXTERNAL MODULE: ./src/gitlab/client.ts
var client = __nccwpck_require__(696);
// EXTERNAL MODULE: ./src/gitlab/errors.ts
var errors = __nccwpck_require__(9452);
// EXTERNAL MODULE: ./src/gitlab/trigger.ts
var trigger = __nccwpck_require__(6827);
// EXTERNAL MODULE: ./src/gitlab/retry.ts
var retry = __nccwpck_require__(2177);
// EXTERNAL MODULE: ./src/run/start/rerun-identity.ts
var rerun_identity = __nccwpck_require__(8003);
// EXTERNAL MODULE: ./src/run/run-context.ts
var run_context = __nccwpck_require__(8094);
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
            const { checkApiToken } = await Promise.all(/* import() */[__nccwpck_require__.e(50), __nccwpck_require__.e(37)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4037));
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
    const { findEarlierPipeline, reuseEarlierPipeline } = await Promise.all(/* import() */[__nccwpck_require__.e(50), __nccwpck_require__.e(572)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4572));
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
        (await __nccwpck_require__.e(/* import() */ 731).then(__nccwpck_require__.bind(__nccwpck_require__, 4731))).warnMarkerRefused(run);
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
        const { answerWasLost, recoverLostAnswer } = await Promise.all(/* import() */[__nccwpck_require__.e(50), __nccwpck_require__.e(629)]).then(__nccwpck_require__.bind(__nccwpck_require__, 629));
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
            throw (await __nccwpck_require__.e(/* import() */ 731).then(__nccwpck_require__.bind(__nccwpck_require__, 4731))).retryLater(error, budgetMs, clock);
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
    const { getPipeline } = await Promise.all(/* import() */[__nccwpck_require__.e(50), __nccwpck_require__.e(661)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5661));
    const pipeline = await getPipeline(client, settings.project, id, (0,retry/* quickReadPolicy */.A2)({ signal }));
    run.result.pipeline = pipeline;
    run.result.createdAt = run.clock.now();
    log.notice(`Pipeline #${pipeline.id} (${pipeline.status}) on ${pipeline.ref}: ${pipeline.web_url}`, 'GitLab pipeline followed');
    await (0,run_context/* callHook */.Kj)(run, () => run.hooks.pipelineCreated?.(pipeline));
    return pipeline;
}
async function follow(client, pipeline, run) {
    const { followRun } = await Promise.all(/* import() */[__nccwpck_require__.e(50), __nccwpck_require__.e(663), __nccwpck_require__.e(620), __nccwpck_require__.e(848)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2848));
    return followRun(client, pipeline, run);
}

;// CONCATENATED MODULE: ./src/run/run-result.ts
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

;// CONCATENATED MODULE: ./src/runtime/signals.ts
function abortOnSignals() {
    const controller = new AbortController();
    const onSignal = (signal) => controller.abort(new Error(`received ${signal}`));
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    return controller.signal;
}

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/cli/input-flags.ts + 1 modules
var input_flags = __nccwpck_require__(5083);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/cli/targets-file.ts

function readFlagFile(flag, file, example, problems) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT'
            ? 'no such file'
            : code === 'EISDIR'
                ? 'it is a directory'
                : error.message;
        problems.push(`${flag} cannot read "${file}": ${why}. Example: ${example}`);
        return undefined;
    }
}
function readTargetsFile(file, problems) {
    return (readFlagFile('--targets-file', file, '--targets-file targets.yml, a YAML list of pipelines such as "- project: my-group/api" with ref and trigger-token lines', problems) ?? '');
}

;// CONCATENATED MODULE: ./src/cli/commands/trigger.ts









const TRIGGER_INPUTS = inputs_table/* INPUT_NAMES */.Qh.filter(name => (0,inputs_table/* inputSpec */.mm)(name).cli);
const TRIGGER_FLAGS = {
    ...flags/* CONNECTION_FLAGS */.RA,
    ...(0,input_flags/* inputFlags */.eJ)(TRIGGER_INPUTS),
    'variables-file': { type: 'string', example: 'deploy.env' },
    version: { type: 'boolean', short: 'V' }
};
const TRIGGER_USAGE_LINE = `usage: ${version/* TOOL_NAME */.lH} --project my-group/my-project --ref main [options]   (${version/* TOOL_NAME */.lH} --help for all options)`;
const VARIABLES_FILE_LINE = (0,input_flags/* usageLine */.U0)('--variables-file FILE', "a dotenv file (KEY=VALUE lines, export, quotes, # comments), read with Node's util.parseEnv (Node 20.12+); --var wins over it");
const OPTION_LINES = (0,input_flags/* optionLines */.rQ)(TRIGGER_INPUTS).flatMap(line => line.startsWith('  --var ') ? [line, VARIABLES_FILE_LINE] : [line]);
const TRIGGER_USAGE = `Usage: ${version/* TOOL_NAME */.lH} --project PROJECT --ref REF [options]
       ${version/* TOOL_NAME */.lH} --project PROJECT --pipeline-id ID [options]
       ${version/* TOOL_NAME */.lH} --targets-file FILE [options]
       ${version/* TOOL_NAME */.lH} tokens list|get|create|update|delete ...   (tokens --help)

Triggers a GitLab pipeline and, with --wait, follows it until it ends.

Options:
${OPTION_LINES.join('\n')}
  --json                     print the outputs as one JSON object on stdout
  -h, --help                 print this help
  -V, --version              print the version

Environment:
${(0,input_flags/* environmentLines */.di)(TRIGGER_INPUTS, [
    '  GITLAB_REQUEST_TIMEOUT     seconds one request to GitLab may take (default 30)',
    '  GITLAB_TRIGGER_DEBUG       set to 1 to print debug lines, one per GitLab request (no tokens)'
]).join('\n')}

Output:
  Progress and errors go to stderr. stdout gets the pipeline's web URL, or with --json one object:
  pipeline_id, pipeline_iid, web_url, project_id, sha, ref, status, and after --wait also
  duration (seconds), jobs ([{id, name, stage, status, web_url, duration, allow_failure,
  pipeline_id}]), pipelines ([{id, project_id, web_url, status, parent_id}]),
  job_outputs (with --outputs-from) and artifacts_dir (with --artifacts, absolute).

Exit codes:
  0  triggered (with --wait: ended in an accepted status)
  1  the pipeline ended in another status, the wait timed out, or the wait was interrupted
  2  bad usage or input; nothing was sent
  3  GitLab refused the request or could not be reached

Example:
  export GITLAB_TRIGGER_TOKEN=glptt-… GITLAB_API_TOKEN=glpat-…
  ${version/* TOOL_NAME */.lH} --gitlab-url https://gitlab.example.com --project my-group/app --ref main \\
    --var DEPLOY_ENV=staging --input replicas=3 --wait --timeout 30m --json
`;
function parseTriggerArgs(argv, env) {
    const { values } = (0,flags/* readFlags */.uW)(argv, TRIGGER_FLAGS, TRIGGER_USAGE_LINE);
    if (values.help)
        return { kind: 'help' };
    if (values.version)
        return { kind: 'version' };
    const inputs = (0,input_flags/* cliInputs */.Un)(TRIGGER_INPUTS, values, env);
    inputs.raw.summary = 'false';
    const file = typeof values['variables-file'] === 'string' ? values['variables-file'] : undefined;
    if (file !== undefined) {
        inputs.raw.variables = withVariablesFile(inputs.raw.variables ?? '', file, inputs.problems);
        inputs.labels.variables = '--var/--variables-file';
    }
    if (inputs.raw.targets)
        inputs.raw.targets = readTargetsFile(inputs.raw.targets, inputs.problems);
    return { kind: 'trigger', inputs, json: values.json === true };
}
function withVariablesFile(fromFlags, file, problems) {
    const merged = readVariablesFile(file, problems);
    if (!merged)
        return '';
    const seen = new Set();
    for (const line of fromFlags ? fromFlags.split('\n') : []) {
        const key = line.slice(0, line.indexOf('=')).trim();
        if (seen.has(key))
            problems.push(`--var ${key} is set twice; set each variable once`);
        seen.add(key);
        Object.defineProperty(merged, key, {
            value: line.slice(line.indexOf('=') + 1).trim(),
            enumerable: true,
            writable: true,
            configurable: true
        });
    }
    return JSON.stringify(merged);
}
function readVariablesFile(file, problems) {
    const text = readFlagFile('--variables-file', file, '--variables-file deploy.env, with lines such as DEPLOY_ENV=staging', problems);
    if (text === undefined)
        return undefined;
    const parseEnv = external_node_util_.parseEnv;
    if (!parseEnv) {
        problems.push(`--variables-file needs Node 20.12 or later (util.parseEnv); this is Node ${process.versions.node}. Pass the variables with --var KEY=VALUE instead`);
        return undefined;
    }
    const parsed = parseEnv(text);
    const result = {};
    for (const [key, value] of Object.entries(parsed))
        Object.defineProperty(result, key, {
            value,
            enumerable: true,
            writable: true,
            configurable: true
        });
    const meaningful = text.split(/\r?\n/).some(line => line.trim() && !line.trim().startsWith('#'));
    if (Object.keys(result).length === 0 && meaningful) {
        problems.push(`--variables-file "${file}" has no KEY=VALUE line. Example: DEPLOY_ENV=staging, or export DEPLOY_ENV="staging"`);
        return undefined;
    }
    return result;
}
function exitCodeOf(result) {
    if (result.outcome === 'accepted' || result.outcome === 'triggered')
        return 0;
    return result.outcome === 'gitlab-error' ? 3 : 1;
}
async function runTrigger(argv, env, reporter) {
    const command = parseTriggerArgs(argv, env);
    if (command.kind === 'help') {
        reporter.result(TRIGGER_USAGE);
        return 0;
    }
    if (command.kind === 'version') {
        reporter.result(version/* VERSION */.xv);
        return 0;
    }
    const { inputs, json } = command;
    for (const secret of [inputs.raw['trigger-token'], inputs.raw['api-token']]) {
        if (secret?.trim())
            reporter.mask(secret.trim());
    }
    for (const warning of inputs.warnings)
        reporter.warning(warning);
    const settings = {
        ...(0,flags/* settingsFrom */.ms)(inputs, TRIGGER_USAGE_LINE),
        requestTimeoutMs: (0,flags/* requestTimeoutOrUsageError */.XS)(env, TRIGGER_USAGE_LINE),
        workspace: process.cwd()
    };
    const onGitLabRequest = await reporter.requestLines();
    if (settings.targets) {
        const { runTriggerTargets } = await Promise.all(/* import() */[__nccwpck_require__.e(50), __nccwpck_require__.e(663), __nccwpck_require__.e(620), __nccwpck_require__.e(455)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3455));
        return runTriggerTargets(settings, json, reporter, {
            triggerAndFollow: triggerAndFollow,
            signal: abortOnSignals(),
            onGitLabRequest,
            usageError: problems => new flags/* UsageError */.eb(problems, TRIGGER_USAGE_LINE),
            resultJson,
            exitCodeOf
        });
    }
    const result = await triggerAndFollow(settings, {
        log: reporter,
        signal: abortOnSignals(),
        onGitLabRequest
    });
    if (json)
        reporter.result(JSON.stringify(resultJson(result)));
    else if (result.pipeline)
        reporter.result(result.pipeline.web_url);
    return exitCodeOf(result);
}
function resultJson(result) {
    const { pipeline } = result;
    if (!pipeline)
        return {};
    const json = {
        pipeline_id: pipeline.id,
        pipeline_iid: pipeline.iid,
        web_url: pipeline.web_url,
        project_id: pipeline.project_id,
        sha: pipeline.sha,
        ref: pipeline.ref,
        status: lastKnownStatus(result) ?? pipeline.status
    };
    if (result.finalStatus !== undefined || result.lastSeen !== undefined) {
        json.duration = result.duration ?? null;
        json.jobs = jobEssentials(result.jobs);
        json.pipelines = pipelineEssentials(result.pipelines);
    }
    if (result.jobOutputs !== undefined)
        json.job_outputs = result.jobOutputs;
    if (result.artifactsDir !== undefined)
        json.artifacts_dir = result.artifactsDir;
    return json;
}

;// CONCATENATED MODULE: ./src/cli/main.ts




async function run(argv, env) {
    const reporter = new CliReporter({ showDebug: Boolean(env.GITLAB_TRIGGER_DEBUG) });
    for (const secret of secretsToMask(argv, env))
        reporter.mask(secret);
    try {
        if (argv[0] === 'tokens') {
            const { runTokens } = await Promise.all(/* import() */[__nccwpck_require__.e(50), __nccwpck_require__.e(594)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3594));
            return await runTokens(argv.slice(1), env, reporter);
        }
        return await runTrigger(argv, env, reporter);
    }
    catch (error) {
        if (error instanceof flags/* UsageError */.eb) {
            for (const problem of error.problems)
                reporter.error(problem);
            reporter.info(error.usage);
            return 2;
        }
        reporter.error(`unexpected: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return 1;
    }
}

;// CONCATENATED MODULE: ./src/cli/index.ts


survivePipeClosed();
void run(process.argv.slice(2), process.env).then(code => exitWhenFlushed(code));

module.exports = __webpack_exports__;
/******/ })()
;