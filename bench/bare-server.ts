import { createServer } from 'node:http';
import { serveToParent } from './lib/child-server';

/**
 * The physical limit: a bare node:http server answering a fixed JSON body (about the size of a
 * ranked page's envelope would be unfair to it; this is the floor of any HTTP answer here). Run
 * as a child process so that it does not share the load generator's event loop; it tells its
 * parent the port over IPC and exits when the parent disconnects.
 */
const body = JSON.stringify({ data: { status: 'ok', items: [1, 2, 3] } });
const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
});
serveToParent(server);
