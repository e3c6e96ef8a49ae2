"use strict";
exports.id = 731;
exports.ids = [731];
exports.modules = {

/***/ 4731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   retryLater: () => (/* binding */ retryLater),
/* harmony export */   warnMarkerRefused: () => (/* binding */ warnMarkerRefused)
/* harmony export */ });
/* harmony import */ var _settings_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3080);
/* harmony import */ var _rerun_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8003);


function retryLater(error, budgetMs, clock) {
    const waitMs = error.retryAfterMs ?? 0;
    const asked = error.retryAfterClamped
        ? `more than a day (Retry-After: ${error.retryAfterClamped})`
        : (0,_settings_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(waitMs);
    const at = error.retryAfterClamped
        ? 'later'
        : `after ${new Date(clock.now() + waitMs).toISOString().replace(/\.\d+Z$/, 'Z')}`;
    return error.with({
        hint: `GitLab asks to wait ${asked}, longer than the ${(0,_settings_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(budgetMs)} allowed for trigger retries: no pipeline was created; run this again ${at}`
    });
}
function warnMarkerRefused(run) {
    const rerun = run.settings.rerun && run.settings.onRerun === 'reuse';
    run.log.warning(`GitLab refuses pipeline variables from this trigger token's owner, so the pipeline is triggered without the ${_rerun_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .RERUN_MARKER */ .s3} variable: ${rerun ? 'a re-run of this job cannot find it and will trigger a new one (set on-rerun: new to skip the marker), and ' : ''}an answer lost on the way back cannot be matched to it`, rerun ? 'Re-runs cannot find this pipeline' : 'Lost answers cannot be reconciled');
}


/***/ })

};
;