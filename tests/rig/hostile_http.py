#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A deliberately broken HTTP server for the test rig.

Each mode is one way a peer (a broken middlebox, a tarpit, an attacker) can misbehave.
The probes must survive all of them with bounded time and memory:

  garbage         answers bytes that are not HTTP, then closes
  endless-body    a valid 200 whose body never ends
  huge-headers    a 200 with just over 1 MiB of header lines (1040), then a small body
  large-headers   a 200 with 12 header fields of 7000 bytes (84 KB; each field within the usual limits)
  endless-headers a status line, then header lines forever
  slowloris       a small valid response, one byte per second
  silent          accepts, reads the request, never answers (keeps the socket open)
  accept-close    accepts, reads the request, closes without a byte (a dead upstream)
  reset           accepts and resets the connection (RST)

Prints "listening on ADDR PORT" once the socket is bound, so a test can wait for it even
inside a network namespace. Standard library only; stopped by SIGTERM.
"""
import argparse
import os
import signal
import socket
import struct
import sys
import threading
import time


def read_request(conn):
    """Reads until the end of the request head, at most 64 KiB, at most 5 s. A client that
    does not speak plain HTTP (a TLS ClientHello) gets its answer after its first bytes."""
    conn.settimeout(5)
    data = b""
    try:
        while b"\r\n\r\n" not in data and len(data) < 65536:
            chunk = conn.recv(4096)
            if not chunk:
                break
            data += chunk
            if not data[:1].isalpha():
                break
    except OSError:
        pass
    conn.settimeout(None)
    return data


def send_forever(conn, block):
    try:
        while True:
            conn.sendall(block)
    except OSError:
        pass


def handle(conn, mode):
    try:
        if mode == "reset":
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return
        read_request(conn)
        if mode == "accept-close":
            # A clean FIN after the request was read: "empty reply", not a reset.
            conn.shutdown(socket.SHUT_RDWR)
        elif mode == "garbage":
            conn.sendall(b"\x16\x03\x01 this is not HTTP at all \x00\xff\xfe\r\n\r\n" * 8)
        elif mode == "endless-body":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nServer: hostile/1\r\n"
                         b"Connection: close\r\n\r\n<html><head><title>Endless</title></head><body>")
            print("body started", flush=True)
            send_forever(conn, b"x" * 65536)
        elif mode == "huge-headers":
            head = b"HTTP/1.1 200 OK\r\nServer: hostile/1\r\nContent-Type: text/html\r\n"
            line = b"X-Filler: " + b"a" * 1000 + b"\r\n"
            body = b"<html><head><title>Huge headers</title></head></html>"
            conn.sendall(head + line * 1040 + b"Content-Length: %d\r\n\r\n" % len(body) + body)
            time.sleep(30)  # keep the socket open: the client must decide, not our close
        elif mode == "large-headers":
            body = b"<html><head><title>Large headers</title></head></html>"
            fields = b"".join(b"X-Filler-%d: %s\r\n" % (i, b"a" * 7000) for i in range(12))
            conn.sendall(b"HTTP/1.1 200 OK\r\nServer: hostile/1\r\n" + fields
                         + b"Content-Length: %d\r\n\r\n" % len(body) + body)
            time.sleep(30)
        elif mode == "endless-headers":
            conn.sendall(b"HTTP/1.1 200 OK\r\nServer: hostile/1\r\n")
            send_forever(conn, (b"X-Filler: " + b"a" * 100 + b"\r\n") * 512)
        elif mode == "slowloris":
            body = b"<html><head><title>Slow</title></head></html>"
            response = (b"HTTP/1.1 200 OK\r\nServer: hostile/1\r\nContent-Length: %d\r\n\r\n" % len(body)) + body
            for i in range(len(response)):
                conn.sendall(response[i:i + 1])
                time.sleep(1)
        elif mode == "silent":
            time.sleep(3600)
    except OSError:
        pass
    finally:
        try:
            conn.close()
        except OSError:
            pass


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--mode", required=True)
    args = parser.parse_args()

    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    family = socket.AF_INET6 if ":" in args.bind else socket.AF_INET
    server = socket.socket(family, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind((args.bind, args.port))
    server.listen(64)
    print("listening on %s %d" % (args.bind, args.port), flush=True)
    while True:
        conn, _ = server.accept()
        threading.Thread(target=handle, args=(conn, args.mode), daemon=True).start()


if __name__ == "__main__":
    sys.exit(main())
