// How many finished TCP handshakes a listener may hold before the process accepts them.
//
// Node 20's libuv (≥ 1.45) accepts ONE connection per event-loop iteration and listener. When the
// loop is busy (each iteration runs many callbacks) a listener accepts a few dozen connections a
// second; past Node's default backlog of 511 the kernel drops the customer's SYN, and the client
// retries it 1, 3, 7, 15 and 31 s later — a conversation start that took 30 s in the load benchmark
// (1,000 conversations: the desk's listen queue stood at 512 of 511 for 20 s, 19,000 overflows).
// A longer queue lets a connection wait its turn in order instead; the kernel caps it at
// net.core.somaxconn (4096 on current Linux).
export const LISTEN_BACKLOG = 4096;
