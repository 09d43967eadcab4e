/** Hono environment shared by all routes. */
export interface AppEnv {
  Variables: {
    requestId: string;
  };
}
