//! `ipr.mdb()`: `bridge mdb`, the multicast groups each bridge port
//! forwards, as IGMP/MLD snooping learns them or as added by hand.

use std::future::Future;
use std::net::IpAddr;

use nlwire::build::Request;
use nlwire::mdb::{self, Group, MdbEntry};

use crate::builder::{setters, verbs};
use crate::dev::{ifindex, ifindex_opt, Dev};
use crate::error::Result;
use crate::handles::MdbHandle;
use crate::owned::OwnedMessage;
use crate::session::{Keep, Session};

/// The core request a verb makes of the entry.
type Verb = for<'e> fn(MdbEntry<'e>) -> Box<dyn Request + Send + Sync + 'e>;

/// An MDB request being built; [`send`](MdbRequest::send) sends it.
///
/// As `bridge mdb add`: the entry is `temp` unless [`permanent`](Self::permanent)
/// (a temporary entry needs a port that is up, a permanent one does not).
///
/// ```no_run
/// # let mut ipr = nlwire_std::IPRoute::new()?;
/// use nlwire::mdb::Group;
/// let group = Group::Ip("239.1.1.1".parse().unwrap());
/// // bridge mdb add dev br0 port v0 grp 239.1.1.1 permanent vid 5
/// ipr.mdb().add("br0", "v0", group).permanent().vid(5).send()?;
/// ipr.mdb().del("br0", "v0", group).vid(5).send()?;
/// # Ok::<(), nlwire_std::Error>(())
/// ```
#[must_use = "a request does nothing until it is sent"]
pub struct MdbRequest<S> {
    ipr: S,
    verb: Verb,
    bridge: Dev,
    port: Dev,
    /// The entry but for the indexes (resolved when sent) and the source list.
    entry: MdbEntry<'static>,
    source_list: Vec<IpAddr>,
}

impl<S> MdbHandle<S> {
    fn request(self, verb: Verb, bridge: Dev, port: Dev, group: Group) -> MdbRequest<S> {
        let entry = MdbEntry::new(0, 0, group);
        MdbRequest { ipr: self.ipr, verb, bridge, port, entry, source_list: Vec::new() }
    }
    verbs! { MdbRequest<S>:
        /// `bridge mdb add dev BRIDGE port PORT grp GROUP` (fails if it exists).
        add(bridge: impl Into<Dev>, port: impl Into<Dev>, group: Group) =>
            request(|e| Box::new(mdb::Add(e)), bridge.into(), port.into(), group);
        /// `bridge mdb replace ...`: add, or overwrite.
        replace(bridge: impl Into<Dev>, port: impl Into<Dev>, group: Group) =>
            request(|e| Box::new(mdb::Replace(e)), bridge.into(), port.into(), group);
        /// `bridge mdb del dev BRIDGE port PORT grp GROUP`.
        del(bridge: impl Into<Dev>, port: impl Into<Dev>, group: Group) =>
            request(|e| Box::new(mdb::Del(e)), bridge.into(), port.into(), group);
    }
    /// `bridge mdb get dev BRIDGE grp GROUP` (kernel 6.6 and later).
    ///
    /// ```no_run
    /// # let mut ipr = nlwire_std::IPRoute::new()?;
    /// use nlwire::mdb::{Group, Mdb};
    /// let reply = ipr.mdb().get("br0", Group::Ip("239.1.1.1".parse().unwrap())).vid(5).send()?;
    /// for pg in Mdb::parse(&reply.message())?.port_groups() {
    ///     let pg = pg?;
    ///     println!("port {} permanent {}", pg.port(), pg.permanent());
    /// }
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn get(self, bridge: impl Into<Dev>, group: Group) -> MdbGet<S> {
        let get = mdb::Get { bridge: 0, group, vid: 0, source: None };
        MdbGet { ipr: self.ipr, bridge: bridge.into(), get }
    }
}

/// A `bridge mdb get` being built; [`send`](MdbGet::send) sends it.
#[must_use = "a request does nothing until it is sent"]
pub struct MdbGet<S> {
    ipr: S,
    bridge: Dev,
    get: mdb::Get,
}

impl<S> MdbGet<S> {
    setters! {
        /// `vid VID`: the group in this VLAN.
        vid(vid: u16) => get.vid = vid;
        /// `src SOURCE`: the (S, G) entry.
        source(source: IpAddr) => get.source = Some(source);
    }
}

impl<S: Session> MdbGet<S> {
    /// The group on every port of the bridge: one message, read with
    /// [`nlwire::mdb::Mdb`]; a group the bridge does not have is the
    /// kernel's `ENOENT`, a bridge that does not exist
    /// [`Error::NotFound`](crate::Error::NotFound).
    pub fn send(self) -> S::Output<impl Future<Output = Result<OwnedMessage>>> {
        let MdbGet { mut ipr, bridge, get } = self;
        S::finish(async move {
            let bridge = ifindex(&mut ipr, &bridge).await?;
            ipr.get(&mdb::Get { bridge, ..get }).await
        })
    }
}

impl<S: Session> MdbHandle<S> {
    /// `bridge mdb show [dev BRIDGE]`: the entries and router ports of
    /// every bridge, or of one, lazily (see [`Dump`](crate::Dump)); each
    /// message is one bridge's, read with [`nlwire::mdb::Mdb`].
    pub fn dump(mut self, bridge: Option<Dev>) -> S::Output<impl Future<Output = Result<S::Dump>>> {
        S::finish(async move {
            // The kernel dumps every bridge: the filter is ours.
            let keep =
                ifindex_opt(&mut self.ipr, bridge.as_ref()).await?.map_or(Keep::All, Keep::MdbOfBridge);
            self.ipr.dump(&mdb::Dump, keep).await
        })
    }
}

impl<S> MdbRequest<S> {
    setters! {
        /// `permanent`: kept until deleted (else `temp`, aged out by snooping).
        permanent() => entry.permanent = true;
        /// `vid VID`: the VLAN (1 to 4094).
        vid(vid: u16) => entry.vid = vid;
        /// `src SOURCE`: an (S, G) entry.
        source(source: IpAddr) => entry.source = Some(source);
        /// `filter_mode include|exclude` (`true`: include), for IGMPv3/MLDv2.
        filter_mode(include: bool) => entry.filter_mode =
            Some(if include { mdb::filter_mode::INCLUDE } else { mdb::filter_mode::EXCLUDE });
        /// `source_list S1,S2,...`: the sources of a (*, G) entry.
        source_list(sources: &[IpAddr]) => source_list = sources.to_vec();
        /// `proto PROTO`: who adds the entry (`RTPROT_*`; the kernel's default
        /// is `static`).
        protocol(protocol: u8) => entry.protocol = Some(protocol);
    }
}

impl<S: Session> MdbRequest<S> {
    /// Sends the request and waits for the kernel's ACK. A bridge or port
    /// that does not exist is [`Error::NotFound`](crate::Error::NotFound); a VLAN above 4094 is
    /// [`Error::Invalid`](crate::Error::Invalid); nothing is changed.
    pub fn send(self) -> S::Output<impl Future<Output = Result<()>>> {
        let MdbRequest { mut ipr, verb, bridge, port, entry, source_list } = self;
        S::finish(async move {
            let bridge = ifindex(&mut ipr, &bridge).await?;
            let port = ifindex(&mut ipr, &port).await?;
            let entry = MdbEntry { bridge, port, source_list: &source_list, ..entry };
            ipr.request(&*verb(entry)).await.map(drop)
        })
    }
}
