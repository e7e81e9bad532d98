import { NotificationScanner } from './session-scheduler';

/** A backend message: type byte, length (itself included), body. */
function message(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

function notification(pid: number, channel: string, payload: string): Buffer {
  const pidBytes = Buffer.alloc(4);
  pidBytes.writeInt32BE(pid, 0);
  return message('A', Buffer.concat([pidBytes, Buffer.from(channel + '\0' + payload + '\0', 'utf8')]));
}

describe('NotificationScanner', () => {
  const first = notification(1, 'bullmq_jobs', 'deadlines');
  const second = notification(1, 'kênh', 'việc mới');
  // Around the notifications: a CommandComplete, a DataRow, a body-less message and ReadyForQuery.
  const stream = Buffer.concat([
    message('C', Buffer.from('SELECT 1\0')),
    first,
    message('D', Buffer.alloc(300, 7)),
    message('1', Buffer.alloc(0)),
    second,
    message('Z', Buffer.from('I')),
  ]);

  it('finds exactly the notifications, whole, in a stream that arrives in one piece', () => {
    const found: Buffer[] = [];
    new NotificationScanner((m) => found.push(Buffer.from(m))).scan(stream);
    expect(found).toEqual([first, second]);
  });

  it('finds the same when the stream is cut at any byte, or arrives a byte at a time', () => {
    for (let cut = 1; cut < stream.length; cut++) {
      const found: Buffer[] = [];
      const scanner = new NotificationScanner((m) => found.push(Buffer.from(m)));
      scanner.scan(stream.subarray(0, cut));
      scanner.scan(stream.subarray(cut));
      expect(found).toEqual([first, second]);
    }
    const found: Buffer[] = [];
    const scanner = new NotificationScanner((m) => found.push(Buffer.from(m)));
    for (const byte of stream) scanner.scan(Uint8Array.of(byte));
    expect(found).toEqual([first, second]);
  });

  it('finds nothing in a stream without notifications', () => {
    const found: Buffer[] = [];
    new NotificationScanner((m) => found.push(Buffer.from(m))).scan(message('Z', Buffer.from('T')));
    expect(found).toEqual([]);
  });
});
