import { fork } from 'node:child_process';
import type { HostPort } from './host';
import type { BackendChild } from './supervisor';

/** Starts the backend as a Node child process (browser mode), talking over Node's IPC channel. */
export function forkBackend(modulePath: string, args: string[], env: NodeJS.ProcessEnv): BackendChild & { pid: number | undefined } {
  const child = fork(modulePath, args, { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
  // A message to a child that has just died fails here; its exit is what the supervisor acts on.
  child.on('error', () => undefined);
  return {
    get pid() {
      return child.pid;
    },
    send: (message) => {
      if (child.connected) child.send(message);
    },
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', () => listener()),
    // Letting go of the channel asks the backend to close the library and exit.
    kill: () => {
      if (child.connected) child.disconnect();
      else child.kill();
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    },
  };
}

/** The backend's end of Node's IPC channel, in the child. */
export function parentPort(): HostPort {
  if (!process.send) throw new Error('The backend must be started by Glosa, with an IPC channel.');
  return {
    send: (message) => {
      if (process.connected) process.send!(message);
    },
    onMessage: (listener) => process.on('message', listener),
  };
}
