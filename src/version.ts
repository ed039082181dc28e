// One place for the version: the CLI, the fetcher's user agent and (later) the custody log use it.
export const VERSION = '0.1.0';
