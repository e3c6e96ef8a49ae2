/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = require("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = require("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = require("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = require("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = require("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = require("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = require("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = require("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = require("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = require("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = require("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = require("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = require("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = require("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = require("util");

/***/ }),

/***/ 9783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ getProxyUrl)
/* harmony export */ });
/* unused harmony export checkBypass */
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/runtime/exit.ts
/**
 * A reader that went away (`| head -c0`, a closed pipe) makes writes fail with EPIPE. Nothing more
 * can be shown there, and the exit code must still be the pipeline's: no stack trace, no crash.
 */
function survivePipeClosed() {
    for (const stream of [process.stdout, process.stderr])
        stream.on('error', () => { });
}
/**
 * Exits once stdout and stderr have drained (writes to a pipe are asynchronous on macOS), and
 * exits at once after that: a request left hanging by a cancelled wait must not keep the process alive.
 */
async function exitWhenFlushed(code) {
    const drained = (stream) => new Promise(resolve => {
        // A closed stream never drains; its write callback would report an error or never come.
        if (stream.destroyed || stream.writableEnded)
            return resolve();
        stream.write('', () => resolve());
    });
    await Promise.all([drained(process.stdout), drained(process.stderr)]);
    // Node 20 exits 0 on process.exit(undefined), whatever process.exitCode says.
    process.exit(code ?? process.exitCode);
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/settings/durations.ts
const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1 };
const DURATION = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/;
/**
 * Parses `90` (seconds), `45s`, `30m`, `1h30m`, `500ms` into milliseconds.
 * Returns undefined for anything else, so callers can word their own error.
 */
function parseDuration(text) {
    const value = text.trim();
    if (/^\d+$/.test(value))
        return Number(value) * UNIT_MS.s;
    const match = DURATION.exec(value);
    if (!match || value === '')
        return undefined;
    const [, h, m, s, ms] = match;
    return (Number(h ?? 0) * UNIT_MS.h +
        Number(m ?? 0) * UNIT_MS.m +
        Number(s ?? 0) * UNIT_MS.s +
        Number(ms ?? 0) * UNIT_MS.ms);
}
/** `3725000` -> `1h2m5s`: how durations are shown back to users. */
function formatDuration(ms) {
    let seconds = Math.round(ms / 1000);
    if (seconds === 0)
        return ms >= 1 ? `${Math.round(ms)}ms` : '0s';
    const h = Math.floor(seconds / 3600);
    seconds -= h * 3600;
    const m = Math.floor(seconds / 60);
    seconds -= m * 60;
    return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${seconds ? `${seconds}s` : ''}`;
}

;// CONCATENATED MODULE: ./src/gitlab/statuses.ts
/**
 * GitLab pipeline statuses (app/models/concerns/ci/has_status.rb). `manual` is not terminal in
 * GitLab, but a pipeline blocked on a manual job never moves without a person, so it ends the wait.
 */
const FINAL_STATUSES = ['success', 'failed', 'canceled', 'skipped', 'manual'];
function isFinalStatus(status) {
    return FINAL_STATUSES.includes(status);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/util.js

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (Symbol("evaluating")));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function util_isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const allowsEval = /* @__PURE__*/ (/* unused pure expression or super */ null && (cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (globalConfig.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
})));
function isPlainObject(o) {
    if (util_isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (util_isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/core.js
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                members(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const core_globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(core_globalConfig, newConfig);
    return core_globalConfig;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/checks.js
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckGreaterThan = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMultipleOf = 
/*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : util.floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? util.codePointLength(input) : units;
        if (length <= def.maximum)
            return;
        const origin = util.getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinLength = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? util.codePointLength(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = util.getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckLengthEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? util.codePointLength(input)
            : units;
        if (length === def.length)
            return;
        const origin = util.getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
})));
const $ZodCheckRegex = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckLowerCase = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.lowercase);
    $ZodCheckStringFormat.init(inst, def);
})));
const $ZodCheckUpperCase = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.uppercase);
    $ZodCheckStringFormat.init(inst, def);
})));
const $ZodCheckIncludes = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = util.escapeRegex(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckStartsWith = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${util.escapeRegex(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckEndsWith = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${util.escapeRegex(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(...util.prefixIssues(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    util.hide(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
})));
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
})));

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/regexes.js

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = (/* unused pure expression or super */ null && (`^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`));
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = (/* unused pure expression or super */ null && (`(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`));
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function regexes_anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ (/* unused pure expression or super */ null && (regexes_anchor(dateSource)));
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const regexes_boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = aborted(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (explicitlyAborted(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new $ZodAsyncError();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        attachSchema(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = aborted(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    attachSchema(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = aborted(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (aborted(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    checks.$ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
})));
const $ZodGUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.guid);
    $ZodStringFormat.init(inst, def);
})));
const $ZodUUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = regexes.uuid(v));
    }
    else
        def.pattern ?? (def.pattern = regexes.uuid());
    $ZodStringFormat.init(inst, def);
})));
const $ZodEmail = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.email);
    $ZodStringFormat.init(inst, def);
})));
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === regexes.httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodEmoji = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.emoji());
    $ZodStringFormat.init(inst, def);
})));
const $ZodNanoID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? regexes.nanoid : regexes.nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
})));
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.cuid);
    $ZodStringFormat.init(inst, def);
})));
const $ZodCUID2 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.cuid2);
    $ZodStringFormat.init(inst, def);
})));
const $ZodULID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.ulid);
    $ZodStringFormat.init(inst, def);
})));
const $ZodXID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.xid);
    $ZodStringFormat.init(inst, def);
})));
const $ZodKSUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.ksuid);
    $ZodStringFormat.init(inst, def);
})));
const $ZodISODateTime = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.datetime(def));
    $ZodStringFormat.init(inst, def);
})));
const $ZodISODate = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.date);
    $ZodStringFormat.init(inst, def);
})));
const $ZodISOTime = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.time(def));
    $ZodStringFormat.init(inst, def);
})));
const $ZodISODuration = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.duration);
    $ZodStringFormat.init(inst, def);
})));
const $ZodIPv4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.ipv4);
    $ZodStringFormat.init(inst, def);
})));
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.cidrv4);
    $ZodStringFormat.init(inst, def);
})));
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodE164 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.e164);
    $ZodStringFormat.init(inst, def);
})));
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes_boolean;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodBigInt = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.bigint;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
})));
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.null;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
})));
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
})));
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    attachSchema(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core_globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && aborted(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = optionalKeys(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    assignProp(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = util_isObject;
    const catchall = def.catchall;
    let value;
    const memo = core_globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = util.cached(() => normalizeDef(def));
    const memo = core.globalConfig.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : util.esc(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = util.isObject;
    const jit = !core.globalConfig.jitless;
    const allowsEval = util.allowsEval;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
})));
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !util.aborted(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    util.defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    util.defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => util.cleanRegex(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
})));
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
(/* unused pure expression or super */ null && (core.$constructor("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    util.defineLazyInternal(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    util.assignProp(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = util.rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = util.cached(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isObject(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
})));
const $ZodIntersection = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
})));
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (util.isPlainObject(a) && util.isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (util.aborted(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = util.aborted(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (util.aborted(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
})));
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...util.prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...util.prefixIssues(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isPlainObject(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...util.prefixIssues(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...util.prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && regexes.number.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...util.prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...util.prefixIssues(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
})));
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = util.getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    util.defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = util.getEnumValues(zod.def.entries).filter((k) => util.propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => util.escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    util.defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? util.escapeRegex(o) : o ? util.escapeRegex(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    core_globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    util.defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    util.defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
})));
const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : undefined;
    });
    defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    util.defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
})));
const $ZodNonOptional = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
})));
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
})));
const $ZodReadonly = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
})));
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    util.defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    util.defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    util.defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
})));
const $ZodCustom = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustom", (inst, def) => {
    checks.$ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
})));
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(util.issue(_iss));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/registries.js
var registries_a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(registries_a = globalThis).__zod_globalRegistry ?? (registries_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/api.js




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_null(Class, params) {
    return new Class({
        type: "null",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new checks.$ZodCheckLessThan({
        check: "less_than",
        ...util.normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new checks.$ZodCheckLessThan({
        check: "less_than",
        ...util.normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new checks.$ZodCheckGreaterThan({
        check: "greater_than",
        ...util.normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new checks.$ZodCheckGreaterThan({
        check: "greater_than",
        ...util.normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new checks.$ZodCheckMultipleOf({
        check: "multiple_of",
        ...util.normalizeParams(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new checks.$ZodCheckMaxLength({
        check: "max_length",
        ...util.normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new checks.$ZodCheckMinLength({
        check: "min_length",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new checks.$ZodCheckLengthEquals({
        check: "length_equals",
        ...util.normalizeParams(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new checks.$ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...util.normalizeParams(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new checks.$ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new checks.$ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new checks.$ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...util.normalizeParams(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new checks.$ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...util.normalizeParams(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new checks.$ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...util.normalizeParams(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new checks.$ZodCheckProperties({
        check: "properties",
        shape,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new checks.$ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => util.slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...util.normalizeParams(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util.issue(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(util.issue(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new checks.$ZodCheck({
        check: "custom",
        ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
    const ch = new $ZodCheck({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new $ZodCheck({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = $constructor("$ZodError", initializer);
const $ZodRealError = $constructor("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new $ZodAsyncError();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ (/* unused pure expression or super */ null && (Symbol.for("zod.compile.invalid")));
const COMPILE_FALLBACK = /* @__PURE__ */ (/* unused pure expression or super */ null && (Symbol.for("zod.compile.fallback")));
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new core.$ZodAsyncError();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/mini/schemas.js




const ZodMiniType = /*@__PURE__*/ $constructor("ZodMiniType", (inst, def) => {
    if (!inst._zod)
        throw new Error("Uninitialized schema in ZodMiniType.");
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
}, {
    // `with` is an alias for `check`: the same function object, not a wrapper.
    get with() {
        return this.check;
    },
    set with(value) {
        own(this, "with", value);
    },
    parse(data, params) {
        return parse_parse(this, data, params, { callee: this.parse });
    },
    parseAsync(data, params) {
        return parse_parseAsync(this, data, params, { callee: this.parseAsync });
    },
    safeParse(data, params) {
        return safeParse(this, data, params);
    },
    safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
    },
    check(...checks) {
        const def = this.def;
        return this.clone({
            ...def,
            checks: [
                ...(def.checks ?? []),
                ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }, { parent: true });
    },
    clone(_def, params) {
        return clone(this, _def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
});
const ZodMiniString = /*@__PURE__*/ $constructor("ZodMiniString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function schemas_string(params) {
    return _string(ZodMiniString, params);
}
const ZodMiniStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniStringFormat", (inst, def) => {
    core.$ZodStringFormat.init(inst, def);
    ZodMiniString.init(inst, def);
})));
const ZodMiniEmail = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniEmail", (inst, def) => {
    core.$ZodEmail.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_email(params) {
    return core._email(ZodMiniEmail, params);
}
const ZodMiniGUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniGUID", (inst, def) => {
    core.$ZodGUID.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_guid(params) {
    return core._guid(ZodMiniGUID, params);
}
const ZodMiniUUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniUUID", (inst, def) => {
    core.$ZodUUID.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_uuid(params) {
    return core._uuid(ZodMiniUUID, params);
}
// @__NO_SIDE_EFFECTS__
function uuidv4(params) {
    return core._uuidv4(ZodMiniUUID, params);
}
// ZodMiniUUIDv6
// @__NO_SIDE_EFFECTS__
function uuidv6(params) {
    return core._uuidv6(ZodMiniUUID, params);
}
// ZodMiniUUIDv7
// @__NO_SIDE_EFFECTS__
function uuidv7(params) {
    return core._uuidv7(ZodMiniUUID, params);
}
const ZodMiniURL = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniURL", (inst, def) => {
    core.$ZodURL.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function url(params) {
    return core._url(ZodMiniURL, params);
}
// @__NO_SIDE_EFFECTS__
function httpUrl(params) {
    return core._url(ZodMiniURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodMiniEmoji = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniEmoji", (inst, def) => {
    core.$ZodEmoji.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_emoji(params) {
    return core._emoji(ZodMiniEmoji, params);
}
const ZodMiniNanoID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniNanoID", (inst, def) => {
    core.$ZodNanoID.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_nanoid(params) {
    return core._nanoid(ZodMiniNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodMiniCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodMiniCUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniCUID", (inst, def) => {
    core.$ZodCUID.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function schemas_cuid(params) {
    return core._cuid(ZodMiniCUID, params);
}
const ZodMiniCUID2 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniCUID2", (inst, def) => {
    core.$ZodCUID2.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_cuid2(params) {
    return core._cuid2(ZodMiniCUID2, params);
}
const ZodMiniULID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniULID", (inst, def) => {
    core.$ZodULID.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_ulid(params) {
    return core._ulid(ZodMiniULID, params);
}
const ZodMiniXID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniXID", (inst, def) => {
    core.$ZodXID.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_xid(params) {
    return core._xid(ZodMiniXID, params);
}
const ZodMiniKSUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniKSUID", (inst, def) => {
    core.$ZodKSUID.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_ksuid(params) {
    return core._ksuid(ZodMiniKSUID, params);
}
const ZodMiniIPv4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniIPv4", (inst, def) => {
    core.$ZodIPv4.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_ipv4(params) {
    return core._ipv4(ZodMiniIPv4, params);
}
const ZodMiniIPv6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniIPv6", (inst, def) => {
    core.$ZodIPv6.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_ipv6(params) {
    return core._ipv6(ZodMiniIPv6, params);
}
const ZodMiniCIDRv4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniCIDRv4", (inst, def) => {
    core.$ZodCIDRv4.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_cidrv4(params) {
    return core._cidrv4(ZodMiniCIDRv4, params);
}
const ZodMiniCIDRv6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniCIDRv6", (inst, def) => {
    core.$ZodCIDRv6.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_cidrv6(params) {
    return core._cidrv6(ZodMiniCIDRv6, params);
}
const ZodMiniMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniMAC", (inst, def) => {
    core.$ZodMAC.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_mac(params) {
    return core._mac(ZodMiniMAC, params);
}
const ZodMiniBase64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniBase64", (inst, def) => {
    core.$ZodBase64.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_base64(params) {
    return core._base64(ZodMiniBase64, params);
}
const ZodMiniBase64URL = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniBase64URL", (inst, def) => {
    core.$ZodBase64URL.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_base64url(params) {
    return core._base64url(ZodMiniBase64URL, params);
}
const ZodMiniE164 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniE164", (inst, def) => {
    core.$ZodE164.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_e164(params) {
    return core._e164(ZodMiniE164, params);
}
const ZodMiniCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_creditCard(params) {
    return core._creditCard(ZodMiniCreditCard, params);
}
const ZodMiniIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_iban(params) {
    return core._iban(ZodMiniIBAN, params);
}
const ZodMiniJWT = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniJWT", (inst, def) => {
    core.$ZodJWT.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function jwt(params) {
    return core._jwt(ZodMiniJWT, params);
}
const ZodMiniCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniCustomStringFormat", (inst, def) => {
    core.$ZodCustomStringFormat.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodMiniCustomStringFormat, format, fnOrRegex, _params);
}
// @__NO_SIDE_EFFECTS__
function schemas_hostname(_params) {
    return core._stringFormat(ZodMiniCustomStringFormat, "hostname", regexes.hostname, _params);
}
// @__NO_SIDE_EFFECTS__
function schemas_hex(_params) {
    return core._stringFormat(ZodMiniCustomStringFormat, "hex", regexes.hex, _params);
}
// @__NO_SIDE_EFFECTS__
function schemas_currencyCode(_params) {
    return core._stringFormat(ZodMiniCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
// @__NO_SIDE_EFFECTS__
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    // check for unrecognized format
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodMiniCustomStringFormat, format, regex, params);
}
const ZodMiniNumber = /*@__PURE__*/ $constructor("ZodMiniNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function schemas_number(params) {
    return _number(ZodMiniNumber, params);
}
const ZodMiniNumberFormat = /*@__PURE__*/ $constructor("ZodMiniNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodMiniNumber.init(inst, def);
});
function schemas_int(params) {
    return _int(ZodMiniNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodMiniNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodMiniNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodMiniNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodMiniNumberFormat, params);
}
const ZodMiniBoolean = /*@__PURE__*/ $constructor("ZodMiniBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function schemas_boolean(params) {
    return _boolean(ZodMiniBoolean, params);
}
const ZodMiniBigInt = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniBigInt", (inst, def) => {
    core.$ZodBigInt.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_bigint(params) {
    return core._bigint(ZodMiniBigInt, params);
}
const ZodMiniBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodMiniBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodMiniBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodMiniBigIntFormat, params);
}
const ZodMiniSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function symbol(params) {
    return core._symbol(ZodMiniSymbol, params);
}
const ZodMiniUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_undefined(params) {
    return core._undefined(ZodMiniUndefined, params);
}

const ZodMiniNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniNull", (inst, def) => {
    core.$ZodNull.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_null(params) {
    return core._null(ZodMiniNull, params);
}

const ZodMiniAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function any() {
    return core._any(ZodMiniAny);
}
const ZodMiniUnknown = /*@__PURE__*/ $constructor("ZodMiniUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function unknown() {
    return _unknown(ZodMiniUnknown);
}
const ZodMiniNever = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniNever", (inst, def) => {
    core.$ZodNever.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function never(params) {
    return core._never(ZodMiniNever, params);
}
const ZodMiniVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_void(params) {
    return core._void(ZodMiniVoid, params);
}

const ZodMiniDate = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniDate", (inst, def) => {
    core.$ZodDate.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_date(params) {
    return core._date(ZodMiniDate, params);
}
const ZodMiniArray = /*@__PURE__*/ $constructor("ZodMiniArray", (inst, def) => {
    $ZodArray.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
    return new ZodMiniArray({
        type: "array",
        element: element,
        ...normalizeParams(params),
    });
}
// .keyof
// @__NO_SIDE_EFFECTS__
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return schemas_enum(Object.keys(shape));
}
const ZodMiniObject = /*@__PURE__*/ $constructor("ZodMiniObject", (inst, def) => {
    $ZodObject.init(inst, def);
    ZodMiniType.init(inst, def);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...normalizeParams(params),
    };
    return new ZodMiniObject(def);
}
// strictObject
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
    return new ZodMiniObject({
        type: "object",
        shape,
        catchall: never(),
        ...util.normalizeParams(params),
    });
}
// looseObject
// @__NO_SIDE_EFFECTS__
function looseObject(shape, params) {
    return new ZodMiniObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...normalizeParams(params),
    });
}
// object methods
// @__NO_SIDE_EFFECTS__
function schemas_extend(schema, shape) {
    return extend(schema, shape);
}
// @__NO_SIDE_EFFECTS__
function schemas_safeExtend(schema, shape) {
    return util.safeExtend(schema, shape);
}
/**
 * @deprecated Use [`z.extend(A, B.shape)`](https://zod.dev/api?id=extend) instead.
 */
// @__NO_SIDE_EFFECTS__
function schemas_merge(a, b) {
    return util.merge(a, b);
}
// @__NO_SIDE_EFFECTS__
function schemas_pick(schema, mask) {
    return util.pick(schema, mask);
}
// .omit
// @__NO_SIDE_EFFECTS__
function schemas_omit(schema, mask) {
    return util.omit(schema, mask);
}
// @__NO_SIDE_EFFECTS__
function schemas_partial(schema, mask) {
    const def = schema._zod.def;
    if (def.type !== "tuple")
        return util.partial(ZodMiniOptional, schema, mask);
    // a refinement was authored against the full arity; partialing would run it on a shorter array
    if (def.checks?.length)
        throw new Error(".partial() cannot be used on tuple schemas containing refinements");
    return util.clone(schema, {
        ...def,
        items: def.items.map((item) => new ZodMiniOptional({ type: "optional", innerType: item })),
    });
}
// @__NO_SIDE_EFFECTS__
function exactPartial(schema, mask) {
    return util.partial(ZodMiniExactOptional, schema, mask, "exactPartial");
}
// @__NO_SIDE_EFFECTS__
function schemas_required(schema, mask) {
    return util.required(ZodMiniNonOptional, schema, mask);
}
// @__NO_SIDE_EFFECTS__
function catchall(inst, catchall) {
    // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
    return inst.clone(util.mergeDefs(inst._zod.def, { catchall: catchall }));
}
const ZodMiniUnion = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniUnion", (inst, def) => {
    core.$ZodUnion.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function union(options, params) {
    return new ZodMiniUnion({
        type: "union",
        options: options,
        ...util.normalizeParams(params),
    });
}
const ZodMiniXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniXor", (inst, def) => {
    ZodMiniUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodMiniXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodMiniDiscriminatedUnion = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniDiscriminatedUnion", (inst, def) => {
    core.$ZodDiscriminatedUnion.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function discriminatedUnion(discriminator, options, params) {
    return new ZodMiniDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
const ZodMiniIntersection = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniIntersection", (inst, def) => {
    core.$ZodIntersection.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function intersection(left, right) {
    return new ZodMiniIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodMiniTuple = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniTuple", (inst, def) => {
    core.$ZodTuple.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof core.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodMiniTuple({
        type: "tuple",
        items: items,
        rest,
        ...util.normalizeParams(params),
    });
}
const ZodMiniRecord = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniRecord", (inst, def) => {
    core.$ZodRecord.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodMiniRecord({
            type: "record",
            keyType: schemas_string(),
            valueType: keyType,
            ...util.normalizeParams(valueType),
        });
    }
    return new ZodMiniRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function partialRecord(keyType, valueType, params) {
    return new ZodMiniRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodMiniRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMiniMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniMap", (inst, def) => {
    core.$ZodMap.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function map(keyType, valueType, params) {
    return new ZodMiniMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodMiniSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniSet", (inst, def) => {
    core.$ZodSet.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function set(valueType, params) {
    return new ZodMiniSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodMiniEnum = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniEnum", (inst, def) => {
    core.$ZodEnum.init(inst, def);
    ZodMiniType.init(inst, def);
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
})));
// @__NO_SIDE_EFFECTS__
function schemas_enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodMiniEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}

// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodMiniEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodMiniLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniLiteral", (inst, def) => {
    core.$ZodLiteral.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
    return new ZodMiniLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
const ZodMiniFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function file(params) {
    return core._file(ZodMiniFile, params);
}
const ZodMiniTransform = /*@__PURE__*/ $constructor("ZodMiniTransform", (inst, def) => {
    $ZodTransform.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function transform(fn) {
    return new ZodMiniTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodMiniOptional = /*@__PURE__*/ $constructor("ZodMiniOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
    return new ZodMiniOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodMiniExactOptional = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniExactOptional", (inst, def) => {
    core.$ZodExactOptional.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function exactOptional(innerType) {
    return new ZodMiniExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodMiniNullable = /*@__PURE__*/ $constructor("ZodMiniNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
    return new ZodMiniNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
// @__NO_SIDE_EFFECTS__
function schemas_nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodMiniDefault = /*@__PURE__*/ $constructor("ZodMiniDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function schemas_default(innerType, defaultValue) {
    return new ZodMiniDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodMiniPrefault = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniPrefault", (inst, def) => {
    core.$ZodPrefault.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function prefault(innerType, defaultValue) {
    return new ZodMiniPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
const ZodMiniNonOptional = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniNonOptional", (inst, def) => {
    core.$ZodNonOptional.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function nonoptional(innerType, params) {
    return new ZodMiniNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...util.normalizeParams(params),
    });
}
const ZodMiniSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function success(innerType) {
    return new ZodMiniSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodMiniCatch = /*@__PURE__*/ $constructor("ZodMiniCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function schemas_catch(innerType, catchValue) {
    return new ZodMiniCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : constantCatch(catchValue)),
    });
}

const ZodMiniNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function nan(params) {
    return core._nan(ZodMiniNaN, params);
}
const ZodMiniPipe = /*@__PURE__*/ $constructor("ZodMiniPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
    return new ZodMiniPipe({
        type: "pipe",
        in: in_,
        out: out,
    });
}
const ZodMiniCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniCodec", (inst, def) => {
    ZodMiniPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function codec(in_, out, params) {
    return new ZodMiniCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
// @__NO_SIDE_EFFECTS__
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodMiniCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodMiniReadonly = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniReadonly", (inst, def) => {
    core.$ZodReadonly.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function readonly(innerType) {
    return new ZodMiniReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodMiniTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function templateLiteral(parts, params) {
    return new ZodMiniTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodMiniLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniLazy", (inst, def) => {
    core.$ZodLazy.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// export function lazy<T extends object>(getter: () => T): T {
//   return util.createTransparentProxy<T>(getter);
// }
// @__NO_SIDE_EFFECTS__
function schemas_lazy(getter) {
    return new ZodMiniLazy({
        type: "lazy",
        getter: getter,
    });
}

const ZodMiniPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function promise(innerType) {
    return new ZodMiniPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodMiniCustom = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniCustom", (inst, def) => {
    core.$ZodCustom.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// custom checks
// @__NO_SIDE_EFFECTS__
function check(fn, params) {
    const ch = new core.$ZodCheck({
        check: "custom",
        ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
// ZodCustom custom schema
// @__NO_SIDE_EFFECTS__
function custom(fn, _params) {
    return core._custom(ZodMiniCustom, fn ?? (() => true), _params);
}
// refine
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
    return core._refine(ZodMiniCustom, fn, _params);
}
// superRefine
// @__NO_SIDE_EFFECTS__
function superRefine(fn, params) {
    return core._superRefine(fn, params);
}
// Re-export describe and meta from core
const schemas_describe = describe;
const schemas_meta = meta;
// instanceof
class schemas_Class {
    constructor(..._args) { }
}
// @__NO_SIDE_EFFECTS__
function _instanceof(cls, params = {}) {
    const inst = custom((data) => data instanceof cls, params);
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodMiniCodec,
    Boolean: ZodMiniBoolean,
    String: ZodMiniString,
}, ...args);
// @__NO_SIDE_EFFECTS__
function json() {
    const jsonSchema = schemas_lazy(() => {
        return union([schemas_string(), schemas_number(), schemas_boolean(), schemas_null(), array(jsonSchema), record(schemas_string(), jsonSchema)]);
    });
    return jsonSchema;
}
const ZodMiniFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function _function(params) {
    return new ZodMiniFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}


;// CONCATENATED MODULE: ./src/settings/fields.ts

const fail = (ctx, message) => {
    ctx.issues.push({ code: 'custom', message, input: ctx.value });
    return NEVER;
};
const input = (parse) => pipe(schemas_string(), transform(parse));

;// CONCATENATED MODULE: ./src/settings/pipeline-values.ts


const VARIABLE_KEY = /^[A-Za-z0-9_]+$/;
const INPUT_NAME = /^[A-Za-z0-9_-]+$/;
// GitLab accepts at most 20 inputs per pipeline (doc/ci/inputs).
const MAX_PIPELINE_INPUTS = 20;
/** `KEY=VALUE` lines or one JSON object of strings. */
const variables = input((text, ctx) => {
    const value = text.trim();
    if (value === '')
        return {};
    const entries = value.startsWith('{') || value.startsWith('[')
        ? variablesFromJson(value, ctx)
        : variablesFromLines(value, ctx);
    if (!entries)
        return NEVER;
    const result = {};
    for (const [key, val] of entries) {
        if (!VARIABLE_KEY.test(key))
            return fail(ctx, `"${key}" is not a valid variable key: use letters, digits and _ only. Example: DEPLOY_ENV=staging`);
        if (key === 'TRIGGER_PAYLOAD')
            return fail(ctx, 'TRIGGER_PAYLOAD is set by GitLab itself for triggered pipelines; choose another name');
        if (Object.hasOwn(result, key))
            return fail(ctx, `"${key}" is set twice; set each variable once`);
        defineEntry(result, key, val);
    }
    return result;
});
function variablesFromJson(text, ctx) {
    const parsed = parseJsonObject(text, ctx, '{"DEPLOY_ENV": "staging"}');
    if (!parsed)
        return undefined;
    for (const [key, val] of Object.entries(parsed)) {
        if (typeof val !== 'string') {
            fail(ctx, `the value of "${key}" is ${describeJsonType(val)}; GitLab CI/CD variables are strings. Quote it: {"${key}": "${String(JSON.stringify(val))}"}`);
            return undefined;
        }
    }
    return Object.entries(parsed);
}
function variablesFromLines(text, ctx) {
    const entries = [];
    for (const [index, line] of text.split(/\r?\n/).entries()) {
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        const equals = trimmed.indexOf('=');
        if (equals <= 0) {
            fail(ctx, `line ${index + 1} has no KEY=VALUE: write one variable per line, e.g. DEPLOY_ENV=staging, or give one JSON object`);
            return undefined;
        }
        entries.push([trimmed.slice(0, equals).trim(), trimmed.slice(equals + 1).trim()]);
    }
    return entries;
}
/**
 * Pipeline inputs keep JSON types: a JSON object, or `name=value` lines (see `lineValue` for how a
 * line's value is typed). Nothing is ever rounded or turned into null on the way to GitLab.
 */
const inputs = input((text, ctx) => {
    const value = text.trim();
    if (value === '')
        return {};
    let entries;
    if (value.startsWith('{') || value.startsWith('[')) {
        const parsed = parseJsonObject(value, ctx, '{"environment": "staging", "replicas": 3}');
        if (!parsed)
            return NEVER;
        const inexact = inexactNumberIn(value);
        if (inexact !== undefined)
            return fail(ctx, inexactMessage(inexact));
        entries = Object.entries(parsed);
    }
    else {
        entries = [];
        for (const [index, line] of value.split(/\r?\n/).entries()) {
            const trimmed = line.trim();
            if (trimmed === '' || trimmed.startsWith('#'))
                continue;
            const equals = trimmed.indexOf('=');
            if (equals <= 0)
                return fail(ctx, `line ${index + 1} has no name=value: write one input per line, e.g. replicas=3, or give one JSON object`);
            const name = trimmed.slice(0, equals).trim();
            const typed = lineValue(trimmed.slice(equals + 1).trim());
            if ('inexact' in typed)
                return fail(ctx, `${name}: ${inexactMessage(typed.inexact)}`);
            entries.push([name, typed.value]);
        }
    }
    const result = {};
    for (const [name, val] of entries) {
        if (!INPUT_NAME.test(name))
            return fail(ctx, `"${name}" is not a valid input name: use letters, digits, _ and - only. Example: environment=staging`);
        if (Object.hasOwn(result, name))
            return fail(ctx, `"${name}" is set twice; set each input once`);
        if (!(typeof val === 'string' ||
            typeof val === 'number' ||
            typeof val === 'boolean' ||
            Array.isArray(val))) {
            return fail(ctx, `the value of "${name}" is ${describeJsonType(val)}; pipeline inputs are strings, numbers, booleans or arrays`);
        }
        defineEntry(result, name, val);
    }
    if (Object.keys(result).length > MAX_PIPELINE_INPUTS)
        return fail(ctx, `has ${Object.keys(result).length} inputs; GitLab accepts at most ${MAX_PIPELINE_INPUTS} per pipeline`);
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
 */
function lineValue(text) {
    if (CANONICAL_NUMBER.test(text) && String(Number(text)) === text)
        return { value: Number(text) };
    if (text === 'true' || text === 'false')
        return { value: text === 'true' };
    if (text === 'null' || /^\[[\s\S]*\]$|^\{[\s\S]*\}$|^"[\s\S]*"$/.test(text)) {
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch {
            return { value: text };
        }
        const inexact = inexactNumberIn(text);
        return inexact === undefined ? { value: parsed } : { inexact };
    }
    return { value: text };
}
const CANONICAL_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;
/**
 * The first number literal in JSON text that a JavaScript number cannot carry exactly: an integer
 * beyond 2^53 (it would be rounded) or a value too large for a double (it would become null).
 */
function inexactNumberIn(json) {
    for (const [literal] of json.matchAll(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g)) {
        if (literal.startsWith('"'))
            continue;
        const number = Number(literal);
        if (!Number.isFinite(number))
            return literal;
        if (/^-?\d+$/.test(literal) && !Number.isSafeInteger(number))
            return literal;
    }
    return undefined;
}
function inexactMessage(literal) {
    const shown = literal.length > 40 ? `${literal.slice(0, 40)}…` : literal;
    return `the number ${shown} cannot be sent exactly (integers beyond 2^53 would be rounded, values beyond about 1.8e308 lost); quote it to send it as a string, e.g. "${shown}"`;
}
/** Sets an own property, even for names like __proto__ that plain assignment would not. */
function defineEntry(target, key, value) {
    Object.defineProperty(target, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true
    });
}
function parseJsonObject(text, ctx, example) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        fail(ctx, `is not valid JSON (${error.message}). Example: ${example}`);
        return undefined;
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        fail(ctx, `must be a JSON object, got ${describeJsonType(parsed)}. Example: ${example}`);
        return undefined;
    }
    return parsed;
}
function describeJsonType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object')
        return 'an object';
    return `a ${typeof value}`;
}

;// CONCATENATED MODULE: ./src/settings/settings.ts




/** Every setting, named as the action input; the CLI maps its flags onto the same names. */
const INPUT_DEFAULTS = {
    'gitlab-url': 'https://gitlab.com',
    project: '',
    ref: '',
    'trigger-token': '',
    variables: '',
    inputs: '',
    wait: 'false',
    'api-token': '',
    timeout: '1h',
    'poll-interval': '15s',
    'accept-statuses': 'success',
    'cancel-on-timeout': 'true',
    'cancel-on-abort': 'true',
    'job-logs': 'failed',
    summary: 'true',
    'follow-downstream': 'true'
};
/** All that is wrong with the inputs, each naming its input; thrown before any request. */
class InputError extends Error {
    issues;
    constructor(issues) {
        super(issues.map(issue => `${issue.input}: ${issue.message}`).join('\n'));
        this.issues = issues;
        this.name = 'InputError';
    }
}
const PATH_SEGMENT = /^[A-Za-z0-9_.][A-Za-z0-9_.-]*$/;
// Never shows the value: it is a secret.
const TOKEN_WITH_WHITESPACE = 'contains whitespace or a line break; copy the token again without surrounding text (its value is not shown)';
const gitlabUrl = input((text, ctx) => {
    const value = text.trim() || INPUT_DEFAULTS['gitlab-url'];
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return fail(ctx, `"${value}" is not a URL. Use the address of the GitLab instance, e.g. https://gitlab.example.com`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        return fail(ctx, `must start with https:// or http://, got "${url.protocol}". Example: https://gitlab.example.com`);
    }
    if (url.username || url.password) {
        return fail(ctx, 'must not contain credentials; pass tokens in trigger-token and api-token instead. Example: https://gitlab.example.com');
    }
    if (url.search || url.hash) {
        return fail(ctx, 'must not contain a query string or fragment. Example: https://example.com/gitlab');
    }
    // Users often paste the API root; the API is always <gitlab-url>/api/v4.
    const path = url.pathname.replace(/\/+$/, '').replace(/\/api\/v4$/, '');
    return `${url.origin}${path}`;
});
const project = input((text, ctx) => {
    let value = text.trim();
    if (value === '')
        return fail(ctx, 'is required: the numeric project id (e.g. 4242) or its full path (e.g. my-group/my-project)');
    if (/^\d+$/.test(value))
        return value;
    if (/^https?:\/\//i.test(value)) {
        return fail(ctx, `must be the project id or path, not a URL: for "${value}" use the part after the host, e.g. my-group/my-project`);
    }
    // Accept a path that is already URL-encoded (group%2Fproject) so it is not encoded twice.
    if (/%2f/i.test(value)) {
        try {
            value = decodeURIComponent(value);
        }
        catch {
            return fail(ctx, `"${value}" is not a valid URL-encoded path. Example: my-group/my-project`);
        }
    }
    value = value.replace(/^\/+|\/+$/g, '');
    const segments = value.split('/');
    if (/\s/.test(value)) {
        return fail(ctx, `"${value}" contains spaces; GitLab paths never do. Use the path from the project's URL (e.g. my-group/my-project), not its display name`);
    }
    if (segments.length < 2 || !segments.every(segment => PATH_SEGMENT.test(segment))) {
        return fail(ctx, `"${value}" is not a project id or full path. Examples: 4242, my-group/my-project, my-group/sub-group/my-project`);
    }
    return value;
});
const ref = input((text, ctx) => {
    const value = text.trim();
    if (value === '')
        return fail(ctx, 'is required: the branch or tag to run the pipeline on, e.g. main or v1.2.0');
    // eslint-disable-next-line no-control-regex -- control characters are what is rejected
    if (/[\s\x00-\x1f\x7f]/.test(value))
        return fail(ctx, `"${value}" contains whitespace; a branch or tag name never does. Example: main`);
    return value;
});
const triggerToken = input((text, ctx) => {
    const value = text.trim();
    if (value === '') {
        return fail(ctx, 'is empty. If it comes from a secret, the secret is not available to this run: workflows started by pull requests from forks get no secrets. Otherwise set it, e.g. trigger-token: ${{ secrets.GITLAB_TRIGGER_TOKEN }}');
    }
    if (/\s/.test(value))
        return fail(ctx, TOKEN_WITH_WHITESPACE);
    if (value.startsWith('glpat-')) {
        return fail(ctx, 'is a personal access token (glpat-…), but the trigger API needs a pipeline trigger token (glptt-…) from Settings > CI/CD > Pipeline trigger tokens. Pass access tokens as api-token');
    }
    return value;
});
const apiToken = input((text, ctx) => {
    const value = text.trim();
    if (value === '')
        return undefined;
    if (/\s/.test(value))
        return fail(ctx, TOKEN_WITH_WHITESPACE);
    if (value.startsWith('glptt-')) {
        return fail(ctx, 'is a pipeline trigger token (glptt-…), which cannot read pipelines. Use a personal, project or group access token with the read_api scope (api to cancel)');
    }
    return value;
});
function booleanInput(name) {
    return input((text, ctx) => {
        const value = text.trim() || INPUT_DEFAULTS[name];
        // The YAML 1.2 core schema, as @actions/core getBooleanInput accepts.
        if (['true', 'True', 'TRUE'].includes(value))
            return true;
        if (['false', 'False', 'FALSE'].includes(value))
            return false;
        return fail(ctx, `must be true or false, got "${value}"`);
    });
}
function durationInput(name, minimumMs, maximumMs, example) {
    return input((text, ctx) => {
        const value = text.trim() || INPUT_DEFAULTS[name];
        const ms = parseDuration(value);
        if (ms === undefined)
            return fail(ctx, `"${value}" is not a duration. Use seconds (90) or units h, m, s: ${example}`);
        if (ms < minimumMs)
            return fail(ctx, `must be at least ${minimumMs / 1000}s, got "${value}". Example: ${example}`);
        if (ms > maximumMs)
            return fail(ctx, `must be at most ${formatDuration(maximumMs)}, got "${value}". Example: ${example}`);
        return ms;
    });
}
const acceptStatuses = input((text, ctx) => {
    const names = (text.trim() || INPUT_DEFAULTS['accept-statuses'])
        .split(',')
        .map(name => name.trim().toLowerCase())
        .filter(Boolean);
    const unknown = names.filter(name => !FINAL_STATUSES.includes(name));
    if (unknown.length > 0 || names.length === 0) {
        const hint = unknown.includes('cancelled') ? ' (GitLab spells it "canceled")' : '';
        return fail(ctx, `unknown status "${unknown.join(', ')}"${hint}. Known final statuses: ${FINAL_STATUSES.join(', ')}. Example: success,manual`);
    }
    return [...new Set(names)];
});
const jobLogs = input((text, ctx) => {
    const value = (text.trim() || INPUT_DEFAULTS['job-logs']).toLowerCase();
    if (value === 'none' || value === 'failed' || value === 'all' || value === 'live')
        return value;
    return fail(ctx, `must be none, failed, all or live, got "${value}"`);
});
const SCHEMAS = {
    'gitlab-url': gitlabUrl,
    project,
    ref,
    'trigger-token': triggerToken,
    variables: variables,
    inputs: inputs,
    wait: booleanInput('wait'),
    'api-token': apiToken,
    // 20 days: longer than any GitHub job may run, and within what Node's timers can count.
    timeout: durationInput('timeout', 1000, 480 * 3_600_000, '45s, 30m, 1h30m'),
    'poll-interval': durationInput('poll-interval', 1000, 3_600_000, '10s, 1m'),
    'accept-statuses': acceptStatuses,
    'cancel-on-timeout': booleanInput('cancel-on-timeout'),
    'cancel-on-abort': booleanInput('cancel-on-abort'),
    'job-logs': jobLogs,
    summary: booleanInput('summary'),
    'follow-downstream': booleanInput('follow-downstream')
};
/** Validates every input at once, so one run reports every mistake; throws InputError. */
function parseSettings(raw, only = Object.keys(SCHEMAS)) {
    const issues = [];
    const parsed = {};
    for (const name of Object.keys(SCHEMAS)) {
        const checked = only.includes(name);
        const result = SCHEMAS[name].safeParse(checked ? (raw[name] ?? '') : INPUT_DEFAULTS[name]);
        if (result.success)
            parsed[name] = result.data;
        else if (checked)
            issues.push(...result.error.issues.map(issue => ({ input: name, message: issue.message })));
    }
    const settings = parsed;
    if (settings.wait &&
        !settings['api-token'] &&
        !issues.some(issue => issue.input === 'api-token')) {
        issues.push({
            input: 'api-token',
            message: 'is required with wait: true; a trigger token cannot read pipelines. Use an access token with read_api (api to cancel), e.g. api-token: ${{ secrets.GITLAB_API_TOKEN }}'
        });
    }
    if (issues.length > 0)
        throw new InputError(issues);
    return {
        gitlabUrl: settings['gitlab-url'],
        project: settings.project,
        ref: settings.ref,
        triggerToken: settings['trigger-token'],
        variables: settings.variables,
        inputs: settings.inputs,
        wait: settings.wait,
        apiToken: settings['api-token'],
        timeoutMs: settings.timeout,
        pollIntervalMs: settings['poll-interval'],
        acceptStatuses: settings['accept-statuses'],
        cancelOnTimeout: settings['cancel-on-timeout'],
        cancelOnAbort: settings['cancel-on-abort'],
        jobLogs: settings['job-logs'],
        summary: settings.summary,
        followDownstream: settings['follow-downstream']
    };
}
/** Seconds one GitLab request may take, for slow instances; 30 s when unset. */
const REQUEST_TIMEOUT_ENV = 'GITLAB_REQUEST_TIMEOUT';
/** An environment variable the tool reads holds something it cannot use; thrown before any request. */
class EnvironmentError extends Error {
    variable;
    constructor(variable, message) {
        super(message);
        this.variable = variable;
        this.name = 'EnvironmentError';
    }
}
/**
 * GITLAB_REQUEST_TIMEOUT in milliseconds, or undefined when unset or empty (the client's 30 s).
 * A value that is not a positive number of seconds is an error, not a silent 30 s.
 */
function requestTimeoutFrom(env) {
    const text = env[REQUEST_TIMEOUT_ENV]?.trim();
    if (!text)
        return undefined;
    const seconds = Number(text);
    if (!Number.isFinite(seconds) || seconds <= 0)
        throw new EnvironmentError(REQUEST_TIMEOUT_ENV, `${REQUEST_TIMEOUT_ENV} is "${text}", which is not a positive number of seconds; set e.g. ${REQUEST_TIMEOUT_ENV}=60, or leave it unset for 30 s`);
    return seconds * 1000;
}

;// CONCATENATED MODULE: ./src/cli/flag-names.ts
// The run and settings.ts word their messages for the action (`api-token`, `accept-statuses`);
// at a terminal the same settings are flags.
const INPUT_NAMES = /(?<![-\w])(gitlab-url|trigger-token|api-token|poll-interval|accept-statuses|cancel-on-timeout|cancel-on-abort|job-logs|follow-downstream)(?![-\w])/g;
/** `api-token` -> `--api-token`, for every action input name that is also a flag. */
function inFlagNames(text) {
    return text.replace(INPUT_NAMES, '--$1');
}
/** The CLI's log, with the run's messages in flag names. */
function withFlagNames(log) {
    return {
        info: line => log.info(inFlagNames(line)),
        debug: line => log.debug(inFlagNames(line)),
        notice: (message, title) => log.notice(inFlagNames(message), title),
        warning: (message, title) => log.warning(inFlagNames(message), title),
        error: (message, title) => log.error(inFlagNames(message), title),
        group: (title, text) => log.group(title, text),
        // GitLab's log lines are passed as they are.
        ...(log.live ? { live: lines => log.live?.(lines) } : {})
    };
}

;// CONCATENATED MODULE: ./src/cli/flags.ts



/** Bad usage or input: printed as `error:` lines plus a usage line, exit 2, nothing sent. */
class UsageError extends Error {
    problems;
    usage;
    constructor(problems, 
    /** A one-line reminder of the right form, e.g. `usage: … --project P --ref R`. */
    usage) {
        super(problems.join('\n'));
        this.problems = problems;
        this.usage = usage;
        this.name = 'UsageError';
    }
}
/**
 * util.parseArgs in its lenient mode, checked here so every message names the flag and shows a
 * good value (strict mode's own errors do neither), and all problems are reported at once.
 * `--help` wins over any other problem.
 */
function readFlags(argv, flags, usage, maxPositionals = 0) {
    const options = {};
    for (const [name, spec] of Object.entries(flags)) {
        options[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}) };
        if (spec.negatable)
            options[`no-${name}`] = { type: 'boolean' };
    }
    const { tokens } = (0,external_node_util_.parseArgs)({
        args: [...argv],
        options,
        strict: false,
        allowPositionals: true,
        tokens: true
    });
    const values = {};
    const positionals = [];
    const problems = [];
    // The argument right after an unknown option is taken as its value: never echoed (it may be a
    // token given to a misspelt --api-token), never reported again as an unexpected argument.
    let valueOfUnknown = -1;
    for (const token of tokens) {
        if (token.kind === 'option-terminator')
            continue;
        if (token.kind === 'positional') {
            if (token.index === valueOfUnknown)
                continue;
            if (positionals.length < maxPositionals)
                positionals.push(token.value);
            else
                problems.push(`unexpected argument "${token.value}"`);
            continue;
        }
        const negated = token.name.startsWith('no-') && flags[token.name.slice(3)]?.negatable === true;
        const name = negated ? token.name.slice(3) : token.name;
        const spec = Object.hasOwn(flags, name) ? flags[name] : undefined;
        const example = spec?.example ? `, e.g. --${name} ${spec.example}` : '';
        if (!spec) {
            if (!token.inlineValue)
                valueOfUnknown = token.index + 1;
            const rawName = token.rawName.startsWith('--') ? token.rawName : token.rawName.slice(0, 2);
            const guess = closestFlag(token.name, flags);
            problems.push(`unknown option ${rawName}${guess ? `; did you mean --${guess}?` : ''}`);
        }
        else if (spec.type === 'boolean') {
            if (token.inlineValue)
                problems.push(`${token.rawName} takes no value; leave out the "=…"`);
            else
                values[name] = !negated;
        }
        else if (token.value === undefined) {
            problems.push(`${token.rawName} needs a value${example}`);
        }
        else if (!token.inlineValue && token.value.startsWith('-') && token.value !== '-') {
            // Lenient parseArgs takes `--project --ref` as project "--ref"; almost always a forgotten value.
            problems.push(`${token.rawName} needs a value but is followed by the option ${token.value}${example}. For a value that starts with "-", write --${name}=VALUE`);
        }
        else if (spec.multiple) {
            values[name] = [...(values[name] ?? []), token.value];
        }
        else {
            values[name] = token.value;
        }
    }
    if (values.help)
        return { values, positionals };
    if (problems.length > 0)
        throw new UsageError(problems, usage);
    return { values, positionals };
}
/** The known flag a misspelt one most likely meant: at most 2 edits away, or its start. */
function closestFlag(name, flags) {
    let best;
    for (const flag of Object.keys(flags)) {
        const distance = editDistance(name.toLowerCase(), flag);
        if (distance <= Math.max(1, Math.min(2, Math.floor(flag.length / 3))) &&
            distance < (best?.distance ?? 3))
            best = { flag, distance };
    }
    if (best)
        return best.flag;
    const starts = Object.keys(flags).filter(flag => name.length >= 3 && flag.startsWith(name));
    return starts.length === 1 ? starts[0] : undefined;
}
/** Edits (insert, delete, replace, swap two neighbours) from a to b: `rfe` is one from `ref`. */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.length][b.length];
}
// ---------------------------------------------------------------------------------------------
// Flags shared with `tokens`, and where each setting came from (to name it in messages).
const TRIGGER_TOKEN_ENV = 'GITLAB_TRIGGER_TOKEN';
const API_TOKEN_ENV = 'GITLAB_API_TOKEN';
const GITLAB_URL_ENV = 'GITLAB_URL';
const CONNECTION_FLAGS = {
    'gitlab-url': { type: 'string', example: 'https://gitlab.example.com' },
    project: { type: 'string', example: 'my-group/my-project' },
    'api-token': { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
};
const optionalString = (value) => typeof value === 'string' ? value : undefined;
/** gitlab-url, project and api-token from flags and environment: what every command needs. */
function connectionInputs(values, env) {
    const url = optionalString(values['gitlab-url']);
    const inputs = {
        raw: {
            'gitlab-url': url ?? env[GITLAB_URL_ENV] ?? '',
            project: optionalString(values.project) ?? ''
        },
        labels: {
            'gitlab-url': url === undefined && env[GITLAB_URL_ENV] ? GITLAB_URL_ENV : '--gitlab-url',
            project: '--project'
        },
        warnings: [],
        problems: []
    };
    tokenInput(inputs, values, env, 'api-token', API_TOKEN_ENV);
    return inputs;
}
function tokenInput(inputs, values, env, name, envName) {
    const flag = optionalString(values[name]);
    if (flag === undefined) {
        inputs.raw[name] = env[envName] ?? '';
        inputs.labels[name] = envName;
        return;
    }
    inputs.raw[name] = flag;
    inputs.labels[name] = `--${name}`;
    inputs.warnings.push(`--${name} puts the token on the command line, where other users and processes on this machine can read it (ps, /proc); set ${envName} instead`);
}
/**
 * Validates with the action's own rules (settings.ts), so both front ends accept and refuse the
 * same values; each problem is worded with the flag or variable the user actually set.
 */
function settingsFrom(inputs, usage, only) {
    let issues = [];
    try {
        const settings = parseSettings(inputs.raw, only);
        if (inputs.problems.length === 0)
            return settings;
    }
    catch (error) {
        if (!(error instanceof InputError))
            throw error;
        issues = error.issues.map(issue => cliIssue(issue.input, issue.message, inputs));
    }
    throw new UsageError([...inputs.problems, ...issues], usage);
}
function cliIssue(input, message, inputs) {
    // settings.ts words these two for a workflow file (secrets, `with:`); here the fix is an env var.
    const label = inputs.labels[input] ?? `--${input}`;
    const missing = label.startsWith('--') ? 'is empty' : 'is not set';
    if (input === 'trigger-token' && !inputs.raw['trigger-token']?.trim()) {
        return `${label} ${missing}: export the project's pipeline trigger token (Settings > CI/CD > Pipeline trigger tokens), e.g. export ${TRIGGER_TOKEN_ENV}=glptt-…`;
    }
    if (input === 'api-token' && !inputs.raw['api-token']?.trim()) {
        return `${label} ${missing}, and --wait needs it: a trigger token cannot read pipelines. Export an access token with read_api (api to cancel), e.g. export ${API_TOKEN_ENV}=glpat-…`;
    }
    return `${label} ${inFlagNames(message)}`;
}
// ---------------------------------------------------------------------------------------------
// The main command: trigger (and follow) a pipeline.
/** GITLAB_REQUEST_TIMEOUT for a command; a bad value is bad usage (exit 2), named as the variable. */
function requestTimeoutOrUsageError(env, usage) {
    try {
        return requestTimeoutFrom(env);
    }
    catch (error) {
        if (error instanceof EnvironmentError)
            throw new UsageError([error.message], usage);
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/text/far-side.ts
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
const WEIGHTLESS = String.raw `[\p{Cc}\p{Cf}\p{Mn}\p{Me}]`;
// What the runner's TrimStart() drops (Unicode White_Space), plus the weightless ones.
const LEADING = String.raw `[\p{White_Space}\p{Cc}\p{Cf}\p{Mn}\p{Me}]*`;
const LINE_BREAK = /\r\n|\r|\n/;
/** `::` at the start of a line, as the runner finds it. */
const COMMAND_AT_START = new RegExp(String.raw `^(${LEADING}:${WEIGHTLESS}*)(:)`, 'u');
/** `##[` anywhere, as the runner finds it. */
const LEGACY_COMMAND = new RegExp(String.raw `(#${WEIGHTLESS}*#${WEIGHTLESS}*)(\[)`, 'gu');
/** What replaces a line break in text meant to stay on one line. */
const LINE_BREAK_MARK = ' ⏎ ';
/** The lines the runner would see in `text`. */
function runnerLines(text) {
    return text.split(LINE_BREAK);
}
/**
 * One line that runs no workflow command: a space breaks a leading `::` (`: :`) and every `##[`
 * (`## [`). Everything else is kept, so the text still reads as GitLab wrote it.
 */
function inertLine(line) {
    return line.replace(COMMAND_AT_START, '$1 $2').replace(LEGACY_COMMAND, '$1 $2');
}
/** Text meant to stay on one line: line breaks become a visible mark, then made inert. */
function inertOneLine(text) {
    return inertLine(text.replace(/(?:\r\n|\r|\n)+$/, '').replace(/\r\n|\r|\n/g, LINE_BREAK_MARK));
}
/** Text of several lines (a job log, a long message): each line made inert, breaks as `\n`. */
function inertText(text) {
    return runnerLines(text).map(inertLine).join('\n');
}
// One pass over: OSC/DCS/SOS/PM/APC strings (to BEL or ST), CSI sequences (ESC [ or U+009B,
// parameters, intermediates, final byte: SGR colour ends in `m`), other escapes, and lone C0/C1
// controls but tab and line feed. One pass, so removing one sequence cannot form another.
const TERMINAL_CONTROL = new RegExp([
    String.raw `(?:\x1b[\]P^_X]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?`,
    String.raw `(?:\x1b\[|\x9b)([0-?]*)([ -/]*)([@-~])`,
    String.raw `\x1b[ -/]*[0-~]`,
    String.raw `[\x00-\x08\x0b-\x1f\x7f-\x9f]`
].join('|'), 'g');
/**
 * Text for a terminal that cannot move the cursor, retitle the window, write hyperlinks or the
 * clipboard, or ring the bell: escape sequences are dropped (SGR colour kept when `keepColour`),
 * other controls become `\uFFFD`. Tabs and line feeds stay; `\r` should already be a line break.
 */
function withoutTerminalControls(text, keepColour = false) {
    return text.replace(TERMINAL_CONTROL, (match, params, intermediates, final) => {
        if (final !== undefined) {
            const colour = final === 'm' && intermediates === '' && /^[0-9;:]*$/.test(params ?? '');
            return keepColour && colour ? `\x1b[${params}m` : '';
        }
        return match.length === 1 ? '\uFFFD' : '';
    });
}
/**
 * JSON text (already valid) that the runner cannot take for a command and a terminal shows as it
 * is: controls and format characters, which JSON.stringify leaves raw when they are not C0, become
 * `\uXXXX` escapes, and the `[` of any `##[` becomes `\u005b`. Both can only occur inside
 * strings, so the parsed value is unchanged. (A JSON line starts with `{` or `[`, never `::`.)
 */
function inertJson(json) {
    return json
        .replace(LEGACY_COMMAND, (_match, opening) => `${opening}\\u005b`)
        .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, char => /[\t\n\r]/.test(char) ? char : unicodeEscape(char));
}
/** `\uXXXX` for each UTF-16 unit, so characters beyond U+FFFF become their surrogate pair. */
function unicodeEscape(char) {
    return char
        .split('')
        .map(unit => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .join('');
}
/** Whether the CLI colours its output: FORCE_COLOR wins, then NO_COLOR, then a terminal on stderr. */
function colourWanted(env, isTerminal) {
    const force = env.FORCE_COLOR;
    if (force !== undefined && force !== '')
        return force !== '0' && force.toLowerCase() !== 'false';
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    if (env.TERM === 'dumb')
        return false;
    return isTerminal;
}
// The longest far-side text one summary cell shows: GitLab's own limit for job names is 255.
const MAX_CELL_CHARACTERS = 255;
/**
 * GitLab's text as literal text in GitHub-flavoured Markdown, in a table cell or a line: every
 * ASCII punctuation character is backslash-escaped (CommonMark allows it for all of them, and the
 * table parser honours `\|`), `<`, `>` and `&` become entities, so no tag, link, image, emphasis,
 * code span or math starts; line breaks become spaces, and a very long text is cut.
 * Not for code spans: a backslash does not escape there.
 */
function markdownText(text) {
    const characters = Array.from(text.replace(/[\r\n]+/g, ' '));
    const shown = characters.length > MAX_CELL_CHARACTERS
        ? `${characters.slice(0, MAX_CELL_CHARACTERS - 1).join('')}…`
        : characters.join('');
    return shown
        .replace(/[!-/:-@[-`{-~]/g, char => char === '<' ? '&lt;' : char === '>' ? '&gt;' : char === '&' ? '&amp;' : `\\${char}`)
        .replace(/[\p{Cc}]/gu, '\uFFFD');
}
// Longer URLs are shown as text: no GitLab page has one, and each costs summary bytes.
const MAX_URL_LENGTH = 2048;
/**
 * `[text](url)` for an http(s) URL from GitLab, the URL normalised and percent-encoded where it
 * could end the link or the table cell (`()[]<>|` and the like); just the text for anything else.
 * `text` is ours (not escaped here).
 */
function markdownLink(text, url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return text;
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        return text;
    const href = parsed.href
        .replace(/[()[\]<>|`\\"' ]/g, char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
        .replace(/&/g, '&amp;');
    return href.length > MAX_URL_LENGTH ? text : `[${text}](${href})`;
}

;// CONCATENATED MODULE: ./src/cli/reporter.ts

const processStreams = {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    stderrIsTerminal: process.stderr.isTTY === true
};
/**
 * Plain lines on stderr for people and CI logs (no `::` workflow commands: Jenkins or a shell
 * would print them verbatim). stdout is kept for results, so `$(…)` and `| jq` get only those.
 *
 * Everything printed passes through text/far-side.ts: the CLI may itself run in a GitHub Actions
 * step, where the runner reads its stderr and stdout for workflow commands, and on a terminal
 * GitLab's text must not move the cursor or retitle the window. Job logs keep their colour only
 * when colour is on (a terminal, or FORCE_COLOR; never with NO_COLOR unless forced).
 */
class CliReporter {
    options;
    streams;
    secrets = [];
    colour;
    constructor(options = {}, streams = processStreams) {
        this.options = options;
        this.streams = streams;
        this.colour = options.colour ?? colourWanted(process.env, streams.stderrIsTerminal === true);
    }
    /** Hides a secret in everything printed afterwards. */
    mask(secret) {
        if (!secret || this.secrets.includes(secret))
            return;
        // Longest first, so a secret that contains another is hidden whole.
        this.secrets = [...this.secrets, secret].sort((a, b) => b.length - a.length);
    }
    // One line each, as in the action: a job name with a line break in it cannot forge a line.
    info(line) {
        this.streams.stderr(`${this.oneLine(line)}\n`);
    }
    debug(line) {
        if (this.options.showDebug)
            this.message('debug: ', line);
    }
    // Titles are annotation headings in the action; on a terminal the message says it all.
    notice(message) {
        this.streams.stderr(`${this.oneLine(message)}\n`);
    }
    warning(message) {
        this.message('warning: ', message);
    }
    error(message) {
        this.message('error: ', message);
    }
    /** Live log lines as plain lines: a job's group as a header line and its lines indented. */
    live(lines) {
        const out = [];
        for (const line of lines) {
            if (line.kind === 'open-group')
                out.push(this.oneLine(`--- ${line.title}`));
            else if (line.kind === 'text')
                out.push(`    ${withoutTerminalControls(inertOneLine(this.redact(line.text)), this.colour)}`);
        }
        // A line that changed colour must not colour what follows.
        if (this.colour && out.some(line => line.includes('\x1b[')))
            out.push('\x1b[0m');
        if (out.length > 0)
            this.streams.stderr(`${out.join('\n')}\n`);
    }
    /** A header line, then the text indented, so a job log stands apart from our own lines. */
    group(title, text) {
        const body = withoutTerminalControls(inertText(this.redact(text)), this.colour)
            .split('\n')
            .map(line => (line ? `    ${line}` : ''));
        // A log that changed colour and never reset it must not colour what follows.
        const reset = this.colour && body.some(line => line.includes('\x1b[')) ? ['\x1b[0m'] : [];
        this.streams.stderr(`${[this.oneLine(`--- ${title}`), ...body, ...reset].join('\n')}\n`);
    }
    /**
     * The command's result on stdout: JSON kept exact for `| jq` (only escapes added, see
     * inertJson), other text made inert and free of terminal controls like stderr.
     */
    result(text) {
        const redacted = this.redact(text);
        const shown = isJson(redacted)
            ? inertJson(redacted)
            : withoutTerminalControls(inertText(redacted));
        this.streams.stdout(`${shown}\n`);
    }
    /** A message that may span lines: each made inert, the later ones indented under the first. */
    message(prefix, text) {
        const lines = withoutTerminalControls(inertText(this.redact(text))).split('\n');
        const indent = ' '.repeat(prefix.length);
        this.streams.stderr(`${prefix}${lines.join(`\n${indent}`)}\n`);
    }
    oneLine(text) {
        return withoutTerminalControls(inertOneLine(this.redact(text)));
    }
    // A second line of defence: the core never prints a token, but a GitLab message might echo one.
    redact(text) {
        return this.secrets.reduce((masked, secret) => masked.split(secret).join('***'), text);
    }
}
function isJson(text) {
    if (!/^[[{]/.test(text))
        return false;
    try {
        JSON.parse(text);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/cli/secrets.ts
// What to hide from everything the CLI prints, found before its arguments are parsed: usage
// errors quote arguments, and an argument may be a token given to a misspelt flag.
/**
 * GitLab's token prefixes (GitLab docs, "Token prefixes"), after an optional instance prefix
 * (`acme-glpat-…`), and the legacy runner registration prefix.
 */
const TOKEN_LIKE = /\b(?:glpat|glptt|gloas|gldt|glrtr|glrt|glcbt|glft|glimt|glagent|glwt|glsoat|glffct)-[A-Za-z0-9_.-]+|\bGR1348941[A-Za-z0-9_-]+/g;
const MIN_FLAG_SECRET = 6;
const TOKEN_ENV = ['GITLAB_TRIGGER_TOKEN', 'GITLAB_API_TOKEN'];
/** A flag whose value is (or may be) a token: the two token flags, and anything named like them. */
const TOKEN_FLAG = /tok|secret|pass|^(?:api|trigger)-?t/i;
/** Every string to mask: both tokens from the environment, token-like text, values of token flags. */
function secretsToMask(argv, env) {
    const secrets = new Set();
    const add = (value, minimum = 1) => {
        for (const candidate of [value, value?.trim()])
            if (candidate && candidate.length >= minimum)
                secrets.add(candidate);
    };
    for (const name of TOKEN_ENV)
        add(env[name]);
    for (const [index, arg] of argv.entries()) {
        for (const [match] of arg.matchAll(TOKEN_LIKE))
            add(match);
        const flag = /^--?([^=]+)(?:=([\s\S]*))?$/.exec(arg);
        if (!flag || !TOKEN_FLAG.test(flag[1]))
            continue;
        // Short values are no tokens, and masking them would garble every message.
        if (flag[2] !== undefined)
            add(flag[2], MIN_FLAG_SECRET);
        else if (index + 1 < argv.length && !argv[index + 1].startsWith('-'))
            add(argv[index + 1], MIN_FLAG_SECRET);
    }
    return [...secrets];
}

;// CONCATENATED MODULE: ./src/version.ts
/**
 * The product's one name, in the two spellings GitHub and npm need. A test
 * (__tests__/metadata.test.ts) checks that action.yml, package.json, the README and the CLI use
 * them, and that the version matches package.json. TOOL_NAME is also sent in the User-Agent.
 */
const DISPLAY_NAME = 'GitLab Trigger and Wait';
const TOOL_NAME = 'gitlab-trigger-and-wait';
const VERSION = '1.0.0';
const USER_AGENT = `${TOOL_NAME}/${VERSION}`;

;// CONCATENATED MODULE: ./src/runtime/clock.ts
const clock_realClock = {
    now: () => Date.now(),
    sleep(ms, signal) {
        return new Promise((resolve, reject) => {
            if (signal?.aborted)
                return reject(signal.reason);
            const timer = setTimeout(() => {
                signal?.removeEventListener('abort', onAbort);
                resolve();
            }, ms);
            const onAbort = () => {
                clearTimeout(timer);
                reject(signal?.reason);
            };
            signal?.addEventListener('abort', onAbort, { once: true });
        });
    }
};

;// CONCATENATED MODULE: ./src/gitlab/retry.ts


/** Attempts of the trigger request in all. */
const TRIGGER_ATTEMPTS = 5;
/**
 * The trigger: resent only where GitLab cannot have created a pipeline (a 429, or a connection
 * that never sent the request; docs/contract.md section 3.2), and never slept past the deadline.
 */
const triggerPolicy = (context) => ({
    ...context,
    retryIf: error => error.worthResending,
    maxAttempts: TRIGGER_ATTEMPTS,
    failAtDeadline: true
});
/** Reads while following a pipeline: transient failures are retried until the deadline. */
const readPolicy = (context) => ({
    ...context,
    retryIf: error => error.transient,
    maxAttempts: Infinity
});
/** A cancel (main or post step): transient failures retried, but never past its time limit. */
const cancelPolicy = (context) => ({
    ...context,
    retryIf: error => error.transient,
    maxAttempts: Infinity,
    failAtDeadline: true
});
/** Job logs and pre-flight checks: a few quick tries, then the run goes on without them. */
const quickReadPolicy = (context) => ({
    ...context,
    retryIf: error => error.transient,
    maxAttempts: 3
});
/** The line a retry prints, for policies whose caller logs it. */
function retryLine(error, delayMs) {
    return `${error.request}: ${error.gitlabMessage || error.message}; trying again in ${formatDuration(delayMs)}`;
}
/** Exponential backoff from 1 s to 30 s with jitter, so many runners do not retry in step. */
function backoffDelay(attempt, random = Math.random) {
    const ceiling = Math.min(30_000, 1_000 * 2 ** attempt);
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
/** Runs `attempt` until it succeeds, fails for good, or runs out of attempts or time. */
async function withRetries(attempt, options) {
    const clock = options.clock ?? clock_realClock;
    for (let tries = 1;; tries++) {
        if (options.signal?.aborted)
            throw options.signal.reason;
        try {
            return await attempt();
        }
        catch (error) {
            const failure = error;
            if (options.signal?.aborted)
                throw error;
            if (tries >= options.maxAttempts || !isGitLabError(failure) || !options.retryIf(failure))
                throw error;
            // Retry-After is GitLab telling us when; otherwise back off.
            const delayMs = failure.retryAfterMs ?? backoffDelay(tries - 1);
            if (options.deadline !== undefined && clock.now() + delayMs >= options.deadline) {
                if (options.failAtDeadline)
                    throw error;
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
    return error instanceof Error && error.name === 'GitLabError';
}
/** A pause on the real clock that ends early (rejecting) when the signal aborts. */
function sleep(ms, signal) {
    return realClock.sleep(ms, signal);
}

;// CONCATENATED MODULE: ./src/gitlab/errors.ts
/** The one error type of the GitLab client: callers decide by `kind` and `status`, never by text. */
class GitLabError extends Error {
    kind;
    request;
    gitlabMessage;
    hint;
    status;
    retryAfterMs;
    code;
    constructor(options) {
        const { status, gitlabMessage, hint = '' } = options;
        const answer = status === undefined
            ? gitlabMessage
            : `GitLab answered ${status}${gitlabMessage ? `: ${gitlabMessage}` : ''}`;
        super(hint ? `${answer}${/[.!?]$/.test(answer) ? '' : '.'} ${hint}` : answer);
        this.name = 'GitLabError';
        this.kind = options.kind;
        this.request = options.request;
        this.gitlabMessage = gitlabMessage;
        this.hint = hint;
        this.status = status;
        this.retryAfterMs = options.retryAfterMs;
        this.code = options.code;
    }
    /** The same failure with some of its parts replaced (a better hint, say). */
    with(changes) {
        const { kind, request, gitlabMessage, hint, status, retryAfterMs, code } = this;
        return new GitLabError({
            ...{ kind, request, gitlabMessage, hint, status, retryAfterMs, code },
            ...changes
        });
    }
    /** True when GitLab cannot have acted on the request: safe to send again even for a POST. */
    get neverSent() {
        return this.kind === 'unreachable' || this.status === 429;
    }
    /**
     * Worth sending the trigger again (docs/contract.md section 3.2): a 429, or a connection refused or a
     * name lookup that failed for now; an unknown host (ENOTFOUND) is a typo, not a passing fault.
     */
    get worthResending() {
        return (this.status === 429 ||
            (this.kind === 'unreachable' && (this.code === 'ECONNREFUSED' || this.code === 'EAI_AGAIN')));
    }
    /** Worth another try while waiting: rate limits, server errors and broken connections. */
    get transient() {
        if (this.kind === 'http')
            return this.status === 429 || this.status === 408 || (this.status ?? 0) >= 500;
        return this.kind !== 'unexpected';
    }
}

;// CONCATENATED MODULE: ./src/gitlab/hints.ts
/** What to do about a GitLab refusal, in the user's terms (docs/contract.md section 3.7). */
function hintFor({ operation, status, message, ref }) {
    if (operation === 'trigger')
        return triggerHint(status, message, ref);
    if (status === 401 && operation === 'tokens') {
        return 'The API token (GITLAB_API_TOKEN) is invalid, expired or revoked: managing trigger tokens needs an access token with the api scope';
    }
    if (status === 401) {
        return 'The API token (api-token) is invalid, expired or revoked: create a new access token with the read_api scope (api to cancel)';
    }
    if (status === 403) {
        if (operation === 'cancel')
            return 'The API token (api-token) cannot cancel pipelines: it needs the api scope and at least the Developer role';
        if (operation === 'tokens')
            return 'Managing trigger tokens needs an access token with the api scope and the Maintainer role';
        return 'The API token (api-token) lacks permission: it needs the read_api scope and at least the Reporter role in the project';
    }
    if (status === 404 && operation === 'tokens') {
        return 'No such project or trigger token, or the API token cannot see the project: check the project and the token id';
    }
    if (status === 404) {
        return 'The API token (api-token) cannot see this project or pipeline: check the project path or id and that the token belongs to a member of the project';
    }
    if (status === 429)
        return 'GitLab is rate limiting these requests; try again later';
    if (status >= 500)
        return 'GitLab had an internal error; try again later';
    return '';
}
function triggerHint(status, message, ref = 'the ref') {
    if (status === 404) {
        return 'The trigger token is wrong or revoked, the project does not exist, or the token belongs to another project. A personal access token cannot be used as trigger-token: create a pipeline trigger token in Settings > CI/CD > Pipeline trigger tokens';
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
        // Any pipeline persisted with a failure reason, not only a configuration error (docs/gitlab.md 10).
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

;// CONCATENATED MODULE: ./src/gitlab/messages.ts
/**
 * GitLab writes errors in three JSON shapes (docs/gitlab.md section 1):
 * `{"error": "..."}` (parameter validation, OAuth, unknown routes), `{"message": "..."}` (helpers)
 * and `{"message": {"base": ["..."], "field": ["..."]}}` (pipeline creation, validation).
 * This returns the text as GitLab wrote it, for any of them, or a short description of a non-JSON body.
 */
function gitlabMessageOf(body, contentType) {
    const text = body.trim();
    if (text === '')
        return '';
    if (contentType?.includes('html') || /^<(!doctype|html)/i.test(text)) {
        const title = /<title>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
        return title ? `an HTML page "${title}"` : 'an HTML page';
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return firstLine(text);
    }
    return messageOfJson(parsed) ?? firstLine(text);
}
function messageOfJson(value) {
    if (typeof value === 'string')
        return value;
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const record = value;
    if ('message' in record)
        return flattenMessage(record.message);
    if (typeof record.error === 'string') {
        return typeof record.error_description === 'string' ? record.error_description : record.error;
    }
    return undefined;
}
function flattenMessage(message) {
    if (typeof message === 'string')
        return message;
    if (Array.isArray(message))
        return message.map(String).join('; ');
    if (message && typeof message === 'object') {
        return Object.entries(message)
            .map(([key, value]) => {
            const texts = Array.isArray(value) ? value.map(String).join('; ') : String(value);
            return key === 'base' || key === 'error' ? texts : `${key}: ${texts}`;
        })
            .join('; ');
    }
    return undefined;
}
function firstLine(text) {
    const line = text.split('\n')[0].trim();
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var proxy = __nccwpck_require__(9783);
;// CONCATENATED MODULE: ./src/gitlab/transport.ts



/**
 * Sends one request with Node's own http/https and resolves with the response head; the body is
 * read by the caller. Behind a proxy (https_proxy, no_proxy) it uses @actions/http-client's
 * tunnelling agent. That module is loaded only then: it loads undici, which costs more start-up
 * time than the whole trigger request otherwise takes (README, "Start-up time").
 */
async function sendRequest(request) {
    const agent = await proxyAgentFor(request.url);
    // node:https brings TLS and node:crypto: loaded only for an https URL (README, "Start-up time").
    const module = request.url.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)) : external_node_http_;
    return new Promise((resolve, reject) => {
        const req = module.request(request.url, {
            method: request.method,
            headers: request.headers,
            agent
        });
        let settled = false;
        const settle = (outcome) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            request.signal?.removeEventListener('abort', onAbort);
            outcome();
        };
        // Fail at once, not on the 'error' event: a request still waiting for a socket (a proxy that
        // never answers CONNECT) emits none when destroyed. A timer of our own for the same reason:
        // req.setTimeout starts only once there is a socket.
        const fail = (error) => settle(() => {
            req.destroy(error);
            reject(error);
        });
        const timer = setTimeout(() => fail(errorWithCode('request timed out', 'ETIMEDOUT')), request.timeoutMs);
        const onAbort = () => fail(errorWithCode('request abandoned', 'ABORT_ERR'));
        request.signal?.addEventListener('abort', onAbort, { once: true });
        req.on('response', response => settle(() => resolve(response)));
        req.on('error', error => settle(() => reject(error)));
        if (request.signal?.aborted)
            onAbort();
        req.end(request.body ?? undefined);
    });
}
/** The proxy that applies to a URL (https_proxy, http_proxy, no_proxy), if any. */
function proxyFor(url) {
    return (0,proxy/* getProxyUrl */.s)(url);
}
async function proxyAgentFor(url) {
    if (!proxyFor(url))
        return undefined;
    const { HttpClient } = await __nccwpck_require__.e(/* import() */ 779).then(__nccwpck_require__.bind(__nccwpck_require__, 2779));
    return new HttpClient(USER_AGENT).getAgent(url.href);
}
function errorWithCode(message, code) {
    return Object.assign(new Error(message), { code });
}

;// CONCATENATED MODULE: ./src/gitlab/client.ts






// Connection errors raised before a single byte of the request went out.
const NEVER_CONNECTED = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EADDRNOTAVAIL'
]);
/** The one place that builds GitLab URLs, sends requests and turns answers into data or GitLabError. */
class GitLabClient {
    apiUrl;
    token;
    requestTimeoutMs;
    /** The request budget GitLab last announced, for callers that pace themselves (the wait). */
    rateLimit;
    /** Requests answered so far (any status), for callers that count their cost. */
    answered = 0;
    constructor(options) {
        this.apiUrl = `${options.gitlabUrl}/api/v4`;
        this.token = options.token;
        this.requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    }
    /** Sends a request, and again on the failures `retry` allows (none when it is omitted). */
    request(request, retry) {
        // A trigger in flight is never abandoned: GitLab may be creating the pipeline, which must
        // then be known so that it can be followed or cancelled. Other requests end on cancellation.
        const signal = request.operation === 'trigger' ? undefined : retry?.signal;
        return retry ? withRetries(() => this.send(request, signal), retry) : this.send(request, signal);
    }
    /**
     * Sends a GET whose body is handed to `onChunk` piece by piece as it arrives, so that no more of
     * it is held than the caller keeps (job logs). Errors are mapped as for `request`; the read fails
     * when no byte arrives for the request timeout, however long the whole body takes. It is sent
     * again (per `retry`) only while no byte of the body was received: GitLab's job log has no HTTP
     * Range, so a read cut short cannot resume, and what was received stays with the caller.
     */
    async stream(request, onChunk, retry) {
        let received = 0;
        const once = async () => {
            const label = `${request.method} ${request.path}`;
            const message = await this.open({ ...request, schema: null }, retry?.signal);
            await pumpBody(message, this.requestTimeoutMs, label, retry?.signal, chunk => {
                received += chunk.length;
                onChunk(chunk);
            });
        };
        if (!retry)
            return once();
        return withRetries(once, {
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
    /** Sends the request and returns a 2xx answer with its body still to read; anything else throws. */
    async open(request, signal) {
        const label = `${request.method} ${request.path}`;
        const headers = {
            Accept: request.text ? 'text/plain' : 'application/json',
            'User-Agent': USER_AGENT
        };
        if (this.token)
            headers['PRIVATE-TOKEN'] = this.token;
        let payload = null;
        if (request.body !== undefined) {
            payload = JSON.stringify(request.body);
            headers['Content-Type'] = 'application/json';
            headers['Content-Length'] = String(Buffer.byteLength(payload));
        }
        let message;
        try {
            message = await sendRequest({
                method: request.method,
                url: new URL(this.urlFor(request)),
                headers,
                body: payload,
                timeoutMs: this.requestTimeoutMs,
                signal
            });
        }
        catch (error) {
            throw this.connectionError(error, label);
        }
        this.answered++;
        this.noteRateLimit(message.headers);
        const status = message.statusCode ?? 0;
        if (status >= 200 && status < 300)
            return message;
        const body = await readBody(message, this.requestTimeoutMs, label, signal);
        const contentType = String(message.headers['content-type'] ?? '');
        // GitLab redirects reads of a renamed project (docs/gitlab.md 3); the token is not sent after it.
        if (status >= 300 && status < 400) {
            const moved = `moved to ${message.headers.location ?? 'another address'}`;
            throw new GitLabError({
                kind: 'http',
                request: label,
                gitlabMessage: moved,
                hint: 'The project was renamed or moved: use its new path',
                status
            });
        }
        const gitlabMessage = gitlabMessageOf(body, contentType);
        const hint = hintFor({
            operation: request.operation,
            status,
            message: gitlabMessage,
            ref: request.ref
        });
        throw new GitLabError({
            kind: 'http',
            request: label,
            gitlabMessage,
            hint,
            status,
            retryAfterMs: retryAfterMs(message.headers)
        });
    }
    noteRateLimit(headers) {
        const limit = Number(headers['ratelimit-limit']);
        const remaining = Number(headers['ratelimit-remaining']);
        // RateLimit-Reset: epoch seconds of the window's end (Rack::Attack, GitLab's throttles).
        const reset = Number(headers['ratelimit-reset']);
        if (!(limit > 0) || !Number.isFinite(remaining) || !Number.isFinite(reset))
            return;
        this.rateLimit = { limit, remaining, resetAt: reset * 1000 };
    }
    urlFor(request) {
        const url = `${this.apiUrl}${request.path}`;
        if (!request.query)
            return url;
        const query = new URLSearchParams(Object.entries(request.query).flatMap(([key, value]) => Array.isArray(value) ? value.map(item => [key, String(item)]) : [[key, String(value)]]));
        return `${url}?${query}`;
    }
    connectionError(error, label) {
        const err = error;
        const url = new URL(this.apiUrl);
        const proxy = proxyFor(url);
        // Name the port even when the URL leaves it out (docs/contract.md section 3.7).
        const target = `${url.hostname}:${url.port || (url.protocol === 'https:' ? 443 : 80)}`;
        const via = proxy ? ` through the proxy ${proxy.host}` : '';
        // The proxy agent reports a failed CONNECT (refused, unreachable, 407) as "tunneling socket
        // could not be established, cause=… / statusCode=…": the request never reached GitLab.
        const tunnel = proxy && /tunneling socket could not be established/i.test(err.message ?? '');
        const code = tunnel
            ? (/\b(E[A-Z]+)\b/.exec(err.message)?.[1] ?? 'EPROXY')
            : (err.code ?? err.message);
        if (tunnel || (err.code && NEVER_CONNECTED.has(err.code))) {
            const hint = proxy
                ? `Check the proxy settings (https_proxy, no_proxy) and that ${target} is reachable through it`
                : `Check the GitLab URL and that ${target} is reachable from this machine`;
            return new GitLabError({
                kind: 'unreachable',
                request: label,
                gitlabMessage: `could not connect to ${target}${via} (${tunnel ? err.message : code})`,
                hint,
                code
            });
        }
        if (err.code === 'ABORT_ERR') {
            // Our own time limit or the run's cancellation, not GitLab: say so.
            return new GitLabError({
                kind: 'connection-lost',
                request: label,
                gitlabMessage: 'the request was abandoned (time limit reached or run cancelled)',
                code: err.code
            });
        }
        if (err.code === 'ETIMEDOUT') {
            return new GitLabError({
                kind: 'timeout',
                request: label,
                gitlabMessage: `${target}${via} did not answer within ${this.requestTimeoutMs / 1000}s`,
                code: err.code
            });
        }
        return new GitLabError({
            kind: 'connection-lost',
            request: label,
            gitlabMessage: `the connection to ${target}${via} broke (${code})`,
            code: err.code
        });
    }
}
/** One request's time limit unless the settings give another (GITLAB_REQUEST_TIMEOUT). */
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/** Encodes a project id or full path once, as GitLab's `:id` route needs (`group%2Fapp`). */
function projectSegment(project) {
    return encodeURIComponent(project);
}
function parseBody(request, body, label) {
    if (request.schema === null)
        return undefined;
    let value = body;
    if (!request.text) {
        try {
            value = JSON.parse(body);
        }
        catch {
            throw new GitLabError({
                kind: 'unreadable',
                request: label,
                gitlabMessage: `the answer is not JSON: ${gitlabMessageOf(body, undefined) || 'empty body'}`
            });
        }
    }
    const parsed = request.schema.safeParse(value);
    if (!parsed.success)
        throw unexpectedAnswer(parsed.error.issues[0], value, request.what, label);
    return parsed.data;
}
/** Names the field in the answer that is not what the code needs, e.g. `jobs[3].stage is null, not a string`. */
function unexpectedAnswer(issue, value, what, label) {
    const field = fieldName(what ?? 'answer', issue.path);
    let found = value;
    for (const key of issue.path)
        found =
            found !== null && typeof found === 'object'
                ? found[key]
                : undefined;
    const got = found === undefined
        ? 'missing'
        : found === null
            ? 'null'
            : Array.isArray(found)
                ? 'a list'
                : `a ${typeof found}`;
    const wanted = typeof issue.expected === 'string' ? `, not ${article(issue.expected)}` : '';
    return new GitLabError({
        kind: 'unexpected',
        request: label,
        gitlabMessage: `GitLab's answer is not what this tool expects: ${field} is ${got}${wanted}`,
        hint: 'Asking again would give the same answer, so it was not retried; check that the GitLab URL points at GitLab, and report this with your GitLab version'
    });
}
/** `jobs`, [3, 'stage'] → `jobs[3].stage` */
function fieldName(what, path) {
    return path.reduce((name, key) => (typeof key === 'number' ? `${name}[${key}]` : `${name}.${String(key)}`), what);
}
const article = (type) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
/** Reads the whole body (small JSON answers and error bodies) as text. */
async function readBody(message, timeoutMs, label, signal) {
    const chunks = [];
    await pumpBody(message, timeoutMs, label, signal, chunk => chunks.push(chunk));
    return Buffer.concat(chunks).toString('utf8');
}
/**
 * Hands each chunk of the body to `onChunk`, failing (instead of hanging, as http-client's
 * readBody does) when the connection breaks mid-body or no byte arrives for `stallMs`.
 */
function pumpBody(message, stallMs, label, signal, onChunk) {
    return new Promise((resolve, reject) => {
        let done = false;
        const settle = () => {
            done = true;
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
        };
        const fail = (reason) => {
            if (done)
                return;
            settle();
            message.destroy();
            reject(new GitLabError({ kind: 'unreadable', request: label, gitlabMessage: reason }));
        };
        const onAbort = () => fail('the request was abandoned');
        const stalled = () => fail(`the answer stalled for ${stallMs / 1000}s`);
        let timer = setTimeout(stalled, stallMs);
        signal?.addEventListener('abort', onAbort, { once: true });
        if (signal?.aborted)
            return onAbort();
        message.on('data', (chunk) => {
            if (done)
                return;
            clearTimeout(timer);
            timer = setTimeout(stalled, stallMs);
            try {
                onChunk(chunk);
            }
            catch (error) {
                settle();
                message.destroy();
                reject(error);
            }
        });
        message.on('end', () => {
            if (done)
                return;
            settle();
            resolve();
        });
        message.on('aborted', () => fail('the answer was cut short'));
        message.on('error', () => fail('the answer was cut short'));
        message.on('close', () => {
            if (!message.complete)
                fail('the answer was cut short');
        });
    });
}
/** `Retry-After` in seconds or as an HTTP date. */
function retryAfterMs(headers) {
    const value = headers['retry-after'];
    if (typeof value !== 'string')
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

;// CONCATENATED MODULE: ./src/gitlab/schemas.ts

// Each schema names only what the code relies on and rejects answers without it; fields GitLab
// adds over versions are dropped (docs/gitlab.md sections 2.4, 3.1, 4.1, 7). Trigger tokens keep
// every field, since the CLI prints them as GitLab gave them. zod/mini rather than classic zod:
// it loads in half the time, and it is loaded before the trigger request.
const id = schemas_int();
const nullableNumber = pipe(schemas_nullish(schemas_number()), transform(value => value ?? null));
const pipelineSchema = object({
    id,
    iid: id,
    project_id: id,
    sha: schemas_string(),
    ref: schemas_string(),
    status: schemas_string(),
    web_url: schemas_string(),
    duration: nullableNumber,
    // Older GitLab answers a YAML error with 201 and status "failed" (docs/gitlab.md 2.4 step 7).
    yaml_errors: schemas_nullish(schemas_string())
});
const jobSchema = object({
    id,
    name: schemas_string(),
    stage: schemas_string(),
    status: schemas_string(),
    web_url: schemas_string(),
    duration: nullableNumber,
    allow_failure: schemas_default(schemas_boolean(), false),
    failure_reason: schemas_nullish(schemas_string()),
    // A running job's `duration` is GitLab's partial count; the summary shows the time since this.
    started_at: schemas_nullish(schemas_string())
});
const bridgeSchema = schemas_extend(jobSchema, {
    // project_id says whether the downstream runs in another project (multi-project).
    downstream_pipeline: schemas_nullish(object({ id, project_id: optional(id), web_url: schemas_string(), status: schemas_string() }))
});
// One odd job in a list (a null stage or name) must not end the wait: it is kept with these
// stand-ins for what is only displayed. Its id and status are still required, since the wait
// decides by them.
const shown = (fallback) => schemas_catch(schemas_string(), fallback);
const lenientJobFields = {
    name: shown('(no name)'),
    stage: shown('(no stage)'),
    web_url: shown(''),
    duration: schemas_catch(nullableNumber, null),
    allow_failure: schemas_catch(schemas_default(schemas_boolean(), false), false),
    failure_reason: schemas_catch(schemas_nullish(schemas_string()), null),
    started_at: schemas_catch(schemas_nullish(schemas_string()), null)
};
const lenientJobSchema = schemas_extend(jobSchema, lenientJobFields);
const lenientBridgeSchema = schemas_extend(bridgeSchema, {
    ...lenientJobFields,
    downstream_pipeline: schemas_catch(bridgeSchema.shape.downstream_pipeline, null)
});
const projectSchema = object({
    id,
    path_with_namespace: schemas_string(),
    web_url: schemas_string()
});
const schemas_tokenSelfSchema = object({
    scopes: array(schemas_string()),
    active: optional(schemas_boolean()),
    expires_at: schemas_nullish(schemas_string())
});
const triggerTokenSchema = looseObject({
    id,
    token: schemas_string(),
    description: schemas_nullish(schemas_string()),
    created_at: schemas_nullish(schemas_string()),
    last_used: schemas_nullish(schemas_string()),
    expires_at: schemas_nullish(schemas_string()),
    owner: schemas_nullish(looseObject({ username: schemas_string() }))
});
const traceSchema = schemas_string();
/** GET /version: `{"version": "17.9.2-ee", "revision": …}`. */
const versionSchema = object({ version: schemas_string() });
/** Fine-grained tokens (18.10+) say `granular: true` (older GitLab leaves the field out). */
const tokenSelfGranularSchema = schemas_extend(schemas_tokenSelfSchema, {
    granular: optional(nullable(schemas_boolean()))
});

;// CONCATENATED MODULE: ./src/gitlab/endpoints.ts





const projectPath = (project) => `/projects/${projectSegment(project)}`;
async function data(client, request, retry) {
    return (await client.request(request, retry)).data;
}
// The token travels in the JSON body, never in the URL (docs/contract.md section 3.2).
const triggerPipeline = (client, project, body, retry) => data(client, {
    method: 'POST',
    path: `${projectPath(project)}/trigger/pipeline`,
    body,
    schema: pipelineSchema,
    what: 'pipeline',
    operation: 'trigger',
    ref: body.ref
}, retry);
const getProject = (client, project, retry) => data(client, {
    method: 'GET',
    path: projectPath(project),
    schema: projectSchema,
    what: 'project',
    operation: 'check-token'
}, retry);
const getTokenSelf = (client, retry) => data(client, {
    method: 'GET',
    path: '/personal_access_tokens/self',
    schema: tokenSelfSchema,
    what: 'token',
    operation: 'check-token'
}, retry);
const getPipeline = (client, project, id, retry) => data(client, {
    method: 'GET',
    path: `${projectPath(project)}/pipelines/${id}`,
    schema: pipelineSchema,
    what: 'pipeline',
    operation: 'read'
}, retry);
const cancelPipeline = (client, project, id, retry) => data(client, {
    method: 'POST',
    path: `${projectPath(project)}/pipelines/${id}/cancel`,
    schema: pipelineSchema,
    what: 'pipeline',
    operation: 'cancel'
}, retry);
/** The job's log, handed to `onChunk` as it arrives (see GitLabClient.stream). */
const streamJobTrace = (client, project, jobId, onChunk, retry) => client.stream({
    method: 'GET',
    path: `${projectPath(project)}/jobs/${jobId}/trace`,
    operation: 'read',
    text: true
}, onChunk, retry);
const listJobs = (client, project, pipelineId, retry, onOddItem, 
/** Only jobs in these statuses (`scope[]`, docs/gitlab.md 4.1). */
scopes) => listAll(client, `${projectPath(project)}/pipelines/${pipelineId}/jobs`, jobSchema, 'read', retry, {
    what: 'jobs',
    lenient: lenientJobSchema,
    onOddItem,
    scopes
});
/** One job (`GET /projects/:id/jobs/:job_id`; a trigger job is 404 there). */
const getJob = (client, project, jobId, retry) => data(client, {
    method: 'GET',
    path: `${projectPath(project)}/jobs/${jobId}`,
    schema: lenientJobSchema,
    what: 'job',
    operation: 'read'
}, retry);
const listBridges = (client, project, pipelineId, retry, onOddItem) => listAll(client, `${projectPath(project)}/pipelines/${pipelineId}/bridges`, bridgeSchema, 'read', retry, { what: 'bridges', lenient: lenientBridgeSchema, onOddItem });
/**
 * The trigger jobs by `GET /pipelines/:id/trigger_jobs` (GitLab 19.2+, where `/bridges` is
 * deprecated); same answer as listBridges. Older GitLab answers 404 (docs/gitlab.md, "Trigger jobs").
 */
const listTriggerJobs = (client, project, pipelineId, retry, onOddItem) => listAll(client, `${projectPath(project)}/pipelines/${pipelineId}/trigger_jobs`, bridgeSchema, 'read', retry, { what: 'trigger_jobs', lenient: lenientBridgeSchema, onOddItem });
const listTriggerTokens = (client, project, retry) => listAll(client, `${projectPath(project)}/triggers`, triggerTokenSchema, 'tokens', retry, {
    what: 'triggers'
});
const getTriggerToken = (client, project, id) => data(client, {
    method: 'GET',
    path: `${projectPath(project)}/triggers/${id}`,
    schema: triggerTokenSchema,
    operation: 'tokens'
});
const createTriggerToken = (client, project, description) => data(client, {
    method: 'POST',
    path: `${projectPath(project)}/triggers`,
    body: { description },
    schema: triggerTokenSchema,
    operation: 'tokens'
});
const updateTriggerToken = (client, project, id, description) => data(client, {
    method: 'PUT',
    path: `${projectPath(project)}/triggers/${id}`,
    body: { description },
    schema: triggerTokenSchema,
    operation: 'tokens'
});
const deleteTriggerToken = (client, project, id) => data(client, {
    method: 'DELETE',
    path: `${projectPath(project)}/triggers/${id}`,
    schema: null,
    operation: 'tokens'
});
const PER_PAGE = 100; // the most GitLab returns per page
/**
 * Reads every page, following X-Next-Page (empty on the last page, docs/gitlab.md 4.3). Items are
 * checked one by one: an odd one is kept with stand-ins (or left out) and reported, and only a
 * page that is not a list at all fails the whole read.
 */
async function listAll(client, path, item, operation, retry, { what, lenient, onOddItem, scopes }) {
    const items = [];
    const schema = array(unknown());
    for (let page = 1;;) {
        const query = { per_page: PER_PAGE, page, ...(scopes ? { 'scope[]': [...scopes] } : {}) };
        const response = await client.request({ method: 'GET', path, query, schema, what, operation }, retry);
        const label = `GET ${path}`;
        response.data.forEach((value, index) => {
            const strict = item.safeParse(value);
            if (strict.success)
                return items.push(strict.data);
            const position = (page - 1) * PER_PAGE + index;
            const problem = unexpectedAnswer(strict.error.issues[0], value, `${what}[${position}]`, label);
            const kept = lenient?.safeParse(value);
            if (!kept?.success && !onOddItem)
                throw problem;
            if (kept?.success)
                items.push(kept.data);
            onOddItem?.(`${problem.gitlabMessage}; ${kept?.success ? 'shown with what could be read' : 'left out'}`);
        });
        const next = Number(response.headers['x-next-page'] || 0);
        // Without the header (a proxy may drop it) a short page is the last one.
        const hasNext = response.headers['x-next-page'] === undefined
            ? response.data.length === PER_PAGE
            : next > page;
        if (!hasNext)
            return items;
        page = next || page + 1;
    }
}
// ---------------------------------------------------------------------------------------------
// Pre-flight reads (run/preflight.ts).
/** GitLab's version, e.g. `17.9.2-ee`; any valid access token may read it. */
const getVersion = (client, retry) => data(client, { method: 'GET', path: '/version', schema: versionSchema, operation: 'check-token' }, retry);
/** The newest pipeline at most: proves the token may read the project's pipelines. */
const probePipelines = (client, project, retry) => data(client, {
    method: 'GET',
    path: `${projectPath(project)}/pipelines`,
    query: { per_page: 1 },
    schema: array(unknown()),
    operation: 'check-token'
}, retry);
/** Like getTokenSelf, keeping `granular` (fine-grained tokens have no classic scopes). */
const getTokenSelfWithKind = (client, retry) => data(client, {
    method: 'GET',
    path: '/personal_access_tokens/self',
    schema: tokenSelfGranularSchema,
    operation: 'check-token'
}, retry);
// ---------------------------------------------------------------------------------------------
// Job artifacts (src/run/job-outputs.ts, src/run/artifacts.ts), streamed: neither is held whole.
/** `dist/a b.env` → `dist/a%20b.env`: each segment encoded, the slashes kept for the `*artifact_path` route. */
const encodeArtifactPath = (artifactPath) => artifactPath.split('/').map(encodeURIComponent).join('/');
/** One file from the job's artifacts archive (`GET /projects/:id/jobs/:job_id/artifacts/*artifact_path`). */
const streamJobArtifactFile = (client, project, jobId, artifactPath, onChunk, retry) => client.stream({
    method: 'GET',
    path: `${projectPath(project)}/jobs/${jobId}/artifacts/${encodeArtifactPath(artifactPath)}`,
    operation: 'read'
}, onChunk, retry);
/** The job's whole artifacts archive, a zip (`GET /projects/:id/jobs/:job_id/artifacts`). */
const streamJobArtifactsArchive = (client, project, jobId, onChunk, retry) => client.stream({ method: 'GET', path: `${projectPath(project)}/jobs/${jobId}/artifacts`, operation: 'read' }, onChunk, retry);
// ---------------------------------------------------------------------------------------------
// Live job logs (run/live-logs.ts).
/** Most bytes one ranged log read may ask for: GitLab refuses a larger `byte_limit` (400). */
const MAX_TRACE_RANGE_BYTES = 500 * 1024;
/**
 * Part of the job's log: `byte_limit` bytes from `byte_offset`, on a GitLab that knows these
 * parameters (docs/gitlab.md, "Job logs"). Older versions ignore them and send the whole log, so
 * the caller must tell the two apart (run/live-logs.ts). Without `range`, the whole log.
 */
const streamJobTraceRange = (client, project, jobId, range, onChunk, retry) => client.stream({
    method: 'GET',
    path: `${projectPath(project)}/jobs/${jobId}/trace`,
    query: range && { byte_offset: range.byteOffset, byte_limit: range.byteLimit },
    operation: 'read',
    text: true
}, onChunk, retry);

;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = require("node:readline");
;// CONCATENATED MODULE: ./src/cli/confirm.ts

/** The process's own terminal: the question goes to stderr, so stdout keeps only results. */
function terminalConfirmer(input = process.stdin, output = process.stderr) {
    return {
        interactive: input.isTTY === true,
        confirm: question => new Promise(resolve => {
            const prompt = (0,external_node_readline_namespaceObject.createInterface)({ input, output, terminal: true });
            let answered = false;
            const finish = (yes) => {
                if (answered)
                    return;
                answered = true;
                prompt.close();
                resolve(yes);
            };
            // Without a listener readline would only pause on Ctrl-C, leaving the question open.
            prompt.on('SIGINT', () => {
                output.write('\n');
                finish(false);
            });
            // Ctrl-D: end the prompt's line before whatever is printed next.
            prompt.on('close', () => {
                if (!answered)
                    output.write('\n');
                finish(false);
            });
            prompt.question(question, answer => finish(/^y(es)?$/i.test(answer.trim())));
        })
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/tokens.ts







const ACTIONS = ['list', 'get', 'create', 'update', 'delete'];
const NEEDS_ID = ['get', 'update', 'delete'];
const NEEDS_DESCRIPTION = ['create', 'update'];
const TOKENS_FLAGS = {
    ...CONNECTION_FLAGS,
    description: { type: 'string', example: '"deploys from Jenkins"' },
    yes: { type: 'boolean', short: 'y' }
};
const USAGE_LINE = `usage: ${TOOL_NAME} tokens list|get ID|create --description TEXT|update ID --description TEXT|delete ID [--yes] --project my-group/my-project   (tokens --help)`;
const TOKENS_USAGE = `Usage: ${TOOL_NAME} tokens COMMAND --project PROJECT [--gitlab-url URL] [--json]

Manages the project's pipeline trigger tokens. Needs ${API_TOKEN_ENV}: an access token with the
api scope of a Maintainer of the project.

Commands:
  list                           every trigger token of the project
  get ID                         one trigger token
  create --description TEXT      a new trigger token; printed once: store it as a secret
  update ID --description TEXT   change a token's description
  delete ID [--yes]              revoke a token; pipelines can no longer be triggered with it.
                                 Asks first on a terminal; elsewhere (scripts, CI) needs --yes

Options:
  --project PROJECT              numeric project id or full path, e.g. my-group/my-project (required)
  --gitlab-url URL               the GitLab instance (default: $${GITLAB_URL_ENV}, else https://gitlab.com)
  --json                         print GitLab's answer as JSON on stdout
  -y, --yes                      delete without asking
  -h, --help                     print this help

GitLab shows a token in full only to its owner; tokens owned by someone else come back
shortened to 4 characters, and are printed as GitLab gives them.

Exit codes: 0 done, 1 delete not confirmed (nothing sent), 2 bad usage (nothing sent),
3 GitLab refused the request or could not be reached.
`;
/** `tokens list|get|create|update|delete`: GitLab's pipeline trigger tokens API. Throws UsageError. */
async function runTokens(argv, env, reporter, confirmer = terminalConfirmer()) {
    const { values, positionals } = readFlags(argv, TOKENS_FLAGS, USAGE_LINE, 2);
    if (values.help) {
        reporter.result(TOKENS_USAGE);
        return 0;
    }
    const inputs = connectionInputs(values, env);
    const apiToken = inputs.raw['api-token']?.trim();
    if (apiToken)
        reporter.mask(apiToken);
    for (const warning of inputs.warnings)
        reporter.warning(warning);
    const { action, id } = parseCommand(positionals, values.description, inputs.problems);
    const confirmed = values.yes === true;
    if (confirmed && action !== undefined && action !== 'delete')
        inputs.problems.push(`--yes only applies to tokens delete; leave it out of tokens ${action}`);
    // Nobody can answer the question: refuse before any request rather than guess.
    if (action === 'delete' && !confirmed && !confirmer.interactive) {
        inputs.problems.push(`tokens delete revokes the token for good and asks first, but stdin is not a terminal: add --yes to delete without asking, e.g. tokens delete ${Number.isInteger(id) ? id : 12} --yes --project my-group/my-project`);
    }
    if (!apiToken) {
        inputs.problems.push(`${API_TOKEN_ENV} is not set: managing trigger tokens needs an access token with the api scope of a project Maintainer, e.g. export ${API_TOKEN_ENV}=glpat-…`);
    }
    const parsed = settingsFrom(inputs, USAGE_LINE, ['gitlab-url', 'project', 'api-token']);
    // settingsFrom has thrown unless the command and the token are there.
    if (!action || !parsed.apiToken)
        throw new UsageError(['tokens: nothing to do'], USAGE_LINE);
    const settings = {
        gitlabUrl: parsed.gitlabUrl,
        project: parsed.project,
        apiToken: parsed.apiToken,
        requestTimeoutMs: requestTimeoutOrUsageError(env, USAGE_LINE)
    };
    if (action === 'delete' && !confirmed) {
        const yes = await confirmer.confirm(`Delete trigger token ${id} of ${settings.project}? Pipelines can no longer be triggered with it. [y/N] `);
        if (!yes) {
            reporter.info(`Not deleted: trigger token ${id} is unchanged`);
            return 1;
        }
    }
    const client = new GitLabClient({
        gitlabUrl: settings.gitlabUrl,
        token: settings.apiToken,
        requestTimeoutMs: settings.requestTimeoutMs
    });
    const json = values.json === true;
    const description = typeof values.description === 'string' ? values.description : '';
    try {
        switch (action) {
            case 'list': {
                const tokens = await listTriggerTokens(client, settings.project);
                if (json)
                    reporter.result(JSON.stringify(tokens));
                else if (tokens.length === 0)
                    reporter.info(`${settings.project} has no pipeline trigger tokens`);
                else
                    reporter.result(tokenTable(tokens));
                break;
            }
            case 'get': {
                const token = await getTriggerToken(client, settings.project, id);
                reporter.result(json ? JSON.stringify(token) : tokenDetails(token));
                break;
            }
            case 'create': {
                const token = await createTriggerToken(client, settings.project, description);
                // The one place the new token is printed; the note goes to stderr so stdout stays the token.
                reporter.result(json ? JSON.stringify(token) : `Created trigger token ${token.id}: ${token.token}`);
                reporter.info(`Store it now as a secret, e.g. ${TRIGGER_TOKEN_ENV} in your CI: whoever has it can start pipelines in ${settings.project} as you.`);
                break;
            }
            case 'update': {
                const token = await updateTriggerToken(client, settings.project, id, description);
                reporter.result(json
                    ? JSON.stringify(token)
                    : `Updated trigger token ${token.id}: ${JSON.stringify(token.description ?? '')}`);
                break;
            }
            case 'delete': {
                await deleteTriggerToken(client, settings.project, id);
                // GitLab answers 204 without a body; --json still gets one object to read.
                reporter.result(json ? JSON.stringify({ id, deleted: true }) : `Deleted trigger token ${id}`);
                break;
            }
        }
        return 0;
    }
    catch (error) {
        if (!(error instanceof GitLabError))
            throw error;
        reporter.error(error.message);
        return 3;
    }
}
/** The subcommand and its ID; what is wrong goes to `problems`, reported with the other input problems. */
function parseCommand(positionals, description, problems) {
    const [action, id] = positionals;
    if (!ACTIONS.includes(action)) {
        const got = action === undefined ? 'no command' : `"${action}"`;
        problems.push(`tokens needs one of ${ACTIONS.join(', ')}; got ${got}`);
        return { id: NaN };
    }
    const known = action;
    if (NEEDS_ID.includes(known) && !/^[1-9]\d*$/.test(id ?? '')) {
        problems.push(`tokens ${known} needs the token's numeric ID${id === undefined ? '' : `, got "${id}"`}, e.g. tokens ${known} 12 --project my-group/my-project (tokens list shows the IDs)`);
    }
    if (!NEEDS_ID.includes(known) && id !== undefined)
        problems.push(`tokens ${known} takes no ID; got "${id}"`);
    if (NEEDS_DESCRIPTION.includes(known) &&
        !(typeof description === 'string' && description.trim())) {
        problems.push(`tokens ${known} needs --description TEXT, e.g. --description "deploys from Jenkins"`);
    }
    return { action: known, id: Number(id) };
}
/** `2024-01-07T09:53:58.235Z` -> `2024-01-07 09:53 UTC`. */
function when(timestamp, none) {
    if (!timestamp)
        return none;
    const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}).*Z$/.exec(timestamp);
    return match ? `${match[1]} ${match[2]} UTC` : timestamp;
}
/** What is shown of a token: a table column in `list`, a line in `get`. */
const FIELDS = [
    { heading: 'ID', show: token => String(token.id) },
    { heading: 'Description', show: token => token.description ?? '' },
    { heading: 'Owner', show: token => token.owner?.username ?? '' },
    { heading: 'Created', show: token => when(token.created_at, 'unknown') },
    { heading: 'Last used', show: token => when(token.last_used, 'never') },
    { heading: 'Expires', show: token => when(token.expires_at, 'never') },
    { heading: 'Token', show: token => token.token }
];
function tokenTable(tokens) {
    const rows = [
        FIELDS.map(field => field.heading.toUpperCase()),
        // GitLab's text on one line, without controls, so it cannot add rows or shift columns.
        ...tokens.map(token => FIELDS.map(field => withoutTerminalControls(inertOneLine(field.show(token)))))
    ];
    const widths = FIELDS.map((_, column) => Math.max(...rows.map(row => row[column].length)));
    // The last column is not padded: no trailing spaces.
    return rows
        .map(row => row
        .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column])))
        .join('  '))
        .join('\n');
}
function tokenDetails(token) {
    const width = Math.max(...FIELDS.map(field => field.heading.length)) + 2;
    return FIELDS.map(field => `${`${field.heading}:`.padEnd(width)}${field.show(token)}`).join('\n');
}

;// CONCATENATED MODULE: ./src/runtime/time-limit.ts
/**
 * A signal that aborts after `ms`, or with `parent`. Built from a plain timer rather than
 * AbortSignal.any(AbortSignal.timeout()), whose timeout can be garbage-collected on Node 20
 * and then never fires (nodejs/node#57736).
 */
function timeLimit(ms, parent) {
    const controller = new AbortController();
    const onParentAbort = () => controller.abort(parent?.reason);
    const timer = setTimeout(() => controller.abort(new Error(`time limit of ${ms} ms reached`)), ms);
    if (parent?.aborted)
        onParentAbort();
    else
        parent?.addEventListener('abort', onParentAbort, { once: true });
    return {
        signal: controller.signal,
        dispose() {
            clearTimeout(timer);
            parent?.removeEventListener('abort', onParentAbort);
        }
    };
}

;// CONCATENATED MODULE: ./src/run/cancel.ts




// The runner sends SIGTERM 7.5 s after SIGINT: the cancel must be done well before that.
const CANCEL_WITHIN_MS = 5_000;
/**
 * Cancels the downstream pipeline; a refusal is a warning, since the step is ending anyway.
 * Returns the status GitLab answered, or undefined when the cancel failed.
 */
async function cancelDownstream(client, project, pipelineId, webUrl, log, why, { withinMs = CANCEL_WITHIN_MS, clock = clock_realClock } = {}) {
    log.info(`Cancelling pipeline #${pipelineId} (${why})…`);
    const limit = timeLimit(withinMs);
    try {
        const pipeline = await cancelPipeline(client, project, pipelineId, cancelPolicy({
            deadline: clock.now() + withinMs,
            clock,
            onRetry: (error, delayMs) => log.info(retryLine(error, delayMs)),
            // Bounds a request that hangs, not only the pauses between tries.
            signal: limit.signal
        }));
        log.info(`Pipeline #${pipelineId} is ${pipeline.status}`);
        return pipeline.status;
    }
    catch (error) {
        const failure = error;
        log.warning(`Could not cancel pipeline #${pipelineId}: ${failure.message.replace(/\.?$/, '.')} Cancel it by hand: ${webUrl}`, 'Downstream pipeline not cancelled');
        return undefined;
    }
    finally {
        limit.dispose();
    }
}
/**
 * One quick read of the pipeline and its jobs after a cancel, so the summary shows where the
 * cancel left them, not where they were before it. Bounded by `withinMs`; nothing is retried,
 * and whatever could not be read in time is left undefined.
 */
async function lookAfterCancel(client, project, pipelineId, withinMs) {
    if (withinMs <= 0)
        return {};
    const limit = timeLimit(withinMs);
    const once = { retryIf: () => false, maxAttempts: 1, signal: limit.signal };
    try {
        const [pipeline, jobs, bridges] = await Promise.allSettled([
            getPipeline(client, project, pipelineId, once),
            listJobs(client, project, pipelineId, once),
            listBridges(client, project, pipelineId, once)
        ]);
        return {
            status: pipeline.status === 'fulfilled' ? pipeline.value.status : undefined,
            jobs: jobs.status === 'fulfilled' && bridges.status === 'fulfilled'
                ? [...jobs.value, ...bridges.value].sort((a, b) => a.id - b.id)
                : undefined
        };
    }
    finally {
        limit.dispose();
    }
}

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = require("node:v8");
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = require("node:vm");
;// CONCATENATED MODULE: ./src/run/job-logs.ts



const MAX_LOG_LINES = 300;
const MAX_LOG_BYTES = 64 * 1024;
function jobsWithLogsToShow(jobs, which) {
    if (which === 'none')
        return [];
    const shown = which === 'all'
        ? jobs.filter(job => job.status !== 'created' && job.status !== 'skipped' && job.status !== 'manual')
        : jobs.filter(job => job.status === 'failed');
    return [...shown].sort((a, b) => a.id - b.id);
}
/**
 * Prints each job's log in a collapsed group, read as a stream of which only the shown tail is
 * kept. A log that cannot be read is a warning, not a failure; one cut short shows what was read.
 * Stops at once when `retry.signal` aborts (the run was cancelled or the step's time is up).
 */
async function printJobLogs(client, project, jobs, log, retry) {
    for (const job of jobs) {
        if (retry.signal?.aborted) {
            log.warning(`Stopped reading job logs before ${job.name}: ${reasonOf(retry.signal)}; see the jobs in GitLab`);
            return;
        }
        const tail = new LogTail();
        let sinceCollect = 0;
        try {
            await streamJobTrace(client, project, job.id, chunk => {
                tail.push(chunk);
                sinceCollect += chunk.length;
                if (sinceCollect >= COLLECT_EVERY_BYTES) {
                    sinceCollect = 0;
                    collectGarbage();
                }
            }, retry);
        }
        catch (error) {
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
const COLLECT_EVERY_BYTES = 4 * 1024 * 1024;
let gc;
function collectGarbage() {
    if (gc === undefined) {
        try {
            (0,external_node_v8_namespaceObject.setFlagsFromString)('--expose-gc');
            gc = (0,external_node_vm_namespaceObject.runInNewContext)('gc');
        }
        catch {
            gc = null;
        }
    }
    gc?.();
}
function reasonOf(signal) {
    const reason = signal.reason;
    return reason instanceof Error ? reason.message : 'stopped';
}
// section_start:1700000000:step_script\r\e[0K  (GitLab's log section markers)
// eslint-disable-next-line no-control-regex -- the marker ends with an ANSI escape
const SECTION_MARKER = /section_(?:start|end):\d+:[^\r\n]*?\r\x1b\[0K/g;
// The raw bytes kept: four times what is shown, so that trailing blank lines and section markers
// trimmed at the end still leave enough. They live in one buffer allocated once: a 100 MB log
// then makes almost no garbage, which would otherwise grow the process's heap.
const RING_BYTES = 4 * MAX_LOG_BYTES;
const CAPACITY = 4 * RING_BYTES;
const NEWLINE = 0x0a;
const CR = 0x0d;
// eslint-disable-next-line no-control-regex -- the marker ends with an ANSI escape
const MARKER_AT = /^section_(?:start|end):\d+:[^\r\n]*?\r\x1b\[0K/;
// The longest section marker looked for (name included).
const MARKER_WINDOW = 512;
/**
 * The readable end of a job log, built chunk by chunk: GitLab's collapsible-section markers
 * removed, CRLF made LF, and only the last lines kept, counting what was cut. Memory stays
 * about 1 MiB however long the log. `render` once, at the end.
 */
class LogTail {
    /** Bytes received, before any cleaning. */
    bytesRead = 0;
    buffer = Buffer.allocUnsafe(CAPACITY);
    length = 0;
    /** Complete lines dropped from the front, and their cleaned bytes (line breaks not counted). */
    lines = 0;
    bytes = 0;
    push(chunk) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        this.bytesRead += bytes.length;
        for (let at = 0; at < bytes.length; at += CAPACITY / 2) {
            const piece = bytes.subarray(at, at + CAPACITY / 2);
            if (this.length + piece.length > CAPACITY)
                this.dropFront(piece.length);
            piece.copy(this.buffer, this.length);
            this.length += piece.length;
        }
    }
    /** The tail to show, with a note of how much was cut and where the whole log is. */
    render(webUrl) {
        const segments = this.buffer.toString('utf8', 0, this.length).split('\n');
        if (segments.at(-1) === '')
            segments.pop();
        const all = segments.map(clean);
        let lines = this.lines + all.length;
        let bytes = this.bytes;
        for (const line of all)
            bytes += Buffer.byteLength(line);
        const joined = all.join('\n');
        const cleaned = joined.trimEnd();
        const trimmed = joined.slice(cleaned.length);
        // The whole cleaned log: its lines and the breaks between them, less the trimmed end.
        const total = bytes + Math.max(0, lines - 1) - Buffer.byteLength(trimmed);
        lines -= trimmed.split('\n').length - 1;
        if (cleaned === '')
            return `(the log is empty) ${webUrl}`;
        let kept = cleaned.split('\n').slice(-MAX_LOG_LINES).join('\n');
        // A single huge line is cut by bytes too; drop a split character.
        if (Buffer.byteLength(kept) > MAX_LOG_BYTES)
            kept = Buffer.from(kept)
                .subarray(-MAX_LOG_BYTES)
                .toString('utf8')
                .replace(/^\uFFFD+/, '');
        const keptBytes = Buffer.byteLength(kept);
        if (keptBytes >= total)
            return kept;
        const cutLines = lines - kept.split('\n').length;
        const cutBytes = total - keptBytes;
        const what = cutLines > 0
            ? `${cutLines} earlier lines (${formatBytes(cutBytes)})`
            : `the first ${formatBytes(cutBytes)}`;
        return [`… ${what} not shown; full log: ${webUrl}`, kept].join('\n');
    }
    /**
     * Makes room for `needed` bytes, keeping the last RING_BYTES: whole lines are dropped (and
     * counted), or, inside a line too long to keep, its front.
     */
    dropFront(needed) {
        const target = this.length - RING_BYTES;
        const lastBreak = this.buffer.lastIndexOf(NEWLINE, target - 1);
        let cut = lastBreak + 1;
        if (this.length - cut + needed > CAPACITY)
            cut = target;
        this.count(0, cut);
        this.buffer.copyWithin(0, cut, this.length);
        this.length -= cut;
    }
    /** Adds the lines (and the front of a line) in buffer[start, end) to what was cut. */
    count(start, end) {
        let lineStart = start;
        for (let nl = this.buffer.indexOf(NEWLINE, start); nl >= 0 && nl < end;) {
            const cr = nl > lineStart && this.buffer[nl - 1] === CR ? 1 : 0;
            this.bytes += nl - lineStart - cr - this.markerBytes(lineStart, nl);
            this.lines++;
            lineStart = nl + 1;
            nl = this.buffer.indexOf(NEWLINE, lineStart);
        }
        // The front of a line too long to keep: counted raw, its break comes later.
        this.bytes += end - lineStart;
    }
    markerBytes(start, end) {
        let found = 0;
        for (let at = this.buffer.indexOf('section_', start); at >= 0 && at < end;) {
            const window = this.buffer.toString('latin1', at, Math.min(end, at + MARKER_WINDOW));
            const length = MARKER_AT.exec(window)?.[0].length ?? 0;
            found += length;
            at = this.buffer.indexOf('section_', at + Math.max(1, length));
        }
        return found;
    }
}
function clean(line) {
    const text = line.replace(SECTION_MARKER, '');
    return text.endsWith('\r') ? text.slice(0, -1) : text;
}
/**
 * The readable end of a whole job log (see LogTail): the last lines, with a note of how much was
 * cut and where the whole log is.
 */
function tailOfLog(trace, webUrl) {
    const tail = new LogTail();
    tail.push(trace);
    return tail.render(webUrl);
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

;// CONCATENATED MODULE: ./src/run/preflight.ts



// Pipeline inputs on the trigger API: 17.10 behind a feature flag that is off, 17.11 with it on by
// default, 18.1 for everyone. Before that GitLab drops them without a word (docs/gitlab.md 10).
const INPUTS_FROM = [17, 11];
const INPUTS_GA = [18, 1];
/**
 * What must hold before the trigger, asked all at once so it costs one round trip (docs/contract.md,
 * Behaviour): with `wait`, the api-token reads the project and its pipelines (a wrong token fails
 * the step before a pipeline exists that nobody watches) and, when a cancel option is on, its
 * scopes allow cancelling; with `inputs`, GitLab is new enough not to drop them. Throws GitLabError.
 */
async function checkApiToken(client, settings, log, signal) {
    const quickRetry = quickReadPolicy({ signal });
    const wantsCancel = settings.cancelOnAbort || settings.cancelOnTimeout;
    const hasInputs = Object.keys(settings.inputs).length > 0;
    if (!settings.wait && !hasInputs)
        return;
    const skipped = Promise.resolve(undefined);
    const [project, pipelines, version, token] = await Promise.allSettled([
        settings.wait ? getProject(client, settings.project, quickRetry) : skipped,
        settings.wait ? probePipelines(client, settings.project, quickRetry) : skipped,
        hasInputs ? getVersion(client, quickRetry) : skipped,
        settings.wait && wantsCancel ? getTokenSelfWithKind(client, quickRetry) : skipped
    ]);
    if (project.status === 'rejected')
        throw project.reason;
    if (pipelines.status === 'rejected')
        throw cannotReadPipelines(pipelines.reason);
    if (hasInputs)
        checkInputsSupport(version, log);
    if (token.status === 'rejected') {
        // 15.0-15.4 (no `self`: 404 or 401), OAuth and CI job tokens cannot describe themselves:
        // the project read above already proved the token, so this is no reason to stop or warn.
        log.debug(`Could not read the api-token's scopes: ${token.reason.message}`);
    }
    else if (token.value) {
        const { scopes, granular } = token.value;
        if (granular === true || scopes.includes('granular')) {
            // Fine-grained tokens name a permission per route instead of classic scopes; whether this
            // one may cancel shows only when it tries.
            log.debug('The api-token is a fine-grained token: its cancel permission is not checked');
        }
        else if (!scopes.includes('api')) {
            log.warning(`The api-token has the scopes ${scopes.join(', ') || '(none)'} but not api: it can wait, but cancelling the downstream pipeline on timeout or cancellation will not be possible. Give the token the api scope, or set cancel-on-timeout and cancel-on-abort to false.`, 'api-token cannot cancel');
        }
    }
}
/** A 403 here is a token that sees the project but not its pipelines: a Guest, or a fine-grained token without read_pipeline. */
function cannotReadPipelines(reason) {
    if (!(reason instanceof GitLabError) || reason.status !== 403)
        return reason;
    return new GitLabError({
        kind: reason.kind,
        request: reason.request,
        gitlabMessage: reason.gitlabMessage,
        hint: 'The API token (api-token) can see the project but not read its pipelines, so it could not follow the pipeline: give its user at least the Reporter role in the project (a Guest cannot read pipelines of a private project), or give a fine-grained token the read_pipeline permission. Nothing was triggered',
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
        throw new GitLabError({
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

;// CONCATENATED MODULE: ./src/run/job-lines.ts
/** `test › integration: running → failed  https://…/-/jobs/12` */
function describeJobChange({ job, from, to }) {
    const transition = from ? `${from} → ${to}` : to;
    const downstream = job.downstream_pipeline;
    const link = downstream ? `downstream pipeline ${downstream.web_url}` : job.web_url;
    return `${job.stage} › ${job.name}: ${transition}  ${link}`;
}

;// CONCATENATED MODULE: ./src/run/job-changes.ts
/**
 * Statuses of a job (or bridge) that is queued or running and so will change by itself. A
 * `created` job is not among them: behind a blocking manual job it stays `created` for good, and
 * the pipeline, then `manual`, must still be read.
 */
const PROGRESSING_JOB_STATUSES = new Set([
    'waiting_for_resource',
    'preparing',
    'waiting_for_callback',
    'pending',
    'running',
    'canceling',
    'scheduled'
]);
function isProgressingJob(job) {
    return PROGRESSING_JOB_STATUSES.has(job.status);
}
/**
 * Remembers each job's last seen status and tells what changed since the previous poll,
 * so the log gets one line per change rather than one per poll. A job first seen as `created`
 * is not news (every job of a new pipeline starts so); its first real change is.
 */
class JobTracker {
    seen = new Map();
    update(jobs) {
        const changes = [];
        // GitLab lists newest first; report in creation order so stages read top to bottom.
        for (const job of [...jobs].sort((a, b) => a.id - b.id)) {
            const from = this.seen.get(job.id);
            const news = from === undefined ? job.status !== 'created' : from !== job.status;
            if (news)
                changes.push({ job, from, to: job.status });
            this.seen.set(job.id, job.status);
        }
        return changes;
    }
}

;// CONCATENATED MODULE: ./src/run/poll-delays.ts
/**
 * The pause before the next status check: 1 s at first, growing by a tenth of the time
 * already waited, up to poll-interval. A 20 s pipeline is then seen within about 3 s of its
 * end, and a long one costs about one check per poll-interval.
 */
function nextPollDelay(elapsedMs, pollIntervalMs) {
    return Math.round(Math.min(pollIntervalMs, Math.max(1_000, 1_000 + elapsedMs / 10)));
}

;// CONCATENATED MODULE: ./src/run/live-log-display.ts
/**
 * The one place for the rule "one job running: its lines in a group named after it; several:
 * each line prefixed with the job". Groups do not nest in the runner's log, so a GitLab section
 * is shown as its header line. Pass the returned state to the next call.
 */
function presentLiveEvents(events, { oneJob }, state = {}) {
    const lines = [];
    let openJob = state.openJob;
    const close = () => {
        if (openJob !== undefined)
            lines.push({ kind: 'close-group' });
        openJob = undefined;
    };
    for (const event of events) {
        const key = jobKey(event.job);
        if (event.kind === 'finished') {
            if (openJob === key)
                close();
            continue;
        }
        const text = eventText(event);
        if (text === null)
            continue;
        if (oneJob) {
            if (openJob !== key) {
                close();
                lines.push({ kind: 'open-group', title: `Log of ${event.job.label}` });
                openJob = key;
            }
            lines.push({ kind: 'text', text });
        }
        else {
            close();
            lines.push({ kind: 'text', text: `[${event.job.label}] ${text}` });
        }
    }
    return { lines, state: { openJob } };
}
function jobKey(job) {
    return `${job.label}#${job.id}`;
}
function eventText(event) {
    switch (event.kind) {
        case 'line':
            return event.text;
        case 'section-start':
            return event.header || event.name;
        case 'section-end':
        case 'finished':
            return null;
        case 'skipped':
            return `… ${event.lines} lines (${live_log_display_formatBytes(event.bytes)}) not shown; full log: ${event.job.web_url ?? 'in GitLab'}`;
        case 'paused':
            return `(the log passed ${live_log_display_formatBytes(event.bytes)}: its last lines are shown when the job ends)`;
        case 'unreadable':
            return `(could not read the log${event.final ? '' : ', trying again'}: ${event.message})`;
    }
}
function live_log_display_formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
/** Closes the group left open, before the front end prints anything else (job changes). */
function closeLiveGroup(state) {
    return { lines: state.openJob === undefined ? [] : [{ kind: 'close-group' }], state: {} };
}

;// CONCATENATED MODULE: ./src/run/wait.ts









// After the deadline, one last look at the pipeline may take this long.
const LAST_LOOK_MS = 10_000;
// With no job change for this long, say that the wait goes on, so a long job does not look hung.
const QUIET_MS = 5 * 60_000;
// While a followed job's log is streamed, a check at least this often keeps a line within 3 s
// of GitLab having it (docs/contract.md, "Live job logs").
const LIVE_PAUSE_MS = 2_000;
// Below this share of GitLab's request budget, pauses stretch so the wait never causes a 429.
const LOW_BUDGET_SHARE = 0.1;
/** Whether `/trigger_jobs` exists, per client (one GitLab each), once tried. */
const triggerJobsSupport = new WeakMap();
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
 */
async function waitForPipeline(options) {
    const { client, log, clock, signal, deadline, live } = options;
    const top = {
        pipeline: options.pipeline,
        project: options.project,
        parentId: null,
        prefix: '',
        jobs: [],
        bridges: [],
        done: false
    };
    const tree = [top];
    const state = () => ({
        outcome: 'ended',
        pipeline: top.pipeline,
        jobs: top.jobs,
        bridges: top.bridges,
        tree
    });
    const trackers = new Map();
    let lastCheckRequests = 1;
    let scopesRefused = false;
    const started = clock.now();
    let lastNews = started;
    let display = {};
    let budgetSaid = false;
    // Ends requests in flight on cancellation, or when even the last look takes too long.
    const limit = timeLimit(Math.max(0, deadline - started) + LAST_LOOK_MS, signal);
    const stop = limit.signal;
    const retry = readPolicy({
        deadline,
        signal: stop,
        clock,
        onRetry: (error, delayMs) => log.info(retryLine(error, delayMs))
    });
    // A job GitLab describes oddly (a null stage or name) is shown as well as it can be, and said
    // once: the same job would otherwise warn on every poll.
    let oddWarned = false;
    const onOddItem = (problem) => {
        if (oddWarned)
            return;
        oddWarned = true;
        log.warning(`${problem} (further odd jobs are not reported)`, 'Unexpected job in GitLab answer');
    };
    const say = (line) => {
        if (live && log.live) {
            const closed = closeLiveGroup(display);
            display = closed.state;
            if (closed.lines.length > 0)
                log.live(closed.lines);
        }
        log.info(line);
    };
    /**
     * `/trigger_jobs` where GitLab has it (19.2+), `/bridges` otherwise: decided by GitLab's
     * version, read once; when that cannot be read, by trying `/trigger_jobs` once.
     */
    const readTriggerJobs = async (node) => {
        const { project, pipeline } = node;
        if (!triggerJobsSupport.has(client)) {
            const known = await hasTriggerJobsRoute(client, retry);
            if (known !== undefined)
                triggerJobsSupport.set(client, known);
        }
        if (triggerJobsSupport.get(client) === false)
            return listBridges(client, project, pipeline.id, retry, onOddItem);
        try {
            const bridges = await listTriggerJobs(client, project, pipeline.id, retry, onOddItem);
            triggerJobsSupport.set(client, true);
            return bridges;
        }
        catch (error) {
            // Decided on a pipeline that was readable: a 404 there means the route is missing.
            if (error.status !== 404 || triggerJobsSupport.has(client))
                throw error;
            const bridges = await listBridges(client, project, pipeline.id, retry, onOddItem);
            triggerJobsSupport.set(client, false);
            return bridges;
        }
    };
    const adopt = (parent, bridge) => {
        const downstream = bridge.downstream_pipeline;
        if (!downstream)
            return;
        const known = tree.find(node => node.pipeline.id === downstream.id);
        if (known) {
            // One the api-token cannot read is known by its trigger job only.
            if (known.unreadable)
                Object.assign(known, {
                    trigger: bridge,
                    pipeline: { ...known.pipeline, status: downstream.status }
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
     */
    const readJobs = async (node, firstRead) => {
        const whole = () => listJobs(client, node.project, node.pipeline.id, retry, onOddItem);
        if (firstRead || node.jobs.length <= JOBS_PAGE)
            return whole();
        if (scopesRefused)
            return whole();
        let active;
        try {
            active = await listJobs(client, node.project, node.pipeline.id, retry, onOddItem, [
                ...ACTIVE_JOB_SCOPES
            ]);
        }
        catch (error) {
            // An older GitLab that knows a status less refuses the filter (400): the whole list, then.
            if (error.status !== 400)
                throw error;
            scopesRefused = true;
            return whole();
        }
        const activeIds = new Set(active.map(job => job.id));
        const left = node.jobs.filter(job => isProgressingJob(job) && !activeIds.has(job.id));
        if (active.length === 0)
            return whole();
        const byId = new Map(node.jobs.map(job => [job.id, job]));
        for (const job of active)
            byId.set(job.id, job);
        for (const job of left)
            byId.set(job.id, await getJob(client, node.project, job.id, retry));
        return [...byId.values()];
    };
    const checkNode = async (node, readPipeline) => {
        const firstRead = !trackers.has(node);
        const tracker = trackers.get(node) ?? new JobTracker();
        try {
            node.jobs = await readJobs(node, firstRead);
            // Trigger jobs exist from the pipeline's creation: none at first means none at all, and
            // once all of them ended, they change no more.
            if (firstRead || node.bridges.some(bridge => !ENDED_JOB.has(bridge.status))) {
                node.bridges = await readTriggerJobs(node);
            }
        }
        catch (error) {
            if (node.parentId === null || !isUnreadable(error))
                throw error;
            node.unreadable = `the api-token cannot read it (${error.message.replace(/\.$/, '')})`;
            node.done = true;
            say(`${node.prefix.trimEnd()}: cannot follow pipeline #${node.pipeline.id}, ${node.unreadable}; its trigger job's status stands for it: ${node.pipeline.web_url}`);
            return;
        }
        trackers.set(node, tracker);
        const all = [...node.jobs, ...node.bridges];
        for (const change of tracker.update(all)) {
            say(node.prefix + describeJobChange(change));
            lastNews = clock.now();
        }
        if (options.followDownstream)
            for (const bridge of node.bridges)
                adopt(node, bridge);
        if (readPipeline || !all.some(isProgressingJob)) {
            const previous = node.pipeline.status;
            node.pipeline = await getPipeline(client, node.project, node.pipeline.id, retry);
            if (node.pipeline.status !== previous && !isFinalStatus(node.pipeline.status)) {
                say(`${node.prefix}Pipeline #${node.pipeline.id} is ${node.pipeline.status}`);
            }
            node.done = isFinalStatus(node.pipeline.status);
        }
    };
    const check = async (readPipeline) => {
        const before = client.answered;
        // The tree grows while it is read: a pipeline found now is read in this same check.
        for (let i = 0; i < tree.length; i++) {
            const node = tree[i];
            if (!node.done)
                await checkNode(node, readPipeline);
        }
        if (live)
            await streamLogs(false);
        lastCheckRequests = client.answered - before;
        options.onCheck?.(lastCheckRequests);
    };
    /** The jobs whose logs are streamed: real jobs (not trigger jobs) of readable pipelines. */
    const liveJobs = () => tree
        .filter(node => !node.unreadable)
        .flatMap(node => node.jobs.map(job => ({
        ...job,
        project: node.project,
        label: `${node.prefix}${job.stage} › ${job.name}`
    })));
    const streamLogs = async (final) => {
        if (!live)
            return;
        const jobs = liveJobs();
        const oneJob = jobs.filter(job => job.status === 'running').length <= 1;
        await live.check(jobs, {
            signal: final ? signal : stop,
            final,
            emit: events => {
                const shown = presentLiveEvents(events, { oneJob }, display);
                display = shown.state;
                if (shown.lines.length > 0)
                    log.live?.(shown.lines);
            }
        });
    };
    /** The pause before the next check: the usual one, shorter while logs are streamed, longer when GitLab's budget runs low. */
    const pauseMs = () => {
        let pause = nextPollDelay(clock.now() - started, options.pollIntervalMs);
        if (live && tree.some(node => node.jobs.some(job => job.status === 'running')))
            pause = Math.min(pause, LIVE_PAUSE_MS);
        const budget = client.rateLimit;
        if (budget && budget.remaining < budget.limit * LOW_BUDGET_SHARE) {
            // Spread what is left of the budget over the time to its renewal, a check's worth each.
            const perCheck = Math.max(1, lastCheckRequests);
            const checksLeft = Math.max(1, Math.floor(budget.remaining / perCheck) - 1);
            const stretched = Math.ceil(Math.max(0, budget.resetAt - clock.now()) / checksLeft);
            if (stretched > pause) {
                if (!budgetSaid)
                    log.info(`GitLab's request budget is low (${budget.remaining} of ${budget.limit} left until ${new Date(budget.resetAt).toISOString()}): checking less often until it is renewed`);
                budgetSaid = true;
                pause = stretched;
            }
        }
        return pause;
    };
    try {
        while (!isFinalStatus(top.pipeline.status)) {
            const pause = pauseMs();
            await clock.sleep(Math.min(pause, Math.max(0, deadline - clock.now())), stop);
            const lastLook = clock.now() >= deadline;
            await check(lastLook);
            if (lastLook && !isFinalStatus(top.pipeline.status))
                return { ...state(), outcome: 'timeout' };
            if (clock.now() - lastNews >= QUIET_MS) {
                say(stillWaiting(state(), clock.now() - started));
                lastNews = clock.now();
            }
        }
        // The top pipeline ended: downstream pipelines not yet seen ended (a depend trigger job
        // ends after its pipeline) are read once more, so their last state is reported.
        for (const node of tree)
            if (!node.done)
                await checkNode(node, true);
        await streamLogs(true);
        return state();
    }
    catch (error) {
        if (signal.aborted)
            return { ...state(), outcome: 'aborted' };
        // Transient failures are retried until the deadline; one still failing then is a timeout.
        if (clock.now() >= deadline && (stop.aborted || error.transient)) {
            const pipeline = await lastLook();
            top.pipeline = pipeline;
            return { ...state(), outcome: isFinalStatus(pipeline.status) ? 'ended' : 'timeout' };
        }
        throw error;
    }
    finally {
        if (live && log.live) {
            const closed = closeLiveGroup(display);
            if (closed.lines.length > 0)
                log.live(closed.lines);
        }
        limit.dispose();
    }
    /** One try at the pipeline's current status for the timeout message, else what its jobs say. */
    async function lastLook() {
        const look = timeLimit(LAST_LOOK_MS, signal);
        try {
            return await getPipeline(client, top.project, top.pipeline.id, {
                ...retry,
                maxAttempts: 1,
                signal: look.signal
            });
        }
        catch {
            const jobs = [...top.jobs, ...top.bridges];
            const seen = jobs.some(job => job.status === 'running')
                ? 'running'
                : jobs.some(isProgressingJob)
                    ? 'pending'
                    : top.pipeline.status;
            return { ...top.pipeline, status: seen };
        }
        finally {
            look.dispose();
        }
    }
}
/** Whether GitLab's version has `/pipelines/:id/trigger_jobs` (19.2+); undefined when unknown. */
async function hasTriggerJobsRoute(client, retry) {
    try {
        const { version } = await getVersion(client, { ...retry, maxAttempts: 2 });
        const [major, minor] = version.split('.').map(part => Number.parseInt(part, 10));
        if (!Number.isFinite(major) || !Number.isFinite(minor))
            return undefined;
        return major > 19 || (major === 19 && minor >= 2);
    }
    catch (error) {
        if (error.kind === 'http')
            return undefined;
        throw error;
    }
}
// The most jobs one list page holds.
const JOBS_PAGE = 100;
// The statuses of a job that will change by itself (job-changes.ts), as `scope[]` values.
const ACTIVE_JOB_SCOPES = [
    'waiting_for_resource',
    'preparing',
    'pending',
    'running',
    'canceling',
    'scheduled'
];
const ENDED_JOB = new Set(['success', 'failed', 'canceled', 'skipped']);
/** A downstream pipeline the api-token may not read: another project it is no member of. */
function isUnreadable(error) {
    const status = error.status;
    return error.kind === 'http' && (status === 403 || status === 404);
}
function stillWaiting({ pipeline, jobs, bridges }, elapsedMs) {
    const running = [...jobs, ...bridges].filter(job => job.status === 'running').map(job => job.name);
    const jobsText = running.length > 0 ? `; running: ${running.join(', ')}` : '';
    return `Still waiting for pipeline #${pipeline.id} (${pipeline.status}${jobsText}), ${formatDuration(elapsedMs)} so far`;
}

;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = require("node:string_decoder");
;// CONCATENATED MODULE: ./src/run/log-lines.ts

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
const TIMESTAMP_HEADER_LENGTH = 32;
// The longest line kept whole; a longer one is cut (memory stays bounded whatever the log).
const MAX_LINE_CHARS = 64 * 1024;
/**
 * Turns the bytes of one job log, in chunks of any size, into LogPieces. A character split across
 * chunks stays whole; a line is given out once its end arrives (or at `end`); `\r` redraws keep
 * the line's last state. A colour left on at the end of a line is closed there and opened again
 * on the next, so each line reads right on its own (the runner's log shows lines one by one).
 */
class LogLineAssembler {
    decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
    /** The start of a line whose break has not arrived. */
    partial = '';
    /**
     * In a log with timestamps, the last whole line, held until the next one shows whether it
     * goes on (see `flush`).
     */
    pending = null;
    /** Whether the log's lines start with a timestamp header; decided by its first line. */
    timestamped;
    /** SGR sequences in force since the last reset, carried to the next line. */
    colour = '';
    push(chunk) {
        // What is held has no line break: look for one only in what is new.
        const held = this.partial.length;
        this.partial += this.decoder.write(chunk);
        const pieces = [];
        let start = 0;
        for (let nl = this.partial.indexOf('\n', held); nl >= 0; nl = this.partial.indexOf('\n', start)) {
            this.physical(this.partial.slice(start, nl), pieces);
            start = nl + 1;
        }
        this.partial = this.partial.slice(start);
        if (this.partial.length > MAX_LINE_CHARS) {
            // A progress bar redrawn without end, or one endless line: keep its last state, and cut it
            // if it is still too long.
            this.partial = lastState(this.partial);
            while (this.partial.length > MAX_LINE_CHARS) {
                this.physical(this.partial.slice(0, MAX_LINE_CHARS), pieces);
                this.partial = this.partial.slice(MAX_LINE_CHARS);
            }
        }
        return pieces;
    }
    /**
     * Gives out a whole line held to see whether the next one continues it (logs with timestamps
     * only): called after each read, so that a line is not held until the job writes another. A
     * continuation that arrives later then starts a line of its own.
     */
    flush() {
        const pieces = [];
        if (this.pending !== null)
            this.line(this.pending, pieces);
        this.pending = null;
        return pieces;
    }
    /** The log ended: a last line without its line break is given out too. */
    end() {
        this.partial += this.decoder.end();
        const pieces = [];
        if (this.partial !== '')
            this.physical(this.partial, pieces);
        this.partial = '';
        return [...pieces, ...this.flush()];
    }
    /** Characters held for lines whose end has not arrived. */
    get heldChars() {
        return this.partial.length + (this.pending?.length ?? 0);
    }
    /**
     * One line as stored. Since GitLab Runner 18.7 each starts with a timestamp header, whose last
     * character is `+` when the line goes on the one before (the runner flushed a part of it).
     */
    physical(raw, pieces) {
        this.timestamped ??= TIMESTAMP_HEADER.test(raw);
        if (!this.timestamped)
            return this.line(raw, pieces);
        const header = hasTimestamp(raw);
        const text = header ? raw.slice(TIMESTAMP_HEADER_LENGTH) : raw;
        if (header && raw[TIMESTAMP_HEADER_LENGTH - 1] === '+' && this.pending !== null) {
            this.pending += text;
            if (this.pending.length > MAX_LINE_CHARS)
                pieces.push(...this.flush());
            return;
        }
        pieces.push(...this.flush());
        this.pending = text;
    }
    line(raw, pieces) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        let at = 0;
        let opened = null;
        for (const marker of line.matchAll(log_lines_SECTION_MARKER)) {
            const before = this.text(line.slice(at, marker.index));
            // The text right after a start marker is the section's header.
            if (opened)
                opened.header = before;
            else if (before !== '')
                pieces.push({ kind: 'line', text: before });
            opened = null;
            at = marker.index + marker[0].length;
            const name = marker[2];
            if (marker[1] === 'end')
                pieces.push({ kind: 'section-end', name });
            else {
                const collapsed = /collapsed=true/.test(marker[3] ?? '');
                opened = { kind: 'section-start', name, header: '', collapsed };
                pieces.push(opened);
            }
        }
        const rest = this.text(line.slice(at));
        if (opened)
            opened.header = rest;
        // A line that held only markers is no line; an empty line of the log is one.
        else if (rest !== '' || at === 0)
            pieces.push({ kind: 'line', text: rest });
    }
    /** One line's text: its last redraw, erases dropped, colour carried over from the line before. */
    text(segment) {
        const last = lastState(segment);
        // A redraw may start with a timestamp header of its own.
        const redrawn = this.timestamped && hasTimestamp(last) ? last.slice(TIMESTAMP_HEADER_LENGTH) : last;
        const shown = redrawn.replace(CSI, (sequence, _params, mid, final) => final === 'm' && mid === '' ? sequence : '');
        if (shown === '')
            return '';
        const carried = this.colour;
        for (const match of shown.matchAll(CSI)) {
            const params = match[1];
            if (/^[0;]*$/.test(params))
                this.colour = '';
            else if (/^0;/.test(params))
                this.colour = match[0];
            else if (this.colour.length < 256)
                this.colour += match[0];
        }
        return `${carried}${shown}${this.colour ? '\x1b[0m' : ''}`;
    }
}
/** `10%\r50%\r100%` → `100%`: what a terminal shows after the redraws. */
function lastState(text) {
    const cr = text.lastIndexOf('\r');
    if (cr < 0)
        return text;
    const last = text.slice(cr + 1);
    // "text\r" alone (the line's end not yet here, or a CRLF) keeps the text.
    return last === '' ? lastState(text.slice(0, cr)) : last;
}
/** A timestamp header at the start of `text`, checked by position as GitLab does. */
function hasTimestamp(text) {
    return (text.length >= TIMESTAMP_HEADER_LENGTH &&
        text[26] === 'Z' &&
        text[4] === '-' &&
        text[7] === '-' &&
        text[10] === 'T' &&
        text[13] === ':' &&
        (text[30] === 'E' || text[30] === 'O'));
}

;// CONCATENATED MODULE: ./src/run/live-logs.ts


const DEFAULT_CHECK_BUDGET_BYTES = 1024 * 1024;
const DEFAULT_REREAD_LIMIT_BYTES = 1024 * 1024;
const DEFAULT_SHOWN_LIMIT_BYTES = 8 * 1024 * 1024;
const DEFAULT_TAIL_LINES = 300;
// A job in these is writing its log; in these it ended, and its log is complete.
const RUNNING = new Set(['running', 'canceling']);
const ENDED = new Set(['success', 'failed', 'canceled']);
/**
 * Whether a GitLab honours the trace's `byte_offset`/`byte_limit`, per client (one GitLab each),
 * once an answer proved it either way.
 */
const rangeSupport = new WeakMap();
/** What is known of `client`'s range support: undefined until an answer proved it. */
function traceRangeSupport(client) {
    return rangeSupport.get(client);
}
const MIN_PROGRESS_BYTES = 64 * 1024;
const TAIL_CHARS = 256 * 1024;
const STOP = new Error('enough of this log for now');
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
 */
class LiveLogs {
    client;
    options;
    followed = new Map();
    budget;
    rereadLimit;
    shownLimit;
    tailLines;
    turn = 0;
    constructor(client, options) {
        this.client = client;
        this.options = options;
        this.budget = options.checkBudgetBytes ?? DEFAULT_CHECK_BUDGET_BYTES;
        this.rereadLimit = options.rereadLimitBytes ?? DEFAULT_REREAD_LIMIT_BYTES;
        this.shownLimit = options.shownLimitBytes ?? DEFAULT_SHOWN_LIMIT_BYTES;
        this.tailLines = options.tailLines ?? DEFAULT_TAIL_LINES;
    }
    /**
     * Reads what is new in the logs of `jobs` (with their statuses now), within the budget. Pass
     * the jobs that ended since the last check too, with their final status: their logs are then
     * read to the end. With `final`, every job followed so far is read to its end.
     */
    async check(jobs, options) {
        const stats = { requests: 0, bytes: 0, behind: false };
        const due = this.due(jobs, options.final === true);
        // Start with a different job each check, so that a budget spent early is fair over time.
        const start = due.length ? this.turn++ % due.length : 0;
        const order = [...due.slice(start), ...due.slice(0, start)];
        let left = options.final ? Infinity : this.budget;
        for (const [index, job] of order.entries()) {
            if (options.signal?.aborted || (left <= 0 && index > 0)) {
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
     */
    due(jobs, final) {
        const due = [];
        for (const job of jobs) {
            const project = job.project ?? this.options.project;
            const key = `${project}#${job.id}`;
            const running = RUNNING.has(job.status);
            const ended = ENDED.has(job.status);
            let followed = this.followed.get(key);
            if (!followed) {
                // A job that ended without running (canceled before it started) has no log to read.
                if (!running && !(ended && job.duration !== null && job.duration !== 0))
                    continue;
                followed = {
                    ref: { id: job.id, name: job.name, label: job.label ?? job.name, web_url: job.web_url },
                    project,
                    status: job.status,
                    ended,
                    offset: 0,
                    lines: new LogLineAssembler(),
                    shown: 0,
                    tail: null,
                    paused: false,
                    failing: false,
                    done: false
                };
                this.followed.set(key, followed);
            }
            if (followed.done)
                continue;
            followed.status = job.status;
            // At the end of the wait a job still running is read as far as it got, and closed.
            followed.ended = ended || final;
            if (running || ended)
                due.push(followed);
        }
        if (final)
            for (const followed of this.followed.values())
                if (!followed.done && !due.includes(followed)) {
                    followed.ended = true;
                    due.push(followed);
                }
        return due;
    }
    /** Reads one job's new bytes, at most `left` (or one re-read, without range support). */
    async read(job, left, first, options, stats) {
        const events = [];
        try {
            let atEnd = false;
            for (;;) {
                const support = rangeSupport.get(this.client);
                // Without range support, or before it is known when a single byte is: a whole read
                // (an answer to a range from 1 could not tell a range from a 1-byte log).
                if (support === false || (support === undefined && job.offset === 1)) {
                    atEnd = await this.readWhole(job, left, first, options, stats, events);
                    break;
                }
                const limit = Math.min(MAX_TRACE_RANGE_BYTES, left);
                const outcome = await this.readRange(job, limit, left, options, stats, events);
                if (outcome === 'whole') {
                    atEnd = true;
                    break;
                }
                left -= outcome.bytes;
                atEnd = outcome.bytes < outcome.asked;
                if (atEnd || left <= 0 || options.signal?.aborted)
                    break;
            }
            if (job.failing)
                job.failing = false;
            if (atEnd && job.ended)
                this.finish(job, events);
            else if (!atEnd && !job.paused)
                stats.behind = true;
        }
        catch (error) {
            if (error !== STOP)
                this.failed(job, error, options, events);
            if (error === STOP || options.signal?.aborted)
                stats.behind = true;
        }
        finally {
            // A line held to see whether the next goes on with it is not held past this read.
            if (!job.done)
                this.route(job, job.lines.flush(), events);
            if (events.length)
                options.emit(events);
        }
    }
    /**
     * One ranged read from `job.offset`. An answer longer than asked is the whole log from a GitLab
     * that ignores the range: the rest of it is then read as such, and 'whole' returned.
     */
    async readRange(job, limit, left, options, stats, events) {
        const unknown = rangeSupport.get(this.client) === undefined;
        // Asking for fewer bytes than are known makes the answer decisive (see the class comment).
        const asked = unknown && job.offset > 1 ? Math.min(limit, job.offset - 1) : limit;
        const chunks = [];
        let received = 0;
        let whole = null;
        stats.requests++;
        await streamJobTraceRange(this.client, job.project, job.ref.id, { byteOffset: job.offset, byteLimit: asked }, chunk => {
            stats.bytes += chunk.length;
            if (whole)
                return whole(chunk);
            received += chunk.length;
            if (received <= asked)
                return void chunks.push(chunk);
            // More than asked for: this GitLab ignores byte_offset and is sending the whole log.
            rangeSupport.set(this.client, false);
            // What it sends beyond the bytes already seen counts against this check's budget.
            whole = this.skipper(job, Math.max(0, left - job.offset), events);
            for (const held of chunks.splice(0))
                whole(held);
            whole(chunk);
        }, { retryIf: () => false, maxAttempts: 1, signal: options.signal });
        if (whole)
            return 'whole';
        if (unknown && job.offset > 1)
            rangeSupport.set(this.client, true);
        for (const chunk of chunks)
            this.feed(job, chunk, events);
        return { bytes: received, asked };
    }
    /**
     * Reads the whole log, skipping the bytes already seen; returns whether its end was reached.
     * A running job's log is read again only while it is under the reread limit.
     */
    async readWhole(job, left, first, options, stats, events) {
        if (!options.final && job.offset > this.rereadLimit) {
            if (!job.paused) {
                job.paused = true;
                job.tail = job.tail ?? new TailRing(this.tailLines);
                events.push({ job: job.ref, kind: 'paused', bytes: job.offset });
            }
            return false;
        }
        // Each re-read costs the bytes already seen: leave it to the next check when they are more
        // than this one has left (unless no other job was read yet, so that every check moves on).
        if (!first && job.offset >= left)
            return false;
        // The first job of a check always moves on, by a small part at least.
        const allowance = Math.max(left - job.offset, first ? MIN_PROGRESS_BYTES : 0);
        stats.requests++;
        await streamJobTraceRange(this.client, job.project, job.ref.id, undefined, this.skipper(job, allowance, events, stats), { retryIf: () => false, maxAttempts: 1, signal: options.signal });
        return true;
    }
    /**
     * A handler for a whole log's chunks: skips the bytes already seen, feeds the next ones, and
     * ends the read (throwing STOP) after `allowance` new bytes.
     */
    skipper(job, allowance, events, stats) {
        let position = 0;
        let taken = 0;
        return chunk => {
            if (stats)
                stats.bytes += chunk.length;
            const from = Math.max(0, job.offset - position);
            position += chunk.length;
            if (from >= chunk.length)
                return;
            const fresh = chunk.subarray(from, from + Math.max(0, allowance - taken));
            taken += fresh.length;
            if (fresh.length)
                this.feed(job, fresh, events);
            if (taken >= allowance)
                throw STOP;
        };
    }
    feed(job, chunk, events) {
        job.offset += chunk.length;
        const pieces = job.lines.push(chunk);
        if (!job.tail && job.shown + chunk.length > this.shownLimit)
            job.tail = new TailRing(this.tailLines);
        if (!job.tail)
            job.shown += chunk.length;
        this.route(job, pieces, events);
    }
    route(job, pieces, events) {
        for (const piece of pieces) {
            if (job.tail)
                job.tail.add(piece);
            else
                events.push({ job: job.ref, ...piece });
        }
    }
    finish(job, events) {
        this.route(job, job.lines.end(), events);
        if (job.tail) {
            const { lines, bytes } = job.tail.dropped;
            if (lines > 0)
                events.push({ job: job.ref, kind: 'skipped', lines, bytes });
            for (const piece of job.tail.pieces())
                events.push({ job: job.ref, ...piece });
        }
        events.push({ job: job.ref, kind: 'finished', status: job.status, bytes: job.offset });
        job.done = true;
        // Let go of what the job held; only its key stays, so that it is not read again.
        job.lines = new LogLineAssembler();
        job.tail = null;
    }
    failed(job, error, options, events) {
        if (options.signal?.aborted)
            return;
        const failure = error;
        const message = failure instanceof Error ? failure.message : String(error);
        // No access to the log, or the job is gone: asking again would give the same answer.
        const final = failure.status === 401 || failure.status === 403 || failure.status === 404;
        if (final || !job.failing)
            events.push({ job: job.ref, kind: 'unreadable', message, final });
        job.failing = true;
        if (final)
            this.finish(job, events);
    }
}
/** The last pieces of a log: a bounded number of lines, and of characters (256 Ki at most). */
class TailRing {
    size;
    ring = [];
    chars = 0;
    dropped = { lines: 0, bytes: 0 };
    constructor(size) {
        this.size = size;
    }
    add(piece) {
        this.ring.push(piece);
        this.chars += piece.kind === 'line' ? piece.text.length : 0;
        while (this.ring.length > this.size || (this.chars > TAIL_CHARS && this.ring.length > 1)) {
            const gone = this.ring.shift();
            if (gone?.kind !== 'line')
                continue;
            this.chars -= gone.text.length;
            this.dropped.lines++;
            this.dropped.bytes += Buffer.byteLength(gone.text) + 1;
        }
    }
    pieces() {
        return this.ring;
    }
}

;// CONCATENATED MODULE: ./src/run/trigger-and-follow.ts













/**
 * How long the step may run past `timeout`: the last look at the pipeline, the cancel and the
 * log reads all end within it (README, "Time limits").
 */
const GRACE_MS = 25_000;
// Kept back from the grace for the per-job annotations and the summary, which are local.
const REPORT_RESERVE_MS = 2_000;
/** The longest time spent retrying the trigger (429, refused connections), whatever the timeout. */
const TRIGGER_RETRY_CAP_MS = 5 * 60_000;
// The look at the jobs after a cancel on SIGINT: the runner sends SIGTERM 7.5 s after SIGINT,
// and the cancel itself may take 5 s of that.
const LOOK_AFTER_ABORT_MS = 2_000;
// The same look after a timeout, within what is left of the grace.
const LOOK_AFTER_TIMEOUT_MS = 5_000;
/**
 * The product in one function: trigger the pipeline and with `wait` follow it to its end, show
 * what happened while it goes, and return how it ended. Never throws for GitLab failures.
 */
async function triggerAndFollow(settings, { log, hooks = {}, signal, clock = clock_realClock }) {
    const run = {
        settings,
        log,
        hooks,
        signal,
        clock,
        result: { outcome: 'gitlab-error', jobs: [], startedAt: clock.now(), endedAt: 0 }
    };
    const clientOptions = {
        gitlabUrl: settings.gitlabUrl,
        requestTimeoutMs: settings.requestTimeoutMs
    };
    const gitlab = new GitLabClient(clientOptions);
    const api = settings.apiToken
        ? new GitLabClient({ ...clientOptions, token: settings.apiToken })
        : undefined;
    // Once the trigger request is out, its failures are reported as they are, even after a
    // cancellation: GitLab may have created the pipeline.
    let triggerSent = false;
    try {
        // With wait: the token reads the project and its pipelines; with inputs: GitLab takes them.
        if (api)
            await checkApiToken(api, settings, log, signal);
        if (signal.aborted)
            return cancelledBeforeTrigger(run);
        triggerSent = true;
        const pipeline = await trigger(gitlab, run);
        if (!settings.wait || !api)
            return finish(run, 'triggered');
        return await follow(api, pipeline, run);
    }
    catch (error) {
        // Aborting the pause between two trigger attempts throws the signal's reason, not a GitLabError.
        if (signal.aborted && !(triggerSent && error instanceof GitLabError))
            return cancelledBeforeTrigger(run);
        if (!(error instanceof GitLabError))
            throw error;
        log.error(error.message, `GitLab: ${error.request}`);
        return finish(run, 'gitlab-error', error.message, error);
    }
}
function finish(run, outcome, reason, error) {
    Object.assign(run.result, { outcome, endedAt: run.clock.now() });
    if (reason !== undefined)
        run.result.reason = reason;
    if (error !== undefined)
        run.result.error = error;
    return run.result;
}
/** Calls a front end's hook; its failure is its own to report and never stops the run. */
async function callHook(run, call) {
    try {
        await call();
    }
    catch (error) {
        run.log.warning(`${error instanceof Error ? error.message : String(error)}; the run goes on`);
    }
}
function cancelledBeforeTrigger(run) {
    const reason = 'Cancelled before a pipeline was created';
    run.log.error(reason, 'Cancelled');
    return finish(run, 'aborted', reason);
}
async function trigger(client, run) {
    const { settings, log, clock, signal } = run;
    const names = (label, values) => Object.keys(values).length > 0 ? `; ${label}: ${Object.keys(values).join(', ')}` : '';
    log.info(`Triggering a pipeline in ${settings.project} on ${settings.ref} (${settings.gitlabUrl})${names('variables', settings.variables)}${names('inputs', settings.inputs)}`);
    let pipeline;
    // Trigger retries end by min(timeout, TRIGGER_RETRY_CAP_MS), also for fire-and-forget runs.
    const budgetMs = Math.min(settings.timeoutMs, TRIGGER_RETRY_CAP_MS);
    const deadline = clock.now() + budgetMs;
    try {
        pipeline = await triggerPipeline(client, settings.project, {
            token: settings.triggerToken,
            ref: settings.ref,
            variables: settings.variables,
            // GitLab before 17.10 knows no inputs: send them only when given.
            ...(Object.keys(settings.inputs).length > 0 ? { inputs: settings.inputs } : {})
        }, triggerPolicy({
            deadline,
            signal,
            clock,
            onRetry: (error, delayMs) => log.info(`${error.gitlabMessage}; trying again in ${formatDuration(delayMs)}`)
        }));
    }
    catch (error) {
        if (error instanceof GitLabError &&
            error.status === 429 &&
            error.retryAfterMs !== undefined &&
            clock.now() + error.retryAfterMs >= deadline)
            throw retryLater(error, budgetMs, clock);
        throw error instanceof GitLabError && error.kind !== 'http' && !error.neverSent
            ? mayHaveCreated(error, settings)
            : error;
    }
    run.result.pipeline = pipeline;
    run.result.createdAt = clock.now();
    // Older GitLab answers a configuration error with 201 and a failed pipeline (docs/gitlab.md 2.4 step 7).
    const yamlError = pipeline.status === 'failed' && pipeline.yaml_errors;
    // The id and link go to the log before any runner file is written: whatever fails next, the
    // pipeline is not lost.
    if (yamlError)
        log.info(`Pipeline #${pipeline.id}: ${pipeline.web_url}`);
    else
        log.notice(`Pipeline #${pipeline.id} (${pipeline.status}) on ${pipeline.ref}: ${pipeline.web_url}`, 'GitLab pipeline triggered');
    await callHook(run, () => run.hooks.pipelineCreated?.(pipeline));
    if (yamlError) {
        throw new GitLabError({
            kind: 'http',
            request: 'POST trigger/pipeline',
            gitlabMessage: `GitLab created pipeline #${pipeline.id} as failed: ${pipeline.yaml_errors}`,
            hint: 'The pipeline configuration is invalid: fix .gitlab-ci.yml or the inputs it declares'
        });
    }
    return pipeline;
}
/**
 * A 429 whose Retry-After is past the time allowed for trigger retries: say when to try again
 * instead of sleeping through it.
 */
function retryLater(error, budgetMs, clock) {
    const waitMs = error.retryAfterMs ?? 0;
    const at = new Date(clock.now() + waitMs).toISOString().replace(/\.\d+Z$/, 'Z');
    return error.with({
        hint: `GitLab asks to wait ${formatDuration(waitMs)}, longer than the ${formatDuration(budgetMs)} allowed for trigger retries: no pipeline was created; run this again after ${at}`
    });
}
/** The trigger request went out but its answer was lost: GitLab may have created the pipeline. */
function mayHaveCreated(error, settings) {
    const pipelines = /^\d+$/.test(settings.project)
        ? "the project's pipelines"
        : `${settings.gitlabUrl}/${settings.project}/-/pipelines`;
    return error.with({
        hint: `GitLab may have created the pipeline anyway, so it was not sent again: look at ${pipelines} before running this again`,
        retryAfterMs: undefined
    });
}
async function follow(client, pipeline, run) {
    const { settings, log, signal, clock, result } = run;
    // Followed and cancelled by the numeric id GitLab returned: a project renamed or moved while
    // the pipeline runs changes nothing.
    const project = String(pipeline.project_id);
    await callHook(run, () => run.hooks.watchStarted?.(pipeline, project));
    log.info(`Waiting up to ${formatDuration(settings.timeoutMs)} for pipeline #${pipeline.id} to end`);
    const deadline = clock.now() + settings.timeoutMs;
    // Everything after the wait (last look, cancel, logs, report) ends by then.
    const stepEnd = deadline + GRACE_MS;
    const watchEnded = () => callHook(run, () => run.hooks.watchEnded?.());
    let waited;
    try {
        waited = await waitForPipeline({
            client,
            project,
            pipeline,
            log,
            clock,
            pollIntervalMs: settings.pollIntervalMs,
            deadline,
            signal,
            followDownstream: settings.followDownstream,
            live: settings.jobLogs === 'live' ? new LiveLogs(client, { project }) : undefined
        });
    }
    catch (error) {
        await watchEnded();
        throw error;
    }
    result.lastSeen = waited.pipeline;
    result.jobs = treeJobs(waited.tree);
    result.pipelines = treePipelines(waited.tree);
    const cancel = async (by, why, lookWithinMs) => {
        const status = await cancelDownstream(client, project, pipeline.id, pipeline.web_url, log, why, {
            clock
        });
        result.cancel = { by, succeeded: status !== undefined, statusAfter: status };
        result.leftRunning = false;
        // GitLab cancels child pipelines with their parent but not multi-project ones
        // (docs/gitlab.md, "Cancelling a pipeline"): those still running are cancelled here.
        for (const node of multiProjectStillRunning(waited.tree))
            await cancelDownstream(client, node.project, node.pipeline.id, node.pipeline.web_url, log, why, {
                clock
            });
        // A cancel that failed changed nothing worth another read.
        if (status === undefined)
            return;
        const after = await lookAfterCancel(client, project, pipeline.id, lookWithinMs);
        if (after.status !== undefined)
            result.cancel.statusAfter = after.status;
        if (after.jobs !== undefined)
            result.cancel.jobsAfter = [
                ...after.jobs.map(job => ({ ...job, pipeline_id: pipeline.id })),
                ...result.jobs.filter(job => job.pipeline_id !== pipeline.id)
            ];
    };
    const cancelOnAbort = async () => {
        if (settings.cancelOnAbort)
            await cancel('abort', 'this run was cancelled', LOOK_AFTER_ABORT_MS);
        else
            result.leftRunning = true;
    };
    const cancelledRun = async (while_) => {
        await watchEnded();
        const reason = `This run was cancelled while ${while_} pipeline #${pipeline.id}: ${pipeline.web_url}`;
        log.error(reason, 'Cancelled');
        return finish(run, 'aborted', reason);
    };
    if (waited.outcome === 'aborted') {
        await cancelOnAbort();
        return cancelledRun('waiting for');
    }
    const timedOut = waited.outcome === 'timeout';
    const status = timedOut ? 'timeout' : waited.pipeline.status;
    result.finalStatus = status;
    result.duration = waited.pipeline.duration;
    // On timeout, cancel first: reading logs for the report can take a while.
    if (timedOut) {
        if (settings.cancelOnTimeout) {
            const lookWithin = Math.min(LOOK_AFTER_TIMEOUT_MS, stepEnd - REPORT_RESERVE_MS - clock.now());
            await cancel('timeout', 'timeout reached', lookWithin);
        }
        else
            result.leftRunning = true;
    }
    await report(client, project, waited, status, run, stepEnd);
    if (signal.aborted) {
        // Cancelled while reading logs: a pipeline still running is cancelled as during the wait.
        if (timedOut && !settings.cancelOnTimeout)
            await cancelOnAbort();
        return cancelledRun('reporting on');
    }
    if (timedOut) {
        const reason = `Pipeline #${pipeline.id} did not end within the timeout of ${formatDuration(settings.timeoutMs)}; it was ${waited.pipeline.status}: ${pipeline.web_url}`;
        log.error(reason, 'Timed out');
        await watchEnded();
        return finish(run, 'timeout', reason);
    }
    await watchEnded();
    if (settings.acceptStatuses.includes(status))
        return finish(run, 'accepted');
    const reason = `Pipeline #${pipeline.id} ended ${status}, which is not in accept-statuses (${settings.acceptStatuses.join(', ')}): ${pipeline.web_url}`;
    log.error(reason, `Pipeline ${status}`);
    return finish(run, 'not-accepted', reason);
}
/** The final status line, the job logs and the per-job errors, for every pipeline followed. */
async function report(client, project, waited, status, run, stepEnd) {
    const { settings, log, signal, clock } = run;
    const { pipeline } = waited;
    const duration = pipeline.duration === null ? '' : ` after ${formatDuration(pipeline.duration * 1000)}`;
    log.info(`Pipeline #${pipeline.id} ${status === 'timeout' ? `timed out while ${pipeline.status}` : `ended ${status}${duration}`}: ${pipeline.web_url}`);
    for (const node of waited.tree.slice(1))
        log.info(`${node.prefix}Pipeline #${node.pipeline.id} ${isFinalStatus(node.pipeline.status) ? 'ended' : 'is'} ${node.pipeline.status}: ${node.pipeline.web_url}`);
    // Live logs were shown while the jobs ran: not a second time.
    if (settings.jobLogs !== 'live') {
        // Log reads end with the run's cancellation or at the step's end, whatever GitLab does.
        const logs = timeLimit(Math.max(0, stepEnd - REPORT_RESERVE_MS - clock.now()), signal);
        try {
            for (const node of waited.tree) {
                if (node.unreadable)
                    continue;
                await printJobLogs(client, node === waited.tree[0] ? project : node.project, jobsWithLogsToShow(node.jobs, settings.jobLogs).map(job => ({
                    ...job,
                    stage: node.prefix + job.stage
                })), log, quickReadPolicy({ deadline: stepEnd - REPORT_RESERVE_MS, signal: logs.signal, clock }));
            }
        }
        finally {
            logs.dispose();
        }
    }
    for (const node of waited.tree)
        for (const job of [...node.jobs, ...node.bridges]
            .filter(job => job.status === 'failed')
            .sort((a, b) => a.id - b.id)) {
            const reason = job.failure_reason ? ` (${job.failure_reason.replace(/_/g, ' ')})` : '';
            const message = `${node.prefix}${job.stage} › ${job.name} failed${reason}: ${job.web_url}`;
            if (job.allow_failure)
                log.warning(`${message} (allowed to fail)`, `GitLab job ${job.name} failed`);
            else
                log.error(message, `GitLab job ${job.name} failed`);
        }
}
/** Every job and trigger job of the followed tree, with its pipeline, sorted by id. */
function treeJobs(tree) {
    return tree
        .flatMap(node => [...node.jobs, ...node.bridges].map(job => ({ ...job, pipeline_id: node.pipeline.id })))
        .sort((a, b) => a.id - b.id);
}
function treePipelines(tree) {
    return tree.map(node => ({
        id: node.pipeline.id,
        project_id: node.pipeline.project_id,
        web_url: node.pipeline.web_url,
        status: node.pipeline.status,
        parent_id: node.parentId,
        ...(node.trigger ? { trigger_job_id: node.trigger.id } : {}),
        path: node.prefix.trimEnd(),
        ...(node.unreadable ? { unreadable: node.unreadable } : {})
    }));
}
/**
 * Downstream pipelines in another project than the pipeline that started them, still running:
 * cancelling their parent leaves them running.
 */
function multiProjectStillRunning(tree) {
    const byId = new Map(tree.map(node => [node.pipeline.id, node]));
    return tree.filter(node => {
        if (node.parentId === null || isFinalStatus(node.pipeline.status))
            return false;
        const parent = byId.get(node.parentId);
        return parent !== undefined && parent.pipeline.project_id !== node.pipeline.project_id;
    });
}

;// CONCATENATED MODULE: ./src/run/result.ts
/** What a later step or script needs of each job (the `jobs` output, `--json`), in id order. */
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
/** What a later step needs of each followed pipeline (the `pipelines` output, `--json`). */
function pipelineEssentials(pipelines = []) {
    return pipelines.map(({ id, project_id, web_url, status, parent_id }) => ({
        id,
        project_id,
        web_url,
        status,
        parent_id
    }));
}

;// CONCATENATED MODULE: ./src/runtime/signals.ts
/**
 * An AbortSignal that fires on SIGINT or SIGTERM. The runner cancels a step with SIGINT, then
 * SIGTERM 7.5 s later, then kills the process tree (actions/runner ProcessInvoker.cs).
 */
function abortOnSignals() {
    const controller = new AbortController();
    const onSignal = (signal) => controller.abort(new Error(`received ${signal}`));
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    return controller.signal;
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = require("node:fs");
;// CONCATENATED MODULE: ./src/cli/commands/trigger.ts








// The command's flags and usage.
const TRIGGER_FLAGS = {
    ...CONNECTION_FLAGS,
    ref: { type: 'string', example: 'main' },
    var: { type: 'string', multiple: true, example: 'DEPLOY_ENV=staging' },
    'variables-file': { type: 'string', example: 'deploy.env' },
    input: { type: 'string', multiple: true, example: 'replicas=3' },
    wait: { type: 'boolean' },
    timeout: { type: 'string', example: '30m' },
    'poll-interval': { type: 'string', example: '15s' },
    'accept-statuses': { type: 'string', example: 'success,manual' },
    'cancel-on-timeout': { type: 'boolean', negatable: true },
    'cancel-on-abort': { type: 'boolean', negatable: true },
    'job-logs': { type: 'string', example: 'failed' },
    'follow-downstream': { type: 'boolean', negatable: true },
    'trigger-token': { type: 'string' },
    version: { type: 'boolean', short: 'V' }
};
const TRIGGER_USAGE_LINE = `usage: ${TOOL_NAME} --project my-group/my-project --ref main [options]   (${TOOL_NAME} --help for all options)`;
const TRIGGER_USAGE = `Usage: ${TOOL_NAME} --project PROJECT --ref REF [options]
       ${TOOL_NAME} tokens list|get|create|update|delete ...   (tokens --help)

Triggers a GitLab pipeline and, with --wait, follows it until it ends.

Options:
  --project PROJECT          numeric project id or full path, e.g. my-group/my-project (required)
  --ref REF                  branch or tag to run the pipeline on (required)
  --gitlab-url URL           the GitLab instance (default: $${GITLAB_URL_ENV}, else https://gitlab.com)
  --var KEY=VALUE            a CI/CD variable; repeatable
  --variables-file FILE      a dotenv file (KEY=VALUE lines, export, quotes, # comments), read
                             with Node's util.parseEnv (Node 20.12+); --var wins over it
  --input NAME=VALUE         a pipeline input (spec:inputs); repeatable. 3, 2.5, true, ["a","b"]
                             keep their JSON type; anything else (007, 41e50312) is the string given
  --wait                     follow the pipeline until it ends (needs ${API_TOKEN_ENV})
  --timeout DURATION         longest wait: seconds (90) or 45s, 30m, 1h30m (default 1h)
  --poll-interval DURATION   longest pause between status checks (default 15s)
  --accept-statuses LIST     final statuses that count as success (default success),
                             e.g. success,manual; known: success, failed, canceled, skipped, manual
  --no-cancel-on-timeout     leave the pipeline running when --timeout is reached
  --no-cancel-on-abort       leave the pipeline running on Ctrl-C or SIGTERM while waiting
                             (--cancel-on-timeout and --cancel-on-abort, the defaults, also exist)
  --job-logs WHICH           job logs to print when the pipeline ends: none, failed (default) or
                             all; or live: every job's log as it runs, each line prefixed with
                             the job when several run
  --no-follow-downstream     do not follow the child and multi-project pipelines trigger jobs start
  --json                     print the outputs as one JSON object on stdout
  -h, --help                 print this help
  -V, --version              print the version

Environment:
  ${TRIGGER_TOKEN_ENV}       the project's pipeline trigger token (required)
  ${API_TOKEN_ENV}           an access token with read_api (api to cancel); required by --wait
  ${GITLAB_URL_ENV}                 default for --gitlab-url
  GITLAB_REQUEST_TIMEOUT     seconds one request to GitLab may take (default 30)
  GITLAB_TRIGGER_DEBUG       set to 1 to print debug lines
  --trigger-token and --api-token also work, but command lines are visible to other processes.

Output:
  Progress and errors go to stderr. stdout gets the pipeline's web URL, or with --json one object:
  pipeline_id, pipeline_iid, web_url, project_id, sha, ref, status, and after --wait also
  duration (seconds), jobs ([{id, name, stage, status, web_url, duration, allow_failure,
  pipeline_id}]) and pipelines ([{id, project_id, web_url, status, parent_id}]).

Exit codes:
  0  triggered (with --wait: ended in an accepted status)
  1  the pipeline ended in another status, the wait timed out, or the wait was interrupted
  2  bad usage or input; nothing was sent
  3  GitLab refused the request or could not be reached

Example:
  export ${TRIGGER_TOKEN_ENV}=glptt-… ${API_TOKEN_ENV}=glpat-…
  ${TOOL_NAME} --gitlab-url https://gitlab.example.com --project my-group/app --ref main \\
    --var DEPLOY_ENV=staging --input replicas=3 --wait --timeout 30m --json
`;
/** Turns the command line and environment into the action's raw inputs; throws UsageError. */
function parseTriggerArgs(argv, env) {
    const { values } = readFlags(argv, TRIGGER_FLAGS, TRIGGER_USAGE_LINE);
    if (values.help)
        return { kind: 'help' };
    if (values.version)
        return { kind: 'version' };
    const inputs = connectionInputs(values, env);
    tokenInput(inputs, values, env, 'trigger-token', TRIGGER_TOKEN_ENV);
    const text = (name) => optionalString(values[name]) ?? '';
    const flag = (name) => (values[name] === undefined ? '' : String(values[name]));
    Object.assign(inputs.raw, {
        ref: text('ref'),
        variables: variablesText(values, inputs.problems),
        inputs: lines('input', values.input, 'NAME=VALUE', 'replicas=3', inputs.problems),
        wait: flag('wait'),
        timeout: text('timeout'),
        'poll-interval': text('poll-interval'),
        'accept-statuses': text('accept-statuses'),
        'cancel-on-timeout': flag('cancel-on-timeout'),
        'cancel-on-abort': flag('cancel-on-abort'),
        'job-logs': text('job-logs'),
        'follow-downstream': flag('follow-downstream'),
        // A terminal has no job summary page.
        summary: 'false'
    });
    Object.assign(inputs.labels, {
        ref: '--ref',
        variables: '--var/--variables-file',
        inputs: '--input',
        wait: '--wait',
        timeout: '--timeout',
        'poll-interval': '--poll-interval',
        'accept-statuses': '--accept-statuses',
        'cancel-on-timeout': '--cancel-on-timeout',
        'cancel-on-abort': '--cancel-on-abort',
        'job-logs': '--job-logs',
        'follow-downstream': '--follow-downstream'
    });
    return { kind: 'trigger', inputs, json: values.json === true };
}
/**
 * Without a file: the --var values as the action's KEY=VALUE lines. With --variables-file: one
 * JSON object, since dotenv values may span lines; a --var overrides the file's value of its key.
 */
function variablesText(values, problems) {
    const fromFlags = lines('var', values.var, 'KEY=VALUE', 'DEPLOY_ENV=staging', problems);
    const file = optionalString(values['variables-file']);
    if (file === undefined)
        return fromFlags;
    const merged = readVariablesFile(file, problems);
    if (!merged)
        return '';
    const seen = new Set();
    for (const line of fromFlags ? fromFlags.split('\n') : []) {
        const key = line.slice(0, line.indexOf('=')).trim();
        if (seen.has(key))
            problems.push(`--var ${key} is set twice; set each variable once`);
        seen.add(key);
        Object.defineProperty(merged, key, {
            value: line.slice(line.indexOf('=') + 1).trim(),
            enumerable: true,
            writable: true,
            configurable: true
        });
    }
    return JSON.stringify(merged);
}
/** A dotenv file as Node reads one (`export`, quotes, multi-line values, comments). */
function readVariablesFile(file, problems) {
    let text;
    try {
        text = (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT'
            ? 'no such file'
            : code === 'EISDIR'
                ? 'it is a directory'
                : error.message;
        problems.push(`--variables-file cannot read "${file}": ${why}. Example: --variables-file deploy.env, with lines such as DEPLOY_ENV=staging`);
        return undefined;
    }
    // util.parseEnv arrived in Node 20.12; engines allows any Node 20.
    const parseEnv = external_node_util_.parseEnv;
    if (!parseEnv) {
        problems.push(`--variables-file needs Node 20.12 or later (util.parseEnv); this is Node ${process.versions.node}. Pass the variables with --var KEY=VALUE instead`);
        return undefined;
    }
    const parsed = parseEnv(text);
    const result = {};
    for (const [key, value] of Object.entries(parsed))
        Object.defineProperty(result, key, {
            value,
            enumerable: true,
            writable: true,
            configurable: true
        });
    const meaningful = text.split(/\r?\n/).some(line => line.trim() && !line.trim().startsWith('#'));
    if (Object.keys(result).length === 0 && meaningful) {
        problems.push(`--variables-file "${file}" has no KEY=VALUE line. Example: DEPLOY_ENV=staging, or export DEPLOY_ENV="staging"`);
        return undefined;
    }
    return result;
}
/**
 * Repeated `--var`/`--input` values as the action's one-per-line format. Each must hold a `=`
 * and fit on one line; settings.ts checks the rest (names, duplicates, JSON values).
 */
function lines(flag, values, shape, example, problems) {
    const good = [];
    for (const value of Array.isArray(values) ? values : []) {
        if (value.indexOf('=') <= 0)
            problems.push(`--${flag} "${value}" is not ${shape}. Example: --${flag} ${example}`);
        else if (/[\r\n]/.test(value))
            problems.push(`--${flag} ${value.slice(0, value.indexOf('='))}=…: the value contains a line break, which --${flag} cannot carry`);
        else
            good.push(value);
    }
    return good.join('\n');
}
/** docs/contract.md section 4: 0 accepted, 1 pipeline not accepted, timed out or cancelled, 3 GitLab refused or unreachable. */
function exitCodeOf(result) {
    if (result.outcome === 'accepted' || result.outcome === 'triggered')
        return 0;
    return result.outcome === 'gitlab-error' ? 3 : 1;
}
/** The default command: trigger a pipeline (and follow it). Returns the exit code. */
async function runTrigger(argv, env, reporter) {
    const command = parseTriggerArgs(argv, env);
    if (command.kind === 'help') {
        reporter.result(TRIGGER_USAGE);
        return 0;
    }
    if (command.kind === 'version') {
        reporter.result(VERSION);
        return 0;
    }
    const { inputs, json } = command;
    for (const secret of [inputs.raw['trigger-token'], inputs.raw['api-token']]) {
        if (secret?.trim())
            reporter.mask(secret.trim());
    }
    for (const warning of inputs.warnings)
        reporter.warning(warning);
    const settings = {
        ...settingsFrom(inputs, TRIGGER_USAGE_LINE),
        requestTimeoutMs: requestTimeoutOrUsageError(env, TRIGGER_USAGE_LINE)
    };
    const result = await triggerAndFollow(settings, {
        log: withFlagNames(reporter),
        signal: abortOnSignals()
    });
    // stdout: the result as one JSON object (even `{}` when nothing was created, so `| jq` always
    // has something to read), or else just the pipeline's web URL once there is one.
    if (json)
        reporter.result(JSON.stringify(resultJson(result)));
    else if (result.pipeline)
        reporter.result(result.pipeline.web_url);
    return exitCodeOf(result);
}
/**
 * --json: the action's outputs with snake_case keys, numbers kept numbers. The status is the final
 * one (or `timeout`) once the wait reached it, else the status GitLab created the pipeline with.
 */
function resultJson(result) {
    const { pipeline } = result;
    if (!pipeline)
        return {};
    const json = {
        pipeline_id: pipeline.id,
        pipeline_iid: pipeline.iid,
        web_url: pipeline.web_url,
        project_id: pipeline.project_id,
        sha: pipeline.sha,
        ref: pipeline.ref,
        status: result.finalStatus ?? pipeline.status
    };
    if (result.finalStatus !== undefined) {
        json.duration = result.duration ?? null;
        json.jobs = jobEssentials(result.jobs);
        json.pipelines = pipelineEssentials(result.pipelines);
    }
    return json;
}

;// CONCATENATED MODULE: ./src/cli/main.ts





/** The command line: `tokens …`, or trigger (and follow) a pipeline. Returns the exit code. */
async function run(argv, env) {
    const reporter = new CliReporter({ showDebug: Boolean(env.GITLAB_TRIGGER_DEBUG) });
    // Before parsing: a usage error may quote any argument, and one may be a token.
    for (const secret of secretsToMask(argv, env))
        reporter.mask(secret);
    try {
        if (argv[0] === 'tokens')
            return await runTokens(argv.slice(1), env, reporter);
        return await runTrigger(argv, env, reporter);
    }
    catch (error) {
        if (error instanceof UsageError) {
            for (const problem of error.problems)
                reporter.error(problem);
            reporter.info(error.usage);
            return 2;
        }
        reporter.error(`unexpected: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return 1;
    }
}

;// CONCATENATED MODULE: ./src/cli/index.ts


survivePipeClosed();
// No top-level await: the bundle is CommonJS (scripts/build.mjs says why).
void run(process.argv.slice(2), process.env).then(code => exitWhenFlushed(code));

module.exports = __webpack_exports__;
/******/ })()
;