"""pyroute2's NLMSG_ERROR rule: an accepted request returns, a refused one
raises NetlinkError with the kernel's errno and text. nlwire-std asks for
extended ACKs by default; pyroute2 needs ext_ack=True to get the kernel's
text. std-adapter/examples/seed_nlmsg_error.rs is the same program in
nlwire-std. Usage: seed_nlmsg_error.py NETNS"""
import sys

from pyroute2 import IPRoute
from pyroute2.netlink.exceptions import NetlinkError


def report(name, request):
    try:
        request()
        print(f"{name}=ok")
    except NetlinkError as e:
        print(f"{name}.errno={e.code}")
        print(f"{name}.message={e.args[1]}")


with IPRoute(netns=sys.argv[1], ext_ack=True) as ipr:
    veth0 = ipr.link_lookup(ifname="veth0")[0]
    report("mtu_1500", lambda: ipr.link("set", index=veth0, mtu=1500))
    report("mtu_10", lambda: ipr.link("set", index=veth0, mtu=10))
    report(
        "route_via_unreachable",
        lambda: ipr.route(
            "add", dst="198.51.100.0/24", gateway="203.0.113.1", oif=veth0
        ),
    )
