"""pyroute2's compatibility class NetNS, with the links of the namespace.
std-adapter/examples/seed_netns_class.rs is the same program in
nlwire-std. Usage: seed_netns_class.py NETNS"""
import sys

from pyroute2 import NetNS

with NetNS(sys.argv[1]) as ns:
    assert ns.status["netns"] == sys.argv[1]
    print(f"netns={ns.status['netns']}")
    for link in ns.link("dump"):
        print(f"ifname={link.get('ifname')}")
