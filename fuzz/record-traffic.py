#!/usr/bin/env python3
"""Records real HTTP traffic for the seed corpus: a loopback TCP relay that writes, per connection, the
bytes the client sent (NNNN.request) and the bytes the server answered (NNNN.response) into OUTDIR.
Usage: record-traffic.py LISTEN_PORT TARGET_PORT OUTDIR   (stops on SIGTERM/SIGINT)"""
import os
import socket
import sys
import threading

listen_port, target_port, outdir = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
os.makedirs(outdir, exist_ok=True)
counter = [0]
lock = threading.Lock()


def pump(src, dst, path):
    with open(path, "ab") as log:
        while True:
            try:
                data = src.recv(65536)
            except OSError:
                data = b""
            if not data:
                break
            log.write(data)
            try:
                dst.sendall(data)
            except OSError:
                break
    for s in (src, dst):
        try:
            s.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def serve(client):
    with lock:
        counter[0] += 1
        n = counter[0]
    upstream = socket.create_connection(("127.0.0.1", target_port))
    base = os.path.join(outdir, "%04d" % n)
    threading.Thread(target=pump, args=(client, upstream, base + ".request"), daemon=True).start()
    threading.Thread(target=pump, args=(upstream, client, base + ".response"), daemon=True).start()


server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", listen_port))
server.listen(64)
while True:
    conn, _ = server.accept()
    serve(conn)
