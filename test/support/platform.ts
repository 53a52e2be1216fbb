import { createServer, type IncomingMessage, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';

/** A deposit the test platform took. */
export interface TakenDeposit {
  id: string;
  key: string;
  kind: string;
  fileName: string;
  recipient: string | null;
  bytes: Buffer;
}

/**
 * An approved e-invoicing platform in the test process, as SMTP is: its HTTP API takes deposits
 * (idempotently, by Idempotency-Key), rejects the documents it is told to with reasons, fails for
 * a while to play an outage, can take a deposit and lose its answer, and sends statuses back.
 */
export class TestPlatform {
  readonly token = 'test-platform-token';
  readonly deposits: TakenDeposit[] = [];
  /** Every POST received, accepted or not (a retry is one more request, never one more deposit). */
  requests = 0;
  private server: Server | null = null;
  private events: { id: string; depositId: string; status: string; at: string; reason: string | null }[] = [];
  private outages = 0;
  private loseAnswers = 0;
  private readonly rejected = new Map<string, string[]>();

  /** The next `count` requests answer 503. */
  outage(count: number) {
    this.outages = count;
  }

  /** The next `count` deposits are taken, but the connection drops before the answer. */
  loseNextAnswers(count: number) {
    this.loseAnswers = count;
  }

  /** Documents with this number are refused with these reasons. */
  reject(number: string, reasons: string[]) {
    this.rejected.set(number, reasons);
  }

  /** The platform sends a lifecycle status about a deposit. */
  send(depositId: string, status: string, at: Date, reason: string | null = null) {
    this.events.push({ id: `EV-${this.events.length + 1}`, depositId, status, at: at.toISOString(), reason });
  }

  depositOf(number: string) {
    return this.deposits.find((d) => d.key === number);
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res).catch(() => res.destroy()));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  async stop() {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: import('node:http').ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const json = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (req.headers.authorization !== `Bearer ${this.token}`) return json(401, { error: 'unauthorized' });
    const url = new URL(req.url ?? '/', 'http://platform');
    if (this.outages > 0) {
      this.outages--;
      return json(503, { error: 'maintenance' });
    }
    if (req.method === 'POST' && url.pathname === '/v1/deposits') {
      this.requests++;
      const key = String(req.headers['idempotency-key'] ?? '');
      const bytes = Buffer.concat(chunks);
      if (!key || !bytes.subarray(0, 5).equals(Buffer.from('%PDF-'))) return json(400, { error: 'a PDF and an Idempotency-Key are required' });
      const known = this.depositOf(key);
      if (known) return json(200, { id: known.id });
      const reasons = this.rejected.get(key);
      if (reasons) return json(422, { reasons });
      const deposit = {
        id: `PA-${this.deposits.length + 1}`, key, kind: String(req.headers['x-document-kind']), fileName: String(req.headers['x-file-name']),
        recipient: req.headers['x-recipient'] ? String(req.headers['x-recipient']) : null, bytes,
      };
      this.deposits.push(deposit);
      if (this.loseAnswers > 0) {
        this.loseAnswers--;
        return res.destroy();
      }
      return json(201, { id: deposit.id });
    }
    if (req.method === 'GET' && url.pathname === '/v1/statuses') {
      const since = Number(url.searchParams.get('since') ?? 0);
      return json(200, { statuses: this.events.slice(since), cursor: String(this.events.length) });
    }
    return json(404, { error: 'not found' });
  }
}
