// Starts bench servers as child processes (bench/server-process.mjs) and stops them.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./server-process.mjs', import.meta.url));

/** A server in its own process; answers its origin, the CPU it has used so far and `stop()`. */
export async function startServer(env) {
  const child = fork(script, [], { env: { ...process.env, ...env }, stdio: 'inherit' });
  const { port } = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    cpuMicros: () =>
      new Promise((resolve) => {
        child.once('message', (message) => resolve(message.cpuMicros));
        child.send('cpu');
      }),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.send('stop');
      }),
  };
}
