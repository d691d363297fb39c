"""pyroute2's get_attrs() for repeated NLAs: the source addresses of a
macvlan in source mode, by the documentation's path (directly in
IFLA_INFO_DATA, where the kernel puts none) and by the kernel's (inside
IFLA_MACVLAN_MACADDR_DATA). std-adapter/examples/seed_macvlan_macaddr.rs is
the same program in nlwire-std. Usage: seed_macvlan_macaddr.py NETNS"""
import sys

from pyroute2 import IPRoute

with IPRoute(netns=sys.argv[1]) as ipr:
    msg = tuple(ipr.link("get", ifname="mv0"))[0]
    data = msg.get("IFLA_LINKINFO").get("IFLA_INFO_DATA")
    print(f"mode={data.get('IFLA_MACVLAN_MODE')}")
    print(f"count={data.get('IFLA_MACVLAN_MACADDR_COUNT')}")
    print(f"data.macaddr.len={len(data.get_attrs('IFLA_MACVLAN_MACADDR'))}")
    listed = data.get("IFLA_MACVLAN_MACADDR_DATA")
    for mac in listed.get_attrs("IFLA_MACVLAN_MACADDR"):
        print(f"macaddr_data.macaddr={mac}")
