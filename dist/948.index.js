"use strict";
exports.id = 948;
exports.ids = [948];
exports.modules = {

/***/ 8948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   creationOutputs: () => (/* binding */ creationOutputs),
/* harmony export */   finalOutputs: () => (/* binding */ finalOutputs),
/* harmony export */   keyOutputs: () => (/* binding */ keyOutputs)
/* harmony export */ });
/* harmony import */ var _run_run_result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2932);

function creationOutputs(pipeline) {
    return {
        'pipeline-id': pipeline.id,
        'pipeline-iid': pipeline.iid,
        'web-url': pipeline.web_url,
        'project-id': pipeline.project_id,
        sha: pipeline.sha,
        ref: pipeline.ref,
        status: pipeline.status
    };
}
function finalOutputs(result) {
    if (result.finalStatus === undefined)
        return {};
    const outputs = {
        status: result.finalStatus,
        duration: result.duration ?? '',
        jobs: JSON.stringify((0,_run_run_result_js__WEBPACK_IMPORTED_MODULE_0__/* .jobEssentials */ .RK)(result.jobs)),
        pipelines: JSON.stringify((0,_run_run_result_js__WEBPACK_IMPORTED_MODULE_0__/* .pipelineEssentials */ .UQ)(result.pipelines))
    };
    if (result.jobOutputs !== undefined)
        outputs['job-outputs'] = JSON.stringify(result.jobOutputs);
    if (result.artifactsDir !== undefined)
        outputs['artifacts-dir'] = result.artifactsDir;
    return outputs;
}
function keyOutputs(result) {
    const clashes = new Set((result.outputClashes ?? []).map(key => key.toLowerCase()));
    const outputs = {};
    for (const [key, value] of Object.entries(result.jobOutputs ?? {}))
        if (!clashes.has(key.toLowerCase()))
            Object.defineProperty(outputs, key, { value, enumerable: true, writable: true });
    return outputs;
}


/***/ }),

/***/ 2932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ lastKnownStatus),
/* harmony export */   RK: () => (/* binding */ jobEssentials),
/* harmony export */   UQ: () => (/* binding */ pipelineEssentials),
/* harmony export */   yy: () => (/* binding */ lastKnownJobs)
/* harmony export */ });
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


/***/ })

};
;