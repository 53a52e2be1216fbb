import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy between a client under test and a server (PostgreSQL), to take the server away
 * without touching it: `cut()` drops every open connection and refuses new ones, as a server that
 * restarts does; `restore()` lets connections through again.
 */
export class TcpProxy {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private down = false;
  /** Connections accepted and refused since the start. */
  readonly stats = { forwarded: 0, refused: 0 };
  port = 0;

  constructor(
    private readonly target: { host: string; port: number },
  ) {
    this.server = createServer((client) => this.accept(client));
  }

  /** Listens on a free port of 127.0.0.1; resolves to it. */
  async start(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    const address = this.server.address();
    if (!address || typeof address === 'string') throw new Error('the proxy has no TCP address');
    this.port = address.port;
    return this.port;
  }

  get isDown(): boolean {
    return this.down;
  }

  /** Connections open through the proxy (both ends counted once). */
  get openConnections(): number {
    return this.sockets.size / 2;
  }

  private accept(client: Socket): void {
    if (this.down) {
      // Like a closed port: the connection is reset before any byte is exchanged.
      this.stats.refused++;
      client.on('error', () => undefined);
      client.resetAndDestroy();
      return;
    }
    this.stats.forwarded++;
    const upstream = createConnection(this.target);
    for (const [socket, peer] of [[client, upstream], [upstream, client]] as const) {
      this.sockets.add(socket);
      socket.setNoDelay(true);
      socket.on('error', () => peer.destroy());
      socket.on('close', () => {
        this.sockets.delete(socket);
        peer.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  }

  /** Drops every open connection (reset, as when the server's processes die) and refuses new ones. */
  cut(): void {
    this.down = true;
    for (const socket of [...this.sockets]) {
      if (socket.destroyed) continue;
      try {
        socket.resetAndDestroy();
      } catch {
        socket.destroy();
      }
    }
  }

  /** Accepts and forwards connections again. */
  restore(): void {
    this.down = false;
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
