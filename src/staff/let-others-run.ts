/**
 * A pause in long staff work (the regression check: several trainings, seconds of CPU in one process) so that
 * citizens' turns that arrived meanwhile are served first. Not a bare next task: a chat turn waits on a few
 * database round trips in a row, each needing its own turn of the event loop, so the pause lasts a few
 * milliseconds and lets such a turn finish rather than take one step per pause. setTimeout exists in Node and
 * in Workers alike.
 */
export const PAUSE_MS = 10;

export const letOthersRun = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
