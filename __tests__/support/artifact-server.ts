import * as http from 'node:http'
import type { AddressInfo } from 'node:net'

// A loopback HTTP server with GitLab's two artifact routes, enough for the download code until
// the simulator has them: `/projects/:id/jobs/:job_id/artifacts` and `.../artifacts/*path`.

export interface ArtifactJob {
  /** The archive's bytes; a job without it answers 404 as a job without artifacts does. */
  archive?: Buffer
  /** Single files by path, as the archive would give them. */
  files?: Record<string, Buffer | string>
  /** Send this many bytes of the archive, then stall (to test cancellation). */
  stallAfter?: number
  /** On the first download, send this many bytes of the archive, then break the connection. */
  cutOnceAfter?: number
}

export interface ArtifactServer {
  url: string
  /** `METHOD path` of each request, and the PRIVATE-TOKEN it carried. */
  requests: Array<{ line: string; token: string | undefined }>
  close(): Promise<void>
}

const json = (res: http.ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'Content-Type': 'application/json' })
  res.end(JSON.stringify(body))
}

export async function startArtifactServer(
  projectId: number,
  jobs: Record<number, ArtifactJob>
): Promise<ArtifactServer> {
  const requests: ArtifactServer['requests'] = []
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const token = req.headers['private-token']
    requests.push({ line: `${req.method} ${url.pathname}`, token: token as string | undefined })
    const match = /^\/api\/v4\/projects\/([^/]+)\/jobs\/(\d+)\/artifacts(?:\/(.+))?$/.exec(
      url.pathname
    )
    // Grape's catch-all for a route it does not know.
    if (!match || req.method !== 'GET') return json(res, 404, { error: '404 Not Found' })
    if (token !== 'glpat-artifacts-test') return json(res, 401, { message: '401 Unauthorized' })
    // An unknown project or job: `find_build!` raises RecordNotFound.
    const job = decodeURIComponent(match[1]) === String(projectId) && jobs[Number(match[2])]
    if (!job) return json(res, 404, { message: '404 Not found' })
    const filePath = match[3] === undefined ? undefined : decodeURIComponent(match[3])
    if (filePath !== undefined) {
      const file = job.files?.[filePath]
      // `not_found!` when the job has no artifacts, and the same for a path not in the archive.
      if (file === undefined) return json(res, 404, { message: '404 Not Found' })
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' })
      return res.end(file)
    }
    if (!job.archive) return json(res, 404, { message: '404 Not Found' })
    res.writeHead(200, {
      'Content-Type': 'application/zip',
      'Content-Length': String(job.archive.length)
    })
    if (job.stallAfter !== undefined) return res.write(job.archive.subarray(0, job.stallAfter))
    if (job.cutOnceAfter !== undefined) {
      const cut = job.cutOnceAfter
      job.cutOnceAfter = undefined
      return res.write(job.archive.subarray(0, cut), () => res.destroy())
    }
    res.end(job.archive)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
