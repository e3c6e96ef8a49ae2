"use strict";
exports.id = 699;
exports.ids = [699];
exports.modules = {

/***/ 3699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  apiRootNotFound: () => (/* binding */ apiRootNotFound),
  refusalOf: () => (/* binding */ refusalOf)
});

// UNUSED EXPORTS: MAX_RETRY_AFTER_MS, retryAfterOf

// EXTERNAL MODULE: ./src/gitlab/errors.ts
var errors = __webpack_require__(9452);
;// CONCATENATED MODULE: ./src/gitlab/hints.ts
const ACTION_INPUT_NAMES = {
    apiToken: 'api-token',
    triggerToken: 'trigger-token',
    gitlabUrl: 'gitlab-url'
};
function hintFor(context) {
    const { operation, status, message, ref, inputNames = ACTION_INPUT_NAMES } = context;
    if (operation === 'trigger')
        return triggerHint(status, message, ref, inputNames.triggerToken);
    const theApiToken = `The API token (${inputNames.apiToken})`;
    if (status === 401 && operation === 'tokens') {
        return `${theApiToken} is invalid, expired or revoked: managing trigger tokens needs an access token with the api scope`;
    }
    if (status === 401) {
        return `${theApiToken} is invalid, expired or revoked: create a new access token with the read_api scope (api to cancel)`;
    }
    if (status === 403) {
        if (operation === 'cancel')
            return `${theApiToken} cannot cancel pipelines: it needs the api scope and at least the Developer role`;
        if (operation === 'play' || operation === 'retry')
            return `${theApiToken} cannot ${operation === 'play' ? 'play manual jobs' : 'retry pipelines'}: it needs the api scope and a role allowed to run the job (Developer, or what a protected branch or environment asks)`;
        if (operation === 'tokens')
            return 'Managing trigger tokens needs an access token with the api scope and the Maintainer role';
        return `${theApiToken} lacks permission: it needs the read_api scope and at least the Reporter role in the project`;
    }
    if (status === 404 && operation === 'tokens') {
        return 'No such project or trigger token, or the API token cannot see the project: check the project and the token id';
    }
    if (status === 404) {
        return `${theApiToken} cannot see this project or pipeline: check the project path or id and that the token belongs to a member of the project`;
    }
    if (status === 429)
        return 'GitLab is rate limiting these requests; try again later';
    if (status >= 500)
        return 'GitLab had an internal error; try again later';
    return '';
}
function triggerHint(status, message, ref = 'the ref', tokenName) {
    if (status === 404) {
        return `The trigger token is wrong or revoked, the project does not exist, or the token belongs to another project. A personal access token cannot be used as ${tokenName}: create a pipeline trigger token in Settings > CI/CD > Pipeline trigger tokens`;
    }
    if (/Reference not found/i.test(message))
        return `The ref "${ref}" does not exist in the project: push it or pick an existing branch or tag`;
    if (/filtered out by workflow rules|rules configuration prevented any jobs/i.test(message)) {
        return 'workflow:rules or the jobs\' rules exclude pipelines whose CI_PIPELINE_SOURCE is "trigger": add a rule such as `- if: $CI_PIPELINE_SOURCE == "trigger"`';
    }
    if (/Insufficient permissions to set pipeline variables/i.test(message)) {
        return 'The project\'s "Minimum role to use pipeline variables" setting forbids variables for the trigger token\'s owner: pass inputs instead (spec:inputs), or change that setting in Settings > CI/CD > Variables';
    }
    if (/Too many pipelines created/i.test(message)) {
        return "GitLab's limit on pipelines created per minute for this project was reached (a 400, not a 429): wait a minute and run again";
    }
    if (status === 422) {
        return "GitLab created the pipeline as failed; its text says why: an error in the CI/CD configuration (the project's configuration file, an include, or the inputs it declares), or a limit such as the pipeline size or the number of active jobs";
    }
    if (status === 403)
        return 'GitLab refused the trigger (requests that look like a pipeline webhook are refused)';
    if (status === 401)
        return 'The token was taken as a CI/CD job token that cannot be used; pass a pipeline trigger token';
    if (status === 429)
        return 'GitLab is rate limiting requests from this address; try again later';
    if (status >= 500) {
        return "GitLab, or a proxy in front of it, failed after the request arrived, so the pipeline may have been created anyway: look at the project's pipelines before running this again";
    }
    if (status === 400)
        return 'Check the ref, variables and inputs';
    return '';
}

// EXTERNAL MODULE: ./src/gitlab/messages.ts
var messages = __webpack_require__(6791);
// EXTERNAL MODULE: ./src/gitlab/transport.ts
var transport = __webpack_require__(9374);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/gitlab/refusal.ts





const MAX_RETRY_AFTER_MS = 24 * 3_600_000;
const URL_CHECKED_ON = new Set(['trigger', 'check-token', 'tokens']);
async function refusalOf(refused) {
    const { message, url, label, followRedirects } = refused;
    const status = message.statusCode ?? 0;
    const location = String(message.headers.location ?? '');
    if (status >= 300 && status < 400 && followRedirects) {
        const host = URL.canParse(location, url.href) ? new URL(location, url).host : '';
        return new errors/* GitLabError */.Y({
            kind: 'http',
            request: label,
            gitlabMessage: `redirected more than ${followRedirects} times (last to ${host || 'nowhere'})`,
            status
        });
    }
    if (status >= 300 && status < 400) {
        return new errors/* GitLabError */.Y({
            kind: 'http',
            request: label,
            gitlabMessage: `moved to ${location || 'another address'}`,
            hint: 'The project was renamed or moved: use its new path',
            status
        });
    }
    const contentType = String(message.headers['content-type'] ?? '');
    const gitlabMessage = (0,messages/* gitlabMessageOf */.C)(refused.body, contentType);
    const hint = status === 404 && URL_CHECKED_ON.has(refused.operation) && (await refused.apiRootNotFound())
        ? wrongUrlHint(refused)
        : hintFor({
            operation: refused.operation,
            status,
            message: gitlabMessage,
            ref: refused.ref,
            inputNames: refused.inputNames
        });
    const retryAfter = status === 429 ? retryAfterOf(message.headers, refused.now) : undefined;
    return new errors/* GitLabError */.Y({
        kind: 'http',
        request: label,
        gitlabMessage,
        hint,
        status,
        retryAfterMs: retryAfter?.ms,
        retryAfterClamped: retryAfter?.clamped
    });
}
function wrongUrlHint({ apiUrl, gitlabUrl, inputNames = ACTION_INPUT_NAMES }) {
    return `The GitLab URL may be wrong: ${apiUrl}/version answered 404, where GitLab's API answers 401 without a token, so ${gitlabUrl} does not lead to GitLab's API. A GitLab under a relative path needs it in ${inputNames.gitlabUrl} (e.g. https://example.com/gitlab); a GitLab at the root of its host must not have one`;
}
function retryAfterOf(headers, now) {
    const raw = headers['retry-after'];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
    if (!value)
        return undefined;
    let ms;
    if (/^\d+$/.test(value))
        ms = Number(value) * 1000;
    else {
        const date = /[a-z]/i.test(value) ? Date.parse(value) : NaN;
        if (Number.isNaN(date))
            return undefined;
        ms = Math.max(0, date - now);
    }
    if (ms <= MAX_RETRY_AFTER_MS)
        return { ms };
    return { ms: MAX_RETRY_AFTER_MS, clamped: value.length > 40 ? `${value.slice(0, 40)}…` : value };
}
async function apiRootNotFound(apiUrl, requestTimeoutMs, observed) {
    const started = performance.now();
    try {
        const message = await (0,transport/* sendRequest */.w)({
            method: 'GET',
            url: new URL(`${apiUrl}/version`),
            headers: { Accept: 'application/json', 'User-Agent': version/* USER_AGENT */._O },
            body: null,
            timeoutMs: Math.min(requestTimeoutMs, 10_000)
        });
        message.resume();
        observed(message.statusCode ?? 0, started);
        return message.statusCode === 404;
    }
    catch {
        return false;
    }
}


/***/ })

};
;