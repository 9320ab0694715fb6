// A worker that dies as soon as it starts, like an engine whose native module fails to load.
process.exit(3);
