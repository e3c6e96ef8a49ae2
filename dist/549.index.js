"use strict";
exports.id = 549;
exports.ids = [549];
exports.modules = {

/***/ 9549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   requestLine: () => (/* binding */ requestLine)
/* harmony export */ });
function requestLine(info) {
    const remaining = info.rateLimitRemaining === undefined
        ? ''
        : ` (RateLimit-Remaining: ${info.rateLimitRemaining})`;
    return `GitLab request: ${info.method} ${info.path} -> ${info.outcome} in ${info.durationMs}ms${remaining}`;
}


/***/ })

};
;