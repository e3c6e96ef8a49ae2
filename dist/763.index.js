"use strict";

exports.id = 763;

exports.ids = [ 763 ];

exports.modules = {
  /***/ 8763: 
  /***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // ESM COMPAT FLAG
    __webpack_require__.r(__webpack_exports__);
    // EXPORTS
        __webpack_require__.d(__webpack_exports__, {
      run: () => /* binding */ run
    });
    // EXTERNAL MODULE: ./src/action/log.ts + 1 modules
        var action_log = __webpack_require__(8864);
    // EXTERNAL MODULE: ./src/action/inputs.ts
        var inputs = __webpack_require__(1729);
    // CONCATENATED MODULE: ./src/run/run-result.ts
    /** What a later step or script needs of each job (the `jobs` output, `--json`), in id order. */
    function jobEssentials(jobs) {
      return [ ...jobs ].sort((a, b) => a.id - b.id).map(({id: id, name: name, stage: stage, status: status, web_url: web_url, duration: duration, allow_failure: allow_failure, pipeline_id: pipeline_id}) => ({
        id: id,
        name: name,
        stage: stage,
        status: status,
        web_url: web_url,
        duration: duration,
        allow_failure: allow_failure,
        pipeline_id: pipeline_id ?? null
      }));
    }
    /** What a later step needs of each followed pipeline (the `pipelines` output, `--json`). */    function pipelineEssentials(pipelines = []) {
      return pipelines.map(({id: id, project_id: project_id, web_url: web_url, status: status, parent_id: parent_id}) => ({
        id: id,
        project_id: project_id,
        web_url: web_url,
        status: status,
        parent_id: parent_id
      }));
    }
    // CONCATENATED MODULE: ./src/action/outputs.ts
    /** Set as soon as GitLab created the pipeline, so a step killed later still has them. */
    function creationOutputs(pipeline) {
      return {
        "pipeline-id": pipeline.id,
        "pipeline-iid": pipeline.iid,
        "web-url": pipeline.web_url,
        "project-id": pipeline.project_id,
        sha: pipeline.sha,
        ref: pipeline.ref,
        status: pipeline.status
      };
    }
    /** Set when the wait reached its end (a final status or the timeout); none otherwise. */    function finalOutputs(result) {
      if (result.finalStatus === void 0) return {};
      const outputs = {
        status: result.finalStatus,
        duration: result.duration ?? "",
        jobs: JSON.stringify(jobEssentials(result.jobs)),
        pipelines: JSON.stringify(pipelineEssentials(result.pipelines))
      };
      if (result.jobOutputs !== void 0) outputs["job-outputs"] = JSON.stringify(result.jobOutputs);
      if (result.artifactsDir !== void 0) outputs["artifacts-dir"] = result.artifactsDir;
      return outputs;
    }
    /**
 * outputs-from: one output per key, except keys that would stand for the action's own outputs
 * (GitHub compares output names without regard to case).
 */    function keyOutputs(result) {
      const clashes = new Set((result.outputClashes ?? []).map(key => key.toLowerCase()));
      const outputs = {};
      for (const [key, value] of Object.entries(result.jobOutputs ?? {})) if (!clashes.has(key.toLowerCase())) Object.defineProperty(outputs, key, {
        value: value,
        enumerable: true,
        writable: true
      });
      return outputs;
    }
    // EXTERNAL MODULE: ./src/action/state.ts
        var action_state = __webpack_require__(3175);
    // CONCATENATED MODULE: ./src/action/runner-files.ts
    /**
 * The runner's files: step outputs (GITHUB_OUTPUT), post-step state (GITHUB_STATE) and the job
 * summary (GITHUB_STEP_SUMMARY), written through @actions/core. Core is loaded on first use,
 * which comes after the trigger request.
 */
    class RunnerFiles {
      log;
      core;
      unwritable=new Set;
      constructor(log) {
        this.log = log;
      }
      // A runner file that cannot be written (full disk, no permission, a missing directory) is a
      // warning, once per file: the pipeline was created and the wait must go on to its real end.
      async setOutputs(outputs) {
        const core = await this.loadCore();
        for (const [name, value] of Object.entries(outputs)) this.tryWrite("GITHUB_OUTPUT", `the output ${name}`, () => core.setOutput(name, String(value)));
      }
      async saveState(state) {
        const core = await this.loadCore();
        for (const [key, value] of Object.entries(state)) this.tryWrite("GITHUB_STATE", `the state ${action_state /* STATE_KEYS */ .LU[key]}`, () => core.saveState(action_state /* STATE_KEYS */ .LU[key], value));
      }
      async writeSummary(markdown) {
        if (!process.env.GITHUB_STEP_SUMMARY) return;
        const core = await this.loadCore();
        try {
          await core.summary.addRaw(markdown, true).write();
        } catch (error) {
          core.summary.emptyBuffer();
          this.writeFailed("GITHUB_STEP_SUMMARY", "the job summary", error);
        }
      }
      tryWrite(file, what, write) {
        try {
          write();
        } catch (error) {
          this.writeFailed(file, what, error);
        }
      }
      writeFailed(file, what, error) {
        if (this.unwritable.has(file)) return;
        this.unwritable.add(file);
        const reason = error instanceof Error ? error.message : String(error);
        this.log.warning(`Could not write ${what} to ${file} (${process.env[file] ?? "not set"}): ${reason}. Later writes to it may fail too; the step goes on.`, `${file} not written`);
      }
      loadCore() {
        this.core ??= Promise.all(/* import() */ [ __webpack_require__.e(779), __webpack_require__.e(143) ]).then(__webpack_require__.bind(__webpack_require__, 143));
        return this.core;
      }
    }
    // EXTERNAL MODULE: ./src/settings/durations.ts
        var durations = __webpack_require__(3080);
    // EXTERNAL MODULE: ./src/text/far-side.ts
        var far_side = __webpack_require__(7916);
    // CONCATENATED MODULE: ./src/action/summary.ts
    const ICONS = {
      success: "✅",
      failed: "❌",
      canceled: "⏹️",
      canceling: "⏹️",
      skipped: "⏭️",
      manual: "⏸️",
      scheduled: "🕒",
      running: "🔄",
      pending: "⏳",
      created: "🆕",
      waiting_for_resource: "⏳",
      preparing: "⏳",
      timeout: "⌛"
    };
    /** A status with its icon, as Markdown text (GitLab may send a status this tool does not know). */    function statusWithIcon(status, allowFailure = false) {
      if (status === "failed" && allowFailure) return "⚠️ failed (allowed)";
      return `${ICONS[status] ?? "•"} ${(0, far_side /* markdownText */ .p7)(status)}`;
    }
    /**
 * The runner refuses a step summary over 1 MiB (actions/runner FileCommandManager.cs,
 * AttachmentSizeLimit). Rows are added while the whole stays under this many bytes, which leaves
 * room for the closing line and for the runner's own masking.
 */    const SUMMARY_BUDGET_BYTES = 1024e3;
    /**
 * The job summary: the pipeline, its status, and its jobs grouped by stage. Every text from GitLab
 * is shown as text (text/far-side.ts); past the byte budget the table ends with the number of
 * jobs left out and a link to the pipeline.
 */    function summaryMarkdown({pipeline: pipeline, status: status, projectPath: projectPath, jobs: jobs, bridges: bridges, aftermath: aftermath, pipelines: pipelines = [], now: now = Date.now()}) {
      const duration = pipeline.duration === null ? "" : ` · ${(0, durations /* formatDuration */ .a)(pipeline.duration * 1e3)}`;
      const head = [ ...heading(pipeline, status, projectPath, duration), "" ];
      if (aftermath) head.push(aftermath, "");
      const all = [ ...jobs, ...bridges ].sort((a, b) => a.id - b.id);
      if (all.length === 0) return [ ...head, "_No jobs._", "" ].join("\n");
      head.push("| Stage | Job | Status | Duration | |", "| --- | --- | --- | --- | --- |");
      const lines = [ ...head ];
      let bytes = byteLength(lines);
      const leftOutLine = count => `_${count} more ${count === 1 ? "job" : "jobs"} not shown, to keep this summary under GitHub's 1 MiB limit: see ${(0, 
      far_side /* markdownLink */ .iQ)(`pipeline #${pipeline.id}`, pipeline.web_url)}._`;
      // Room for the closing line whatever the count.
            const budget = SUMMARY_BUDGET_BYTES - Buffer.byteLength(leftOutLine(all.length)) - 16;
      let shown = 0;
      // Rows go in stage order; once one does not fit, the rest are counted, not shown.
            for (const row of nestedRows(all, pipelines, pipeline.id, 0, now)) {
        const rowBytes = Buffer.byteLength(row) + 1;
        if (bytes + rowBytes > budget) break;
        lines.push(row);
        bytes += rowBytes;
        shown++;
      }
      if (shown < all.length) lines.push("", leftOutLine(all.length - shown));
      return [ ...lines, "" ].join("\n");
    }
    /**
 * The rows of one pipeline's jobs in stage order, each trigger job followed by the rows of the
 * pipeline it started (indented with ↳), to any depth; one row per job.
 */    function* nestedRows(all, pipelines, pipelineId, depth, now) {
      const own = all.filter(job => (job.pipeline_id ?? pipelineId) === pipelineId);
      const indent = depth === 0 ? "" : `${" ".repeat(depth - 1)}↳ `;
      for (const [stage, stageJobs] of groupByStage(own)) for (const [index, job] of stageJobs.entries()) {
        yield jobRow(job, index === 0 ? `${indent}${stage}` : "", now);
        if (pipelines.length === 0) continue;
        for (const child of pipelines.filter(p => p.trigger_job_id === job.id && p.parent_id === pipelineId)) {
          if (child.unreadable) {
            yield `| ${" ".repeat(depth)}↳ | ${(0, far_side /* markdownText */ .p7)(`pipeline #${child.id}: not shown, ${child.unreadable}`)} | ${statusWithIcon(child.status)} | | ${(0, 
            far_side /* markdownLink */ .iQ)("downstream", child.web_url)} |`;
            continue;
          }
          yield* nestedRows(all, pipelines, child.id, depth + 1, now);
        }
      }
    }
    /** The summary of a pipeline that was triggered and not waited for. */    function triggeredSummaryMarkdown(pipeline, projectPath) {
      return [ ...heading(pipeline, pipeline.status, projectPath, ""), "", "Triggered; this step did not wait for it to end.", "" ].join("\n");
    }
    function heading(pipeline, status, projectPath, duration) {
      // A commit id is hex; anything else from GitLab is shown as text, not in a code span.
      const sha = pipeline.sha.slice(0, 8);
      const commit = /^[0-9a-f]+$/i.test(sha) ? `\`${sha}\`` : (0, far_side /* markdownText */ .p7)(sha);
      return [ `### GitLab pipeline ${(0, far_side /* markdownLink */ .iQ)(`#${pipeline.id}`, pipeline.web_url)}: ${statusWithIcon(status)}`, "", `${(0, 
      far_side /* markdownText */ .p7)(projectPath)} · ref ${(0, far_side /* markdownText */ .p7)(pipeline.ref)} · commit ${commit}${duration}` ];
    }
    function jobRow(job, stage, now) {
      const downstream = job.downstream_pipeline;
      const link = downstream ? (0, far_side /* markdownLink */ .iQ)("downstream", downstream.web_url) : (0, 
      far_side /* markdownLink */ .iQ)("log", job.web_url);
      const time = jobTime(job, now);
      return `| ${(0, far_side /* markdownText */ .p7)(stage)} | ${(0, far_side /* markdownText */ .p7)(job.name)} | ${statusWithIcon(job.status, job.allow_failure)} | ${time} | ${link} |`;
    }
    /**
 * A running job's `duration` is what GitLab had counted when it answered; the time since it
 * started says how long it has really run.
 */    function jobTime(job, now) {
      const started = job.started_at ? Date.parse(job.started_at) : NaN;
      if (job.status === "running" && !Number.isNaN(started)) return `${(0, durations /* formatDuration */ .a)(Math.max(0, now - started))} so far`;
      return job.duration === null ? "" : (0, durations /* formatDuration */ .a)(job.duration * 1e3);
    }
    /** Stages in the order their first job was created, which is the pipeline's stage order. */    function groupByStage(jobs) {
      const stages = new Map;
      for (const job of jobs) {
        const stage = stages.get(job.stage);
        if (stage) stage.push(job); else stages.set(job.stage, [ job ]);
      }
      return stages;
    }
    function byteLength(lines) {
      return lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
    }
    /**
 * The summary of a run from its result: none when no pipeline was created or the run stopped
 * before it could say how the pipeline went (a GitLab error).
 */    function runSummaryMarkdown(result, settings) {
      if (!result.pipeline) return;
      if (result.outcome === "triggered") return triggeredSummaryMarkdown(result.pipeline, settings.project);
      const pipeline = result.lastSeen ?? result.pipeline;
      const stopped = result.cancel !== void 0 || result.leftRunning !== void 0;
      if (result.finalStatus === void 0 && !stopped) return;
      const status = result.finalStatus ?? result.cancel?.statusAfter ?? pipeline.status;
      return summaryMarkdown({
        pipeline: pipeline,
        status: status,
        projectPath: settings.project,
        jobs: result.cancel?.jobsAfter ?? result.jobs,
        bridges: [],
        pipelines: result.pipelines,
        aftermath: stopped ? aftermathOf(result, status) : void 0,
        now: result.endedAt
      });
    }
    /** What the action did to a pipeline it stopped waiting for. */    function aftermathOf(result, status) {
      const pipeline = result.pipeline;
      const timedOut = status === "timeout" && result.cancel?.by !== "abort";
      const why = timedOut ? "The wait timed out" : "This run was cancelled";
      const link = (0, far_side /* markdownLink */ .iQ)(`pipeline #${pipeline.id}`, pipeline.web_url);
      const {cancel: cancel} = result;
      if (cancel?.succeeded) {
        const now = cancel.statusAfter ? ` (now ${(0, far_side /* markdownText */ .p7)(cancel.statusAfter)})` : "";
        return `${why}; this action cancelled the pipeline${now}. Job statuses below are from after the cancel.`;
      }
      if (cancel) return `${why}; this action could not cancel the pipeline, which may still be running: cancel it by hand at ${link}.`;
      const input = timedOut ? "cancel-on-timeout" : "cancel-on-abort";
      return `${why}; the pipeline was left running in GitLab (${input} is false): see ${link}.`;
    }
    // EXTERNAL MODULE: ./src/runtime/time-limit.ts
        var time_limit = __webpack_require__(8649);
    // EXTERNAL MODULE: ./src/runtime/clock.ts
        var runtime_clock = __webpack_require__(9842);
    // EXTERNAL MODULE: ./src/run/control/cancel.ts
        var control_cancel = __webpack_require__(8465);
    // EXTERNAL MODULE: ./src/gitlab/client.ts + 4 modules
        var client = __webpack_require__(8330);
    // EXTERNAL MODULE: ./src/gitlab/errors.ts
        var errors = __webpack_require__(9452);
    // EXTERNAL MODULE: ./src/gitlab/endpoints.ts
        var endpoints = __webpack_require__(5661);
    // EXTERNAL MODULE: ./src/gitlab/retry.ts
        var gitlab_retry = __webpack_require__(2177);
    // EXTERNAL MODULE: external "node:v8"
        var external_node_v8_ = __webpack_require__(8877);
    // EXTERNAL MODULE: external "node:vm"
        var external_node_vm_ = __webpack_require__(714);
    function jobsWithLogsToShow(jobs, which) {
      if (which === "none") return [];
      const shown = which === "all" ? jobs.filter(job => job.status !== "created" && job.status !== "skipped" && job.status !== "manual") : jobs.filter(job => job.status === "failed");
      return [ ...shown ].sort((a, b) => a.id - b.id);
    }
    /**
 * Prints each job's log in a collapsed group, read as a stream of which only the shown tail is
 * kept. A log that cannot be read is a warning, not a failure; one cut short shows what was read.
 * Stops at once when `retry.signal` aborts (the run was cancelled or the step's time is up).
 */    async function printJobLogs(client, project, jobs, log, retry) {
      for (const job of jobs) {
        if (retry.signal?.aborted) {
          log.warning(`Stopped reading job logs before ${job.name}: ${reasonOf(retry.signal)}; see the jobs in GitLab`);
          return;
        }
        const tail = new LogTail;
        let sinceCollect = 0;
        try {
          await (0, endpoints /* streamJobTrace */ .tw)(client, project, job.id, chunk => {
            tail.push(chunk);
            sinceCollect += chunk.length;
            if (sinceCollect >= COLLECT_EVERY_BYTES) {
              sinceCollect = 0;
              collectGarbage();
            }
          }, retry);
        } catch (error) {
          const why = error.message;
          if (tail.bytesRead === 0) {
            log.warning(`Could not read the log of job ${job.name}: ${why}`);
            continue;
          }
          // GitLab's job log has no HTTP Range: rather than read it all again, show what arrived.
                    log.warning(`The log of job ${job.name} was cut short after ${formatBytes(tail.bytesRead)} (${why}); showing what was read`);
        }
        log.group(`Log of ${job.stage} › ${job.name} (${job.status})`, tail.render(job.web_url));
      }
    }
    // Each chunk read from the socket is a new buffer outside the JavaScript heap, and V8 collects
    // them only once tens of MB have piled up: a long log would then raise the peak memory by that
    // much. Collecting every few MB keeps it flat (README, "Memory").
        const COLLECT_EVERY_BYTES = 4194304;
    let gc;
    function collectGarbage() {
      if (gc === void 0) try {
        (0, external_node_v8_.setFlagsFromString)("--expose-gc");
        gc = (0, external_node_vm_.runInNewContext)("gc");
      } catch {
        gc = null;
      }
      gc?.();
    }
    function reasonOf(signal) {
      const reason = signal.reason;
      return reason instanceof Error ? reason.message : "stopped";
    }
    // section_start:1700000000:step_script\r\e[0K  (GitLab's log section markers)
    // eslint-disable-next-line no-control-regex -- the marker ends with an ANSI escape
        const SECTION_MARKER = /section_(?:start|end):\d+:[^\r\n]*?\r\x1b\[0K/g;
    // The raw bytes kept: four times what is shown, so that trailing blank lines and section markers
    // trimmed at the end still leave enough. They live in one buffer allocated once: a 100 MB log
    // then makes almost no garbage, which would otherwise grow the process's heap.
        // eslint-disable-next-line no-control-regex -- the marker ends with an ANSI escape
    const MARKER_AT = /^section_(?:start|end):\d+:[^\r\n]*?\r\x1b\[0K/;
    // The longest section marker looked for (name included).
        /**
 * The readable end of a job log, built chunk by chunk: GitLab's collapsible-section markers
 * removed, CRLF made LF, and only the last lines kept, counting what was cut. Memory stays
 * about 1 MiB however long the log. `render` once, at the end.
 */
    class LogTail {
      /** Bytes received, before any cleaning. */
      bytesRead=0;
      buffer=Buffer.allocUnsafe(1048576);
      length=0;
      /** Complete lines dropped from the front, and their cleaned bytes (line breaks not counted). */
      lines=0;
      bytes=0;
      push(chunk) {
        const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
        this.bytesRead += bytes.length;
        for (let at = 0; at < bytes.length; at += 524288) {
          const piece = bytes.subarray(at, at + 524288);
          if (this.length + piece.length > 1048576) this.dropFront(piece.length);
          piece.copy(this.buffer, this.length);
          this.length += piece.length;
        }
      }
      /** The tail to show, with a note of how much was cut and where the whole log is. */      render(webUrl) {
        const segments = this.buffer.toString("utf8", 0, this.length).split("\n");
        if (segments.at(-1) === "") segments.pop();
        const all = segments.map(clean);
        let lines = this.lines + all.length;
        let bytes = this.bytes;
        for (const line of all) bytes += Buffer.byteLength(line);
        const joined = all.join("\n");
        const cleaned = joined.trimEnd();
        const trimmed = joined.slice(cleaned.length);
        // The whole cleaned log: its lines and the breaks between them, less the trimmed end.
                const total = bytes + Math.max(0, lines - 1) - Buffer.byteLength(trimmed);
        lines -= trimmed.split("\n").length - 1;
        if (cleaned === "") return `(the log is empty) ${webUrl}`;
        let kept = cleaned.split("\n").slice(-300).join("\n");
        // A single huge line is cut by bytes too; drop a split character.
                if (Buffer.byteLength(kept) > 65536) kept = Buffer.from(kept).subarray(-65536).toString("utf8").replace(/^\uFFFD+/, "");
        const keptBytes = Buffer.byteLength(kept);
        if (keptBytes >= total) return kept;
        const cutLines = lines - kept.split("\n").length;
        const cutBytes = total - keptBytes;
        const what = cutLines > 0 ? `${cutLines} earlier lines (${formatBytes(cutBytes)})` : `the first ${formatBytes(cutBytes)}`;
        return [ `… ${what} not shown; full log: ${webUrl}`, kept ].join("\n");
      }
      /**
     * Makes room for `needed` bytes, keeping the last RING_BYTES: whole lines are dropped (and
     * counted), or, inside a line too long to keep, its front.
     */      dropFront(needed) {
        const target = this.length - 262144;
        const lastBreak = this.buffer.lastIndexOf(10, target - 1);
        let cut = lastBreak + 1;
        if (this.length - cut + needed > 1048576) cut = target;
        this.count(0, cut);
        this.buffer.copyWithin(0, cut, this.length);
        this.length -= cut;
      }
      /** Adds the lines (and the front of a line) in buffer[start, end) to what was cut. */      count(start, end) {
        let lineStart = start;
        for (let nl = this.buffer.indexOf(10, start); nl >= 0 && nl < end; ) {
          const cr = nl > lineStart && this.buffer[nl - 1] === 13 ? 1 : 0;
          this.bytes += nl - lineStart - cr - this.markerBytes(lineStart, nl);
          this.lines++;
          lineStart = nl + 1;
          nl = this.buffer.indexOf(10, lineStart);
        }
        // The front of a line too long to keep: counted raw, its break comes later.
                this.bytes += end - lineStart;
      }
      markerBytes(start, end) {
        let found = 0;
        for (let at = this.buffer.indexOf("section_", start); at >= 0 && at < end; ) {
          const window = this.buffer.toString("latin1", at, Math.min(end, at + 512));
          const length = MARKER_AT.exec(window)?.[0].length ?? 0;
          found += length;
          at = this.buffer.indexOf("section_", at + Math.max(1, length));
        }
        return found;
      }
    }
    function clean(line) {
      const text = line.replace(SECTION_MARKER, "");
      return text.endsWith("\r") ? text.slice(0, -1) : text;
    }
    /**
 * The readable end of a whole job log (see LogTail): the last lines, with a note of how much was
 * cut and where the whole log is.
 */    function formatBytes(bytes) {
      if (bytes < 1024) return `${bytes} B`;
      if (bytes < 1048576) return `${(bytes / 1024).toFixed(1)} KiB`;
      return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
    }
    // CONCATENATED MODULE: ./src/run/start/preflight.ts
    // Pipeline inputs on the trigger API: 17.10 behind a feature flag that is off, 17.11 with it on by
    // default, 18.1 for everyone. Before that GitLab drops them without a word (docs/gitlab.md 10).
    const INPUTS_FROM = [ 17, 11 ];
    const INPUTS_GA = [ 18, 1 ];
    /**
 * What must hold before the trigger, asked all at once so it costs one round trip (docs/contract.md,
 * Behaviour): with `wait`, the api-token reads the project and its pipelines (a wrong token fails
 * the step before a pipeline exists that nobody watches) and, when a cancel option is on, its
 * scopes allow cancelling; with `inputs`, GitLab is new enough not to drop them. Throws GitLabError.
 */    async function checkApiToken(client, settings, log, signal, clock) {
      const quickRetry = (0, gitlab_retry /* quickReadPolicy */ .A2)({
        signal: signal,
        clock: clock
      });
      const wantsCancel = settings.cancelOnAbort || settings.cancelOnTimeout;
      const hasInputs = Object.keys(settings.inputs).length > 0;
      if (!settings.wait && !hasInputs) return;
      const skipped = Promise.resolve(void 0);
      const [project, pipelines, version, token] = await Promise.allSettled([ settings.wait ? (0, 
      endpoints /* getProject */ .U1)(client, settings.project, quickRetry) : skipped, settings.wait ? (0, 
      endpoints /* probePipelines */ .QR)(client, settings.project, quickRetry) : skipped, hasInputs ? (0, 
      endpoints /* getVersion */ .HF)(client, quickRetry) : skipped, settings.wait && (wantsCancel || settings.playManual.length > 0) ? (0, 
      endpoints /* getTokenSelfWithKind */ .K4)(client, quickRetry) : skipped ]);
      if (project.status === "rejected") throw project.reason;
      if (pipelines.status === "rejected") throw cannotReadPipelines(pipelines.reason);
      if (hasInputs) checkInputsSupport(version, log);
      if (token.status === "rejected") 
      // 15.0-15.4 (no `self`: 404 or 401), OAuth and CI job tokens cannot describe themselves:
      // the project read above already proved the token, so this is no reason to stop or warn.
      log.debug(`Could not read the api-token's scopes: ${token.reason.message}`); else if (token.value) {
        const {scopes: scopes, granular: granular} = token.value;
        if (granular === true || scopes.includes("granular")) 
        // Fine-grained tokens name a permission per route instead of classic scopes; whether this
        // one may cancel shows only when it tries.
        log.debug("The api-token is a fine-grained token: its cancel permission is not checked"); else if (!scopes.includes("api") && settings.playManual.length > 0) throw new errors /* GitLabError */ .Y({
          kind: "http",
          request: "GET /personal_access_tokens/self",
          gitlabMessage: `the api-token has the scopes ${scopes.join(", ") || "(none)"} but not api, which playing a manual job needs`,
          hint: "Give the token the api scope, or leave out play-manual. Nothing was triggered"
        }); else if (!scopes.includes("api")) log.warning(`The api-token has the scopes ${scopes.join(", ") || "(none)"} but not api: it can wait, but cancelling the downstream pipeline on timeout or cancellation will not be possible. Give the token the api scope, or set cancel-on-timeout and cancel-on-abort to false.`, "api-token cannot cancel");
      }
    }
    /** A 403 here is a token that sees the project but not its pipelines: a Guest, or a fine-grained token without read_pipeline. */    function cannotReadPipelines(reason) {
      if (!(reason instanceof errors /* GitLabError */ .Y) || reason.status !== 403) return reason;
      return new errors /* GitLabError */ .Y({
        kind: reason.kind,
        request: reason.request,
        gitlabMessage: reason.gitlabMessage,
        hint: "The API token (api-token) can see the project but not read its pipelines, so it could not follow the pipeline: give its user at least the Reporter role in the project (a Guest cannot read pipelines of a private project), or give a fine-grained token the read_pipeline permission. Nothing was triggered",
        status: reason.status
      });
    }
    function checkInputsSupport(version, log) {
      if (version.status === "rejected" || !version.value) {
        const why = version.status === "rejected" ? version.reason.message : "no answer";
        log.warning(`Could not read GitLab's version (${why}): GitLab before 17.11 ignores pipeline inputs sent to the trigger API, and the pipeline then runs with its spec:inputs defaults.`, "GitLab version unknown");
        return;
      }
      const text = version.value.version;
      const match = /^(\d+)\.(\d+)/.exec(text);
      if (!match) return;
      const have = [ Number(match[1]), Number(match[2]) ];
      const atLeast = ([major, minor]) => have[0] > major || have[0] === major && have[1] >= minor;
      if (!atLeast(INPUTS_FROM)) throw new errors /* GitLabError */ .Y({
        kind: "http",
        request: "GET /version",
        gitlabMessage: `GitLab ${text} ignores pipeline inputs sent to the trigger API (they arrive in 17.11), so the pipeline would run with its spec:inputs defaults`,
        hint: "Upgrade GitLab to 17.11 or later, or pass these values as variables instead of inputs. Nothing was triggered"
      });
      if (!atLeast(INPUTS_GA)) log.warning(`GitLab ${text} takes pipeline inputs on the trigger API only while the ci_inputs_for_pipelines feature flag is on (the default from 17.11, always from 18.1); with it off they are ignored and the pipeline runs with its spec:inputs defaults.`, "Pipeline inputs may be ignored");
    }
    // CONCATENATED MODULE: ./src/run/follow/job-changes.ts
    /**
 * Statuses of a job (or bridge) that is queued or running and so will change by itself. A
 * `created` job is not among them: behind a blocking manual job it stays `created` for good, and
 * the pipeline, then `manual`, must still be read.
 */
    const PROGRESSING_JOB_STATUSES = new Set([ "waiting_for_resource", "preparing", "waiting_for_callback", "pending", "running", "canceling", "scheduled" ]);
    function isProgressingJob(job) {
      return PROGRESSING_JOB_STATUSES.has(job.status);
    }
    /**
 * Remembers each job's last seen status and tells what changed since the previous poll,
 * so the log gets one line per change rather than one per poll. A job first seen as `created`
 * is not news (every job of a new pipeline starts so); its first real change is.
 */    class JobTracker {
      seen=new Map;
      update(jobs) {
        const changes = [];
        // GitLab lists newest first; report in creation order so stages read top to bottom.
                for (const job of [ ...jobs ].sort((a, b) => a.id - b.id)) {
          const from = this.seen.get(job.id);
          const news = from === void 0 ? job.status !== "created" : from !== job.status;
          if (news) changes.push({
            job: job,
            from: from,
            to: job.status
          });
          this.seen.set(job.id, job.status);
        }
        return changes;
      }
    }
    /** `test › integration: running → failed  https://…/-/jobs/12` */    function describeJobChange({job: job, from: from, to: to}) {
      const transition = from ? `${from} → ${to}` : to;
      const downstream = job.downstream_pipeline;
      const link = downstream ? `downstream pipeline ${downstream.web_url}` : job.web_url;
      return `${job.stage} › ${job.name}: ${transition}  ${link}`;
    }
    // EXTERNAL MODULE: ./src/gitlab/statuses.ts
        var statuses = __webpack_require__(8265);
    // CONCATENATED MODULE: ./src/run/follow/poll-delays.ts
    /**
 * The pause before the next status check: 1 s at first, growing by a tenth of the time
 * already waited, up to poll-interval. A 20 s pipeline is then seen within about 3 s of its
 * end, and a long one costs about one check per poll-interval.
 */
    function nextPollDelay(elapsedMs, pollIntervalMs) {
      return Math.round(Math.min(pollIntervalMs, Math.max(1e3, 1e3 + elapsedMs / 10)));
    }
    // EXTERNAL MODULE: ./src/run/retry-line.ts
        var retry_line = __webpack_require__(5674);
    // CONCATENATED MODULE: ./src/run/logs/live-display.ts
    /**
 * The one place for the rule "one job running: its lines in a group named after it; several:
 * each line prefixed with the job". Groups do not nest in the runner's log, so a GitLab section
 * is shown as its header line. Pass the returned state to the next call.
 */
    function presentLiveEvents(events, {oneJob: oneJob}, state = {}) {
      const lines = [];
      let openJob = state.openJob;
      const close = () => {
        if (openJob !== void 0) lines.push({
          kind: "close-group"
        });
        openJob = void 0;
      };
      for (const event of events) {
        const key = jobKey(event.job);
        if (event.kind === "finished") {
          if (openJob === key) close();
          continue;
        }
        const text = eventText(event);
        if (text === null) continue;
        if (oneJob) {
          if (openJob !== key) {
            close();
            lines.push({
              kind: "open-group",
              title: `Log of ${event.job.label}`
            });
            openJob = key;
          }
          lines.push({
            kind: "text",
            text: text
          });
        } else {
          close();
          lines.push({
            kind: "text",
            text: `[${event.job.label}] ${text}`
          });
        }
      }
      return {
        lines: lines,
        state: {
          openJob: openJob
        }
      };
    }
    function jobKey(job) {
      return `${job.label}#${job.id}`;
    }
    function eventText(event) {
      switch (event.kind) {
       case "line":
        return event.text;

       case "section-start":
        return event.header || event.name;

       case "section-end":
       case "finished":
        return null;

       case "skipped":
        return `… ${event.lines} lines (${live_display_formatBytes(event.bytes)}) not shown; full log: ${event.job.web_url ?? "in GitLab"}`;

       case "paused":
        return `(the log passed ${live_display_formatBytes(event.bytes)}: its last lines are shown when the job ends)`;

       case "unreadable":
        return `(could not read the log${event.final ? "" : ", trying again"}: ${event.message})`;
      }
    }
    function live_display_formatBytes(bytes) {
      if (bytes < 1024) return `${bytes} B`;
      if (bytes < 1048576) return `${(bytes / 1024).toFixed(1)} KiB`;
      return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
    }
    /** Closes the group left open, before the front end prints anything else (job changes). */    function closeLiveGroup(state) {
      return {
        lines: state.openJob === void 0 ? [] : [ {
          kind: "close-group"
        } ],
        state: {}
      };
    }
    // CONCATENATED MODULE: ./src/run/follow/wait.ts
    // After the deadline, one last look at the pipeline may take this long.
    const LAST_LOOK_MS = 1e4;
    // With no job change for this long, say that the wait goes on, so a long job does not look hung.
        const QUIET_MS = 3e5;
    // While a followed job's log is streamed, a check at least this often keeps a line within 3 s
    // of GitLab having it (docs/contract.md, "Live job logs").
        const LIVE_PAUSE_MS = 2e3;
    // Below this share of GitLab's request budget, pauses stretch so the wait never causes a 429.
        const LOW_BUDGET_SHARE = .1;
    /** Whether `/trigger_jobs` exists, per client (one GitLab each), once tried. */    const triggerJobsSupport = new WeakMap;
    /**
 * Follows a pipeline, and with `followDownstream` the pipelines its trigger jobs start, to any
 * depth, until the top pipeline reaches a final status, the deadline passes or the signal aborts.
 * Transient GitLab failures are retried until the deadline; others are thrown.
 *
 * Each check lists the jobs of each pipeline that has not ended (which also shows their
 * changes) and its trigger jobs while one of them may still change; a pipeline is read only when
 * none of its jobs is queued or running, because only then can its status be final, and once it
 * ended it is not read again. At the deadline it looks once more, so a pipeline that ended in
 * the last pause is not called timed out, and a timeout reports the pipeline's current status.
 */    async function waitForPipeline(options) {
      const {client: client, log: log, clock: clock, signal: signal, deadline: deadline, live: live} = options;
      const top = {
        pipeline: options.pipeline,
        project: options.project,
        parentId: null,
        prefix: "",
        jobs: [],
        bridges: [],
        done: false
      };
      const tree = [ top ];
      const state = () => ({
        outcome: "ended",
        pipeline: top.pipeline,
        jobs: top.jobs,
        bridges: top.bridges,
        tree: tree
      });
      const trackers = new Map;
      let lastCheckRequests = 1;
      let scopesRefused = false;
      const started = clock.now();
      let lastNews = started;
      let display = {};
      let budgetSaid = false;
      // Ends requests in flight on cancellation, or when even the last look takes too long.
            const limit = (0, time_limit /* timeLimit */ .z)(Math.max(0, deadline - started) + LAST_LOOK_MS, signal);
      const stop = limit.signal;
      const retry = (0, gitlab_retry /* readPolicy */ .T4)({
        deadline: deadline,
        signal: stop,
        clock: clock,
        onRetry: (error, delayMs) => log.info((0, retry_line /* retryLine */ .R)(error, delayMs))
      });
      // A job GitLab describes oddly (a null stage or name) is shown as well as it can be, and said
      // once: the same job would otherwise warn on every poll.
            let oddWarned = false;
      const onOddItem = problem => {
        if (oddWarned) return;
        oddWarned = true;
        log.warning(`${problem} (further odd jobs are not reported)`, "Unexpected job in GitLab answer");
      };
      const say = line => {
        if (live && log.live) {
          const closed = closeLiveGroup(display);
          display = closed.state;
          if (closed.lines.length > 0) log.live(closed.lines);
        }
        log.info(line);
      };
      /**
     * `/trigger_jobs` where GitLab has it (19.2+), `/bridges` otherwise: decided by GitLab's
     * version, read once; when that cannot be read, by trying `/trigger_jobs` once.
     */      const readTriggerJobs = async node => {
        const {project: project, pipeline: pipeline} = node;
        if (!triggerJobsSupport.has(client)) {
          const known = await hasTriggerJobsRoute(client, retry);
          if (known !== void 0) triggerJobsSupport.set(client, known);
        }
        if (triggerJobsSupport.get(client) === false) return (0, endpoints /* listBridges */ .X9)(client, project, pipeline.id, retry, onOddItem);
        try {
          const bridges = await (0, endpoints /* listTriggerJobs */ .Hg)(client, project, pipeline.id, retry, onOddItem);
          triggerJobsSupport.set(client, true);
          return bridges;
        } catch (error) {
          // Decided on a pipeline that was readable: a 404 there means the route is missing.
          if (error.status !== 404 || triggerJobsSupport.has(client)) throw error;
          const bridges = await (0, endpoints /* listBridges */ .X9)(client, project, pipeline.id, retry, onOddItem);
          triggerJobsSupport.set(client, false);
          return bridges;
        }
      };
      const adopt = (parent, bridge) => {
        const downstream = bridge.downstream_pipeline;
        if (!downstream) return;
        const known = tree.find(node => node.pipeline.id === downstream.id);
        if (known) {
          // One the api-token cannot read is known by its trigger job only.
          if (known.unreadable) Object.assign(known, {
            trigger: bridge,
            pipeline: {
              ...known.pipeline,
              status: downstream.status
            }
          });
          return;
        }
        const parentProject = parent.pipeline.project_id;
        const projectId = downstream.project_id || parentProject;
        const node = {
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
        };
        tree.push(node);
      };
      /**
     * A pipeline's jobs. Up to one page, the whole list; past it, only the active jobs
     * (`scope[]`, one page while fewer than 100 are active) and each job that left them since the
     * last check, one read each: a check then costs what is active and what changed, not the
     * pipeline's size. Once nothing is active, the whole list again, for the final statuses.
     */      const readJobs = async (node, firstRead) => {
        const whole = () => (0, endpoints /* listJobs */ .N6)(client, node.project, node.pipeline.id, retry, onOddItem);
        if (firstRead || node.jobs.length <= JOBS_PAGE) return whole();
        if (scopesRefused) return whole();
        let active;
        try {
          active = await (0, endpoints /* listJobs */ .N6)(client, node.project, node.pipeline.id, retry, onOddItem, [ ...ACTIVE_JOB_SCOPES ]);
        } catch (error) {
          // An older GitLab that knows a status less refuses the filter (400): the whole list, then.
          if (error.status !== 400) throw error;
          scopesRefused = true;
          return whole();
        }
        const activeIds = new Set(active.map(job => job.id));
        const left = node.jobs.filter(job => isProgressingJob(job) && !activeIds.has(job.id));
        if (active.length === 0) return whole();
        const byId = new Map(node.jobs.map(job => [ job.id, job ]));
        for (const job of active) byId.set(job.id, job);
        for (const job of left) byId.set(job.id, await (0, endpoints /* getJob */ .ax)(client, node.project, job.id, retry));
        return [ ...byId.values() ];
      };
      const checkNode = async (node, readPipeline) => {
        const firstRead = !trackers.has(node);
        const tracker = trackers.get(node) ?? new JobTracker;
        try {
          node.jobs = await readJobs(node, firstRead);
          // Trigger jobs exist from the pipeline's creation: none at first means none at all, and
          // once all of them ended, they change no more.
                    if (firstRead || node.bridges.some(bridge => !ENDED_JOB.has(bridge.status))) node.bridges = await readTriggerJobs(node);
        } catch (error) {
          if (node.parentId === null || !isUnreadable(error)) throw error;
          node.unreadable = `the api-token cannot read it (${error.message.replace(/\.$/, "")})`;
          node.done = true;
          say(`${node.prefix.trimEnd()}: cannot follow pipeline #${node.pipeline.id}, ${node.unreadable}; its trigger job's status stands for it: ${node.pipeline.web_url}`);
          return;
        }
        trackers.set(node, tracker);
        const all = [ ...node.jobs, ...node.bridges ];
        for (const change of tracker.update(all)) {
          say(node.prefix + describeJobChange(change));
          lastNews = clock.now();
        }
        if (options.followDownstream) for (const bridge of node.bridges) adopt(node, bridge);
        // GitLab may still call the pipeline `manual` for a moment after a job of it was played.
                const started = await (options.onJobs?.(all, node.project, retry)) === true;
        if (!started && (readPipeline || !all.some(isProgressingJob))) {
          const previous = node.pipeline.status;
          node.pipeline = await (0, endpoints /* getPipeline */ .B0)(client, node.project, node.pipeline.id, retry);
          if (node.pipeline.status !== previous && !(0, statuses /* isFinalStatus */ .$)(node.pipeline.status)) say(`${node.prefix}Pipeline #${node.pipeline.id} is ${node.pipeline.status}`);
          node.done = (0, statuses /* isFinalStatus */ .$)(node.pipeline.status);
        }
      };
      const check = async readPipeline => {
        const before = client.answered;
        // The tree grows while it is read: a pipeline found now is read in this same check.
                for (let i = 0; i < tree.length; i++) {
          const node = tree[i];
          if (!node.done) await checkNode(node, readPipeline);
        }
        if (live) await streamLogs(false);
        lastCheckRequests = client.answered - before;
        options.onCheck?.(lastCheckRequests);
      };
      /** The jobs whose logs are streamed: real jobs (not trigger jobs) of readable pipelines. */      const liveJobs = () => tree.filter(node => !node.unreadable).flatMap(node => node.jobs.map(job => ({
        ...job,
        project: node.project,
        label: `${node.prefix}${job.stage} › ${job.name}`
      })));
      const streamLogs = async final => {
        if (!live) return;
        const jobs = liveJobs();
        const oneJob = jobs.filter(job => job.status === "running").length <= 1;
        await live.check(jobs, {
          signal: final ? signal : stop,
          final: final,
          emit: events => {
            const shown = presentLiveEvents(events, {
              oneJob: oneJob
            }, display);
            display = shown.state;
            if (shown.lines.length > 0) log.live?.(shown.lines);
          }
        });
      };
      /** The pause before the next check: the usual one, shorter while logs are streamed, longer when GitLab's budget runs low. */      const pauseMs = () => {
        let pause = nextPollDelay(clock.now() - started, options.pollIntervalMs);
        if (live && tree.some(node => node.jobs.some(job => job.status === "running"))) pause = Math.min(pause, LIVE_PAUSE_MS);
        const budget = client.rateLimit;
        if (budget && budget.remaining < budget.limit * LOW_BUDGET_SHARE) {
          // Spread what is left of the budget over the time to its renewal, a check's worth each.
          const perCheck = Math.max(1, lastCheckRequests);
          const checksLeft = Math.max(1, Math.floor(budget.remaining / perCheck) - 1);
          const stretched = Math.ceil(Math.max(0, budget.resetAt - clock.now()) / checksLeft);
          if (stretched > pause) {
            if (!budgetSaid) log.info(`GitLab's request budget is low (${budget.remaining} of ${budget.limit} left until ${new Date(budget.resetAt).toISOString()}): checking less often until it is renewed`);
            budgetSaid = true;
            pause = stretched;
          }
        }
        return pause;
      };
      try {
        while (!(0, statuses /* isFinalStatus */ .$)(top.pipeline.status)) {
          const pause = pauseMs();
          await clock.sleep(Math.min(pause, Math.max(0, deadline - clock.now())), stop);
          const lastLook = clock.now() >= deadline;
          await check(lastLook);
          if (lastLook && !(0, statuses /* isFinalStatus */ .$)(top.pipeline.status)) return {
            ...state(),
            outcome: "timeout"
          };
          if (clock.now() - lastNews >= QUIET_MS) {
            say(stillWaiting(state(), clock.now() - started));
            lastNews = clock.now();
          }
        }
        // The top pipeline ended: downstream pipelines not yet seen ended (a depend trigger job
        // ends after its pipeline) are read once more, so their last state is reported.
                for (const node of tree) if (!node.done) await checkNode(node, true);
        await streamLogs(true);
        return state();
      } catch (error) {
        if (signal.aborted) return {
          ...state(),
          outcome: "aborted"
        };
        // Transient failures are retried until the deadline; one still failing then is a timeout.
                if (clock.now() >= deadline && (stop.aborted || error.transient)) {
          const pipeline = 
          /** One try at the pipeline's current status for the timeout message, else what its jobs say. */ await async function lastLook() {
            const look = (0, time_limit /* timeLimit */ .z)(LAST_LOOK_MS, signal);
            try {
              return await (0, endpoints /* getPipeline */ .B0)(client, top.project, top.pipeline.id, {
                ...retry,
                maxAttempts: 1,
                signal: look.signal
              });
            } catch {
              const jobs = [ ...top.jobs, ...top.bridges ];
              const seen = jobs.some(job => job.status === "running") ? "running" : jobs.some(isProgressingJob) ? "pending" : top.pipeline.status;
              return {
                ...top.pipeline,
                status: seen
              };
            } finally {
              look.dispose();
            }
          }();
          top.pipeline = pipeline;
          return {
            ...state(),
            outcome: (0, statuses /* isFinalStatus */ .$)(pipeline.status) ? "ended" : "timeout"
          };
        }
        throw error;
      } finally {
        if (live && log.live) {
          const closed = closeLiveGroup(display);
          if (closed.lines.length > 0) log.live(closed.lines);
        }
        limit.dispose();
      }
    }
    /** Whether GitLab's version has `/pipelines/:id/trigger_jobs` (19.2+); undefined when unknown. */    async function hasTriggerJobsRoute(client, retry) {
      try {
        const {version: version} = await (0, endpoints /* getVersion */ .HF)(client, {
          ...retry,
          maxAttempts: 2
        });
        const [major, minor] = version.split(".").map(part => Number.parseInt(part, 10));
        if (!Number.isFinite(major) || !Number.isFinite(minor)) return;
        return major > 19 || major === 19 && minor >= 2;
      } catch (error) {
        if (error.kind === "http") return;
        throw error;
      }
    }
    // The most jobs one list page holds.
        const JOBS_PAGE = 100;
    // The statuses of a job that will change by itself (job-changes.ts), as `scope[]` values.
        const ACTIVE_JOB_SCOPES = [ "waiting_for_resource", "preparing", "pending", "running", "canceling", "scheduled" ];
    const ENDED_JOB = new Set([ "success", "failed", "canceled", "skipped" ]);
    /** A downstream pipeline the api-token may not read: another project it is no member of. */    function isUnreadable(error) {
      const status = error.status;
      return error.kind === "http" && (status === 403 || status === 404);
    }
    function stillWaiting({pipeline: pipeline, jobs: jobs, bridges: bridges}, elapsedMs) {
      const running = [ ...jobs, ...bridges ].filter(job => job.status === "running").map(job => job.name);
      const jobsText = running.length > 0 ? `; running: ${running.join(", ")}` : "";
      return `Still waiting for pipeline #${pipeline.id} (${pipeline.status}${jobsText}), ${(0, 
      durations /* formatDuration */ .a)(elapsedMs)} so far`;
    }
    // EXTERNAL MODULE: external "node:string_decoder"
        var external_node_string_decoder_ = __webpack_require__(6193);
    // CONCATENATED MODULE: ./src/run/logs/log-lines.ts
    // section_start:1700000000:step_script[collapsed=true]\r\e[0K and section_end:1700000001:step_script\r\e[0K:
    // GitLab's own pattern for its log section markers (Gitlab::Regex.build_trace_section_regex), so
    // that text GitLab shows as text is not taken for a marker.
    const log_lines_SECTION_MARKER = 
    // eslint-disable-next-line no-control-regex -- the marker ends with an ANSI escape
    /section_(start|end):\d+:([a-zA-Z0-9_.-]+)(\[\w+=\w+(?:, ?\w+=\w+)*\])?\r\x1b\[0K/g;
    // CSI sequences (ESC [ parameters intermediates final). Colour (SGR, final `m`) is kept; cursor
    // moves and erases (`ESC[0K`, `ESC[2K`, `ESC[1A`) mean nothing once a line is a line.
    // eslint-disable-next-line no-control-regex -- ANSI escapes
        const CSI = /\x1b\[([0-?]*)([ -/]*)([@-~])/g;
    // 2026-12-02T10:00:00.123456Z 00O+ : a UTC time, the stream (2 hex digits), E(rr) or O(ut), and
    // `+` for a line that goes on the one before (GitLab's Gitlab::Ci::Trace::Stream).
        const TIMESTAMP_HEADER = /^\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d\.\d{6}Z [0-9a-f]{2}[EO][+ ]/;
    /**
 * Turns the bytes of one job log, in chunks of any size, into LogPieces. A character split across
 * chunks stays whole; a line is given out once its end arrives (or at `end`); `\r` redraws keep
 * the line's last state. A colour left on at the end of a line is closed there and opened again
 * on the next, so each line reads right on its own (the runner's log shows lines one by one).
 */
    class LogLineAssembler {
      decoder=new external_node_string_decoder_.StringDecoder("utf8");
      /** The start of a line whose break has not arrived. */
      partial="";
      /**
     * In a log with timestamps, the last whole line, held until the next one shows whether it
     * goes on (see `flush`).
     */
      pending=null;
      /** Whether the log's lines start with a timestamp header; decided by its first line. */
      timestamped;
      /** SGR sequences in force since the last reset, carried to the next line. */
      colour="";
      push(chunk) {
        // What is held has no line break: look for one only in what is new.
        const held = this.partial.length;
        this.partial += this.decoder.write(chunk);
        const pieces = [];
        let start = 0;
        for (let nl = this.partial.indexOf("\n", held); nl >= 0; nl = this.partial.indexOf("\n", start)) {
          this.physical(this.partial.slice(start, nl), pieces);
          start = nl + 1;
        }
        this.partial = this.partial.slice(start);
        if (this.partial.length > 65536) {
          // A progress bar redrawn without end, or one endless line: keep its last state, and cut it
          // if it is still too long.
          this.partial = lastState(this.partial);
          while (this.partial.length > 65536) {
            this.physical(this.partial.slice(0, 65536), pieces);
            this.partial = this.partial.slice(65536);
          }
        }
        return pieces;
      }
      /**
     * Gives out a whole line held to see whether the next one continues it (logs with timestamps
     * only): called after each read, so that a line is not held until the job writes another. A
     * continuation that arrives later then starts a line of its own.
     */      flush() {
        const pieces = [];
        if (this.pending !== null) this.line(this.pending, pieces);
        this.pending = null;
        return pieces;
      }
      /** The log ended: a last line without its line break is given out too. */      end() {
        this.partial += this.decoder.end();
        const pieces = [];
        if (this.partial !== "") this.physical(this.partial, pieces);
        this.partial = "";
        return [ ...pieces, ...this.flush() ];
      }
      /** Characters held for lines whose end has not arrived. */      get heldChars() {
        return this.partial.length + (this.pending?.length ?? 0);
      }
      /**
     * One line as stored. Since GitLab Runner 18.7 each starts with a timestamp header, whose last
     * character is `+` when the line goes on the one before (the runner flushed a part of it).
     */      physical(raw, pieces) {
        this.timestamped ??= TIMESTAMP_HEADER.test(raw);
        if (!this.timestamped) return this.line(raw, pieces);
        const header = hasTimestamp(raw);
        const text = header ? raw.slice(32) : raw;
        if (header && raw[31] === "+" && this.pending !== null) {
          this.pending += text;
          if (this.pending.length > 65536) pieces.push(...this.flush());
          return;
        }
        pieces.push(...this.flush());
        this.pending = text;
      }
      line(raw, pieces) {
        const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
        let at = 0;
        let opened = null;
        for (const marker of line.matchAll(log_lines_SECTION_MARKER)) {
          const before = this.text(line.slice(at, marker.index));
          // The text right after a start marker is the section's header.
                    if (opened) opened.header = before; else if (before !== "") pieces.push({
            kind: "line",
            text: before
          });
          opened = null;
          at = marker.index + marker[0].length;
          const name = marker[2];
          if (marker[1] === "end") pieces.push({
            kind: "section-end",
            name: name
          }); else {
            const collapsed = /collapsed=true/.test(marker[3] ?? "");
            opened = {
              kind: "section-start",
              name: name,
              header: "",
              collapsed: collapsed
            };
            pieces.push(opened);
          }
        }
        const rest = this.text(line.slice(at));
        if (opened) opened.header = rest;
        // A line that held only markers is no line; an empty line of the log is one.
         else if (rest !== "" || at === 0) pieces.push({
          kind: "line",
          text: rest
        });
      }
      /** One line's text: its last redraw, erases dropped, colour carried over from the line before. */      text(segment) {
        const last = lastState(segment);
        // A redraw may start with a timestamp header of its own.
                const redrawn = this.timestamped && hasTimestamp(last) ? last.slice(32) : last;
        const shown = redrawn.replace(CSI, (sequence, _params, mid, final) => final === "m" && mid === "" ? sequence : "");
        if (shown === "") return "";
        const carried = this.colour;
        for (const match of shown.matchAll(CSI)) {
          const params = match[1];
          if (/^[0;]*$/.test(params)) this.colour = ""; else if (/^0;/.test(params)) this.colour = match[0]; else if (this.colour.length < 256) this.colour += match[0];
        }
        return `${carried}${shown}${this.colour ? "[0m" : ""}`;
      }
    }
    /** `10%\r50%\r100%` → `100%`: what a terminal shows after the redraws. */    function lastState(text) {
      const cr = text.lastIndexOf("\r");
      if (cr < 0) return text;
      const last = text.slice(cr + 1);
      // "text\r" alone (the line's end not yet here, or a CRLF) keeps the text.
            return last === "" ? lastState(text.slice(0, cr)) : last;
    }
    /** A timestamp header at the start of `text`, checked by position as GitLab does. */    function hasTimestamp(text) {
      return text.length >= 32 && text[26] === "Z" && text[4] === "-" && text[7] === "-" && text[10] === "T" && text[13] === ":" && (text[30] === "E" || text[30] === "O");
    }
    // A job in these is writing its log; in these it ended, and its log is complete.
    const RUNNING = new Set([ "running", "canceling" ]);
    const ENDED = new Set([ "success", "failed", "canceled" ]);
    /**
 * Whether a GitLab honours the trace's `byte_offset`/`byte_limit`, per client (one GitLab each),
 * once an answer proved it either way.
 */    const rangeSupport = new WeakMap;
    /** What is known of `client`'s range support: undefined until an answer proved it. */    const STOP = new Error("enough of this log for now");
    /**
 * Follows the logs of running jobs, reading only what is new at each check (see README, "Live job
 * logs"):
 * - Where GitLab honours `byte_offset`/`byte_limit`, each read asks for the bytes after those
 *   already seen, at most 500 KiB a request. Until that is known, a read asks for fewer bytes
 *   than are already known of the log: a GitLab that ignores the parameters sends the whole log,
 *   which is then longer than asked, so an answer's length proves either way.
 * - Otherwise the log is read again each check and the bytes already seen are skipped, while it
 *   is under `rereadLimitBytes`; a longer one pauses, and when it ends it is read once and its
 *   last lines shown.
 * A job seen ended is read to its end, so the lines it wrote since the last check are not lost.
 * Memory: one read (at most 500 KiB), one held line per job (MAX_LINE_CHARS), and the tail of a
 * log past what is shown (256 Ki characters), whatever the log size.
 */    class LiveLogs {
      client;
      options;
      followed=new Map;
      budget;
      rereadLimit;
      shownLimit;
      tailLines;
      turn=0;
      constructor(client, options) {
        this.client = client;
        this.options = options;
        this.budget = options.checkBudgetBytes ?? 1048576;
        this.rereadLimit = options.rereadLimitBytes ?? 1048576;
        this.shownLimit = options.shownLimitBytes ?? 8388608;
        this.tailLines = options.tailLines ?? 300;
      }
      /**
     * Reads what is new in the logs of `jobs` (with their statuses now), within the budget. Pass
     * the jobs that ended since the last check too, with their final status: their logs are then
     * read to the end. With `final`, every job followed so far is read to its end.
     */      async check(jobs, options) {
        const stats = {
          requests: 0,
          bytes: 0,
          behind: false
        };
        const due = this.due(jobs, options.final === true);
        // Start with a different job each check, so that a budget spent early is fair over time.
                const start = due.length ? this.turn++ % due.length : 0;
        const order = [ ...due.slice(start), ...due.slice(0, start) ];
        let left = options.final ? 1 / 0 : this.budget;
        for (const [index, job] of order.entries()) {
          if (options.signal?.aborted || left <= 0 && index > 0) {
            stats.behind = true;
            break;
          }
          const before = stats.bytes;
          await this.read(job, left, index === 0, options, stats);
          left -= stats.bytes - before;
        }
        return stats;
      }
      /**
     * Jobs whose log is still to be read, as of their statuses now; at the end of the wait, also
     * those followed earlier that `jobs` leaves out, read to the end of what they wrote.
     */      due(jobs, final) {
        const due = [];
        for (const job of jobs) {
          const project = job.project ?? this.options.project;
          const key = `${project}#${job.id}`;
          const running = RUNNING.has(job.status);
          const ended = ENDED.has(job.status);
          let followed = this.followed.get(key);
          if (!followed) {
            // A job that ended without running (canceled before it started) has no log to read.
            if (!running && !(ended && job.duration !== null && job.duration !== 0)) continue;
            followed = {
              ref: {
                id: job.id,
                name: job.name,
                label: job.label ?? job.name,
                web_url: job.web_url
              },
              project: project,
              status: job.status,
              ended: ended,
              offset: 0,
              lines: new LogLineAssembler,
              shown: 0,
              tail: null,
              paused: false,
              failing: false,
              done: false
            };
            this.followed.set(key, followed);
          }
          if (followed.done) continue;
          followed.status = job.status;
          // At the end of the wait a job still running is read as far as it got, and closed.
                    followed.ended = ended || final;
          if (running || ended) due.push(followed);
        }
        if (final) for (const followed of this.followed.values()) if (!followed.done && !due.includes(followed)) {
          followed.ended = true;
          due.push(followed);
        }
        return due;
      }
      /** Reads one job's new bytes, at most `left` (or one re-read, without range support). */      async read(job, left, first, options, stats) {
        const events = [];
        try {
          let atEnd = false;
          for (;;) {
            const support = rangeSupport.get(this.client);
            // Without range support, or before it is known when a single byte is: a whole read
            // (an answer to a range from 1 could not tell a range from a 1-byte log).
                        if (support === false || support === void 0 && job.offset === 1) {
              atEnd = await this.readWhole(job, left, first, options, stats, events);
              break;
            }
            const limit = Math.min(endpoints /* MAX_TRACE_RANGE_BYTES */ .z5, left);
            const outcome = await this.readRange(job, limit, left, options, stats, events);
            if (outcome === "whole") {
              atEnd = true;
              break;
            }
            left -= outcome.bytes;
            atEnd = outcome.bytes < outcome.asked;
            if (atEnd || left <= 0 || options.signal?.aborted) break;
          }
          if (job.failing) job.failing = false;
          if (atEnd && job.ended) this.finish(job, events); else if (!atEnd && !job.paused) stats.behind = true;
        } catch (error) {
          if (error !== STOP) this.failed(job, error, options, events);
          if (error === STOP || options.signal?.aborted) stats.behind = true;
        } finally {
          // A line held to see whether the next goes on with it is not held past this read.
          if (!job.done) this.route(job, job.lines.flush(), events);
          if (events.length) options.emit(events);
        }
      }
      /**
     * One ranged read from `job.offset`. An answer longer than asked is the whole log from a GitLab
     * that ignores the range: the rest of it is then read as such, and 'whole' returned.
     */      async readRange(job, limit, left, options, stats, events) {
        const unknown = rangeSupport.get(this.client) === void 0;
        // Asking for fewer bytes than are known makes the answer decisive (see the class comment).
                const asked = unknown && job.offset > 1 ? Math.min(limit, job.offset - 1) : limit;
        const chunks = [];
        let received = 0;
        let whole = null;
        stats.requests++;
        await (0, endpoints /* streamJobTraceRange */ .cI)(this.client, job.project, job.ref.id, {
          byteOffset: job.offset,
          byteLimit: asked
        }, chunk => {
          stats.bytes += chunk.length;
          if (whole) return whole(chunk);
          received += chunk.length;
          if (received <= asked) return void chunks.push(chunk);
          // More than asked for: this GitLab ignores byte_offset and is sending the whole log.
                    rangeSupport.set(this.client, false);
          // What it sends beyond the bytes already seen counts against this check's budget.
                    whole = this.skipper(job, Math.max(0, left - job.offset), events);
          for (const held of chunks.splice(0)) whole(held);
          whole(chunk);
        }, {
          retryIf: () => false,
          maxAttempts: 1,
          signal: options.signal
        });
        if (whole) return "whole";
        if (unknown && job.offset > 1) rangeSupport.set(this.client, true);
        for (const chunk of chunks) this.feed(job, chunk, events);
        return {
          bytes: received,
          asked: asked
        };
      }
      /**
     * Reads the whole log, skipping the bytes already seen; returns whether its end was reached.
     * A running job's log is read again only while it is under the reread limit.
     */      async readWhole(job, left, first, options, stats, events) {
        if (!options.final && job.offset > this.rereadLimit) {
          if (!job.paused) {
            job.paused = true;
            job.tail = job.tail ?? new TailRing(this.tailLines);
            events.push({
              job: job.ref,
              kind: "paused",
              bytes: job.offset
            });
          }
          return false;
        }
        // Each re-read costs the bytes already seen: leave it to the next check when they are more
        // than this one has left (unless no other job was read yet, so that every check moves on).
                if (!first && job.offset >= left) return false;
        // The first job of a check always moves on, by a small part at least.
                const allowance = Math.max(left - job.offset, first ? 65536 : 0);
        stats.requests++;
        await (0, endpoints /* streamJobTraceRange */ .cI)(this.client, job.project, job.ref.id, void 0, this.skipper(job, allowance, events, stats), {
          retryIf: () => false,
          maxAttempts: 1,
          signal: options.signal
        });
        return true;
      }
      /**
     * A handler for a whole log's chunks: skips the bytes already seen, feeds the next ones, and
     * ends the read (throwing STOP) after `allowance` new bytes.
     */      skipper(job, allowance, events, stats) {
        let position = 0;
        let taken = 0;
        return chunk => {
          if (stats) stats.bytes += chunk.length;
          const from = Math.max(0, job.offset - position);
          position += chunk.length;
          if (from >= chunk.length) return;
          const fresh = chunk.subarray(from, from + Math.max(0, allowance - taken));
          taken += fresh.length;
          if (fresh.length) this.feed(job, fresh, events);
          if (taken >= allowance) throw STOP;
        };
      }
      feed(job, chunk, events) {
        job.offset += chunk.length;
        const pieces = job.lines.push(chunk);
        if (!job.tail && job.shown + chunk.length > this.shownLimit) job.tail = new TailRing(this.tailLines);
        if (!job.tail) job.shown += chunk.length;
        this.route(job, pieces, events);
      }
      route(job, pieces, events) {
        for (const piece of pieces) if (job.tail) job.tail.add(piece); else events.push({
          job: job.ref,
          ...piece
        });
      }
      finish(job, events) {
        this.route(job, job.lines.end(), events);
        if (job.tail) {
          const {lines: lines, bytes: bytes} = job.tail.dropped;
          if (lines > 0) events.push({
            job: job.ref,
            kind: "skipped",
            lines: lines,
            bytes: bytes
          });
          for (const piece of job.tail.pieces()) events.push({
            job: job.ref,
            ...piece
          });
        }
        events.push({
          job: job.ref,
          kind: "finished",
          status: job.status,
          bytes: job.offset
        });
        job.done = true;
        // Let go of what the job held; only its key stays, so that it is not read again.
                job.lines = new LogLineAssembler;
        job.tail = null;
      }
      failed(job, error, options, events) {
        if (options.signal?.aborted) return;
        const failure = error;
        const message = failure instanceof Error ? failure.message : String(error);
        // No access to the log, or the job is gone: asking again would give the same answer.
                const final = failure.status === 401 || failure.status === 403 || failure.status === 404;
        if (final || !job.failing) events.push({
          job: job.ref,
          kind: "unreadable",
          message: message,
          final: final
        });
        job.failing = true;
        if (final) this.finish(job, events);
      }
    }
    /** The last pieces of a log: a bounded number of lines, and of characters (256 Ki at most). */    class TailRing {
      size;
      ring=[];
      chars=0;
      dropped={
        lines: 0,
        bytes: 0
      };
      constructor(size) {
        this.size = size;
      }
      add(piece) {
        this.ring.push(piece);
        this.chars += piece.kind === "line" ? piece.text.length : 0;
        while (this.ring.length > this.size || this.chars > 262144 && this.ring.length > 1) {
          const gone = this.ring.shift();
          if (gone?.kind !== "line") continue;
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
    // EXTERNAL MODULE: external "node:fs"
        var external_node_fs_ = __webpack_require__(3024);
    // EXTERNAL MODULE: external "node:fs/promises"
        var promises_ = __webpack_require__(1455);
    // EXTERNAL MODULE: external "node:os"
        var external_node_os_ = __webpack_require__(8161);
    // CONCATENATED MODULE: ./src/run/results/glob.ts
    // The globs of `artifacts: JOB:GLOB`, matched against the paths inside an artifacts archive
    // (always `/`-separated). Our own few lines: path.matchesGlob is missing before Node 20.17 and
    // experimental where it exists.
    // `*` matches within one path segment, `?` one character of it, `**` any number of segments
    // (`dist/**` is everything below `dist`, `**/*.xml` every `.xml` file at any depth). Anything
    // else, braces and brackets included, is taken literally.
    function globToRegExp(glob) {
      let source = "";
      for (let i = 0; i < glob.length; i++) {
        const char = glob[i];
        if (char === "*" && glob[i + 1] === "*") {
          const segmentStart = i === 0 || glob[i - 1] === "/";
          const segmentEnd = i + 2 === glob.length || glob[i + 2] === "/";
          if (segmentStart && segmentEnd) {
            if (i + 2 === glob.length) 
            // A trailing `**`: everything below.
            source += ".*"; else {
              // `**/`: zero or more whole segments.
              source += "(?:[^/]*/)*";
              i++;
 // the `/` after `**` is part of the group
                        }
            i++;
            continue;
          }
          source += "[^/]*";
          i++;
          continue;
        }
        if (char === "*") source += "[^/]*"; else if (char === "?") source += "[^/]"; else source += char.replace(/[.+^${}()|[\]\\]/g, "\\$&");
      }
      return new RegExp(`^${source}$`);
    }
    /**
 * Whether an archive path is selected by the glob: the path itself matches, or one of its
 * directories does (`dist` selects `dist/app.js`, as a directory named in artifacts:paths does).
 */    function pathMatches(path, glob) {
      if (glob.test(path)) return true;
      for (let slash = path.indexOf("/"); slash > 0; slash = path.indexOf("/", slash + 1)) if (glob.test(path.slice(0, slash))) return true;
      return false;
    }
    // EXTERNAL MODULE: external "node:stream"
        var external_node_stream_ = __webpack_require__(7075);
    // EXTERNAL MODULE: external "node:stream/promises"
        var external_node_stream_promises_ = __webpack_require__(6466);
    // EXTERNAL MODULE: ./node_modules/yauzl/index.js
        var yauzl = __webpack_require__(663);
    // CONCATENATED MODULE: ./src/run/results/zip-extract.ts
    /** 1 GiB in 100,000 entries at most: far above a build's artifacts, far below a runner's disk. */
    const DEFAULT_EXTRACT_LIMITS = {
      maxTotalBytes: 1073741824,
      maxEntries: 1e5
    };
    /** An archive refused as a whole; `entry` names the entry when one is to blame. */    class ArchiveError extends Error {
      problem;
      entry;
      constructor(problem, message, entry, options) {
        super(message, options);
        this.problem = problem;
        this.entry = entry;
        this.name = "ArchiveError";
      }
    }
    const S_IFMT = 61440;
    const S_IFREG = 32768;
    const S_IFDIR = 16384;
    const S_IFLNK = 40960;
    const STORED = 0;
    const DEFLATED = 8;
    /**
 * Extracts the zip at `zipPath` into `destination` (an existing, empty directory). Every entry is
 * checked before anything is written: a hostile one fails the whole archive with an ArchiveError
 * naming it. Files are created exclusively, so an entry listed twice is refused too.
 */    async function extractZip(zipPath, destination, options = {}) {
      const limits = {
        ...DEFAULT_EXTRACT_LIMITS,
        ...options.limits
      };
      const root = external_node_path_.resolve(destination);
      let zip;
      try {
        zip = await yauzl.openPromise(zipPath, {
          lazyEntries: true,
          autoClose: false,
          // Names are decoded and judged below, so that the error is ours and names the entry.
          decodeStrings: false,
          validateEntrySizes: true
        });
      } catch (error) {
        throw new ArchiveError("unreadable", `the archive is not a readable zip (${message(error)})`, void 0, {
          cause: error
        });
      }
      try {
        if (zip.entryCount > limits.maxEntries) throw new ArchiveError("too-large", `the archive lists ${zip.entryCount} entries, more than the ${limits.maxEntries} allowed`);
        const planned = await plan(zip, root, limits, options.select);
        const totalBytes = planned.reduce((sum, item) => sum + item.entry.uncompressedSize, 0);
        return await write(zip, root, planned, totalBytes, options);
      } finally {
        zip.close();
      }
    }
    /** Reads the central directory, checks every entry, and keeps the selected ones. */    async function plan(zip, root, limits, select) {
      const planned = [];
      let total = 0;
      try {
        for await (const entry of zip.eachEntry()) {
          const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
          const directory = name.endsWith("/");
          const relative = directory ? name.slice(0, -1) : name;
          // Some tools list the archive's root as `./`: nothing to create.
                    if (directory && external_node_path_.posix.normalize(relative) === ".") continue;
          const unsafe = unsafeName(relative, root);
          if (unsafe) throw new ArchiveError("unsafe-entry", `the entry "${printable(name)}" ${unsafe}`, name);
          const mode = entry.externalFileAttributes >>> 16;
          const type = mode & S_IFMT;
          if (type === S_IFLNK) throw new ArchiveError("unsafe-entry", `the entry "${printable(name)}" is a symbolic link; links are not extracted, so that nothing can point outside the directory`, name);
          if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) throw new ArchiveError("unsafe-entry", `the entry "${printable(name)}" is not a file or a directory`, name);
          const isDirectory = directory || type === S_IFDIR;
          if (!isDirectory && entry.isEncrypted()) throw new ArchiveError("unreadable", `the entry "${printable(name)}" is encrypted`, name);
          if (!isDirectory && entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) throw new ArchiveError("unreadable", `the entry "${printable(name)}" uses compression method ${entry.compressionMethod}; only stored and deflated entries can be read`, name);
          const clean = external_node_path_.posix.normalize(relative);
 // `a/./b` and `a//b` are `a/b`
                    if (select && !select(clean)) continue;
          if (!isDirectory) {
            total += entry.uncompressedSize;
            if (total > limits.maxTotalBytes) throw new ArchiveError("too-large", `the entry "${printable(name)}" (${entry.uncompressedSize} bytes) takes the files extracted past ${limits.maxTotalBytes} bytes, the limit`, name);
          }
          planned.push({
            entry: entry,
            name: clean,
            directory: isDirectory,
            executable: (mode & 73) !== 0
          });
        }
      } catch (error) {
        if (error instanceof ArchiveError) throw error;
        throw new ArchiveError("unreadable", `the archive is damaged (${message(error)})`, void 0, {
          cause: error
        });
      }
      return planned;
    }
    /** Why an entry's path would leave `root` or cannot be written safely, or undefined. */    function unsafeName(name, root) {
      if (name === "") return "has an empty name";
      // eslint-disable-next-line no-control-regex
            if (/[\u0000-\u001f\u007f]/.test(name)) return "has a control character in its name";
      if (name.startsWith("/")) return "has an absolute path";
      if (/^[A-Za-z]:/.test(name)) return "starts with a drive letter";
      if (name.split("/").includes("..")) return 'contains ".." and would leave the directory';
      // Windows reads `name:stream` as an alternate data stream of `name`.
            if (process.platform === "win32" && name.includes(":")) return 'contains ":"';
      const target = external_node_path_.resolve(root, name);
      if (target === root || !target.startsWith(root + external_node_path_.sep)) return "would leave the directory once normalised";
      return;
    }
    async function write(zip, root, planned, totalBytes, options) {
      const step = options.progressStepBytes ?? 33554432;
      const files = [];
      let bytes = 0;
      let reported = 0;
      for (const item of planned) {
        options.signal?.throwIfAborted();
        const target = external_node_path_.resolve(root, item.name);
        if (item.directory) {
          await (0, promises_.mkdir)(target, {
            recursive: true
          });
          continue;
        }
        await (0, promises_.mkdir)(external_node_path_.dirname(target), {
          recursive: true
        });
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
          await (0, external_node_stream_promises_.pipeline)(data, counter, 
          // `wx`: a second entry of the same name (or a case-folded twin) fails instead of overwriting.
          // `wx`: a second entry of the same name (or a case-folded twin) fails instead of overwriting.
          (0, external_node_fs_.createWriteStream)(target, {
            flags: "wx",
            mode: item.executable ? 493 : 420
          }), {
            signal: options.signal
          });
        } catch (error) {
          if (options.signal?.aborted) throw error;
          throw entryWriteError(item.name, error);
        }
        files.push(item.name);
      }
      options.onProgress?.(bytes, totalBytes);
      return {
        files: files,
        bytes: bytes
      };
    }
    function entryWriteError(name, error) {
      const text = message(error);
      const shown = printable(name);
      // yauzl's validateEntrySizes: "too many bytes in the stream. expected N. got at least M".
            if (/too many bytes/i.test(text)) return new ArchiveError("zip-bomb", `the entry "${shown}" inflates past the size its header declares (${text}); the archive is refused`, name, {
        cause: error
      });
      const code = error.code;
      if (code === "EEXIST" || code === "ENOTDIR" || code === "EISDIR") return new ArchiveError("unsafe-entry", `the entry "${shown}" collides with another entry of the archive (${code})`, name, {
        cause: error
      });
      return new ArchiveError("unreadable", `the entry "${shown}" could not be extracted (${text})`, name, {
        cause: error
      });
    }
    // eslint-disable-next-line no-control-regex
        const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;
    /** A name from the archive as it can be shown on one line (control characters escaped). */    function printable(name) {
      return name.replace(CONTROL_CHARACTERS, char => `\\x${char.charCodeAt(0).toString(16).padStart(2, "0")}`);
    }
    function message(error) {
      return error instanceof Error ? error.message : String(error);
    }
    // CONCATENATED MODULE: ./src/run/results/artifacts.ts
    // `artifacts: JOB` or `JOB:GLOB`: a job's artifacts archive, streamed to a temporary file and
    // extracted under `artifacts-dir/JOB/` (docs/contract.md section 3.8).
    // eslint-disable-next-line no-control-regex
    const NOT_IN_A_FILE_NAME = /[/\\:*?"<>|\u0000-\u001f\u007f]/g;
    /**
 * The directory a job's files go to, one path segment: `/`, `\`, `:` and the other characters
 * Windows forbids become `_`, as do names that are only dots. Two jobs whose names differ only
 * there would share a directory: the caller should refuse that.
 */    function jobDirectoryName(job) {
      const name = job.replace(NOT_IN_A_FILE_NAME, "_").replace(/[. ]+$/, m => "_".repeat(m.length));
      return name === "" || /^\.+$/.test(name) ? "_" : name;
    }
    /** Most bytes of an archive downloaded before it is refused (the compressed size). */    const MAX_ARCHIVE_BYTES = 1073741824;
    /** Why a job's artifacts could not be brought in; names the job, and the entry when one is to blame. */    class ArtifactsError extends Error {
      problem;
      job;
      entry;
      constructor(problem, job, detail, entry, options) {
        super(`artifacts of ${job}: ${detail}`, options);
        this.problem = problem;
        this.job = job;
        this.entry = entry;
        this.name = "ArtifactsError";
      }
    }
    /**
 * Downloads the job's archive to a temporary file (never into memory), extracts it into a fresh
 * directory beside the target, and only when every entry was written swaps that directory in for
 * `<artifactsDir>/<job>/` (replacing what an earlier run left there). A refused archive leaves
 * nothing behind. Throws ArtifactsError; an abort rejects with the signal's reason.
 */    async function downloadArtifacts(client, project, job, options) {
      const dir = external_node_path_.resolve(options.artifactsDir, jobDirectoryName(job.name));
      const step = options.progressStepBytes ?? 33554432;
      const scratch = await (0, promises_.mkdtemp)(external_node_path_.join(options.tempDir ?? external_node_os_.tmpdir(), "gitlab-artifacts-"));
      let staging;
      try {
        const archive = external_node_path_.join(scratch, "artifacts.zip");
        await download(client, project, job, archive, options, step);
        options.signal?.throwIfAborted();
        await (0, promises_.mkdir)(options.artifactsDir, {
          recursive: true
        });
        staging = await (0, promises_.mkdtemp)(external_node_path_.join(options.artifactsDir, `.${external_node_path_.basename(dir)}.partial-`));
        const glob = options.glob === void 0 ? void 0 : globToRegExp(options.glob);
        let extracted;
        try {
          extracted = await extractZip(archive, staging, {
            select: glob ? name => pathMatches(name, glob) : void 0,
            limits: options.limits,
            signal: options.signal,
            progressStepBytes: step,
            onProgress: (bytes, totalBytes) => options.onProgress?.({
              job: job.name,
              phase: "extract",
              bytes: bytes,
              totalBytes: totalBytes
            })
          });
        } catch (error) {
          if (error instanceof ArchiveError) throw new ArtifactsError(error.problem, job.name, error.message, error.entry, {
            cause: error
          });
          throw error;
        }
        await (0, promises_.rm)(dir, {
          recursive: true,
          force: true
        });
        await (0, promises_.rename)(staging, dir);
        staging = void 0;
        return {
          dir: dir,
          files: extracted.files,
          bytes: extracted.bytes
        };
      } finally {
        if (staging) await (0, promises_.rm)(staging, {
          recursive: true,
          force: true
        });
        await (0, promises_.rm)(scratch, {
          recursive: true,
          force: true
        });
      }
    }
    // Restarts of a download cut short after its first byte (the client retries only before it):
    // the archive is read again from its beginning, as no byte range can be asked for.
        const MAX_DOWNLOAD_STARTS = 3;
    async function download(client, project, job, file, options, step) {
      const retry = options.retry ? {
        ...options.retry,
        signal: options.signal ?? options.retry.signal
      } : options.signal ? {
        maxAttempts: 1,
        retryIf: () => false,
        signal: options.signal
      } : void 0;
      for (let start = 1; ;start++) {
        const received = {
          bytes: 0
        };
        try {
          await downloadOnce(client, project, job, file, options, step, retry, received);
          return;
        } catch (error) {
          if (error instanceof ArtifactsError) throw error;
          if (options.signal?.aborted) throw options.signal.reason;
          const again = error instanceof errors /* GitLabError */ .Y && received.bytes > 0 && start < MAX_DOWNLOAD_STARTS && retry !== void 0 && retry.retryIf(error) && (retry.deadline === void 0 || Date.now() < retry.deadline);
          if (again) continue;
          if (error instanceof errors /* GitLabError */ .Y && error.status === 404) throw new ArtifactsError("missing", job.name, `job ${job.id} has no artifacts archive (GitLab answered 404): the job kept no artifacts:paths, or they expired or were erased`, void 0, {
            cause: error
          });
          throw new ArtifactsError("gitlab", job.name, error instanceof Error ? error.message : String(error), void 0, {
            cause: error
          });
        }
      }
    }
    async function downloadOnce(client, project, job, file, options, step, retry, received) {
      const maxBytes = options.maxArchiveBytes ?? MAX_ARCHIVE_BYTES;
      // Written as each chunk arrives, synchronously: nothing waits in memory for a slow disk.
            const fd = (0, external_node_fs_.openSync)(file, "w", 384);
      let reported = 0;
      try {
        await (0, endpoints /* streamJobArtifactsArchive */ .jg)(client, project, job.id, chunk => {
          received.bytes += chunk.length;
          if (received.bytes > maxBytes) throw new ArtifactsError("too-large", job.name, `the archive is larger than ${maxBytes} bytes, the most downloaded; narrow the job's artifacts:paths`);
          (0, external_node_fs_.writeSync)(fd, chunk);
          if (received.bytes - reported >= step) {
            reported = received.bytes;
            options.onProgress?.({
              job: job.name,
              phase: "download",
              bytes: received.bytes
            });
          }
        }, retry);
      } finally {
        (0, external_node_fs_.closeSync)(fd);
      }
      options.onProgress?.({
        job: job.name,
        phase: "download",
        bytes: received.bytes
      });
    }
    // EXTERNAL MODULE: external "node:util"
        var external_node_util_ = __webpack_require__(7975);
    // CONCATENATED MODULE: ./src/run/results/job-outputs.ts
    // `outputs-from`: one file read from a finished job's artifacts becomes step outputs
    // (docs/contract.md sections 3.8 and 5.2). The file's
    // content is data from the far side: keys are checked, values that are secrets are masked.
    /** The most read from one `outputs-from` file; a bigger file is refused, not cut. */
    const MAX_OUTPUTS_FILE_BYTES = 1048576;
    /**
 * Outputs the action sets itself. GitHub compares output names without regard to case, so a key
 * such as `STATUS` would stand for `status` too: such a key is kept in `job-outputs` but not set
 * as an output of its own (`clashes`), so the action's own output keeps its meaning.
 */    const ACTION_OUTPUT_NAMES = [ "pipeline-id", "pipeline-iid", "web-url", "project-id", "sha", "ref", "status", "duration", "jobs", "job-outputs", "artifacts-dir", "pipelines" ];
    /** GitHub's rule for an output name (the runner's file command accepts no other). */    const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
    /** Why `outputs-from` could not read a file; names the job and the path. */    class JobOutputsError extends Error {
      problem;
      job;
      path;
      constructor(problem, job, path, detail, options) {
        super(`outputs-from ${job}:${path}: ${detail}`, options);
        this.problem = problem;
        this.job = job;
        this.path = path;
        this.name = "JobOutputsError";
      }
    }
    /**
 * Reads `path` from the artifacts of `job` (streamed, refused past `maxBytes`) and parses it with
 * parseJobOutputs. Throws JobOutputsError naming the job and the path; once the signal aborts,
 * rejects with its reason.
 */    async function readJobOutputs(client, project, job, path, options = {}) {
      const maxBytes = options.maxBytes ?? MAX_OUTPUTS_FILE_BYTES;
      const chunks = [];
      let size = 0;
      const tooLarge = () => new JobOutputsError("too-large", job.name, path, `the file is larger than ${job_outputs_formatBytes(maxBytes)}, the most outputs-from reads; write only the values the workflow needs into it`);
      const retry = options.retry ?? (options.signal ? {
        maxAttempts: 1,
        retryIf: () => false,
        signal: options.signal
      } : void 0);
      try {
        await (0, endpoints /* streamJobArtifactFile */ .WO)(client, project, job.id, path, chunk => {
          size += chunk.length;
          if (size > maxBytes) throw tooLarge();
          chunks.push(chunk);
        }, retry);
      } catch (error) {
        if (error instanceof JobOutputsError) throw error;
        if (retry?.signal?.aborted) throw retry.signal.reason;
        if (error instanceof errors /* GitLabError */ .Y && error.status === 404) 
        // GitLab answers 404 alike for an unknown job, a job without artifacts (expired, erased, or
        // none kept) and a path not in the archive (docs/gitlab.md, "Artifacts, manual jobs, retry").
        throw new JobOutputsError("missing", job.name, path, `job ${job.id} has no such file in its artifacts (GitLab answered 404). List the file under the job's artifacts:paths (an artifacts:reports:dotenv file alone is not in the archive), and check that the artifacts have not expired`, {
          cause: error
        });
        const detail = error instanceof Error ? error.message : String(error);
        throw new JobOutputsError("gitlab", job.name, path, detail, {
          cause: error
        });
      }
      return parseJobOutputs(Buffer.concat(chunks), {
        job: job.name,
        path: path
      });
    }
    /**
 * Turns a file's bytes into outputs: `.json` as one flat object of strings, numbers and booleans,
 * anything else as dotenv (`KEY=VALUE`, `#` comments, quotes, `export`) read by Node's own
 * `util.parseEnv` (Node 20.12 and later). Throws JobOutputsError naming the job and the path.
 */    function parseJobOutputs(bytes, where) {
      const fail = (problem, detail) => new JobOutputsError(problem, where.job, where.path, detail);
      let text;
      try {
        text = new TextDecoder("utf-8", {
          fatal: true
        }).decode(bytes);
      } catch {
        throw fail("unreadable", "the file is not UTF-8 text");
      }
      text = text.replace(/^\uFEFF/, "");
      const entries = where.path.toLowerCase().endsWith(".json") ? jsonEntries(text, fail) : dotenvEntries(text, fail);
      const values = {};
      const masked = new Set;
      const clashes = [];
      const ownNames = new Set(ACTION_OUTPUT_NAMES.map(name => name.toLowerCase()));
      for (const [key, value] of entries) {
        if (!OUTPUT_NAME.test(key)) throw fail("invalid", `the key ${JSON.stringify(key)} is not a valid output name: start with a letter or _, then use letters, digits, _ and - only, e.g. DEPLOY_URL`);
        // defineProperty: a key such as __proto__ is an ordinary key here.
                Object.defineProperty(values, key, {
          value: value,
          enumerable: true,
          writable: true
        });
        if (ownNames.has(key.toLowerCase())) clashes.push(key);
        for (const secret of secretsIn(key, value)) masked.add(secret);
      }
      return {
        values: values,
        masked: [ ...masked ],
        clashes: clashes
      };
    }
    function jsonEntries(text, fail) {
      let parsed;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw fail("unreadable", `the file is not valid JSON (${error.message})`);
      }
      if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw fail("invalid", 'the JSON is not an object; write one flat object, e.g. {"DEPLOY_URL": "https://…", "REPLICAS": 3}');
      return Object.entries(parsed).map(([key, value]) => {
        if (typeof value === "string") return [ key, value ];
        if (typeof value === "number" || typeof value === "boolean") return [ key, String(value) ];
        const kind = value === null ? "null" : Array.isArray(value) ? "a list" : "an object";
        throw fail("invalid", `the value of ${JSON.stringify(key)} is ${kind}; outputs-from reads a flat object of strings, numbers and booleans`);
      });
    }
    function dotenvEntries(text, fail) {
      // util.parseEnv came in Node 20.12; the action runs on Node 24, the CLI may meet an older Node.
      const parseEnv = external_node_util_.parseEnv;
      if (!parseEnv) throw fail("unreadable", `reading a dotenv file needs Node 20.12 or later (${process.version})`);
      return Object.entries(parseEnv(text));
    }
    // GitLab's own token prefixes (src/gitlab/token-prefixes.ts), then GitHub's.
        const TOKEN_PATTERN = new RegExp(`(?:${[ ...[ "glpat", "glptt", "gloas", "gldt", "glrtr", "glrt", "glcbt", "glft", "glimt", "glagent", "glwt", "glsoat", "glffct" ].map(prefix => `${prefix}-`), "GR1348941", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_" ].join("|")})[A-Za-z0-9_.-]{8,}`, "g");
    // A JSON Web Token (header.payload.signature, both JSON parts base64url of `{"`).
        const JWT_PATTERN = /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+/g;
    const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;
    // Keys whose name says the value is a secret. GitLab's masked CI/CD variables cannot be told
    // from here: the dotenv file holds their plain value, and reading the job's project's variables
    // (GET /projects/:id/variables) needs the Maintainer role and the api scope, far more than
    // read_api; a "masked and hidden" variable's value is never given out at all. So the name of the
    // key stands in for GitLab's masked flag.
        const SECRET_KEY = /TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE|CREDENTIAL|API_?KEY|AUTH(?!OR)/i;
    // GitLab masks no value shorter than 8 characters; masking a short one would star out every
    // occurrence of, say, "true" in the log.
        const MIN_MASKED_BY_NAME = 8;
    /**
 * What to mask for one key: the whole value when its key says secret (8 characters or more) or
 * when it holds a token or a private key; then also each token alone, and each line of a
 * multi-line value (the runner masks line by line). No guess by entropy: digests, ids and URLs
 * look random, and GitHub drops a masked value from job outputs, which would break the chain.
 */    function secretsIn(key, value) {
      const tokens = [ ...value.matchAll(TOKEN_PATTERN), ...value.matchAll(JWT_PATTERN) ].map(match => match[0]);
      const namedSecret = SECRET_KEY.test(key) && value.trim().length >= MIN_MASKED_BY_NAME;
      if (tokens.length === 0 && !PRIVATE_KEY.test(value) && !namedSecret) return [];
      const lines = value.split(/\r\n|\r|\n/).map(line => line.trim()).filter(line => line !== "");
      return [ value, ...lines.length > 1 ? lines : [], ...tokens ];
    }
    function job_outputs_formatBytes(bytes) {
      if (bytes % 1048576 === 0) return bytes / 1048576 + " MiB";
      if (bytes % 1024 === 0) return bytes / 1024 + " KiB";
      return `${bytes} bytes`;
    }
    // CONCATENATED MODULE: ./src/run/results/collect-results.ts
    /**
 * The newest job of that name (bridges have no artifacts) that succeeded or was allowed to fail;
 * otherwise why not.
 */
    function finishedJobNamed(jobs, name) {
      const named = jobs.filter(job => job.name === name && !("downstream_pipeline" in job)).sort((a, b) => b.id - a.id);
      const newest = named[0];
      if (!newest) return "the pipeline has no job of that name";
      if (newest.status === "success" || newest.status === "failed" && newest.allow_failure) return {
        id: newest.id,
        name: newest.name,
        pipeline_id: newest.pipeline_id
      };
      return `job ${newest.id} ended ${newest.status}, so its artifacts are not read (only a job that succeeded or was allowed to fail)`;
    }
    /** The project of a job's pipeline: a multi-project downstream job lives in another one. */    function projectOfJob(context, job) {
      const pipeline = context.pipelines?.find(candidate => candidate.id === job.pipeline_id);
      return pipeline ? String(pipeline.project_id) : context.project;
    }
    /** Reads outputs-from files and downloads artifacts; never throws for what GitLab sends. */    async function collectResults(context) {
      const {settings: settings, log: log, clock: clock} = context;
      const collected = {
        maskedValues: [],
        outputClashes: [],
        problems: []
      };
      if (settings.outputsFrom.length === 0 && settings.artifacts.length === 0) return collected;
      // Ends with the run's cancellation or at the step's end, whatever GitLab does.
            const limit = (0, time_limit /* timeLimit */ .z)(Math.max(0, context.deadline - clock.now()), context.signal);
      const retry = (0, gitlab_retry /* quickReadPolicy */ .A2)({
        deadline: context.deadline,
        signal: limit.signal,
        clock: clock
      });
      try {
        if (settings.outputsFrom.length > 0) await readOutputs(context, collected, retry);
        if (settings.artifacts.length > 0) await readArtifacts(context, collected, retry, limit.signal);
      } finally {
        limit.dispose();
      }
      for (const problem of collected.problems) log.error(problem, "GitLab results not read");
      return collected;
    }
    async function readOutputs(context, collected, retry) {
      const {client: client, jobs: jobs, settings: settings, log: log} = context;
      const values = {};
      for (const request of settings.outputsFrom) {
        if (retry.signal?.aborted) {
          collected.problems.push(`outputs-from ${request.job}:${request.path}: not read, the time limit was reached or the run was cancelled`);
          continue;
        }
        const job = finishedJobNamed(jobs, request.job);
        if (typeof job === "string") {
          collected.problems.push(`outputs-from ${request.job}:${request.path}: ${job}`);
          continue;
        }
        try {
          const read = await readJobOutputs(client, projectOfJob(context, job), job, request.path, {
            retry: retry
          });
          for (const [key, value] of Object.entries(read.values)) Object.defineProperty(values, key, {
            value: value,
            enumerable: true,
            writable: true
          });
          collected.maskedValues.push(...read.masked);
          collected.outputClashes.push(...read.clashes);
          log.info(`Read ${Object.keys(read.values).length} output(s) from ${request.path} of job ${job.name} (#${job.id})`);
        } catch (error) {
          collected.problems.push(error instanceof JobOutputsError ? error.message : `outputs-from ${request.job}:${request.path}: not read (${collect_results_reasonOf(error)})`);
        }
      }
      collected.jobOutputs = values;
      const clashes = [ ...new Set(collected.outputClashes) ];
      collected.outputClashes = clashes;
      if (clashes.length > 0) log.warning(`outputs-from: ${clashes.join(", ")} would stand for the action's own output(s) of that name, so they are only in job-outputs; rename them in the file to have outputs of their own`, "outputs-from key clashes");
    }
    async function readArtifacts(context, collected, retry, signal) {
      const {client: client, jobs: jobs, settings: settings, log: log} = context;
      const dir = external_node_path_.resolve(context.settings.workspace ?? process.cwd(), settings.artifactsDir);
      collected.artifactsDir = dir;
      const names = new Set(jobs.map(job => job.name));
      const directories = new Map;
      for (const raw of settings.artifacts) {
        const request = (0, job_colon_lines /* resolveArtifactsRequest */ .vG)(raw, names);
        const where = `artifacts ${request.line}`;
        if (signal.aborted) {
          collected.problems.push(`${where}: not downloaded, the time limit was reached or the run was cancelled`);
          continue;
        }
        const job = finishedJobNamed(jobs, request.job);
        if (typeof job === "string") {
          collected.problems.push(`${where}: ${job}`);
          continue;
        }
        // Two jobs whose names differ only in characters a file name cannot hold would share one.
                const directory = jobDirectoryName(job.name);
        const other = directories.get(directory);
        if (other !== void 0 && other !== job.name) {
          collected.problems.push(`${where}: jobs ${other} and ${job.name} would both go to ${directory}/; download them in separate steps with different artifacts-dir`);
          continue;
        }
        directories.set(directory, job.name);
        log.info(`Downloading the artifacts of job ${job.name} (#${job.id}) into ${external_node_path_.join(dir, directory)}`);
        try {
          const extracted = await downloadArtifacts(client, projectOfJob(context, job), job, {
            artifactsDir: dir,
            glob: request.glob,
            tempDir: context.tempDir,
            retry: retry,
            signal: signal,
            onProgress: progress => log.info(`${progress.job}: ${progress.phase === "download" ? "downloaded" : "extracted"} ${megabytes(progress.bytes)}${progress.totalBytes ? ` of ${megabytes(progress.totalBytes)}` : ""}`)
          });
          log.info(`Extracted ${extracted.files.length} file(s), ${megabytes(extracted.bytes)}, of job ${job.name} into ${extracted.dir}`);
        } catch (error) {
          collected.problems.push(error instanceof ArtifactsError ? error.message : `${where}: not downloaded (${collect_results_reasonOf(error)})`);
        }
      }
    }
    const megabytes = bytes => `${(bytes / 1048576).toFixed(1)} MiB`;
    function collect_results_reasonOf(error) {
      if (error instanceof Error && error.name === "AbortError") return "the time limit was reached or the run was cancelled";
      return error instanceof Error ? error.message : String(error);
    }
    // EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js + 8 modules
        var schemas = __webpack_require__(4539);
    // EXTERNAL MODULE: ./src/gitlab/schemas.ts
        var gitlab_schemas = __webpack_require__(4675);
    // CONCATENATED MODULE: ./src/gitlab/control.ts
    // Requests that act on a pipeline the run follows or finds again: play a manual job, retry a
    // pipeline, list recent pipelines and read a pipeline's variables (docs/gitlab.md, "Artifacts,
    // manual jobs, retry").
    const projectPath = project => `/projects/${(0, client /* projectSegment */ .$W)(project)}`
    /** `POST /projects/:id/jobs/:job_id/play`: starts a manual job (needs the api scope). */;
    const playJob = async (client, project, jobId, retry) => (await client.request({
      method: "POST",
      path: `${projectPath(project)}/jobs/${jobId}/play`,
      schema: gitlab_schemas /* jobSchema */ .jQ,
      what: "job",
      operation: "play"
    }, retry)).data;
    /** `POST /projects/:id/pipelines/:id/retry`: runs its failed and canceled jobs again. */    const retryPipeline = async (client, project, pipelineId, retry) => (await client.request({
      method: "POST",
      path: `${projectPath(project)}/pipelines/${pipelineId}/retry`,
      schema: gitlab_schemas /* pipelineSchema */ .wr,
      what: "pipeline",
      operation: "retry"
    }, retry)).data;
    const pipelineListItem = schemas /* object */ .Ikc({
      id: schemas /* number */ .aig(),
      status: schemas /* string */ .YjP(),
      ref: schemas /* nullish */ .cl6(schemas /* string */ .YjP()),
      source: schemas /* nullish */ .cl6(schemas /* string */ .YjP())
    });
    /** One page of `GET /projects/:id/pipelines`, newest first, with GitLab's filters. */    const listPipelines = async (client, project, query, retry) => (await client.request({
      method: "GET",
      path: `${projectPath(project)}/pipelines`,
      query: query,
      schema: schemas /* array */ .YOg(pipelineListItem),
      what: "pipelines",
      operation: "read"
    }, retry)).data;
    const pipelineVariable = schemas /* object */ .Ikc({
      key: schemas /* string */ .YjP(),
      value: schemas /* nullish */ .cl6(schemas /* string */ .YjP())
    });
    /** `GET /projects/:id/pipelines/:id/variables`: the variables the pipeline was created with. */    const getPipelineVariables = async (client, project, pipelineId, retry) => (await client.request({
      method: "GET",
      path: `${projectPath(project)}/pipelines/${pipelineId}/variables`,
      schema: schemas /* array */ .YOg(pipelineVariable),
      what: "variables",
      operation: "read"
    }, retry)).data;
    // CONCATENATED MODULE: ./src/run/control/play-manual.ts
    // play-manual: start the named manual jobs (or with `*` every manual job that blocks the
    // pipeline) when the wait sees them, then keep waiting (docs/contract.md, "Manual jobs").
    /** The manual jobs to play now: named ones, or with `*` the blocking ones (allow_failure false). */
    function jobsToPlay(jobs, names, played) {
      if (names.length === 0) return [];
      const all = names.includes("*");
      return jobs.filter(job => job.status === "manual" && !played.has(job.id) && (all ? !job.allow_failure : names.includes(job.name)));
    }
    /**
 * Plays each job once. A refusal (a protected environment, a role that may not run it) is an
 * error in the log and the wait goes on: the pipeline then ends `manual`, which the report shows.
 */    async function playManualJobs(client, project, jobs, played, log, retry) {
      for (const job of jobs) {
        played.add(job.id);
        try {
          await playJob(client, project, job.id, retry);
          log.notice(`Played the manual job ${job.stage} › ${job.name} (#${job.id}) as asked by play-manual: ${job.web_url}`, `Played ${job.name}`);
        } catch (error) {
          if (!(error instanceof errors /* GitLabError */ .Y)) throw error;
          log.error(`Could not play the manual job ${job.name} (#${job.id}): ${error.message}`, `Manual job ${job.name} not played`);
        }
      }
    }
    // CONCATENATED MODULE: ./src/run/start/rerun.ts
    // on-rerun: reuse. Every pipeline the action triggers (with an api-token) carries a marker
    // variable naming the GitHub run and step; a re-run of that run looks for it among the project's
    // recent triggered pipelines on the ref and follows it instead of triggering a second one
    // (docs/contract.md, "Re-runs").
    /** The variable that marks a pipeline with the run and step that triggered it. */
    const RERUN_MARKER = "GITLAB_TRIGGER_AND_WAIT_RUN";
    /** Pipelines listed (one page, newest first) and variables read, at most, to find the earlier one. */    const RERUN_SEARCH_PIPELINES = 20;
    /** GitHub lets a run be re-run for 30 days: older pipelines are not looked at. */    const RERUN_WINDOW_MS = 26784e5;
    /**
 * The identity of this step in this run, from the runner's environment; undefined outside a
 * GitHub Actions run. Matrix legs share the job's name and the step's id: they differ only
 * through their trigger inputs (ref, variables, inputs), so legs that trigger with the same
 * inputs cannot be told apart (docs/contract.md, "Re-runs").
 */    async function rerunIdentity(env, settings) {
      const runId = env.GITHUB_RUN_ID?.trim();
      if (!runId || !/^\d+$/.test(runId)) return;
      const attempt = Number(env.GITHUB_RUN_ATTEMPT?.trim() || "1");
      const {createHash: createHash} = await Promise.resolve().then(__webpack_require__.t.bind(__webpack_require__, 7598, 23));
      const sorted = values => Object.entries(values).sort(([a], [b]) => a < b ? -1 : 1);
      const inputs = JSON.stringify([ settings.gitlabUrl, settings.project, settings.ref, sorted(settings.variables), sorted(settings.inputs) ]);
      const step = JSON.stringify([ env.GITHUB_REPOSITORY ?? "", runId, env.GITHUB_JOB ?? "", env.GITHUB_ACTION ?? "", createHash("sha256").update(inputs).digest("hex") ]);
      const hash = createHash("sha256").update(step).digest("hex").slice(0, 32);
      return {
        attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
        marker: `${runId}-${hash}`
      };
    }
    /**
 * The newest pipeline on the ref, triggered within GitHub's re-run window, whose marker is this
 * step's: one list request and at most RERUN_SEARCH_PIPELINES variable reads. Undefined when none
 * is found or the search cannot be made (said in the log); never a pipeline with another marker.
 */    async function findEarlierPipeline(client, settings, marker, log, clock, signal) {
      const retry = (0, gitlab_retry /* quickReadPolicy */ .A2)({
        signal: signal,
        clock: clock
      });
      const since = new Date(clock.now() - RERUN_WINDOW_MS).toISOString();
      try {
        const pipelines = await listPipelines(client, settings.project, {
          ref: settings.ref,
          source: "trigger",
          updated_after: since,
          per_page: RERUN_SEARCH_PIPELINES
        }, retry);
        let hidden = 0;
        for (const candidate of pipelines.slice(0, RERUN_SEARCH_PIPELINES)) {
          let variables;
          try {
            variables = await getPipelineVariables(client, settings.project, candidate.id, retry);
          } catch (error) {
            // Variables are readable only to Maintainers and to the pipeline's triggerer: another
            // user's pipeline may be hidden while this step's own is not.
            if (error instanceof errors /* GitLabError */ .Y && error.status === 403) {
              hidden++;
              continue;
            }
            throw error;
          }
          if (variables.some(v => v.key === RERUN_MARKER && v.value === marker)) return candidate.id;
        }
        if (hidden > 0 && hidden === pipelines.length) log.warning(`on-rerun: the api-token may not read the variables of the ${hidden} pipeline(s) triggered on ${settings.ref}, so the pipeline of an earlier attempt cannot be found: triggering a new one. Reading pipeline variables needs the Maintainer role, or the Developer role for the trigger token's owner`, "Re-run: earlier pipeline not found"); else log.info(`on-rerun: no pipeline of an earlier attempt among the ${pipelines.length} newest triggered on ${settings.ref}: triggering a new one`);
      } catch (error) {
        if (!(error instanceof errors /* GitLabError */ .Y)) throw error;
        log.warning(`on-rerun: could not look for the pipeline of an earlier attempt (${error.message}); triggering a new one`, "Re-run: earlier pipeline not found");
      }
      return;
    }
    /**
 * The earlier attempt's pipeline, made ready to follow: a failed or canceled one has its failed
 * and canceled jobs retried; any other is taken as it is.
 */    async function reuseEarlierPipeline(client, settings, id, log, clock, signal) {
      const retry = (0, gitlab_retry /* quickReadPolicy */ .A2)({
        signal: signal,
        clock: clock
      });
      const found = await (0, endpoints /* getPipeline */ .B0)(client, settings.project, id, retry);
      if (found.status !== "failed" && found.status !== "canceled") {
        log.notice(`This is a re-run: following pipeline #${found.id} (${found.status}) that an earlier attempt triggered, instead of triggering another: ${found.web_url}`, "GitLab pipeline of an earlier attempt");
        return {
          pipeline: found,
          retried: false
        };
      }
      // Not retried on failure: a retry GitLab received but whose answer was lost must not be repeated.
            const pipeline = await retryPipeline(client, settings.project, id, {
        ...retry,
        maxAttempts: 1
      });
      log.notice(`This is a re-run: pipeline #${found.id} of an earlier attempt ended ${found.status}; its failed and canceled jobs were retried, and it is followed again: ${found.web_url}`, "GitLab pipeline of an earlier attempt retried");
      return {
        pipeline: pipeline,
        retried: true
      };
    }
    // CONCATENATED MODULE: ./src/run/trigger-and-follow.ts
    /**
 * How long the step may run past `timeout`: the last look at the pipeline, the cancel and the
 * log reads all end within it (README, "Time limits").
 */
    const GRACE_MS = 25e3;
    // Kept back from the grace for the per-job annotations and the summary, which are local.
        const REPORT_RESERVE_MS = 2e3;
    /** The longest time spent retrying the trigger (429, refused connections), whatever the timeout. */    const TRIGGER_RETRY_CAP_MS = 3e5;
    // The look at the jobs after a cancel on SIGINT: the runner sends SIGTERM 7.5 s after SIGINT,
    // and the cancel itself may take 5 s of that.
        const LOOK_AFTER_ABORT_MS = 2e3;
    // The same look after a timeout, within what is left of the grace.
        const LOOK_AFTER_TIMEOUT_MS = 5e3;
    /**
 * The product in one function: trigger the pipeline and with `wait` follow it to its end, show
 * what happened while it goes, and return how it ended. Never throws for GitLab failures.
 */    async function triggerAndFollow(settings, {log: log, hooks: hooks = {}, signal: signal, clock: clock = runtime_clock /* realClock */ .d, tempDir: tempDir}) {
      const run = {
        settings: settings,
        log: log,
        hooks: hooks,
        signal: signal,
        clock: clock,
        tempDir: tempDir,
        result: {
          outcome: "gitlab-error",
          jobs: [],
          startedAt: clock.now(),
          endedAt: 0
        }
      };
      const clientOptions = {
        gitlabUrl: settings.gitlabUrl,
        requestTimeoutMs: settings.requestTimeoutMs
      };
      const gitlab = new client /* GitLabClient */ .zZ(clientOptions);
      const api = settings.apiToken ? new client /* GitLabClient */ .zZ({
        ...clientOptions,
        token: settings.apiToken
      }) : void 0;
      // Once the trigger request is out, its failures are reported as they are, even after a
      // cancellation: GitLab may have created the pipeline.
            let triggerSent = false;
      try {
        // With wait: the token reads the project and its pipelines; with inputs: GitLab takes them.
        if (api) await checkApiToken(api, settings, log, signal, clock);
        if (signal.aborted) return cancelledBeforeTrigger(run);
        if (settings.pipelineId !== void 0 && api) return await follow(api, await attach(api, run), run);
        const marker = await rerunMarker(api, run);
        if (typeof marker === "object") {
          if (!settings.wait || !api) return finish(run, "triggered");
          return await follow(api, marker, run);
        }
        triggerSent = true;
        const pipeline = await triggerMarked(gitlab, run, marker);
        if (!settings.wait || !api) return finish(run, "triggered");
        return await follow(api, pipeline, run);
      } catch (error) {
        // Aborting the pause between two trigger attempts throws the signal's reason, not a GitLabError.
        if (signal.aborted && !(triggerSent && error instanceof errors /* GitLabError */ .Y)) return cancelledBeforeTrigger(run);
        if (!(error instanceof errors /* GitLabError */ .Y)) throw error;
        log.error(error.message, `GitLab: ${error.request}`);
        return finish(run, "gitlab-error", error.message, error);
      }
    }
    function finish(run, outcome, reason, error) {
      Object.assign(run.result, {
        outcome: outcome,
        endedAt: run.clock.now()
      });
      if (reason !== void 0) run.result.reason = reason;
      if (error !== void 0) run.result.error = error;
      return run.result;
    }
    /** Calls a front end's hook; its failure is its own to report and never stops the run. */    async function callHook(run, call) {
      try {
        await call();
      } catch (error) {
        run.log.warning(`${error instanceof Error ? error.message : String(error)}; the run goes on`);
      }
    }
    function cancelledBeforeTrigger(run) {
      const reason = "Cancelled before a pipeline was created";
      run.log.error(reason, "Cancelled");
      return finish(run, "aborted", reason);
    }
    /**
 * on-rerun: on a re-run, the earlier attempt's pipeline (retried when it failed), to follow
 * instead of triggering; otherwise the marker to give the new pipeline, if any.
 */    async function rerunMarker(api, run) {
      const {settings: settings, log: log, clock: clock, signal: signal} = run;
      if (!settings.rerun || settings.onRerun !== "reuse") return;
      if (!api) {
        if (settings.rerun.attempt > 1) log.warning("This is a re-run, but on-rerun: reuse needs an api-token to find the pipeline an earlier attempt triggered: triggering a new one", "Re-run triggers a new pipeline");
        return;
      }
      const {marker: marker, attempt: attempt} = settings.rerun;
      if (attempt <= 1) return marker;
      const earlier = await findEarlierPipeline(api, settings, marker, log, clock, signal);
      if (earlier === void 0) return marker;
      const {pipeline: pipeline, retried: retried} = await reuseEarlierPipeline(api, settings, earlier, log, clock, signal);
      run.result.pipeline = pipeline;
      run.result.createdAt = clock.now();
      run.result.reused = retried ? "retried" : "followed";
      await callHook(run, () => run.hooks.pipelineCreated?.(pipeline));
      return pipeline;
    }
    /**
 * The trigger, with the re-run marker among the variables. A project that refuses variables to
 * the trigger's owner answers 400 before creating anything: without variables of the user's own,
 * the pipeline is then triggered without the marker, and re-runs cannot find it.
 */    async function triggerMarked(client, run, marker) {
      if (marker === void 0) return trigger(client, run);
      try {
        return await trigger(client, run, {
          [RERUN_MARKER]: marker
        });
      } catch (error) {
        const refused = error instanceof errors /* GitLabError */ .Y && error.status === 400 && /Insufficient permissions to set pipeline variables/i.test(error.gitlabMessage) && Object.keys(run.settings.variables).length === 0;
        if (!refused) throw error;
        run.log.warning(`GitLab refuses pipeline variables from this trigger token's owner, so the pipeline is triggered without the ${RERUN_MARKER} variable: a re-run of this job cannot find it and will trigger a new one (set on-rerun: new to skip the marker)`, "Re-runs cannot find this pipeline");
        return trigger(client, run);
      }
    }
    async function trigger(client, run, extraVariables = {}) {
      const {settings: settings, log: log, clock: clock, signal: signal} = run;
      const names = (label, values) => Object.keys(values).length > 0 ? `; ${label}: ${Object.keys(values).join(", ")}` : "";
      log.info(`Triggering a pipeline in ${settings.project} on ${settings.ref} (${settings.gitlabUrl})${names("variables", settings.variables)}${names("inputs", settings.inputs)}`);
      let pipeline;
      // Trigger retries end by min(timeout, TRIGGER_RETRY_CAP_MS), also for fire-and-forget runs.
            const budgetMs = Math.min(settings.timeoutMs, TRIGGER_RETRY_CAP_MS);
      const deadline = clock.now() + budgetMs;
      try {
        pipeline = await (0, endpoints /* triggerPipeline */ .jn)(client, settings.project, {
          token: settings.triggerToken,
          ref: settings.ref,
          variables: {
            ...settings.variables,
            ...extraVariables
          },
          // GitLab before 17.10 knows no inputs: send them only when given.
          ...Object.keys(settings.inputs).length > 0 ? {
            inputs: settings.inputs
          } : {}
        }, (0, gitlab_retry /* triggerPolicy */ .LF)({
          deadline: deadline,
          signal: signal,
          clock: clock,
          onRetry: (error, delayMs) => log.info(`${error.gitlabMessage}; trying again in ${(0, 
          durations /* formatDuration */ .a)(delayMs)}`)
        }));
      } catch (error) {
        if (error instanceof errors /* GitLabError */ .Y && error.status === 429 && error.retryAfterMs !== void 0 && clock.now() + error.retryAfterMs >= deadline) throw retryLater(error, budgetMs, clock);
        throw error instanceof errors /* GitLabError */ .Y && error.kind !== "http" && !error.neverSent ? mayHaveCreated(error, settings) : error;
      }
      run.result.pipeline = pipeline;
      run.result.createdAt = clock.now();
      // Older GitLab answers a configuration error with 201 and a failed pipeline (docs/gitlab.md 2.4 step 7).
            const yamlError = pipeline.status === "failed" && pipeline.yaml_errors;
      // The id and link go to the log before any runner file is written: whatever fails next, the
      // pipeline is not lost.
            if (yamlError) log.info(`Pipeline #${pipeline.id}: ${pipeline.web_url}`); else log.notice(`Pipeline #${pipeline.id} (${pipeline.status}) on ${pipeline.ref}: ${pipeline.web_url}`, "GitLab pipeline triggered");
      await callHook(run, () => run.hooks.pipelineCreated?.(pipeline));
      if (yamlError) throw new errors /* GitLabError */ .Y({
        kind: "http",
        request: "POST trigger/pipeline",
        gitlabMessage: `GitLab created pipeline #${pipeline.id} as failed: ${pipeline.yaml_errors}`,
        hint: "The pipeline configuration is invalid: fix .gitlab-ci.yml or the inputs it declares"
      });
      return pipeline;
    }
    /** pipeline-id: the existing pipeline, read once, stands where the trigger's answer would. */    async function attach(client, run) {
      const {settings: settings, log: log, signal: signal} = run;
      const id = settings.pipelineId;
      log.info(`Following pipeline #${id} of ${settings.project} (${settings.gitlabUrl})`);
      const pipeline = await (0, endpoints /* getPipeline */ .B0)(client, settings.project, id, (0, 
      gitlab_retry /* quickReadPolicy */ .A2)({
        signal: signal
      }));
      run.result.pipeline = pipeline;
      run.result.createdAt = run.clock.now();
      log.notice(`Pipeline #${pipeline.id} (${pipeline.status}) on ${pipeline.ref}: ${pipeline.web_url}`, "GitLab pipeline followed");
      await callHook(run, () => run.hooks.pipelineCreated?.(pipeline));
      return pipeline;
    }
    /**
 * A 429 whose Retry-After is past the time allowed for trigger retries: say when to try again
 * instead of sleeping through it.
 */    function retryLater(error, budgetMs, clock) {
      const waitMs = error.retryAfterMs ?? 0;
      const at = new Date(clock.now() + waitMs).toISOString().replace(/\.\d+Z$/, "Z");
      return error.with({
        hint: `GitLab asks to wait ${(0, durations /* formatDuration */ .a)(waitMs)}, longer than the ${(0, 
        durations /* formatDuration */ .a)(budgetMs)} allowed for trigger retries: no pipeline was created; run this again after ${at}`
      });
    }
    /** The trigger request went out but its answer was lost: GitLab may have created the pipeline. */    function mayHaveCreated(error, settings) {
      const pipelines = /^\d+$/.test(settings.project) ? "the project's pipelines" : `${settings.gitlabUrl}/${settings.project}/-/pipelines`;
      return error.with({
        hint: `GitLab may have created the pipeline anyway, so it was not sent again: look at ${pipelines} before running this again`,
        retryAfterMs: void 0
      });
    }
    async function follow(client, pipeline, run) {
      const {settings: settings, log: log, signal: signal, clock: clock, result: result} = run;
      // Followed and cancelled by the numeric id GitLab returned: a project renamed or moved while
      // the pipeline runs changes nothing.
            const project = String(pipeline.project_id);
      await callHook(run, () => run.hooks.watchStarted?.(pipeline, project));
      log.info(`Waiting up to ${(0, durations /* formatDuration */ .a)(settings.timeoutMs)} for pipeline #${pipeline.id} to end`);
      const deadline = clock.now() + settings.timeoutMs;
      // Everything after the wait (last look, cancel, logs, report) ends by then.
            const stepEnd = deadline + GRACE_MS;
      const watchEnded = () => callHook(run, () => run.hooks.watchEnded?.());
      let waited;
      const played = new Set;
      try {
        waited = await waitForPipeline({
          client: client,
          project: project,
          // A pipeline followed when it has already ended (or blocks on a job to play) is still
          // looked at once, for its jobs.
          pipeline: {
            ...pipeline,
            status: "created"
          },
          log: log,
          clock: clock,
          pollIntervalMs: settings.pollIntervalMs,
          deadline: deadline,
          signal: signal,
          onJobs: async (jobs, jobsProject, retry) => {
            const toPlay = jobsToPlay(jobs, settings.playManual, played);
            if (toPlay.length === 0) return false;
            await playManualJobs(client, jobsProject, toPlay, played, log, retry);
            return true;
          },
          followDownstream: settings.followDownstream,
          live: settings.jobLogs === "live" ? new LiveLogs(client, {
            project: project
          }) : void 0
        });
      } catch (error) {
        await watchEnded();
        throw error;
      }
      result.lastSeen = waited.pipeline;
      result.jobs = treeJobs(waited.tree);
      result.pipelines = treePipelines(waited.tree);
      const cancel = async (by, why, lookWithinMs) => {
        const status = await (0, control_cancel /* cancelDownstream */ .X)(client, project, pipeline.id, pipeline.web_url, log, why, {
          clock: clock
        });
        result.cancel = {
          by: by,
          succeeded: status !== void 0,
          statusAfter: status
        };
        result.leftRunning = false;
        // GitLab cancels child pipelines with their parent but not multi-project ones
        // (docs/gitlab.md, "Cancelling a pipeline"): those still running are cancelled here.
                for (const node of multiProjectStillRunning(waited.tree)) await (0, control_cancel /* cancelDownstream */ .X)(client, node.project, node.pipeline.id, node.pipeline.web_url, log, why, {
          clock: clock
        });
        // A cancel that failed changed nothing worth another read.
                if (status === void 0) return;
        const after = await (0, control_cancel /* lookAfterCancel */ .q)(client, project, pipeline.id, lookWithinMs);
        if (after.status !== void 0) result.cancel.statusAfter = after.status;
        if (after.jobs !== void 0) result.cancel.jobsAfter = [ ...after.jobs.map(job => ({
          ...job,
          pipeline_id: pipeline.id
        })), ...result.jobs.filter(job => job.pipeline_id !== pipeline.id) ];
      };
      const cancelOnAbort = async () => {
        if (settings.cancelOnAbort) await cancel("abort", "this run was cancelled", LOOK_AFTER_ABORT_MS); else result.leftRunning = true;
      };
      const cancelledRun = async while_ => {
        await watchEnded();
        const reason = `This run was cancelled while ${while_} pipeline #${pipeline.id}: ${pipeline.web_url}`;
        log.error(reason, "Cancelled");
        return finish(run, "aborted", reason);
      };
      if (waited.outcome === "aborted") {
        await cancelOnAbort();
        return cancelledRun("waiting for");
      }
      const timedOut = waited.outcome === "timeout";
      const status = timedOut ? "timeout" : waited.pipeline.status;
      result.finalStatus = status;
      result.duration = waited.pipeline.duration;
      // On timeout, cancel first: reading logs for the report can take a while.
            if (timedOut) if (settings.cancelOnTimeout) {
        const lookWithin = Math.min(LOOK_AFTER_TIMEOUT_MS, stepEnd - REPORT_RESERVE_MS - clock.now());
        await cancel("timeout", "timeout reached", lookWithin);
      } else result.leftRunning = true;
      await report(client, project, waited, status, run, stepEnd);
      if (signal.aborted) {
        // Cancelled while reading logs: a pipeline still running is cancelled as during the wait.
        if (timedOut && !settings.cancelOnTimeout) await cancelOnAbort();
        return cancelledRun("reporting on");
      }
      if (timedOut) {
        const reason = `Pipeline #${pipeline.id} did not end within the timeout of ${(0, 
        durations /* formatDuration */ .a)(settings.timeoutMs)}; it was ${waited.pipeline.status}: ${pipeline.web_url}`;
        log.error(reason, "Timed out");
        await watchEnded();
        return finish(run, "timeout", reason);
      }
      await watchEnded();
      const accepted = settings.acceptStatuses.includes(status);
      const collected = await collectResults({
        client: client,
        project: project,
        jobs: result.jobs,
        pipelines: result.pipelines,
        settings: settings,
        log: log,
        clock: clock,
        signal: signal,
        deadline: stepEnd - REPORT_RESERVE_MS,
        tempDir: run.tempDir
      });
      if (collected.jobOutputs !== void 0) {
        result.jobOutputs = collected.jobOutputs;
        result.maskedOutputValues = collected.maskedValues;
        result.outputClashes = collected.outputClashes;
      }
      if (collected.artifactsDir !== void 0) result.artifactsDir = collected.artifactsDir;
      if (signal.aborted) return cancelledRun("reading the results of");
      if (accepted && collected.problems.length > 0) return finish(run, "results-failed", collected.problems.join("\n"));
      if (accepted) return finish(run, "accepted");
      const reason = `Pipeline #${pipeline.id} ended ${status}, which is not in accept-statuses (${settings.acceptStatuses.join(", ")}): ${pipeline.web_url}`;
      log.error(reason, `Pipeline ${status}`);
      return finish(run, "not-accepted", reason);
    }
    /** The final status line, the job logs and the per-job errors, for every pipeline followed. */    async function report(client, project, waited, status, run, stepEnd) {
      const {settings: settings, log: log, signal: signal, clock: clock} = run;
      const {pipeline: pipeline} = waited;
      const duration = pipeline.duration === null ? "" : ` after ${(0, durations /* formatDuration */ .a)(pipeline.duration * 1e3)}`;
      log.info(`Pipeline #${pipeline.id} ${status === "timeout" ? `timed out while ${pipeline.status}` : `ended ${status}${duration}`}: ${pipeline.web_url}`);
      for (const node of waited.tree.slice(1)) log.info(`${node.prefix}Pipeline #${node.pipeline.id} ${(0, 
      statuses /* isFinalStatus */ .$)(node.pipeline.status) ? "ended" : "is"} ${node.pipeline.status}: ${node.pipeline.web_url}`);
      // Live logs were shown while the jobs ran: not a second time.
            if (settings.jobLogs !== "live") {
        // Log reads end with the run's cancellation or at the step's end, whatever GitLab does.
        const logs = (0, time_limit /* timeLimit */ .z)(Math.max(0, stepEnd - REPORT_RESERVE_MS - clock.now()), signal);
        try {
          for (const node of waited.tree) {
            if (node.unreadable) continue;
            await printJobLogs(client, node === waited.tree[0] ? project : node.project, jobsWithLogsToShow(node.jobs, settings.jobLogs).map(job => ({
              ...job,
              stage: node.prefix + job.stage
            })), log, (0, gitlab_retry /* quickReadPolicy */ .A2)({
              deadline: stepEnd - REPORT_RESERVE_MS,
              signal: logs.signal,
              clock: clock
            }));
          }
        } finally {
          logs.dispose();
        }
      }
      for (const node of waited.tree) for (const job of [ ...node.jobs, ...node.bridges ].filter(job => job.status === "failed").sort((a, b) => a.id - b.id)) {
        const reason = job.failure_reason ? ` (${job.failure_reason.replace(/_/g, " ")})` : "";
        const message = `${node.prefix}${job.stage} › ${job.name} failed${reason}: ${job.web_url}`;
        if (job.allow_failure) log.warning(`${message} (allowed to fail)`, `GitLab job ${job.name} failed`); else log.error(message, `GitLab job ${job.name} failed`);
      }
    }
    /** Every job and trigger job of the followed tree, with its pipeline, sorted by id. */    function treeJobs(tree) {
      return tree.flatMap(node => [ ...node.jobs, ...node.bridges ].map(job => ({
        ...job,
        pipeline_id: node.pipeline.id
      }))).sort((a, b) => a.id - b.id);
    }
    function treePipelines(tree) {
      return tree.map(node => ({
        id: node.pipeline.id,
        project_id: node.pipeline.project_id,
        web_url: node.pipeline.web_url,
        status: node.pipeline.status,
        parent_id: node.parentId,
        ...node.trigger ? {
          trigger_job_id: node.trigger.id
        } : {},
        path: node.prefix.trimEnd(),
        ...node.unreadable ? {
          unreadable: node.unreadable
        } : {}
      }));
    }
    /**
 * Downstream pipelines in another project than the pipeline that started them, still running:
 * cancelling their parent leaves them running.
 */    function multiProjectStillRunning(tree) {
      const byId = new Map(tree.map(node => [ node.pipeline.id, node ]));
      return tree.filter(node => {
        if (node.parentId === null || (0, statuses /* isFinalStatus */ .$)(node.pipeline.status)) return false;
        const parent = byId.get(node.parentId);
        return parent !== void 0 && parent.pipeline.project_id !== node.pipeline.project_id;
      });
    }
    // EXTERNAL MODULE: ./src/settings/settings.ts + 3 modules
        var settings = __webpack_require__(9063);
    // CONCATENATED MODULE: ./src/runtime/signals.ts
    /**
 * An AbortSignal that fires on SIGINT or SIGTERM. The runner cancels a step with SIGINT, then
 * SIGTERM 7.5 s later, then kills the process tree (actions/runner ProcessInvoker.cs).
 */
    function abortOnSignals() {
      const controller = new AbortController;
      const onSignal = signal => controller.abort(new Error(`received ${signal}`));
      process.once("SIGINT", onSignal);
      process.once("SIGTERM", onSignal);
      return controller.signal;
    }
    // CONCATENATED MODULE: ./src/action/main.ts
    /** The action's main step: read the inputs, trigger (and follow) the pipeline, fail the step unless it went well. */
    async function run() {
      const log = new action_log /* ActionLog */ .n;
      const files = new RunnerFiles(log);
      try {
        const read = (0, inputs /* readSettings */ .s)(log);
        const settings = {
          ...read,
          rerun: await rerunIdentity(process.env, read)
        };
        // Outputs and state are written the moment they are known: a step killed later keeps them.
                const hooks = {
          pipelineCreated: pipeline => files.setOutputs(creationOutputs(pipeline)),
          watchStarted: (pipeline, projectId) => files.saveState({
            pipelineId: String(pipeline.id),
            projectId: projectId
          }),
          watchEnded: () => files.saveState({
            finished: "true"
          })
        };
        const result = await triggerAndFollow(settings, {
          log: log,
          hooks: hooks,
          signal: abortOnSignals(),
          tempDir: process.env.RUNNER_TEMP || void 0
        });
        // Values read from GitLab that are secrets are masked before any output holds them.
                for (const secret of result.maskedOutputValues ?? []) log.mask(secret);
        await files.setOutputs(keyOutputs(result));
        await files.setOutputs(finalOutputs(result));
        const summary = settings.summary ? runSummaryMarkdown(result, settings) : void 0;
        if (summary !== void 0) await files.writeSummary(summary);
        if (result.outcome !== "accepted" && result.outcome !== "triggered") process.exitCode = 1;
      } catch (error) {
        process.exitCode = 1;
        if (error instanceof settings /* InputError */ .dz) for (const issue of error.issues) log.error(`Input "${issue.input}" ${issue.message}`, `Invalid input: ${issue.input}`); else if (error instanceof settings /* EnvironmentError */ .eG) log.error(error.message, `Invalid environment variable: ${error.variable}`); else log.error(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    /***/  })
};