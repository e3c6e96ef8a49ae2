// @ts-check
/**
 * What a job's trace holds at a given moment: a fixed `log`, a generated `logBytes` trace, timed
 * `logLines` or a GitLab Runner-shaped `runnerLog`, growing with the clock while the job runs.
 * Runner logs carry what real ones do: ANSI SGR colours, `\r\e[0K` erases and
 * `section_start:<epoch>:<name>[collapsed=true]` / `section_end:<epoch>:<name>` markers.
 */
import { Buffer } from 'node:buffer'

/** @typedef {import('./gitlab-simulator.js').JobPlan} JobPlan */
/** @typedef {import('./pipeline-timeline.js').JobState} JobState */

const GENERATED_LINE_BYTES = 100

/**
 * Line `n` of a generated trace: `line <n> ` padded with dots to 99 bytes (100 with its break).
 * @param {number} n
 */
export function generatedLogLine(n) {
  return `line ${n} `.padEnd(GENERATED_LINE_BYTES - 1, '.')
}

/**
 * Bytes [from, to) of a `logBytes` trace, made 64 KiB at a time as it is sent.
 * @param {number} from
 * @param {number} to
 * @returns {Iterable<string>}
 */
export function* generatedLog(from, to) {
  const linesPerPiece = 655
  const pieceBytes = linesPerPiece * GENERATED_LINE_BYTES
  // Pieces before `from` are skipped without being built.
  const firstPiece = Math.floor(from / pieceBytes)
  for (let start = firstPiece * pieceBytes; start < to; start += pieceBytes) {
    const n = (start / pieceBytes) * linesPerPiece
    let piece = ''
    for (let i = n; i < n + linesPerPiece; i++) piece += `${generatedLogLine(i)}\n`
    yield piece.slice(Math.max(0, from - start), Math.min(pieceBytes, to - start))
  }
}

const ESC = '\u001b'
const ERASE = `\r${ESC}[0K`

/**
 * Timed lines of a runner-shaped log (times relative to the job's start).
 * @param {JobPlan} job
 * @param {number} startedAt epoch ms, for the section markers
 * @param {string} result the job's final status
 * @returns {Array<{ atMs: number, text: string }>}
 */
function runnerLines(job, startedAt, result) {
  const scriptLines = typeof job.runnerLog === 'object' ? (job.runnerLog.scriptLines ?? 5) : 5
  const duration = job.durationMs
  const epoch = (/** @type {number} */ ms) => Math.floor((startedAt + ms) / 1000)
  const script = Array.from({ length: scriptLines }, (_, i) => ({
    atMs: Math.floor((duration * (i + 1)) / (scriptLines + 2)),
    text: `${job.name} output ${i + 1}`
  }))
  const ended = result === 'success'
  return [
    { atMs: 0, text: `${ESC}[0KRunning with gitlab-runner 18.6.0 (simulated)` },
    {
      atMs: 0,
      text: `${ESC}[0K${ESC}[36;1mUsing Docker executor with image alpine:3.20 ...${ESC}[0;m`
    },
    {
      atMs: 0,
      text: `section_start:${epoch(0)}:prepare_script[collapsed=true]${ERASE}${ESC}[0K${ESC}[36;1mPreparing environment${ESC}[0;m`
    },
    { atMs: 0, text: 'Running on runner-simulated via simulator...' },
    { atMs: 0, text: `section_end:${epoch(0)}:prepare_script${ERASE}` },
    {
      atMs: 0,
      text: `section_start:${epoch(0)}:step_script${ERASE}${ESC}[0K${ESC}[36;1mExecuting "step_script" stage of the job script${ESC}[0;m`
    },
    { atMs: 0, text: `${ESC}[32;1m$ ./run ${job.name}${ESC}[0;m` },
    ...script,
    { atMs: duration, text: `section_end:${epoch(duration)}:step_script${ERASE}` },
    ended
      ? { atMs: duration, text: `${ESC}[32;1mJob succeeded${ESC}[0;m` }
      : { atMs: duration, text: `${ESC}[31;1mERROR: Job failed: exit code 1${ESC}[0;m` }
  ]
}

/**
 * The trace at `now` as one piece of text, or, for `logBytes`, its size and a generator.
 * @param {JobPlan} job
 * @param {JobState} state
 * @param {number} now
 * @returns {{ text: string } | { size: number }}
 */
export function traceAt(job, state, now) {
  if (state.startedAt === null) return { text: '' }
  if (job.logBytes !== undefined) return { size: job.logBytes }
  const elapsed = (state.finishedAt ?? now) - state.startedAt
  /** @type {Array<{ atMs: number, text: string }>} */
  let lines
  if (job.logLines) {
    const count = job.logLines.length
    lines = job.logLines.map((line, i) =>
      typeof line === 'string'
        ? { atMs: Math.floor((job.durationMs * i) / Math.max(count, 1)), text: line }
        : line
    )
  } else if (job.runnerLog) {
    lines = runnerLines(job, state.startedAt, state.finishedAt === null ? 'running' : state.status)
  } else {
    return { text: job.log ?? '' }
  }
  // A finished job shows all its lines; a canceled one those up to its end.
  return {
    text: lines
      .filter(line => line.atMs <= elapsed)
      .map(line => `${line.text}\n`)
      .join('')
  }
}

/**
 * Bytes [from, from + limit) of a text, by bytes (a range may cut a UTF-8 character, as GitLab's does).
 * @param {string} text
 * @param {number} from
 * @param {number | undefined} limit
 */
export function byteRange(text, from, limit) {
  const bytes = Buffer.from(text, 'utf8')
  return bytes.subarray(from, limit === undefined ? undefined : from + limit)
}
