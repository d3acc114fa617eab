// What a web page can do to a local Neo4j: open a WebSocket to the Bolt port (no CORS rule covers it)
// and log in. A raw client (HTTP upgrade, masked frames, the Bolt 4.4 handshake and HELLO), so that the
// test speaks exactly what a browser would send.
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';

export interface WebSocketProbe {
  /** The HTTP status line of the upgrade answer. */
  upgrade: string;
  /** SUCCESS or FAILURE of HELLO, with the server's code when it failed. */
  hello: 'SUCCESS' | 'FAILURE' | 'NONE';
  code?: string;
}

const tinyString = (text: string) => {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([bytes.length < 16 ? Buffer.from([0x80 | bytes.length]) : Buffer.from([0xd0, bytes.length]), bytes]);
};

function helloMessage(auth: Record<string, string>): Buffer {
  const fields = { user_agent: 'diplograph-probe/1.0', ...auth };
  const entries = Object.entries(fields).flatMap(([key, value]) => [tinyString(key), tinyString(value)]);
  const body = Buffer.concat([Buffer.from([0xb1, 0x01, 0xa0 | Object.keys(fields).length]), ...entries]);
  const header = Buffer.alloc(2);
  header.writeUInt16BE(body.length);
  return Buffer.concat([header, body, Buffer.from([0, 0])]);
}

/** One masked binary frame, as every browser sends (payloads under 64 KiB). */
function frame(payload: Buffer): Buffer {
  const mask = randomBytes(4);
  const length = payload.length < 126 ? Buffer.from([0x80 | payload.length]) : Buffer.from([0x80 | 126, payload.length >> 8, payload.length & 0xff]);
  const masked = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]!));
  return Buffer.concat([Buffer.from([0x82]), length, mask, masked]);
}

/** Reads bytes as they come; `take(n)` resolves with the next n bytes. */
function reader(socket: Socket) {
  let buffered = Buffer.alloc(0);
  let wake: () => void = () => {};
  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    wake();
  });
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  async function until(ready: () => boolean): Promise<boolean> {
    while (!ready()) {
      const more = new Promise<void>((resolve) => (wake = resolve));
      const ended = await Promise.race([more.then(() => false), closed.then(() => true)]);
      if (ended && !ready()) return false;
    }
    return true;
  }
  return {
    async line(): Promise<string> {
      await until(() => buffered.includes('\r\n\r\n'));
      const end = buffered.indexOf('\r\n\r\n');
      const head = buffered.subarray(0, Math.max(end, 0)).toString('latin1');
      buffered = buffered.subarray(end + 4);
      return head.split('\r\n')[0] ?? '';
    },
    /** The payload of the next server frame (unmasked), or null when the connection closed. */
    async frame(): Promise<Buffer | null> {
      if (!(await until(() => buffered.length >= 2))) return null;
      let length = buffered[1]! & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (!(await until(() => buffered.length >= 4))) return null;
        length = buffered.readUInt16BE(2);
        offset = 4;
      }
      if (!(await until(() => buffered.length >= offset + length))) return null;
      const payload = buffered.subarray(offset, offset + length);
      buffered = buffered.subarray(offset + length);
      return payload;
    },
  };
}

/** Opens ws://127.0.0.1:port from a foreign Origin and says HELLO with `auth` (e.g. {scheme: 'none'}). */
export async function probeBoltWebSocket(port: number, auth: Record<string, string>): Promise<WebSocketProbe> {
  const socket = connect({ host: '127.0.0.1', port });
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  const read = reader(socket);
  try {
    socket.write(
      [`GET / HTTP/1.1`, `Host: 127.0.0.1:${port}`, 'Upgrade: websocket', 'Connection: Upgrade',
        `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`, 'Sec-WebSocket-Version: 13',
        'Origin: https://attacker.example', '', ''].join('\r\n'),
    );
    const upgrade = await read.line();
    if (!upgrade.includes(' 101 ')) return { upgrade, hello: 'NONE' };
    // Bolt magic, then the versions we speak: 4.4 only.
    socket.write(frame(Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])));
    const version = await read.frame();
    if (!version || version.readUInt32BE(0) !== 0x0404) return { upgrade, hello: 'NONE' };
    socket.write(frame(helloMessage(auth)));
    const answer = await read.frame();
    if (!answer || answer.length < 4) return { upgrade, hello: 'NONE' };
    // [chunk length: 2 bytes] B1 <signature> <map…>
    const signature = answer[3];
    if (signature === 0x70) return { upgrade, hello: 'SUCCESS' };
    const code = /Neo\.[A-Za-z]+Error\.[A-Za-z.]+/.exec(answer.toString('latin1'))?.[0];
    return { upgrade, hello: signature === 0x7f ? 'FAILURE' : 'NONE', ...(code ? { code } : {}) };
  } finally {
    socket.destroy();
  }
}
