// Two ways for a plot's draw to give the browser its turn: wait for a frame, or start a task of its own.

/**
 * Resolves just before the next frame is painted (or after 100 ms, where frames are not being produced, as in a
 * hidden tab, so that no plot waits forever).
 */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Resolves in a new task (a message to self), so that the work after it does not extend the current one. */
export function ownTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
}
