// Preloaded with `node --import` (and inherited by worker threads): any attempt to reach
// the network throws and is reported on stderr, so a test can prove a run stayed offline.
// Local IPC sockets (a file path, as tsx uses) are not network and stay allowed.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

const refuse = (what) => () => {
  process.stderr.write(`NETWORK ATTEMPT: ${what}\n${new Error().stack}\n`);
  throw new Error(`network access refused (${what})`);
};
const isLocalSocket = (first) =>
  (typeof first === 'string' && !/^\d+$/.test(first)) || (typeof first === 'object' && first !== null && typeof first.path === 'string');

for (const name of ['connect', 'createConnection']) {
  const original = net[name];
  net[name] = (...args) => (isLocalSocket(args[0]) ? original(...args) : refuse(`net.${name}`)());
}
const socketConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  return isLocalSocket(first) ? socketConnect.apply(this, args) : refuse('net.Socket.connect')();
};
tls.connect = refuse('tls.connect');
http.request = http.get = refuse('http.request');
https.request = https.get = refuse('https.request');
dns.lookup = refuse('dns.lookup');
globalThis.fetch = refuse('fetch');
