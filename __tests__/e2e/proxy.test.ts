import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import { connect, type Socket } from 'node:net'
import type { Simulator } from '../../test/simulator/gitlab-simulator.js'
import { runStep, workflowCommands } from '../../test/harness/run-step.js'
import { gitlabWith, triggerInputs, triggerRequests, waitInputs } from '../support/fixtures.js'

let sim: Simulator
let proxy: Server
const sockets = new Set<Socket>()
afterEach(async () => {
  for (const socket of sockets) socket.destroy()
  await new Promise(resolve => proxy?.close(resolve))
  await sim?.close()
})

/** An HTTP CONNECT proxy on loopback that sends every tunnel to the simulator, or never answers. */
async function startProxy(answer: boolean): Promise<{ url: string; tunnels: string[] }> {
  const tunnels: string[] = []
  proxy = createServer()
  proxy.on('connect', (request, client: Socket) => {
    sockets.add(client)
    tunnels.push(request.url ?? '')
    if (!answer) return
    const upstream = connect(Number(new URL(`http://${request.url}`).port), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.pipe(client)
      client.pipe(upstream)
    })
    sockets.add(upstream)
  })
  await new Promise<void>(resolve => proxy.listen(0, '127.0.0.1', resolve))
  const address = proxy.address() as { port: number }
  return { url: `http://127.0.0.1:${address.port}`, tunnels }
}

// http-client never proxies loopback addresses, so the instance is named gitlab.test; only the
// proxy resolves it (to the simulator).
describe('behind a proxy (https_proxy / http_proxy)', () => {
  it('triggers and waits through the proxy', async () => {
    sim = await gitlabWith()
    const { url, tunnels } = await startProxy(true)
    const gitlabUrl = `http://gitlab.test:${sim.port}`
    const step = await runStep(waitInputs(sim, { 'gitlab-url': gitlabUrl }), {
      env: { http_proxy: url, https_proxy: url }
    })
    expect(step.exitCode).toBe(0)
    expect(step.outputs.status).toBe('success')
    expect(triggerRequests(sim)).toHaveLength(1)
    expect(tunnels).toContain(`gitlab.test:${sim.port}`)
  })

  it('retries a proxy that refuses connections, naming the proxy, without claiming GitLab got the request', async () => {
    sim = await gitlabWith()
    const { url } = await startProxy(true)
    await new Promise(resolve => proxy.close(resolve)) // nothing listens on its port now
    const step = await runStep(
      triggerInputs(sim, { 'gitlab-url': `http://gitlab.test:${sim.port}` }),
      {
        env: { http_proxy: url }
      }
    )
    expect(step.exitCode).toBe(1)
    expect(step.stdout).toMatch(/through the proxy .*; trying again/)
    const error = workflowCommands(step.stdout, 'error')[0].message
    expect(error).toMatch(
      /could not connect to gitlab\.test:\d+ through the proxy 127\.0\.0\.1:\d+/
    )
    expect(error).not.toMatch(/may have created/)
  }, 60_000)

  it('gives up on a proxy that never answers, naming the proxy, instead of hanging', async () => {
    sim = await gitlabWith()
    const { url } = await startProxy(false)
    const step = await runStep(triggerInputs(sim, { 'gitlab-url': 'http://gitlab.test:8080' }), {
      env: { http_proxy: url, GITLAB_REQUEST_TIMEOUT: '1' }
    })
    expect(step.exitCode).toBe(1)
    expect(workflowCommands(step.stdout, 'error')[0].message).toContain(
      `gitlab.test:8080 through the proxy ${new URL(url).host} did not answer within 1s`
    )
  })
})
