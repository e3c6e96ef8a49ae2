"use strict";

exports.id = 206;

exports.ids = [ 206 ];

exports.modules = {
  /***/ 1729: 
  /***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ s: () => /* binding */ readSettings
      /* harmony export */    });
    /* harmony import */    var _settings_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9063);
    /** The runner passes input `api-token` as INPUT_API-TOKEN: upper-cased, hyphens kept. */    function readInput(name) {
      return process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];
    }
    /** Reads every input (and GITLAB_REQUEST_TIMEOUT) into Settings; masks both tokens before anything else can be printed. */    function readSettings(log) {
      const raw = {};
      for (const name of Object.keys(_settings_settings_js__WEBPACK_IMPORTED_MODULE_0__ /* .INPUT_DEFAULTS */ .WJ)) raw[name] = readInput(name);
      for (const secret of [ raw["trigger-token"], raw["api-token"] ]) if (secret?.trim()) log.mask(secret.trim());
      const settings = (0, _settings_settings_js__WEBPACK_IMPORTED_MODULE_0__ /* .parseSettings */ .P$)(raw);
      return {
        ...settings,
        requestTimeoutMs: (0, _settings_settings_js__WEBPACK_IMPORTED_MODULE_0__ /* .requestTimeoutFrom */ .TB)(process.env),
        workspace: process.env.GITHUB_WORKSPACE || process.cwd()
      };
    }
    /***/  }),
  /***/ 8864: 
  /***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // EXPORTS
    __webpack_require__.d(__webpack_exports__, {
      n: () => /* binding */ ActionLog
    });
    // EXTERNAL MODULE: ./src/text/far-side.ts
        var far_side = __webpack_require__(7916);
    // EXTERNAL MODULE: external "node:os"
        var external_node_os_ = __webpack_require__(8161);
    // CONCATENATED MODULE: ./src/action/workflow-commands.ts
    // Workflow commands are lines on stdout (docs: workflow-commands.md; @actions/core command.ts).
    // They are written here rather than through @actions/core because core loads undici when it is
    // imported, which would delay the trigger request (README, "Start-up time").
    // Every line this module prints is made inert first (text/far-side.ts): the text in it may come
    // from GitLab, and only the commands issued here may reach the runner.
    const escapeData = text => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
    const escapeProperty = text => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
    /**
 * `::command props::message`. The message may span lines (each made inert, so the annotation and
 * its echo in the log show text, not commands); property values stay on one line.
 */    function issueCommand(command, message, properties = {}) {
      writeCommand(command, (0, far_side /* inertText */ .UJ)(message), properties);
    }
    /** `::add-mask::secret`, the secret exactly as given: it is ours, and the runner must match it. */    function addMask(secret) {
      writeCommand("add-mask", secret, {});
    }
    /** A plain log line: line breaks become a visible mark, and no command can start in it. */    function printLine(text) {
      process.stdout.write(`${(0, far_side /* inertOneLine */ .f4)(text)}${external_node_os_.EOL}`);
    }
    /**
 * Lines of text (a job log) between `::stop-commands::` and its resume token, each line inert as
 * well: stop-commands also silences the legacy `##[` form (the runner checks the stop before the
 * command's form), and the inert lines keep the text harmless even where that were not so.
 */    function printInertBlock(text, resumeToken) {
      writeRaw(`::stop-commands::${resumeToken}`);
      process.stdout.write(`${(0, far_side /* inertText */ .UJ)(text).split("\n").join(external_node_os_.EOL)}${external_node_os_.EOL}`);
      writeRaw(`::${resumeToken}::`);
    }
    function writeCommand(command, message, properties) {
      const props = Object.entries(properties).filter(entry => entry[1] !== void 0 && entry[1] !== "").map(([key, value]) => `${key}=${escapeProperty((0, 
      far_side /* inertOneLine */ .f4)(value))}`).join(",");
      writeRaw(`::${command}${props ? ` ${props}` : ""}::${escapeData(message)}`);
    }
    function writeRaw(line) {
      process.stdout.write(`${line}${external_node_os_.EOL}`);
    }
    // CONCATENATED MODULE: ./src/action/log.ts
    // Web Crypto's global loads node:crypto on first use (a job log), not at start-up.
    const randomUUID = () => globalThis.crypto.randomUUID();
    /**
 * The run's log as workflow commands on stdout. Every line goes out through
 * workflow-commands.ts, which makes GitLab's text in it inert.
 */    class ActionLog {
      /** Hides a secret in everything printed afterwards; called before anything else is printed. */
      mask(secret) {
        addMask(secret);
      }
      info(line) {
        printLine(line);
      }
      debug(line) {
        issueCommand("debug", line);
      }
      notice(message, title) {
        issueCommand("notice", message, {
          title: title
        });
      }
      warning(message, title) {
        issueCommand("warning", message, {
          title: title
        });
      }
      error(message, title) {
        issueCommand("error", message, {
          title: title
        });
      }
      /** Live log lines: a group per job while one runs, else prefixed lines; each line inert. */      live(lines) {
        for (const line of lines) if (line.kind === "open-group") issueCommand("group", (0, 
        far_side /* inertOneLine */ .f4)(line.title)); else if (line.kind === "close-group") issueCommand("endgroup", ""); else printLine(line.text);
      }
      group(title, text) {
        // A job log is GitLab's text line for line: stop-commands keeps the runner from acting on
        // any of it, with a token no log written before this moment can know.
        issueCommand("group", (0, far_side /* inertOneLine */ .f4)(title));
        printInertBlock(text, randomUUID());
        issueCommand("endgroup", "");
      }
    }
    /***/  }),
  /***/ 8330: 
  /***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // EXPORTS
    __webpack_require__.d(__webpack_exports__, {
      zZ: () => /* binding */ GitLabClient,
      $W: () => /* binding */ projectSegment,
      au: () => /* binding */ unexpectedAnswer
    });
    // UNUSED EXPORTS: DEFAULT_REQUEST_TIMEOUT_MS, fieldName
        // EXTERNAL MODULE: ./src/gitlab/retry.ts
    var gitlab_retry = __webpack_require__(2177);
    // EXTERNAL MODULE: ./src/gitlab/errors.ts
        var errors = __webpack_require__(9452);
    // CONCATENATED MODULE: ./src/gitlab/hints.ts
    /** What to do about a GitLab refusal, in the user's terms (docs/contract.md section 3.7). */
    function hintFor({operation: operation, status: status, message: message, ref: ref}) {
      if (operation === "trigger") return triggerHint(status, message, ref);
      if (status === 401 && operation === "tokens") return "The API token (GITLAB_API_TOKEN) is invalid, expired or revoked: managing trigger tokens needs an access token with the api scope";
      if (status === 401) return "The API token (api-token) is invalid, expired or revoked: create a new access token with the read_api scope (api to cancel)";
      if (status === 403) {
        if (operation === "cancel") return "The API token (api-token) cannot cancel pipelines: it needs the api scope and at least the Developer role";
        if (operation === "play" || operation === "retry") return `The API token (api-token) cannot ${operation === "play" ? "play manual jobs" : "retry pipelines"}: it needs the api scope and a role allowed to run the job (Developer, or what a protected branch or environment asks)`;
        if (operation === "tokens") return "Managing trigger tokens needs an access token with the api scope and the Maintainer role";
        return "The API token (api-token) lacks permission: it needs the read_api scope and at least the Reporter role in the project";
      }
      if (status === 404 && operation === "tokens") return "No such project or trigger token, or the API token cannot see the project: check the project and the token id";
      if (status === 404) return "The API token (api-token) cannot see this project or pipeline: check the project path or id and that the token belongs to a member of the project";
      if (status === 429) return "GitLab is rate limiting these requests; try again later";
      if (status >= 500) return "GitLab had an internal error; try again later";
      return "";
    }
    function triggerHint(status, message, ref = "the ref") {
      if (status === 404) return "The trigger token is wrong or revoked, the project does not exist, or the token belongs to another project. A personal access token cannot be used as trigger-token: create a pipeline trigger token in Settings > CI/CD > Pipeline trigger tokens";
      if (/Reference not found/i.test(message)) return `The ref "${ref}" does not exist in the project: push it or pick an existing branch or tag`;
      if (/filtered out by workflow rules|rules configuration prevented any jobs/i.test(message)) return 'workflow:rules or the jobs\' rules exclude pipelines whose CI_PIPELINE_SOURCE is "trigger": add a rule such as `- if: $CI_PIPELINE_SOURCE == "trigger"`';
      if (/Insufficient permissions to set pipeline variables/i.test(message)) return "The project's \"Minimum role to use pipeline variables\" setting forbids variables for the trigger token's owner: pass inputs instead (spec:inputs), or change that setting in Settings > CI/CD > Variables";
      if (/Too many pipelines created/i.test(message)) return "GitLab's limit on pipelines created per minute for this project was reached (a 400, not a 429): wait a minute and run again";
      if (status === 422) 
      // Any pipeline persisted with a failure reason, not only a configuration error (docs/gitlab.md 10).
      return "GitLab created the pipeline as failed; its text says why: an error in the CI/CD configuration (the project's configuration file, an include, or the inputs it declares), or a limit such as the pipeline size or the number of active jobs";
      if (status === 403) return "GitLab refused the trigger (requests that look like a pipeline webhook are refused)";
      if (status === 401) return "The token was taken as a CI/CD job token that cannot be used; pass a pipeline trigger token";
      if (status === 429) return "GitLab is rate limiting requests from this address; try again later";
      if (status >= 500) return "GitLab, or a proxy in front of it, failed after the request arrived, so the pipeline may have been created anyway: look at the project's pipelines before running this again";
      if (status === 400) return "Check the ref, variables and inputs";
      return "";
    }
    // CONCATENATED MODULE: ./src/gitlab/messages.ts
    /**
 * GitLab writes errors in three JSON shapes (docs/gitlab.md section 1):
 * `{"error": "..."}` (parameter validation, OAuth, unknown routes), `{"message": "..."}` (helpers)
 * and `{"message": {"base": ["..."], "field": ["..."]}}` (pipeline creation, validation).
 * This returns the text as GitLab wrote it, for any of them, or a short description of a non-JSON body.
 */
    function gitlabMessageOf(body, contentType) {
      const text = body.trim();
      if (text === "") return "";
      if (contentType?.includes("html") || /^<(!doctype|html)/i.test(text)) {
        const title = /<title>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
        return title ? `an HTML page "${title}"` : "an HTML page";
      }
      let parsed;
      try {
        parsed = JSON.parse(text);
      } catch {
        return firstLine(text);
      }
      return messageOfJson(parsed) ?? firstLine(text);
    }
    function messageOfJson(value) {
      if (typeof value === "string") return value;
      if (!value || typeof value !== "object" || Array.isArray(value)) return;
      const record = value;
      if ("message" in record) return flattenMessage(record.message);
      if (typeof record.error === "string") return typeof record.error_description === "string" ? record.error_description : record.error;
      return;
    }
    function flattenMessage(message) {
      if (typeof message === "string") return message;
      if (Array.isArray(message)) return message.map(String).join("; ");
      if (message && typeof message === "object") return Object.entries(message).map(([key, value]) => {
        const texts = Array.isArray(value) ? value.map(String).join("; ") : String(value);
        return key === "base" || key === "error" ? texts : `${key}: ${texts}`;
      }).join("; ");
      return;
    }
    function firstLine(text) {
      const line = text.split("\n")[0].trim();
      return line.length > 200 ? `${line.slice(0, 200)}…` : line;
    }
    // EXTERNAL MODULE: external "node:http"
        var external_node_http_ = __webpack_require__(7067);
    // EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
        var proxy = __webpack_require__(9783);
    // CONCATENATED MODULE: ./src/gitlab/transport.ts
    /**
 * Sends one request with Node's own http/https and resolves with the response head; the body is
 * read by the caller. Behind a proxy (https_proxy, no_proxy) it uses @actions/http-client's
 * tunnelling agent. That module is loaded only then: it loads undici, which costs more start-up
 * time than the whole trigger request otherwise takes (README, "Start-up time").
 */
    async function sendRequest(request) {
      const agent = await proxyAgentFor(request.url);
      // node:https brings TLS and node:crypto: loaded only for an https URL (README, "Start-up time").
            const module = request.url.protocol === "https:" ? await Promise.resolve().then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)) : external_node_http_;
      return new Promise((resolve, reject) => {
        const req = module.request(request.url, {
          method: request.method,
          headers: request.headers,
          agent: agent
        });
        let settled = false;
        const settle = outcome => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          request.signal?.removeEventListener("abort", onAbort);
          outcome();
        };
        // Fail at once, not on the 'error' event: a request still waiting for a socket (a proxy that
        // never answers CONNECT) emits none when destroyed. A timer of our own for the same reason:
        // req.setTimeout starts only once there is a socket.
                const fail = error => settle(() => {
          req.destroy(error);
          reject(error);
        });
        const timer = setTimeout(() => fail(errorWithCode("request timed out", "ETIMEDOUT")), request.timeoutMs);
        const onAbort = () => fail(errorWithCode("request abandoned", "ABORT_ERR"));
        request.signal?.addEventListener("abort", onAbort, {
          once: true
        });
        req.on("response", response => settle(() => resolve(response)));
        req.on("error", error => settle(() => reject(error)));
        if (request.signal?.aborted) onAbort();
        req.end(request.body ?? void 0);
      });
    }
    /** The proxy that applies to a URL (https_proxy, http_proxy, no_proxy), if any. */    function proxyFor(url) {
      return (0, proxy /* getProxyUrl */ .s)(url);
    }
    async function proxyAgentFor(url) {
      if (!proxyFor(url)) return;
      const {HttpClient: HttpClient} = await __webpack_require__.e(/* import() */ 779).then(__webpack_require__.bind(__webpack_require__, 2779));
      return new HttpClient("gitlab-trigger-and-wait/1.0.0").getAgent(url.href);
    }
    function errorWithCode(message, code) {
      return Object.assign(new Error(message), {
        code: code
      });
    }
    // CONCATENATED MODULE: ./src/gitlab/client.ts
    // Connection errors raised before a single byte of the request went out.
    const NEVER_CONNECTED = new Set([ "ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "EADDRNOTAVAIL" ]);
    /** The one place that builds GitLab URLs, sends requests and turns answers into data or GitLabError. */    class GitLabClient {
      apiUrl;
      token;
      requestTimeoutMs;
      /** The request budget GitLab last announced, for callers that pace themselves (the wait). */
      rateLimit;
      /** Requests answered so far (any status), for callers that count their cost. */
      answered=0;
      constructor(options) {
        this.apiUrl = `${options.gitlabUrl}/api/v4`;
        this.token = options.token;
        this.requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
      }
      /** Sends a request, and again on the failures `retry` allows (none when it is omitted). */      request(request, retry) {
        // A trigger in flight is never abandoned: GitLab may be creating the pipeline, which must
        // then be known so that it can be followed or cancelled. Other requests end on cancellation.
        const signal = request.operation === "trigger" ? void 0 : retry?.signal;
        return retry ? (0, gitlab_retry /* withRetries */ .LH)(() => this.send(request, signal), retry) : this.send(request, signal);
      }
      /**
     * Sends a GET whose body is handed to `onChunk` piece by piece as it arrives, so that no more of
     * it is held than the caller keeps (job logs). Errors are mapped as for `request`; the read fails
     * when no byte arrives for the request timeout, however long the whole body takes. It is sent
     * again (per `retry`) only while no byte of the body was received: GitLab's job log has no HTTP
     * Range, so a read cut short cannot resume, and what was received stays with the caller.
     */      async stream(request, onChunk, retry) {
        let received = 0;
        const once = async () => {
          const label = `${request.method} ${request.path}`;
          const message = await this.open({
            ...request,
            schema: null
          }, retry?.signal);
          await pumpBody(message, this.requestTimeoutMs, label, retry?.signal, chunk => {
            received += chunk.length;
            onChunk(chunk);
          });
        };
        if (!retry) return once();
        return (0, gitlab_retry /* withRetries */ .LH)(once, {
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
      /** Sends the request and returns a 2xx answer with its body still to read; anything else throws. */      async open(request, signal) {
        const label = `${request.method} ${request.path}`;
        const headers = {
          Accept: request.text ? "text/plain" : "application/json",
          "User-Agent": "gitlab-trigger-and-wait/1.0.0"
        };
        if (this.token) headers["PRIVATE-TOKEN"] = this.token;
        let payload = null;
        if (request.body !== void 0) {
          payload = JSON.stringify(request.body);
          headers["Content-Type"] = "application/json";
          headers["Content-Length"] = String(Buffer.byteLength(payload));
        }
        let message;
        let url = new URL(this.urlFor(request));
        for (let redirects = 0; ;redirects++) {
          try {
            message = await sendRequest({
              method: request.method,
              url: url,
              headers: headers,
              body: payload,
              timeoutMs: this.requestTimeoutMs,
              signal: signal
            });
          } catch (error) {
            throw this.connectionError(error, label);
          }
          const location = message.headers.location;
          const code = message.statusCode ?? 0;
          if (!(code >= 300 && code < 400) || !location || redirects >= (request.followRedirects ?? 0)) break;
          message.resume();
          const next = new URL(location, url);
          if (next.protocol !== "https:" && next.protocol !== "http:") break;
          // The token is GitLab's: object storage gets a signed URL and never the token.
                    if (next.host !== url.host) delete headers["PRIVATE-TOKEN"];
          url = next;
        }
        this.answered++;
        this.noteRateLimit(message.headers);
        const status = message.statusCode ?? 0;
        if (status >= 200 && status < 300) return message;
        const body = await readBody(message, this.requestTimeoutMs, label, signal);
        const contentType = String(message.headers["content-type"] ?? "");
        // GitLab redirects reads of a renamed project (docs/gitlab.md 3); the token is not sent after it.
                if (status >= 300 && status < 400 && request.followRedirects) throw new errors /* GitLabError */ .Y({
          kind: "http",
          request: label,
          gitlabMessage: `redirected more than ${request.followRedirects} times (last to ${new URL(String(message.headers.location ?? ""), url).host || "nowhere"})`,
          status: status
        });
        if (status >= 300 && status < 400) {
          const moved = `moved to ${message.headers.location ?? "another address"}`;
          throw new errors /* GitLabError */ .Y({
            kind: "http",
            request: label,
            gitlabMessage: moved,
            hint: "The project was renamed or moved: use its new path",
            status: status
          });
        }
        const gitlabMessage = gitlabMessageOf(body, contentType);
        const hint = hintFor({
          operation: request.operation,
          status: status,
          message: gitlabMessage,
          ref: request.ref
        });
        throw new errors /* GitLabError */ .Y({
          kind: "http",
          request: label,
          gitlabMessage: gitlabMessage,
          hint: hint,
          status: status,
          retryAfterMs: retryAfterMs(message.headers)
        });
      }
      noteRateLimit(headers) {
        const limit = Number(headers["ratelimit-limit"]);
        const remaining = Number(headers["ratelimit-remaining"]);
        // RateLimit-Reset: epoch seconds of the window's end (Rack::Attack, GitLab's throttles).
                const reset = Number(headers["ratelimit-reset"]);
        if (!(limit > 0) || !Number.isFinite(remaining) || !Number.isFinite(reset)) return;
        this.rateLimit = {
          limit: limit,
          remaining: remaining,
          resetAt: reset * 1e3
        };
      }
      urlFor(request) {
        const url = `${this.apiUrl}${request.path}`;
        if (!request.query) return url;
        const query = new URLSearchParams(Object.entries(request.query).flatMap(([key, value]) => Array.isArray(value) ? value.map(item => [ key, String(item) ]) : [ [ key, String(value) ] ]));
        return `${url}?${query}`;
      }
      connectionError(error, label) {
        const err = error;
        const url = new URL(this.apiUrl);
        const proxy = proxyFor(url);
        // Name the port even when the URL leaves it out (docs/contract.md section 3.7).
                const target = `${url.hostname}:${url.port || (url.protocol === "https:" ? 443 : 80)}`;
        const via = proxy ? ` through the proxy ${proxy.host}` : "";
        // The proxy agent reports a failed CONNECT (refused, unreachable, 407) as "tunneling socket
        // could not be established, cause=… / statusCode=…": the request never reached GitLab.
                const tunnel = proxy && /tunneling socket could not be established/i.test(err.message ?? "");
        const code = tunnel ? /\b(E[A-Z]+)\b/.exec(err.message)?.[1] ?? "EPROXY" : err.code ?? err.message;
        if (tunnel || err.code && NEVER_CONNECTED.has(err.code)) {
          const hint = proxy ? `Check the proxy settings (https_proxy, no_proxy) and that ${target} is reachable through it` : `Check the GitLab URL and that ${target} is reachable from this machine`;
          return new errors /* GitLabError */ .Y({
            kind: "unreachable",
            request: label,
            gitlabMessage: `could not connect to ${target}${via} (${tunnel ? err.message : code})`,
            hint: hint,
            code: code
          });
        }
        if (err.code === "ABORT_ERR") 
        // Our own time limit or the run's cancellation, not GitLab: say so.
        return new errors /* GitLabError */ .Y({
          kind: "connection-lost",
          request: label,
          gitlabMessage: "the request was abandoned (time limit reached or run cancelled)",
          code: err.code
        });
        if (err.code === "ETIMEDOUT") return new errors /* GitLabError */ .Y({
          kind: "timeout",
          request: label,
          gitlabMessage: `${target}${via} did not answer within ${this.requestTimeoutMs / 1e3}s`,
          code: err.code
        });
        return new errors /* GitLabError */ .Y({
          kind: "connection-lost",
          request: label,
          gitlabMessage: `the connection to ${target}${via} broke (${code})`,
          code: err.code
        });
      }
    }
    /** One request's time limit unless the settings give another (GITLAB_REQUEST_TIMEOUT). */    const DEFAULT_REQUEST_TIMEOUT_MS = 3e4;
    /** Encodes a project id or full path once, as GitLab's `:id` route needs (`group%2Fapp`). */    function projectSegment(project) {
      return encodeURIComponent(project);
    }
    function parseBody(request, body, label) {
      if (request.schema === null) return;
      let value = body;
      if (!request.text) try {
        value = JSON.parse(body);
      } catch {
        throw new errors /* GitLabError */ .Y({
          kind: "unreadable",
          request: label,
          gitlabMessage: `the answer is not JSON: ${gitlabMessageOf(body, void 0) || "empty body"}`
        });
      }
      const parsed = request.schema.safeParse(value);
      if (!parsed.success) throw unexpectedAnswer(parsed.error.issues[0], value, request.what, label);
      return parsed.data;
    }
    /** Names the field in the answer that is not what the code needs, e.g. `jobs[3].stage is null, not a string`. */    function unexpectedAnswer(issue, value, what, label) {
      const field = fieldName(what ?? "answer", issue.path);
      let found = value;
      for (const key of issue.path) found = found !== null && typeof found === "object" ? found[key] : void 0;
      const got = found === void 0 ? "missing" : found === null ? "null" : Array.isArray(found) ? "a list" : "a " + typeof found;
      const wanted = typeof issue.expected === "string" ? `, not ${article(issue.expected)}` : "";
      return new errors /* GitLabError */ .Y({
        kind: "unexpected",
        request: label,
        gitlabMessage: `GitLab's answer is not what this tool expects: ${field} is ${got}${wanted}`,
        hint: "Asking again would give the same answer, so it was not retried; check that the GitLab URL points at GitLab, and report this with your GitLab version"
      });
    }
    /** `jobs`, [3, 'stage'] → `jobs[3].stage` */    function fieldName(what, path) {
      return path.reduce((name, key) => typeof key === "number" ? `${name}[${key}]` : `${name}.${String(key)}`, what);
    }
    const article = type => /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
    /** Reads the whole body (small JSON answers and error bodies) as text. */    async function readBody(message, timeoutMs, label, signal) {
      const chunks = [];
      await pumpBody(message, timeoutMs, label, signal, chunk => chunks.push(chunk));
      return Buffer.concat(chunks).toString("utf8");
    }
    /**
 * Hands each chunk of the body to `onChunk`, failing (instead of hanging, as http-client's
 * readBody does) when the connection breaks mid-body or no byte arrives for `stallMs`.
 */    function pumpBody(message, stallMs, label, signal, onChunk) {
      return new Promise((resolve, reject) => {
        let done = false;
        const settle = () => {
          done = true;
          clearTimeout(timer);
          signal?.removeEventListener("abort", onAbort);
        };
        const fail = reason => {
          if (done) return;
          settle();
          message.destroy();
          reject(new errors /* GitLabError */ .Y({
            kind: "unreadable",
            request: label,
            gitlabMessage: reason
          }));
        };
        const onAbort = () => fail("the request was abandoned");
        const stalled = () => fail(`the answer stalled for ${stallMs / 1e3}s`);
        let timer = setTimeout(stalled, stallMs);
        signal?.addEventListener("abort", onAbort, {
          once: true
        });
        if (signal?.aborted) return onAbort();
        message.on("data", chunk => {
          if (done) return;
          clearTimeout(timer);
          timer = setTimeout(stalled, stallMs);
          try {
            onChunk(chunk);
          } catch (error) {
            settle();
            message.destroy();
            reject(error);
          }
        });
        message.on("end", () => {
          if (done) return;
          settle();
          resolve();
        });
        message.on("aborted", () => fail("the answer was cut short"));
        message.on("error", () => fail("the answer was cut short"));
        message.on("close", () => {
          if (!message.complete) fail("the answer was cut short");
        });
      });
    }
    /** `Retry-After` in seconds or as an HTTP date. */    function retryAfterMs(headers) {
      const value = headers["retry-after"];
      if (typeof value !== "string") return;
      if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1e3;
      const date = Date.parse(value);
      return Number.isNaN(date) ? void 0 : Math.max(0, date - Date.now());
    }
    /***/  }),
  /***/ 5661: 
  /***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ B0: () => /* binding */ getPipeline,
      /* harmony export */ HF: () => /* binding */ getVersion,
      /* harmony export */ Hg: () => /* binding */ listTriggerJobs,
      /* harmony export */ K4: () => /* binding */ getTokenSelfWithKind,
      /* harmony export */ N6: () => /* binding */ listJobs,
      /* harmony export */ QR: () => /* binding */ probePipelines,
      /* harmony export */ U1: () => /* binding */ getProject,
      /* harmony export */ WO: () => /* binding */ streamJobArtifactFile,
      /* harmony export */ X9: () => /* binding */ listBridges,
      /* harmony export */ ax: () => /* binding */ getJob,
      /* harmony export */ cI: () => /* binding */ streamJobTraceRange,
      /* harmony export */ jg: () => /* binding */ streamJobArtifactsArchive,
      /* harmony export */ jn: () => /* binding */ triggerPipeline,
      /* harmony export */ jz: () => /* binding */ cancelPipeline,
      /* harmony export */ tw: () => /* binding */ streamJobTrace,
      /* harmony export */ z5: () => /* binding */ MAX_TRACE_RANGE_BYTES
      /* harmony export */    });
    /* unused harmony exports getTokenSelf, listTriggerTokens, getTriggerToken, createTriggerToken, updateTriggerToken, deleteTriggerToken, encodeArtifactPath */
    /* harmony import */    var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4539);
    /* harmony import */    var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8330);
    /* harmony import */    var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4675);
    const projectPath = project => `/projects/${(0, _client_js__WEBPACK_IMPORTED_MODULE_0__ /* .projectSegment */ .$W)(project)}`;
    async function data(client, request, retry) {
      return (await client.request(request, retry)).data;
    }
    // The token travels in the JSON body, never in the URL (docs/contract.md section 3.2).
        const triggerPipeline = (client, project, body, retry) => data(client, {
      method: "POST",
      path: `${projectPath(project)}/trigger/pipeline`,
      body: body,
      schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__ /* .pipelineSchema */ .wr,
      what: "pipeline",
      operation: "trigger",
      ref: body.ref
    }, retry);
    const getProject = (client, project, retry) => data(client, {
      method: "GET",
      path: projectPath(project),
      schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__ /* .projectSchema */ .$b,
      what: "project",
      operation: "check-token"
    }, retry);
    const getPipeline = (client, project, id, retry) => data(client, {
      method: "GET",
      path: `${projectPath(project)}/pipelines/${id}`,
      schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__ /* .pipelineSchema */ .wr,
      what: "pipeline",
      operation: "read"
    }, retry);
    const cancelPipeline = (client, project, id, retry) => data(client, {
      method: "POST",
      path: `${projectPath(project)}/pipelines/${id}/cancel`,
      schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__ /* .pipelineSchema */ .wr,
      what: "pipeline",
      operation: "cancel"
    }, retry);
    /** The job's log, handed to `onChunk` as it arrives (see GitLabClient.stream). */    const streamJobTrace = (client, project, jobId, onChunk, retry) => streamJobTraceRange(client, project, jobId, void 0, onChunk, retry);
    const listJobs = (client, project, pipelineId, retry, onOddItem, 
    /** Only jobs in these statuses (`scope[]`, docs/gitlab.md 4.1). */
    scopes) => listAll(client, `${projectPath(project)}/pipelines/${pipelineId}/jobs`, _schemas_js__WEBPACK_IMPORTED_MODULE_1__ /* .jobSchema */ .jQ, "read", retry, {
      what: "jobs",
      lenient: _schemas_js__WEBPACK_IMPORTED_MODULE_1__ /* .lenientJobSchema */ .qO,
      onOddItem: onOddItem,
      scopes: scopes
    });
    /** One job (`GET /projects/:id/jobs/:job_id`; a trigger job is 404 there). */    const getJob = (client, project, jobId, retry) => data(client, {
      method: "GET",
      path: `${projectPath(project)}/jobs/${jobId}`,
      schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__ /* .lenientJobSchema */ .qO,
      what: "job",
      operation: "read"
    }, retry);
    const listBridges = (client, project, pipelineId, retry, onOddItem) => listAll(client, `${projectPath(project)}/pipelines/${pipelineId}/bridges`, _schemas_js__WEBPACK_IMPORTED_MODULE_1__ /* .bridgeSchema */ .XO, "read", retry, {
      what: "bridges",
      lenient: _schemas_js__WEBPACK_IMPORTED_MODULE_1__ /* .lenientBridgeSchema */ .I6,
      onOddItem: onOddItem
    });
    /**
 * The trigger jobs by `GET /pipelines/:id/trigger_jobs` (GitLab 19.2+, where `/bridges` is
 * deprecated); same answer as listBridges. Older GitLab answers 404 (docs/gitlab.md, "Trigger jobs").
 */    const listTriggerJobs = (client, project, pipelineId, retry, onOddItem) => listAll(client, `${projectPath(project)}/pipelines/${pipelineId}/trigger_jobs`, _schemas_js__WEBPACK_IMPORTED_MODULE_1__ /* .bridgeSchema */ .XO, "read", retry, {
      what: "trigger_jobs",
      lenient: _schemas_js__WEBPACK_IMPORTED_MODULE_1__ /* .lenientBridgeSchema */ .I6,
      onOddItem: onOddItem
    });
    const PER_PAGE = 100;
 // the most GitLab returns per page
    /**
 * Reads every page, following X-Next-Page (empty on the last page, docs/gitlab.md 4.3). Items are
 * checked one by one: an odd one is kept with stand-ins (or left out) and reported, and only a
 * page that is not a list at all fails the whole read.
 */    async function listAll(client, path, item, operation, retry, {what: what, lenient: lenient, onOddItem: onOddItem, scopes: scopes}) {
      const items = [];
      const schema = zod_mini__WEBPACK_IMPORTED_MODULE_2__ /* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_2__ /* .unknown */ .L5J());
      for (let page = 1; ;) {
        const query = {
          per_page: PER_PAGE,
          page: page,
          ...scopes ? {
            "scope[]": [ ...scopes ]
          } : {}
        };
        const response = await client.request({
          method: "GET",
          path: path,
          query: query,
          schema: schema,
          what: what,
          operation: operation
        }, retry);
        const label = `GET ${path}`;
        response.data.forEach((value, index) => {
          const strict = item.safeParse(value);
          if (strict.success) return items.push(strict.data);
          const position = (page - 1) * PER_PAGE + index;
          const problem = (0, _client_js__WEBPACK_IMPORTED_MODULE_0__ /* .unexpectedAnswer */ .au)(strict.error.issues[0], value, `${what}[${position}]`, label);
          const kept = lenient?.safeParse(value);
          if (!kept?.success && !onOddItem) throw problem;
          if (kept?.success) items.push(kept.data);
          onOddItem?.(`${problem.gitlabMessage}; ${kept?.success ? "shown with what could be read" : "left out"}`);
        });
        const next = Number(response.headers["x-next-page"] || 0);
        // Without the header (a proxy may drop it) a short page is the last one.
                const hasNext = response.headers["x-next-page"] === void 0 ? response.data.length === PER_PAGE : next > page;
        if (!hasNext) return items;
        page = next || page + 1;
      }
    }
    // ---------------------------------------------------------------------------------------------
    // Pre-flight reads (run/preflight.ts).
    /** GitLab's version, e.g. `17.9.2-ee`; any valid access token may read it. */    const getVersion = (client, retry) => data(client, {
      method: "GET",
      path: "/version",
      schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__ /* .versionSchema */ .G0,
      operation: "check-token"
    }, retry);
    /** The newest pipeline at most: proves the token may read the project's pipelines. */    const probePipelines = (client, project, retry) => data(client, {
      method: "GET",
      path: `${projectPath(project)}/pipelines`,
      query: {
        per_page: 1
      },
      schema: zod_mini__WEBPACK_IMPORTED_MODULE_2__ /* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_2__ /* .unknown */ .L5J()),
      operation: "check-token"
    }, retry);
    /** Like getTokenSelf, keeping `granular` (fine-grained tokens have no classic scopes). */    const getTokenSelfWithKind = (client, retry) => data(client, {
      method: "GET",
      path: "/personal_access_tokens/self",
      schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__ /* .tokenSelfGranularSchema */ .hD,
      operation: "check-token"
    }, retry);
    // ---------------------------------------------------------------------------------------------
    // Job artifacts (src/run/job-outputs.ts, src/run/artifacts.ts), streamed: neither is held whole.
    /** `dist/a b.env` → `dist/a%20b.env`: each segment encoded, the slashes kept for the `*artifact_path` route. */    const encodeArtifactPath = artifactPath => artifactPath.split("/").map(encodeURIComponent).join("/");
    /** One file from the job's artifacts archive (`GET /projects/:id/jobs/:job_id/artifacts/*artifact_path`). */    const streamJobArtifactFile = (client, project, jobId, artifactPath, onChunk, retry) => client.stream({
      method: "GET",
      path: `${projectPath(project)}/jobs/${jobId}/artifacts/${encodeArtifactPath(artifactPath)}`,
      operation: "read"
    }, onChunk, retry);
    /** The job's whole artifacts archive, a zip (`GET /projects/:id/jobs/:job_id/artifacts`). */    const streamJobArtifactsArchive = (client, project, jobId, onChunk, retry) => client.stream({
      method: "GET",
      path: `${projectPath(project)}/jobs/${jobId}/artifacts`,
      operation: "read",
      // GitLab sends the archive from object storage with a redirect (present_carrierwave_file!).
      followRedirects: 3
    }, onChunk, retry);
    // ---------------------------------------------------------------------------------------------
    // Live job logs (run/live-logs.ts).
    /** Most bytes one ranged log read may ask for: GitLab refuses a larger `byte_limit` (400). */    const MAX_TRACE_RANGE_BYTES = 512e3;
    /**
 * Part of the job's log: `byte_limit` bytes from `byte_offset`, on a GitLab that knows these
 * parameters (docs/gitlab.md, "Job logs"). Older versions ignore them and send the whole log, so
 * the caller must tell the two apart (run/live-logs.ts). Without `range`, the whole log.
 */    const streamJobTraceRange = (client, project, jobId, range, onChunk, retry) => client.stream({
      method: "GET",
      path: `${projectPath(project)}/jobs/${jobId}/trace`,
      query: range && {
        byte_offset: range.byteOffset,
        byte_limit: range.byteLimit
      },
      operation: "read",
      text: true
    }, onChunk, retry);
    /***/  }),
  /***/ 9452: 
  /***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ Y: () => /* binding */ GitLabError
      /* harmony export */    });
    /** The one error type of the GitLab client: callers decide by `kind` and `status`, never by text. */    class GitLabError extends Error {
      kind;
      request;
      gitlabMessage;
      hint;
      status;
      retryAfterMs;
      code;
      constructor(options) {
        const {status: status, gitlabMessage: gitlabMessage, hint: hint = ""} = options;
        const answer = status === void 0 ? gitlabMessage : `GitLab answered ${status}${gitlabMessage ? `: ${gitlabMessage}` : ""}`;
        super(hint ? `${answer}${/[.!?]$/.test(answer) ? "" : "."} ${hint}` : answer);
        this.name = "GitLabError";
        this.kind = options.kind;
        this.request = options.request;
        this.gitlabMessage = gitlabMessage;
        this.hint = hint;
        this.status = status;
        this.retryAfterMs = options.retryAfterMs;
        this.code = options.code;
      }
      /** The same failure with some of its parts replaced (a better hint, say). */      with(changes) {
        const {kind: kind, request: request, gitlabMessage: gitlabMessage, hint: hint, status: status, retryAfterMs: retryAfterMs, code: code} = this;
        return new GitLabError({
          kind: kind,
          request: request,
          gitlabMessage: gitlabMessage,
          hint: hint,
          status: status,
          retryAfterMs: retryAfterMs,
          code: code,
          ...changes
        });
      }
      /** True when GitLab cannot have acted on the request: safe to send again even for a POST. */      get neverSent() {
        return this.kind === "unreachable" || this.status === 429;
      }
      /**
     * Worth sending the trigger again (docs/contract.md section 3.2): a 429, or a connection refused or a
     * name lookup that failed for now; an unknown host (ENOTFOUND) is a typo, not a passing fault.
     */      get worthResending() {
        return this.status === 429 || this.kind === "unreachable" && (this.code === "ECONNREFUSED" || this.code === "EAI_AGAIN");
      }
      /** Worth another try while waiting: rate limits, server errors and broken connections. */      get transient() {
        if (this.kind === "http") return this.status === 429 || this.status === 408 || (this.status ?? 0) >= 500;
        return this.kind !== "unexpected";
      }
    }
    /***/  }),
  /***/ 2177: 
  /***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ A2: () => /* binding */ quickReadPolicy,
      /* harmony export */ LF: () => /* binding */ triggerPolicy,
      /* harmony export */ LH: () => /* binding */ withRetries,
      /* harmony export */ Ny: () => /* binding */ cancelPolicy,
      /* harmony export */ T4: () => /* binding */ readPolicy
      /* harmony export */    });
    /* unused harmony exports TRIGGER_ATTEMPTS, backoffDelay, sleep */
    /* harmony import */    var _runtime_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9842);
    /** Attempts of the trigger request in all. */    
    /**
 * The trigger: resent only where GitLab cannot have created a pipeline (a 429, or a connection
 * that never sent the request; docs/contract.md section 3.2), and never slept past the deadline.
 */
    const triggerPolicy = context => ({
      ...context,
      retryIf: error => error.worthResending,
      maxAttempts: 5,
      failAtDeadline: true
    });
    /** Reads while following a pipeline: transient failures are retried until the deadline. */    const readPolicy = context => ({
      ...context,
      retryIf: error => error.transient,
      maxAttempts: 1 / 0
    });
    /** A cancel (main or post step): transient failures retried, but never past its time limit. */    const cancelPolicy = context => ({
      ...context,
      retryIf: error => error.transient,
      maxAttempts: 1 / 0,
      failAtDeadline: true
    });
    /** Job logs and pre-flight checks: a few quick tries, then the run goes on without them. */    const quickReadPolicy = context => ({
      ...context,
      retryIf: error => error.transient,
      maxAttempts: 3
    });
    /** Exponential backoff from 1 s to 30 s with jitter, so many runners do not retry in step. */    function backoffDelay(attempt, random = Math.random) {
      const ceiling = Math.min(3e4, 1e3 * 2 ** attempt);
      return Math.round(ceiling / 2 + random() * ceiling / 2);
    }
    /** Runs `attempt` until it succeeds, fails for good, or runs out of attempts or time. */    async function withRetries(attempt, options) {
      const clock = options.clock ?? _runtime_clock_js__WEBPACK_IMPORTED_MODULE_0__ /* .realClock */ .d;
      for (let tries = 1; ;tries++) {
        if (options.signal?.aborted) throw options.signal.reason;
        try {
          return await attempt();
        } catch (error) {
          const failure = error;
          if (options.signal?.aborted) throw error;
          if (tries >= options.maxAttempts || !isGitLabError(failure) || !options.retryIf(failure)) throw error;
          // Retry-After is GitLab telling us when; otherwise back off.
                    const delayMs = failure.retryAfterMs ?? backoffDelay(tries - 1);
          if (options.deadline !== void 0 && clock.now() + delayMs >= options.deadline) {
            if (options.failAtDeadline) throw error;
            // No time for another try: use what is left, so the caller's time limit is what ends it.
                        await clock.sleep(Math.max(0, options.deadline - clock.now()), options.signal);
            throw error;
          }
          options.onRetry?.(failure, delayMs, tries);
          await clock.sleep(delayMs, options.signal);
        }
      }
    }
    function isGitLabError(error) {
      return error instanceof Error && error.name === "GitLabError";
    }
    /** A pause on the real clock that ends early (rejecting) when the signal aborts. */  }),
  /***/ 4675: 
  /***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ $b: () => /* binding */ projectSchema,
      /* harmony export */ G0: () => /* binding */ versionSchema,
      /* harmony export */ I6: () => /* binding */ lenientBridgeSchema,
      /* harmony export */ XO: () => /* binding */ bridgeSchema,
      /* harmony export */ hD: () => /* binding */ tokenSelfGranularSchema,
      /* harmony export */ jQ: () => /* binding */ jobSchema,
      /* harmony export */ qO: () => /* binding */ lenientJobSchema,
      /* harmony export */ wr: () => /* binding */ pipelineSchema
      /* harmony export */    });
    /* unused harmony exports tokenSelfSchema, triggerTokenSchema, traceSchema */
    /* harmony import */    var zod_mini__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4539);
    // Each schema names only what the code relies on and rejects answers without it; fields GitLab
    // adds over versions are dropped (docs/gitlab.md sections 2.4, 3.1, 4.1, 7). Trigger tokens keep
    // every field, since the CLI prints them as GitLab gave them. zod/mini rather than classic zod:
    // it loads in half the time, and it is loaded before the trigger request.
    // Built on first use rather than when the module loads: building them all took longer than
    // anything else before the trigger request, which needs none of them (README, "Start-up time").
    // Each export is a z.lazy over the one built set, so parsing and types work as before.
        function buildSchemas() {
      const id = zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .int */ .Whr();
      const nullableNumber = zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .number */ .aig()), zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .transform */ .pdi(value => value ?? null));
      const pipelineSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .object */ .Ikc({
        id: id,
        iid: id,
        project_id: id,
        sha: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP(),
        ref: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP(),
        status: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP(),
        web_url: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP(),
        duration: nullableNumber,
        // Older GitLab answers a YAML error with 201 and status "failed" (docs/gitlab.md 2.4 step 7).
        yaml_errors: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP())
      });
      const jobSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .object */ .Ikc({
        id: id,
        name: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP(),
        stage: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP(),
        status: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP(),
        web_url: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP(),
        duration: nullableNumber,
        allow_failure: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* ._default */ .Rvf(zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .boolean */ .zMY(), false),
        failure_reason: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP()),
        // A running job's `duration` is GitLab's partial count; the summary shows the time since this.
        started_at: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP())
      });
      const bridgeSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .extend */ .X$i(jobSchema, {
        // project_id says whether the downstream runs in another project (multi-project).
        downstream_pipeline: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .object */ .Ikc({
          id: id,
          project_id: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .optional */ .lqM(id),
          web_url: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP(),
          status: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP()
        }))
      });
      // One odd job in a list (a null stage or name) must not end the wait: it is kept with these
      // stand-ins for what is only displayed. Its id and status are still required, since the wait
      // decides by them.
            const shown = fallback => zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* ["catch"] */ .MfU(zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP(), fallback);
      const lenientJobFields = {
        name: shown("(no name)"),
        stage: shown("(no stage)"),
        web_url: shown(""),
        duration: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* ["catch"] */ .MfU(nullableNumber, null),
        allow_failure: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* ["catch"] */ .MfU(zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* ._default */ .Rvf(zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .boolean */ .zMY(), false), false),
        failure_reason: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* ["catch"] */ .MfU(zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP()), null),
        started_at: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* ["catch"] */ .MfU(zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP()), null)
      };
      const lenientJobSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .extend */ .X$i(jobSchema, lenientJobFields);
      const lenientBridgeSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .extend */ .X$i(bridgeSchema, {
        ...lenientJobFields,
        downstream_pipeline: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* ["catch"] */ .MfU(bridgeSchema.shape.downstream_pipeline, null)
      });
      const projectSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .object */ .Ikc({
        id: id,
        path_with_namespace: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP(),
        web_url: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP()
      });
      const tokenSelfSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .object */ .Ikc({
        scopes: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP()),
        active: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .boolean */ .zMY()),
        expires_at: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP())
      });
      const triggerTokenSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .looseObject */ ._H3({
        id: id,
        token: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP(),
        description: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP()),
        created_at: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP()),
        last_used: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP()),
        expires_at: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP()),
        owner: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .looseObject */ ._H3({
          username: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP()
        }))
      });
      const traceSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP();
      /** GET /version: `{"version": "17.9.2-ee", "revision": …}`. */      const versionSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .object */ .Ikc({
        version: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .string */ .YjP()
      });
      /** Fine-grained tokens (18.10+) say `granular: true` (older GitLab leaves the field out). */      const tokenSelfGranularSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .extend */ .X$i(tokenSelfSchema, {
        granular: zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .nullable */ .mee(zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .boolean */ .zMY()))
      });
      return {
        pipelineSchema: pipelineSchema,
        jobSchema: jobSchema,
        bridgeSchema: bridgeSchema,
        lenientJobSchema: lenientJobSchema,
        lenientBridgeSchema: lenientBridgeSchema,
        projectSchema: projectSchema,
        tokenSelfSchema: tokenSelfSchema,
        triggerTokenSchema: triggerTokenSchema,
        traceSchema: traceSchema,
        versionSchema: versionSchema,
        tokenSelfGranularSchema: tokenSelfGranularSchema
      };
    }
    let built;
    const schemas = () => built ??= buildSchemas();
    const pipelineSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .lazy */ .RZV(() => schemas().pipelineSchema);
    const jobSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .lazy */ .RZV(() => schemas().jobSchema);
    const bridgeSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .lazy */ .RZV(() => schemas().bridgeSchema);
    const lenientJobSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .lazy */ .RZV(() => schemas().lenientJobSchema);
    const lenientBridgeSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .lazy */ .RZV(() => schemas().lenientBridgeSchema);
    const projectSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .lazy */ .RZV(() => schemas().projectSchema);
    zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .lazy */ .RZV(() => schemas().tokenSelfSchema);
    zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .lazy */ .RZV(() => schemas().triggerTokenSchema);
    zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .lazy */ .RZV(() => schemas().traceSchema);
    const versionSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .lazy */ .RZV(() => schemas().versionSchema);
    const tokenSelfGranularSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__ /* .lazy */ .RZV(() => schemas().tokenSelfGranularSchema);
    /***/  }),
  /***/ 8265: 
  /***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ $: () => /* binding */ isFinalStatus,
      /* harmony export */ Y: () => /* binding */ FINAL_STATUSES
      /* harmony export */    });
    /**
 * GitLab pipeline statuses (app/models/concerns/ci/has_status.rb). `manual` is not terminal in
 * GitLab, but a pipeline blocked on a manual job never moves without a person, so it ends the wait.
 */    const FINAL_STATUSES = [ "success", "failed", "canceled", "skipped", "manual" ];
    function isFinalStatus(status) {
      return FINAL_STATUSES.includes(status);
    }
    /***/  }),
  /***/ 8465: 
  /***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ X: () => /* binding */ cancelDownstream,
      /* harmony export */ q: () => /* binding */ lookAfterCancel
      /* harmony export */    });
    /* harmony import */    var _runtime_time_limit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8649);
    /* harmony import */    var _runtime_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9842);
    /* harmony import */    var _gitlab_endpoints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5661);
    /* harmony import */    var _gitlab_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2177);
    /* harmony import */    var _retry_line_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5674);
    // The runner sends SIGTERM 7.5 s after SIGINT: the cancel must be done well before that.
        const CANCEL_WITHIN_MS = 5e3;
    /**
 * Cancels the downstream pipeline; a refusal is a warning, since the step is ending anyway.
 * Returns the status GitLab answered, or undefined when the cancel failed.
 */    async function cancelDownstream(client, project, pipelineId, webUrl, log, why, {withinMs: withinMs = CANCEL_WITHIN_MS, clock: clock = _runtime_clock_js__WEBPACK_IMPORTED_MODULE_0__ /* .realClock */ .d} = {}) {
      log.info(`Cancelling pipeline #${pipelineId} (${why})…`);
      const limit = (0, _runtime_time_limit_js__WEBPACK_IMPORTED_MODULE_4__ /* .timeLimit */ .z)(withinMs);
      try {
        const pipeline = await (0, _gitlab_endpoints_js__WEBPACK_IMPORTED_MODULE_1__ /* .cancelPipeline */ .jz)(client, project, pipelineId, (0, 
        _gitlab_retry_js__WEBPACK_IMPORTED_MODULE_2__ /* .cancelPolicy */ .Ny)({
          deadline: clock.now() + withinMs,
          clock: clock,
          onRetry: (error, delayMs) => log.info((0, _retry_line_js__WEBPACK_IMPORTED_MODULE_3__ /* .retryLine */ .R)(error, delayMs)),
          // Bounds a request that hangs, not only the pauses between tries.
          signal: limit.signal
        }));
        log.info(`Pipeline #${pipelineId} is ${pipeline.status}`);
        return pipeline.status;
      } catch (error) {
        const failure = error;
        log.warning(`Could not cancel pipeline #${pipelineId}: ${failure.message.replace(/\.?$/, ".")} Cancel it by hand: ${webUrl}`, "Downstream pipeline not cancelled");
        return;
      } finally {
        limit.dispose();
      }
    }
    /**
 * One quick read of the pipeline and its jobs after a cancel, so the summary shows where the
 * cancel left them, not where they were before it. Bounded by `withinMs`; nothing is retried,
 * and whatever could not be read in time is left undefined.
 */    async function lookAfterCancel(client, project, pipelineId, withinMs) {
      if (withinMs <= 0) return {};
      const limit = (0, _runtime_time_limit_js__WEBPACK_IMPORTED_MODULE_4__ /* .timeLimit */ .z)(withinMs);
      const once = {
        retryIf: () => false,
        maxAttempts: 1,
        signal: limit.signal
      };
      try {
        const [pipeline, jobs, bridges] = await Promise.allSettled([ (0, _gitlab_endpoints_js__WEBPACK_IMPORTED_MODULE_1__ /* .getPipeline */ .B0)(client, project, pipelineId, once), (0, 
        _gitlab_endpoints_js__WEBPACK_IMPORTED_MODULE_1__ /* .listJobs */ .N6)(client, project, pipelineId, once), (0, 
        _gitlab_endpoints_js__WEBPACK_IMPORTED_MODULE_1__ /* .listBridges */ .X9)(client, project, pipelineId, once) ]);
        return {
          status: pipeline.status === "fulfilled" ? pipeline.value.status : void 0,
          jobs: jobs.status === "fulfilled" && bridges.status === "fulfilled" ? [ ...jobs.value, ...bridges.value ].sort((a, b) => a.id - b.id) : void 0
        };
      } finally {
        limit.dispose();
      }
    }
    /***/  }),
  /***/ 5674: 
  /***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ R: () => /* binding */ retryLine
      /* harmony export */    });
    /* harmony import */    var _settings_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3080);
    /** The progress line before a retry of a read or a cancel. */    function retryLine(error, delayMs) {
      return `${error.request}: ${error.gitlabMessage || error.message}; trying again in ${(0, 
      _settings_durations_js__WEBPACK_IMPORTED_MODULE_0__ /* .formatDuration */ .a)(delayMs)}`;
    }
    /***/  }),
  /***/ 9842: 
  /***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ d: () => /* binding */ realClock
      /* harmony export */    });
    const realClock = {
      now: () => Date.now(),
      sleep(ms, signal) {
        return new Promise((resolve, reject) => {
          if (signal?.aborted) return reject(signal.reason);
          const timer = setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
          }, ms);
          const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
          };
          signal?.addEventListener("abort", onAbort, {
            once: true
          });
        });
      }
    };
    /***/  }),
  /***/ 8649: 
  /***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ z: () => /* binding */ timeLimit
      /* harmony export */    });
    /**
 * A signal that aborts after `ms`, or with `parent`. Built from a plain timer rather than
 * AbortSignal.any(AbortSignal.timeout()), whose timeout can be garbage-collected on Node 20
 * and then never fires (nodejs/node#57736).
 */    function timeLimit(ms, parent) {
      const controller = new AbortController;
      const onParentAbort = () => controller.abort(parent?.reason);
      const timer = setTimeout(() => controller.abort(new Error(`time limit of ${ms} ms reached`)), ms);
      if (parent?.aborted) onParentAbort(); else parent?.addEventListener("abort", onParentAbort, {
        once: true
      });
      return {
        signal: controller.signal,
        dispose() {
          clearTimeout(timer);
          parent?.removeEventListener("abort", onParentAbort);
        }
      };
    }
    /***/  }),
  /***/ 3080: 
  /***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ E: () => /* binding */ parseDuration,
      /* harmony export */ a: () => /* binding */ formatDuration
      /* harmony export */    });
    const UNIT_MS = {
      h: 36e5,
      m: 6e4,
      s: 1e3,
      ms: 1
    };
    const DURATION = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/;
    /**
 * Parses `90` (seconds), `45s`, `30m`, `1h30m`, `500ms` into milliseconds.
 * Returns undefined for anything else, so callers can word their own error.
 */    function parseDuration(text) {
      const value = text.trim();
      if (/^\d+$/.test(value)) return Number(value) * UNIT_MS.s;
      const match = DURATION.exec(value);
      if (!match || value === "") return;
      const [, h, m, s, ms] = match;
      return Number(h ?? 0) * UNIT_MS.h + Number(m ?? 0) * UNIT_MS.m + Number(s ?? 0) * UNIT_MS.s + Number(ms ?? 0) * UNIT_MS.ms;
    }
    /** `3725000` -> `1h2m5s`: how durations are shown back to users. */    function formatDuration(ms) {
      let seconds = Math.round(ms / 1e3);
      if (seconds === 0) return ms >= 1 ? `${Math.round(ms)}ms` : "0s";
      const h = Math.floor(seconds / 3600);
      seconds -= h * 3600;
      const m = Math.floor(seconds / 60);
      seconds -= m * 60;
      return `${h ? `${h}h` : ""}${m ? `${m}m` : ""}${seconds ? `${seconds}s` : ""}`;
    }
    /***/  }),
  /***/ 7270: 
  /***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ Ww: () => /* binding */ ArtifactsLineError,
      /* harmony export */ nG: () => /* binding */ parseArtifacts,
      /* harmony export */ tl: () => /* binding */ OutputsFromLineError,
      /* harmony export */ ul: () => /* binding */ parseOutputsFrom,
      /* harmony export */ vG: () => /* binding */ resolveArtifactsRequest
      /* harmony export */    });
    /* unused harmony exports jobColonLines, archivePathProblem */    function jobColonLines(text) {
      const lines = [];
      for (const [index, raw] of text.split(/\r?\n/).entries()) {
        const line = raw.trim();
        if (line === "" || line.startsWith("#")) continue;
        const colon = line.lastIndexOf(":");
        lines.push({
          line: line,
          where: `line ${index + 1} ("${line}")`,
          job: (colon < 0 ? line : line.slice(0, colon)).trim(),
          rest: colon < 0 ? void 0 : line.slice(colon + 1).trim()
        });
      }
      return lines;
    }
    /**
 * Why a path or glob cannot name something inside an artifacts archive (relative to the project
 * directory, as in the job's `artifacts:paths`), or undefined.
 */    function archivePathProblem(path) {
      if (path.includes("\\")) return 'contains "\\": use "/" between directories';
      if (path.startsWith("/")) return "is absolute";
      if (/^[A-Za-z]:/.test(path)) return "starts with a drive letter";
      if (path.split("/").includes("..")) return 'contains ".."';
      return;
    }
    /** A line of `artifacts` (or one `--artifacts` flag) that cannot be read. */    class ArtifactsLineError extends Error {
      constructor(message) {
        super(message);
        this.name = "ArtifactsLineError";
      }
    }
    const ARTIFACTS_EXAMPLE = "e.g. build, or build:dist/** for the files under dist/";
    /**
 * Reads `JOB` or `JOB:GLOB` lines; blank lines and lines starting with `#` are skipped. A line is
 * split at its last `:`; a job whose name contains `:` is named whole with a trailing `:`
 * (`build:linux:`), or resolved against the pipeline's job names by resolveArtifactsRequest.
 */    function parseArtifacts(text) {
      const requests = [];
      const seen = new Set;
      for (const {where: where, line: line, job: job, rest: rest} of jobColonLines(text)) {
        const glob = rest ?? "";
        if (job === "") throw new ArtifactsLineError(`${where} names no job: ${ARTIFACTS_EXAMPLE}`);
        const problem = glob === "" ? void 0 : archivePathProblem(glob);
        if (problem) throw new ArtifactsLineError(`${where}: the glob ${problem}; give it relative to the project directory, as in the job's artifacts:paths, ${ARTIFACTS_EXAMPLE}`);
        if (seen.has(line)) throw new ArtifactsLineError(`${where} repeats an earlier line`);
        seen.add(line);
        requests.push({
          line: line,
          job: job,
          glob: glob === "" ? void 0 : glob
        });
      }
      return requests;
    }
    /**
 * `build:linux` is the job `build` with the glob `linux`, unless the pipeline has a job named
 * `build:linux`: then it is that job's whole archive.
 */    function resolveArtifactsRequest(request, jobNames) {
      if (request.glob !== void 0 && jobNames.has(request.line)) return {
        line: request.line,
        job: request.line,
        glob: void 0
      };
      return request;
    }
    /** A line of `outputs-from` (or one `--outputs-from` flag) that is not `JOB:PATH`. */    class OutputsFromLineError extends Error {
      constructor(message) {
        super(message);
        this.name = "OutputsFromLineError";
      }
    }
    const OUTPUTS_FROM_EXAMPLE = "e.g. deploy:deploy.env or build:dist/outputs.json";
    /** Reads `JOB:PATH` lines (jobColonLines above); a path containing `:` cannot be named. */    function parseOutputsFrom(text) {
      const requests = [];
      const seen = new Set;
      for (const {where: where, job: job, rest: path} of jobColonLines(text)) {
        if (path === void 0) throw new OutputsFromLineError(`${where} has no ":": write JOB:PATH, the job's name and the file's path in its artifacts, ${OUTPUTS_FROM_EXAMPLE}`);
        if (job === "") throw new OutputsFromLineError(`${where} names no job before ":": ${OUTPUTS_FROM_EXAMPLE}`);
        if (path === "") throw new OutputsFromLineError(`${where} names no file after ":": ${OUTPUTS_FROM_EXAMPLE}`);
        const problem = artifactPathProblem(path);
        if (problem) throw new OutputsFromLineError(`${where}: the path ${problem}; give it relative to the project directory, as in the job's artifacts:paths, ${OUTPUTS_FROM_EXAMPLE}`);
        const key = `${job}\0${path}`;
        if (seen.has(key)) throw new OutputsFromLineError(`${where} repeats an earlier line; name each file once`);
        seen.add(key);
        requests.push({
          job: job,
          path: path
        });
      }
      return requests;
    }
    /** Why a path cannot name a file inside an artifacts archive, or undefined. */    function artifactPathProblem(path) {
      const problem = archivePathProblem(path);
      if (problem) return problem;
      if (path.endsWith("/")) return "names a directory, not a file";
      if (path.split("/").some(segment => segment === "" || segment === ".")) return 'contains an empty or "." segment';
      // eslint-disable-next-line no-control-regex
            if (/[\u0000-\u001f\u007f]/.test(path)) return "contains a control character";
      return;
    }
    /***/  }),
  /***/ 9063: 
  /***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // EXPORTS
    __webpack_require__.d(__webpack_exports__, {
      eG: () => /* binding */ EnvironmentError,
      WJ: () => /* binding */ INPUT_DEFAULTS,
      dz: () => /* binding */ InputError,
      P$: () => /* binding */ parseSettings,
      TB: () => /* binding */ requestTimeoutFrom
    });
    // UNUSED EXPORTS: REQUEST_TIMEOUT_ENV
    // EXTERNAL MODULE: ./src/settings/durations.ts
        var durations = __webpack_require__(3080);
    // EXTERNAL MODULE: ./src/gitlab/statuses.ts
        var statuses = __webpack_require__(8265);
    // EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
        var core = __webpack_require__(8532);
    // EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js + 8 modules
        var schemas = __webpack_require__(4539);
    // CONCATENATED MODULE: ./src/settings/fields.ts
    const fail = (ctx, message) => {
      ctx.issues.push({
        code: "custom",
        message: message,
        input: ctx.value
      });
      return core /* NEVER */ .tm;
    };
    const input = parse => schemas /* pipe */ .FsL(schemas /* string */ .YjP(), schemas /* transform */ .pdi(parse));
    // CONCATENATED MODULE: ./src/settings/pipeline-values.ts
    const VARIABLE_KEY = /^[A-Za-z0-9_]+$/;
    const INPUT_NAME = /^[A-Za-z0-9_-]+$/;
    // GitLab accepts at most 20 inputs per pipeline (doc/ci/inputs).
        /** `KEY=VALUE` lines or one JSON object of strings. */
    const variables = input((text, ctx) => {
      const value = text.trim();
      if (value === "") return {};
      const entries = value.startsWith("{") || value.startsWith("[") ? variablesFromJson(value, ctx) : variablesFromLines(value, ctx);
      if (!entries) return core /* NEVER */ .tm;
      const result = {};
      for (const [key, val] of entries) {
        if (!VARIABLE_KEY.test(key)) return fail(ctx, `"${key}" is not a valid variable key: use letters, digits and _ only. Example: DEPLOY_ENV=staging`);
        if (key === "TRIGGER_PAYLOAD") return fail(ctx, "TRIGGER_PAYLOAD is set by GitLab itself for triggered pipelines; choose another name");
        if (Object.hasOwn(result, key)) return fail(ctx, `"${key}" is set twice; set each variable once`);
        defineEntry(result, key, val);
      }
      return result;
    });
    function variablesFromJson(text, ctx) {
      const parsed = parseJsonObject(text, ctx, '{"DEPLOY_ENV": "staging"}');
      if (!parsed) return;
      for (const [key, val] of Object.entries(parsed)) if (typeof val !== "string") {
        fail(ctx, `the value of "${key}" is ${describeJsonType(val)}; GitLab CI/CD variables are strings. Quote it: {"${key}": "${String(JSON.stringify(val))}"}`);
        return;
      }
      return Object.entries(parsed);
    }
    function variablesFromLines(text, ctx) {
      const entries = [];
      for (const [index, line] of text.split(/\r?\n/).entries()) {
        const trimmed = line.trim();
        if (trimmed === "" || trimmed.startsWith("#")) continue;
        const equals = trimmed.indexOf("=");
        if (equals <= 0) {
          fail(ctx, `line ${index + 1} has no KEY=VALUE: write one variable per line, e.g. DEPLOY_ENV=staging, or give one JSON object`);
          return;
        }
        entries.push([ trimmed.slice(0, equals).trim(), trimmed.slice(equals + 1).trim() ]);
      }
      return entries;
    }
    /**
 * Pipeline inputs keep JSON types: a JSON object, or `name=value` lines (see `lineValue` for how a
 * line's value is typed). Nothing is ever rounded or turned into null on the way to GitLab.
 */    const inputs = input((text, ctx) => {
      const value = text.trim();
      if (value === "") return {};
      let entries;
      if (value.startsWith("{") || value.startsWith("[")) {
        const parsed = parseJsonObject(value, ctx, '{"environment": "staging", "replicas": 3}');
        if (!parsed) return core /* NEVER */ .tm;
        const inexact = inexactNumberIn(value);
        if (inexact !== void 0) return fail(ctx, inexactMessage(inexact));
        entries = Object.entries(parsed);
      } else {
        entries = [];
        for (const [index, line] of value.split(/\r?\n/).entries()) {
          const trimmed = line.trim();
          if (trimmed === "" || trimmed.startsWith("#")) continue;
          const equals = trimmed.indexOf("=");
          if (equals <= 0) return fail(ctx, `line ${index + 1} has no name=value: write one input per line, e.g. replicas=3, or give one JSON object`);
          const name = trimmed.slice(0, equals).trim();
          const typed = lineValue(trimmed.slice(equals + 1).trim());
          if ("inexact" in typed) return fail(ctx, `${name}: ${inexactMessage(typed.inexact)}`);
          entries.push([ name, typed.value ]);
        }
      }
      const result = {};
      for (const [name, val] of entries) {
        if (!INPUT_NAME.test(name)) return fail(ctx, `"${name}" is not a valid input name: use letters, digits, _ and - only. Example: environment=staging`);
        if (Object.hasOwn(result, name)) return fail(ctx, `"${name}" is set twice; set each input once`);
        if (!(typeof val === "string" || typeof val === "number" || typeof val === "boolean" || Array.isArray(val))) return fail(ctx, `the value of "${name}" is ${describeJsonType(val)}; pipeline inputs are strings, numbers, booleans or arrays`);
        defineEntry(result, name, val);
      }
      if (Object.keys(result).length > 20) return fail(ctx, `has ${Object.keys(result).length} inputs; GitLab accepts at most 20 per pipeline`);
      return result;
    });
    /**
 * The value of a `name=value` line, typed only where the text says so exactly:
 * - a number only when the text is that number's own spelling (`3`, `2.5`, `-1`): `007`, `1e3`,
 *   `41e50312` (a short SHA), `2.50` and `12345678901234567890` stay the strings given;
 * - `true` and `false` are booleans;
 * - `[...]`, `{...}`, `"..."` and `null` are read as JSON (numbers in them must be exact, as in
 *   the JSON form); `"3"` is how to pass text that looks like a number; objects and null are then
 *   refused, as in the JSON form;
 * - anything else is the string given.
 */    function lineValue(text) {
      if (CANONICAL_NUMBER.test(text) && String(Number(text)) === text) return {
        value: Number(text)
      };
      if (text === "true" || text === "false") return {
        value: text === "true"
      };
      if (text === "null" || /^\[[\s\S]*\]$|^\{[\s\S]*\}$|^"[\s\S]*"$/.test(text)) {
        let parsed;
        try {
          parsed = JSON.parse(text);
        } catch {
          return {
            value: text
          };
        }
        const inexact = inexactNumberIn(text);
        return inexact === void 0 ? {
          value: parsed
        } : {
          inexact: inexact
        };
      }
      return {
        value: text
      };
    }
    const CANONICAL_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;
    /**
 * The first number literal in JSON text that a JavaScript number cannot carry exactly: an integer
 * beyond 2^53 (it would be rounded) or a value too large for a double (it would become null).
 */    function inexactNumberIn(json) {
      for (const [literal] of json.matchAll(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g)) {
        if (literal.startsWith('"')) continue;
        const number = Number(literal);
        if (!Number.isFinite(number)) return literal;
        if (/^-?\d+$/.test(literal) && !Number.isSafeInteger(number)) return literal;
      }
      return;
    }
    function inexactMessage(literal) {
      const shown = literal.length > 40 ? `${literal.slice(0, 40)}…` : literal;
      return `the number ${shown} cannot be sent exactly (integers beyond 2^53 would be rounded, values beyond about 1.8e308 lost); quote it to send it as a string, e.g. "${shown}"`;
    }
    /** Sets an own property, even for names like __proto__ that plain assignment would not. */    function defineEntry(target, key, value) {
      Object.defineProperty(target, key, {
        value: value,
        enumerable: true,
        writable: true,
        configurable: true
      });
    }
    function parseJsonObject(text, ctx, example) {
      let parsed;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        fail(ctx, `is not valid JSON (${error.message}). Example: ${example}`);
        return;
      }
      if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
        fail(ctx, `must be a JSON object, got ${describeJsonType(parsed)}. Example: ${example}`);
        return;
      }
      return parsed;
    }
    function describeJsonType(value) {
      if (value === null) return "null";
      if (Array.isArray(value)) return "an array";
      if (typeof value === "object") return "an object";
      return "a " + typeof value;
    }
    // EXTERNAL MODULE: external "node:path"
        var external_node_path_ = __webpack_require__(6760);
    // EXTERNAL MODULE: ./src/settings/job-colon-lines.ts
        var job_colon_lines = __webpack_require__(7270);
    // CONCATENATED MODULE: ./src/settings/results-inputs.ts
    // The inputs that bring results back from the pipeline and take control of it: outputs-from,
    // artifacts, artifacts-dir, pipeline-id, play-manual, on-rerun (docs/contract.md, section 1).
    const RESULTS_INPUT_DEFAULTS = {
      "outputs-from": "",
      artifacts: "",
      "artifacts-dir": "gitlab-artifacts",
      "pipeline-id": "",
      "play-manual": "",
      "on-rerun": "reuse"
    };
    const outputsFrom = input((text, ctx) => {
      try {
        return (0, job_colon_lines /* parseOutputsFrom */ .ul)(text);
      } catch (error) {
        if (error instanceof job_colon_lines /* OutputsFromLineError */ .tl) return fail(ctx, error.message);
        throw error;
      }
    });
    const artifacts = input((text, ctx) => {
      try {
        return (0, job_colon_lines /* parseArtifacts */ .nG)(text);
      } catch (error) {
        if (error instanceof job_colon_lines /* ArtifactsLineError */ .Ww) return fail(ctx, error.message);
        throw error;
      }
    });
    const artifactsDir = input((text, ctx) => {
      const value = text.trim() || RESULTS_INPUT_DEFAULTS["artifacts-dir"];
      if (external_node_path_.isAbsolute(value) || /^[A-Za-z]:/.test(value)) return fail(ctx, `"${value}" is absolute; give a directory relative to the workspace, e.g. gitlab-artifacts`);
      if (value.split(/[\\/]/).includes("..")) return fail(ctx, `"${value}" contains ".."; give a directory inside the workspace, e.g. gitlab-artifacts`);
      return value;
    });
    const pipelineId = input((text, ctx) => {
      const value = text.trim();
      if (value === "") return;
      if (!/^[1-9]\d{0,15}$/.test(value)) return fail(ctx, `"${value}" is not a pipeline id: give the numeric id from the pipeline's URL (…/-/pipelines/1234), e.g. 1234`);
      return Number(value);
    });
    const playManual = input((text, ctx) => {
      const names = text.split(/[,\n]/).map(name => name.trim()).filter(Boolean);
      if (names.includes("*") && names.length > 1) return fail(ctx, '"*" plays every blocking manual job: give it alone, or list names, e.g. deploy-prod');
      return [ ...new Set(names) ];
    });
    const onRerun = input((text, ctx) => {
      const value = (text.trim() || RESULTS_INPUT_DEFAULTS["on-rerun"]).toLowerCase();
      if (value === "reuse" || value === "new") return value;
      return fail(ctx, `must be reuse or new, got "${value}"`);
    });
    // CONCATENATED MODULE: ./src/settings/settings.ts
    /** Every setting, named as the action input; the CLI maps its flags onto the same names. */
    const INPUT_DEFAULTS = {
      "gitlab-url": "https://gitlab.com",
      project: "",
      ref: "",
      "trigger-token": "",
      variables: "",
      inputs: "",
      wait: "false",
      "api-token": "",
      timeout: "1h",
      "poll-interval": "15s",
      "accept-statuses": "success",
      "cancel-on-timeout": "true",
      "cancel-on-abort": "true",
      "job-logs": "failed",
      summary: "true",
      ...RESULTS_INPUT_DEFAULTS,
      "follow-downstream": "true"
    };
    /** All that is wrong with the inputs, each naming its input; thrown before any request. */    class InputError extends Error {
      issues;
      constructor(issues) {
        super(issues.map(issue => `${issue.input}: ${issue.message}`).join("\n"));
        this.issues = issues;
        this.name = "InputError";
      }
    }
    const PATH_SEGMENT = /^[A-Za-z0-9_.][A-Za-z0-9_.-]*$/;
    // Never shows the value: it is a secret.
        const TOKEN_WITH_WHITESPACE = "contains whitespace or a line break; copy the token again without surrounding text (its value is not shown)";
    const gitlabUrl = input((text, ctx) => {
      const value = text.trim() || INPUT_DEFAULTS["gitlab-url"];
      let url;
      try {
        url = new URL(value);
      } catch {
        return fail(ctx, `"${value}" is not a URL. Use the address of the GitLab instance, e.g. https://gitlab.example.com`);
      }
      if (url.protocol !== "https:" && url.protocol !== "http:") return fail(ctx, `must start with https:// or http://, got "${url.protocol}". Example: https://gitlab.example.com`);
      if (url.username || url.password) return fail(ctx, "must not contain credentials; pass tokens in trigger-token and api-token instead. Example: https://gitlab.example.com");
      if (url.search || url.hash) return fail(ctx, "must not contain a query string or fragment. Example: https://example.com/gitlab");
      // Users often paste the API root; the API is always <gitlab-url>/api/v4.
            const path = url.pathname.replace(/\/+$/, "").replace(/\/api\/v4$/, "");
      return `${url.origin}${path}`;
    });
    const project = input((text, ctx) => {
      let value = text.trim();
      if (value === "") return fail(ctx, "is required: the numeric project id (e.g. 4242) or its full path (e.g. my-group/my-project)");
      if (/^\d+$/.test(value)) return value;
      if (/^https?:\/\//i.test(value)) return fail(ctx, `must be the project id or path, not a URL: for "${value}" use the part after the host, e.g. my-group/my-project`);
      // Accept a path that is already URL-encoded (group%2Fproject) so it is not encoded twice.
            if (/%2f/i.test(value)) try {
        value = decodeURIComponent(value);
      } catch {
        return fail(ctx, `"${value}" is not a valid URL-encoded path. Example: my-group/my-project`);
      }
      value = value.replace(/^\/+|\/+$/g, "");
      const segments = value.split("/");
      if (/\s/.test(value)) return fail(ctx, `"${value}" contains spaces; GitLab paths never do. Use the path from the project's URL (e.g. my-group/my-project), not its display name`);
      if (segments.length < 2 || !segments.every(segment => PATH_SEGMENT.test(segment))) return fail(ctx, `"${value}" is not a project id or full path. Examples: 4242, my-group/my-project, my-group/sub-group/my-project`);
      return value;
    });
    const ref = input((text, ctx) => {
      const value = text.trim();
      if (value === "") return fail(ctx, "is required: the branch or tag to run the pipeline on, e.g. main or v1.2.0");
      // eslint-disable-next-line no-control-regex -- control characters are what is rejected
            if (/[\s\x00-\x1f\x7f]/.test(value)) return fail(ctx, `"${value}" contains whitespace; a branch or tag name never does. Example: main`);
      return value;
    });
    const triggerToken = input((text, ctx) => {
      const value = text.trim();
      if (value === "") return fail(ctx, "is empty. If it comes from a secret, the secret is not available to this run: workflows started by pull requests from forks get no secrets. Otherwise set it, e.g. trigger-token: ${{ secrets.GITLAB_TRIGGER_TOKEN }}");
      if (/\s/.test(value)) return fail(ctx, TOKEN_WITH_WHITESPACE);
      if (value.startsWith("glpat-")) return fail(ctx, "is a personal access token (glpat-…), but the trigger API needs a pipeline trigger token (glptt-…) from Settings > CI/CD > Pipeline trigger tokens. Pass access tokens as api-token");
      return value;
    });
    const apiToken = input((text, ctx) => {
      const value = text.trim();
      if (value === "") return;
      if (/\s/.test(value)) return fail(ctx, TOKEN_WITH_WHITESPACE);
      if (value.startsWith("glptt-")) return fail(ctx, "is a pipeline trigger token (glptt-…), which cannot read pipelines. Use a personal, project or group access token with the read_api scope (api to cancel)");
      return value;
    });
    function booleanInput(name) {
      return input((text, ctx) => {
        const value = text.trim() || INPUT_DEFAULTS[name];
        // The YAML 1.2 core schema, as @actions/core getBooleanInput accepts.
                if ([ "true", "True", "TRUE" ].includes(value)) return true;
        if ([ "false", "False", "FALSE" ].includes(value)) return false;
        return fail(ctx, `must be true or false, got "${value}"`);
      });
    }
    function durationInput(name, minimumMs, maximumMs, example) {
      return input((text, ctx) => {
        const value = text.trim() || INPUT_DEFAULTS[name];
        const ms = (0, durations /* parseDuration */ .E)(value);
        if (ms === void 0) return fail(ctx, `"${value}" is not a duration. Use seconds (90) or units h, m, s: ${example}`);
        if (ms < minimumMs) return fail(ctx, `must be at least ${minimumMs / 1e3}s, got "${value}". Example: ${example}`);
        if (ms > maximumMs) return fail(ctx, `must be at most ${(0, durations /* formatDuration */ .a)(maximumMs)}, got "${value}". Example: ${example}`);
        return ms;
      });
    }
    const acceptStatuses = input((text, ctx) => {
      const names = (text.trim() || INPUT_DEFAULTS["accept-statuses"]).split(",").map(name => name.trim().toLowerCase()).filter(Boolean);
      const unknown = names.filter(name => !statuses /* FINAL_STATUSES */ .Y.includes(name));
      if (unknown.length > 0 || names.length === 0) {
        const hint = unknown.includes("cancelled") ? ' (GitLab spells it "canceled")' : "";
        return fail(ctx, `unknown status "${unknown.join(", ")}"${hint}. Known final statuses: ${statuses /* FINAL_STATUSES */ .Y.join(", ")}. Example: success,manual`);
      }
      return [ ...new Set(names) ];
    });
    const jobLogs = input((text, ctx) => {
      const value = (text.trim() || INPUT_DEFAULTS["job-logs"]).toLowerCase();
      if (value === "none" || value === "failed" || value === "all" || value === "live") return value;
      return fail(ctx, `must be none, failed, all or live, got "${value}"`);
    });
    const SCHEMAS = {
      "gitlab-url": gitlabUrl,
      project: project,
      ref: ref,
      "trigger-token": triggerToken,
      variables: variables,
      inputs: inputs,
      wait: booleanInput("wait"),
      "api-token": apiToken,
      // 20 days: longer than any GitHub job may run, and within what Node's timers can count.
      timeout: durationInput("timeout", 1e3, 1728e6, "45s, 30m, 1h30m"),
      "poll-interval": durationInput("poll-interval", 1e3, 36e5, "10s, 1m"),
      "accept-statuses": acceptStatuses,
      "cancel-on-timeout": booleanInput("cancel-on-timeout"),
      "cancel-on-abort": booleanInput("cancel-on-abort"),
      "job-logs": jobLogs,
      summary: booleanInput("summary"),
      "outputs-from": outputsFrom,
      artifacts: artifacts,
      "artifacts-dir": artifactsDir,
      "pipeline-id": pipelineId,
      "play-manual": playManual,
      "on-rerun": onRerun,
      "follow-downstream": booleanInput("follow-downstream")
    };
    /** Validates every input at once, so one run reports every mistake; throws InputError. */    function parseSettings(raw, only = Object.keys(SCHEMAS)) {
      const issues = [];
      const parsed = {};
      for (const name of Object.keys(SCHEMAS)) {
        const checked = only.includes(name);
        const result = SCHEMAS[name].safeParse(checked ? raw[name] ?? "" : INPUT_DEFAULTS[name]);
        if (result.success) parsed[name] = result.data; else if (checked) issues.push(...result.error.issues.map(issue => ({
          input: name,
          message: issue.message
        })));
      }
      const settings = parsed;
      const attach = settings["pipeline-id"] !== void 0;
      // Following an existing pipeline triggers nothing: no trigger token, no ref, always a wait.
            if (attach) {
        settings.wait = true;
        for (let i = issues.length - 1; i >= 0; i--) if (issues[i].input === "ref" || issues[i].input === "trigger-token") issues.splice(i, 1);
      }
      issues.push(...resultsIssues(settings));
      if ((settings.wait || attach) && !settings["api-token"] && !issues.some(issue => issue.input === "api-token")) issues.push({
        input: "api-token",
        message: attach ? "is required with pipeline-id: following a pipeline reads it. Use an access token with read_api (api to cancel or play), e.g. api-token: ${{ secrets.GITLAB_API_TOKEN }}" : "is required with wait: true; a trigger token cannot read pipelines. Use an access token with read_api (api to cancel), e.g. api-token: ${{ secrets.GITLAB_API_TOKEN }}"
      });
      if (issues.length > 0) throw new InputError(issues);
      return {
        gitlabUrl: settings["gitlab-url"],
        project: settings.project,
        ref: settings.ref ?? "",
        triggerToken: settings["trigger-token"] ?? "",
        variables: settings.variables,
        inputs: settings.inputs,
        wait: settings.wait,
        apiToken: settings["api-token"],
        timeoutMs: settings.timeout,
        pollIntervalMs: settings["poll-interval"],
        acceptStatuses: settings["accept-statuses"],
        cancelOnTimeout: settings["cancel-on-timeout"],
        cancelOnAbort: settings["cancel-on-abort"],
        jobLogs: settings["job-logs"],
        summary: settings.summary,
        outputsFrom: settings["outputs-from"],
        artifacts: settings.artifacts,
        artifactsDir: settings["artifacts-dir"],
        ...attach ? {
          pipelineId: settings["pipeline-id"]
        } : {},
        playManual: settings["play-manual"],
        onRerun: settings["on-rerun"],
        followDownstream: settings["follow-downstream"]
      };
    }
    /** outputs-from, artifacts and play-manual act on a pipeline the run follows: they need a wait. */    function resultsIssues(settings) {
      if (settings.wait) return [];
      const needWait = [ "outputs-from", "artifacts", "play-manual" ].filter(name => (settings[name]?.length ?? 0) > 0);
      return needWait.map(name => ({
        input: name,
        message: "acts on the pipeline once it runs or ends, so it needs wait: true (and an api-token), or pipeline-id"
      }));
    }
    /** Seconds one GitLab request may take, for slow instances; 30 s when unset. */    const REQUEST_TIMEOUT_ENV = "GITLAB_REQUEST_TIMEOUT";
    /** An environment variable the tool reads holds something it cannot use; thrown before any request. */    class EnvironmentError extends Error {
      variable;
      constructor(variable, message) {
        super(message);
        this.variable = variable;
        this.name = "EnvironmentError";
      }
    }
    /**
 * GITLAB_REQUEST_TIMEOUT in milliseconds, or undefined when unset or empty (the client's 30 s).
 * A value that is not a positive number of seconds is an error, not a silent 30 s.
 */    function requestTimeoutFrom(env) {
      const text = env[REQUEST_TIMEOUT_ENV]?.trim();
      if (!text) return;
      const seconds = Number(text);
      if (!Number.isFinite(seconds) || seconds <= 0) throw new EnvironmentError(REQUEST_TIMEOUT_ENV, `${REQUEST_TIMEOUT_ENV} is "${text}", which is not a positive number of seconds; set e.g. ${REQUEST_TIMEOUT_ENV}=60, or leave it unset for 30 s`);
      return seconds * 1e3;
    }
    /***/  }),
  /***/ 7916: 
  /***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ UJ: () => /* binding */ inertText,
      /* harmony export */ f4: () => /* binding */ inertOneLine,
      /* harmony export */ iQ: () => /* binding */ markdownLink,
      /* harmony export */ p7: () => /* binding */ markdownText
      /* harmony export */    });
    /* unused harmony exports LINE_BREAK_MARK, runnerLines, inertLine, withoutTerminalControls, inertJson, colourWanted */
    /**
 * Text from the far side (GitLab, the proxies in front of it) on its way into the runner's log, a
 * terminal or the job summary. Job and stage names, refs, failure reasons, error bodies and job
 * logs are written by whoever can push a `.gitlab-ci.yml` or run a proxy; here they lose any
 * power to act.
 *
 * The runner (actions/runner, OutputManager.cs and ActionCommand.cs) reads each line of a step's
 * output, split at `\n`, `\r` or `\r\n`, and runs:
 * - `::name props::data` when the line, after leading white space, starts with `::`;
 * - the legacy `##[name props]data` anywhere in the line;
 * - after `::stop-commands::TOKEN`, nothing until `::TOKEN::` (or `##[TOKEN]`).
 * It finds `::` and `##[` with .NET's culture-sensitive `IndexOf`/`StartsWith`, which under ICU
 * skips characters that weigh nothing in collation (zero-width spaces, joiners, soft hyphens,
 * most controls), so `:\u200B:` counts as `::`. The breaks below are therefore a plain space,
 * which always weighs something, and the patterns allow those characters in between.
 */
    // Characters ICU collation may ignore: controls, format characters (U+200B, U+2060, U+00AD,
    // U+FEFF, bidi marks) and combining marks (U+034F, variation selectors). Over-matching only
    // inserts one more space.
        const WEIGHTLESS = String.raw`[\p{Cc}\p{Cf}\p{Mn}\p{Me}]`;
    // What the runner's TrimStart() drops (Unicode White_Space), plus the weightless ones.
        const LEADING = String.raw`[\p{White_Space}\p{Cc}\p{Cf}\p{Mn}\p{Me}]*`;
    const LINE_BREAK = /\r\n|\r|\n/;
    /** `::` at the start of a line, as the runner finds it. */    const COMMAND_AT_START = new RegExp(String.raw`^(${LEADING}:${WEIGHTLESS}*)(:)`, "u");
    /** `##[` anywhere, as the runner finds it. */    const LEGACY_COMMAND = new RegExp(String.raw`(#${WEIGHTLESS}*#${WEIGHTLESS}*)(\[)`, "gu");
    /** What replaces a line break in text meant to stay on one line. */    const LINE_BREAK_MARK = " ⏎ ";
    /** The lines the runner would see in `text`. */    function runnerLines(text) {
      return text.split(LINE_BREAK);
    }
    /**
 * One line that runs no workflow command: a space breaks a leading `::` (`: :`) and every `##[`
 * (`## [`). Everything else is kept, so the text still reads as GitLab wrote it.
 */    function inertLine(line) {
      return line.replace(COMMAND_AT_START, "$1 $2").replace(LEGACY_COMMAND, "$1 $2");
    }
    /** Text meant to stay on one line: line breaks become a visible mark, then made inert. */    function inertOneLine(text) {
      return inertLine(text.replace(/(?:\r\n|\r|\n)+$/, "").replace(/\r\n|\r|\n/g, LINE_BREAK_MARK));
    }
    /** Text of several lines (a job log, a long message): each line made inert, breaks as `\n`. */    function inertText(text) {
      return runnerLines(text).map(inertLine).join("\n");
    }
    // One pass over: OSC/DCS/SOS/PM/APC strings (to BEL or ST), CSI sequences (ESC [ or U+009B,
    // parameters, intermediates, final byte: SGR colour ends in `m`), other escapes, and lone C0/C1
    // controls but tab and line feed. One pass, so removing one sequence cannot form another.
        new RegExp([ String.raw`(?:\x1b[\]P^_X]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?`, String.raw`(?:\x1b\[|\x9b)([0-?]*)([ -/]*)([@-~])`, String.raw`\x1b[ -/]*[0-~]`, String.raw`[\x00-\x08\x0b-\x1f\x7f-\x9f]` ].join("|"), "g");
    /**
 * Text for a terminal that cannot move the cursor, retitle the window, write hyperlinks or the
 * clipboard, or ring the bell: escape sequences are dropped (SGR colour kept when `keepColour`),
 * other controls become `\uFFFD`. Tabs and line feeds stay; `\r` should already be a line break.
 */    
    // The longest far-side text one summary cell shows: GitLab's own limit for job names is 255.
    const MAX_CELL_CHARACTERS = 255;
    /**
 * GitLab's text as literal text in GitHub-flavoured Markdown, in a table cell or a line: every
 * ASCII punctuation character is backslash-escaped (CommonMark allows it for all of them, and the
 * table parser honours `\|`), `<`, `>` and `&` become entities, so no tag, link, image, emphasis,
 * code span or math starts; line breaks become spaces, and a very long text is cut.
 * Not for code spans: a backslash does not escape there.
 */    function markdownText(text) {
      const characters = Array.from(text.replace(/[\r\n]+/g, " "));
      const shown = characters.length > MAX_CELL_CHARACTERS ? `${characters.slice(0, MAX_CELL_CHARACTERS - 1).join("")}…` : characters.join("");
      return shown.replace(/[!-/:-@[-`{-~]/g, char => char === "<" ? "&lt;" : char === ">" ? "&gt;" : char === "&" ? "&amp;" : `\\${char}`).replace(/[\p{Cc}]/gu, "�");
    }
    // Longer URLs are shown as text: no GitLab page has one, and each costs summary bytes.
        const MAX_URL_LENGTH = 2048;
    /**
 * `[text](url)` for an http(s) URL from GitLab, the URL normalised and percent-encoded where it
 * could end the link or the table cell (`()[]<>|` and the like); just the text for anything else.
 * `text` is ours (not escaped here).
 */    function markdownLink(text, url) {
      let parsed;
      try {
        parsed = new URL(url);
      } catch {
        return text;
      }
      if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return text;
      const href = parsed.href.replace(/[()[\]<>|`\\"' ]/g, char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`).replace(/&/g, "&amp;");
      return href.length > MAX_URL_LENGTH ? text : `[${text}](${href})`;
    }
    /***/  })
};