"use strict";
exports.id = 455;
exports.ids = [455];
exports.modules = {

/***/ 3455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTriggerTargets: () => (/* binding */ runTriggerTargets)
});

// UNUSED EXPORTS: resultsJson

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/runtime/clock.ts
var runtime_clock = __webpack_require__(9842);
// EXTERNAL MODULE: ./src/run/run-context.ts
var run_context = __webpack_require__(8094);
// EXTERNAL MODULE: ./src/run/start/preflight.ts
var preflight = __webpack_require__(4037);
// EXTERNAL MODULE: ./src/run/logs/request-budget.ts
var request_budget = __webpack_require__(2404);
// EXTERNAL MODULE: ./src/gitlab/client.ts
var client = __webpack_require__(696);
// EXTERNAL MODULE: ./src/gitlab/errors.ts
var errors = __webpack_require__(9452);
;// CONCATENATED MODULE: ./src/run/targets/target-log.ts
function targetLog(log, name, groups = {}) {
    const line = (text) => `[${name}] ${text}`;
    const title = (text) => (text === undefined ? name : `${name}: ${text}`);
    const targetLog = {
        info: text => log.info(line(text)),
        debug: text => log.debug(line(text)),
        notice: (message, heading) => log.notice(line(message), title(heading)),
        warning: (message, heading) => log.warning(line(message), title(heading)),
        error: (message, heading) => log.error(line(message), title(heading)),
        group: (heading, text) => log.group(line(heading), text)
    };
    const live = log.live?.bind(log);
    if (live)
        targetLog.live = lines => live(liveLines(lines, name, groups));
    return targetLog;
}
function liveLines(lines, name, groups) {
    const shown = [];
    for (const display of lines) {
        if (display.kind === 'text')
            shown.push({ kind: 'text', text: `[${name}] ${display.text}` });
        else if (display.kind === 'open-group') {
            if (groups.openBy === undefined || groups.openBy === name) {
                groups.openBy = name;
                shown.push({ kind: 'open-group', title: `[${name}] ${display.title}` });
            }
            else
                shown.push({ kind: 'text', text: `[${name}] ${display.title}` });
        }
        else if (groups.openBy === name) {
            groups.openBy = undefined;
            shown.push(display);
        }
    }
    return shown;
}

// EXTERNAL MODULE: ./src/run/results/artifacts.ts + 2 modules
var results_artifacts = __webpack_require__(3987);
;// CONCATENATED MODULE: ./src/run/targets/target-settings.ts


async function targetSettings(step, target, names, timeoutMs) {
    const artifacts = forTarget(step.artifacts, target.name, names).map(({ request, job }) => ({
        ...request,
        job,
        line: request.line.slice(request.job.length - job.length)
    }));
    return {
        ...step,
        project: target.project,
        ref: target.ref,
        triggerToken: target.triggerToken,
        variables: target.variables,
        inputs: target.inputs,
        timeoutMs,
        outputsFrom: forTarget(step.outputsFrom, target.name, names).map(({ request, job }) => ({
            ...request,
            job
        })),
        artifacts,
        artifactsDir: external_node_path_.join(step.artifactsDir, (0,results_artifacts/* jobDirectoryName */.S4)(target.name)),
        ...(step.rerun
            ? {
                rerun: {
                    attempt: step.rerun.attempt,
                    marker: await targetMarker(step.rerun.marker, target)
                }
            }
            : {})
    };
}
async function targetMarker(stepMarker, target) {
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23));
    const runId = stepMarker.slice(0, stepMarker.indexOf('-') + 1);
    const hash = createHash('sha256')
        .update(JSON.stringify([stepMarker, target.name, target.project, target.ref]))
        .digest('hex')
        .slice(0, 32);
    return `${runId}${hash}`;
}
function forTarget(requests, name, names) {
    const chosen = [];
    for (const request of requests) {
        const owner = names
            .filter(other => request.job.startsWith(`${other}/`) && request.job.length > other.length + 1)
            .sort((a, b) => b.length - a.length)[0];
        if (owner === undefined)
            chosen.push({ request, job: request.job });
        else if (owner === name)
            chosen.push({ request, job: request.job.slice(owner.length + 1) });
    }
    return chosen;
}

// EXTERNAL MODULE: ./src/gitlab/statuses.ts
var statuses = __webpack_require__(8265);
;// CONCATENATED MODULE: ./src/run/targets/target-status.ts

const NOT_TRIGGERED = 'not-triggered';
function targetStatus(result) {
    if (result === undefined)
        return NOT_TRIGGERED;
    return (result.finalStatus ??
        result.cancel?.statusAfter ??
        result.lastSeen?.status ??
        result.pipeline?.status ??
        NOT_TRIGGERED);
}
const FINAL_RANK = {
    failed: 0,
    canceled: 2,
    skipped: 4,
    manual: 5,
    success: 7
};
const RUN_RANK = { timeout: 1, [NOT_TRIGGERED]: 3 };
const GOING_RANK = 6;
function rank(status) {
    return (0,statuses/* isFinalStatus */.$T)(status) ? FINAL_RANK[status] : (RUN_RANK[status] ?? GOING_RANK);
}
function worstStatus(statuses, accepted) {
    const badness = (status) => (accepted.includes(status) ? 0 : 100) + (100 - rank(status));
    return statuses.reduce((worst, status) => (badness(status) > badness(worst) ? status : worst));
}
const OUTCOME_ORDER = [
    'aborted',
    'gitlab-error',
    'timeout',
    'not-accepted',
    'results-failed',
    'triggered',
    'accepted'
];
function stepOutcome(outcomes) {
    return OUTCOME_ORDER.find(outcome => outcomes.includes(outcome)) ?? 'accepted';
}

;// CONCATENATED MODULE: ./src/run/targets/run-targets.ts










async function runTargets(targets, settings, runOne, { log, signal, clock = runtime_clock/* realClock */.d, hooksFor = () => ({}), checkFirst }) {
    const startedAt = clock.now();
    const deadline = startedAt + settings.timeoutMs;
    const groups = {};
    if (checkFirst) {
        const refused = await checkAll(targets, checkFirst, log, groups);
        if (refused)
            return combined(refused, settings, startedAt, clock.now());
    }
    const byName = new Map(targets.map(target => [target.name, target]));
    const runs = new Map();
    const outcomeOf = (target) => {
        let run = runs.get(target.name);
        if (run === undefined) {
            run = settle(target);
            runs.set(target.name, run);
        }
        return run;
    };
    const settle = async (target) => {
        const before = await Promise.all(target.after.map(name => outcomeOf(byName.get(name))));
        const own = targetLog(log, target.name, groups);
        const failed = before.filter(earlier => earlier.outcome !== 'accepted');
        const why = failed.length
            ? `${failed.map(earlier => `${earlier.target.name} ended ${earlier.status}`).join(', ')}, not in accept-statuses (${settings.acceptStatuses.join(', ')})`
            : signal.aborted
                ? 'this run was cancelled first'
                : clock.now() >= deadline
                    ? 'the timeout was reached first'
                    : undefined;
        if (why !== undefined) {
            const outcome = signal.aborted ? 'aborted' : failed.length ? 'not-accepted' : 'timeout';
            own.error(`Not triggered: ${why}`, 'Not triggered');
            return { target, status: NOT_TRIGGERED, outcome, reason: `Not triggered: ${why}` };
        }
        if (before.length > 0)
            own.info(`${before.map(earlier => earlier.target.name).join(', ')} ended accepted: starting`);
        const context = {
            log: own,
            signal,
            timeoutMs: deadline - clock.now(),
            hooks: hooksFor(target),
            apiTokenChecked: checkFirst !== undefined
        };
        const result = await runOne(target, context);
        return { target, result, status: targetStatus(result), outcome: result.outcome };
    };
    const settled = await Promise.allSettled(targets.map(outcomeOf));
    const failure = settled.find(one => one.status === 'rejected');
    if (failure)
        throw failure.reason;
    const outcomes = settled.map(one => one.value);
    reportTargets(log, outcomes);
    return combined(outcomes, settings, startedAt, clock.now());
}
async function checkAll(targets, checkFirst, log, groups) {
    const logOf = (target) => targetLog(log, target.name, groups);
    let refusals;
    try {
        refusals = await checkFirst();
    }
    catch (error) {
        if (!(error instanceof errors/* GitLabError */.Y))
            throw error;
        log.error(error.message, `GitLab: ${error.request}`);
        const reason = `Not triggered: ${error.message}`;
        return targets.map(target => ({
            target,
            status: NOT_TRIGGERED,
            outcome: 'gitlab-error',
            reason
        }));
    }
    const refusedBy = targets.filter((_, index) => refusals[index] !== undefined);
    if (refusedBy.length === 0)
        return undefined;
    return targets.map((target, index) => {
        const refusal = refusals[index];
        if (refusal !== undefined) {
            if (!(refusal instanceof errors/* GitLabError */.Y))
                throw refusal;
            logOf(target).error(refusal.message, `GitLab: ${refusal.request}`);
            return { target, status: NOT_TRIGGERED, outcome: 'gitlab-error', reason: refusal.message };
        }
        const reason = `Not triggered: the check before the trigger failed for ${refusedBy.map(one => one.name).join(', ')}`;
        return { target, status: NOT_TRIGGERED, outcome: 'not-accepted', reason };
    });
}
function reportTargets(log, outcomes) {
    for (const { target, result, status } of outcomes) {
        const pipeline = result?.pipeline;
        log.info(`${target.name}: ${status}${pipeline ? ` (pipeline #${pipeline.id}: ${pipeline.web_url})` : ''}`);
    }
}
function combined(outcomes, settings, startedAt, endedAt) {
    const first = outcomes[0].result;
    const status = worstStatus(outcomes.map(one => one.status), settings.acceptStatuses);
    const reasons = outcomes
        .map(one => one.reason ?? one.result?.reason)
        .map((reason, index) => (reason ? `${outcomes[index].target.name}: ${reason}` : undefined))
        .filter(reason => reason !== undefined);
    const result = {
        ...(first ?? { jobs: [] }),
        ...jobOutputsOfAll(outcomes),
        outcome: stepOutcome(outcomes.map(one => one.outcome)),
        startedAt,
        endedAt,
        targets: [...outcomes]
    };
    if (settings.wait)
        result.finalStatus = status;
    if (reasons.length > 0)
        result.reason = reasons.join('\n');
    else
        delete result.reason;
    const dir = outcomes.find(one => one.result?.artifactsDir)?.result?.artifactsDir;
    if (dir !== undefined)
        result.artifactsDir = external_node_path_.dirname(dir);
    return result;
}
function jobOutputsOfAll(outcomes) {
    const read = outcomes.filter(one => one.result?.jobOutputs !== undefined);
    if (read.length === 0)
        return {};
    const jobOutputs = {};
    for (const { result } of read)
        for (const [key, value] of Object.entries(result?.jobOutputs ?? {}))
            if (!Object.hasOwn(jobOutputs, key))
                Object.defineProperty(jobOutputs, key, { value, enumerable: true, writable: true });
    return {
        jobOutputs,
        maskedOutputValues: read.flatMap(({ result }) => result?.maskedOutputValues ?? []),
        outputClashes: [...new Set(read.flatMap(({ result }) => result?.outputClashes ?? []))]
    };
}
function triggerAndFollowTarget(run, step, names, { clock, tempDir, onGitLabRequest, shared = { instance: {} } } = {}) {
    const { instance, liveBudget } = shared;
    return async (target, { log, signal, timeoutMs, hooks, apiTokenChecked }) => {
        if (liveBudget)
            await triggerOnBudget(liveBudget, clock ?? runtime_clock/* realClock */.d, signal);
        return run(await targetSettings(step, target, names, timeoutMs), {
            log,
            signal,
            hooks,
            clock,
            tempDir,
            onGitLabRequest,
            shared: { instance, liveBudget, apiTokenChecked }
        });
    };
}
async function triggerOnBudget(budget, clock, signal) {
    const roomAt = budget.roomLeavingReserveAt(clock.now());
    try {
        if (roomAt > clock.now())
            await clock.sleep(roomAt - clock.now(), signal);
    }
    catch {
        return;
    }
    budget.spend(1, clock.now());
}
function triggerAndFollowTargets(step, targets, context) {
    const names = targets.map(target => target.name);
    const clock = context.clock ?? runtime_clock/* realClock */.d;
    const several = targets.length > 1;
    const shared = {
        instance: {},
        liveBudget: step.jobLogs === 'live' && several ? new request_budget/* RequestBudget */.bK(clock.now()) : undefined
    };
    const runOne = triggerAndFollowTarget(context.triggerAndFollow, step, names, {
        ...context,
        shared
    });
    const { apiToken } = step;
    const checkFirst = () => (0,preflight/* checkApiTokenFor */.H)(targets.map(target => target.project), targets.some(target => Object.keys(target.inputs).length > 0), {
        client: new client/* GitLabClient */.zZ((0,run_context/* clientOptions */.s1)(step, { ...context, ...shared }, apiToken)),
        settings: step,
        log: context.log,
        signal: context.signal,
        clock
    });
    return runTargets(targets, step, runOne, {
        ...context,
        ...(apiToken && several ? { checkFirst } : {})
    });
}

;// CONCATENATED MODULE: ./src/run/targets/targets-results.ts
function targetsResults(result) {
    return result.targets.map(({ target, result: run, status }) => ({
        name: target.name,
        project: target.project,
        ref: target.ref,
        'pipeline-id': run?.pipeline?.id ?? null,
        'web-url': run?.pipeline?.web_url ?? null,
        status
    }));
}

// EXTERNAL MODULE: ./src/settings/settings.ts + 1 modules
var settings_settings = __webpack_require__(2312);
// EXTERNAL MODULE: ./src/gitlab/token-prefixes.ts
var token_prefixes = __webpack_require__(9403);
;// CONCATENATED MODULE: ./src/settings/targets.ts


const TARGET_FIELDS = [
    'name',
    'project',
    'ref',
    'trigger-token',
    'variables',
    'inputs',
    'after'
];
const TARGETS = 'targets';
const EXAMPLE = `Example:
targets: |
  - name: api
    project: my-group/api
    ref: main
    trigger-token: \${{ secrets.API_TRIGGER_TOKEN }}
  - name: web
    project: my-group/web
    ref: main
    trigger-token: \${{ secrets.WEB_TRIGGER_TOKEN }}
    after: api`;
async function parseTargets(text, step, mask) {
    const masked = new Set();
    const maskOnce = (token) => {
        if (!masked.has(token))
            mask(token);
        masked.add(token);
    };
    tokensInText(text).forEach(maskOnce);
    const items = await readYamlList(text);
    for (const item of items) {
        const token = isMap(item) ? item['trigger-token'] : undefined;
        if (typeof token === 'string' && token.trim())
            maskOnce(token.trim());
    }
    const problems = [];
    const targets = [];
    items.forEach((item, index) => {
        const target = parseTarget(item, index, step, problems);
        if (target)
            targets.push(target);
    });
    if (problems.length === 0)
        problems.push(...nameProblems(targets));
    if (problems.length === 0)
        problems.push(...afterProblems(targets));
    if (problems.length > 0)
        throw targetsError(problems);
    return targets;
}
function targetsError(messages) {
    return new settings_settings/* InputError */.dz(messages.map(message => ({ input: TARGETS, message })));
}
const isMap = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function tokensInText(text) {
    const found = new Set();
    for (const match of text.matchAll(/trigger-token["']?\s*:\s*["']?([^\s"'#,{}[\]]+)/g))
        found.add(match[1]);
    const prefixes = token_prefixes/* GITLAB_TOKEN_PREFIXES */.x.join('|');
    for (const match of text.matchAll(new RegExp(`\\b(?:${prefixes})-[A-Za-z0-9_-]{8,}`, 'g')))
        found.add(match[0]);
    return [...found];
}
async function readYamlList(text) {
    const { parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        const line = text.slice(0, error.pos[0]).split('\n').length;
        throw targetsError([`is not valid YAML (line ${line}: ${error.message}). ${EXAMPLE}`]);
    }
    await keepWrittenText(doc);
    const value = doc.toJS();
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0))
        throw targetsError([`is empty: list the pipelines to trigger. ${EXAMPLE}`]);
    if (!Array.isArray(value))
        throw targetsError([
            `must be a YAML list (one "- " item per pipeline), got ${isMap(value) ? 'a map' : 'one value'}. ${EXAMPLE}`
        ]);
    return value;
}
async function keepWrittenText(doc) {
    const { visit, isPair, isScalar } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    visit(doc, {
        Scalar(_key, node, path) {
            if (node.type !== 'PLAIN' || node.source === undefined)
                return;
            if (typeof node.value !== 'number' && typeof node.value !== 'boolean')
                return;
            const field = path[3];
            const inInputs = isPair(field) && isScalar(field.key) && field.key.value === 'inputs' && path.length > 4;
            const exact = typeof node.value === 'number'
                ? String(node.value) === node.source
                : node.source === String(node.value);
            if (!(inInputs && exact))
                node.value = node.source;
        }
    });
}
function parseTarget(item, index, step, problems) {
    if (!isMap(item)) {
        problems.push(`item ${index + 1} is not a map of fields (name, project, ref, trigger-token, …). ${EXAMPLE}`);
        return undefined;
    }
    const before = problems.length;
    const text = (field) => {
        const value = item[field];
        if (value === undefined || value === null)
            return undefined;
        if (typeof value === 'string')
            return value;
        problems.push(`${label(item, index)}: ${field} must be text, got a ${kindOf(value)}`);
        return null;
    };
    for (const field of Object.keys(item))
        if (!TARGET_FIELDS.includes(field))
            problems.push(`${label(item, index)}: unknown field "${field}"; a target has ${TARGET_FIELDS.join(', ')}`);
    const name = text('name');
    const checked = checkedFields({ project: text('project'), ref: text('ref'), 'trigger-token': text('trigger-token') }, item, { where: label(item, index), words: step.words }, problems);
    const after = afterNames(item.after, label(item, index), problems);
    if (after.length > 0 && !step.wait)
        problems.push(`${label(item, index)}: after needs ${step.words.set('wait', 'true')} (and ${step.words.advise('api-token')}), since this target starts once the ones it names have ended`);
    if (problems.length > before)
        return undefined;
    return {
        name: (name ?? '').trim() || checked.project,
        project: checked.project,
        ref: checked.ref,
        triggerToken: checked.triggerToken,
        variables: { ...step.variables, ...checked.variables },
        inputs: { ...step.inputs, ...checked.inputs },
        after
    };
}
function label(item, index) {
    for (const field of ['name', 'project'])
        if (typeof item[field] === 'string' && item[field].trim())
            return `target "${item[field].trim()}"`;
    return `target ${index + 1} (item ${index + 1} of the list)`;
}
function kindOf(value) {
    if (Array.isArray(value))
        return 'list';
    return isMap(value) ? 'map' : typeof value;
}
function checkedFields(raw, item, { where, words }, problems) {
    const given = {
        project: raw.project ?? '',
        ref: raw.ref ?? '',
        'trigger-token': raw['trigger-token'] ?? ''
    };
    const fields = ['project', 'ref', 'trigger-token'].filter(field => raw[field] !== null);
    for (const field of ['variables', 'inputs']) {
        const value = item[field];
        if (value === undefined || value === null)
            continue;
        if (typeof value !== 'string' && !isMap(value)) {
            problems.push(`${where}: ${field} must be a map, e.g. ${field === 'variables' ? 'variables: { DEPLOY_ENV: staging }' : 'inputs: { replicas: 3 }'}; got a ${kindOf(value)}`);
            continue;
        }
        given[field] = typeof value === 'string' ? value : JSON.stringify(value);
        fields.push(field);
    }
    try {
        const { project, ref, triggerToken, variables, inputs } = (0,settings_settings/* parseSettings */.P$)(given, {
            only: fields,
            words
        });
        return { project, ref, triggerToken, variables, inputs };
    }
    catch (error) {
        if (!(error instanceof settings_settings/* InputError */.dz))
            throw error;
        for (const issue of error.issues)
            problems.push(`${where}: ${issue.input} ${issue.message}`);
        return { project: '', ref: '', triggerToken: '', variables: {}, inputs: {} };
    }
}
function afterNames(value, where, problems) {
    if (value === undefined || value === null)
        return [];
    const names = Array.isArray(value) ? value : [value];
    if (names.length === 0 || !names.every(name => typeof name === 'string' && name.trim())) {
        problems.push(`${where}: after must be a target's name or a list of names, e.g. after: api or after: [api, worker]`);
        return [];
    }
    return [...new Set(names.map(name => name.trim()))];
}
function nameProblems(targets) {
    const problems = [];
    const seen = new Set();
    for (const target of targets) {
        if (/[\x00-\x1f\x7f]/.test(target.name))
            problems.push(`target "${target.name}": name must be one line of text, e.g. name: api`);
        else if (seen.has(target.name))
            problems.push(`two targets are named "${target.name}" (a target without a name is named after its project): give each its own name, e.g. name: ${target.name.split('/').pop()}-eu`);
        seen.add(target.name);
    }
    return problems;
}
function afterProblems(targets) {
    const byName = new Map(targets.map(target => [target.name, target]));
    const problems = [];
    for (const target of targets)
        for (const name of target.after)
            if (!byName.has(name))
                problems.push(`target "${target.name}": after names "${name}", which is not a target; the targets are ${targets.map(t => `"${t.name}"`).join(', ')}`);
    if (problems.length > 0)
        return problems;
    const cycle = findCycle(targets, byName);
    if (cycle)
        problems.push(`after goes round in a circle (${cycle.map(name => `"${name}"`).join(' → ')}), so none of them could start: remove one of these after`);
    return problems;
}
function findCycle(targets, byName) {
    const done = new Set();
    const visit = (name, path) => {
        if (path.includes(name))
            return [...path.slice(path.indexOf(name)), name];
        if (done.has(name))
            return undefined;
        for (const next of byName.get(name)?.after ?? []) {
            const cycle = visit(next, [...path, name]);
            if (cycle)
                return cycle;
        }
        done.add(name);
        return undefined;
    };
    for (const target of targets) {
        const cycle = visit(target.name, []);
        if (cycle)
            return cycle;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/cli/commands/trigger-targets.ts




async function runTriggerTargets(settings, json, reporter, parts) {
    let targets;
    try {
        targets = await parseTargets(settings.targets, settings, secret => reporter.mask(secret));
    }
    catch (error) {
        if (!(error instanceof settings_settings/* InputError */.dz))
            throw error;
        throw parts.usageError(error.issues.map(issue => `--targets-file ${issue.message}`));
    }
    const result = await triggerAndFollowTargets(settings, targets, {
        log: reporter,
        signal: parts.signal,
        onGitLabRequest: parts.onGitLabRequest,
        triggerAndFollow: parts.triggerAndFollow
    });
    if (json)
        reporter.result(JSON.stringify({ ...parts.resultJson(result), results: resultsJson(result) }));
    else
        for (const { result: run } of result.targets)
            if (run?.pipeline)
                reporter.result(run.pipeline.web_url);
    return parts.exitCodeOf(result);
}
function resultsJson(result) {
    return targetsResults(result).map(entry => ({
        name: entry.name,
        project: entry.project,
        ref: entry.ref,
        pipeline_id: entry['pipeline-id'],
        web_url: entry['web-url'],
        status: entry.status
    }));
}


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