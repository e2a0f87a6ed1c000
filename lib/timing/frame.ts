/** One frame at 60 Hz, ms: how far apart two pieces of work must be to be in different frames. */
export const FRAME_MS = 16;
