"""pyroute2's link_lookup, by name and by a predicate (the links that are
up). std-adapter/examples/seed_link_lookup.rs is the same program in
nlwire-std. Usage: seed_link_lookup.py NETNS"""
import sys

from pyroute2 import IPRoute


def indexes(found):
    return ",".join(str(i) for i in sorted(found))


with IPRoute(netns=sys.argv[1]) as ipr:
    # this request returns one match, one interface index
    print(f"veth0={indexes(ipr.link_lookup(ifname='veth0'))}")
    print(f"absent={indexes(ipr.link_lookup(ifname='absent0'))}")
    # this request uses a lambda to filter interfaces
    # and returns all interfaces that are up
    nics_up = set(ipr.link_lookup(lambda x: x.get("flags") & 1))
    print(f"up={indexes(nics_up)}")
