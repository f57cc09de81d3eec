// The load benches' HTTP client: node:http over kept-alive sockets. fetch (undici) costs the
// bench about a millisecond of CPU per request (profiled under the check-in burst): on two
// cores that is time taken from the server being measured.
import { Agent, request } from 'node:http';

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

/** Sends one request; answers its status and body text. */
export function send(url, { method = 'GET', headers = {}, body } = {}) {
  const sized =
    body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) };
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method, headers: sized, agent }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.once('error', reject);
      response.once('end', () =>
        resolve({ status: response.statusCode, text: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    outgoing.once('error', reject);
    outgoing.end(body);
  });
}
