// @ts-check
/**
 * A fake GitLab REST API v4 on a real HTTP server at 127.0.0.1, for tests and demos. The public API and
 * its documentation are in gitlab-simulator.d.ts; the behaviour follows
 * docs/gitlab.md.
 *
 * This module wires the pieces together: it reads each request, records it, lets a fault rule break it
 * or routes it to a handler, and owns the server's sockets so close() and stopListening() really end
 * every connection (keep-alive and hung ones included).
 */
import { createServer } from 'node:http'
import { Buffer } from 'node:buffer'
import { createClock } from './clock.js'
import { FaultList, faultResponse } from './faults.js'
import { pipelineWebUrl } from './gitlab-entities.js'
export { generatedLogLine } from './job-logs.js'
export { buildZip, generatedByte, readZip, zipPieces } from './zip.js'
import { artifactsArchive } from './routes/artifacts.js'
import { zipPieces } from './zip.js'
import { RateLimiter } from './rate-limit.js'
import { parseParams } from './request-params.js'
import { json } from './responses.js'
import { createRouter } from './router.js'
import { SimulatorStore } from './store.js'
import { pipelineRoutes } from './routes/pipelines.js'
import { artifactRoutes } from './routes/artifacts.js'
import { projectRoutes } from './routes/projects.js'
import { triggerPipelineRoutes } from './routes/trigger-pipeline.js'
import { triggerTokenRoutes } from './routes/trigger-tokens.js'
import { versionRoutes } from './routes/version.js'

/** @typedef {import('./gitlab-simulator.js').Simulator} Simulator */
/** @typedef {import('./gitlab-simulator.js').SimulatorOptions} SimulatorOptions */
/** @typedef {import('./gitlab-simulator.js').RecordedRequest} RecordedRequest */
/** @typedef {import('./gitlab-simulator.js').SimPipeline} SimPipeline */
/** @typedef {import('./responses.js').SimResponse} SimResponse */
/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

const ROUTES = [
  ...triggerPipelineRoutes,
  ...pipelineRoutes,
  ...artifactRoutes,
  ...projectRoutes,
  ...triggerTokenRoutes,
  ...versionRoutes
]
const HOST = '127.0.0.1'

/**
 * @param {SimulatorOptions} [options]
 * @returns {Promise<Simulator>}
 */
export async function startSimulator(options = {}) {
  const clock = createClock({ manual: options.manualClock, start: options.clockStart })
  const store = new SimulatorStore(clock.now)
  if (options.gitlabVersion) store.gitlabVersion = options.gitlabVersion
  store.traceByteRange = options.traceByteRange ?? false
  store.unknownStatuses = options.unknownStatuses ?? []
  let rateLimiter = options.rateLimit ? new RateLimiter(options.rateLimit) : undefined
  /** Answers held back until `count` requests have arrived (see holdAnswers). */
  /** @type {{ count: number, arrived: number, release: () => void, released: Promise<void> } | undefined} */
  let hold
  const faults = new FaultList()
  const basePath = normalizeBasePath(options.basePath)
  const dispatch = createRouter(ROUTES, `${basePath}/api/v4`)
  /** @type {RecordedRequest[]} */
  const requests = []
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set()

  const server = createServer((req, res) => {
    handle(req, res).catch(error => {
      // A simulator bug: answer like GitLab's unhandled exception, and say so loudly.
      console.error('gitlab-simulator: handler failed', error)
      if (!res.headersSent && !res.destroyed) {
        send(res, json(500, { message: '500 Internal Server Error' }))
      }
    })
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  await listen(server, options.port ?? 0)
  const address = server.address()
  if (address === null || typeof address === 'string') {
    throw new Error('simulator has no TCP address')
  }
  const port = address.port
  const origin = `http://${HOST}:${port}`
  const url = `${origin}${basePath}`

  // Object storage on its own port (another host to the client): with artifactsRedirect, the
  // archive route answers 302 to it, as GitLab's present_carrierwave_file! does for remote files.
  let artifactsRedirect = options.artifactsRedirect ?? false
  const storage = createServer((req, res) => {
    const [rawPath] = splitUrl(req.url ?? '/')
    requests.push({
      method: (req.method ?? 'GET').toUpperCase(),
      path: rawPath,
      query: {},
      headers: req.headers,
      body: '',
      params: {},
      at: clock.now(),
      status: 200
    })
    const jobId = Number(/^\/bucket\/artifacts\/(\d+)\.zip$/.exec(rawPath)?.[1])
    store.materialize()
    const found = store.pipelines
      .map(pipeline => ({ pipeline, index: pipeline.jobIds.indexOf(jobId) }))
      .find(({ index }) => index >= 0)
    const artifacts = found?.pipeline.plan[found.index].artifacts
    if (!artifacts) return send(res, { status: 404, headers: {}, body: 'NoSuchKey' })
    send(res, {
      status: 200,
      headers: { 'Content-Type': 'application/zip' },
      body: Buffer.isBuffer(artifacts) ? artifacts : '',
      ...(Buffer.isBuffer(artifacts) ? {} : { stream: () => zipPieces(artifacts) })
    })
  })
  storage.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await listen(storage, 0)
  const storageAddress = storage.address()
  const storageOrigin = `http://${HOST}:${storageAddress !== null && typeof storageAddress === 'object' ? storageAddress.port : 0}`
  const ARCHIVE_ROUTE = /\/api\/v4\/projects\/[^/]+\/jobs\/(\d+)\/artifacts$/

  /**
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   */
  async function handle(req, res) {
    const body = await readBody(req)
    if (body === undefined) return // the client went away mid-request
    const method = (req.method ?? 'GET').toUpperCase()
    const [rawPath, rawQuery = ''] = splitUrl(req.url ?? '/')
    const parsed = parseParams(rawQuery, header(req, 'content-type'), body)
    /** @type {RecordedRequest} */
    const record = {
      method,
      path: rawPath,
      query: parsed.query,
      headers: req.headers,
      body,
      params: parsed.params,
      at: clock.now(),
      status: undefined
    }
    requests.push(record)
    if (hold && hold.arrived < hold.count) {
      const current = hold
      current.arrived++
      if (current.arrived === current.count) current.release()
      await current.released
    }

    const authenticated = Boolean(
      req.headers['private-token'] || req.headers.authorization || parsed.query.private_token
    )
    const limit = rateLimiter?.count(clock.now(), authenticated)
    const route = () => {
      if (limit?.throttled) return limit.throttled
      store.materialize()
      const answer = dispatch({
        method,
        rawPath,
        rawQuery,
        bodyError: parsed.bodyError,
        params: parsed.params,
        query: parsed.query,
        headers: req.headers,
        pageUrl: `${origin}${rawPath}`,
        baseUrl: url,
        store,
        now: clock.now()
      })
      return limit ? { ...answer, headers: { ...answer.headers, ...limit.headers } } : answer
    }

    const rule = faults.take(method, rawPath)
    const archive = artifactsRedirect && method === 'GET' ? ARCHIVE_ROUTE.exec(rawPath) : null
    const routed = () => {
      const answer = route()
      if (!archive || answer.status !== 200) return answer
      return {
        status: 302,
        headers: {
          Location: `${storageOrigin}/bucket/artifacts/${archive[1]}.zip?X-Amz-Signature=sim`
        },
        body: ''
      }
    }
    const response = rule
      ? faultResponse(rule, res, {
          now: clock.now(),
          authenticated,
          handled: rule.afterHandling || rule.kind === 'headers' ? routed() : undefined
        })
      : routed()
    if (response) send(res, response)
    // A truncated body still sent its status line; reset, close and hang sent nothing.
    record.status = response?.status ?? (rule?.kind === 'truncated' ? 200 : undefined)
    options.onRequest?.(record)
  }

  /** Destroy every connection, including keep-alive and hung ones, so clients see them end. */
  async function stopListening() {
    hold?.release()
    if (storage.listening) storage.close()
    if (!server.listening) return
    const closed = new Promise(resolve => server.close(() => resolve(undefined)))
    for (const socket of sockets) socket.destroy()
    await closed
  }

  /** @type {Simulator} */
  const simulator = {
    url,
    port,
    requests,
    get pipelines() {
      store.materialize()
      return store.pipelines.map(pipeline => snapshot(store, pipeline, url))
    },
    addProject: project => store.addProject(project),
    addApiToken: token => store.addApiToken(token),
    addTriggerToken: ({ token, projectId, ownerUserId, description }) => {
      store.addTrigger({ token, projectId, ownerUserId, description })
    },
    fault: rule => faults.add(rule),
    setVersion: version => {
      store.gitlabVersion = version
    },
    setTraceByteRange: on => {
      store.traceByteRange = on
    },
    setArtifactsRedirect: on => {
      artifactsRedirect = on
    },
    setRateLimit: rate => {
      rateLimiter = rate ? new RateLimiter(rate) : undefined
    },
    artifactsOf: jobId => {
      store.materialize()
      const found = store.pipelines
        .map(pipeline => ({ pipeline, index: pipeline.jobIds.indexOf(jobId) }))
        .find(({ index }) => index >= 0)
      return found ? artifactsArchive(found.pipeline.plan[found.index]) : undefined
    },
    holdAnswers: count => {
      /** @type {() => void} */
      let release = () => {}
      const released = new Promise(resolve => (release = () => resolve(undefined)))
      hold = { count, arrived: 0, release, released }
    },
    renameProject: (id, newPath) => store.renameProject(id, newPath),
    clearFaults: () => faults.clear(),
    stopListening,
    startListening: async () => {
      if (!server.listening) await listen(server, port)
    },
    now: clock.now,
    advance: clock.advance,
    triggerCount: () => store.pipelines.filter(pipeline => pipeline.source === 'trigger').length,
    close: stopListening
  }
  return simulator
}

/**
 * @param {import('node:http').Server} server
 * @param {number} port
 * @returns {Promise<void>}
 */
function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, HOST, () => {
      server.off('error', reject)
      resolve()
    })
  })
}

/**
 * The whole body as text, or undefined when the connection broke first.
 * @param {IncomingMessage} req
 * @returns {Promise<string | undefined>}
 */
function readBody(req) {
  return new Promise(resolve => {
    /** @type {Buffer[]} */
    const chunks = []
    req.on('data', chunk => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', () => resolve(undefined))
    req.on('aborted', () => resolve(undefined))
  })
}

/**
 * @param {ServerResponse} res
 * @param {SimResponse} response
 */
function send(res, response) {
  const { stream } = response
  if (!stream) {
    res.writeHead(response.status, {
      ...response.headers,
      'Content-Length': String(Buffer.byteLength(response.body))
    })
    res.end(response.body)
    return
  }
  // Chunked, generated as the client reads: pause whenever the socket's buffer is full.
  res.writeHead(response.status, response.headers)
  res.write(response.body)
  const pieces = stream()[Symbol.iterator]()
  const pump = () => {
    for (let next = pieces.next(); !next.done; next = pieces.next()) {
      if (res.destroyed) return
      if (!res.write(next.value)) return void res.once('drain', pump)
    }
    res.end()
  }
  pump()
}

/** @param {string} requestUrl @returns {[string, string?]} raw path and raw query */
function splitUrl(requestUrl) {
  const queryStart = requestUrl.indexOf('?')
  return queryStart < 0
    ? [requestUrl]
    : [requestUrl.slice(0, queryStart), requestUrl.slice(queryStart + 1)]
}

/** @param {IncomingMessage} req @param {string} name */
function header(req, name) {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

/** '/gitlab/' -> '/gitlab', undefined or '/' -> '' @param {string | undefined} basePath */
function normalizeBasePath(basePath) {
  const trimmed = (basePath ?? '').replace(/\/+$/, '')
  return trimmed === '' || trimmed.startsWith('/') ? trimmed : `/${trimmed}`
}

/**
 * @param {SimulatorStore} store
 * @param {import('./store.js').PipelineRecord} pipeline
 * @param {string} url
 * @returns {SimPipeline}
 */
function snapshot(store, pipeline, url) {
  const state = store.stateOf(pipeline)
  return {
    id: pipeline.id,
    iid: pipeline.iid,
    projectId: pipeline.project.id,
    ref: pipeline.ref,
    status: state.status,
    variables: pipeline.variables,
    inputs: pipeline.inputs,
    createdAt: pipeline.createdAt,
    ...(pipeline.canceledAt === undefined ? {} : { canceledAt: pipeline.canceledAt }),
    cancelRequests: pipeline.cancelRequests,
    yamlErrors: pipeline.yamlErrors,
    webUrl: pipelineWebUrl(url, pipeline),
    source: pipeline.source,
    ...(pipeline.upstream ? { upstreamId: pipeline.upstream.pipeline.id } : {}),
    jobs: pipeline.plan.map((job, index) => ({
      id: pipeline.jobIds[index],
      retried: pipeline.retried[index],
      name: job.name,
      stage: job.stage,
      status: state.jobs[index].status,
      allowFailure: job.allowFailure ?? false,
      bridge: job.bridge !== undefined
    }))
  }
}
