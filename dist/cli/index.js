/******/ (() => {
  // webpackBootstrap
  /******/ "use strict";
  /******/  var __webpack_modules__ = {
    /***/ 2613: 
    /***/ (module => {
      module.exports = require("assert");
      /***/    }),
    /***/ 4434: 
    /***/ (module => {
      module.exports = require("events");
      /***/    }),
    /***/ 8611: 
    /***/ (module => {
      module.exports = require("http");
      /***/    }),
    /***/ 5692: 
    /***/ (module => {
      module.exports = require("https");
      /***/    }),
    /***/ 9278: 
    /***/ (module => {
      module.exports = require("net");
      /***/    }),
    /***/ 4589: 
    /***/ (module => {
      module.exports = require("node:assert");
      /***/    }),
    /***/ 6698: 
    /***/ (module => {
      module.exports = require("node:async_hooks");
      /***/    }),
    /***/ 4573: 
    /***/ (module => {
      module.exports = require("node:buffer");
      /***/    }),
    /***/ 7540: 
    /***/ (module => {
      module.exports = require("node:console");
      /***/    }),
    /***/ 7598: 
    /***/ (module => {
      module.exports = require("node:crypto");
      /***/    }),
    /***/ 3053: 
    /***/ (module => {
      module.exports = require("node:diagnostics_channel");
      /***/    }),
    /***/ 610: 
    /***/ (module => {
      module.exports = require("node:dns");
      /***/    }),
    /***/ 8474: 
    /***/ (module => {
      module.exports = require("node:events");
      /***/    }),
    /***/ 7067: 
    /***/ (module => {
      module.exports = require("node:http");
      /***/    }),
    /***/ 2467: 
    /***/ (module => {
      module.exports = require("node:http2");
      /***/    }),
    /***/ 4708: 
    /***/ (module => {
      module.exports = require("node:https");
      /***/    }),
    /***/ 7030: 
    /***/ (module => {
      module.exports = require("node:net");
      /***/    }),
    /***/ 643: 
    /***/ (module => {
      module.exports = require("node:perf_hooks");
      /***/    }),
    /***/ 1792: 
    /***/ (module => {
      module.exports = require("node:querystring");
      /***/    }),
    /***/ 7075: 
    /***/ (module => {
      module.exports = require("node:stream");
      /***/    }),
    /***/ 1692: 
    /***/ (module => {
      module.exports = require("node:tls");
      /***/    }),
    /***/ 3136: 
    /***/ (module => {
      module.exports = require("node:url");
      /***/    }),
    /***/ 7975: 
    /***/ (module => {
      module.exports = require("node:util");
      /***/    }),
    /***/ 3429: 
    /***/ (module => {
      module.exports = require("node:util/types");
      /***/    }),
    /***/ 5919: 
    /***/ (module => {
      module.exports = require("node:worker_threads");
      /***/    }),
    /***/ 8522: 
    /***/ (module => {
      module.exports = require("node:zlib");
      /***/    }),
    /***/ 3193: 
    /***/ (module => {
      module.exports = require("string_decoder");
      /***/    }),
    /***/ 4756: 
    /***/ (module => {
      module.exports = require("tls");
      /***/    }),
    /***/ 9023: 
    /***/ (module => {
      module.exports = require("util");
      /***/    }),
    /***/ 9783: 
    /***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {
      /* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
        /* harmony export */ s: () => /* binding */ getProxyUrl
        /* harmony export */      });
      /* unused harmony export checkBypass */      function getProxyUrl(reqUrl) {
        const usingSsl = reqUrl.protocol === "https:";
        if (checkBypass(reqUrl)) return;
        const proxyVar = (() => {
          if (usingSsl) return process.env["https_proxy"] || process.env["HTTPS_PROXY"]; else return process.env["http_proxy"] || process.env["HTTP_PROXY"];
        })();
        if (proxyVar) try {
          return new DecodedURL(proxyVar);
        } catch (_a) {
          if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://")) return new DecodedURL(`http://${proxyVar}`);
        } else return;
      }
      function checkBypass(reqUrl) {
        if (!reqUrl.hostname) return false;
        const reqHost = reqUrl.hostname;
        if (isLoopbackAddress(reqHost)) return true;
        const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
        if (!noProxy) return false;
        // Determine the request port
                let reqPort;
        if (reqUrl.port) reqPort = Number(reqUrl.port); else if (reqUrl.protocol === "http:") reqPort = 80; else if (reqUrl.protocol === "https:") reqPort = 443;
        // Format the request hostname and hostname with port
                const upperReqHosts = [ reqUrl.hostname.toUpperCase() ];
        if (typeof reqPort === "number") upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
        // Compare request host against noproxy
                for (const upperNoProxyItem of noProxy.split(",").map(x => x.trim().toUpperCase()).filter(x => x)) if (upperNoProxyItem === "*" || upperReqHosts.some(x => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`))) return true;
        return false;
      }
      function isLoopbackAddress(host) {
        const hostLower = host.toLowerCase();
        return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
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
      /***/    })
    /******/  };
  /************************************************************************/
  /******/ // The module cache
  /******/  var __webpack_module_cache__ = {};
  /******/
  /******/ // The require function
  /******/  function __nccwpck_require__(moduleId) {
    /******/ // Check if module is in cache
    /******/ var cachedModule = __webpack_module_cache__[moduleId];
    /******/    if (cachedModule !== void 0) 
    /******/ return cachedModule.exports;
    /******/
    /******/ // Create a new module (and put it into the cache)
    /******/    var module = __webpack_module_cache__[moduleId] = {
      /******/ // no module.id needed
      /******/ // no module.loaded needed
      /******/ exports: {}
      /******/    };
    /******/
    /******/ // Execute the module function
    /******/    var threw = true;
    /******/    try {
      /******/ __webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
      /******/      threw = false;
      /******/    } finally {
      /******/ if (threw) delete __webpack_module_cache__[moduleId];
      /******/    }
    /******/
    /******/ // Return the exports of the module
    /******/    return module.exports;
    /******/  }
  /******/
  /******/ // expose the modules object (__webpack_modules__)
  /******/  __nccwpck_require__.m = __webpack_modules__;
  /******/
  /************************************************************************/
  /******/ /* webpack/runtime/asset-relocator-loader */
  /******/  if (typeof __nccwpck_require__ !== "undefined") __nccwpck_require__.ab = __dirname + "/";
  /******/
  /******/ /* webpack/runtime/create fake namespace object */
  /******/  (() => {
    /******/ var getProto = Object.getPrototypeOf ? obj => Object.getPrototypeOf(obj) : obj => obj.__proto__;
    /******/    var leafPrototypes;
    /******/ // create a fake namespace object
    /******/ // mode & 1: value is a module id, require it
    /******/ // mode & 2: merge all properties of value into the ns
    /******/ // mode & 4: return value when already ns object
    /******/ // mode & 16: return value when it's Promise-like
    /******/ // mode & 8|1: behave like require
    /******/    __nccwpck_require__.t = function(value, mode) {
      /******/ if (mode & 1) value = this(value);
      /******/      if (mode & 8) return value;
      /******/      if (typeof value === "object" && value) {
        /******/ if (mode & 4 && value.__esModule) return value;
        /******/        if (mode & 16 && typeof value.then === "function") return value;
        /******/      }
      /******/      var ns = Object.create(null);
      /******/      __nccwpck_require__.r(ns);
      /******/      var def = {};
      /******/      leafPrototypes = leafPrototypes || [ null, getProto({}), getProto([]), getProto(getProto) ];
      /******/      for (var current = mode & 2 && value; typeof current == "object" && !~leafPrototypes.indexOf(current); current = getProto(current)) 
      /******/ Object.getOwnPropertyNames(current).forEach(key => def[key] = () => value[key]);
      /******/
      /******/      def["default"] = () => value;
      /******/      __nccwpck_require__.d(ns, def);
      /******/      return ns;
      /******/    };
    /******/  })();
  /******/
  /******/ /* webpack/runtime/define property getters */
  /******/  (() => {
    /******/ // define getter functions for harmony exports
    /******/ __nccwpck_require__.d = (exports, definition) => {
      /******/ for (var key in definition) 
      /******/ if (__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) 
      /******/ Object.defineProperty(exports, key, {
        enumerable: true,
        get: definition[key]
      });
      /******/
      /******/
      /******/    };
    /******/  })();
  /******/
  /******/ /* webpack/runtime/ensure chunk */
  /******/  (() => {
    /******/ __nccwpck_require__.f = {};
    /******/ // This file contains only the entry chunk.
    /******/ // The chunk loading function for additional chunks
    /******/    __nccwpck_require__.e = chunkId => Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
      /******/ __nccwpck_require__.f[key](chunkId, promises);
      /******/      return promises;
      /******/    }, []));
    /******/  })();
  /******/
  /******/ /* webpack/runtime/get javascript chunk filename */
  /******/  (() => {
    /******/ // This function allow to reference async chunks
    /******/ __nccwpck_require__.u = chunkId => chunkId + ".index.js";
    /******/  })();
  /******/
  /******/ /* webpack/runtime/hasOwnProperty shorthand */
  /******/  (() => {
    /******/ __nccwpck_require__.o = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop)
    /******/;
  })();
  /******/
  /******/ /* webpack/runtime/make namespace object */
  /******/  (() => {
    /******/ // define __esModule on exports
    /******/ __nccwpck_require__.r = exports => {
      /******/ if (typeof Symbol !== "undefined" && Symbol.toStringTag) 
      /******/ Object.defineProperty(exports, Symbol.toStringTag, {
        value: "Module"
      });
      /******/
      /******/      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      /******/    };
    /******/  })();
  /******/
  /******/ /* webpack/runtime/require chunk loading */
  /******/  (() => {
    /******/ // no baseURI
    /******/
    /******/ // object to store loaded chunks
    /******/ // "1" means "loaded", otherwise not loaded yet
    /******/ var installedChunks = {
      /******/ 792: 1
      /******/    };
    /******/
    /******/ // no on chunks loaded
    /******/
    /******/    var installChunk = chunk => {
      /******/ var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
      /******/      for (var moduleId in moreModules) 
      /******/ if (__nccwpck_require__.o(moreModules, moduleId)) 
      /******/ __nccwpck_require__.m[moduleId] = moreModules[moduleId];
      /******/
      /******/
      /******/      if (runtime) runtime(__nccwpck_require__);
      /******/      for (var i = 0; i < chunkIds.length; i++) 
      /******/ installedChunks[chunkIds[i]] = 1;
      /******/
      /******/    };
    /******/
    /******/ // require() chunk loading for javascript
    /******/    __nccwpck_require__.f.require = (chunkId, promises) => {
      /******/ // "1" is the signal for "already loaded"
      /******/ if (!installedChunks[chunkId]) 
      /******/ if (true) // all chunks have JS
      /******/ installChunk(require("./" + __nccwpck_require__.u(chunkId)));
      /******/ else installedChunks[chunkId] = 1;
      /******/
      /******/    };
    /******/
    /******/ // no external install chunk
    /******/
    /******/ // no HMR
    /******/
    /******/ // no HMR manifest
    /******/  })();
  /******/
  /************************************************************************/  
  /**
 * Exits once stdout and stderr have drained (writes to a pipe are asynchronous on macOS), and
 * exits at once after that: a request left hanging by a cancelled wait must not keep the process alive.
 */
  async function exitWhenFlushed(code) {
    const drained = stream => new Promise(resolve => {
      // A closed stream never drains; its write callback would report an error or never come.
      if (stream.destroyed || stream.writableEnded) return resolve();
      stream.write("", () => resolve());
    });
    await Promise.all([ drained(process.stdout), drained(process.stderr) ]);
    // Node 20 exits 0 on process.exit(undefined), whatever process.exitCode says.
        process.exit(code ?? process.exitCode);
  }
  // EXTERNAL MODULE: external "node:util"
    var external_node_util_ = __nccwpck_require__(7975);
  // CONCATENATED MODULE: ./src/settings/durations.ts
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
 */  function parseDuration(text) {
    const value = text.trim();
    if (/^\d+$/.test(value)) return Number(value) * UNIT_MS.s;
    const match = DURATION.exec(value);
    if (!match || value === "") return;
    const [, h, m, s, ms] = match;
    return Number(h ?? 0) * UNIT_MS.h + Number(m ?? 0) * UNIT_MS.m + Number(s ?? 0) * UNIT_MS.s + Number(ms ?? 0) * UNIT_MS.ms;
  }
  /** `3725000` -> `1h2m5s`: how durations are shown back to users. */  function formatDuration(ms) {
    let seconds = Math.round(ms / 1e3);
    if (seconds === 0) return ms >= 1 ? `${Math.round(ms)}ms` : "0s";
    const h = Math.floor(seconds / 3600);
    seconds -= h * 3600;
    const m = Math.floor(seconds / 60);
    seconds -= m * 60;
    return `${h ? `${h}h` : ""}${m ? `${m}m` : ""}${seconds ? `${seconds}s` : ""}`;
  }
  // CONCATENATED MODULE: ./src/gitlab/statuses.ts
  /**
 * GitLab pipeline statuses (app/models/concerns/ci/has_status.rb). `manual` is not terminal in
 * GitLab, but a pipeline blocked on a manual job never moves without a person, so it ends the wait.
 */
  const FINAL_STATUSES = [ "success", "failed", "canceled", "skipped", "manual" ];
  function isFinalStatus(status) {
    return FINAL_STATUSES.includes(status);
  }
  function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint") return value.toString();
    return value;
  }
  // the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
    class Cached {
    constructor(getter) {
      this._getter = getter;
      this._value = void 0;
    }
    get value() {
      const getter = this._getter;
      if (getter !== void 0) {
        this._value = getter();
        this._getter = void 0;
      }
      return this._value;
    }
  }
  function cached(getter) {
    return new Cached(getter);
  }
  function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
  }
  const EVALUATING =  Symbol("evaluating");
  function defineLazy(object, key, getter) {
    let value;
    Object.defineProperty(object, key, {
      get() {
        if (value === EVALUATING) 
        // Circular reference detected, return undefined to break the cycle
        return;
        if (value === void 0) {
          value = EVALUATING;
          value = getter();
        }
        return value;
      },
      set(v) {
        Object.defineProperty(object, key, {
          value: v
        });
        // object[key] = v;
            },
      configurable: true
    });
  }
  function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
      value: value,
      writable: true,
      enumerable: true,
      configurable: true
    });
  }
  /**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */  function rawShape(def) {
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
      configurable: true
    });
  }
  // Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
    function putProp(target, key, value) {
    if (key in target) assignProp(target, key, value); else target[key] = value;
  }
  /**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */  function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
      const desc = Object.getOwnPropertyDescriptor(raw, key);
      if (!desc.enumerable) continue;
      if (desc.get) deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap ? wrap(value, key) : value;
      }); else putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
  }
  // same, for a plain shape a caller passed rather than a schema's
    function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
      const desc = Object.getOwnPropertyDescriptor(source, key);
      if (!desc.enumerable) continue;
      if (desc.get) deferProp(target, key, () => source[key]); else putProp(target, key, desc.value);
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
  const captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {};
  function util_isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
  }
  function isPlainObject(o) {
    if (util_isObject(o) === false) return false;
    // modified constructor
        const ctor = o.constructor;
    if (ctor === void 0) return true;
    if (typeof ctor !== "function") return true;
    // modified prototype
        const prot = ctor.prototype;
    if (util_isObject(prot) === false) return false;
    // ctor doesn't have static `isPrototypeOf`
        if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) return false;
    return true;
  }
  function shallowClone(o) {
    if (isPlainObject(o)) return {
      ...o
    };
    if (Array.isArray(o)) return [ ...o ];
    if (o instanceof Map) return new Map(o);
    if (o instanceof Set) return new Set(o);
    return o;
  }
  // zod-specific utils
  function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent) cl._zod.parent = inst;
    return cl;
  }
  function normalizeParams(_params) {
    const params = _params;
    if (!params) return {};
    if (typeof params === "string") return {
      error: () => params
    };
    if (params?.message !== void 0) {
      if (params?.error !== void 0) throw new Error("Cannot specify both `message` and `error` params");
      params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string") return {
      ...params,
      error: () => params.error
    };
    return params;
  }
  function optionalKeys(shape) {
    return Object.keys(shape).filter(k => shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional");
  }
  // Wrapped in a ` ` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
    const NUMBER_FORMAT_RANGES =  (() => ({
    safeint: [ Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER ],
    int32: [ -2147483648, 2147483647 ],
    uint32: [ 0, 4294967295 ],
    float32: [ -34028234663852886e22, 34028234663852886e22 ],
    float64: [ -Number.MAX_VALUE, Number.MAX_VALUE ]
  }))();
  function extend(schema, shape) {
    if (!isPlainObject(shape)) throw new Error("Invalid input to extend: expected a plain object");
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
      // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
      const existingShape = sourceShape(schema);
      for (const key of Reflect.ownKeys(shape)) if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
    }
    return clone(schema, mergeDefs(schema._zod.def, {
      shape: extended(schema, shape)
    }));
  }
  // the source's keys, then the caller's overlaid on top
    function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
  }
  // invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
  function aborted(x, startIndex = 0) {
    if (x.aborted === true) return true;
    for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue !== true) return true;
    return false;
  }
  // Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
    function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true) return true;
    for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue === false) return true;
    return false;
  }
  function prefixIssues(path, issues) {
    return issues.map(iss => {
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
  /** The leading size checks of `defChecks` that set an upper bound, each paired with it. */  function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
      const d = ch._zod.def;
      // a later check may rewrite the value
            if (!/_(length|size)$|_equals$/.test(d.check)) break;
      const max = d.maximum ?? d.length ?? d.size;
      if (max >= 0) caps.push([ max, ch ]);
    }
    return caps;
  }
  function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) (_a = issues[i]).schema ?? (_a.schema = inst);
  }
  function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
        const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) if (traits.has("$ZodCheck")) (_a = iss).schema ?? (_a.schema = iss.inst); else iss.schema = iss.inst;
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
        const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
    const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config.customError?.(iss)) ?? unwrapMessage(config.localeError?.(iss)) ?? "Invalid input";
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
        const full = {};
    for (const k of Object.keys(iss)) {
      if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__") continue;
      full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) full.input = iss.input;
    return full;
  }
  //////////    PROTOTYPE INSTALLERS     //////////
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
            if (desc.get) Object.defineProperty(proto, key, {
        ...desc,
        enumerable: false
      });
      // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
       else defineBound(proto, key, desc.value);
    }
  }
  /** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */  function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, {
      configurable: true,
      writable: true,
      enumerable: enumerable,
      value: value
    });
    return value;
  }
  /** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */  function hide(inst, key, value) {
    return own(inst, key, value, false);
  }
  /** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */  function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
      configurable: true,
      get() {
        // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
        return this == null ? fn : own(this, key, fn.bind(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  /** Returns the prototype to install on, or `undefined` if this group is already installed on it. */  function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
        return sentinel in proto ? void 0 : proto;
  }
  // The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
    let installing;
  // Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
    let broke = false;
  const breaker = {
    configurable: true,
    get() {
      broke = true;
      return;
    }
  };
  /**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */  function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
      // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
      installing = void 0;
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
                    if (broke) delete this[key]; else Object.defineProperty(this, key, {
            configurable: true,
            writable: true,
            value: value
          });
          broke = broke || outer;
          return value;
        } catch (err) {
          // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
          delete this[key];
          broke = broke || outer;
          throw err;
        }
      },
      set(value) {
        Object.defineProperty(this, key, {
          configurable: true,
          writable: true,
          value: value
        });
      }
    });
  }
  /**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */  function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto) return;
    Object.defineProperty(proto, key, {
      configurable: true,
      get() {
        // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
        const desc = {
          configurable: true,
          writable: true,
          enumerable: enumerable,
          value: void 0
        };
        Object.defineProperty(this, key, desc);
        // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
                desc.value = make(this);
        Object.defineProperty(this, key, desc);
        return desc.value;
      },
      set(value) {
        Object.defineProperty(this, key, {
          configurable: true,
          writable: true,
          enumerable: enumerable,
          value: value
        });
      }
    });
  }
  /** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */  
  /** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
  function constantCatch(value) {
    const fn = () => value;
    fn["~constantCatch"] = true;
    return fn;
  }
  // CONCATENATED MODULE: ./node_modules/zod/v4/core/core.js
  var _a;
  /** A special constant with type `never` */  const NEVER =  Object.freeze({
    status: "aborted"
  });
  /* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */  const _zodDesc = {
    value: void 0,
    enumerable: false
  };
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
        } catch {
          _E = null;
          return new Definition;
        }
        try {
          return new Definition;
        } finally {
          E.stackTraceLimit = saved;
        }
      }
    }
    return new Definition;
  }
  function $constructor(name, initializer, 
  /** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
  proto, params) {
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
      this.def = def;
      this.constr = _;
      this.traits = new Set;
    }
    Internals.prototype = {};
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
        const initialized = protoMembers && new WeakSet;
    function init(inst, def) {
      if (!inst._zod) {
        _zodDesc.value = new Internals(def);
        try {
          Object.defineProperty(inst, "_zod", _zodDesc);
        } finally {
          // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
          _zodDesc.value = void 0;
        }
      } else if (inst._zod.traits.has(name)) return;
      inst._zod.traits.add(name);
      initializer(inst, def);
      if (initialized) {
        // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
        const own = Object.getPrototypeOf(inst);
        const ctorProto = inst._zod.constr.prototype;
        let up = own;
        while (up && up !== ctorProto) up = Object.getPrototypeOf(up);
        const target = up ?? own;
        if (!initialized.has(target)) {
          initialized.add(target);
          members(target, protoMembers);
        }
      }
      // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
            const proto = _.prototype;
      for (const k in proto) {
        if (!Object.prototype.hasOwnProperty.call(proto, k)) continue;
        if (!(k in inst)) inst[k] = proto[k].bind(inst);
      }
    }
    // doesn't work if Parent has a constructor with arguments
        const Parent = params?.Parent ?? Object;
    class Definition extends Parent {}
    Object.defineProperty(Definition, "name", {
      value: name
    });
    function _(def) {
      const inst = params?.Parent ? newError(Definition) : this;
      init(inst, def);
      const deferred = inst._zod.deferred;
      if (deferred) {
        for (const fn of deferred) fn();
        // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
                inst._zod.deferred = void 0;
      }
      // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
            const pp = globalThis.__zod_globalConfig?.postProcessor;
      if (pp) pp(inst);
      return inst;
    }
    Object.defineProperty(_, "init", {
      value: init
    });
    Object.defineProperty(_, Symbol.hasInstance, {
      value: inst => {
        if (params?.Parent && inst instanceof params.Parent) return true;
        return inst?._zod?.traits?.has(name);
      }
    });
    Object.defineProperty(_, "name", {
      value: name
    });
    return _;
  }
  //////////////////////////////   UTILITIES   ///////////////////////////////////////
    class $ZodAsyncError extends Error {
    constructor() {
      super("Encountered Promise during synchronous parse. Use .parseAsync() instead.");
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
    if (newConfig) Object.assign(core_globalConfig, newConfig);
    return core_globalConfig;
  }
  // CONCATENATED MODULE: ./node_modules/zod/v4/core/checks.js
  // import { $ZodType } from "./schemas.js";
  const $ZodCheck =  $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
  });
  /** Default `when` for size-based checks: run only on non-nullish values with a `size`. */  const $ZodCheckNumberFormat =  $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def);
 // no format checks
        def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = payload => {
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
            input: input,
            inst: inst
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
          if (input > 0) 
          // too_big
          payload.issues.push({
            input: input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst: inst,
            origin: origin,
            inclusive: true,
            continue: !def.abort
          }); else 
          // too_small
          payload.issues.push({
            input: input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst: inst,
            origin: origin,
            inclusive: true,
            continue: !def.abort
          });
          return;
        }
      }
      if (input < minimum) payload.issues.push({
        origin: "number",
        input: input,
        code: "too_small",
        minimum: minimum,
        inclusive: true,
        inst: inst,
        continue: !def.abort
      });
      if (input > maximum) payload.issues.push({
        origin: "number",
        input: input,
        code: "too_big",
        maximum: maximum,
        inclusive: true,
        inst: inst,
        continue: !def.abort
      });
    };
  });
  // the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
  const anyString = /^[\s\S]{0,}$/;
  const number = /^-?\d+(?:\.\d+)?$/;
  const regexes_boolean = /^(?:true|false)$/i;
  // CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
  const version = {
    major: 4,
    minor: 6,
    patch: 7
  };
  // CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js
  const $ZodType =  $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def;
 // set _def property
        inst._zod.bag = inst._zod.bag || {};
 // initialize _bag object
        inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
        const checks = inst._zod.traits.has("$ZodCheck") ? [ inst, ...defChecks ?? [] ] : defChecks?.length ? [ ...defChecks ] : [];
    for (const ch of checks) for (const fn of ch._zod.onattach) fn(inst);
    if (checks.length === 0) {
      // deferred initializer inst._zod.parse is not yet defined
      (_a = inst._zod).deferred ?? (_a.deferred = []);
      inst._zod.deferred?.push(() => {
        inst._zod.run = inst._zod.parse;
      });
    } else {
      const runChecks = (payload, checks, ctx) => {
        if (payload.memo) return payload;
        let isAborted = aborted(payload);
        let asyncResult;
        for (const ch of checks) {
          if (ch._zod.def.when) {
            if (explicitlyAborted(payload)) continue;
            const shouldRun = ch._zod.def.when(payload);
            if (!shouldRun) continue;
          } else if (isAborted) continue;
          const currLen = payload.issues.length;
          const _ = ch._zod.check(payload);
          if (_ instanceof Promise && ctx?.async === false) throw new $ZodAsyncError;
          if (asyncResult || _ instanceof Promise) asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen) return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted) isAborted = aborted(payload, currLen);
          }); else {
            const nextLen = payload.issues.length;
            if (nextLen === currLen) continue;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted) isAborted = aborted(payload, currLen);
          }
        }
        if (asyncResult) return asyncResult.then(() => payload);
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
          if (ctx.async === false) throw new $ZodAsyncError;
          return checkResult.then(checkResult => inst._zod.parse(checkResult, ctx));
        }
        return inst._zod.parse(checkResult, ctx);
      };
      inst._zod.run = (payload, ctx) => {
        if (ctx.skipChecks) return inst._zod.parse(payload, ctx);
        if (ctx.direction === "backward") {
          // run canary initial pass (no checks)
          const canary = inst._zod.parse({
            value: payload.value,
            issues: []
          }, {
            ...ctx,
            skipChecks: true
          });
          if (canary instanceof Promise) return canary.then(canary => handleCanaryResult(canary, payload, ctx));
          return handleCanaryResult(canary, payload, ctx);
        }
        // forward
                const result = inst._zod.parse(payload, ctx);
        if (result instanceof Promise) {
          if (ctx.async === false) throw new $ZodAsyncError;
          return result.then(result => runChecks(result, checks, ctx));
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
    }
  });
  /** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
  // a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
    const toStandardResult = (r, ctx) => r.issues.length ? {
    issues: r.issues.map(iss => finalizeIssue(iss, ctx, config()))
  } : {
    value: r.value
  };
  async function validateAsync(inst, value) {
    const ctx = {
      async: true
    };
    return toStandardResult(await inst._zod.run({
      value: value,
      issues: []
    }, ctx), ctx);
  }
  function standardProps(inst) {
    return {
      validate: value => {
        const ctx = {
          async: false
        };
        try {
          const r = inst._zod.run({
            value: value,
            issues: []
          }, ctx);
          if (!(r instanceof Promise)) return toStandardResult(r, ctx);
        } catch (_) {}
        // async function so a synchronously throwing check rejects instead of escaping validate
                return validateAsync(inst, value);
      },
      vendor: "zod",
      version: 1
    };
  }
  const $ZodString =  $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
        inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
      if (def.coerce) try {
        payload.value = String(payload.value);
      } catch (_) {}
      if (typeof payload.value === "string") return payload;
      payload.issues.push({
        expected: "string",
        code: "invalid_type",
        input: payload.value,
        inst: inst
      });
      return payload;
    };
  });
  const $ZodNumber =  $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
      if (def.coerce) try {
        payload.value = Number(payload.value);
      } catch (_) {}
      const input = payload.value;
      if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) return payload;
      const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
      payload.issues.push({
        expected: "number",
        code: "invalid_type",
        input: input,
        inst: inst,
        ...received ? {
          received: received
        } : {}
      });
      return payload;
    };
  });
  const $ZodNumberFormat =  $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def);
 // no format checks
    });
  const $ZodBoolean =  $constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes_boolean;
    inst._zod.parse = (payload, _ctx) => {
      if (def.coerce) try {
        payload.value = Boolean(payload.value);
      } catch (_) {}
      const input = payload.value;
      if (typeof input === "boolean") return payload;
      payload.issues.push({
        expected: "boolean",
        code: "invalid_type",
        input: input,
        inst: inst
      });
      return payload;
    };
  });
  const $ZodUnknown =  $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = payload => payload;
  });
  // an oversized container fails its leading size checks before any element is parsed
  function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length) return;
    const cap = Math.min(...caps.map(c => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
      const n = size(payload.value);
      if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") for (const [max, ch] of sizeCaps(inst._zod.def.checks)) if (n > max && ch._zod.def.when(payload)) {
        const start = payload.issues.length;
        ch._zod.check(payload);
        // the value is still the raw input, so no later check may read it
                payload.issues[start].continue = false;
        attachSchema(payload.issues, start, inst);
        return payload;
      }
      return parse(payload, ctx);
    };
  }
  const arraySize = input => Array.isArray(input) ? input.length : -1;
  function handleArrayResult(result, final, index) {
    if (result.issues.length) final.issues.push(...prefixIssues(index, result.issues));
    final.value[index] = result.value;
  }
  const $ZodArray =  $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core_globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
      const input = payload.value;
      if (!Array.isArray(input)) {
        payload.issues.push({
          expected: "array",
          code: "invalid_type",
          input: input,
          inst: inst
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
          issues: []
        }, ctx);
        if (result instanceof Promise) proms.push(result.then(result => handleArrayResult(result, payload, i))); else {
          handleArrayResult(result, payload, i);
          // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                    if (abortEarly && result.issues.length !== 0 && aborted(result)) break;
        }
      }
      if (proms.length) return Promise.all(proms).then(() => payload);
      return payload;
 //handleArrayResultsAsync(parseResults, final);
        };
    capSize(inst, arraySize);
  });
  function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
        if (!isPresent && isOptionalOut && optin === "optional") return;
    if (result.issues.length) {
      // For optional-in/out schemas, ignore errors on absent keys.
      if (optin !== void 0 && isOptionalOut && !isPresent) return;
      final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === void 0) {
      if (!result.issues.length) final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [ key ]
      });
      return;
    }
    if (result.value === void 0) {
      if (isPresent || optin === "defaulted" && !isOptionalOut) final.value[key] = void 0;
    } else final.value[key] = result.value;
  }
  // one shared instance; a fresh [] per schema cost 56 bytes retained
    const NO_SYMBOL_KEYS = [];
  function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
        const allKeys = symbolKeys.length ? [ ...keys, ...symbolKeys ] : keys;
    for (const k of allKeys) if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    const okeys = optionalKeys(def.shape);
    return {
      ...def,
      allKeys: allKeys,
      symbolKeys: symbolKeys,
      // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
      keySet: new Set(keys),
      numKeys: keys.length,
      optionalKeys: new Set(okeys)
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
        if (aborted(payload, seen)) break;
        seen = payload.issues.length;
      }
      // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
            if (keySet.has(key)) continue;
      // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
            if (key === "__proto__") {
        if (t === "never") unrecognized.push(key);
        continue;
      }
      if (t === "never") {
        unrecognized.push(key);
        continue;
      }
      const r = _catchall.run({
        value: input[key],
        issues: []
      }, ctx);
      if (r instanceof Promise) proms.push(r.then(r => handlePropertyResult(r, payload, key, input, optin, optout))); else handlePropertyResult(r, payload, key, input, optin, optout);
    }
    if (unrecognized.length) payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input: input,
      inst: inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
    if (!proms.length) return payload;
    return Promise.all(proms).then(() => payload);
  }
  const $ZodObject =  $constructor("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
        const sh = desc?.get ? desc.get.raw : def.shape ?? {};
    if (sh) {
      // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
      const get = () => {
        const newSh = {
          ...sh
        };
        Object.defineProperty(def, "shape", {
          value: newSh
        });
        get.raw = newSh;
        return newSh;
      };
      get.raw = sh;
      Object.defineProperty(def, "shape", {
        get: get
      });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", zod => {
      const shape = zod.def.shape;
      const propValues = {};
      for (const key in shape) {
        const field = shape[key]._zod;
        if (field.values) {
          if (!Object.prototype.hasOwnProperty.call(propValues, key)) assignProp(propValues, key, new Set);
          for (const v of field.values) propValues[key].add(v);
          // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                    if (field.optin !== void 0) propValues[key].add(void 0);
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
          input: input,
          inst: inst
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
          if (aborted(payload, seen)) break;
          seen = payload.issues.length;
        }
        if (key === "__proto__") continue;
        const el = shape[key];
        const optin = el._zod.optin;
        const optout = el._zod.optout;
        const r = el._zod.run({
          value: input[key],
          issues: []
        }, ctx);
        if (r instanceof Promise) proms.push(r.then(r => handlePropertyResult(r, payload, key, input, optin, optout))); else handlePropertyResult(r, payload, key, input, optin, optout);
      }
      if (!catchall) return proms.length ? Promise.all(proms).then(() => payload) : payload;
      return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
  });
  const $ZodTransform =  $constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    core_globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
      if (ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
      const _out = def.transform(payload.value, payload);
      if (ctx.async) {
        const output = _out instanceof Promise ? _out : Promise.resolve(_out);
        return output.then(output => {
          payload.value = output;
          return payload;
        });
      }
      if (_out instanceof Promise) throw new $ZodAsyncError;
      payload.value = _out;
      return payload;
    };
  });
  function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? void 0 : result.value;
    return payload;
  }
  const $ZodOptional =  $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
        defineLazyInternal(inst, "optin", zod => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", zod => {
      const values = zod.def.innerType._zod.values;
      return values ? new Set([ ...values, void 0 ]) : void 0;
    });
    defineLazyInternal(inst, "pattern", zod => {
      const pattern = zod.def.innerType._zod.pattern;
      return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
    });
    inst._zod.parse = (payload, ctx) => {
      if (payload.value === void 0) {
        // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
        if (def.innerType._zod.optin !== "defaulted") return payload;
        // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
                const result = def.innerType._zod.run({
          value: payload.value,
          issues: []
        }, ctx);
        if (result instanceof Promise) return result.then(result => handleOptionalResult(payload, result));
        return handleOptionalResult(payload, result);
      }
      return def.innerType._zod.run(payload, ctx);
    };
  });
  const $ZodNullable =  $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", zod => zod.def.innerType._zod.optin);
    defineLazyInternal(inst, "optout", zod => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "pattern", zod => {
      const pattern = zod.def.innerType._zod.pattern;
      return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
    });
    defineLazyInternal(inst, "values", zod => zod.def.innerType._zod.values ? new Set([ ...zod.def.innerType._zod.values, null ]) : void 0);
    inst._zod.parse = (payload, ctx) => {
      // Forward direction (decode): allow null to pass through
      if (payload.value === null) return payload;
      return def.innerType._zod.run(payload, ctx);
    };
  });
  const $ZodDefault =  $constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
        inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", zod => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
      if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
      // Forward direction (decode): apply defaults for undefined input
            if (payload.value === void 0) {
        payload.value = def.defaultValue;
        /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */        return payload;
      }
      // Forward direction: continue with default handling
            const result = def.innerType._zod.run(payload, ctx);
      if (result instanceof Promise) return result.then(result => handleDefaultResult(result, def));
      return handleDefaultResult(result, def);
    };
  });
  function handleDefaultResult(payload, def) {
    if (payload.value === void 0) payload.value = def.defaultValue;
    return payload;
  }
  function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
      payload.value = result.value;
      // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
            if (result.memo) payload.memo = true;
      return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
        payload.value = def.catchValue({
      ...result,
      value: payload.value,
      error: {
        issues: result.issues.map(iss => finalizeIssue(iss, ctx, config()))
      },
      input: payload.value
    });
    return payload;
  }
  const $ZodCatch =  $constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", zod => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    defineLazyInternal(inst, "optout", zod => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "values", zod => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
      if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
      // Forward direction (decode): apply catch logic
            const result = def.innerType._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) return result.then(result => handleCatchResult(payload, result, def, ctx));
      return handleCatchResult(payload, result, def, ctx);
    };
  });
  const $ZodPipe =  $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", zod => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", zod => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", zod => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", zod => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
      if (ctx.direction === "backward") {
        const right = def.out._zod.run(payload, ctx);
        if (right instanceof Promise) return right.then(right => handlePipeResult(right, def.in, ctx));
        return handlePipeResult(right, def.in, ctx);
      }
      const left = def.in._zod.run(payload, ctx);
      if (left instanceof Promise) return left.then(left => handlePipeResult(left, def.out, ctx));
      return handlePipeResult(left, def.out, ctx);
    };
  });
  function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some(iss => iss.code !== "unrecognized_keys")) {
      // prevent further checks
      left.aborted = true;
      return left;
    }
    return next._zod.run({
      value: left.value,
      issues: left.issues
    }, ctx);
  }
  const $ZodLazy =  $constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
        defineLazy(inst._zod, "innerType", () => {
      const d = def;
      if (!d._cachedInner) d._cachedInner = def.getter();
      return d._cachedInner;
    });
    defineLazyInternal(inst, "pattern", zod => zod.innerType?._zod?.pattern);
    defineLazyInternal(inst, "propValues", zod => zod.innerType?._zod?.propValues);
    defineLazyInternal(inst, "optin", zod => zod.innerType?._zod?.optin ?? void 0);
    defineLazyInternal(inst, "optout", zod => zod.innerType?._zod?.optout ?? void 0);
    inst._zod.parse = (payload, ctx) => {
      const inner = inst._zod.innerType;
      return inner._zod.run(payload, ctx);
    };
  });
  // CONCATENATED MODULE: ./node_modules/zod/v4/core/registries.js
  var registries_a;
  class $ZodRegistry {
    constructor() {
      this._map = new WeakMap;
      this._idmap = new Map;
    }
    add(schema, ..._meta) {
      const meta = _meta[0];
      this._map.set(schema, meta);
      if (meta && typeof meta === "object" && "id" in meta) this._idmap.set(meta.id, schema);
      return this;
    }
    clear() {
      this._map = new WeakMap;
      this._idmap = new Map;
      return this;
    }
    remove(schema) {
      const meta = this._map.get(schema);
      if (meta && typeof meta === "object" && "id" in meta) this._idmap.delete(meta.id);
      this._map.delete(schema);
      return this;
    }
    get(schema) {
      // return this._map.get(schema) as any;
      // inherit metadata
      const p = schema._zod.parent;
      if (p) {
        const pm = {
          ...this.get(p) ?? {}
        };
        delete pm.id;
 // do not inherit id
                const f = {
          ...pm,
          ...this._map.get(schema)
        };
        return Object.keys(f).length ? f : void 0;
      }
      return this._map.get(schema);
    }
    has(schema) {
      return this._map.has(schema);
    }
  }
  // registries
    (registries_a = globalThis).__zod_globalRegistry ?? (registries_a.__zod_globalRegistry = function registry() {
    return new $ZodRegistry;
  }());
  globalThis.__zod_globalRegistry;
  // CONCATENATED MODULE: ./node_modules/zod/v4/core/api.js
  function snapshotChecks(def) {
    if (def.checks) def.checks = [ ...def.checks ];
    return def;
  }
  // @__NO_SIDE_EFFECTS__
    function _string(Class, params) {
    return new Class(snapshotChecks({
      type: "string",
      ...normalizeParams(params)
    }));
  }
  // @__NO_SIDE_EFFECTS__
    // @__NO_SIDE_EFFECTS__
  function _number(Class, params) {
    return new Class(snapshotChecks({
      type: "number",
      checks: [],
      ...normalizeParams(params)
    }));
  }
  // @__NO_SIDE_EFFECTS__
    // @__NO_SIDE_EFFECTS__
  function _int(Class, params) {
    return new Class({
      type: "number",
      check: "number_format",
      abort: false,
      format: "safeint",
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
    // @__NO_SIDE_EFFECTS__
  function _boolean(Class, params) {
    return new Class({
      type: "boolean",
      ...normalizeParams(params)
    });
  }
  // @__NO_SIDE_EFFECTS__
    // @__NO_SIDE_EFFECTS__
  function _unknown(Class) {
    return new Class({
      type: "unknown"
    });
  }
  // @__NO_SIDE_EFFECTS__
    const _messageDesc = {
    get: // CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js
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
    },
    set: function _setMessage(value) {
      this._zod.message = value;
    },
    enumerable: true,
    configurable: true
  };
  const _issuesDesc = {
    value: void 0,
    enumerable: false
  };
  /* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */  const _installedToString =  new WeakSet([ Object.prototype, Error.prototype ]);
  const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
        _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
        _issuesDesc.value = void 0;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
      _installedToString.add(proto);
      Object.defineProperty(proto, "toString", {
        configurable: true,
        enumerable: false,
        get() {
          const value = () => this.message;
          Object.defineProperty(this, "toString", {
            value: value,
            configurable: true,
            writable: true
          });
          return value;
        },
        set(value) {
          Object.defineProperty(this, "toString", {
            value: value,
            configurable: true,
            writable: true
          });
        }
      });
    }
  };
  $constructor("$ZodError", initializer);
  const $ZodRealError = $constructor("$ZodError", initializer, void 0, {
    Parent: Error
  });
  /** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */  const _parse = _Err => {
    const fn = (schema, value, _ctx, _params) => {
      const ctx = _ctx ? {
        ..._ctx,
        async: false
      } : {
        async: false
      };
      const result = schema._zod.run({
        value: value,
        issues: []
      }, ctx);
      if (result instanceof Promise) throw new $ZodAsyncError;
      if (result.issues.length) {
        const e = new (_params?.Err ?? _Err)(result.issues.map(iss => finalizeIssue(iss, ctx, config())));
        captureStackTrace(e, _params?.callee ?? fn);
        throw e;
      }
      return result.value;
    };
    return fn;
  };
  const parse_parse =  _parse($ZodRealError);
  const _parseAsync = _Err => {
    const fn = async (schema, value, _ctx, params) => {
      const ctx = _ctx ? {
        ..._ctx,
        async: true
      } : {
        async: true
      };
      let result = schema._zod.run({
        value: value,
        issues: []
      }, ctx);
      if (result instanceof Promise) result = await result;
      if (result.issues.length) {
        const e = new (params?.Err ?? _Err)(result.issues.map(iss => finalizeIssue(iss, ctx, config())));
        captureStackTrace(e, params?.callee ?? fn);
        throw e;
      }
      return result.value;
    };
    return fn;
  };
  const parse_parseAsync =  _parseAsync($ZodRealError);
  const _safeParse = _Err => (schema, value, _ctx) => {
    const ctx = _ctx ? {
      ..._ctx,
      async: false
    } : {
      async: false
    };
    const result = schema._zod.run({
      value: value,
      issues: []
    }, ctx);
    if (result instanceof Promise) throw new $ZodAsyncError;
    return result.issues.length ? failure(_Err, result.issues, ctx) : {
      success: true,
      data: result.value
    };
  };
  const safeParse =  _safeParse($ZodRealError);
  // the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
    function failure(Err, issues, ctx) {
    let error;
    return {
      success: false,
      get error() {
        if (!error) {
          error = new Err(issues.map(iss => finalizeIssue(iss, ctx, config())));
          // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                    issues = void 0;
          ctx = void 0;
        }
        return error;
      },
      set error(e) {
        error = e;
        // a replacement makes the getter's branch unreachable, so the captures have to go here too
                issues = void 0;
        ctx = void 0;
      }
    };
  }
  const _safeParseAsync = _Err => async (schema, value, _ctx) => {
    const ctx = _ctx ? {
      ..._ctx,
      async: true
    } : {
      async: true
    };
    let result = schema._zod.run({
      value: value,
      issues: []
    }, ctx);
    if (result instanceof Promise) result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : {
      success: true,
      data: result.value
    };
  };
  const safeParseAsync =  _safeParseAsync($ZodRealError);
  // registry mirrors of the compiler's sentinels, so this module never imports the compiler
    // CONCATENATED MODULE: ./node_modules/zod/v4/mini/schemas.js
  const ZodMiniType =  $constructor("ZodMiniType", (inst, def) => {
    if (!inst._zod) throw new Error("Uninitialized schema in ZodMiniType.");
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
      return parse_parse(this, data, params, {
        callee: this.parse
      });
    },
    parseAsync(data, params) {
      return parse_parseAsync(this, data, params, {
        callee: this.parseAsync
      });
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
        checks: [ ...def.checks ?? [], ...checks.map(ch => typeof ch === "function" ? {
          _zod: {
            check: ch,
            def: {
              check: "custom"
            },
            onattach: []
          }
        } : ch) ]
      }, {
        parent: true
      });
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
    }
  });
  const ZodMiniString =  $constructor("ZodMiniString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
    function schemas_string(params) {
    return _string(ZodMiniString, params);
  }
  const ZodMiniNumber =  $constructor("ZodMiniNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
    function schemas_number(params) {
    return _number(ZodMiniNumber, params);
  }
  const ZodMiniNumberFormat =  $constructor("ZodMiniNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodMiniNumber.init(inst, def);
  });
  function schemas_int(params) {
    return _int(ZodMiniNumberFormat, params);
  }
  const ZodMiniBoolean =  $constructor("ZodMiniBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
    function schemas_boolean(params) {
    return _boolean(ZodMiniBoolean, params);
  }
  const ZodMiniUnknown =  $constructor("ZodMiniUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
    function unknown() {
    return _unknown(ZodMiniUnknown);
  }
  const ZodMiniArray =  $constructor("ZodMiniArray", (inst, def) => {
    $ZodArray.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
    function array(element, params) {
    return new ZodMiniArray({
      type: "array",
      element: element,
      ...normalizeParams(params)
    });
  }
  // .keyof
  // @__NO_SIDE_EFFECTS__
    const ZodMiniObject =  $constructor("ZodMiniObject", (inst, def) => {
    $ZodObject.init(inst, def);
    ZodMiniType.init(inst, def);
    installLazyProp(inst, "shape", self => self._zod.def.shape, false);
  });
  // @__NO_SIDE_EFFECTS__
    function object(shape, params) {
    const def = {
      type: "object",
      shape: shape ?? {},
      ...normalizeParams(params)
    };
    return new ZodMiniObject(def);
  }
  // strictObject
  // @__NO_SIDE_EFFECTS__
    // looseObject
  // @__NO_SIDE_EFFECTS__
  function looseObject(shape, params) {
    return new ZodMiniObject({
      type: "object",
      shape: shape,
      catchall: unknown(),
      ...normalizeParams(params)
    });
  }
  // object methods
  // @__NO_SIDE_EFFECTS__
    function schemas_extend(schema, shape) {
    return extend(schema, shape);
  }
  // @__NO_SIDE_EFFECTS__
    const ZodMiniTransform =  $constructor("ZodMiniTransform", (inst, def) => {
    $ZodTransform.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
    function transform(fn) {
    return new ZodMiniTransform({
      type: "transform",
      transform: fn
    });
  }
  const ZodMiniOptional =  $constructor("ZodMiniOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
    function optional(innerType) {
    return new ZodMiniOptional({
      type: "optional",
      innerType: innerType
    });
  }
  const ZodMiniNullable =  $constructor("ZodMiniNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
    function nullable(innerType) {
    return new ZodMiniNullable({
      type: "nullable",
      innerType: innerType
    });
  }
  // nullish
  // @__NO_SIDE_EFFECTS__
    function schemas_nullish(innerType) {
    return optional(nullable(innerType));
  }
  const ZodMiniDefault =  $constructor("ZodMiniDefault", (inst, def) => {
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
      }
    });
  }
  const ZodMiniCatch =  $constructor("ZodMiniCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
    function schemas_catch(innerType, catchValue) {
    return new ZodMiniCatch({
      type: "catch",
      innerType: innerType,
      catchValue: typeof catchValue === "function" ? catchValue : constantCatch(catchValue)
    });
  }
  const ZodMiniPipe =  $constructor("ZodMiniPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
    function pipe(in_, out) {
    return new ZodMiniPipe({
      type: "pipe",
      in: in_,
      out: out
    });
  }
  const ZodMiniLazy =  $constructor("ZodMiniLazy", (inst, def) => {
    $ZodLazy.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // export function lazy<T extends object>(getter: () => T): T {
  //   return util.createTransparentProxy<T>(getter);
  // }
  // @__NO_SIDE_EFFECTS__
    function schemas_lazy(getter) {
    return new ZodMiniLazy({
      type: "lazy",
      getter: getter
    });
  }
  // CONCATENATED MODULE: ./src/settings/fields.ts
  const fail = (ctx, message) => {
    ctx.issues.push({
      code: "custom",
      message: message,
      input: ctx.value
    });
    return NEVER;
  };
  const input = parse => pipe(schemas_string(), transform(parse));
  // CONCATENATED MODULE: ./src/settings/pipeline-values.ts
  const VARIABLE_KEY = /^[A-Za-z0-9_]+$/;
  const INPUT_NAME = /^[A-Za-z0-9_-]+$/;
  // GitLab accepts at most 20 inputs per pipeline (doc/ci/inputs).
    /** `KEY=VALUE` lines or one JSON object of strings. */
  const variables = input((text, ctx) => {
    const value = text.trim();
    if (value === "") return {};
    const entries = value.startsWith("{") || value.startsWith("[") ? variablesFromJson(value, ctx) : variablesFromLines(value, ctx);
    if (!entries) return NEVER;
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
 */  const inputs = input((text, ctx) => {
    const value = text.trim();
    if (value === "") return {};
    let entries;
    if (value.startsWith("{") || value.startsWith("[")) {
      const parsed = parseJsonObject(value, ctx, '{"environment": "staging", "replicas": 3}');
      if (!parsed) return NEVER;
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
 */  function lineValue(text) {
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
 */  function inexactNumberIn(json) {
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
  /** Sets an own property, even for names like __proto__ that plain assignment would not. */  function defineEntry(target, key, value) {
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
    summary: "true"
  };
  /** All that is wrong with the inputs, each naming its input; thrown before any request. */  class InputError extends Error {
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
      const ms = parseDuration(value);
      if (ms === void 0) return fail(ctx, `"${value}" is not a duration. Use seconds (90) or units h, m, s: ${example}`);
      if (ms < minimumMs) return fail(ctx, `must be at least ${minimumMs / 1e3}s, got "${value}". Example: ${example}`);
      if (ms > maximumMs) return fail(ctx, `must be at most ${formatDuration(maximumMs)}, got "${value}". Example: ${example}`);
      return ms;
    });
  }
  const acceptStatuses = input((text, ctx) => {
    const names = (text.trim() || INPUT_DEFAULTS["accept-statuses"]).split(",").map(name => name.trim().toLowerCase()).filter(Boolean);
    const unknown = names.filter(name => !FINAL_STATUSES.includes(name));
    if (unknown.length > 0 || names.length === 0) {
      const hint = unknown.includes("cancelled") ? ' (GitLab spells it "canceled")' : "";
      return fail(ctx, `unknown status "${unknown.join(", ")}"${hint}. Known final statuses: ${FINAL_STATUSES.join(", ")}. Example: success,manual`);
    }
    return [ ...new Set(names) ];
  });
  const jobLogs = input((text, ctx) => {
    const value = (text.trim() || INPUT_DEFAULTS["job-logs"]).toLowerCase();
    if (value === "none" || value === "failed" || value === "all") return value;
    return fail(ctx, `must be none, failed or all, got "${value}"`);
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
    summary: booleanInput("summary")
  };
  /** Validates every input at once, so one run reports every mistake; throws InputError. */  function parseSettings(raw, only = Object.keys(SCHEMAS)) {
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
    if (settings.wait && !settings["api-token"] && !issues.some(issue => issue.input === "api-token")) issues.push({
      input: "api-token",
      message: "is required with wait: true; a trigger token cannot read pipelines. Use an access token with read_api (api to cancel), e.g. api-token: ${{ secrets.GITLAB_API_TOKEN }}"
    });
    if (issues.length > 0) throw new InputError(issues);
    return {
      gitlabUrl: settings["gitlab-url"],
      project: settings.project,
      ref: settings.ref,
      triggerToken: settings["trigger-token"],
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
      summary: settings.summary
    };
  }
  /** Seconds one GitLab request may take, for slow instances; 30 s when unset. */  
  /** An environment variable the tool reads holds something it cannot use; thrown before any request. */
  class EnvironmentError extends Error {
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
 */  function requestTimeoutFrom(env) {
    const text = env["GITLAB_REQUEST_TIMEOUT"]?.trim();
    if (!text) return;
    const seconds = Number(text);
    if (!Number.isFinite(seconds) || seconds <= 0) throw new EnvironmentError("GITLAB_REQUEST_TIMEOUT", `GITLAB_REQUEST_TIMEOUT is "${text}", which is not a positive number of seconds; set e.g. GITLAB_REQUEST_TIMEOUT=60, or leave it unset for 30 s`);
    return seconds * 1e3;
  }
  // CONCATENATED MODULE: ./src/cli/flag-names.ts
  // The run and settings.ts word their messages for the action (`api-token`, `accept-statuses`);
  // at a terminal the same settings are flags.
  const INPUT_NAMES = /(?<![-\w])(gitlab-url|trigger-token|api-token|poll-interval|accept-statuses|cancel-on-timeout|cancel-on-abort|job-logs)(?![-\w])/g;
  /** `api-token` -> `--api-token`, for every action input name that is also a flag. */  function inFlagNames(text) {
    return text.replace(INPUT_NAMES, "--$1");
  }
  /** The CLI's log, with the run's messages in flag names. */  function withFlagNames(log) {
    return {
      info: line => log.info(inFlagNames(line)),
      debug: line => log.debug(inFlagNames(line)),
      notice: (message, title) => log.notice(inFlagNames(message), title),
      warning: (message, title) => log.warning(inFlagNames(message), title),
      error: (message, title) => log.error(inFlagNames(message), title),
      group: (title, text) => log.group(title, text)
    };
  }
  // CONCATENATED MODULE: ./src/cli/flags.ts
  /** Bad usage or input: printed as `error:` lines plus a usage line, exit 2, nothing sent. */
  class UsageError extends Error {
    problems;
    usage;
    constructor(problems, 
    /** A one-line reminder of the right form, e.g. `usage: … --project P --ref R`. */
    usage) {
      super(problems.join("\n"));
      this.problems = problems;
      this.usage = usage;
      this.name = "UsageError";
    }
  }
  /**
 * util.parseArgs in its lenient mode, checked here so every message names the flag and shows a
 * good value (strict mode's own errors do neither), and all problems are reported at once.
 * `--help` wins over any other problem.
 */  function readFlags(argv, flags, usage, maxPositionals = 0) {
    const options = {};
    for (const [name, spec] of Object.entries(flags)) {
      options[name] = {
        type: spec.type,
        ...spec.short ? {
          short: spec.short
        } : {}
      };
      if (spec.negatable) options[`no-${name}`] = {
        type: "boolean"
      };
    }
    const {tokens: tokens} = (0, external_node_util_.parseArgs)({
      args: [ ...argv ],
      options: options,
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
      if (token.kind === "option-terminator") continue;
      if (token.kind === "positional") {
        if (token.index === valueOfUnknown) continue;
        if (positionals.length < maxPositionals) positionals.push(token.value); else problems.push(`unexpected argument "${token.value}"`);
        continue;
      }
      const negated = token.name.startsWith("no-") && flags[token.name.slice(3)]?.negatable === true;
      const name = negated ? token.name.slice(3) : token.name;
      const spec = Object.hasOwn(flags, name) ? flags[name] : void 0;
      const example = spec?.example ? `, e.g. --${name} ${spec.example}` : "";
      if (!spec) {
        if (!token.inlineValue) valueOfUnknown = token.index + 1;
        const rawName = token.rawName.startsWith("--") ? token.rawName : token.rawName.slice(0, 2);
        const guess = closestFlag(token.name, flags);
        problems.push(`unknown option ${rawName}${guess ? `; did you mean --${guess}?` : ""}`);
      } else if (spec.type === "boolean") if (token.inlineValue) problems.push(`${token.rawName} takes no value; leave out the "=…"`); else values[name] = !negated; else if (token.value === void 0) problems.push(`${token.rawName} needs a value${example}`); else if (!token.inlineValue && token.value.startsWith("-") && token.value !== "-") 
      // Lenient parseArgs takes `--project --ref` as project "--ref"; almost always a forgotten value.
      problems.push(`${token.rawName} needs a value but is followed by the option ${token.value}${example}. For a value that starts with "-", write --${name}=VALUE`); else if (spec.multiple) values[name] = [ ...values[name] ?? [], token.value ]; else values[name] = token.value;
    }
    if (values.help) return {
      values: values,
      positionals: positionals
    };
    if (problems.length > 0) throw new UsageError(problems, usage);
    return {
      values: values,
      positionals: positionals
    };
  }
  /** The known flag a misspelt one most likely meant: at most 2 edits away, or its start. */  function closestFlag(name, flags) {
    let best;
    for (const flag of Object.keys(flags)) {
      const distance = editDistance(name.toLowerCase(), flag);
      if (distance <= Math.max(1, Math.min(2, Math.floor(flag.length / 3))) && distance < (best?.distance ?? 3)) best = {
        flag: flag,
        distance: distance
      };
    }
    if (best) return best.flag;
    const starts = Object.keys(flags).filter(flag => name.length >= 3 && flag.startsWith(name));
    return starts.length === 1 ? starts[0] : void 0;
  }
  /** Edits (insert, delete, replace, swap two neighbours) from a to b: `rfe` is one from `ref`. */  function editDistance(a, b) {
    const d = Array.from({
      length: a.length + 1
    }, (_, i) => Array.from({
      length: b.length + 1
    }, (_, j) => i === 0 ? j : j === 0 ? i : 0));
    for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
    return d[a.length][b.length];
  }
  // ---------------------------------------------------------------------------------------------
  // Flags shared with `tokens`, and where each setting came from (to name it in messages).
    const API_TOKEN_ENV = "GITLAB_API_TOKEN";
  const CONNECTION_FLAGS = {
    "gitlab-url": {
      type: "string",
      example: "https://gitlab.example.com"
    },
    project: {
      type: "string",
      example: "my-group/my-project"
    },
    "api-token": {
      type: "string"
    },
    json: {
      type: "boolean"
    },
    help: {
      type: "boolean",
      short: "h"
    }
  };
  const optionalString = value => typeof value === "string" ? value : void 0;
  /** gitlab-url, project and api-token from flags and environment: what every command needs. */  function connectionInputs(values, env) {
    const url = optionalString(values["gitlab-url"]);
    const inputs = {
      raw: {
        "gitlab-url": url ?? env["GITLAB_URL"] ?? "",
        project: optionalString(values.project) ?? ""
      },
      labels: {
        "gitlab-url": url === void 0 && env["GITLAB_URL"] ? "GITLAB_URL" : "--gitlab-url",
        project: "--project"
      },
      warnings: [],
      problems: []
    };
    tokenInput(inputs, values, env, "api-token", API_TOKEN_ENV);
    return inputs;
  }
  function tokenInput(inputs, values, env, name, envName) {
    const flag = optionalString(values[name]);
    if (flag === void 0) {
      inputs.raw[name] = env[envName] ?? "";
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
 */  function settingsFrom(inputs, usage, only) {
    let issues = [];
    try {
      const settings = parseSettings(inputs.raw, only);
      if (inputs.problems.length === 0) return settings;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      issues = error.issues.map(issue => cliIssue(issue.input, issue.message, inputs));
    }
    throw new UsageError([ ...inputs.problems, ...issues ], usage);
  }
  function cliIssue(input, message, inputs) {
    // settings.ts words these two for a workflow file (secrets, `with:`); here the fix is an env var.
    const label = inputs.labels[input] ?? `--${input}`;
    const missing = label.startsWith("--") ? "is empty" : "is not set";
    if (input === "trigger-token" && !inputs.raw["trigger-token"]?.trim()) return `${label} ${missing}: export the project's pipeline trigger token (Settings > CI/CD > Pipeline trigger tokens), e.g. export GITLAB_TRIGGER_TOKEN=glptt-…`;
    if (input === "api-token" && !inputs.raw["api-token"]?.trim()) return `${label} ${missing}, and --wait needs it: a trigger token cannot read pipelines. Export an access token with read_api (api to cancel), e.g. export ${API_TOKEN_ENV}=glpat-…`;
    return `${label} ${inFlagNames(message)}`;
  }
  // ---------------------------------------------------------------------------------------------
  // The main command: trigger (and follow) a pipeline.
  /** GITLAB_REQUEST_TIMEOUT for a command; a bad value is bad usage (exit 2), named as the variable. */  function requestTimeoutOrUsageError(env, usage) {
    try {
      return requestTimeoutFrom(env);
    } catch (error) {
      if (error instanceof EnvironmentError) throw new UsageError([ error.message ], usage);
      throw error;
    }
  }
  // CONCATENATED MODULE: ./src/text/far-side.ts
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
  /** `::` at the start of a line, as the runner finds it. */  const COMMAND_AT_START = new RegExp(String.raw`^(${LEADING}:${WEIGHTLESS}*)(:)`, "u");
  /** `##[` anywhere, as the runner finds it. */  const LEGACY_COMMAND = new RegExp(String.raw`(#${WEIGHTLESS}*#${WEIGHTLESS}*)(\[)`, "gu");
  /** What replaces a line break in text meant to stay on one line. */  
  /** The lines the runner would see in `text`. */
  function runnerLines(text) {
    return text.split(LINE_BREAK);
  }
  /**
 * One line that runs no workflow command: a space breaks a leading `::` (`: :`) and every `##[`
 * (`## [`). Everything else is kept, so the text still reads as GitLab wrote it.
 */  function inertLine(line) {
    return line.replace(COMMAND_AT_START, "$1 $2").replace(LEGACY_COMMAND, "$1 $2");
  }
  /** Text meant to stay on one line: line breaks become a visible mark, then made inert. */  function inertOneLine(text) {
    return inertLine(text.replace(/(?:\r\n|\r|\n)+$/, "").replace(/\r\n|\r|\n/g, " ⏎ "));
  }
  /** Text of several lines (a job log, a long message): each line made inert, breaks as `\n`. */  function inertText(text) {
    return runnerLines(text).map(inertLine).join("\n");
  }
  // One pass over: OSC/DCS/SOS/PM/APC strings (to BEL or ST), CSI sequences (ESC [ or U+009B,
  // parameters, intermediates, final byte: SGR colour ends in `m`), other escapes, and lone C0/C1
  // controls but tab and line feed. One pass, so removing one sequence cannot form another.
    const TERMINAL_CONTROL = new RegExp([ String.raw`(?:\x1b[\]P^_X]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?`, String.raw`(?:\x1b\[|\x9b)([0-?]*)([ -/]*)([@-~])`, String.raw`\x1b[ -/]*[0-~]`, String.raw`[\x00-\x08\x0b-\x1f\x7f-\x9f]` ].join("|"), "g");
  /**
 * Text for a terminal that cannot move the cursor, retitle the window, write hyperlinks or the
 * clipboard, or ring the bell: escape sequences are dropped (SGR colour kept when `keepColour`),
 * other controls become `\uFFFD`. Tabs and line feeds stay; `\r` should already be a line break.
 */  function withoutTerminalControls(text, keepColour = false) {
    return text.replace(TERMINAL_CONTROL, (match, params, intermediates, final) => {
      if (final !== void 0) {
        const colour = final === "m" && intermediates === "" && /^[0-9;:]*$/.test(params ?? "");
        return keepColour && colour ? `[${params}m` : "";
      }
      return match.length === 1 ? "�" : "";
    });
  }
  /**
 * JSON text (already valid) that the runner cannot take for a command and a terminal shows as it
 * is: controls and format characters, which JSON.stringify leaves raw when they are not C0, become
 * `\uXXXX` escapes, and the `[` of any `##[` becomes `\u005b`. Both can only occur inside
 * strings, so the parsed value is unchanged. (A JSON line starts with `{` or `[`, never `::`.)
 */  function inertJson(json) {
    return json.replace(LEGACY_COMMAND, (_match, opening) => `${opening}\\u005b`).replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, char => /[\t\n\r]/.test(char) ? char : unicodeEscape(char));
  }
  /** `\uXXXX` for each UTF-16 unit, so characters beyond U+FFFF become their surrogate pair. */  function unicodeEscape(char) {
    return char.split("").map(unit => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
  }
  /** Whether the CLI colours its output: FORCE_COLOR wins, then NO_COLOR, then a terminal on stderr. */  function colourWanted(env, isTerminal) {
    const force = env.FORCE_COLOR;
    if (force !== void 0 && force !== "") return force !== "0" && force.toLowerCase() !== "false";
    if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
    if (env.TERM === "dumb") return false;
    return isTerminal;
  }
  // The longest far-side text one summary cell shows: GitLab's own limit for job names is 255.
    // CONCATENATED MODULE: ./src/cli/reporter.ts
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
 */  class CliReporter {
    options;
    streams;
    secrets=[];
    colour;
    constructor(options = {}, streams = processStreams) {
      this.options = options;
      this.streams = streams;
      this.colour = options.colour ?? colourWanted(process.env, streams.stderrIsTerminal === true);
    }
    /** Hides a secret in everything printed afterwards. */    mask(secret) {
      if (!secret || this.secrets.includes(secret)) return;
      // Longest first, so a secret that contains another is hidden whole.
            this.secrets = [ ...this.secrets, secret ].sort((a, b) => b.length - a.length);
    }
    // One line each, as in the action: a job name with a line break in it cannot forge a line.
    info(line) {
      this.streams.stderr(`${this.oneLine(line)}\n`);
    }
    debug(line) {
      if (this.options.showDebug) this.message("debug: ", line);
    }
    // Titles are annotation headings in the action; on a terminal the message says it all.
    notice(message) {
      this.streams.stderr(`${this.oneLine(message)}\n`);
    }
    warning(message) {
      this.message("warning: ", message);
    }
    error(message) {
      this.message("error: ", message);
    }
    /** A header line, then the text indented, so a job log stands apart from our own lines. */    group(title, text) {
      const body = withoutTerminalControls(inertText(this.redact(text)), this.colour).split("\n").map(line => line ? `    ${line}` : "");
      // A log that changed colour and never reset it must not colour what follows.
            const reset = this.colour && body.some(line => line.includes("[")) ? [ "[0m" ] : [];
      this.streams.stderr(`${[ this.oneLine(`--- ${title}`), ...body, ...reset ].join("\n")}\n`);
    }
    /**
     * The command's result on stdout: JSON kept exact for `| jq` (only escapes added, see
     * inertJson), other text made inert and free of terminal controls like stderr.
     */    result(text) {
      const redacted = this.redact(text);
      const shown = isJson(redacted) ? inertJson(redacted) : withoutTerminalControls(inertText(redacted));
      this.streams.stdout(`${shown}\n`);
    }
    /** A message that may span lines: each made inert, the later ones indented under the first. */    message(prefix, text) {
      const lines = withoutTerminalControls(inertText(this.redact(text))).split("\n");
      const indent = " ".repeat(prefix.length);
      this.streams.stderr(`${prefix}${lines.join(`\n${indent}`)}\n`);
    }
    oneLine(text) {
      return withoutTerminalControls(inertOneLine(this.redact(text)));
    }
    // A second line of defence: the core never prints a token, but a GitLab message might echo one.
    redact(text) {
      return this.secrets.reduce((masked, secret) => masked.split(secret).join("***"), text);
    }
  }
  function isJson(text) {
    if (!/^[[{]/.test(text)) return false;
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  }
  // CONCATENATED MODULE: ./src/cli/secrets.ts
  // What to hide from everything the CLI prints, found before its arguments are parsed: usage
  // errors quote arguments, and an argument may be a token given to a misspelt flag.
  /**
 * GitLab's token prefixes (GitLab docs, "Token prefixes"), after an optional instance prefix
 * (`acme-glpat-…`), and the legacy runner registration prefix.
 */
  const TOKEN_LIKE = /\b(?:glpat|glptt|gloas|gldt|glrtr|glrt|glcbt|glft|glimt|glagent|glwt|glsoat|glffct)-[A-Za-z0-9_.-]+|\bGR1348941[A-Za-z0-9_-]+/g;
  const TOKEN_ENV = [ "GITLAB_TRIGGER_TOKEN", "GITLAB_API_TOKEN" ];
  /** A flag whose value is (or may be) a token: the two token flags, and anything named like them. */  const TOKEN_FLAG = /tok|secret|pass|^(?:api|trigger)-?t/i;
  /** Every string to mask: both tokens from the environment, token-like text, values of token flags. */  function secretsToMask(argv, env) {
    const secrets = new Set;
    const add = (value, minimum = 1) => {
      for (const candidate of [ value, value?.trim() ]) if (candidate && candidate.length >= minimum) secrets.add(candidate);
    };
    for (const name of TOKEN_ENV) add(env[name]);
    for (const [index, arg] of argv.entries()) {
      for (const [match] of arg.matchAll(TOKEN_LIKE)) add(match);
      const flag = /^--?([^=]+)(?:=([\s\S]*))?$/.exec(arg);
      if (!flag || !TOKEN_FLAG.test(flag[1])) continue;
      // Short values are no tokens, and masking them would garble every message.
            if (flag[2] !== void 0) add(flag[2], 6); else if (index + 1 < argv.length && !argv[index + 1].startsWith("-")) add(argv[index + 1], 6);
    }
    return [ ...secrets ];
  }
  const TOOL_NAME = "gitlab-trigger-and-wait";
  const USER_AGENT = `${TOOL_NAME}/1.0.0`;
  // CONCATENATED MODULE: ./src/runtime/clock.ts
  const clock_realClock = {
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
  /** Reads while following a pipeline: transient failures are retried until the deadline. */  const readPolicy = context => ({
    ...context,
    retryIf: error => error.transient,
    maxAttempts: 1 / 0
  });
  /** A cancel (main or post step): transient failures retried, but never past its time limit. */  const cancelPolicy = context => ({
    ...context,
    retryIf: error => error.transient,
    maxAttempts: 1 / 0,
    failAtDeadline: true
  });
  /** Job logs and pre-flight checks: a few quick tries, then the run goes on without them. */  const quickReadPolicy = context => ({
    ...context,
    retryIf: error => error.transient,
    maxAttempts: 3
  });
  /** The line a retry prints, for policies whose caller logs it. */  function retryLine(error, delayMs) {
    return `${error.request}: ${error.gitlabMessage || error.message}; trying again in ${formatDuration(delayMs)}`;
  }
  /** Exponential backoff from 1 s to 30 s with jitter, so many runners do not retry in step. */  function backoffDelay(attempt, random = Math.random) {
    const ceiling = Math.min(3e4, 1e3 * 2 ** attempt);
    return Math.round(ceiling / 2 + random() * ceiling / 2);
  }
  /** Runs `attempt` until it succeeds, fails for good, or runs out of attempts or time. */  async function withRetries(attempt, options) {
    const clock = options.clock ?? clock_realClock;
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
  /** A pause on the real clock that ends early (rejecting) when the signal aborts. */  // CONCATENATED MODULE: ./src/gitlab/errors.ts
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
    /** The same failure with some of its parts replaced (a better hint, say). */    with(changes) {
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
    /** True when GitLab cannot have acted on the request: safe to send again even for a POST. */    get neverSent() {
      return this.kind === "unreachable" || this.status === 429;
    }
    /**
     * Worth sending the trigger again (docs/contract.md section 3.2): a 429, or a connection refused or a
     * name lookup that failed for now; an unknown host (ENOTFOUND) is a typo, not a passing fault.
     */    get worthResending() {
      return this.status === 429 || this.kind === "unreachable" && (this.code === "ECONNREFUSED" || this.code === "EAI_AGAIN");
    }
    /** Worth another try while waiting: rate limits, server errors and broken connections. */    get transient() {
      if (this.kind === "http") return this.status === 429 || this.status === 408 || (this.status ?? 0) >= 500;
      return this.kind !== "unexpected";
    }
  }
  // CONCATENATED MODULE: ./src/gitlab/hints.ts
  /** What to do about a GitLab refusal, in the user's terms (docs/contract.md section 3.7). */
  function hintFor({operation: operation, status: status, message: message, ref: ref}) {
    if (operation === "trigger") return triggerHint(status, message, ref);
    if (status === 401 && operation === "tokens") return "The API token (GITLAB_API_TOKEN) is invalid, expired or revoked: managing trigger tokens needs an access token with the api scope";
    if (status === 401) return "The API token (api-token) is invalid, expired or revoked: create a new access token with the read_api scope (api to cancel)";
    if (status === 403) {
      if (operation === "cancel") return "The API token (api-token) cannot cancel pipelines: it needs the api scope and at least the Developer role";
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
    var external_node_http_ = __nccwpck_require__(7067);
  // EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
    var proxy = __nccwpck_require__(9783);
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
        const module = request.url.protocol === "https:" ? await Promise.resolve().then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)) : external_node_http_;
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
  /** The proxy that applies to a URL (https_proxy, http_proxy, no_proxy), if any. */  function proxyFor(url) {
    return (0, proxy /* getProxyUrl */ .s)(url);
  }
  async function proxyAgentFor(url) {
    if (!proxyFor(url)) return;
    const {HttpClient: HttpClient} = await __nccwpck_require__.e(/* import() */ 779).then(__nccwpck_require__.bind(__nccwpck_require__, 2779));
    return new HttpClient(USER_AGENT).getAgent(url.href);
  }
  function errorWithCode(message, code) {
    return Object.assign(new Error(message), {
      code: code
    });
  }
  // CONCATENATED MODULE: ./src/gitlab/client.ts
  // Connection errors raised before a single byte of the request went out.
  const NEVER_CONNECTED = new Set([ "ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "EADDRNOTAVAIL" ]);
  /** The one place that builds GitLab URLs, sends requests and turns answers into data or GitLabError. */  class GitLabClient {
    apiUrl;
    token;
    requestTimeoutMs;
    constructor(options) {
      this.apiUrl = `${options.gitlabUrl}/api/v4`;
      this.token = options.token;
      this.requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    }
    /** Sends a request, and again on the failures `retry` allows (none when it is omitted). */    request(request, retry) {
      // A trigger in flight is never abandoned: GitLab may be creating the pipeline, which must
      // then be known so that it can be followed or cancelled. Other requests end on cancellation.
      const signal = request.operation === "trigger" ? void 0 : retry?.signal;
      return retry ? withRetries(() => this.send(request, signal), retry) : this.send(request, signal);
    }
    /**
     * Sends a GET whose body is handed to `onChunk` piece by piece as it arrives, so that no more of
     * it is held than the caller keeps (job logs). Errors are mapped as for `request`; the read fails
     * when no byte arrives for the request timeout, however long the whole body takes. It is sent
     * again (per `retry`) only while no byte of the body was received: GitLab's job log has no HTTP
     * Range, so a read cut short cannot resume, and what was received stays with the caller.
     */    async stream(request, onChunk, retry) {
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
    /** Sends the request and returns a 2xx answer with its body still to read; anything else throws. */    async open(request, signal) {
      const label = `${request.method} ${request.path}`;
      const headers = {
        Accept: request.text ? "text/plain" : "application/json",
        "User-Agent": USER_AGENT
      };
      if (this.token) headers["PRIVATE-TOKEN"] = this.token;
      let payload = null;
      if (request.body !== void 0) {
        payload = JSON.stringify(request.body);
        headers["Content-Type"] = "application/json";
        headers["Content-Length"] = String(Buffer.byteLength(payload));
      }
      let message;
      try {
        message = await sendRequest({
          method: request.method,
          url: new URL(this.urlFor(request)),
          headers: headers,
          body: payload,
          timeoutMs: this.requestTimeoutMs,
          signal: signal
        });
      } catch (error) {
        throw this.connectionError(error, label);
      }
      const status = message.statusCode ?? 0;
      if (status >= 200 && status < 300) return message;
      const body = await readBody(message, this.requestTimeoutMs, label, signal);
      const contentType = String(message.headers["content-type"] ?? "");
      // GitLab redirects reads of a renamed project (docs/gitlab.md 3); the token is not sent after it.
            if (status >= 300 && status < 400) {
        const moved = `moved to ${message.headers.location ?? "another address"}`;
        throw new GitLabError({
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
      throw new GitLabError({
        kind: "http",
        request: label,
        gitlabMessage: gitlabMessage,
        hint: hint,
        status: status,
        retryAfterMs: retryAfterMs(message.headers)
      });
    }
    urlFor(request) {
      const url = `${this.apiUrl}${request.path}`;
      if (!request.query) return url;
      const query = new URLSearchParams(Object.entries(request.query).map(([key, value]) => [ key, String(value) ]));
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
        return new GitLabError({
          kind: "unreachable",
          request: label,
          gitlabMessage: `could not connect to ${target}${via} (${tunnel ? err.message : code})`,
          hint: hint,
          code: code
        });
      }
      if (err.code === "ABORT_ERR") 
      // Our own time limit or the run's cancellation, not GitLab: say so.
      return new GitLabError({
        kind: "connection-lost",
        request: label,
        gitlabMessage: "the request was abandoned (time limit reached or run cancelled)",
        code: err.code
      });
      if (err.code === "ETIMEDOUT") return new GitLabError({
        kind: "timeout",
        request: label,
        gitlabMessage: `${target}${via} did not answer within ${this.requestTimeoutMs / 1e3}s`,
        code: err.code
      });
      return new GitLabError({
        kind: "connection-lost",
        request: label,
        gitlabMessage: `the connection to ${target}${via} broke (${code})`,
        code: err.code
      });
    }
  }
  /** One request's time limit unless the settings give another (GITLAB_REQUEST_TIMEOUT). */  const DEFAULT_REQUEST_TIMEOUT_MS = 3e4;
  /** Encodes a project id or full path once, as GitLab's `:id` route needs (`group%2Fapp`). */  function projectSegment(project) {
    return encodeURIComponent(project);
  }
  function parseBody(request, body, label) {
    if (request.schema === null) return;
    let value = body;
    if (!request.text) try {
      value = JSON.parse(body);
    } catch {
      throw new GitLabError({
        kind: "unreadable",
        request: label,
        gitlabMessage: `the answer is not JSON: ${gitlabMessageOf(body, void 0) || "empty body"}`
      });
    }
    const parsed = request.schema.safeParse(value);
    if (!parsed.success) throw unexpectedAnswer(parsed.error.issues[0], value, request.what, label);
    return parsed.data;
  }
  /** Names the field in the answer that is not what the code needs, e.g. `jobs[3].stage is null, not a string`. */  function unexpectedAnswer(issue, value, what, label) {
    const field = fieldName(what ?? "answer", issue.path);
    let found = value;
    for (const key of issue.path) found = found !== null && typeof found === "object" ? found[key] : void 0;
    const got = found === void 0 ? "missing" : found === null ? "null" : Array.isArray(found) ? "a list" : "a " + typeof found;
    const wanted = typeof issue.expected === "string" ? `, not ${article(issue.expected)}` : "";
    return new GitLabError({
      kind: "unexpected",
      request: label,
      gitlabMessage: `GitLab's answer is not what this tool expects: ${field} is ${got}${wanted}`,
      hint: "Asking again would give the same answer, so it was not retried; check that the GitLab URL points at GitLab, and report this with your GitLab version"
    });
  }
  /** `jobs`, [3, 'stage'] → `jobs[3].stage` */  function fieldName(what, path) {
    return path.reduce((name, key) => typeof key === "number" ? `${name}[${key}]` : `${name}.${String(key)}`, what);
  }
  const article = type => /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
  /** Reads the whole body (small JSON answers and error bodies) as text. */  async function readBody(message, timeoutMs, label, signal) {
    const chunks = [];
    await pumpBody(message, timeoutMs, label, signal, chunk => chunks.push(chunk));
    return Buffer.concat(chunks).toString("utf8");
  }
  /**
 * Hands each chunk of the body to `onChunk`, failing (instead of hanging, as http-client's
 * readBody does) when the connection breaks mid-body or no byte arrives for `stallMs`.
 */  function pumpBody(message, stallMs, label, signal, onChunk) {
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
        reject(new GitLabError({
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
  /** `Retry-After` in seconds or as an HTTP date. */  function retryAfterMs(headers) {
    const value = headers["retry-after"];
    if (typeof value !== "string") return;
    if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1e3;
    const date = Date.parse(value);
    return Number.isNaN(date) ? void 0 : Math.max(0, date - Date.now());
  }
  // CONCATENATED MODULE: ./src/gitlab/schemas.ts
  // Each schema names only what the code relies on and rejects answers without it; fields GitLab
  // adds over versions are dropped (docs/gitlab.md sections 2.4, 3.1, 4.1, 7). Trigger tokens keep
  // every field, since the CLI prints them as GitLab gave them. zod/mini rather than classic zod:
  // it loads in half the time, and it is loaded before the trigger request.
  // Built on first use rather than when the module loads: building them all took longer than
  // anything else before the trigger request, which needs none of them (README, "Start-up time").
  // Each export is a z.lazy over the one built set, so parsing and types work as before.
  function buildSchemas() {
    const id = schemas_int();
    const nullableNumber = pipe(schemas_nullish(schemas_number()), transform(value => value ?? null));
    const pipelineSchema = object({
      id: id,
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
      id: id,
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
      downstream_pipeline: schemas_nullish(object({
        id: id,
        web_url: schemas_string(),
        status: schemas_string()
      }))
    });
    // One odd job in a list (a null stage or name) must not end the wait: it is kept with these
    // stand-ins for what is only displayed. Its id and status are still required, since the wait
    // decides by them.
        const shown = fallback => schemas_catch(schemas_string(), fallback);
    const lenientJobFields = {
      name: shown("(no name)"),
      stage: shown("(no stage)"),
      web_url: shown(""),
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
      id: id,
      path_with_namespace: schemas_string(),
      web_url: schemas_string()
    });
    const tokenSelfSchema = object({
      scopes: array(schemas_string()),
      active: optional(schemas_boolean()),
      expires_at: schemas_nullish(schemas_string())
    });
    const triggerTokenSchema = looseObject({
      id: id,
      token: schemas_string(),
      description: schemas_nullish(schemas_string()),
      created_at: schemas_nullish(schemas_string()),
      last_used: schemas_nullish(schemas_string()),
      expires_at: schemas_nullish(schemas_string()),
      owner: schemas_nullish(looseObject({
        username: schemas_string()
      }))
    });
    const traceSchema = schemas_string();
    /** GET /version: `{"version": "17.9.2-ee", "revision": …}`. */    const versionSchema = object({
      version: schemas_string()
    });
    /** Fine-grained tokens (18.10+) say `granular: true` (older GitLab leaves the field out). */    const tokenSelfGranularSchema = schemas_extend(tokenSelfSchema, {
      granular: optional(nullable(schemas_boolean()))
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
  const schemas_schemas = () => built ??= buildSchemas();
  const pipelineSchema = schemas_lazy(() => schemas_schemas().pipelineSchema);
  const jobSchema = schemas_lazy(() => schemas_schemas().jobSchema);
  const bridgeSchema = schemas_lazy(() => schemas_schemas().bridgeSchema);
  const lenientJobSchema = schemas_lazy(() => schemas_schemas().lenientJobSchema);
  const lenientBridgeSchema = schemas_lazy(() => schemas_schemas().lenientBridgeSchema);
  const projectSchema = schemas_lazy(() => schemas_schemas().projectSchema);
  schemas_lazy(() => schemas_schemas().tokenSelfSchema);
  const triggerTokenSchema = schemas_lazy(() => schemas_schemas().triggerTokenSchema);
  schemas_lazy(() => schemas_schemas().traceSchema);
  const versionSchema = schemas_lazy(() => schemas_schemas().versionSchema);
  const tokenSelfGranularSchema = schemas_lazy(() => schemas_schemas().tokenSelfGranularSchema);
  // CONCATENATED MODULE: ./src/gitlab/endpoints.ts
  const projectPath = project => `/projects/${projectSegment(project)}`;
  async function data(client, request, retry) {
    return (await client.request(request, retry)).data;
  }
  // The token travels in the JSON body, never in the URL (docs/contract.md section 3.2).
    const triggerPipeline = (client, project, body, retry) => data(client, {
    method: "POST",
    path: `${projectPath(project)}/trigger/pipeline`,
    body: body,
    schema: pipelineSchema,
    what: "pipeline",
    operation: "trigger",
    ref: body.ref
  }, retry);
  const getProject = (client, project, retry) => data(client, {
    method: "GET",
    path: projectPath(project),
    schema: projectSchema,
    what: "project",
    operation: "check-token"
  }, retry);
  const getPipeline = (client, project, id, retry) => data(client, {
    method: "GET",
    path: `${projectPath(project)}/pipelines/${id}`,
    schema: pipelineSchema,
    what: "pipeline",
    operation: "read"
  }, retry);
  const cancelPipeline = (client, project, id, retry) => data(client, {
    method: "POST",
    path: `${projectPath(project)}/pipelines/${id}/cancel`,
    schema: pipelineSchema,
    what: "pipeline",
    operation: "cancel"
  }, retry);
  /** The job's log, handed to `onChunk` as it arrives (see GitLabClient.stream). */  const streamJobTrace = (client, project, jobId, onChunk, retry) => client.stream({
    method: "GET",
    path: `${projectPath(project)}/jobs/${jobId}/trace`,
    operation: "read",
    text: true
  }, onChunk, retry);
  const listJobs = (client, project, pipelineId, retry, onOddItem) => listAll(client, `${projectPath(project)}/pipelines/${pipelineId}/jobs`, jobSchema, "read", retry, {
    what: "jobs",
    lenient: lenientJobSchema,
    onOddItem: onOddItem
  });
  const listBridges = (client, project, pipelineId, retry, onOddItem) => listAll(client, `${projectPath(project)}/pipelines/${pipelineId}/bridges`, bridgeSchema, "read", retry, {
    what: "bridges",
    lenient: lenientBridgeSchema,
    onOddItem: onOddItem
  });
  const listTriggerTokens = (client, project, retry) => listAll(client, `${projectPath(project)}/triggers`, triggerTokenSchema, "tokens", retry, {
    what: "triggers"
  });
  const getTriggerToken = (client, project, id) => data(client, {
    method: "GET",
    path: `${projectPath(project)}/triggers/${id}`,
    schema: triggerTokenSchema,
    operation: "tokens"
  });
  const createTriggerToken = (client, project, description) => data(client, {
    method: "POST",
    path: `${projectPath(project)}/triggers`,
    body: {
      description: description
    },
    schema: triggerTokenSchema,
    operation: "tokens"
  });
  const updateTriggerToken = (client, project, id, description) => data(client, {
    method: "PUT",
    path: `${projectPath(project)}/triggers/${id}`,
    body: {
      description: description
    },
    schema: triggerTokenSchema,
    operation: "tokens"
  });
  const deleteTriggerToken = (client, project, id) => data(client, {
    method: "DELETE",
    path: `${projectPath(project)}/triggers/${id}`,
    schema: null,
    operation: "tokens"
  });
  const PER_PAGE = 100;
 // the most GitLab returns per page
  /**
 * Reads every page, following X-Next-Page (empty on the last page, docs/gitlab.md 4.3). Items are
 * checked one by one: an odd one is kept with stand-ins (or left out) and reported, and only a
 * page that is not a list at all fails the whole read.
 */  async function listAll(client, path, item, operation, retry, {what: what, lenient: lenient, onOddItem: onOddItem}) {
    const items = [];
    const schema = array(unknown());
    for (let page = 1; ;) {
      const response = await client.request({
        method: "GET",
        path: path,
        query: {
          per_page: PER_PAGE,
          page: page
        },
        schema: schema,
        what: what,
        operation: operation
      }, retry);
      const label = `GET ${path}`;
      response.data.forEach((value, index) => {
        const strict = item.safeParse(value);
        if (strict.success) return items.push(strict.data);
        const position = (page - 1) * PER_PAGE + index;
        const problem = unexpectedAnswer(strict.error.issues[0], value, `${what}[${position}]`, label);
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
  /** GitLab's version, e.g. `17.9.2-ee`; any valid access token may read it. */  const getVersion = (client, retry) => data(client, {
    method: "GET",
    path: "/version",
    schema: versionSchema,
    operation: "check-token"
  }, retry);
  /** The newest pipeline at most: proves the token may read the project's pipelines. */  const probePipelines = (client, project, retry) => data(client, {
    method: "GET",
    path: `${projectPath(project)}/pipelines`,
    query: {
      per_page: 1
    },
    schema: array(unknown()),
    operation: "check-token"
  }, retry);
  /** Like getTokenSelf, keeping `granular` (fine-grained tokens have no classic scopes). */  const getTokenSelfWithKind = (client, retry) => data(client, {
    method: "GET",
    path: "/personal_access_tokens/self",
    schema: tokenSelfGranularSchema,
    operation: "check-token"
  }, retry);
  // ---------------------------------------------------------------------------------------------
  // Job artifacts (src/run/job-outputs.ts, src/run/artifacts.ts), streamed: neither is held whole.
  /** `dist/a b.env` → `dist/a%20b.env`: each segment encoded, the slashes kept for the `*artifact_path` route. */  // CONCATENATED MODULE: external "node:readline"
  const external_node_readline_namespaceObject = require("node:readline");
  // CONCATENATED MODULE: ./src/cli/confirm.ts
  /** The process's own terminal: the question goes to stderr, so stdout keeps only results. */
  function terminalConfirmer(input = process.stdin, output = process.stderr) {
    return {
      interactive: input.isTTY === true,
      confirm: question => new Promise(resolve => {
        const prompt = (0, external_node_readline_namespaceObject.createInterface)({
          input: input,
          output: output,
          terminal: true
        });
        let answered = false;
        const finish = yes => {
          if (answered) return;
          answered = true;
          prompt.close();
          resolve(yes);
        };
        // Without a listener readline would only pause on Ctrl-C, leaving the question open.
                prompt.on("SIGINT", () => {
          output.write("\n");
          finish(false);
        });
        // Ctrl-D: end the prompt's line before whatever is printed next.
                prompt.on("close", () => {
          if (!answered) output.write("\n");
          finish(false);
        });
        prompt.question(question, answer => finish(/^y(es)?$/i.test(answer.trim())));
      })
    };
  }
  // CONCATENATED MODULE: ./src/cli/commands/tokens.ts
  const ACTIONS = [ "list", "get", "create", "update", "delete" ];
  const NEEDS_ID = [ "get", "update", "delete" ];
  const NEEDS_DESCRIPTION = [ "create", "update" ];
  const TOKENS_FLAGS = {
    ...CONNECTION_FLAGS,
    description: {
      type: "string",
      example: '"deploys from Jenkins"'
    },
    yes: {
      type: "boolean",
      short: "y"
    }
  };
  const USAGE_LINE = `usage: ${TOOL_NAME} tokens list|get ID|create --description TEXT|update ID --description TEXT|delete ID [--yes] --project my-group/my-project   (tokens --help)`;
  const TOKENS_USAGE = `Usage: ${TOOL_NAME} tokens COMMAND --project PROJECT [--gitlab-url URL] [--json]\n\nManages the project's pipeline trigger tokens. Needs ${API_TOKEN_ENV}: an access token with the\napi scope of a Maintainer of the project.\n\nCommands:\n  list                           every trigger token of the project\n  get ID                         one trigger token\n  create --description TEXT      a new trigger token; printed once: store it as a secret\n  update ID --description TEXT   change a token's description\n  delete ID [--yes]              revoke a token; pipelines can no longer be triggered with it.\n                                 Asks first on a terminal; elsewhere (scripts, CI) needs --yes\n\nOptions:\n  --project PROJECT              numeric project id or full path, e.g. my-group/my-project (required)\n  --gitlab-url URL               the GitLab instance (default: $GITLAB_URL, else https://gitlab.com)\n  --json                         print GitLab's answer as JSON on stdout\n  -y, --yes                      delete without asking\n  -h, --help                     print this help\n\nGitLab shows a token in full only to its owner; tokens owned by someone else come back\nshortened to 4 characters, and are printed as GitLab gives them.\n\nExit codes: 0 done, 1 delete not confirmed (nothing sent), 2 bad usage (nothing sent),\n3 GitLab refused the request or could not be reached.\n`
  /** `tokens list|get|create|update|delete`: GitLab's pipeline trigger tokens API. Throws UsageError. */;
  async function runTokens(argv, env, reporter, confirmer = terminalConfirmer()) {
    const {values: values, positionals: positionals} = readFlags(argv, TOKENS_FLAGS, USAGE_LINE, 2);
    if (values.help) {
      reporter.result(TOKENS_USAGE);
      return 0;
    }
    const inputs = connectionInputs(values, env);
    const apiToken = inputs.raw["api-token"]?.trim();
    if (apiToken) reporter.mask(apiToken);
    for (const warning of inputs.warnings) reporter.warning(warning);
    const {action: action, id: id} = parseCommand(positionals, values.description, inputs.problems);
    const confirmed = values.yes === true;
    if (confirmed && action !== void 0 && action !== "delete") inputs.problems.push(`--yes only applies to tokens delete; leave it out of tokens ${action}`);
    // Nobody can answer the question: refuse before any request rather than guess.
        if (action === "delete" && !confirmed && !confirmer.interactive) inputs.problems.push(`tokens delete revokes the token for good and asks first, but stdin is not a terminal: add --yes to delete without asking, e.g. tokens delete ${Number.isInteger(id) ? id : 12} --yes --project my-group/my-project`);
    if (!apiToken) inputs.problems.push(`${API_TOKEN_ENV} is not set: managing trigger tokens needs an access token with the api scope of a project Maintainer, e.g. export ${API_TOKEN_ENV}=glpat-…`);
    const parsed = settingsFrom(inputs, USAGE_LINE, [ "gitlab-url", "project", "api-token" ]);
    // settingsFrom has thrown unless the command and the token are there.
        if (!action || !parsed.apiToken) throw new UsageError([ "tokens: nothing to do" ], USAGE_LINE);
    const settings = {
      gitlabUrl: parsed.gitlabUrl,
      project: parsed.project,
      apiToken: parsed.apiToken,
      requestTimeoutMs: requestTimeoutOrUsageError(env, USAGE_LINE)
    };
    if (action === "delete" && !confirmed) {
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
    const description = typeof values.description === "string" ? values.description : "";
    try {
      switch (action) {
       case "list":
        {
          const tokens = await listTriggerTokens(client, settings.project);
          if (json) reporter.result(JSON.stringify(tokens)); else if (tokens.length === 0) reporter.info(`${settings.project} has no pipeline trigger tokens`); else reporter.result(tokenTable(tokens));
          break;
        }

       case "get":
        {
          const token = await getTriggerToken(client, settings.project, id);
          reporter.result(json ? JSON.stringify(token) : tokenDetails(token));
          break;
        }

       case "create":
        {
          const token = await createTriggerToken(client, settings.project, description);
          // The one place the new token is printed; the note goes to stderr so stdout stays the token.
                    reporter.result(json ? JSON.stringify(token) : `Created trigger token ${token.id}: ${token.token}`);
          reporter.info(`Store it now as a secret, e.g. GITLAB_TRIGGER_TOKEN in your CI: whoever has it can start pipelines in ${settings.project} as you.`);
          break;
        }

       case "update":
        {
          const token = await updateTriggerToken(client, settings.project, id, description);
          reporter.result(json ? JSON.stringify(token) : `Updated trigger token ${token.id}: ${JSON.stringify(token.description ?? "")}`);
          break;
        }

       case "delete":
        await deleteTriggerToken(client, settings.project, id);
        // GitLab answers 204 without a body; --json still gets one object to read.
                reporter.result(json ? JSON.stringify({
          id: id,
          deleted: true
        }) : `Deleted trigger token ${id}`);
        break;
      }
      return 0;
    } catch (error) {
      if (!(error instanceof GitLabError)) throw error;
      reporter.error(error.message);
      return 3;
    }
  }
  /** The subcommand and its ID; what is wrong goes to `problems`, reported with the other input problems. */  function parseCommand(positionals, description, problems) {
    const [action, id] = positionals;
    if (!ACTIONS.includes(action)) {
      const got = action === void 0 ? "no command" : `"${action}"`;
      problems.push(`tokens needs one of ${ACTIONS.join(", ")}; got ${got}`);
      return {
        id: NaN
      };
    }
    const known = action;
    if (NEEDS_ID.includes(known) && !/^[1-9]\d*$/.test(id ?? "")) problems.push(`tokens ${known} needs the token's numeric ID${id === void 0 ? "" : `, got "${id}"`}, e.g. tokens ${known} 12 --project my-group/my-project (tokens list shows the IDs)`);
    if (!NEEDS_ID.includes(known) && id !== void 0) problems.push(`tokens ${known} takes no ID; got "${id}"`);
    if (NEEDS_DESCRIPTION.includes(known) && !(typeof description === "string" && description.trim())) problems.push(`tokens ${known} needs --description TEXT, e.g. --description "deploys from Jenkins"`);
    return {
      action: known,
      id: Number(id)
    };
  }
  /** `2024-01-07T09:53:58.235Z` -> `2024-01-07 09:53 UTC`. */  function when(timestamp, none) {
    if (!timestamp) return none;
    const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}).*Z$/.exec(timestamp);
    return match ? `${match[1]} ${match[2]} UTC` : timestamp;
  }
  /** What is shown of a token: a table column in `list`, a line in `get`. */  const FIELDS = [ {
    heading: "ID",
    show: token => String(token.id)
  }, {
    heading: "Description",
    show: token => token.description ?? ""
  }, {
    heading: "Owner",
    show: token => token.owner?.username ?? ""
  }, {
    heading: "Created",
    show: token => when(token.created_at, "unknown")
  }, {
    heading: "Last used",
    show: token => when(token.last_used, "never")
  }, {
    heading: "Expires",
    show: token => when(token.expires_at, "never")
  }, {
    heading: "Token",
    show: token => token.token
  } ];
  function tokenTable(tokens) {
    const rows = [ FIELDS.map(field => field.heading.toUpperCase()), 
    // GitLab's text on one line, without controls, so it cannot add rows or shift columns.
    ...tokens.map(token => FIELDS.map(field => withoutTerminalControls(inertOneLine(field.show(token))))) ];
    const widths = FIELDS.map((_, column) => Math.max(...rows.map(row => row[column].length)));
    // The last column is not padded: no trailing spaces.
        return rows.map(row => row.map((cell, column) => column === row.length - 1 ? cell : cell.padEnd(widths[column])).join("  ")).join("\n");
  }
  function tokenDetails(token) {
    const width = Math.max(...FIELDS.map(field => field.heading.length)) + 2;
    return FIELDS.map(field => `${`${field.heading}:`.padEnd(width)}${field.show(token)}`).join("\n");
  }
  // CONCATENATED MODULE: ./src/runtime/time-limit.ts
  /**
 * A signal that aborts after `ms`, or with `parent`. Built from a plain timer rather than
 * AbortSignal.any(AbortSignal.timeout()), whose timeout can be garbage-collected on Node 20
 * and then never fires (nodejs/node#57736).
 */
  function timeLimit(ms, parent) {
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
  /**
 * Cancels the downstream pipeline; a refusal is a warning, since the step is ending anyway.
 * Returns the status GitLab answered, or undefined when the cancel failed.
 */
  async function cancelDownstream(client, project, pipelineId, webUrl, log, why, {withinMs: withinMs = 5e3, clock: clock = clock_realClock} = {}) {
    log.info(`Cancelling pipeline #${pipelineId} (${why})…`);
    const limit = timeLimit(withinMs);
    try {
      const pipeline = await cancelPipeline(client, project, pipelineId, cancelPolicy({
        deadline: clock.now() + withinMs,
        clock: clock,
        onRetry: (error, delayMs) => log.info(retryLine(error, delayMs)),
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
 */  async function lookAfterCancel(client, project, pipelineId, withinMs) {
    if (withinMs <= 0) return {};
    const limit = timeLimit(withinMs);
    const once = {
      retryIf: () => false,
      maxAttempts: 1,
      signal: limit.signal
    };
    try {
      const [pipeline, jobs, bridges] = await Promise.allSettled([ getPipeline(client, project, pipelineId, once), listJobs(client, project, pipelineId, once), listBridges(client, project, pipelineId, once) ]);
      return {
        status: pipeline.status === "fulfilled" ? pipeline.value.status : void 0,
        jobs: jobs.status === "fulfilled" && bridges.status === "fulfilled" ? [ ...jobs.value, ...bridges.value ].sort((a, b) => a.id - b.id) : void 0
      };
    } finally {
      limit.dispose();
    }
  }
  // CONCATENATED MODULE: external "node:v8"
  const external_node_v8_namespaceObject = require("node:v8");
  // CONCATENATED MODULE: external "node:vm"
  const external_node_vm_namespaceObject = require("node:vm");
  function jobsWithLogsToShow(jobs, which) {
    if (which === "none") return [];
    const shown = which === "all" ? jobs.filter(job => job.status !== "created" && job.status !== "skipped" && job.status !== "manual") : jobs.filter(job => job.status === "failed");
    return [ ...shown ].sort((a, b) => a.id - b.id);
  }
  /**
 * Prints each job's log in a collapsed group, read as a stream of which only the shown tail is
 * kept. A log that cannot be read is a warning, not a failure; one cut short shows what was read.
 * Stops at once when `retry.signal` aborts (the run was cancelled or the step's time is up).
 */  async function printJobLogs(client, project, jobs, log, retry) {
    for (const job of jobs) {
      if (retry.signal?.aborted) {
        log.warning(`Stopped reading job logs before ${job.name}: ${reasonOf(retry.signal)}; see the jobs in GitLab`);
        return;
      }
      const tail = new LogTail;
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
      (0, external_node_v8_namespaceObject.setFlagsFromString)("--expose-gc");
      gc = (0, external_node_vm_namespaceObject.runInNewContext)("gc");
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
    /** The tail to show, with a note of how much was cut and where the whole log is. */    render(webUrl) {
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
     */    dropFront(needed) {
      const target = this.length - 262144;
      const lastBreak = this.buffer.lastIndexOf(10, target - 1);
      let cut = lastBreak + 1;
      if (this.length - cut + needed > 1048576) cut = target;
      this.count(0, cut);
      this.buffer.copyWithin(0, cut, this.length);
      this.length -= cut;
    }
    /** Adds the lines (and the front of a line) in buffer[start, end) to what was cut. */    count(start, end) {
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
 */  function formatBytes(bytes) {
    if (bytes < 1024) return `${bytes} B`;
    if (bytes < 1048576) return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  }
  // CONCATENATED MODULE: ./src/run/preflight.ts
  // Pipeline inputs on the trigger API: 17.10 behind a feature flag that is off, 17.11 with it on by
  // default, 18.1 for everyone. Before that GitLab drops them without a word (docs/gitlab.md 10).
  const INPUTS_FROM = [ 17, 11 ];
  const INPUTS_GA = [ 18, 1 ];
  /**
 * What must hold before the trigger, asked all at once so it costs one round trip (docs/contract.md,
 * Behaviour): with `wait`, the api-token reads the project and its pipelines (a wrong token fails
 * the step before a pipeline exists that nobody watches) and, when a cancel option is on, its
 * scopes allow cancelling; with `inputs`, GitLab is new enough not to drop them. Throws GitLabError.
 */  async function checkApiToken(client, settings, log, signal) {
    const quickRetry = quickReadPolicy({
      signal: signal
    });
    const wantsCancel = settings.cancelOnAbort || settings.cancelOnTimeout;
    const hasInputs = Object.keys(settings.inputs).length > 0;
    if (!settings.wait && !hasInputs) return;
    const skipped = Promise.resolve(void 0);
    const [project, pipelines, version, token] = await Promise.allSettled([ settings.wait ? getProject(client, settings.project, quickRetry) : skipped, settings.wait ? probePipelines(client, settings.project, quickRetry) : skipped, hasInputs ? getVersion(client, quickRetry) : skipped, settings.wait && wantsCancel ? getTokenSelfWithKind(client, quickRetry) : skipped ]);
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
      log.debug("The api-token is a fine-grained token: its cancel permission is not checked"); else if (!scopes.includes("api")) log.warning(`The api-token has the scopes ${scopes.join(", ") || "(none)"} but not api: it can wait, but cancelling the downstream pipeline on timeout or cancellation will not be possible. Give the token the api scope, or set cancel-on-timeout and cancel-on-abort to false.`, "api-token cannot cancel");
    }
  }
  /** A 403 here is a token that sees the project but not its pipelines: a Guest, or a fine-grained token without read_pipeline. */  function cannotReadPipelines(reason) {
    if (!(reason instanceof GitLabError) || reason.status !== 403) return reason;
    return new GitLabError({
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
    if (!atLeast(INPUTS_FROM)) throw new GitLabError({
      kind: "http",
      request: "GET /version",
      gitlabMessage: `GitLab ${text} ignores pipeline inputs sent to the trigger API (they arrive in 17.11), so the pipeline would run with its spec:inputs defaults`,
      hint: "Upgrade GitLab to 17.11 or later, or pass these values as variables instead of inputs. Nothing was triggered"
    });
    if (!atLeast(INPUTS_GA)) log.warning(`GitLab ${text} takes pipeline inputs on the trigger API only while the ci_inputs_for_pipelines feature flag is on (the default from 17.11, always from 18.1); with it off they are ignored and the pipeline runs with its spec:inputs defaults.`, "Pipeline inputs may be ignored");
  }
  // CONCATENATED MODULE: ./src/run/job-lines.ts
  /** `test › integration: running → failed  https://…/-/jobs/12` */
  function describeJobChange({job: job, from: from, to: to}) {
    const transition = from ? `${from} → ${to}` : to;
    const downstream = job.downstream_pipeline;
    const link = downstream ? `downstream pipeline ${downstream.web_url}` : job.web_url;
    return `${job.stage} › ${job.name}: ${transition}  ${link}`;
  }
  // CONCATENATED MODULE: ./src/run/job-changes.ts
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
 */  class JobTracker {
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
  // CONCATENATED MODULE: ./src/run/poll-delays.ts
  /**
 * The pause before the next status check: 1 s at first, growing by a tenth of the time
 * already waited, up to poll-interval. A 20 s pipeline is then seen within about 3 s of its
 * end, and a long one costs about one check per poll-interval.
 */
  function nextPollDelay(elapsedMs, pollIntervalMs) {
    return Math.round(Math.min(pollIntervalMs, Math.max(1e3, 1e3 + elapsedMs / 10)));
  }
  /**
 * Follows a pipeline until it reaches a final status, the deadline passes or the signal aborts.
 * Transient GitLab failures are retried until the deadline; others are thrown.
 *
 * Each check lists the jobs (one request, which also shows their changes); the pipeline itself
 * is read only when no job is queued or running, because only then can its status be final.
 * At the deadline it looks once more, so a pipeline that ended in the last pause is not called
 * timed out, and a timeout reports the pipeline's current status.
 */
  async function waitForPipeline(options) {
    const {client: client, project: project, log: log, clock: clock, signal: signal, deadline: deadline} = options;
    const state = {
      outcome: "ended",
      pipeline: options.pipeline,
      jobs: [],
      bridges: []
    };
    const tracker = new JobTracker;
    const started = clock.now();
    let watchBridges = true;
    let lastNews = started;
    // Ends requests in flight on cancellation, or when even the last look takes too long.
        const limit = timeLimit(Math.max(0, deadline - started) + 1e4, signal);
    const stop = limit.signal;
    const retry = readPolicy({
      deadline: deadline,
      signal: stop,
      clock: clock,
      onRetry: (error, delayMs) => log.info(retryLine(error, delayMs))
    });
    // A job GitLab describes oddly (a null stage or name) is shown as well as it can be, and said
    // once: the same job would otherwise warn on every poll.
        let oddWarned = false;
    const onOddItem = problem => {
      if (oddWarned) return;
      oddWarned = true;
      log.warning(`${problem} (further odd jobs are not reported)`, "Unexpected job in GitLab answer");
    };
    const check = async readPipeline => {
      state.jobs = await listJobs(client, project, state.pipeline.id, retry, onOddItem);
      if (watchBridges) {
        state.bridges = await listBridges(client, project, state.pipeline.id, retry, onOddItem);
        // Trigger jobs exist from the pipeline's creation: none at first means none at all.
                watchBridges = state.bridges.length > 0;
      }
      const all = [ ...state.jobs, ...state.bridges ];
      for (const change of tracker.update(all)) {
        log.info(describeJobChange(change));
        lastNews = clock.now();
      }
      if (readPipeline || !all.some(isProgressingJob)) {
        const previous = state.pipeline.status;
        state.pipeline = await getPipeline(client, project, state.pipeline.id, retry);
        if (state.pipeline.status !== previous && !isFinalStatus(state.pipeline.status)) log.info(`Pipeline #${state.pipeline.id} is ${state.pipeline.status}`);
      }
    };
    try {
      while (!isFinalStatus(state.pipeline.status)) {
        const pause = nextPollDelay(clock.now() - started, options.pollIntervalMs);
        await clock.sleep(Math.min(pause, Math.max(0, deadline - clock.now())), stop);
        const lastLook = clock.now() >= deadline;
        await check(lastLook);
        if (lastLook && !isFinalStatus(state.pipeline.status)) return {
          ...state,
          outcome: "timeout"
        };
        if (clock.now() - lastNews >= 3e5) {
          log.info(stillWaiting(state, clock.now() - started));
          lastNews = clock.now();
        }
      }
      return state;
    } catch (error) {
      if (signal.aborted) return {
        ...state,
        outcome: "aborted"
      };
      // Transient failures are retried until the deadline; one still failing then is a timeout.
            if (clock.now() >= deadline && (stop.aborted || error.transient)) {
        const pipeline = 
        /** One try at the pipeline's current status for the timeout message, else what its jobs say. */ await async function lastLook() {
          const look = timeLimit(1e4, signal);
          try {
            return await getPipeline(client, project, state.pipeline.id, {
              ...retry,
              maxAttempts: 1,
              signal: look.signal
            });
          } catch {
            const jobs = [ ...state.jobs, ...state.bridges ];
            const seen = jobs.some(job => job.status === "running") ? "running" : jobs.some(isProgressingJob) ? "pending" : state.pipeline.status;
            return {
              ...state.pipeline,
              status: seen
            };
          } finally {
            look.dispose();
          }
        }();
        return {
          ...state,
          pipeline: pipeline,
          outcome: isFinalStatus(pipeline.status) ? "ended" : "timeout"
        };
      }
      throw error;
    } finally {
      limit.dispose();
    }
  }
  function stillWaiting({pipeline: pipeline, jobs: jobs, bridges: bridges}, elapsedMs) {
    const running = [ ...jobs, ...bridges ].filter(job => job.status === "running").map(job => job.name);
    const jobsText = running.length > 0 ? `; running: ${running.join(", ")}` : "";
    return `Still waiting for pipeline #${pipeline.id} (${pipeline.status}${jobsText}), ${formatDuration(elapsedMs)} so far`;
  }
  /**
 * The product in one function: trigger the pipeline and with `wait` follow it to its end, show
 * what happened while it goes, and return how it ended. Never throws for GitLab failures.
 */
  async function triggerAndFollow(settings, {log: log, hooks: hooks = {}, signal: signal, clock: clock = clock_realClock}) {
    const run = {
      settings: settings,
      log: log,
      hooks: hooks,
      signal: signal,
      clock: clock,
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
    const gitlab = new GitLabClient(clientOptions);
    const api = settings.apiToken ? new GitLabClient({
      ...clientOptions,
      token: settings.apiToken
    }) : void 0;
    // Once the trigger request is out, its failures are reported as they are, even after a
    // cancellation: GitLab may have created the pipeline.
        let triggerSent = false;
    try {
      // With wait: the token reads the project and its pipelines; with inputs: GitLab takes them.
      if (api) await checkApiToken(api, settings, log, signal);
      if (signal.aborted) return cancelledBeforeTrigger(run);
      triggerSent = true;
      const pipeline = await trigger(gitlab, run);
      if (!settings.wait || !api) return finish(run, "triggered");
      return await follow(api, pipeline, run);
    } catch (error) {
      // Aborting the pause between two trigger attempts throws the signal's reason, not a GitLabError.
      if (signal.aborted && !(triggerSent && error instanceof GitLabError)) return cancelledBeforeTrigger(run);
      if (!(error instanceof GitLabError)) throw error;
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
  /** Calls a front end's hook; its failure is its own to report and never stops the run. */  async function callHook(run, call) {
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
  async function trigger(client, run) {
    const {settings: settings, log: log, clock: clock, signal: signal} = run;
    const names = (label, values) => Object.keys(values).length > 0 ? `; ${label}: ${Object.keys(values).join(", ")}` : "";
    log.info(`Triggering a pipeline in ${settings.project} on ${settings.ref} (${settings.gitlabUrl})${names("variables", settings.variables)}${names("inputs", settings.inputs)}`);
    let pipeline;
    // Trigger retries end by min(timeout, TRIGGER_RETRY_CAP_MS), also for fire-and-forget runs.
        const budgetMs = Math.min(settings.timeoutMs, 3e5);
    const deadline = clock.now() + budgetMs;
    try {
      pipeline = await triggerPipeline(client, settings.project, {
        token: settings.triggerToken,
        ref: settings.ref,
        variables: settings.variables,
        // GitLab before 17.10 knows no inputs: send them only when given.
        ...Object.keys(settings.inputs).length > 0 ? {
          inputs: settings.inputs
        } : {}
      }, triggerPolicy({
        deadline: deadline,
        signal: signal,
        clock: clock,
        onRetry: (error, delayMs) => log.info(`${error.gitlabMessage}; trying again in ${formatDuration(delayMs)}`)
      }));
    } catch (error) {
      if (error instanceof GitLabError && error.status === 429 && error.retryAfterMs !== void 0 && clock.now() + error.retryAfterMs >= deadline) throw retryLater(error, budgetMs, clock);
      throw error instanceof GitLabError && error.kind !== "http" && !error.neverSent ? mayHaveCreated(error, settings) : error;
    }
    run.result.pipeline = pipeline;
    run.result.createdAt = clock.now();
    // Older GitLab answers a configuration error with 201 and a failed pipeline (docs/gitlab.md 2.4 step 7).
        const yamlError = pipeline.status === "failed" && pipeline.yaml_errors;
    // The id and link go to the log before any runner file is written: whatever fails next, the
    // pipeline is not lost.
        if (yamlError) log.info(`Pipeline #${pipeline.id}: ${pipeline.web_url}`); else log.notice(`Pipeline #${pipeline.id} (${pipeline.status}) on ${pipeline.ref}: ${pipeline.web_url}`, "GitLab pipeline triggered");
    await callHook(run, () => run.hooks.pipelineCreated?.(pipeline));
    if (yamlError) throw new GitLabError({
      kind: "http",
      request: "POST trigger/pipeline",
      gitlabMessage: `GitLab created pipeline #${pipeline.id} as failed: ${pipeline.yaml_errors}`,
      hint: "The pipeline configuration is invalid: fix .gitlab-ci.yml or the inputs it declares"
    });
    return pipeline;
  }
  /**
 * A 429 whose Retry-After is past the time allowed for trigger retries: say when to try again
 * instead of sleeping through it.
 */  function retryLater(error, budgetMs, clock) {
    const waitMs = error.retryAfterMs ?? 0;
    const at = new Date(clock.now() + waitMs).toISOString().replace(/\.\d+Z$/, "Z");
    return error.with({
      hint: `GitLab asks to wait ${formatDuration(waitMs)}, longer than the ${formatDuration(budgetMs)} allowed for trigger retries: no pipeline was created; run this again after ${at}`
    });
  }
  /** The trigger request went out but its answer was lost: GitLab may have created the pipeline. */  function mayHaveCreated(error, settings) {
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
    log.info(`Waiting up to ${formatDuration(settings.timeoutMs)} for pipeline #${pipeline.id} to end`);
    const deadline = clock.now() + settings.timeoutMs;
    // Everything after the wait (last look, cancel, logs, report) ends by then.
        const stepEnd = deadline + 25e3;
    const watchEnded = () => callHook(run, () => run.hooks.watchEnded?.());
    let waited;
    try {
      waited = await waitForPipeline({
        client: client,
        project: project,
        pipeline: pipeline,
        log: log,
        clock: clock,
        pollIntervalMs: settings.pollIntervalMs,
        deadline: deadline,
        signal: signal
      });
    } catch (error) {
      await watchEnded();
      throw error;
    }
    result.lastSeen = waited.pipeline;
    result.jobs = [ ...waited.jobs, ...waited.bridges ].sort((a, b) => a.id - b.id);
    const cancel = async (by, why, lookWithinMs) => {
      const status = await cancelDownstream(client, project, pipeline.id, pipeline.web_url, log, why, {
        clock: clock
      });
      result.cancel = {
        by: by,
        succeeded: status !== void 0,
        statusAfter: status
      };
      result.leftRunning = false;
      // A cancel that failed changed nothing worth another read.
            if (status === void 0) return;
      const after = await lookAfterCancel(client, project, pipeline.id, lookWithinMs);
      if (after.status !== void 0) result.cancel.statusAfter = after.status;
      if (after.jobs !== void 0) result.cancel.jobsAfter = after.jobs;
    };
    const cancelOnAbort = async () => {
      if (settings.cancelOnAbort) await cancel("abort", "this run was cancelled", 2e3); else result.leftRunning = true;
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
      const lookWithin = Math.min(5e3, stepEnd - 2e3 - clock.now());
      await cancel("timeout", "timeout reached", lookWithin);
    } else result.leftRunning = true;
    await report(client, project, waited, status, run, stepEnd);
    if (signal.aborted) {
      // Cancelled while reading logs: a pipeline still running is cancelled as during the wait.
      if (timedOut && !settings.cancelOnTimeout) await cancelOnAbort();
      return cancelledRun("reporting on");
    }
    if (timedOut) {
      const reason = `Pipeline #${pipeline.id} did not end within the timeout of ${formatDuration(settings.timeoutMs)}; it was ${waited.pipeline.status}: ${pipeline.web_url}`;
      log.error(reason, "Timed out");
      await watchEnded();
      return finish(run, "timeout", reason);
    }
    await watchEnded();
    if (settings.acceptStatuses.includes(status)) return finish(run, "accepted");
    const reason = `Pipeline #${pipeline.id} ended ${status}, which is not in accept-statuses (${settings.acceptStatuses.join(", ")}): ${pipeline.web_url}`;
    log.error(reason, `Pipeline ${status}`);
    return finish(run, "not-accepted", reason);
  }
  /** The final status line, the job logs and the per-job errors. */  async function report(client, project, waited, status, run, stepEnd) {
    const {settings: settings, log: log, signal: signal, clock: clock} = run;
    const {pipeline: pipeline, jobs: jobs, bridges: bridges} = waited;
    const duration = pipeline.duration === null ? "" : ` after ${formatDuration(pipeline.duration * 1e3)}`;
    log.info(`Pipeline #${pipeline.id} ${status === "timeout" ? `timed out while ${pipeline.status}` : `ended ${status}${duration}`}: ${pipeline.web_url}`);
    // Log reads end with the run's cancellation or at the step's end, whatever GitLab does.
        const logs = timeLimit(Math.max(0, stepEnd - 2e3 - clock.now()), signal);
    try {
      await printJobLogs(client, project, jobsWithLogsToShow(jobs, settings.jobLogs), log, quickReadPolicy({
        deadline: stepEnd - 2e3,
        signal: logs.signal,
        clock: clock
      }));
    } finally {
      logs.dispose();
    }
    for (const job of [ ...jobs, ...bridges ].filter(job => job.status === "failed").sort((a, b) => a.id - b.id)) {
      const reason = job.failure_reason ? ` (${job.failure_reason.replace(/_/g, " ")})` : "";
      const message = `${job.stage} › ${job.name} failed${reason}: ${job.web_url}`;
      if (job.allow_failure) log.warning(`${message} (allowed to fail)`, `GitLab job ${job.name} failed`); else log.error(message, `GitLab job ${job.name} failed`);
    }
  }
  // CONCATENATED MODULE: ./src/run/result.ts
  /** What a later step or script needs of each job (the `jobs` output, `--json`), in id order. */
  function jobEssentials(jobs) {
    return [ ...jobs ].sort((a, b) => a.id - b.id).map(({id: id, name: name, stage: stage, status: status, web_url: web_url, duration: duration, allow_failure: allow_failure}) => ({
      id: id,
      name: name,
      stage: stage,
      status: status,
      web_url: web_url,
      duration: duration,
      allow_failure: allow_failure
    }));
  }
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
  // CONCATENATED MODULE: external "node:fs"
  const external_node_fs_namespaceObject = require("node:fs");
  // CONCATENATED MODULE: ./src/cli/commands/trigger.ts
  // The command's flags and usage.
  const TRIGGER_FLAGS = {
    ...CONNECTION_FLAGS,
    ref: {
      type: "string",
      example: "main"
    },
    var: {
      type: "string",
      multiple: true,
      example: "DEPLOY_ENV=staging"
    },
    "variables-file": {
      type: "string",
      example: "deploy.env"
    },
    input: {
      type: "string",
      multiple: true,
      example: "replicas=3"
    },
    wait: {
      type: "boolean"
    },
    timeout: {
      type: "string",
      example: "30m"
    },
    "poll-interval": {
      type: "string",
      example: "15s"
    },
    "accept-statuses": {
      type: "string",
      example: "success,manual"
    },
    "cancel-on-timeout": {
      type: "boolean",
      negatable: true
    },
    "cancel-on-abort": {
      type: "boolean",
      negatable: true
    },
    "job-logs": {
      type: "string",
      example: "failed"
    },
    "trigger-token": {
      type: "string"
    },
    version: {
      type: "boolean",
      short: "V"
    }
  };
  const TRIGGER_USAGE_LINE = `usage: ${TOOL_NAME} --project my-group/my-project --ref main [options]   (${TOOL_NAME} --help for all options)`;
  const TRIGGER_USAGE = `Usage: ${TOOL_NAME} --project PROJECT --ref REF [options]\n       ${TOOL_NAME} tokens list|get|create|update|delete ...   (tokens --help)\n\nTriggers a GitLab pipeline and, with --wait, follows it until it ends.\n\nOptions:\n  --project PROJECT          numeric project id or full path, e.g. my-group/my-project (required)\n  --ref REF                  branch or tag to run the pipeline on (required)\n  --gitlab-url URL           the GitLab instance (default: $GITLAB_URL, else https://gitlab.com)\n  --var KEY=VALUE            a CI/CD variable; repeatable\n  --variables-file FILE      a dotenv file (KEY=VALUE lines, export, quotes, # comments), read\n                             with Node's util.parseEnv (Node 20.12+); --var wins over it\n  --input NAME=VALUE         a pipeline input (spec:inputs); repeatable. 3, 2.5, true, ["a","b"]\n                             keep their JSON type; anything else (007, 41e50312) is the string given\n  --wait                     follow the pipeline until it ends (needs ${API_TOKEN_ENV})\n  --timeout DURATION         longest wait: seconds (90) or 45s, 30m, 1h30m (default 1h)\n  --poll-interval DURATION   longest pause between status checks (default 15s)\n  --accept-statuses LIST     final statuses that count as success (default success),\n                             e.g. success,manual; known: success, failed, canceled, skipped, manual\n  --no-cancel-on-timeout     leave the pipeline running when --timeout is reached\n  --no-cancel-on-abort       leave the pipeline running on Ctrl-C or SIGTERM while waiting\n                             (--cancel-on-timeout and --cancel-on-abort, the defaults, also exist)\n  --job-logs WHICH           job logs to print when the pipeline ends: none, failed (default) or all\n  --json                     print the outputs as one JSON object on stdout\n  -h, --help                 print this help\n  -V, --version              print the version\n\nEnvironment:\n  GITLAB_TRIGGER_TOKEN       the project's pipeline trigger token (required)\n  ${API_TOKEN_ENV}           an access token with read_api (api to cancel); required by --wait\n  GITLAB_URL                 default for --gitlab-url\n  GITLAB_REQUEST_TIMEOUT     seconds one request to GitLab may take (default 30)\n  GITLAB_TRIGGER_DEBUG       set to 1 to print debug lines\n  --trigger-token and --api-token also work, but command lines are visible to other processes.\n\nOutput:\n  Progress and errors go to stderr. stdout gets the pipeline's web URL, or with --json one object:\n  pipeline_id, pipeline_iid, web_url, project_id, sha, ref, status, and after --wait also\n  duration (seconds) and jobs ([{id, name, stage, status, web_url, duration, allow_failure}]).\n\nExit codes:\n  0  triggered (with --wait: ended in an accepted status)\n  1  the pipeline ended in another status, the wait timed out, or the wait was interrupted\n  2  bad usage or input; nothing was sent\n  3  GitLab refused the request or could not be reached\n\nExample:\n  export GITLAB_TRIGGER_TOKEN=glptt-… ${API_TOKEN_ENV}=glpat-…\n  ${TOOL_NAME} --gitlab-url https://gitlab.example.com --project my-group/app --ref main \\\n    --var DEPLOY_ENV=staging --input replicas=3 --wait --timeout 30m --json\n`
  /** Turns the command line and environment into the action's raw inputs; throws UsageError. */;
  function parseTriggerArgs(argv, env) {
    const {values: values} = readFlags(argv, TRIGGER_FLAGS, TRIGGER_USAGE_LINE);
    if (values.help) return {
      kind: "help"
    };
    if (values.version) return {
      kind: "version"
    };
    const inputs = connectionInputs(values, env);
    tokenInput(inputs, values, env, "trigger-token", "GITLAB_TRIGGER_TOKEN");
    const text = name => optionalString(values[name]) ?? "";
    const flag = name => values[name] === void 0 ? "" : String(values[name]);
    Object.assign(inputs.raw, {
      ref: text("ref"),
      variables: variablesText(values, inputs.problems),
      inputs: lines("input", values.input, "NAME=VALUE", "replicas=3", inputs.problems),
      wait: flag("wait"),
      timeout: text("timeout"),
      "poll-interval": text("poll-interval"),
      "accept-statuses": text("accept-statuses"),
      "cancel-on-timeout": flag("cancel-on-timeout"),
      "cancel-on-abort": flag("cancel-on-abort"),
      "job-logs": text("job-logs"),
      // A terminal has no job summary page.
      summary: "false"
    });
    Object.assign(inputs.labels, {
      ref: "--ref",
      variables: "--var/--variables-file",
      inputs: "--input",
      wait: "--wait",
      timeout: "--timeout",
      "poll-interval": "--poll-interval",
      "accept-statuses": "--accept-statuses",
      "cancel-on-timeout": "--cancel-on-timeout",
      "cancel-on-abort": "--cancel-on-abort",
      "job-logs": "--job-logs"
    });
    return {
      kind: "trigger",
      inputs: inputs,
      json: values.json === true
    };
  }
  /**
 * Without a file: the --var values as the action's KEY=VALUE lines. With --variables-file: one
 * JSON object, since dotenv values may span lines; a --var overrides the file's value of its key.
 */  function variablesText(values, problems) {
    const fromFlags = lines("var", values.var, "KEY=VALUE", "DEPLOY_ENV=staging", problems);
    const file = optionalString(values["variables-file"]);
    if (file === void 0) return fromFlags;
    const merged = readVariablesFile(file, problems);
    if (!merged) return "";
    const seen = new Set;
    for (const line of fromFlags ? fromFlags.split("\n") : []) {
      const key = line.slice(0, line.indexOf("=")).trim();
      if (seen.has(key)) problems.push(`--var ${key} is set twice; set each variable once`);
      seen.add(key);
      Object.defineProperty(merged, key, {
        value: line.slice(line.indexOf("=") + 1).trim(),
        enumerable: true,
        writable: true,
        configurable: true
      });
    }
    return JSON.stringify(merged);
  }
  /** A dotenv file as Node reads one (`export`, quotes, multi-line values, comments). */  function readVariablesFile(file, problems) {
    let text;
    try {
      text = (0, external_node_fs_namespaceObject.readFileSync)(file, "utf8");
    } catch (error) {
      const code = error.code;
      const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : error.message;
      problems.push(`--variables-file cannot read "${file}": ${why}. Example: --variables-file deploy.env, with lines such as DEPLOY_ENV=staging`);
      return;
    }
    // util.parseEnv arrived in Node 20.12; engines allows any Node 20.
        const parseEnv = external_node_util_.parseEnv;
    if (!parseEnv) {
      problems.push(`--variables-file needs Node 20.12 or later (util.parseEnv); this is Node ${process.versions.node}. Pass the variables with --var KEY=VALUE instead`);
      return;
    }
    const parsed = parseEnv(text);
    const result = {};
    for (const [key, value] of Object.entries(parsed)) Object.defineProperty(result, key, {
      value: value,
      enumerable: true,
      writable: true,
      configurable: true
    });
    const meaningful = text.split(/\r?\n/).some(line => line.trim() && !line.trim().startsWith("#"));
    if (Object.keys(result).length === 0 && meaningful) {
      problems.push(`--variables-file "${file}" has no KEY=VALUE line. Example: DEPLOY_ENV=staging, or export DEPLOY_ENV="staging"`);
      return;
    }
    return result;
  }
  /**
 * Repeated `--var`/`--input` values as the action's one-per-line format. Each must hold a `=`
 * and fit on one line; settings.ts checks the rest (names, duplicates, JSON values).
 */  function lines(flag, values, shape, example, problems) {
    const good = [];
    for (const value of Array.isArray(values) ? values : []) if (value.indexOf("=") <= 0) problems.push(`--${flag} "${value}" is not ${shape}. Example: --${flag} ${example}`); else if (/[\r\n]/.test(value)) problems.push(`--${flag} ${value.slice(0, value.indexOf("="))}=…: the value contains a line break, which --${flag} cannot carry`); else good.push(value);
    return good.join("\n");
  }
  /** docs/contract.md section 4: 0 accepted, 1 pipeline not accepted, timed out or cancelled, 3 GitLab refused or unreachable. */  function exitCodeOf(result) {
    if (result.outcome === "accepted" || result.outcome === "triggered") return 0;
    return result.outcome === "gitlab-error" ? 3 : 1;
  }
  /** The default command: trigger a pipeline (and follow it). Returns the exit code. */  async function runTrigger(argv, env, reporter) {
    const command = parseTriggerArgs(argv, env);
    if (command.kind === "help") {
      reporter.result(TRIGGER_USAGE);
      return 0;
    }
    if (command.kind === "version") {
      reporter.result("1.0.0");
      return 0;
    }
    const {inputs: inputs, json: json} = command;
    for (const secret of [ inputs.raw["trigger-token"], inputs.raw["api-token"] ]) if (secret?.trim()) reporter.mask(secret.trim());
    for (const warning of inputs.warnings) reporter.warning(warning);
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
        if (json) reporter.result(JSON.stringify(resultJson(result))); else if (result.pipeline) reporter.result(result.pipeline.web_url);
    return exitCodeOf(result);
  }
  /**
 * --json: the action's outputs with snake_case keys, numbers kept numbers. The status is the final
 * one (or `timeout`) once the wait reached it, else the status GitLab created the pipeline with.
 */  function resultJson(result) {
    const {pipeline: pipeline} = result;
    if (!pipeline) return {};
    const json = {
      pipeline_id: pipeline.id,
      pipeline_iid: pipeline.iid,
      web_url: pipeline.web_url,
      project_id: pipeline.project_id,
      sha: pipeline.sha,
      ref: pipeline.ref,
      status: result.finalStatus ?? pipeline.status
    };
    if (result.finalStatus !== void 0) {
      json.duration = result.duration ?? null;
      json.jobs = jobEssentials(result.jobs);
    }
    return json;
  }
  // CONCATENATED MODULE: ./src/cli/index.ts
  (// CONCATENATED MODULE: ./src/runtime/exit.ts
  /**
 * A reader that went away (`| head -c0`, a closed pipe) makes writes fail with EPIPE. Nothing more
 * can be shown there, and the exit code must still be the pipeline's: no stack trace, no crash.
 */
  function survivePipeClosed() {
    for (const stream of [ process.stdout, process.stderr ]) stream.on("error", () => {});
  })();
  // No top-level await: the bundle is CommonJS (scripts/build.mjs says why).
    (// CONCATENATED MODULE: ./src/cli/main.ts
  /** The command line: `tokens …`, or trigger (and follow) a pipeline. Returns the exit code. */
  async function run(argv, env) {
    const reporter = new CliReporter({
      showDebug: Boolean(env.GITLAB_TRIGGER_DEBUG)
    });
    // Before parsing: a usage error may quote any argument, and one may be a token.
        for (const secret of secretsToMask(argv, env)) reporter.mask(secret);
    try {
      if (argv[0] === "tokens") return await runTokens(argv.slice(1), env, reporter);
      return await runTrigger(argv, env, reporter);
    } catch (error) {
      if (error instanceof UsageError) {
        for (const problem of error.problems) reporter.error(problem);
        reporter.info(error.usage);
        return 2;
      }
      reporter.error(`unexpected: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return 1;
    }
  })(process.argv.slice(2), process.env).then(code => exitWhenFlushed(code));
  module.exports = {};
  /******/})();