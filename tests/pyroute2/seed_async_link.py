"""pyroute2's first AsyncIPRoute example: a link created, then every link
dumped lazily (a veth pair stands in for the dummy link, absent from this
kernel). std-adapter/examples/seed_async_link.rs is the same program in
nlwire-std. Usage: seed_async_link.py NETNS"""
import asyncio
import sys

from pyroute2 import AsyncIPRoute


async def main():
    async with AsyncIPRoute(netns=sys.argv[1]) as ipr:
        # create a link: immediate evaluation
        await ipr.link("add", ifname="test0", kind="veth", peer="test1")
        # dump links: lazy evaluation
        async for link in await ipr.link("dump"):
            print(f"ifname={link.get('ifname')}")


asyncio.run(main())
