"use strict";

exports.id = 718;

exports.ids = [ 718 ];

exports.modules = {
  /***/ 7718: 
  /***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.r(__webpack_exports__);
    /* harmony export */    __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ POST_STEP_BUDGET_MS: () => /* binding */ POST_STEP_BUDGET_MS,
      /* harmony export */ runPost: () => /* binding */ runPost
      /* harmony export */    });
    /* harmony import */    var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8864);
    /* harmony import */    var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1729);
    /* harmony import */    var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3175);
    /* harmony import */    var _runtime_time_limit_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8649);
    /* harmony import */    var _run_control_cancel_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8465);
    /* harmony import */    var _gitlab_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8330);
    /* harmony import */    var _gitlab_endpoints_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5661);
    /* harmony import */    var _gitlab_statuses_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8265);
    /* harmony import */    var _gitlab_retry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2177);
    /* harmony import */    var _run_retry_line_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5674);
    /**
 * The post step's own time budget: reading the pipeline and cancelling it, transient failures
 * (5xx, 429, resets, timeouts) retried, end within it (README, "Time limits").
 */    const POST_STEP_BUDGET_MS = 2e4;
    /**
 * The post step: if the main step was killed while it watched a pipeline, cancel that pipeline
 * (cancel-on-abort). When the main step ended by itself it does nothing. Never fails the job.
 */    async function runPost() {
      const log = new _log_js__WEBPACK_IMPORTED_MODULE_0__ /* .ActionLog */ .n;
      const {pipelineId: pipelineId, projectId: projectId, finished: finished} = (0, _state_js__WEBPACK_IMPORTED_MODULE_2__ /* .watchState */ .lA)();
      if (!pipelineId || finished) return;
      const budget = (0, _runtime_time_limit_js__WEBPACK_IMPORTED_MODULE_8__ /* .timeLimit */ .z)(POST_STEP_BUDGET_MS);
      try {
        const settings = (0, _inputs_js__WEBPACK_IMPORTED_MODULE_1__ /* .readSettings */ .s)(log);
        if (!settings.cancelOnAbort || !settings.apiToken) return;
        const client = new _gitlab_client_js__WEBPACK_IMPORTED_MODULE_4__ /* .GitLabClient */ .zZ({
          gitlabUrl: settings.gitlabUrl,
          token: settings.apiToken,
          requestTimeoutMs: settings.requestTimeoutMs
        });
        // The numeric id the main step saved: right even if the project was renamed since.
                const project = projectId ?? settings.project;
        const deadline = Date.now() + POST_STEP_BUDGET_MS;
        const retry = (0, _gitlab_retry_js__WEBPACK_IMPORTED_MODULE_6__ /* .cancelPolicy */ .Ny)({
          deadline: deadline,
          signal: budget.signal,
          onRetry: (error, delayMs) => log.info((0, _run_retry_line_js__WEBPACK_IMPORTED_MODULE_7__ /* .retryLine */ .R)(error, delayMs))
        });
        const pipeline = await (0, _gitlab_endpoints_js__WEBPACK_IMPORTED_MODULE_5__ /* .getPipeline */ .B0)(client, project, Number(pipelineId), retry);
        if ((0, _gitlab_statuses_js__WEBPACK_IMPORTED_MODULE_9__ /* .isFinalStatus */ .$)(pipeline.status)) {
          log.info(`Pipeline #${pipelineId} already ended (${pipeline.status}); nothing to cancel`);
          return;
        }
        await (0, _run_control_cancel_js__WEBPACK_IMPORTED_MODULE_3__ /* .cancelDownstream */ .X)(client, project, pipeline.id, pipeline.web_url, log, "the main step was stopped before it could", {
          withinMs: Math.max(1e3, deadline - Date.now())
        });
      } catch (error) {
        log.warning(`Could not cancel pipeline #${pipelineId}: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        budget.dispose();
      }
    }
    /***/  })
};