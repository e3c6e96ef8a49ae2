"use strict";
exports.id = 5;
exports.ids = [5];
exports.modules = {

/***/ 2005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rateLimitOf: () => (/* binding */ rateLimitOf)
/* harmony export */ });
/* unused harmony exports MAX_RATE_LIMIT_WINDOW_MS, remainingOf */
const MAX_RATE_LIMIT_WINDOW_MS = 3_600_000;
const EPOCH_SECONDS_FROM = 1_000_000_000;
const single = (value) => (Array.isArray(value) ? value[0] : value)?.trim();
function rateLimitOf(headers, now) {
    const limit = Number(single(headers['ratelimit-limit']));
    const remaining = Number(single(headers['ratelimit-remaining']));
    const reset = Number(single(headers['ratelimit-reset']));
    if (!Number.isSafeInteger(limit) || limit <= 0)
        return undefined;
    if (!Number.isFinite(remaining) || !Number.isFinite(reset) || reset < 0)
        return undefined;
    const resetAt = reset < EPOCH_SECONDS_FROM ? now + reset * 1000 : reset * 1000;
    return {
        limit,
        remaining: Math.min(limit, Math.max(0, Math.floor(remaining))),
        resetAt: Math.min(now + MAX_RATE_LIMIT_WINDOW_MS, Math.max(now, resetAt))
    };
}
function remainingOf(headers) {
    const value = single(headers['ratelimit-remaining']);
    return value && Number.isFinite(Number(value)) ? Number(value) : undefined;
}


/***/ })

};
;