"""pyroute2's IPRoute example: every address as ADDRESS/PREFIXLEN.
std-adapter/examples/seed_addr_dump.rs is the same program in nlwire-std.
Usage: seed_addr_dump.py NETNS"""
import sys

from pyroute2 import IPRoute

with IPRoute(netns=sys.argv[1]) as ipr:
    for msg in ipr.addr("dump"):
        addr = msg.get("address")
        mask = msg.get("prefixlen")
        print(f"address={addr}/{mask}")
