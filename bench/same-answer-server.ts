import { createServer } from 'node:http';
import { serveToParent } from './lib/child-server';

/**
 * The second baseline of `--public-reads`: a bare node:http server that sends exactly the bytes a
 * cache hit of the API sends (status, headers, body), captured from the running API by the parent.
 * A POST gets the captured POST answer once its body is read, as the API reads it before it can
 * look the request up; any other request gets the captured GET answer. What separates the API
 * from this server is our code and what runs beside it, not the answer. A child process, like
 * bare-server.ts: the answers come over IPC, the port goes back, and it exits on disconnect.
 */
export interface CapturedAnswer {
  status: number;
  /** Raw `name, value` pairs, without those Node adds itself (Date, Connection, Keep-Alive). */
  headers: string[];
  /** The body as sent on the wire (Brotli), base64. */
  body: string;
}

interface Answers {
  post: CapturedAnswer;
  get: CapturedAnswer;
}

function prepared(answer: CapturedAnswer) {
  return { status: answer.status, headers: answer.headers, body: Buffer.from(answer.body, 'base64') };
}

process.once('message', (answers: Answers) => {
  const post = prepared(answers.post);
  const get = prepared(answers.get);
  const server = createServer((request, response) => {
    if (request.method !== 'POST') {
      response.writeHead(get.status, get.headers);
      response.end(get.body);
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.once('end', () => {
      // Decoded like the API decodes a POST body (its text is the API's lookup key).
      if (Buffer.concat(chunks).toString('utf8').length === 0) {
        response.writeHead(400).end();
        return;
      }
      response.writeHead(post.status, post.headers);
      response.end(post.body);
    });
  });
  serveToParent(server);
});
