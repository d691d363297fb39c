//! # nlwire-std: pyroute2's IPRoute for Rust
//!
//! A blocking [`IPRoute`] (and, with the default `tokio` feature, an
//! `AsyncIPRoute` whose requests may overlap on one socket) over the allocation-free `nlwire` core and the
//! `nlwire-rustix` socket: every verb's `dump()` is lazy, a lending
//! iterator over one receive buffer ([`Dump`]: zero copies, zero
//! allocations per message), turned into owned messages
//! ([`OwnedMessage`], one allocation each) by `collect_owned()` for callers
//! who keep them; every message answers pyroute2's `get("ifname")`,
//! `get_path(&["stats64", "rx_bytes"])`.
//!
//! ```no_run
//! use nlwire_std::IPRoute;
//! let mut ipr = IPRoute::new()?;
//! ipr.link().add("test0").veth("test1").mtu(9000).send()?;
//! let idx = ipr.link_lookup("test0")?;
//! ipr.addr().add(idx[0], "192.0.2.1".parse().unwrap(), 24).send()?;
//! let mut links = ipr.link().dump()?;
//! while let Some(link) = links.next()? {
//!     println!("{:?} {:?}", link.get("ifname")?, link.get_path(&["stats64", "rx_bytes"])?);
//! }
//! # Ok::<(), nlwire_std::Error>(())
//! ```
//!
//! # pyroute2 parity
//!
//! | pyroute2 `IPRoute` | nlwire-std |
//! | --- | --- |
//! | `IPRoute()` / `IPRoute(netns="blue")` | [`IPRoute::new`] / [`IPRoute::in_netns`] (never creates the namespace) |
//! | `NetNS("blue")`, `ns.status["netns"]`, `ns.close()` / `ns.remove()` | [`NetNS::new`] (creates the namespace when absent), `ns.status().netns`, [`NetNS::close`] / [`NetNS::remove`] |
//! | `ipr.link("add", ifname="v0", kind="veth", peer="v1")` | `ipr.link().add("v0").veth("v1").send()` |
//! | `ipr.link("add", ifname="mv0", kind="macvlan", link=i, macvlan_mode="source", macvlan_macaddr_mode="add", macvlan_macaddr=mac)` | `ipr.link().add("mv0").link(i).macvlan(\|m\| m.mode(MacvlanMode::Source).macaddr_add(mac)).send()` (typed closures: [`kinds`]: `macvlan`, `macvtap`, `bridge`, `vxlan`, `vlan`, `bond`, `ipvlan`, `ipvtap`, `vrf`, `geneve`, `gre`, `gretap`, `ipip`, `sit`) |
//! | `ipr.link("add", ifname="gn0", kind="geneve", geneve_id=5, ...)` (any kind, its `IFLA_INFO_DATA` by name) | `ipr.link().add("gn0").kind_data(data)` with [`KindData::for_kind`]`("geneve")?.set("id", 5)?` (names and widths checked against the kind's generated spec), or `.kind("macvtap").link("eth0")`, `.kind(k).data(raw)` |
//! | `ipr.link("set", index=i, state="up", mtu=9000, master=br)` | `ipr.link().set(i).up().mtu(9000).master("br0").send()` |
//! | `ipr.link("set", index=i, kind="macvlan", macvlan_macaddr_mode="add", macvlan_macaddr=mac)`, `kind="bridge", br_stp_state=1` | `ipr.link().set(i).macvlan(\|m\| m.macaddr_add(mac)).send()`, `.bridge(\|b\| b.stp(true))`, `.kind_data(data)` (`IFLA_LINKINFO` as `ip link set DEV type KIND ...` sends it) |
//! | `ipr.link("del", index=i)` / `ipr.link("get", index=i)` | `ipr.link().del(i)` / `ipr.link().get(i)` |
//! | `ipr.get_links()` | `ipr.link().dump()` (lazy, lending: `while let Some(link) = dump.next()?`), `.collect_owned()` for a `Vec` |
//! | `ipr.link_lookup(ifname="v0")` | [`IPRoute::link_lookup`] |
//! | `ipr.link_lookup(lambda x: ...)` | [`IPRoute::link_lookup_by`] (on borrowed views, no copies) |
//! | `ipr.addr("add", index=i, address=a, prefixlen=24)` | `ipr.addr().add(i, a, 24).send()` |
//! | `ipr.get_addr()` / `ipr.flush_addr(index=i)` | `ipr.addr().dump()` / `ipr.addr().flush(i)` (one batch) |
//! | `ipr.route("add", dst=..., gateway=..., table=100)` | `ipr.route().add(dst).gateway(gw).table(100).send()` |
//! | `ipr.get_routes()` / `ipr.flush_routes(table=T)` | `ipr.route().dump(family, table)` / `ipr.route().flush(family, T)` (one batch) |
//! | `ipr.route("get", dst=ip, src=..., oif=..., iif=..., mark=...)` | `ipr.route().get(ip).src(..).oif("v0").iif("v1").mark(7).send()` (also `uid`, `tos`, `flow`, `fib_match`; the kernel takes no table in a lookup) |
//! | `ipr.route("add", ..., metrics={"mtu": 1400, "advmss": ..., ...})` | `ipr.route().add(dst).metrics(Metrics { mtu: Some(1400), .. })` (every `RTAX_*`, `lock` included) |
//! | `ipr.route("add", ..., encap={"type": "mpls", "labels": "100/200"})` | `ipr.route().add(dst).encap(Encap::Mpls { labels: &[100, 200], ttl: None })` (also `Ip`, `Ip6`, `Seg6`, any type as `Raw`; [`nlwire::lwtunnel`]) |
//! | `ipr.get_default_routes(family, table=254)` | `ipr.route().default_routes(family, Some(254))` (lazy) |
//! | `ipr.route("add", ..., nh_id=10)` | `ipr.route().add(dst).nh_id(10)` |
//! | `ipr.neigh("add", dst=ip, lladdr=mac, ifindex=i, state=...)` | `ipr.neigh().add(ip).dev(i).lladdr(&mac).state(NudState::REACHABLE).send()` (also `replace`, `change`, `del`) |
//! | `ipr.get_neighbours(family=AF_INET, ifindex=i)` / `ipr.neigh("get", ...)` | `ipr.neigh().dump(2, Some(i))` / `ipr.neigh().get(ip, "v0")` |
//! | `ipr.rule("add", src=..., src_len=24, table=100, priority=1000)` | `ipr.rule().add().from(prefix).table(100).priority(1000).send()` (and `del()`) |
//! | `ipr.get_rules(family=AF_INET)` | `ipr.rule().dump(2)` |
//! | `ipr.flush_rules(family=AF_INET, priority=lambda x: 5 < x < 32000)` | `ipr.rule().flush(2, \|r\| ...)` (a predicate on the borrowed [`nlwire::rule::Rule`]; one batch) |
//! | `ipr.neigh("replace", dst=ip, ifindex=i, flags=NTF_USE)` (probe) | `ipr.neigh().probe(ip).dev(i).send()` |
//! | `ipr.get_netnsid(fd=...)` / `ipr.set_netnsid(nsid=5, fd=...)` | `ipr.netnsid().get("blue")` / `ipr.netnsid().set("blue", Some(5))` (by name, path, fd, pid or id: [`NsPeer`]; `dump()` for `ip netns list-id`) |
//! | `ip nexthop add id 1 via GW dev D` / `group 1/2,3` / `type resilient` | `ipr.nexthop().add(1).gateway(gw).dev("v0").send()` / `.group(&[(1, 1), (2, 3)])` / `.resilient(buckets, idle, unbalanced)` (also `replace`, `blackhole`, `onlink`, `fdb`) |
//! | `ipr.fdb("add", ifindex=i, lladdr=mac, dst=ip, vni=..., port=...)` / `"append"` / `"del"` | `ipr.fdb().add(&mac).dev(i).dst(ip).vni(..).port(..).send()` / `append` / `replace` / `del` (`master()` for the bridge's table, `flags(..)` for any `NTF_*`; `state`, `vlan`, `src_vni`, `via`, `nh_id`) |
//! | `ipr.fdb("dump")` | `ipr.fdb().dump(None)` / `ipr.fdb().dump(Some("br0".into()))` (lazy) |
//! | `ipr.brport("set", index=i, cost=7, hairpin=1, learning=0, state=3, ...)` | `ipr.brport().set(i).cost(7).hairpin(true).learning(false).state(3).send()` (every `IFLA_BRPORT_*` option of `bridge link set`: `priority`, `guard`, `root_block`, `fast_leave`, `flood`, `mcast_flood`, `bcast_flood`, `proxyarp`, `neigh_suppress`, `isolated`, `backup_port`, ...; any as [`nlwire::bridge::PortOptions`]) |
//! | `ipr.brport("dump")` / `ipr.brport("get", index=i)` | `ipr.brport().dump()` (lazy) / `ipr.brport().get(i)` |
//! | `ipr.vlan_filter("add", index=i, vlan_info={"vid": 10, "pvid": True, "untagged": True})` / `"del"` | `ipr.vlan_filter().add(i, 10).pvid().untagged().send()` / `ipr.vlan_filter().del(i, 10).send()` (`.to(20)` for `vid 10-20`, `.self_()`, `.master()`) |
//! | `ipr.vlan_filter("dump")` | `ipr.vlan_filter().dump(false)` (lazy; [`nlwire::bridge::vlans`] reads each port's VLANs; `true` for ranges) |
//! | `bridge mdb add dev br0 port v0 grp 239.1.1.1 permanent vid 5` / `del` / `get` / `show dev br0` (pyroute2 has no MDB verb) | `ipr.mdb().add("br0", "v0", Group::Ip(grp)).permanent().vid(5).send()` / `del` / `replace` / `get("br0", group)` (kernel 6.6+) (`source`, `source_list`, `filter_mode`, `protocol`) / `ipr.mdb().dump(Some("br0".into()))` (lazy; [`nlwire::mdb::Mdb`] views) |
//! | `ip nexthop del id 1` / `get id 1` / `show` | `ipr.nexthop().del(1)` / `ipr.nexthop().get(1)` / `ipr.nexthop().dump(family)` |
//! | `ipr.tc("add", "tbf", index=i, handle=0x10000, rate=..., ...)` | `ipr.qdisc().add(i).handle(Handle::new(1, 0)).tbf(options).send()` (also `replace`, `change`, `del`; htb, pfifo, bfifo, ingress, clsact, ... or any kind by name) |
//! | `ipr.get_qdiscs(index=i)` | `ipr.qdisc().dump(Some(i))` |
//! | `ipr.tc("add-class", "htb", index=i, handle=0x10010, parent=0x10000, rate=...)` | `ipr.class().add(i).parent(Handle::new(1, 0)).classid(Handle::new(1, 0x10)).htb(options).send()` (also `replace`, `change`, `del`; any kind by name) |
//! | `ipr.get_classes(index=i)` | `ipr.class().dump(i)` |
//! | `ipr.tc("add-filter", "u32", index=i, parent=0x10000, protocol=ETH_P_IP, prio=1, keys=[...], target=0x10010)` | `ipr.filter().add(i).parent(Handle::new(1, 0)).protocol(eth_p::IP).prio(1).u32(&matches).flowid(Handle::new(1, 0x10)).send()` (also `replace`, `change`, `del`; any kind by name) |
//! | `ipr.get_filters(index=i, parent=0x10000)` | `ipr.filter().dump(i, Handle::new(1, 0))` |
//! | `ipr.ensure(ipr.addr, present=True, ...)` / `present=False` | `ipr.addr().add(i, a, 24).ensure()` / `ipr.addr().del(i, a, 24).ensure()`, the same on the link, route, neighbour and rule builders, and `ipr.link().ensure_absent(dev)` (an object already there with other settings stays the kernel's `EEXIST`; a link's kind options are compared one by one with the link's, exactly) |
//! | `msg.get("ifname")`, `msg.get_nested(...)` | [`OwnedMessage::get`], [`OwnedMessage::get_path`] (and the same on borrowed `nlwire::Message`): absent is `Ok(None)`, a name the message cannot have [`Error::UnknownName`] |
//! | `msg.get("index") == 1`, `msg.get("ifname") == "lo"`, `str(value)` | `v == 1`, `v == "lo"` (any integer width), `v.to_string()` (as `ip` prints it), `v.as_u32()`, `as_str`, `as_ip`, `as_mac` on [`nlwire::spec::Value`] |
//! | `ipr.bind(); ipr.get()` | [`IPRoute::monitor`]: typed [`Event`]s from a reused buffer |
//! | `ethtool -S DEV` names, `ETHTOOL_MSG_STRSET_GET` (pyroute2's `ethtool.get_stringset`) | `genl.ethtool().string_sets("v0", &[ETH_SS_STATS, ETH_SS_LINK_MODES])` (sets by id; [`nlwire::ethtool::STRING_SETS`] names them) |
//! | `ethtool -S DEV --all-groups` / `--groups eth-mac rmon` (`ETHTOOL_MSG_STATS_GET`) | `genl.ethtool().stats("v0", &[])` / `.stats("v0", &["eth-mac", "rmon"])`: each group with its counters by name (none on veth: groups without counters, not an error) |
//! | pyroute2's `AsyncIPRoute` beside the blocking generic sockets (`ethtool`, `MPTCP` are blocking only there) | `AsyncGenl` (feature `tokio`): the verbs of [`Genl`] (`ethtool()`, `mptcp()`, `wireguard()`, `netdev()`, `request`, `dump`), each `.await`ed and written once over [`GenlSession`]; `&self`, so verbs of several bound handles run at once (`join!(ethtool.channels("v0"), pm.endpoints())`) |
//! | `ynl --family netdev --dump dev-get` (pyroute2 has no netdev family) | `genl.netdev().devices()` (lazy, lending: `while let Some(dev) = devices.next()?`, each a [`nlwire::netdev::Device`] view: `xdp_features()`, `xdp_rx_metadata_features()`, `xsk_features()`, `xdp_zc_max_segs()`) |
//! | `ynl --family netdev --dump page-pool-get` / `queue-get --json '{"ifindex": i}'` | `genl.netdev().page_pools(None)` / `genl.netdev().queues(Some(i))` (lazy, lending) |
//! | pyroute2's `IW().get_interfaces_dump()`, `list_wiphy()`, `get_stations(index)`, `scan`'s results (`iw dev`, `iw phy`, `iw dev D station dump`, `iw dev D scan dump`) | `genl.nl80211().interfaces()`, `.wiphys()` (split as `iw` asks), `.stations(i)`, `.scan_results(i)` (lazy, lending views of [`nlwire::nl80211`]: MAC, SSID as bytes, MHz, dBm); no cfg80211: [`Error::NotFound`] naming `"nl80211"` |
//! | `ethtool --monitor`, `ip mptcp monitor` (pyroute2: `bind(groups=...)` on the generic socket) | `genl.events("ethtool", "monitor")` / `AsyncGenl::events(..).await`: a socket of its own joined by group name, `next()` / `next().await` lending each event |
//!
//! `AsyncIPRoute` (feature `tokio`, on by default) has the same verbs, each
//! `send()`, `ensure()`, `get()`, `dump()` awaited:
//! `ipr.link().add("v0").veth("v1").send().await`. Each verb is written once,
//! over the [`Session`] trait that both sessions implement; `AddrRequest`
//! and `RuleRequest` also give the request they send (`.request()`), to
//! send several together with `batch`. It takes `&self`: requests
//! from several tasks or a `join!` are in flight together on one socket and
//! matched to their callers by sequence number, with no background task.
//! Its dumps are read with `next().await` (borrowed, zero copies, zero
//! allocations per message), as a `futures::Stream` of owned messages
//! (`dump(..).await?.owned()`), or kept (`collect_owned().await`); `AsyncMonitor` gives events the same two
//! ways. Dumps on one session take turns (the kernel refuses a second one
//! with `EBUSY`); at most 128 requests wait unanswered at once, so answers
//! never overflow the socket's buffer.
//!
//! What nlwire adds: dumps interrupted by concurrent changes are reported
//! ([`Error::Interrupted`]) and retried on request ([`IPRoute::dump_owned`]);
//! lost events are an [`Event::Overrun`] value; strict checking and extended
//! ACKs are on by default ([`IPRoute::status`]); batches say which request
//! failed ([`IPRoute::batch`]), and are sent 128 requests per datagram so
//! that no answer is lost however long the batch.
#![deny(missing_docs)]

mod addr;
#[cfg(feature = "tokio")]
mod async_dump;
#[cfg(feature = "tokio")]
mod async_fd;
#[cfg(feature = "tokio")]
mod async_genl;
#[cfg(feature = "tokio")]
mod async_monitor;
#[cfg(feature = "tokio")]
mod async_pending;
#[cfg(feature = "tokio")]
mod asyncio;
mod brport;
mod class;
mod dev;
mod ensure;
mod error;
pub mod ethtool;
mod fdb;
mod filter;
pub mod genl;
mod iproute;
mod kind_data;
pub mod kinds;
mod link;
mod link_request;
mod mdb;
pub mod monitor;
pub mod mptcp;
mod neigh;
pub mod netdev;
mod netns;
mod nexthop;
pub mod nl80211;
mod nsid;
mod owned;
mod qdisc;
mod route;
mod rule;
mod session;
mod socket;
mod view_dump;
mod vlan;
pub mod wireguard;

pub use addr::{AddrHandle, AddrRequest};
#[cfg(feature = "tokio")]
pub use async_dump::{AsyncDump, OwnedDump};
#[cfg(feature = "tokio")]
pub use async_genl::{AsyncGenl, AsyncGenlEvents};
#[cfg(feature = "tokio")]
pub use async_monitor::AsyncMonitor;
#[cfg(feature = "tokio")]
pub use asyncio::AsyncIPRoute;
pub use brport::{BrportHandle, BrportSet};
pub use class::{ClassBuilder, ClassHandle};
pub use dev::Dev;
pub use error::{Error, Result};
pub use ethtool::{
    Ethtool, FeatureChange, FeatureState, FeaturesChanged, LinkModesState, StatsGroup, StringSet,
};
pub use fdb::{FdbHandle, FdbRequest};
pub use filter::{FilterBuilder, FilterHandle};
pub use genl::{Genl, GenlEvents, GenlSession};
pub use iproute::{Dump, IPRoute};
pub use kind_data::{DevOption, KindData, KindValue, Setting};
pub use link::{LinkAdd, LinkHandle, LinkSet};
pub use link_request::LinkRequest;
pub use mdb::{MdbGet, MdbHandle, MdbRequest};
pub use monitor::{Event, Group, Monitor, OwnedEvent};
pub use neigh::{NeighHandle, NeighRequest};
pub use netns::NetNS;
pub use nexthop::{NexthopBuilder, NexthopHandle};
pub use nsid::{NsPeer, NsidHandle};
pub use owned::OwnedMessage;
pub use qdisc::{QdiscBuilder, QdiscHandle};
pub use route::{RouteBuilder, RouteGetBuilder, RouteHandle};
pub use rule::{RuleHandle, RuleRequest};
pub use session::{Keep, Session};
pub use socket::{NetnsRef, Status};
pub use view_dump::{View, ViewDump};
pub use vlan::{VlanHandle, VlanRequest};
pub use wireguard::{WgDevice, WgPeer, Wireguard};
