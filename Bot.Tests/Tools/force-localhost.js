// Preload (node -r) for tools that listen on a port without naming a host, such as the Agents Playground:
// a listen call given only a port (or an options object without host/path) is bound to 127.0.0.1, so the
// tool is reachable from this machine only.
'use strict';
const net = require('net');

const originalListen = net.Server.prototype.listen;
const isPort = (value) => typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value));

net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [first, second] = args;
  if (isPort(first) && (args.length === 1 || typeof second === 'function' || second === undefined)) {
    return originalListen.call(this, first, '127.0.0.1', ...args.slice(1).filter((a) => a !== undefined));
  }
  if (first && typeof first === 'object' && !Array.isArray(first) && first.host === undefined && first.path === undefined && 'port' in first) {
    return originalListen.call(this, { ...first, host: '127.0.0.1' }, ...args.slice(1));
  }
  return originalListen.apply(this, args);
};
