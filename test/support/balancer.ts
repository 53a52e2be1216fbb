import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';

export interface Upstream {
  /** http://host:port of one gateway instance. */
  url: string;
  healthy: boolean;
  /** Requests answered through this upstream. */
  served: number;
  /** Requests retried elsewhere because this upstream refused the connection. */
  refused: number;
}

export interface BalancerOptions {
  /** Milliseconds between two readiness checks of each upstream (default 200). */
  checkIntervalMs?: number;
  /** Milliseconds a readiness check may take before it counts as failed (default 1000). */
  checkTimeoutMs?: number;
}

/** Error codes of a connection that was never established: nothing was sent, trying elsewhere is safe. */
const NEVER_CONNECTED = new Set(['ECONNREFUSED']);

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'host']);

/**
 * A small HTTP load balancer for tests, as a reverse proxy in front of gateway instances does it:
 * round robin over the healthy upstreams; an upstream whose /readyz does not answer 200 is left out
 * until it does again; a request is tried on another upstream only when its connection was refused
 * before any byte was sent (the one failure that is safe to retry, whatever the request). Any other
 * failure of an upstream is answered 502 to the client. Each request gets its own upstream
 * connection (no keep-alive towards the upstreams), as with a proxy speaking HTTP/1.0 to them.
 */
export class Balancer {
  readonly upstreams: Upstream[];
  /** Requests answered 502 because an upstream failed after the connection was made. */
  readonly failures: { upstream: string; error: string }[] = [];
  private readonly server: Server;
  private next = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly checkIntervalMs: number;
  private readonly checkTimeoutMs: number;
  url = '';

  constructor(upstreamUrls: string[], options: BalancerOptions = {}) {
    this.upstreams = upstreamUrls.map((url) => ({ url, healthy: false, served: 0, refused: 0 }));
    this.checkIntervalMs = options.checkIntervalMs ?? 200;
    this.checkTimeoutMs = options.checkTimeoutMs ?? 1_000;
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  /** Checks the upstreams once, starts checking them periodically, and listens on a free port. */
  async start(): Promise<string> {
    await this.checkAll();
    const loop = async () => {
      await this.checkAll();
      this.timer = setTimeout(() => void loop(), this.checkIntervalMs);
    };
    this.timer = setTimeout(() => void loop(), this.checkIntervalMs);
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async checkAll(): Promise<void> {
    await Promise.all(this.upstreams.map(async (upstream) => {
      try {
        const res = await fetch(`${upstream.url}/readyz`, { signal: AbortSignal.timeout(this.checkTimeoutMs), headers: { connection: 'close' } });
        await res.arrayBuffer();
        upstream.healthy = res.status === 200;
      } catch {
        upstream.healthy = false;
      }
    }));
  }

  /** The next healthy upstream in turn, other than those already tried. */
  private pick(tried: Set<Upstream>): Upstream | undefined {
    for (let i = 0; i < this.upstreams.length; i++) {
      const upstream = this.upstreams[(this.next + i) % this.upstreams.length]!;
      if (upstream.healthy && !tried.has(upstream)) {
        this.next = (this.next + i + 1) % this.upstreams.length;
        return upstream;
      }
    }
    return undefined;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const tried = new Set<Upstream>();
    for (;;) {
      const upstream = this.pick(tried);
      if (!upstream) {
        res.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '1' }).end('no upstream available');
        return;
      }
      tried.add(upstream);
      const outcome = await this.forward(upstream, req, body, res);
      if (outcome === 'done') return;
      // Refused before any byte was sent: the upstream is going away; try another one.
      upstream.refused++;
      upstream.healthy = false;
    }
  }

  private forward(upstream: Upstream, req: IncomingMessage, body: Buffer, res: ServerResponse): Promise<'done' | 'refused'> {
    return new Promise((resolve) => {
      const headers: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
      }
      headers['content-length'] = String(body.length);
      headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
      let connected = false;
      const outgoing = httpRequest(`${upstream.url}${req.url ?? '/'}`, { method: req.method, headers, agent: false }, (answer) => {
        const forwarded: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(answer.headers)) {
          if (value !== undefined && !HOP_BY_HOP.has(name)) forwarded[name] = value;
        }
        res.writeHead(answer.statusCode ?? 502, forwarded);
        answer.pipe(res);
        answer.on('end', () => {
          upstream.served++;
          resolve('done');
        });
        answer.on('error', (err) => {
          this.failures.push({ upstream: upstream.url, error: `answer cut: ${err.message}` });
          res.destroy(err);
          resolve('done');
        });
      });
      outgoing.on('socket', (socket) => socket.once('connect', () => (connected = true)));
      outgoing.on('error', (err: NodeJS.ErrnoException) => {
        if (!connected && NEVER_CONNECTED.has(err.code ?? '')) {
          resolve('refused');
          return;
        }
        this.failures.push({ upstream: upstream.url, error: err.code ?? err.message });
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' }).end(`upstream failed: ${err.code ?? err.message}`);
        else res.destroy(err);
        resolve('done');
      });
      outgoing.end(body);
    });
  }
}
