// A WebSocket server for tests of the LiveSplit link (node:http's upgrade and the protocol's framing, RFC
// 6455, no dependency) standing in for LiveSplit's, and a tiny client over node:net standing in for the
// browser's WebSocket.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { LinkSocket } from '../../src/platform/livesplit-link.ts';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/** A WebSocket server that keeps every text message it receives, in order. */
export function startServer(): Promise<{ server: Server; url: string; messages: string[]; closeClients: () => void }> {
  const messages: string[] = [];
  const clients: Socket[] = [];
  const server = createServer();
  server.on('upgrade', (request, socket: Socket) => {
    const accept = createHash('sha1').update(`${String(request.headers['sec-websocket-key'])}${GUID}`).digest('base64');
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    clients.push(socket);
    let buffered = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      // Client frames are masked; the link's commands are short text frames (length under 126).
      while (buffered.length >= 6) {
        const length = buffered[1]! & 0x7f;
        if (buffered.length < 6 + length) break;
        const mask = buffered.subarray(2, 6);
        const payload = Buffer.from(buffered.subarray(6, 6 + length).map((byte, index) => byte ^ mask[index % 4]!));
        if ((buffered[0]! & 0x0f) === 0x1) messages.push(payload.toString('utf8'));
        buffered = buffered.subarray(6 + length);
      }
    });
    socket.on('error', () => {});
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      resolve({ server, url: `ws://127.0.0.1:${port}/livesplit`, messages, closeClients: () => { for (const client of clients) client.destroy(); } });
    });
  });
}

/** The browser's WebSocket, as far as the link uses it: handshake, masked text frames, open and close. */
export function nodeSocket(url: string): LinkSocket {
  const { hostname, port, pathname } = new URL(url);
  const tcp = connect(Number(port), hostname);
  const link: LinkSocket & { readyState: number } = {
    readyState: 0,
    onopen: null,
    onclose: null,
    onerror: null,
    send(text: string) {
      const payload = Buffer.from(text, 'utf8');
      const mask = Buffer.from([1, 2, 3, 4]);
      tcp.write(Buffer.concat([Buffer.from([0x81, 0x80 | payload.length]), mask, payload.map((byte, index) => byte ^ mask[index % 4]!)]));
    },
    close() {
      tcp.end();
    },
  };
  tcp.on('connect', () => {
    tcp.write(`GET ${pathname} HTTP/1.1\r\nHost: ${hostname}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`);
  });
  tcp.once('data', (chunk: Buffer) => {
    if (!chunk.toString('latin1').startsWith('HTTP/1.1 101')) return;
    link.readyState = 1;
    link.onopen?.();
  });
  tcp.on('close', () => {
    link.readyState = 3;
    link.onclose?.();
  });
  tcp.on('error', () => {
    link.readyState = 3;
    link.onerror?.();
  });
  return link;
}

export function until(condition: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      if (condition()) resolve();
      else setImmediate(check);
    };
    check();
  });
}
