"use strict";
exports.id = 661;
exports.ids = [661];
exports.modules = {

/***/ 6661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var _action_reporter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5029);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1729);
/* harmony import */ var _action_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3175);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(833);
/* harmony import */ var _gitlab_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8330);
/* harmony import */ var _gitlab_endpoints_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(359);
/* harmony import */ var _pipeline_status_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1948);







/**
 * The post step: if the main step was killed while it watched a pipeline, cancel that pipeline
 * (cancel-on-abort). When the main step ended by itself it does nothing. Never fails the job.
 */
async function runPost() {
    const reporter = new _action_reporter_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionReporter */ .U();
    const { pipelineId, finished } = (0,_action_state_js__WEBPACK_IMPORTED_MODULE_2__/* .watchState */ .lA)();
    if (!pipelineId || finished)
        return;
    try {
        const settings = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readSettings */ .s)(reporter);
        if (!settings.cancelOnAbort || !settings.apiToken)
            return;
        const client = new _gitlab_client_js__WEBPACK_IMPORTED_MODULE_4__/* .GitLabClient */ .z({ gitlabUrl: settings.gitlabUrl, token: settings.apiToken });
        const pipeline = await (0,_gitlab_endpoints_js__WEBPACK_IMPORTED_MODULE_5__/* .getPipeline */ .B0)(client, settings.project, Number(pipelineId));
        if ((0,_pipeline_status_js__WEBPACK_IMPORTED_MODULE_6__/* .isFinalStatus */ .$)(pipeline.status)) {
            reporter.info(`Pipeline #${pipelineId} already ended (${pipeline.status}); nothing to cancel`);
            return;
        }
        await (0,_cancel_js__WEBPACK_IMPORTED_MODULE_3__/* .cancelDownstream */ .X)(client, settings.project, pipeline.id, pipeline.web_url, reporter, 'the main step was stopped before it could');
    }
    catch (error) {
        reporter.warning(`Could not cancel pipeline #${pipelineId}: ${error instanceof Error ? error.message : String(error)}`);
    }
}


/***/ })

};
;