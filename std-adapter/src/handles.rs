//! The verb handles, `ipr.link()`, `ipr.route()`, ..., of both sessions:
//! each holds the session its module's verbs, written once over
//! [`Session`](crate::Session), run on.

#[cfg(feature = "tokio")]
use crate::asyncio::AsyncIPRoute;
use crate::iproute::IPRoute;

/// A handle type per verb, and its method on [`IPRoute`] and
/// `AsyncIPRoute`; `$doc` is the method's.
macro_rules! verb_handles {
    ($($(#[$doc:meta])* $method:ident => $handle:ident;)*) => {
        $(
            #[doc = concat!(
                "The verbs of [`IPRoute::", stringify!($method), "`](crate::IPRoute::",
                stringify!($method), "). `S` is the [`Session`](crate::Session): ",
                "`&mut IPRoute` (blocking `send()`) or `&AsyncIPRoute` (`send().await`)."
            )]
            pub struct $handle<S> {
                pub(crate) ipr: S,
            }

            impl<S> $handle<S> {
                /// The verbs on session `ipr`; `()` for builders that only
                /// make requests (`.request()`, to send several with `batch`).
                pub fn new(ipr: S) -> Self {
                    $handle { ipr }
                }
            }
        )*

        impl IPRoute {
            $(
                $(#[$doc])*
                pub fn $method(&mut self) -> $handle<&mut IPRoute> {
                    $handle::new(self)
                }
            )*
        }

        #[cfg(feature = "tokio")]
        impl AsyncIPRoute {
            $(
                $(#[$doc])*
                ///
                /// Each verb's future is awaited: `.send().await`.
                pub fn $method(&self) -> $handle<&AsyncIPRoute> {
                    $handle::new(self)
                }
            )*
        }
    };
}

verb_handles! {
    /// Link verbs: `ipr.link().add("v0").veth("v1").send()`.
    link => LinkHandle;
    /// Route verbs: `ipr.route().add(dst).gateway(gw).send()`.
    route => RouteHandle;
    /// Address verbs: `ipr.addr().add(ifindex, ip, 24).send()`.
    addr => AddrHandle;
    /// Neighbour (ARP/NDP) verbs: `ipr.neigh().add(ip).dev("v0").lladdr(&mac).send()`.
    neigh => NeighHandle;
    /// Policy-routing rule verbs: `ipr.rule().add().from(prefix).table(100).send()`.
    rule => RuleHandle;
    /// Bridge FDB verbs: `ipr.fdb().add(&mac).dev("v0").master().send()`.
    fdb => FdbHandle;
    /// Bridge port verbs: `ipr.brport().set("v0").cost(7).send()`.
    brport => BrportHandle;
    /// Bridge VLAN verbs: `ipr.vlan_filter().add("v0", 10).pvid().send()`.
    vlan_filter => VlanHandle;
    /// Bridge MDB verbs: `ipr.mdb().add("br0", "v0", group).permanent().send()`.
    mdb => MdbHandle;
    /// Nexthop-object verbs: `ipr.nexthop().add(1).gateway(gw).dev("v0").send()`.
    nexthop => NexthopHandle;
    /// Namespace-id verbs: `ipr.netnsid().set("blue", Some(5))`.
    netnsid => NsidHandle;
    /// Queueing-discipline verbs: `ipr.qdisc().add("v0").handle(h).tbf(options).send()`.
    qdisc => QdiscHandle;
    /// Traffic-class verbs: `ipr.class().add("v0").parent(p).classid(c).htb(options).send()`.
    class => ClassHandle;
    /// Traffic-filter verbs: `ipr.filter().add("v0").parent(p).protocol(eth_p::IP).u32(&matches).send()`.
    filter => FilterHandle;
    /// Tun/tap verbs: `ipr.tuntap().add("tap0", TunMode::Tap).owner(1000).send()`.
    tuntap => TuntapHandle;
}
