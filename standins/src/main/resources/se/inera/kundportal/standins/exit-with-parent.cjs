// Preloaded into every stand-in (node --require): the stand-in exits once the process that started it is gone.
// A JVM that ends without running its shutdown hooks (killed, or halted as PIT's minions are) cannot stop its
// children itself; an orphan is given a new parent, which this notices within half a second.
'use strict';
const parentAtStart = process.ppid;
setInterval(() => {
    if (process.ppid !== parentAtStart) {
        process.exit(0);
    }
}, 500).unref();
