#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A TCP relay that holds every byte back by a set time, in both directions.

This kernel has no netem qdisc, so latency for tests comes from here: a client connects to
--port, the relay connects to --target HOST:PORT and forwards each chunk --delay-ms after it
arrived, preserving order. Connecting upstream is delayed too, so the client's first byte
back arrives no sooner than 2 x delay. Prints "listening on ADDR PORT" when ready.
"""
import argparse
import asyncio
import signal
import sys


async def pump(reader, writer, delay):
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()

    async def deliver():
        while True:
            due, chunk = await queue.get()
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            if chunk is None:
                try:
                    writer.write_eof()
                except OSError:
                    pass
                return
            writer.write(chunk)
            await writer.drain()

    sender = asyncio.ensure_future(deliver())
    try:
        while True:
            chunk = await reader.read(65536)
            await queue.put((loop.time() + delay, chunk if chunk else None))
            if not chunk:
                break
        await sender
    except (OSError, asyncio.CancelledError):
        sender.cancel()


async def handle(client_reader, client_writer, target_host, target_port, delay):
    try:
        await asyncio.sleep(delay)
        upstream_reader, upstream_writer = await asyncio.open_connection(target_host, target_port)
    except OSError:
        client_writer.close()
        return
    await asyncio.gather(pump(client_reader, upstream_writer, delay), pump(upstream_reader, client_writer, delay),
                         return_exceptions=True)
    for w in (client_writer, upstream_writer):
        try:
            w.close()
        except OSError:
            pass


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--target", required=True)
    parser.add_argument("--delay-ms", type=int, required=True)
    args = parser.parse_args()
    host, _, port = args.target.rpartition(":")
    delay = args.delay_ms / 1000.0
    server = await asyncio.start_server(lambda r, w: handle(r, w, host.strip("[]"), int(port), delay),
                                        args.bind, args.port)
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, server.close)
    print("listening on %s %d" % (args.bind, args.port), flush=True)
    try:
        await server.serve_forever()
    except asyncio.CancelledError:
        pass


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
