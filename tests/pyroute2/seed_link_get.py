"""pyroute2's .get() on a message: a field, an NLA, a nested NLA and an
absent one of the link with index 1, then more values of veth0.
std-adapter/examples/seed_link_get.rs is the same program in nlwire-std.
Usage: seed_link_get.py NETNS"""
import sys

from pyroute2 import IPRoute

with IPRoute(netns=sys.argv[1]) as ipr:
    lo = tuple(ipr.link("get", index=1))[0]
    assert lo.get("index") == 1
    print(f"lo.index={lo.get('index')}")
    print(f"lo.ifname={lo.get('ifname')}")
    print(f"lo.stats64.rx_bytes={lo.get(('stats64', 'rx_bytes'))}")
    # an NLA the message does not carry (no alias was set): None
    print(f"lo.ifalias={lo.get('ifalias')}")

    veth0 = tuple(ipr.link("get", ifname="veth0"))[0]
    names = ["index", "ifname", "mtu", "address", "broadcast", "operstate", "txqlen", "qdisc"]
    for name in names:
        value = veth0.get(name)
        print(f"veth0.{name}={'' if value is None else value}")
