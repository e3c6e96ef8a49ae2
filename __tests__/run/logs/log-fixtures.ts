// Raw GitLab job logs and the lines they show, shared by the tests of the end-of-run tail
// (end-of-run-logs.test.ts) and of live streaming (live-logs.test.ts, log-lines.test.ts): one
// reader, one expectation.
const ESC = '\x1b'
const ERASE = `\r${ESC}[0K`

/** A GitLab Runner 18.7 timestamp header: time, stream, E(rr)/O(ut), `+` for a continuation. */
const at = (seconds: number, stream = '01', continued = false, kind = 'O') =>
  `2026-12-02T10:00:${String(seconds).padStart(2, '0')}.000000Z ${stream}${kind}${continued ? '+' : ' '}`

export interface LogFixture {
  name: string
  raw: string
  /** The lines shown, in order. */
  lines: string[]
}

export const LOG_FIXTURES: LogFixture[] = [
  {
    name: 'GitLab Runner 18.6 (no timestamps): sections, colours, erases, redraws, CRLF',
    raw:
      `${ESC}[0KRunning with gitlab-runner 18.6.0\n` +
      `section_start:1764669600:prepare_script[collapsed=true]${ERASE}${ESC}[0K${ESC}[36;1mPreparing environment${ESC}[0;m\n` +
      `Running on runner-1\r\n` +
      `section_end:1764669600:prepare_script${ERASE}\n` +
      `Downloading 10%\rDownloading 100%\n` +
      `${ESC}[31;1mERROR: Job failed: exit code 1${ESC}[0;m\n`,
    lines: [
      'Running with gitlab-runner 18.6.0',
      `${ESC}[36;1mPreparing environment${ESC}[0;m`,
      'Running on runner-1',
      'Downloading 100%',
      `${ESC}[31;1mERROR: Job failed: exit code 1${ESC}[0;m`
    ]
  },
  {
    name: 'GitLab Runner 18.7 (timestamps and stream markers): the same log',
    raw:
      `${at(0, '00')}${ESC}[0KRunning with gitlab-runner 18.7.0\n` +
      `${at(0, '00')}section_start:1764669600:prepare_script[collapsed=true]${ERASE}${ESC}[0K${ESC}[36;1mPreparing environment${ESC}[0;m\n` +
      `${at(1)}Running on runner-1\n` +
      `${at(1, '00')}section_end:1764669601:prepare_script${ERASE}\n` +
      `${at(2)}Downloading 10%\r${at(3)}Downloading 100%\n` +
      `${at(4)}a line the runner flushed in two pa\n` +
      `${at(5, '01', true)}rts\n` +
      `${at(6, '01', false, 'E')}${ESC}[31;1mERROR: Job failed: exit code 1${ESC}[0;m\n`,
    lines: [
      'Running with gitlab-runner 18.7.0',
      `${ESC}[36;1mPreparing environment${ESC}[0;m`,
      'Running on runner-1',
      'Downloading 100%',
      'a line the runner flushed in two parts',
      `${ESC}[31;1mERROR: Job failed: exit code 1${ESC}[0;m`
    ]
  },
  {
    name: 'GitLab Runner 18.7: multi-byte characters and a colour carried to the next line',
    raw:
      `${at(1)}${ESC}[32mprix: 5 €, ok 😀\n` +
      `${at(2)}still green${ESC}[0m, plain\n` +
      `${at(3)}last line without its break`,
    lines: [
      `${ESC}[32mprix: 5 €, ok 😀${ESC}[0m`,
      `${ESC}[32mstill green${ESC}[0m, plain`,
      'last line without its break'
    ]
  }
]
