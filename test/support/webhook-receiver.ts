import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export interface ReceivedCall {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
  /** When the call arrived (ms since the epoch). */
  at: number;
}

/** A partner's endpoint on loopback. `answer` picks the status of each call (200 unless told otherwise). */
export class WebhookReceiver {
  readonly calls: ReceivedCall[] = [];
  private server?: Server;
  answer: (call: Omit<ReceivedCall, 'status'>, index: number) => number = () => 200;
  port = 0;
  /** Delay before answering each call. */
  delayMs = 0;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
        const call = { path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() };
        const status = this.answer(call, this.calls.length);
        this.calls.push({ ...call, status });
        res.writeHead(status, { 'content-type': 'text/plain', connection: 'close' }).end('ok');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  url(path = '/hook'): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  delivered(path?: string): ReceivedCall[] {
    return this.calls.filter((c) => c.status >= 200 && c.status < 300 && (!path || c.path === path));
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server) return resolve();
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}
