"use strict";
exports.id = 848;
exports.ids = [848];
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

/***/ 2848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  followRun: () => (/* binding */ followRun)
});

// UNUSED EXPORTS: GRACE_MS

// EXTERNAL MODULE: ./src/runtime/time-limit.ts
var time_limit = __webpack_require__(8649);
// EXTERNAL MODULE: ./src/runtime/clock.ts
var runtime_clock = __webpack_require__(9842);
// EXTERNAL MODULE: ./src/gitlab/endpoints.ts
var endpoints = __webpack_require__(5661);
// EXTERNAL MODULE: ./src/gitlab/retry.ts
var gitlab_retry = __webpack_require__(2177);
// EXTERNAL MODULE: ./src/settings/durations.ts
var durations = __webpack_require__(3080);
;// CONCATENATED MODULE: ./src/run/retry-line.ts

function retryLine(error, delayMs) {
    return `${error.request}: ${error.gitlabMessage || error.message}; trying again in ${(0,durations/* formatDuration */.a)(delayMs)}`;
}

// EXTERNAL MODULE: ./src/gitlab/statuses.ts
var statuses = __webpack_require__(8265);
;// CONCATENATED MODULE: ./src/run/control/cancel.ts






const CANCEL_WITHIN_MS = 5_000;
async function cancelDownstream(client, project, pipelineId, webUrl, log, why, { withinMs = CANCEL_WITHIN_MS, clock = runtime_clock/* realClock */.d } = {}) {
    log.info(`Cancelling pipeline #${pipelineId} (${why})…`);
    const limit = (0,time_limit/* timeLimit */.z)(withinMs);
    try {
        const pipeline = await (0,endpoints/* cancelPipeline */.jz)(client, project, pipelineId, (0,gitlab_retry/* cancelPolicy */.Ny)({
            deadline: clock.now() + withinMs,
            clock,
            onRetry: (error, delayMs) => log.info(retryLine(error, delayMs)),
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
    const limit = (0,time_limit/* timeLimit */.z)(withinMs);
    const once = { retryIf: () => false, maxAttempts: 1, signal: limit.signal };
    try {
        const [pipeline, jobs, bridges] = await Promise.allSettled([
            (0,endpoints.getPipeline)(client, project, pipelineId, once),
            (0,endpoints/* listJobs */.N6)(client, project, pipelineId, once),
            (0,endpoints/* listBridges */.X9)(client, project, pipelineId, once)
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
        if (node.parentId === null || (0,statuses/* isFinalStatus */.$T)(node.pipeline.status))
            return false;
        const parent = byId.get(node.parentId);
        return parent !== undefined && parent.pipeline.project_id !== node.pipeline.project_id;
    });
}

// EXTERNAL MODULE: ./src/gitlab/errors.ts
var errors = __webpack_require__(9452);
// EXTERNAL MODULE: ./src/gitlab/control.ts
var control = __webpack_require__(3758);
// EXTERNAL MODULE: ./src/settings/settings.ts + 1 modules
var settings = __webpack_require__(2312);
;// CONCATENATED MODULE: ./src/run/control/play-manual.ts




const PLAY_ATTEMPTS = 3;
function isPlayable(job) {
    return (0,statuses/* isWaitingForPlay */.p4)(job.status) && !job.downstream_pipeline;
}
function jobsToPlay(jobs, names, played) {
    if (names.length === 0)
        return [];
    const all = names.includes('*');
    return jobs.filter(job => isPlayable(job) &&
        !played.has(job.id) &&
        (all ? !job.allow_failure : names.includes(job.name)));
}
class ManualJobPlayer {
    client;
    names;
    log;
    words;
    played = new Set();
    failedTries = new Map();
    waitedForPlay = new Set();
    constructor(client, names, log, words = settings/* ACTION_WORDS */.dC) {
        this.client = client;
        this.names = names;
        this.log = log;
        this.words = words;
    }
    async playAmong(jobs, project, retry) {
        for (const job of jobs)
            if (isPlayable(job))
                this.waitedForPlay.add(job.name);
        const toPlay = jobsToPlay(jobs, this.names, this.played);
        let moving = false;
        for (const job of toPlay)
            if (await this.play(job, project, retry))
                moving = true;
        return moving;
    }
    neverWaitingForPlay() {
        return this.names.filter(name => name !== '*' && !this.waitedForPlay.has(name));
    }
    async play(job, project, retry) {
        this.played.add(job.id);
        try {
            await (0,control/* playJob */.CB)(this.client, project, job.id, { ...retry, maxAttempts: 1 });
            this.log.notice(`Played the manual job ${job.stage} › ${job.name} (#${job.id}) as asked by ${this.words.name('play-manual')}: ${job.web_url}`, `Played ${job.name}`);
            return true;
        }
        catch (error) {
            if (!(error instanceof errors/* GitLabError */.Y))
                throw error;
            const earlier = this.failedTries.get(job.id) ?? 0;
            const tries = earlier + 1;
            this.failedTries.set(job.id, tries);
            if (earlier > 0 && error.status === 400) {
                this.log.info(`The manual job ${job.name} (#${job.id}) can no longer be played (${error.message}): the earlier try, whose answer was lost, most likely played it`);
                return true;
            }
            if (error.transient && tries < PLAY_ATTEMPTS && !retry.signal?.aborted) {
                this.played.delete(job.id);
                this.log.info(`Could not play the manual job ${job.name} (#${job.id}) yet: ${error.message}; trying again at the next check`);
                return true;
            }
            this.log.error(`Could not play the manual job ${job.name} (#${job.id}): ${error.message}`, `Manual job ${job.name} not played`);
            return false;
        }
    }
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./src/run/logs/log-lines.ts

const SECTION_MARKER = /section_(start|end):\d+:([a-zA-Z0-9_.-]+)(\[\w+=\w+(?:, ?\w+=\w+)*\])?\r\x1b\[0K/g;
const CSI = /\x1b\[([0-?]*)([ -/]*)([@-~])/g;
const TIMESTAMP_HEADER = /^\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d\.\d{6}Z [0-9a-f]{2}[EO][+ ]/;
const TIMESTAMP_HEADER_LENGTH = 32;
const MAX_LINE_CHARS = 64 * 1024;
class LogLineAssembler {
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    partial = '';
    pending = null;
    timestamped;
    colour = '';
    push(chunk) {
        const held = this.partial.length;
        this.partial += this.decoder.write(chunk);
        const pieces = [];
        let start = 0;
        for (let nl = this.partial.indexOf('\n', held); nl >= 0; nl = this.partial.indexOf('\n', start)) {
            this.physical(this.partial.slice(start, nl), pieces);
            start = nl + 1;
        }
        this.partial = this.partial.slice(start);
        if (this.partial.length > MAX_LINE_CHARS) {
            this.partial = lastState(this.partial);
            while (this.partial.length > MAX_LINE_CHARS) {
                this.physical(this.partial.slice(0, MAX_LINE_CHARS), pieces);
                this.partial = this.partial.slice(MAX_LINE_CHARS);
            }
        }
        return pieces;
    }
    flush() {
        const pieces = [];
        if (this.pending !== null)
            this.line(this.pending, pieces);
        this.pending = null;
        return pieces;
    }
    end() {
        this.partial += this.decoder.end();
        const pieces = [];
        if (this.partial !== '')
            this.physical(this.partial, pieces);
        this.partial = '';
        return [...pieces, ...this.flush()];
    }
    get heldChars() {
        return this.partial.length + (this.pending?.length ?? 0);
    }
    physical(raw, pieces) {
        this.timestamped ??= TIMESTAMP_HEADER.test(raw);
        if (!this.timestamped)
            return this.line(raw, pieces);
        const header = hasTimestamp(raw);
        const text = header ? raw.slice(TIMESTAMP_HEADER_LENGTH) : raw;
        if (header && raw[TIMESTAMP_HEADER_LENGTH - 1] === '+' && this.pending !== null) {
            this.pending += text;
            if (this.pending.length > MAX_LINE_CHARS)
                pieces.push(...this.flush());
            return;
        }
        pieces.push(...this.flush());
        this.pending = text;
    }
    line(raw, pieces) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        let at = 0;
        let opened = null;
        for (const marker of line.matchAll(SECTION_MARKER)) {
            const before = this.text(line.slice(at, marker.index));
            if (opened)
                opened.header = before;
            else if (before !== '')
                pieces.push({ kind: 'line', text: before });
            opened = null;
            at = marker.index + marker[0].length;
            const name = marker[2];
            if (marker[1] === 'end')
                pieces.push({ kind: 'section-end', name });
            else {
                const collapsed = /collapsed=true/.test(marker[3] ?? '');
                opened = { kind: 'section-start', name, header: '', collapsed };
                pieces.push(opened);
            }
        }
        const rest = this.text(line.slice(at));
        if (opened)
            opened.header = rest;
        else if (rest !== '' || at === 0)
            pieces.push({ kind: 'line', text: rest });
    }
    text(segment) {
        const last = lastState(segment);
        const redrawn = this.timestamped && hasTimestamp(last) ? last.slice(TIMESTAMP_HEADER_LENGTH) : last;
        const shown = redrawn.replace(CSI, (sequence, _params, mid, final) => final === 'm' && mid === '' ? sequence : '');
        if (shown === '')
            return '';
        const carried = this.colour;
        for (const match of shown.matchAll(CSI)) {
            const params = match[1];
            if (/^[0;]*$/.test(params))
                this.colour = '';
            else if (/^0;/.test(params))
                this.colour = match[0];
            else if (this.colour.length < 256)
                this.colour += match[0];
        }
        return `${carried}${shown}${this.colour ? '\x1b[0m' : ''}`;
    }
}
function pieceText(piece) {
    if (piece.kind === 'line')
        return piece.text;
    if (piece.kind === 'section-start')
        return piece.header === '' ? null : piece.header;
    return null;
}
function lastState(text) {
    const cr = text.lastIndexOf('\r');
    if (cr < 0)
        return text;
    const last = text.slice(cr + 1);
    return last === '' ? lastState(text.slice(0, cr)) : last;
}
function hasTimestamp(text) {
    return (text.length >= TIMESTAMP_HEADER_LENGTH &&
        text[26] === 'Z' &&
        text[4] === '-' &&
        text[7] === '-' &&
        text[10] === 'T' &&
        text[13] === ':' &&
        (text[30] === 'E' || text[30] === 'O'));
}

// EXTERNAL MODULE: ./src/run/logs/request-budget.ts
var request_budget = __webpack_require__(2404);
;// CONCATENATED MODULE: ./src/run/logs/read-schedule.ts

const GROWING_MS = 1_000;
const QUIET_FIRST_MS = 1_000;
const QUIET_GROWTH = 1.5;
const QUIET_CEILING_MS = 8_000;
const MIN_PAUSE_MS = 250;
class LogReadSchedule {
    budget;
    lastStatusAt = -Infinity;
    reserved;
    jobs = new Map();
    constructor(now, budget = new request_budget/* RequestBudget */.bK(now)) {
        this.budget = budget;
        budget.join(this);
    }
    close() {
        this.budget.leave(this);
    }
    statusChecked(requests, now) {
        if (this.lastStatusAt !== -Infinity)
            this.budget.setStatusCost(this, requests);
        this.lastStatusAt = now;
        const { reserved } = this;
        this.reserved = undefined;
        if (this.budget.waitsForStatus(this))
            this.budget.served(this);
        this.budget.settle(reserved?.requests ?? 0, reserved?.at ?? now, requests, now);
    }
    statusDue(now) {
        if (now < this.nextStatusAt())
            return false;
        if (this.budget.turnAt(this, this.statusCost, now) > now) {
            this.budget.waitTurn(this, true);
            return false;
        }
        this.budget.served(this);
        const requests = this.statusCost + 1;
        this.budget.spend(requests, now);
        this.reserved = { requests, at: now };
        return true;
    }
    readNow(key, now, ended = false) {
        this.jobs.set(key, { dueAt: now, quietMs: 0, last: ended });
    }
    read(key, grew, now) {
        const quietMs = grew
            ? 0
            : Math.min(QUIET_CEILING_MS, Math.max(QUIET_FIRST_MS, QUIET_GROWTH * (this.jobs.get(key)?.quietMs ?? 0)));
        const last = this.jobs.get(key)?.last;
        this.jobs.set(key, { dueAt: now + (grew ? GROWING_MS : quietMs), quietMs, last });
    }
    forget(key) {
        this.jobs.delete(key);
    }
    take(keys, now) {
        const { budget } = this;
        const order = (key) => {
            const job = this.jobs.get(key);
            return job?.last ? -Infinity : (job?.dueAt ?? now);
        };
        const due = keys
            .filter(key => (this.jobs.get(key)?.dueAt ?? now) <= now)
            .sort((a, b) => order(a) - order(b));
        const taken = [];
        let limited = false;
        const statusFirst = budget.waitsForStatus(this);
        for (const key of due) {
            const last = this.jobs.get(key)?.last === true;
            const paid = last
                ? budget.roomAt(now) <= now
                : !statusFirst && budget.turnAt(this, 1, now) <= now;
            if (!paid) {
                limited = !statusFirst;
                break;
            }
            budget.spend(1, now);
            taken.push(key);
        }
        if (!statusFirst && (taken.length > 0 || due.length === 0))
            budget.served(this);
        if (limited)
            budget.waitTurn(this);
        return taken;
    }
    pauseMs(now, longest) {
        let wake = this.nextStatusAt();
        let readFirst = false;
        let last = false;
        for (const job of this.jobs.values())
            if (job.last || job.dueAt < wake) {
                wake = Math.min(wake, job.dueAt);
                readFirst = true;
                if (job.last) {
                    last = true;
                    break;
                }
            }
        const forRead = readFirst && !this.budget.waitsForStatus(this);
        const affordableAt = last
            ? this.budget.roomAt(now)
            : this.budget.turnAt(this, forRead ? 1 : this.statusCost, now);
        const at = Math.max(wake, affordableAt, now + MIN_PAUSE_MS);
        return Math.ceil(Math.min(at - now, Math.max(longest, affordableAt - now)));
    }
    nextStatusAt() {
        return this.lastStatusAt + this.budget.statusSpacingMs();
    }
    get statusCost() {
        return this.budget.statusCostOf(this);
    }
}

;// CONCATENATED MODULE: ./src/run/logs/live-logs.ts





const DEFAULT_CHECK_BUDGET_BYTES = 1024 * 1024;
const DEFAULT_REREAD_LIMIT_BYTES = 1024 * 1024;
const DEFAULT_SHOWN_LIMIT_BYTES = 8 * 1024 * 1024;
const DEFAULT_TAIL_LINES = 300;
const DEFAULT_READ_LIMIT_MS = 5_000;
const DEFAULT_CHECK_WAIT_MS = 1_500;
const rangeSupport = new WeakMap();
function traceRangeSupport(client) {
    return rangeSupport.get(client.instance);
}
const MIN_PROGRESS_BYTES = 64 * 1024;
const TAIL_CHARS = 256 * 1024;
const STOP = new Error('enough of this log for now');
class LiveLogs {
    client;
    options;
    followed = new Map();
    checkBytes;
    rereadLimit;
    shownLimit;
    tailLines;
    readLimitMs;
    checkWaitMs;
    turn = 0;
    schedule;
    background = Promise.resolve();
    closed = new AbortController();
    constructor(client, options) {
        this.client = client;
        this.options = options;
        this.checkBytes = options.checkBudgetBytes ?? DEFAULT_CHECK_BUDGET_BYTES;
        this.rereadLimit = options.rereadLimitBytes ?? DEFAULT_REREAD_LIMIT_BYTES;
        this.shownLimit = options.shownLimitBytes ?? DEFAULT_SHOWN_LIMIT_BYTES;
        this.tailLines = options.tailLines ?? DEFAULT_TAIL_LINES;
        this.readLimitMs = options.readLimitMs ?? DEFAULT_READ_LIMIT_MS;
        this.checkWaitMs = options.checkWaitMs ?? DEFAULT_CHECK_WAIT_MS;
    }
    statusDue(now) {
        const following = [...this.followed.values()].some(job => !job.done);
        if (!following && this.options.budget === undefined)
            return true;
        return this.scheduleAt(now).statusDue(now);
    }
    pauseMs(now, longest, jobRunning) {
        if (!jobRunning && this.options.budget === undefined)
            return longest;
        return this.scheduleAt(now).pauseMs(now, longest);
    }
    unread() {
        return [...this.followed.values()].filter(job => !job.done).length;
    }
    close() {
        this.closed.abort(new Error('the wait is over'));
        this.schedule?.close();
    }
    scheduleAt(now) {
        this.schedule ??= new LogReadSchedule(now, this.options.budget);
        return this.schedule;
    }
    async check(jobs, options) {
        const stats = { requests: 0, bytes: 0, behind: false };
        const final = options.final === true;
        const { now } = options;
        const schedule = now === undefined || final ? undefined : this.scheduleAt(now);
        if (schedule && now !== undefined && options.statusRequests)
            schedule.statusChecked(options.statusRequests, now);
        if (final)
            await this.background;
        let due = this.due(jobs, final, now).filter(job => !job.reading);
        if (schedule && now !== undefined) {
            const taken = new Set(schedule.take(due.map(keyOf), now));
            due = due.filter(job => taken.has(keyOf(job)));
            if (due.length > 0 && schedule.budget.limitedNews()) {
                const budget = {
                    kind: 'budget',
                    perMinute: request_budget/* REQUESTS_PER_MINUTE */.eW,
                    ceilingMs: QUIET_CEILING_MS,
                    shared: schedule.budget.shared()
                };
                options.emit([{ job: due[0].ref, ...budget }]);
            }
        }
        const start = due.length ? this.turn++ % due.length : 0;
        const order = [...due.slice(start), ...due.slice(0, start)];
        for (const job of order)
            job.reading = true;
        const reads = final
            ? this.readToEnd(order, options, stats)
            : this.readInTurn(order, options, stats);
        this.background = Promise.all([this.background, reads.catch(() => undefined)]);
        if (!(await settlesWithin(reads, final ? Infinity : this.checkWaitMs)))
            stats.behind = true;
        return stats;
    }
    async readToEnd(order, options, stats) {
        const budget = this.schedule?.budget;
        const clock = options.clock;
        const readAll = (jobs) => Promise.all(jobs.map(job => this.readOne(job, Infinity, true, options, stats)));
        if (!budget || !clock)
            return void (await readAll(order));
        let left = order;
        while (left.length > 0) {
            const now = clock.now();
            const fit = budget.takeLast(left.length, now);
            if (fit === 0) {
                try {
                    await clock.sleep(Math.max(MIN_PAUSE_MS, budget.roomAt(now) - now), options.signal);
                }
                catch {
                    for (const job of left)
                        job.reading = false;
                    return;
                }
                continue;
            }
            await readAll(left.slice(0, fit));
            left = left.slice(fit);
        }
    }
    async readInTurn(order, options, stats) {
        let left = this.checkBytes;
        const budget = this.schedule?.budget;
        const { now: takenAt, clock } = options;
        const settle = (charged, made) => {
            if (budget && takenAt !== undefined && clock)
                budget.settle(charged, takenAt, made, clock.now());
        };
        for (const [index, job] of order.entries()) {
            if (options.signal?.aborted || this.closed.signal.aborted || (left <= 0 && index > 0)) {
                stats.behind = true;
                for (const skipped of order.slice(index))
                    skipped.reading = false;
                settle(order.length - index, 0);
                break;
            }
            const before = { bytes: stats.bytes, requests: stats.requests };
            await this.readOne(job, left, index === 0, options, stats);
            left -= stats.bytes - before.bytes;
            settle(1, stats.requests - before.requests);
        }
    }
    async readOne(job, left, first, options, stats) {
        const stalled = new AbortController();
        const stall = () => stalled.abort(new Error(`no byte for ${this.readLimitMs} ms`));
        let timer = setTimeout(stall, this.readLimitMs);
        const restart = () => {
            clearTimeout(timer);
            timer = setTimeout(stall, this.readLimitMs);
        };
        const sources = [stalled.signal, this.closed.signal];
        if (options.signal)
            sources.push(options.signal);
        const signal = AbortSignal.any(sources);
        const offset = job.offset;
        try {
            const runEnded = () => options.signal?.aborted === true || this.closed.signal.aborted;
            const emit = (events) => this.closed.signal.aborted || options.emit(events);
            const readOptions = { ...options, signal, runEnded, onBytes: restart, emit };
            await this.read(job, left, first, readOptions, stats);
        }
        finally {
            clearTimeout(timer);
            job.reading = false;
            if (job.done)
                this.schedule?.forget(keyOf(job));
            else if (options.now !== undefined)
                this.schedule?.read(keyOf(job), job.offset > offset, options.now);
        }
    }
    due(jobs, final, now) {
        const due = [];
        for (const job of jobs) {
            const project = job.project ?? this.options.project;
            const key = `${project}#${job.id}`;
            const running = (0,statuses/* isExecutingStatus */.z5)(job.status);
            const ended = (0,statuses/* hasRunToEnd */.IM)(job.status);
            let followed = this.followed.get(key);
            if (!followed) {
                if (!running && !(ended && job.duration !== null && job.duration !== 0))
                    continue;
                followed = {
                    ref: { id: job.id, name: job.name, label: job.label ?? job.name, web_url: job.web_url },
                    project,
                    status: job.status,
                    ended,
                    offset: 0,
                    lines: new LogLineAssembler(),
                    shown: 0,
                    tail: null,
                    paused: false,
                    failing: false,
                    done: false,
                    reading: false
                };
                this.followed.set(key, followed);
                if (now !== undefined)
                    this.schedule?.readNow(key, now);
            }
            if (followed.done)
                continue;
            if (now !== undefined && ended && !followed.ended)
                this.schedule?.readNow(key, now, true);
            followed.status = job.status;
            followed.ended = ended || final;
            if (running || ended)
                due.push(followed);
        }
        if (final)
            for (const followed of this.followed.values())
                if (!followed.done && !due.includes(followed)) {
                    followed.ended = true;
                    due.push(followed);
                }
        return due;
    }
    async read(job, left, first, options, stats) {
        const events = [];
        try {
            let atEnd = false;
            for (;;) {
                const support = rangeSupport.get(this.client.instance);
                if (support === false || (support === undefined && job.offset === 1)) {
                    atEnd = await this.readWhole(job, left, first, options, stats, events);
                    break;
                }
                const limit = Math.min(endpoints/* MAX_TRACE_RANGE_BYTES */.z5, left);
                const outcome = await this.readRange(job, limit, left, options, stats, events);
                if (outcome === 'whole') {
                    atEnd = true;
                    break;
                }
                left -= outcome.bytes;
                atEnd = outcome.bytes < outcome.asked;
                if (atEnd || left <= 0 || options.signal?.aborted)
                    break;
            }
            if (job.failing)
                job.failing = false;
            if (atEnd && job.ended)
                this.finish(job, events);
            else if (!atEnd && !job.paused)
                stats.behind = true;
        }
        catch (error) {
            const stalled = options.signal?.aborted === true && options.runEnded?.() !== true;
            if (error !== STOP)
                this.failed(job, error, options, events, stalled);
            if (error === STOP || options.signal?.aborted)
                stats.behind = true;
        }
        finally {
            if (!job.done)
                this.route(job, job.lines.flush(), events);
            if (events.length)
                options.emit(events);
        }
    }
    async readRange(job, limit, left, options, stats, events) {
        const unknown = rangeSupport.get(this.client.instance) === undefined;
        const asked = unknown && job.offset > 1 ? Math.min(limit, job.offset - 1) : limit;
        const chunks = [];
        let received = 0;
        let whole = null;
        stats.requests++;
        await (0,endpoints/* streamJobTraceRange */.cI)(this.client, job.project, job.ref.id, { byteOffset: job.offset, byteLimit: asked }, chunk => {
            stats.bytes += chunk.length;
            options.onBytes?.();
            if (whole)
                return whole(chunk);
            received += chunk.length;
            if (received <= asked)
                return void chunks.push(chunk);
            rangeSupport.set(this.client.instance, false);
            whole = this.skipper(job, Math.max(0, left - job.offset), events);
            for (const held of chunks.splice(0))
                whole(held);
            whole(chunk);
        }, { retryIf: () => false, maxAttempts: 1, signal: options.signal });
        if (whole)
            return 'whole';
        if (unknown && job.offset > 1)
            rangeSupport.set(this.client.instance, true);
        for (const chunk of chunks)
            this.feed(job, chunk, events);
        return { bytes: received, asked };
    }
    async readWhole(job, left, first, options, stats, events) {
        if (!options.final && job.offset > this.rereadLimit) {
            if (!job.paused) {
                job.paused = true;
                job.tail = job.tail ?? new TailRing(this.tailLines);
                events.push({ job: job.ref, kind: 'paused', bytes: job.offset });
            }
            return false;
        }
        if (!first && job.offset >= left)
            return false;
        const allowance = Math.max(left - job.offset, first ? MIN_PROGRESS_BYTES : 0);
        const skip = this.skipper(job, allowance, events, stats);
        stats.requests++;
        await (0,endpoints/* streamJobTraceRange */.cI)(this.client, job.project, job.ref.id, undefined, chunk => {
            options.onBytes?.();
            skip(chunk);
        }, { retryIf: () => false, maxAttempts: 1, signal: options.signal });
        return true;
    }
    skipper(job, allowance, events, stats) {
        let position = 0;
        let taken = 0;
        return chunk => {
            if (stats)
                stats.bytes += chunk.length;
            const from = Math.max(0, job.offset - position);
            position += chunk.length;
            if (from >= chunk.length)
                return;
            const fresh = chunk.subarray(from, from + Math.max(0, allowance - taken));
            taken += fresh.length;
            if (fresh.length)
                this.feed(job, fresh, events);
            if (taken >= allowance)
                throw STOP;
        };
    }
    feed(job, chunk, events) {
        job.offset += chunk.length;
        const pieces = job.lines.push(chunk);
        if (!job.tail && job.shown + chunk.length > this.shownLimit)
            job.tail = new TailRing(this.tailLines);
        if (!job.tail)
            job.shown += chunk.length;
        this.route(job, pieces, events);
    }
    route(job, pieces, events) {
        for (const piece of pieces) {
            if (job.tail)
                job.tail.add(piece);
            else
                events.push({ job: job.ref, ...piece });
        }
    }
    finish(job, events) {
        this.route(job, job.lines.end(), events);
        if (job.tail) {
            const { lines, bytes } = job.tail.dropped;
            if (lines > 0)
                events.push({ job: job.ref, kind: 'skipped', lines, bytes });
            for (const piece of job.tail.pieces())
                events.push({ job: job.ref, ...piece });
        }
        events.push({ job: job.ref, kind: 'finished', status: job.status, bytes: job.offset });
        job.done = true;
        job.lines = new LogLineAssembler();
        job.tail = null;
    }
    failed(job, error, options, events, stalled) {
        if (options.signal?.aborted && !stalled)
            return;
        const failure = error;
        const message = stalled
            ? `GitLab did not answer within ${this.readLimitMs / 1000} s`
            : failure instanceof Error
                ? failure.message
                : String(error);
        const final = failure.status === 401 ||
            failure.status === 403 ||
            failure.status === 404 ||
            (job.ended && (stalled || job.failing));
        if (final || !job.failing)
            events.push({ job: job.ref, kind: 'unreadable', message, final });
        job.failing = true;
        if (final)
            this.finish(job, events);
    }
}
function keyOf(job) {
    return `${job.project}#${job.ref.id}`;
}
async function settlesWithin(promise, ms) {
    if (ms === Infinity)
        return promise.then(() => true);
    let timer;
    const late = new Promise(resolve => {
        timer = setTimeout(() => resolve(false), ms);
    });
    try {
        return await Promise.race([promise.then(() => true), late]);
    }
    finally {
        clearTimeout(timer);
    }
}
class TailRing {
    size;
    ring = [];
    chars = 0;
    dropped = { lines: 0, bytes: 0 };
    constructor(size) {
        this.size = size;
    }
    add(piece) {
        this.ring.push(piece);
        this.chars += piece.kind === 'line' ? piece.text.length : 0;
        while (this.ring.length > this.size || (this.chars > TAIL_CHARS && this.ring.length > 1)) {
            const gone = this.ring.shift();
            if (gone?.kind !== 'line')
                continue;
            this.chars -= gone.text.length;
            this.dropped.lines++;
            this.dropped.bytes += Buffer.byteLength(gone.text) + 1;
        }
    }
    pieces() {
        return this.ring;
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/settings/job-colon-lines.ts
var job_colon_lines = __webpack_require__(7270);
// EXTERNAL MODULE: ./src/run/results/artifacts.ts + 2 modules
var artifacts = __webpack_require__(3987);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/gitlab/token-prefixes.ts
var token_prefixes = __webpack_require__(9403);
;// CONCATENATED MODULE: ./src/runtime/bytes.ts
const UNITS = ['KiB', 'MiB', 'GiB', 'TiB'];
function formatBytes(bytes) {
    if (bytes < 1024)
        return bytes === 1 ? '1 byte' : `${bytes} bytes`;
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
        value /= 1024;
        unit++;
    }
    const shown = Number.isInteger(value) ? String(value) : value.toFixed(1);
    if (shown === '1024.0' && unit < UNITS.length - 1)
        return `1.0 ${UNITS[unit + 1]}`;
    return `${shown} ${UNITS[unit]}`;
}

;// CONCATENATED MODULE: ./src/settings/output-names.ts
const ACTION_OUTPUT_NAMES = [
    'pipeline-id',
    'pipeline-iid',
    'web-url',
    'project-id',
    'sha',
    'ref',
    'status',
    'duration',
    'jobs',
    'job-outputs',
    'artifacts-dir',
    'pipelines',
    'results'
];

;// CONCATENATED MODULE: ./src/run/results/job-outputs.ts






const MAX_OUTPUTS_FILE_BYTES = 1024 * 1024;

const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
class JobOutputsError extends Error {
    problem;
    job;
    path;
    detail;
    constructor(problem, job, path, detail, options) {
        super(`outputs-from ${job}:${path}: ${detail}`, options);
        this.problem = problem;
        this.job = job;
        this.path = path;
        this.detail = detail;
        this.name = 'JobOutputsError';
    }
}
async function readJobOutputs(client, project, job, path, options = {}) {
    const maxBytes = options.maxBytes ?? MAX_OUTPUTS_FILE_BYTES;
    const chunks = [];
    let size = 0;
    const tooLarge = () => new JobOutputsError('too-large', job.name, path, `the file is larger than ${formatBytes(maxBytes)}, the most outputs-from reads; write only the values the workflow needs into it`);
    const retry = options.retry ??
        (options.signal ? { maxAttempts: 1, retryIf: () => false, signal: options.signal } : undefined);
    try {
        await (0,endpoints/* streamJobArtifactFile */.WO)(client, project, job.id, path, chunk => {
            size += chunk.length;
            if (size > maxBytes)
                throw tooLarge();
            chunks.push(chunk);
        }, retry);
    }
    catch (error) {
        if (error instanceof JobOutputsError)
            throw error;
        if (retry?.signal?.aborted)
            throw retry.signal.reason;
        if (error instanceof errors/* GitLabError */.Y && error.status === 404) {
            throw new JobOutputsError('missing', job.name, path, `job ${job.id} has no such file in its artifacts (GitLab answered 404). List the file under the job's artifacts:paths (an artifacts:reports:dotenv file alone is not in the archive), and check that the artifacts have not expired`, { cause: error });
        }
        const detail = error instanceof Error ? error.message : String(error);
        throw new JobOutputsError('gitlab', job.name, path, detail, { cause: error });
    }
    return parseJobOutputs(Buffer.concat(chunks), { job: job.name, path });
}
function parseJobOutputs(bytes, where) {
    const fail = (problem, detail) => new JobOutputsError(problem, where.job, where.path, detail);
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw fail('unreadable', 'the file is not UTF-8 text');
    }
    text = text.replace(/^\uFEFF/, '');
    const entries = where.path.toLowerCase().endsWith('.json')
        ? jsonEntries(text, fail)
        : dotenvEntries(text, fail);
    const values = {};
    const masked = new Set();
    const clashes = [];
    const ownNames = new Set(ACTION_OUTPUT_NAMES.map(name => name.toLowerCase()));
    for (const [key, value] of entries) {
        if (!OUTPUT_NAME.test(key))
            throw fail('invalid', `the key ${JSON.stringify(key)} is not a valid output name: start with a letter or _, then use letters, digits, _ and - only, e.g. DEPLOY_URL`);
        Object.defineProperty(values, key, { value, enumerable: true, writable: true });
        if (ownNames.has(key.toLowerCase()))
            clashes.push(key);
        for (const secret of secretsIn(key, value))
            masked.add(secret);
    }
    return { values, masked: [...masked], clashes };
}
function jsonEntries(text, fail) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw fail('unreadable', `the file is not valid JSON (${error.message})`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        throw fail('invalid', 'the JSON is not an object; write one flat object, e.g. {"DEPLOY_URL": "https://…", "REPLICAS": 3}');
    return Object.entries(parsed).map(([key, value]) => {
        if (typeof value === 'string')
            return [key, value];
        if (typeof value === 'number' || typeof value === 'boolean')
            return [key, String(value)];
        const kind = value === null ? 'null' : Array.isArray(value) ? 'a list' : 'an object';
        throw fail('invalid', `the value of ${JSON.stringify(key)} is ${kind}; outputs-from reads a flat object of strings, numbers and booleans`);
    });
}
function dotenvEntries(text, fail) {
    const parseEnv = external_node_util_.parseEnv;
    if (!parseEnv)
        throw fail('unreadable', `reading a dotenv file needs Node 20.12 or later (${process.version})`);
    return Object.entries(parseEnv(text));
}
const TOKEN_PATTERN = new RegExp(`(?:${[
    ...token_prefixes/* GITLAB_TOKEN_PREFIXES */.x.map(prefix => `${prefix}-`),
    token_prefixes/* LEGACY_RUNNER_TOKEN_PREFIX */.W,
    'ghp_',
    'gho_',
    'ghu_',
    'ghs_',
    'ghr_',
    'github_pat_'
].join('|')})[A-Za-z0-9_.-]{8,}`, 'g');
const JWT_PATTERN = /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+/g;
const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;
const SECRET_KEY = /TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE|CREDENTIAL|API_?KEY|AUTH(?!OR)/i;
const MIN_MASKED_BY_NAME = 8;
function secretsIn(key, value) {
    const tokens = [...value.matchAll(TOKEN_PATTERN), ...value.matchAll(JWT_PATTERN)].map(match => match[0]);
    const namedSecret = SECRET_KEY.test(key) && value.trim().length >= MIN_MASKED_BY_NAME;
    if (tokens.length === 0 && !PRIVATE_KEY.test(value) && !namedSecret)
        return [];
    const lines = value
        .split(/\r\n|\r|\n/)
        .map(line => line.trim())
        .filter(line => line !== '');
    return [value, ...(lines.length > 1 ? lines : []), ...tokens];
}

;// CONCATENATED MODULE: ./src/run/results/collect-results.ts








function finishedJobNamed(jobs, name) {
    const named = jobs
        .filter(job => job.name === name && !('downstream_pipeline' in job))
        .sort((a, b) => b.id - a.id);
    const newest = named[0];
    if (!newest)
        return 'the pipeline has no job of that name';
    if ((0,statuses/* passed */.bF)(newest))
        return { id: newest.id, name: newest.name, pipeline_id: newest.pipeline_id };
    return `job ${newest.id} ended ${newest.status}, so its artifacts are not read (only a job that succeeded or was allowed to fail)`;
}
function projectOfJob(context, job) {
    const pipeline = context.pipelines?.find(candidate => candidate.id === job.pipeline_id);
    return pipeline ? String(pipeline.project_id) : context.project;
}
async function collectResults(context) {
    const { settings, log, clock } = context;
    const collected = { maskedValues: [], outputClashes: [], problems: [] };
    if (settings.outputsFrom.length === 0 && settings.artifacts.length === 0)
        return collected;
    const limit = (0,time_limit/* timeLimit */.z)(Math.max(0, context.deadline - clock.now()), context.signal);
    const retry = (0,gitlab_retry/* quickReadPolicy */.A2)({ deadline: context.deadline, signal: limit.signal, clock });
    try {
        if (settings.outputsFrom.length > 0)
            await readOutputs(context, collected, retry);
        if (settings.artifacts.length > 0)
            await readArtifacts(context, collected, retry, limit.signal);
    }
    finally {
        limit.dispose();
    }
    for (const problem of collected.problems)
        log.error(problem, 'GitLab results not read');
    return collected;
}
async function readOutputs(context, collected, retry) {
    const { client, jobs, settings, log } = context;
    const values = {};
    const outputsFrom = settings.words.name('outputs-from');
    for (const request of settings.outputsFrom) {
        if (retry.signal?.aborted) {
            collected.problems.push(`${outputsFrom} ${request.job}:${request.path}: not read, the time limit was reached or the run was cancelled`);
            continue;
        }
        const job = finishedJobNamed(jobs, request.job);
        if (typeof job === 'string') {
            collected.problems.push(`${outputsFrom} ${request.job}:${request.path}: ${job}`);
            continue;
        }
        try {
            const read = await readJobOutputs(client, projectOfJob(context, job), job, request.path, {
                retry
            });
            for (const [key, value] of Object.entries(read.values))
                Object.defineProperty(values, key, { value, enumerable: true, writable: true });
            collected.maskedValues.push(...read.masked);
            collected.outputClashes.push(...read.clashes);
            log.info(`Read ${Object.keys(read.values).length} output(s) from ${request.path} of job ${job.name} (#${job.id})`);
        }
        catch (error) {
            collected.problems.push(error instanceof JobOutputsError
                ? `${outputsFrom} ${error.job}:${error.path}: ${error.detail}`
                : `${outputsFrom} ${request.job}:${request.path}: not read (${reasonOf(error)})`);
        }
    }
    collected.jobOutputs = values;
    const clashes = [...new Set(collected.outputClashes)];
    collected.outputClashes = clashes;
    if (clashes.length > 0)
        log.warning(`outputs-from: ${clashes.join(', ')} would stand for the action's own output(s) of that name, so they are only in job-outputs; rename them in the file to have outputs of their own`, 'outputs-from key clashes');
}
async function readArtifacts(context, collected, retry, signal) {
    const { client, jobs, settings, log } = context;
    const dir = external_node_path_.resolve(context.settings.workspace ?? process.cwd(), settings.artifactsDir);
    collected.artifactsDir = dir;
    const names = new Set(jobs.map(job => job.name));
    const directories = new Map();
    for (const raw of settings.artifacts) {
        const request = (0,job_colon_lines/* resolveArtifactsRequest */.vG)(raw, names);
        const where = `${settings.words.name('artifacts')} ${request.line}`;
        if (signal.aborted) {
            collected.problems.push(`${where}: not downloaded, the time limit was reached or the run was cancelled`);
            continue;
        }
        const job = finishedJobNamed(jobs, request.job);
        if (typeof job === 'string') {
            collected.problems.push(`${where}: ${job}`);
            continue;
        }
        const directory = (0,artifacts/* jobDirectoryName */.S4)(job.name);
        const other = directories.get((0,artifacts/* directoryKey */.b2)(directory));
        if (other !== undefined && other !== job.name) {
            collected.problems.push(`${where}: jobs ${other} and ${job.name} would both go to ${directory}/; download them in separate steps with different ${settings.words.name('artifacts-dir')}`);
            continue;
        }
        directories.set((0,artifacts/* directoryKey */.b2)(directory), job.name);
        log.info(`Downloading the artifacts of job ${job.name} (#${job.id}) into ${external_node_path_.join(dir, directory)}`);
        try {
            const extracted = await (0,artifacts/* downloadArtifacts */.UL)(client, projectOfJob(context, job), job, {
                artifactsDir: dir,
                glob: request.glob,
                tempDir: context.tempDir,
                retry,
                signal,
                onProgress: progress => log.info(`${progress.job}: ${progress.phase === 'download' ? 'downloaded' : 'extracted'} ${formatBytes(progress.bytes)}${progress.totalBytes ? ` of ${formatBytes(progress.totalBytes)}` : ''}`)
            });
            log.info(`Extracted ${extracted.files.length} file(s), ${formatBytes(extracted.bytes)}, of job ${job.name} into ${extracted.dir}`);
        }
        catch (error) {
            collected.problems.push(error instanceof artifacts/* ArtifactsError */.u9
                ? error.message
                : `${where}: not downloaded (${reasonOf(error)})`);
        }
    }
}
function reasonOf(error) {
    if (error instanceof Error && error.name === 'AbortError')
        return 'the time limit was reached or the run was cancelled';
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./src/run/run-context.ts
var run_context = __webpack_require__(8094);
;// CONCATENATED MODULE: ./src/run/logs/end-of-run-logs.ts




const MAX_LOG_LINES = 300;
const MAX_LOG_BYTES = 64 * 1024;
function jobsWithLogsToShow(jobs, which) {
    if (which === 'none')
        return [];
    const shown = which === 'all'
        ? jobs.filter(job => !(0,statuses/* neverRan */.mZ)(job.status))
        : jobs.filter(job => (0,statuses/* isFailedStatus */.cK)(job.status));
    return [...shown].sort((a, b) => a.id - b.id);
}
async function printJobLogs(client, project, jobs, log, retry) {
    for (const job of jobs) {
        if (retry.signal?.aborted) {
            log.warning(`Stopped reading job logs before ${job.name}: ${end_of_run_logs_reasonOf(retry.signal)}; see the jobs in GitLab`);
            return;
        }
        const tail = new LogTail();
        try {
            await (0,endpoints/* streamJobTrace */.tw)(client, project, job.id, chunk => tail.push(chunk), retry);
        }
        catch (error) {
            const why = error.message;
            if (tail.bytesRead === 0) {
                log.warning(`Could not read the log of job ${job.name}: ${why}`);
                continue;
            }
            log.warning(`The log of job ${job.name} was cut short after ${formatBytes(tail.bytesRead)} (${why}); showing what was read`);
        }
        log.group(`Log of ${job.stage} › ${job.name} (${job.status})`, tail.render(job.web_url));
    }
}
function end_of_run_logs_reasonOf(signal) {
    const reason = signal.reason;
    return reason instanceof Error ? reason.message : 'stopped';
}
class LogTail {
    bytesRead = 0;
    reader = new LogLineAssembler();
    kept = [];
    keptBytes = 0;
    blanks = [];
    dropped = { lines: 0, bytes: 0 };
    push(chunk) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        this.bytesRead += bytes.length;
        this.take(this.reader.push(bytes));
    }
    render(webUrl) {
        this.take(this.reader.end());
        this.blanks = [];
        if (this.kept.length === 0)
            return `(the log is empty) ${webUrl}`;
        let shown = this.kept.join('\n').trimEnd();
        let cutBytes = this.dropped.bytes;
        const over = Buffer.byteLength(shown) - MAX_LOG_BYTES;
        if (over > 0) {
            const cut = Buffer.from(shown)
                .subarray(over)
                .toString('utf8')
                .replace(/^\uFFFD+/, '');
            cutBytes += Buffer.byteLength(shown) - Buffer.byteLength(cut);
            shown = cut;
        }
        const { lines } = this.dropped;
        if (lines === 0 && cutBytes === 0)
            return shown;
        const what = lines > 0
            ? `${lines} earlier lines (${formatBytes(cutBytes)})`
            : `the first ${formatBytes(cutBytes)}`;
        return [`… ${what} not shown; full log: ${webUrl}`, shown].join('\n');
    }
    take(pieces) {
        for (const piece of pieces) {
            const text = pieceText(piece);
            if (text === null)
                continue;
            if (text.trim() === '' && this.blanks.length < MAX_LOG_LINES) {
                this.blanks.push(text);
                continue;
            }
            for (const line of [...this.blanks.splice(0), text])
                this.keep(line);
        }
    }
    keep(line) {
        this.kept.push(line);
        this.keptBytes += Buffer.byteLength(line) + 1;
        while (this.kept.length > MAX_LOG_LINES ||
            (this.kept.length > 1 &&
                this.keptBytes - Buffer.byteLength(this.kept[0]) - 1 >= MAX_LOG_BYTES)) {
            const gone = this.kept.shift() ?? '';
            const bytes = Buffer.byteLength(gone) + 1;
            this.keptBytes -= bytes;
            this.dropped.lines++;
            this.dropped.bytes += bytes;
        }
    }
}
function tailOfLog(trace, webUrl) {
    const tail = new LogTail();
    tail.push(trace);
    return tail.render(webUrl);
}

;// CONCATENATED MODULE: ./src/run/follow/report.ts





async function report(client, waited, { status, timedOut }, run, logsEnd) {
    if (timedOut === undefined)
        reportStatus(waited.pipeline, status, run);
    else
        run.log.error(timedOut, 'Timed out');
    reportDownstreamStatuses(waited.tree, run);
    if (run.settings.jobLogs !== 'live')
        await printLogs(client, waited.tree, run, logsEnd);
    reportFailedJobs(waited.tree, run);
}
function reportStatus(pipeline, status, { log }) {
    const duration = pipeline.duration === null ? '' : ` after ${(0,durations/* formatDuration */.a)(pipeline.duration * 1000)}`;
    log.info(`Pipeline #${pipeline.id} ended ${status}${duration}: ${pipeline.web_url}`);
}
function reportDownstreamStatuses(tree, { log }) {
    for (const node of tree.slice(1))
        log.info(`${node.prefix}Pipeline #${node.pipeline.id} ${(0,statuses/* isFinalStatus */.$T)(node.pipeline.status) ? 'ended' : 'is'} ${node.pipeline.status}: ${node.pipeline.web_url}`);
}
async function printLogs(client, tree, { settings, log, signal, clock }, logsEnd) {
    const logs = (0,time_limit/* timeLimit */.z)(Math.max(0, logsEnd - clock.now()), signal);
    try {
        for (const node of tree) {
            if (node.unreadable)
                continue;
            await printJobLogs(client, node.project, jobsWithLogsToShow(node.jobs, settings.jobLogs).map(job => ({
                ...job,
                stage: node.prefix + job.stage
            })), log, (0,gitlab_retry/* quickReadPolicy */.A2)({ deadline: logsEnd, signal: logs.signal, clock }));
        }
    }
    finally {
        logs.dispose();
    }
}
function reportFailedJobs(tree, { log }) {
    for (const node of tree)
        for (const job of [...node.jobs, ...node.bridges]
            .filter(job => (0,statuses/* isFailedStatus */.cK)(job.status))
            .sort((a, b) => a.id - b.id)) {
            const reason = job.failure_reason ? ` (${job.failure_reason.replace(/_/g, ' ')})` : '';
            const message = `${node.prefix}${job.stage} › ${job.name} failed${reason}: ${job.web_url}`;
            if ((0,statuses/* countsAsFailure */.rp)(job))
                log.error(message, `GitLab job ${job.name} failed`);
            else
                log.warning(`${message} (allowed to fail)`, `GitLab job ${job.name} failed`);
        }
}
function treeJobs(tree) {
    return tree
        .flatMap(node => [...node.jobs, ...node.bridges].map(job => ({ ...job, pipeline_id: node.pipeline.id })))
        .sort((a, b) => a.id - b.id);
}
function treePipelines(tree) {
    return tree.map(node => ({
        id: node.pipeline.id,
        project_id: node.pipeline.project_id,
        web_url: node.pipeline.web_url,
        status: node.pipeline.status,
        parent_id: node.parentId,
        ...(node.trigger ? { trigger_job_id: node.trigger.id } : {}),
        path: node.prefix.trimEnd(),
        ...(node.unreadable ? { unreadable: node.unreadable } : {})
    }));
}

;// CONCATENATED MODULE: ./src/run/logs/live-display.ts


function presentLiveEvents(events, { oneJob }, state = {}) {
    const lines = [];
    let openJob = state.openJob;
    const close = () => {
        if (openJob !== undefined)
            lines.push({ kind: 'close-group' });
        openJob = undefined;
    };
    for (const event of events) {
        const key = jobKey(event.job);
        if (event.kind === 'finished') {
            if (openJob === key)
                close();
            continue;
        }
        const text = eventText(event);
        if (text === null)
            continue;
        if (event.kind === 'budget') {
            close();
            lines.push({ kind: 'text', text });
        }
        else if (oneJob) {
            if (openJob !== key) {
                close();
                lines.push({ kind: 'open-group', title: `Log of ${event.job.label}` });
                openJob = key;
            }
            lines.push({ kind: 'text', text });
        }
        else {
            close();
            lines.push({ kind: 'text', text: `[${event.job.label}] ${text}` });
        }
    }
    return { lines, state: { openJob } };
}
function jobKey(job) {
    return `${job.label}#${job.id}`;
}
function eventText(event) {
    switch (event.kind) {
        case 'line':
        case 'section-start':
        case 'section-end':
            return pieceText(event);
        case 'finished':
            return null;
        case 'skipped':
            return `… ${event.lines} lines (${formatBytes(event.bytes)}) not shown; full log: ${event.job.web_url ?? 'in GitLab'}`;
        case 'paused':
            return `(the log passed ${formatBytes(event.bytes)}: its last lines are shown when the job ends)`;
        case 'unreadable':
            return `(could not read the log${event.final ? '' : ', trying again'}: ${event.message})`;
        case 'budget':
            return `Live logs: at most ${event.perMinute} GitLab requests a minute${event.shared ? ' for all targets together' : ''}, status checks included, so with several jobs writing at once their logs are read in turn, and a log that stops growing is read less and less often (at least every ${event.ceilingMs / 1000} s); lines may show a few seconds late`;
    }
}
function closeLiveGroup(state) {
    return { lines: state.openJob === undefined ? [] : [{ kind: 'close-group' }], state: {} };
}

;// CONCATENATED MODULE: ./src/run/follow/poll-delays.ts
function nextPollDelay(elapsedMs, pollIntervalMs) {
    return Math.round(Math.min(pollIntervalMs, Math.max(1_000, 1_000 + elapsedMs / 10)));
}

;// CONCATENATED MODULE: ./src/run/follow/job-changes.ts

function isProgressingJob(job) {
    return (0,statuses/* isProgressingStatus */.kl)(job.status);
}
class JobTracker {
    seen = new Map();
    update(jobs) {
        const changes = [];
        for (const job of [...jobs].sort((a, b) => a.id - b.id)) {
            const from = this.seen.get(job.id);
            const news = from === undefined ? job.status !== statuses/* INITIAL_STATUS */._X : from !== job.status;
            if (news)
                changes.push({ job, from, to: job.status });
            this.seen.set(job.id, job.status);
        }
        return changes;
    }
}
function describeJobChange({ job, from, to }) {
    const transition = from ? `${from} → ${to}` : to;
    const downstream = job.downstream_pipeline;
    const link = downstream ? `downstream pipeline ${downstream.web_url}` : job.web_url;
    return `${job.stage} › ${job.name}: ${transition}  ${link}`;
}

;// CONCATENATED MODULE: ./src/run/follow/pipeline-tree.ts



const JOBS_PAGE = 100;
const ACTIVE_JOB_SCOPES = [
    statuses/* PROGRESSING_STATUSES */.x0,
    statuses/* PROGRESSING_STATUSES */.x0.filter(status => !statuses/* NEWEST_ONLY_STATUSES */.VU.includes(status))
];
const PENDING = 'pending';
const triggerJobsSupport = new WeakMap();
class PipelineTree {
    options;
    nodes;
    lastNews;
    trackers = new Map();
    scopesRefused = 0;
    oddWarned = false;
    constructor(top, options) {
        this.options = options;
        this.nodes = [{ ...top, parentId: null, prefix: '', jobs: [], bridges: [], done: false }];
        this.lastNews = options.clock.now();
    }
    get top() {
        return this.nodes[0];
    }
    async checkAll(readPipeline) {
        for (let i = 0; i < this.nodes.length; i++) {
            const node = this.nodes[i];
            if (!node.done)
                await this.checkPipeline(node, readPipeline);
        }
    }
    async checkPipeline(node, readPipeline) {
        const firstRead = !this.trackers.has(node);
        if (!(await this.readJobsOf(node, firstRead)))
            return;
        const tracker = this.trackers.get(node) ?? new JobTracker();
        this.trackers.set(node, tracker);
        const all = [...node.jobs, ...node.bridges];
        for (const change of tracker.update(all)) {
            this.options.say(node.prefix + describeJobChange(change));
            this.lastNews = this.options.clock.now();
        }
        if (this.options.followDownstream)
            for (const bridge of node.bridges)
                this.adopt(node, bridge);
        const started = (await this.options.onJobs?.(all, node.project, this.options.retry)) === true;
        if (!started && (readPipeline || !all.some(isProgressingJob)))
            await this.readStatus(node);
    }
    liveJobs() {
        return this.nodes
            .filter(node => !node.unreadable)
            .flatMap(node => node.jobs.map(job => ({
            ...job,
            project: node.project,
            label: `${node.prefix}${job.stage} › ${job.name}`
        })));
    }
    hasRunningJob() {
        return this.nodes.some(node => node.jobs.some(job => (0,statuses/* isRunningStatus */.i3)(job.status)));
    }
    async lastLook(signal) {
        const { top } = this;
        try {
            top.pipeline = await (0,endpoints.getPipeline)(this.options.client, top.project, top.pipeline.id, {
                ...this.options.retry,
                maxAttempts: 1,
                signal
            });
        }
        catch {
            this.topStatusFromJobs();
        }
        return top.pipeline;
    }
    topStatusFromJobs() {
        const { top } = this;
        const jobs = [...top.jobs, ...top.bridges];
        const status = jobs.find(job => (0,statuses/* isRunningStatus */.i3)(job.status))?.status;
        const seen = status ?? (jobs.some(isProgressingJob) ? PENDING : top.pipeline.status);
        top.pipeline = { ...top.pipeline, status: seen };
    }
    adopt(parent, bridge) {
        const downstream = bridge.downstream_pipeline;
        if (!downstream)
            return;
        const known = this.nodes.find(node => node.pipeline.id === downstream.id);
        if (known) {
            if (known.unreadable)
                Object.assign(known, {
                    trigger: bridge,
                    pipeline: { ...known.pipeline, status: downstream.status }
                });
            return;
        }
        const projectId = downstream.project_id || parent.pipeline.project_id;
        this.nodes.push({
            pipeline: {
                id: downstream.id,
                iid: 0,
                project_id: projectId,
                sha: parent.pipeline.sha,
                ref: parent.pipeline.ref,
                status: downstream.status,
                web_url: downstream.web_url,
                duration: null
            },
            project: String(projectId),
            parentId: parent.pipeline.id,
            trigger: bridge,
            prefix: `${parent.prefix}${bridge.stage} › ${bridge.name} ⇒ #${downstream.id} `,
            jobs: [],
            bridges: [],
            done: false
        });
    }
    async readJobsOf(node, firstRead) {
        try {
            node.jobs = await this.readJobs(node, firstRead);
            if (firstRead || node.bridges.some(bridge => !(0,statuses/* isCompletedStatus */.EH)(bridge.status)))
                node.bridges = await this.readTriggerJobs(node);
            return true;
        }
        catch (error) {
            if (node.parentId === null || !isUnreadable(error))
                throw error;
            node.unreadable = `the API token cannot read it (${error.message.replace(/\.$/, '')})`;
            node.done = true;
            this.options.say(`${node.prefix.trimEnd()}: cannot follow pipeline #${node.pipeline.id}, ${node.unreadable}; its trigger job's status stands for it: ${node.pipeline.web_url}`);
            return false;
        }
    }
    async readStatus(node) {
        const previous = node.pipeline.status;
        const { client, retry } = this.options;
        node.pipeline = await (0,endpoints.getPipeline)(client, node.project, node.pipeline.id, retry);
        if (node.pipeline.status !== previous && !(0,statuses/* isFinalStatus */.$T)(node.pipeline.status))
            this.options.say(`${node.prefix}Pipeline #${node.pipeline.id} is ${node.pipeline.status}`);
        node.done = (0,statuses/* isFinalStatus */.$T)(node.pipeline.status);
    }
    async readJobs(node, firstRead) {
        const { client, retry } = this.options;
        const whole = () => (0,endpoints/* listJobs */.N6)(client, node.project, node.pipeline.id, retry, this.onOddItem);
        if (firstRead || node.jobs.length <= JOBS_PAGE)
            return whole();
        const active = await this.readActiveJobs(node);
        if (active === undefined || active.length === 0)
            return whole();
        const activeIds = new Set(active.map(job => job.id));
        const left = node.jobs.filter(job => isProgressingJob(job) && !activeIds.has(job.id));
        const byId = new Map(node.jobs.map(job => [job.id, job]));
        for (const job of active)
            byId.set(job.id, job);
        for (const job of left)
            byId.set(job.id, await (0,endpoints/* getJob */.ax)(client, node.project, job.id, retry));
        return [...byId.values()];
    }
    async readActiveJobs(node) {
        const { client, retry } = this.options;
        for (;;) {
            const scopes = ACTIVE_JOB_SCOPES[this.scopesRefused];
            if (scopes === undefined)
                return undefined;
            try {
                return await (0,endpoints/* listJobs */.N6)(client, node.project, node.pipeline.id, retry, this.onOddItem, scopes);
            }
            catch (error) {
                if (error.status !== 400)
                    throw error;
                this.scopesRefused++;
            }
        }
    }
    async readTriggerJobs(node) {
        const { client, retry } = this.options;
        const { project, pipeline } = node;
        if (!triggerJobsSupport.has(client.instance)) {
            const known = await hasTriggerJobsRoute(client, retry);
            if (known !== undefined)
                triggerJobsSupport.set(client.instance, known);
        }
        if (triggerJobsSupport.get(client.instance) === false)
            return (0,endpoints/* listBridges */.X9)(client, project, pipeline.id, retry, this.onOddItem);
        try {
            const bridges = await (0,endpoints/* listTriggerJobs */.Hg)(client, project, pipeline.id, retry, this.onOddItem);
            triggerJobsSupport.set(client.instance, true);
            return bridges;
        }
        catch (error) {
            if (error.status !== 404 || triggerJobsSupport.has(client.instance))
                throw error;
            const bridges = await (0,endpoints/* listBridges */.X9)(client, project, pipeline.id, retry, this.onOddItem);
            triggerJobsSupport.set(client.instance, false);
            return bridges;
        }
    }
    onOddItem = (problem) => {
        if (this.oddWarned)
            return;
        this.oddWarned = true;
        this.options.log.warning(`${problem} (further odd jobs are not reported)`, 'Unexpected job in GitLab answer');
    };
}
async function hasTriggerJobsRoute(client, retry) {
    try {
        const { version } = await (0,endpoints/* getVersion */.HF)(client, { ...retry, maxAttempts: 2 });
        const [major, minor] = version.split('.').map(part => Number.parseInt(part, 10));
        if (!Number.isFinite(major) || !Number.isFinite(minor))
            return undefined;
        return major > 19 || (major === 19 && minor >= 2);
    }
    catch (error) {
        if (error.kind === 'http')
            return undefined;
        throw error;
    }
}
function isUnreadable(error) {
    const status = error.status;
    return error.kind === 'http' && (status === 403 || status === 404);
}

;// CONCATENATED MODULE: ./src/run/follow/wait.ts








const LAST_LOOK_MS = 10_000;
const QUIET_MS = 5 * 60_000;
const LOW_BUDGET_SHARE = 0.1;
async function waitForPipeline(options) {
    return new PipelineWait(options).run();
}
class PipelineWait {
    options;
    tree;
    started;
    limit;
    retry;
    lastCheckRequests = 1;
    checked = false;
    budgetSaid = false;
    display = {};
    constructor(options) {
        this.options = options;
        const { clock, deadline, signal, log } = options;
        this.started = clock.now();
        this.limit = (0,time_limit/* timeLimit */.z)(Math.max(0, deadline - this.started) + LAST_LOOK_MS, signal);
        this.retry = (0,gitlab_retry/* readPolicy */.T4)({
            deadline,
            signal: this.limit.signal,
            clock,
            onRetry: (error, delayMs) => log.info(retryLine(error, delayMs))
        });
        this.tree = new PipelineTree({ pipeline: options.pipeline, project: options.project }, {
            client: options.client,
            log,
            clock,
            retry: this.retry,
            followDownstream: options.followDownstream,
            onJobs: options.onJobs,
            say: line => this.say(line)
        });
    }
    async run() {
        const { signal, clock, deadline } = this.options;
        try {
            return await this.checkUntilEnd();
        }
        catch (error) {
            if (signal.aborted) {
                this.tree.topStatusFromJobs();
                return this.result('aborted');
            }
            if (clock.now() >= deadline &&
                (this.limit.signal.aborted || error.transient))
                return this.afterDeadline();
            throw error;
        }
        finally {
            this.closeLiveGroup();
            this.options.live?.close();
            this.limit.dispose();
        }
    }
    async checkUntilEnd() {
        const { clock, deadline } = this.options;
        const { tree } = this;
        while (!this.checked || !(0,statuses/* isFinalStatus */.$T)(tree.top.pipeline.status)) {
            const pause = this.pauseMs();
            await clock.sleep(Math.min(pause, Math.max(0, deadline - clock.now())), this.limit.signal);
            const lastLook = clock.now() >= deadline;
            const endedBefore = !this.checked && (0,statuses/* isFinalStatus */.$T)(tree.top.pipeline.status);
            await this.check(lastLook || endedBefore);
            if (lastLook && !(0,statuses/* isFinalStatus */.$T)(tree.top.pipeline.status))
                return this.result('timeout');
            if (clock.now() - tree.lastNews >= QUIET_MS) {
                this.say(stillWaiting(this.result('ended'), clock.now() - this.started));
                tree.lastNews = clock.now();
            }
        }
        for (const node of tree.nodes)
            if (!node.done)
                await tree.checkPipeline(node, true);
        await this.streamLogs(true);
        return this.result('ended');
    }
    async check(readPipeline) {
        const { client, live, clock } = this.options;
        const before = client.answered;
        const readStatus = readPipeline || !live || live.statusDue(clock.now());
        if (readStatus)
            await this.tree.checkAll(readPipeline);
        this.checked = true;
        await this.streamLogs(false, readStatus ? client.answered - before : 0);
        this.lastCheckRequests = client.answered - before;
        this.options.onCheck?.(this.lastCheckRequests);
    }
    async afterDeadline() {
        const look = (0,time_limit/* timeLimit */.z)(LAST_LOOK_MS, this.options.signal);
        try {
            const pipeline = await this.tree.lastLook(look.signal);
            return this.result((0,statuses/* isFinalStatus */.$T)(pipeline.status) ? 'ended' : 'timeout');
        }
        finally {
            look.dispose();
        }
    }
    result(outcome) {
        const { top, nodes } = this.tree;
        return { outcome, pipeline: top.pipeline, jobs: top.jobs, bridges: top.bridges, tree: nodes };
    }
    say(line) {
        this.closeLiveGroup();
        this.options.log.info(line);
    }
    closeLiveGroup() {
        const { live, log } = this.options;
        if (!live || !log.live)
            return;
        const closed = closeLiveGroup(this.display);
        this.display = closed.state;
        if (closed.lines.length > 0)
            log.live(closed.lines);
    }
    async streamLogs(final, statusRequests = 0) {
        const { live, log, signal } = this.options;
        if (!live)
            return;
        const jobs = this.tree.liveJobs();
        const oneJob = jobs.filter(job => (0,statuses/* isRunningStatus */.i3)(job.status)).length <= 1 && live.unread() <= 1;
        await live.check(jobs, {
            signal: final ? signal : this.limit.signal,
            final,
            now: this.options.clock.now(),
            clock: this.options.clock,
            statusRequests,
            emit: events => {
                const shown = presentLiveEvents(events, { oneJob }, this.display);
                this.display = shown.state;
                if (shown.lines.length > 0)
                    log.live?.(shown.lines);
            }
        });
    }
    pauseMs() {
        const { clock, live, pollIntervalMs, log } = this.options;
        let pause = nextPollDelay(clock.now() - this.started, pollIntervalMs);
        if (live)
            pause = live.pauseMs(clock.now(), pause, this.tree.hasRunningJob());
        const budget = this.options.client.rateLimit;
        const stretched = this.budgetPauseMs();
        if (budget === undefined || stretched <= pause)
            return pause;
        if (!this.budgetSaid)
            log.info(`GitLab's request budget is low (${budget.remaining} of ${budget.limit} left until ${new Date(budget.resetAt).toISOString()}): checking less often until it is renewed`);
        this.budgetSaid = true;
        return stretched;
    }
    budgetPauseMs() {
        const budget = this.options.client.rateLimit;
        if (!budget || budget.remaining >= budget.limit * LOW_BUDGET_SHARE)
            return 0;
        const perCheck = Math.max(1, this.lastCheckRequests);
        const checksLeft = Math.max(1, Math.floor(budget.remaining / perCheck) - 1);
        return Math.ceil(Math.max(0, budget.resetAt - this.options.clock.now()) / checksLeft);
    }
}
function stillWaiting({ pipeline, jobs, bridges }, elapsedMs) {
    const running = [...jobs, ...bridges]
        .filter(job => (0,statuses/* isRunningStatus */.i3)(job.status))
        .map(job => job.name);
    const jobsText = running.length > 0 ? `; running: ${running.join(', ')}` : '';
    return `Still waiting for pipeline #${pipeline.id} (${pipeline.status}${jobsText}), ${(0,durations/* formatDuration */.a)(elapsedMs)} so far`;
}

;// CONCATENATED MODULE: ./src/run/follow/follow-run.ts









const GRACE_MS = 25_000;
const REPORT_RESERVE_MS = 2_000;
const LOOK_AFTER_ABORT_MS = 2_000;
const LOOK_AFTER_TIMEOUT_MS = 5_000;
async function followRun(client, pipeline, run) {
    return new PipelineFollow(client, pipeline, run).follow();
}
class PipelineFollow {
    client;
    pipeline;
    run;
    project;
    deadline;
    stepEnd;
    player;
    constructor(client, pipeline, run) {
        this.client = client;
        this.pipeline = pipeline;
        this.run = run;
        const { settings, clock, log } = run;
        this.project = String(pipeline.project_id);
        this.deadline = clock.now() + settings.timeoutMs;
        this.stepEnd = this.deadline + GRACE_MS;
        this.player = new ManualJobPlayer(client, settings.playManual, log, settings.words);
    }
    async follow() {
        const { hooks } = this.run;
        await (0,run_context/* callHook */.Kj)(this.run, () => hooks.watchStarted?.(this.pipeline, this.project));
        this.sayWhatComes();
        let waited;
        try {
            waited = await this.wait();
        }
        catch (error) {
            await this.watchEnded();
            throw error;
        }
        this.keep(waited);
        if (waited.outcome === 'aborted') {
            await this.cancelOnAbort(waited);
            return this.cancelled('waiting for');
        }
        return this.afterWait(waited);
    }
    sayWhatComes() {
        const { settings, log } = this.run;
        const { id, status } = this.pipeline;
        const nothingToPlay = settings.playManual.length === 0;
        if ((0,statuses/* isCompletedStatus */.EH)(status) || ((0,statuses/* isWaitingForPlay */.p4)(status) && nothingToPlay))
            log.info(`Pipeline #${id} is already ${status}: reading its jobs once, without waiting`);
        else
            log.info(`Waiting up to ${(0,durations/* formatDuration */.a)(settings.timeoutMs)} for pipeline #${id} to end`);
    }
    wait() {
        const { client, project, pipeline } = this;
        const { settings, log, clock, signal } = this.run;
        return waitForPipeline({
            client,
            project,
            pipeline,
            log,
            clock,
            pollIntervalMs: settings.pollIntervalMs,
            deadline: this.deadline,
            signal,
            onJobs: (jobs, jobsProject, retry) => this.player.playAmong(jobs, jobsProject, retry),
            followDownstream: settings.followDownstream,
            live: settings.jobLogs === 'live'
                ? new LiveLogs(client, { project, budget: this.run.shared?.liveBudget })
                : undefined
        });
    }
    keep(waited) {
        const { result } = this.run;
        result.lastSeen = waited.pipeline;
        result.jobs = treeJobs(waited.tree);
        result.pipelines = treePipelines(waited.tree);
    }
    async afterWait(waited) {
        const { settings, clock, signal, result } = this.run;
        const timedOut = waited.outcome === 'timeout';
        const status = timedOut ? 'timeout' : waited.pipeline.status;
        result.finalStatus = status;
        result.duration = waited.pipeline.duration;
        if (timedOut && settings.cancelOnTimeout) {
            const lookWithinMs = Math.min(LOOK_AFTER_TIMEOUT_MS, this.stepEnd - REPORT_RESERVE_MS - clock.now());
            await this.cancel(waited, { by: 'timeout', why: 'timeout reached', lookWithinMs });
        }
        else if (timedOut)
            result.leftRunning = true;
        const timedOutReason = timedOut ? this.timedOutReason(waited) : undefined;
        const logsEnd = this.stepEnd - REPORT_RESERVE_MS;
        await report(this.client, waited, { status, timedOut: timedOutReason }, this.run, logsEnd);
        if (signal.aborted) {
            if (timedOut && !settings.cancelOnTimeout)
                await this.cancelOnAbort(waited);
            return this.cancelled('reporting on');
        }
        if (timedOutReason !== undefined) {
            await this.watchEnded();
            return (0,run_context/* finish */.O9)(this.run, 'timeout', timedOutReason);
        }
        this.warnUnplayedNames();
        await this.watchEnded();
        return this.results(status);
    }
    async cancel(waited, how) {
        const { log, clock, result } = this.run;
        result.cancel = await cancelFollowed(this.client, waited.tree, result.jobs, how, log, clock);
        result.leftRunning = false;
    }
    async cancelOnAbort(waited) {
        if (!this.run.settings.cancelOnAbort) {
            this.run.result.leftRunning = true;
            return;
        }
        const how = { why: 'this run was cancelled', lookWithinMs: LOOK_AFTER_ABORT_MS };
        await this.cancel(waited, { by: 'abort', ...how });
    }
    warnUnplayedNames() {
        const names = this.player.neverWaitingForPlay();
        if (names.length === 0)
            return;
        const list = names.map(name => `"${name}"`).join(', ');
        this.run.log.warning(`${this.run.settings.words.name('play-manual')} names ${list}, but no job of ${names.length === 1 ? 'that name' : 'those names'} waited for a play in the pipelines followed: check the job names`, 'Manual job never seen');
    }
    timedOutReason(waited) {
        const { id, web_url } = this.pipeline;
        const timeout = (0,durations/* formatDuration */.a)(this.run.settings.timeoutMs);
        return `Pipeline #${id} did not end within the timeout of ${timeout}; it was ${waited.pipeline.status}: ${web_url}`;
    }
    async results(status) {
        const { settings, log, clock, signal, result } = this.run;
        const accepted = settings.acceptStatuses.includes(status);
        const collected = await collectResults({
            client: this.client,
            project: this.project,
            jobs: result.jobs,
            pipelines: result.pipelines,
            settings,
            log,
            clock,
            signal,
            deadline: this.stepEnd - REPORT_RESERVE_MS,
            tempDir: this.run.tempDir
        });
        if (collected.jobOutputs !== undefined) {
            result.jobOutputs = collected.jobOutputs;
            result.maskedOutputValues = collected.maskedValues;
            result.outputClashes = collected.outputClashes;
        }
        if (collected.artifactsDir !== undefined)
            result.artifactsDir = collected.artifactsDir;
        if (signal.aborted)
            return this.cancelled('reading the results of');
        if (accepted && collected.problems.length > 0)
            return (0,run_context/* finish */.O9)(this.run, 'results-failed', collected.problems.join('\n'));
        if (accepted)
            return (0,run_context/* finish */.O9)(this.run, 'accepted');
        const { id, web_url } = this.pipeline;
        const reason = `Pipeline #${id} ended ${status}, which is not in ${settings.words.name('accept-statuses')} (${settings.acceptStatuses.join(', ')}): ${web_url}`;
        log.error(reason, `Pipeline ${status}`);
        return (0,run_context/* finish */.O9)(this.run, 'not-accepted', reason);
    }
    async cancelled(while_) {
        await this.watchEnded();
        const { id, web_url } = this.pipeline;
        const reason = `This run was cancelled while ${while_} pipeline #${id}: ${web_url}`;
        this.run.log.error(reason, 'Cancelled');
        return (0,run_context/* finish */.O9)(this.run, 'aborted', reason);
    }
    watchEnded() {
        return (0,run_context/* callHook */.Kj)(this.run, () => this.run.hooks.watchEnded?.());
    }
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