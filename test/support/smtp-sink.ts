import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { decodeMail, DecodedMail } from './mail';

export interface ReceivedMail extends DecodedMail {
  to: string[];
  messageId: string;
}

/**
 * A real SMTP server in the test process. `failNext(n, code)` answers the next n messages with an SMTP
 * error (4xx: try later; 5xx: refused for good).
 */
export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  private server?: SMTPServer;
  private failures: { left: number; code: number } = { left: 0, code: 451 };
  port = 0;
  /** Delay before answering each message, to keep deliveries in flight. */
  delayMs = 0;

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => void this.settle(chunks, session.envelope.rcptTo.map((r) => r.address), callback));
      },
    });
    // A client killed mid-session resets its connection: not the test's failure.
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.port = ((this.server as unknown as { server: { address(): AddressInfo } }).server.address()).port;
    return this;
  }

  private async settle(chunks: Buffer[], to: string[], callback: (err?: Error | null) => void): Promise<void> {
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    if (this.failures.left > 0) {
      this.failures.left--;
      const err = Object.assign(new Error(this.failures.code >= 500 ? 'Mailbox unavailable' : 'Try again later'), { responseCode: this.failures.code });
      return callback(err);
    }
    const mail = decodeMail(Buffer.concat(chunks).toString('utf8'));
    this.messages.push({ ...mail, to, messageId: mail.headers['message-id'] ?? '' });
    callback();
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  failNext(count: number, code = 451): void {
    this.failures = { left: count, code };
  }

  to(address: string): ReceivedMail[] {
    return this.messages.filter((m) => m.to.includes(address));
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
