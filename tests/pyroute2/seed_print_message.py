"""pyroute2's "how to work with messages": the link with index 1 printed
whole, as JSON (std-adapter/examples/seed_print_message.rs is the same
program in nlwire-std). Usage: seed_print_message.py NETNS"""
import json
import sys

from pyroute2 import IPRoute

with IPRoute(netns=sys.argv[1]) as ipr:
    lo = tuple(ipr.link("get", index=1))[0]
    print(json.dumps(lo.dump(), default=str))
