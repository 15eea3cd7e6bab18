#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one test binary inside a network namespace of its own, whose "system resolver"
# (/etc/netns/NAME/resolv.conf) is 127.0.0.53 inside it, so the test controls what this
# computer's DNS answers. The namespace and /etc/netns/NAME are always removed afterwards.
# Needs root: without it this is a skip (exit 0), except in CI, where it fails.
#
#   run-in-netns.sh <binary> [args...]
set -u
if [ "$#" -lt 1 ]; then
    echo "usage: $0 <binary> [args...]" >&2
    exit 2
fi
if [ "$(id -u)" -ne 0 ] || ! command -v ip >/dev/null 2>&1; then
    if [ -n "${CI:-}" ]; then
        echo "FAIL: $0 needs root and iproute2 for a network namespace in CI" >&2
        exit 1
    fi
    echo "SKIP: $0 needs root and iproute2 (network namespaces); not run"
    exit 0
fi

name="gcgui$$$(od -An -N3 -tx1 /dev/urandom | tr -d ' \n')"
cleanup() {
    ip netns delete "$name" 2>/dev/null
    rm -rf "/etc/netns/$name"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ip netns add "$name" || exit 1
ip -n "$name" link set lo up || exit 1
mkdir -p "/etc/netns/$name" || exit 1
printf 'nameserver 127.0.0.53\noptions timeout:2 attempts:2\n' > "/etc/netns/$name/resolv.conf" || exit 1

GATECHECK_TEST_NETNS="$name" ip netns exec "$name" "$@"
status=$?
exit $status
