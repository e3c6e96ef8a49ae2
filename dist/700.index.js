"use strict";
exports.id = 700;
exports.ids = [700];
exports.modules = {

/***/ 5700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RunnerFiles: () => (/* binding */ RunnerFiles)
/* harmony export */ });
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3175);

class RunnerFiles {
    log;
    core;
    unwritable = new Set();
    constructor(log) {
        this.log = log;
    }
    async setOutputs(outputs) {
        const core = await this.loadCore();
        for (const [name, value] of Object.entries(outputs))
            this.tryWrite('GITHUB_OUTPUT', `the output ${name}`, () => core.setOutput(name, String(value)));
    }
    async saveState(state) {
        const core = await this.loadCore();
        for (const [key, value] of Object.entries(state))
            this.tryWrite('GITHUB_STATE', `the state ${_state_js__WEBPACK_IMPORTED_MODULE_0__/* .STATE_KEYS */ .LU[key]}`, () => core.saveState(_state_js__WEBPACK_IMPORTED_MODULE_0__/* .STATE_KEYS */ .LU[key], value));
    }
    async writeSummary(markdown) {
        if (!process.env.GITHUB_STEP_SUMMARY)
            return;
        const core = await this.loadCore();
        try {
            await core.summary.addRaw(markdown, true).write();
        }
        catch (error) {
            core.summary.emptyBuffer();
            this.writeFailed('GITHUB_STEP_SUMMARY', 'the job summary', error);
        }
    }
    tryWrite(file, what, write) {
        try {
            write();
        }
        catch (error) {
            this.writeFailed(file, what, error);
        }
    }
    writeFailed(file, what, error) {
        if (this.unwritable.has(file))
            return;
        this.unwritable.add(file);
        const reason = error instanceof Error ? error.message : String(error);
        this.log.warning(`Could not write ${what} to ${file} (${process.env[file] ?? 'not set'}): ${reason}. Later writes to it may fail too; the step goes on.`, `${file} not written`);
    }
    loadCore() {
        this.core ??= Promise.all(/* import() */[__webpack_require__.e(779), __webpack_require__.e(143)]).then(__webpack_require__.bind(__webpack_require__, 143));
        return this.core;
    }
}


/***/ })

};
;