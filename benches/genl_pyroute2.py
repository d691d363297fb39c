#!/usr/bin/env python3
"""pyroute2's decoding of the recorded generic netlink replies that
`cargo bench -p nlwire-benches --bench genl` decodes: the nlctrl family reply
and dump (ctrlmsg) and the MPTCP endpoint dump (mptcp_msg), reading the same
fields and printing the same checksums, so the figures sit beside the Rust
ones. pyroute2 has no netlink class for ethtool features (it reads them
through the ioctl), so that case has no row here.

    python3 benches/genl_pyroute2.py
"""

import ipaddress
import os
import statistics
import struct
import time

import pyroute2
from pyroute2.netlink import ctrlmsg
from pyroute2.netlink.generic.mptcp import mptcp_msg

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fixtures", "kernel-6.18", "genl")
NLMSG_MIN_TYPE = 0x10  # types below are NLMSG_NOOP, _ERROR, _DONE, _OVERRUN
ROUNDS = 15


def messages(name):
    """The messages of a fixture other than the netlink control messages."""
    data = open(os.path.join(FIXTURES, name), "rb").read()
    out, at = [], 0
    while at + 16 <= len(data):
        length, kind = struct.unpack_from("=IH", data, at)
        if kind >= NLMSG_MIN_TYPE:
            out.append(data[at : at + length])
        at += (length + 3) & ~3
    return out


def nlctrl(data):
    """The family's id, version and multicast groups by name."""
    m = ctrlmsg(data)
    m.decode()
    total = m.get_attr("CTRL_ATTR_FAMILY_ID") + (m.get_attr("CTRL_ATTR_VERSION") or 0)
    for group in m.get_attr("CTRL_ATTR_MCAST_GROUPS") or []:
        total += len(group.get_attr("CTRL_ATTR_MCAST_GRP_NAME")) + group.get_attr("CTRL_ATTR_MCAST_GRP_ID")
    return total


def ip_sum(text):
    """An address as the Rust bench's checksum counts it (IPv6: the low 64 bits)."""
    return int(ipaddress.ip_address(text)) & 0xFFFF_FFFF_FFFF_FFFF


def endpoint(data):
    """The endpoint's id, address and flags."""
    m = mptcp_msg(data)
    m.decode()
    a = m.get_attr("MPTCP_PM_ATTR_ADDR")
    addr = a.get_attr("MPTCP_PM_ADDR_ATTR_ADDR4") or a.get_attr("MPTCP_PM_ADDR_ATTR_ADDR6")
    total = (a.get_attr("MPTCP_PM_ADDR_ATTR_ID") or 0) + (a.get_attr("MPTCP_PM_ADDR_ATTR_FLAGS") or 0)
    return total + (ip_sum(addr) if addr else 0)


def measure(msgs, decode):
    """Median ns/message over ROUNDS rounds of ~50 ms each, and the checksum."""
    checksum = sum(decode(m) for m in msgs)
    start, iters = time.perf_counter(), 0
    while time.perf_counter() - start < 0.05:
        for m in msgs:
            decode(m)
        iters += 1
    samples = []
    for _ in range(ROUNDS):
        t = time.perf_counter_ns()
        for _ in range(iters):
            for m in msgs:
                decode(m)
        samples.append((time.perf_counter_ns() - t) / (iters * len(msgs)))
    return statistics.median(samples), checksum


def main():
    print(f"pyroute2 {pyroute2.__version__}: ns/message (median)")
    for what, name, decode in [
        ("nlctrl family reply (genl_family_ethtool)", "genl_family_ethtool.bin", nlctrl),
        ("nlctrl dump (genl_family_dump, 8 families)", "genl_family_dump.bin", nlctrl),
        ("mptcp endpoints (mptcp_endpoint_dump, 8 endpoints)", "mptcp_endpoint_dump.bin", endpoint),
    ]:
        msgs = messages(name)
        ns, checksum = measure(msgs, decode)
        print(f"  {what:<52} {ns:>10.0f} ns  (checksum {checksum} over {len(msgs)} messages)")


if __name__ == "__main__":
    main()
