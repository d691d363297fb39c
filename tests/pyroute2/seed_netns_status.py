"""pyroute2's IPRoute(netns=...) and status["netns"], with the links of the
namespace. std-adapter/examples/seed_netns_status.rs is the same program
in nlwire-std. Usage: seed_netns_status.py NETNS"""
import sys

from pyroute2 import IPRoute

with IPRoute(netns=sys.argv[1]) as ipr:
    assert ipr.status["netns"] == sys.argv[1]
    print(f"netns={ipr.status['netns']}")
    for link in ipr.link("dump"):
        print(f"ifname={link.get('ifname')}")
