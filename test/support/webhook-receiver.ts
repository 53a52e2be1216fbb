import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** What the receiver answered. */
  answered: number;
}

/** How the receiver answers a path: a status, optionally after a delay, optionally a redirect. */
export interface Answer {
  status: number;
  delayMs?: number;
  location?: string;
  body?: string;
}

/**
 * A third party's webhook receiver inside the test process: a real HTTP server on 127.0.0.1 that
 * records every request and answers as the test says, per path.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private readonly answers = new Map<string, Answer>();
  private readonly server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const answer = this.answers.get(path) ?? { status: 200, body: 'ok' };
      const reply = () => {
        this.received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), answered: answer.status });
        if (res.destroyed) return;
        res.writeHead(answer.status, answer.location ? { location: answer.location } : {});
        res.end(answer.body ?? `status ${answer.status}`);
      };
      if (answer.delayMs) setTimeout(reply, answer.delayMs);
      else reply();
    });
  });
  port = 0;

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  url(path: string, host = '127.0.0.1'): string {
    return `http://${host}:${this.port}${path}`;
  }

  answer(path: string, answer: Answer): void {
    this.answers.set(path, answer);
  }

  at(path: string): ReceivedWebhook[] {
    return this.received.filter((r) => r.path === path);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
