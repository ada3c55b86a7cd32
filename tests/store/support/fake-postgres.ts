import { createServer, type Socket } from 'node:net';

/**
 * A TCP server on 127.0.0.1 that speaks just enough of PostgreSQL's protocol to misbehave:
 * `silent` accepts connections and never says a word; `mute` lets the client in (authentication
 * done, ready for a query) and then never answers a statement; `refuses` answers the start-up
 * with an error whose text is `message`, as a server that echoes what it was given would.
 */
export type Misbehaviour = { kind: 'silent' } | { kind: 'mute' } | { kind: 'refuses'; message: string };

export interface FakePostgres {
  port: number;
  close(): Promise<void>;
}

const message = (type: string, body: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length + 4);
  return Buffer.concat([Buffer.from(type, 'latin1'), length, body]);
};

const authenticationOk = message('R', Buffer.from([0, 0, 0, 0]));
const readyForQuery = message('Z', Buffer.from('I', 'latin1'));
const errorResponse = (text: string) => message('E', Buffer.concat([Buffer.from(`SFATAL\0C28P01\0M${text}\0`, 'utf8'), Buffer.from([0])]));

export async function fakePostgres(behaviour: Misbehaviour): Promise<FakePostgres> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let started = false;
    socket.on('data', () => {
      if (started || behaviour.kind === 'silent') return;
      started = true;
      socket.write(behaviour.kind === 'mute' ? Buffer.concat([authenticationOk, readyForQuery]) : errorResponse(behaviour.message));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
