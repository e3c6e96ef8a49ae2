"use strict";
exports.id = 675;
exports.ids = [675];
exports.modules = {

/***/ 4675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ projectSchema),
/* harmony export */   G0: () => (/* binding */ versionSchema),
/* harmony export */   I6: () => (/* binding */ lenientBridgeSchema),
/* harmony export */   XO: () => (/* binding */ bridgeSchema),
/* harmony export */   hD: () => (/* binding */ tokenSelfGranularSchema),
/* harmony export */   jQ: () => (/* binding */ jobSchema),
/* harmony export */   pipelineSchema: () => (/* binding */ pipelineSchema),
/* harmony export */   qO: () => (/* binding */ lenientJobSchema)
/* harmony export */ });
/* unused harmony exports tokenSelfSchema, triggerTokenSchema, traceSchema */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8050);

function buildSchemas() {
    return { ...buildPipelineSchemas(), ...buildOtherSchemas() };
}
const safeId = () => zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr();
function buildPipelineSchemas() {
    const id = safeId();
    const nullableNumber = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* ["catch"] */ .MfU(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()), null), zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .transform */ .pdi(value => (value != null && value >= 0 && value < 1e10 ? value : null)));
    const pipelineSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        id,
        iid: id,
        project_id: id,
        sha: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        ref: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        status: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        web_url: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        duration: nullableNumber,
        yaml_errors: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP())
    });
    const jobSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        id,
        name: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        stage: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        status: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        web_url: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        duration: nullableNumber,
        allow_failure: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(), false),
        failure_reason: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
        started_at: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP())
    });
    const bridgeSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .extend */ .X$i(jobSchema, {
        downstream_pipeline: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ id, project_id: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(id), web_url: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), status: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }))
    });
    const shown = (fallback) => zod_mini__WEBPACK_IMPORTED_MODULE_0__/* ["catch"] */ .MfU(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), fallback);
    const lenientJobFields = {
        name: shown('(no name)'),
        stage: shown('(no stage)'),
        web_url: shown(''),
        duration: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* ["catch"] */ .MfU(nullableNumber, null),
        allow_failure: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* ["catch"] */ .MfU(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(), false), false),
        failure_reason: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* ["catch"] */ .MfU(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()), null),
        started_at: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* ["catch"] */ .MfU(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()), null)
    };
    const lenientJobSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .extend */ .X$i(jobSchema, lenientJobFields);
    const lenientBridgeSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .extend */ .X$i(bridgeSchema, {
        ...lenientJobFields,
        downstream_pipeline: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* ["catch"] */ .MfU(bridgeSchema.shape.downstream_pipeline, null)
    });
    return { pipelineSchema, jobSchema, bridgeSchema, lenientJobSchema, lenientBridgeSchema };
}
function buildOtherSchemas() {
    const projectSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        id: safeId(),
        path_with_namespace: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        web_url: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    });
    const tokenSelfSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        scopes: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
        active: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()),
        expires_at: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP())
    });
    const triggerTokenSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
        id: safeId(),
        token: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        description: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
        created_at: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
        last_used: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
        expires_at: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
        owner: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ username: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }))
    });
    const traceSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP();
    const versionSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ version: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() });
    const tokenSelfGranularSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .extend */ .X$i(tokenSelfSchema, {
        granular: zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .nullable */ .mee(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()))
    });
    return {
        projectSchema,
        tokenSelfSchema,
        triggerTokenSchema,
        traceSchema,
        versionSchema,
        tokenSelfGranularSchema
    };
}
let built;
const schemas = () => (built ??= buildSchemas());
const pipelineSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => schemas().pipelineSchema);
const jobSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => schemas().jobSchema);
const bridgeSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => schemas().bridgeSchema);
const lenientJobSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => schemas().lenientJobSchema);
const lenientBridgeSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => schemas().lenientBridgeSchema);
const projectSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => schemas().projectSchema);
const tokenSelfSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => schemas().tokenSelfSchema);
const triggerTokenSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => schemas().triggerTokenSchema);
const traceSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => schemas().traceSchema);
const versionSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => schemas().versionSchema);
const tokenSelfGranularSchema = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => schemas().tokenSelfGranularSchema);


/***/ })

};
;