#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A DNS (or DNS-over-HTTPS) server that misbehaves in exactly one way per run.

Used by the test rig (tests/rig/HostileDns.*) to check that Gatecheck's resolvers give a
clear error in bounded time, and never crash or grow without bound, whatever comes back.
It listens on 127.0.0.1 only, on a port the kernel picks, and prints "READY <port>" once
both UDP and TCP (or HTTPS) are bound. Every query it receives is logged as "REQUEST ...".
"""
import argparse
import http.server
import socket
import socketserver
import ssl
import struct
import sys
import threading
import time

ANSWER_V4 = bytes([192, 0, 2, 1])  # TEST-NET-1: never contacted, only returned
ANSWER_TTL = 60


def log(*parts):
    print(*parts, flush=True)


def question_end(query):
    """Offset just past the first question (name + type + class), or None."""
    pos = 12
    while pos < len(query):
        length = query[pos]
        if length == 0:
            return pos + 5 if pos + 5 <= len(query) else None
        if length & 0xC0:
            return None  # a query from a resolver never compresses its question
        pos += 1 + length
    return None


def parse(query):
    end = question_end(query)
    if len(query) < 12 or end is None:
        return None
    qid = struct.unpack("!H", query[:2])[0]
    qtype = struct.unpack("!H", query[end - 4:end - 2])[0]
    return qid, query[12:end], qtype


def header(qid, flags, qd=1, an=0, ns=0, ar=0):
    return struct.pack("!HHHHHH", qid, flags, qd, an, ns, ar)


def correct_answer(qid, question, qtype):
    if qtype == 1:
        record = struct.pack("!HHHIH", 0xC00C, 1, 1, ANSWER_TTL, 4) + ANSWER_V4
        return header(qid, 0x8180, an=1) + question + record
    return header(qid, 0x8180) + question  # NOERROR, no AAAA: NODATA


def pointer_loop_answer(qid, question):
    # The answer's owner name is a compression pointer to itself.
    offset = 12 + len(question)
    record = struct.pack("!H", 0xC000 | offset) + struct.pack("!HHIH", 1, 1, ANSWER_TTL, 4) + ANSWER_V4
    return header(qid, 0x8180, an=1) + question + record


def udp_reply(mode, query):
    parsed = parse(query)
    if parsed is None:
        return None
    qid, question, qtype = parsed
    if mode in ("ok", "slow"):
        return correct_answer(qid, question, qtype)
    if mode == "junk":
        return bytes((i * 37 + 11) & 0xFF for i in range(64))
    if mode == "wrong-id":
        return correct_answer(qid ^ 0xFFFF, question, qtype)
    if mode == "short-header":
        return struct.pack("!H", qid) + b"\x81\x80\x00\x01\x00"
    if mode == "pointer-loop":
        return pointer_loop_answer(qid, question)
    if mode == "huge-counts":
        answer = correct_answer(qid, question, 1)
        return header(qid, 0x8180, an=0xFFFF, ns=0xFFFF, ar=0xFFFF) + answer[12:]
    if mode.startswith("tc-"):
        return header(qid, 0x8380) + question  # TC set: "ask me over TCP"
    return None  # "silent": never answers


def serve_udp(sock, mode, delay):
    while True:
        query, peer = sock.recvfrom(4096)
        log("REQUEST udp", len(query))
        reply = udp_reply(mode, query)
        if reply is None:
            continue
        if mode == "slow":
            threading.Timer(delay, sock.sendto, (reply, peer)).start()
        else:
            sock.sendto(reply, peer)


def read_exactly(conn, count):
    data = b""
    while len(data) < count:
        chunk = conn.recv(count - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def serve_tcp_connection(conn, mode, delay):
    with conn:
        conn.settimeout(30)
        try:
            while True:
                length = read_exactly(conn, 2)
                if length is None:
                    return
                query = read_exactly(conn, struct.unpack("!H", length)[0])
                if query is None:
                    return
                log("REQUEST tcp", len(query))
                parsed = parse(query)
                if parsed is None:
                    return
                qid, question, qtype = parsed
                if mode == "tc-close":
                    return
                if mode == "tc-junk-tcp":
                    conn.sendall(struct.pack("!H", 0xFFFF) + bytes(range(40)))
                    time.sleep(30)  # promise 65535 bytes, send 40, never the rest
                    return
                if mode == "tc-hostile-tcp":
                    reply = pointer_loop_answer(qid, question)
                elif mode == "slow":
                    time.sleep(delay)
                    reply = correct_answer(qid, question, qtype)
                else:
                    reply = udp_reply(mode, query)
                    if reply is None:
                        return
                conn.sendall(struct.pack("!H", len(reply)) + reply)
        except OSError:
            return


def serve_tcp(listener, mode, delay):
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=serve_tcp_connection, args=(conn, mode, delay), daemon=True).start()


def bind_dns(wanted_port):
    """UDP on the given or a kernel-picked port, and TCP on the same number."""
    for _ in range(50):
        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        udp.bind(("127.0.0.1", wanted_port))
        port = udp.getsockname()[1]
        tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            tcp.bind(("127.0.0.1", port))
        except OSError:
            udp.close()
            tcp.close()
            if wanted_port:
                break
            continue
        tcp.listen(16)
        return udp, tcp, port
    sys.exit("no port free for both UDP and TCP")


class DohHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    mode = "doh-ok"
    delay = 0.0

    def log_message(self, fmt, *args):
        pass  # requests are logged when they arrive, in handle_query

    def respond(self, status, content_type, body, length=True, extra=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for name, value in extra:
            self.send_header(name, value)
        if length:
            self.send_header("Content-Length", str(len(body)))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(body)

    def query(self):
        if self.command == "POST":
            return self.rfile.read(min(int(self.headers.get("Content-Length", "0")), 4096))
        import base64
        import urllib.parse
        value = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query).get("dns", [""])[0]
        return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))

    def handle_query(self):
        log("REQUEST", self.command, self.path)
        query = self.query()
        parsed = parse(query)
        mode = self.mode
        if mode == "doh-html":
            return self.respond(200, "text/html", b"<html><title>Sign in to the Wi-Fi</title></html>")
        if mode == "doh-status":
            return self.respond(503, "text/plain", b"upstream unavailable\n")
        if mode == "doh-redirect":
            return self.respond(302, "text/html", b"", extra=(("Location", "http://portal.invalid/"),))
        if mode == "doh-junk":
            return self.respond(200, "application/dns-message", bytes((i * 37 + 11) & 0xFF for i in range(64)))
        if mode in ("doh-huge", "doh-huge-unannounced"):
            body = b"\0" * (200 * 1024)
            return self.respond(200, "application/dns-message", body, length=(mode == "doh-huge"))
        if parsed is None:
            return self.respond(400, "text/plain", b"bad query\n")
        if mode == "doh-slow":
            time.sleep(self.delay)
        qid, question, qtype = parsed
        self.respond(200, "application/dns-message", correct_answer(qid, question, qtype))

    do_GET = handle_query
    do_POST = handle_query


class ThreadingHttpsServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", required=True)
    parser.add_argument("--delay-ms", type=int, default=0)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    args = parser.parse_args()
    delay = args.delay_ms / 1000.0

    if args.cert:
        DohHandler.mode = args.mode
        DohHandler.delay = delay
        server = ThreadingHttpsServer(("127.0.0.1", 0), DohHandler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.cert, args.key)
        context.set_alpn_protocols(["http/1.1"])
        server.socket = context.wrap_socket(server.socket, server_side=True)
        log("READY", server.server_address[1])
        server.serve_forever()
        return

    udp, tcp, port = bind_dns(args.port)
    threading.Thread(target=serve_tcp, args=(tcp, args.mode, delay), daemon=True).start()
    log("READY", port)
    serve_udp(udp, args.mode, delay)


if __name__ == "__main__":
    main()
