//! `Ethtool`: ethtool's netlink interface over a [`Genl`](crate::Genl) session, the
//! commands of `ethtool -k/-K`, `-l/-L`, `-g/-G`, `-a`, `-c`, `-s` by device
//! name.

use std::fmt;
use std::marker::PhantomData;

use nlwire::ethtool::{
    self as et, Bitset, Channels, ChannelsGet, ChannelsSet, Coalesce, CoalesceGet, Feature, Features,
    FeaturesGet, FeaturesSet, LinkInfo, LinkModes, LinkinfoGet, LinkmodesGet, LinkmodesSet, Pause, PauseGet,
    RequestHeader, Rings, RingsGet, RingsSet, Stats, StatsGet, Strset, StrsetGet, ETH_SS_FEATURES,
    ETH_SS_STATS_STD, GENL_NAME,
};
use nlwire::genl::Command;
use nlwire::registry::Protocol;
use nlwire::spec::AttrType;
use nlwire::tables::ethtool::{StringsetSet, COALESCE, FAMILY};
use nlwire::{Attr, Message};

use crate::error::{Error, Result};
use crate::genl::{change, family_handle, genl_verbs, get, request, GenlSession};
use crate::owned::OwnedMessage;

/// One device feature as `ethtool -k` shows it, by the kernel's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeatureState {
    /// Bit index in the device's `ETH_SS_FEATURES` string set.
    pub index: u32,
    /// The kernel's name, such as `rx-gro` (ethtool's `generic-receive-offload`).
    pub name: String,
    /// On now.
    pub active: bool,
    /// Asked for by user space.
    pub wanted: bool,
    /// Changeable by user space.
    pub hw: bool,
    /// Cannot change.
    pub nochange: bool,
}

impl FeatureState {
    /// Whether ethtool shows it `[fixed]`.
    pub fn fixed(&self) -> bool {
        !self.hw || self.nochange
    }
    /// What ethtool appends: `" [fixed]"`, `" [requested on]"`,
    /// `" [requested off]"` or nothing.
    pub fn suffix(&self) -> &'static str {
        match (self.fixed(), self.active, self.wanted) {
            (true, _, _) => " [fixed]",
            (false, false, true) => " [requested on]",
            (false, true, false) => " [requested off]",
            _ => "",
        }
    }
}

impl From<Feature<'_>> for FeatureState {
    fn from(Feature { index, name, active, wanted, hw, nochange }: Feature<'_>) -> Self {
        FeatureState { index: index.unwrap_or_default(), name: name.to_owned(), active, wanted, hw, nochange }
    }
}

/// One feature in the kernel's answer to a features set
/// (`ETHTOOL_MSG_FEATURES_SET_REPLY`): one that changed, or one that is not
/// as asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeatureChange {
    /// Bit index in `ETH_SS_FEATURES`.
    pub index: u32,
    /// The kernel's name.
    pub name: String,
    /// On after the request.
    pub active: bool,
    /// Whether its active state changed (`ACTIVE` of the reply).
    pub changed: bool,
    /// The state asked for, when the result differs from it (`WANTED`).
    pub unmet: Option<bool>,
    /// Whether the request named it.
    pub requested: bool,
}

/// The kernel's answer to a features set, in index order: every feature
/// that changed (asked for or following from another: segmentation needs
/// checksumming) and every feature asked for that is not as asked (a fixed
/// one). Empty when all went as asked with no side effect but the changes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeaturesChanged {
    /// The features, in index order.
    pub features: Vec<FeatureChange>,
}

impl FeaturesChanged {
    /// Names of the features that changed.
    pub fn changed(&self) -> impl Iterator<Item = &str> {
        self.features.iter().filter(|f| f.changed).map(|f| f.name.as_str())
    }
    /// Names of the features asked for that are not as asked.
    pub fn unmet(&self) -> impl Iterator<Item = &str> {
        self.features.iter().filter(|f| f.unmet.is_some()).map(|f| f.name.as_str())
    }
    /// Whether anything differs from the request (something not as asked,
    /// or a change not asked for): when `ethtool -K` prints "Actual changes".
    pub fn surprising(&self) -> bool {
        self.features.iter().any(|f| f.unmet.is_some() || (f.changed && !f.requested))
    }
}

/// A reply of the ethtool family, owned, read with the core's view `V`
/// through [`view`](Reply::view); `Debug` prints every attribute by name.
///
/// ```no_run
/// use nlwire_std::Genl;
/// let mut genl = Genl::new()?;
/// let channels = genl.ethtool().channels("eth0")?;
/// println!("{:?} of {:?}", channels.view().combined_count()?, channels.view().combined_max()?);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Reply<V> {
    msg: OwnedMessage,
    view: PhantomData<V>,
}

/// Gives [`Reply`] the `view` of each ethtool reply view.
macro_rules! reply_views {
    ($($view:ident),+) => {$(
        impl Reply<$view<'static>> {
            /// Checks `msg` with the view and keeps it.
            fn new(msg: &Message<'_>) -> nlwire::Result<Self> {
                $view::parse(msg)?;
                Ok(Reply { msg: OwnedMessage::new(msg), view: PhantomData })
            }
            /// The reply, read with the core's view.
            pub fn view(&self) -> $view<'_> {
                $view::parse(&self.msg.message())
                    .unwrap_or_else(|_| unreachable!("the reply was checked when kept"))
            }
        }
    )+};
}
reply_views!(Channels, Rings, LinkInfo, LinkModes, Pause);

impl<V> Reply<V> {
    /// The message, owned.
    pub fn message(&self) -> &OwnedMessage {
        &self.msg
    }
}

impl<V> fmt::Debug for Reply<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut text = String::new();
        let written = nlwire::fmt::write_text_in(Protocol::Generic(&FAMILY), &self.msg.message(), &mut text);
        f.write_str(&text)?;
        written.map_err(|_| fmt::Error)
    }
}

/// Channel counts of `ethtool -l` (`None`: not supported, `n/a`).
pub type ChannelCounts = Reply<Channels<'static>>;
/// Ring sizes of `ethtool -g`.
pub type RingSizes = Reply<Rings<'static>>;
/// Port and transceiver of `ETHTOOL_MSG_LINKINFO_GET`.
pub type LinkInfoState = Reply<LinkInfo<'static>>;
/// Autonegotiation, speed, duplex and lanes of `ETHTOOL_MSG_LINKMODES_GET`
/// (what `ethtool DEV` shows as Auto-negotiation, Speed, Duplex).
pub type LinkModesState = Reply<LinkModes<'static>>;
/// Pause frame use of `ethtool -a`.
pub type PauseState = Reply<Pause<'static>>;

/// A string set of `ETHTOOL_MSG_STRSET_GET`: a device's own (driver
/// statistics, private flags, ...) or the system's (features, link modes,
/// statistics groups, ...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StringSet {
    /// `ETH_SS_*` ([`nlwire::ethtool::STRING_SETS`] names them).
    pub id: u32,
    /// The strings as (index, string), in the kernel's order.
    pub strings: Vec<(u32, String)>,
}

impl StringSet {
    /// The set's name, such as `features` ([`nlwire::ethtool::string_set_name`]).
    pub fn name(&self) -> Option<&'static str> {
        et::string_set_name(self.id)
    }
}

/// One standard statistics group of `ETHTOOL_MSG_STATS_GET`
/// (`ethtool -S DEV --groups ...`), with the counters the driver reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatsGroup {
    /// Its name in `ETH_SS_STATS_STD`, such as `eth-mac` or `rmon`.
    pub name: String,
    /// The counters, as (name in the group's string set, value).
    pub counters: Vec<(String, u64)>,
}

family_handle! {
    /// The ethtool family of a generic session, by device name; made by
    /// [`Genl::ethtool`](crate::Genl::ethtool) (blocking) or `AsyncGenl::ethtool` (each verb
    /// `.await`ed). Kernel errors keep their errno and extended-ACK text
    /// ([`Error::errno`], [`Error::ext_ack_message`]).
    ///
    /// ```no_run
    /// use nlwire_std::Genl;
    /// let mut genl = Genl::new()?;
    /// let mut ethtool = genl.ethtool();
    /// ethtool.set_features("eth0", &[("rx-gro", false)])?;
    /// for f in ethtool.features("eth0")? {
    ///     println!("{}: {}{}", f.name, if f.active { "on" } else { "off" }, f.suffix());
    /// }
    /// println!("{:?}", ethtool.channels("eth0")?);
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    Ethtool, ethtool, "The ethtool family, by device name: `genl.ethtool().channels(\"eth0\")`."
}

/// The string sets `ids` of `header`'s device.
async fn string_sets<S: GenlSession>(
    genl: &mut S,
    header: RequestHeader<'_>,
    ids: &[u32],
) -> Result<Vec<StringSet>> {
    let reply = get(genl, GENL_NAME, &StrsetGet::new(header, ids)).await?;
    let msg = reply.message();
    let sets = Strset::parse(&msg)?.stringsets()?.unwrap_or_default();
    let owned = |set: nlwire::Result<StringsetSet<'_>>| {
        let set = set?;
        let id = set.id()?.ok_or_else(|| Error::NotFound("ETHTOOL_A_STRINGSET_ID".into()))?;
        let strings = set.entries().map(|e| e.map(|(i, s)| (i, s.to_owned())));
        Ok(StringSet { id, strings: strings.collect::<nlwire::Result<_>>()? })
    };
    sets.stringset().map(owned).collect()
}

/// The strings of the set `id` of `header`'s device; a set the kernel does
/// not send is [`Error::NotFound`].
async fn string_set<S: GenlSession>(
    genl: &mut S,
    header: RequestHeader<'_>,
    id: u32,
) -> Result<Vec<(u32, String)>> {
    let sets = string_sets(genl, header, &[id]).await?;
    let set = sets.into_iter().find(|s| s.id == id).ok_or_else(|| {
        Error::NotFound(format!("ethtool string set {}", et::string_set_name(id).unwrap_or("?")))
    })?;
    Ok(set.strings)
}

/// The features of a features message, named (see [`Ethtool::read_features`]).
async fn read_features<S: GenlSession>(genl: &mut S, msg: &Message<'_>) -> Result<Vec<FeatureState>> {
    let view = Features::parse(msg)?;
    let mut compact = false;
    for set in [view.hw()?, view.wanted()?, view.active()?, view.nochange()?].into_iter().flatten() {
        compact |= set.is_compact()?;
    }
    if !compact {
        return view.named().map(|f| Ok(f?.into())).collect();
    }
    let device = view.header()?.unwrap_or_default();
    let header = match (device.dev_index()?, device.dev_name()?) {
        (Some(i), _) => RequestHeader::index(i),
        (None, Some(n)) => RequestHeader::name(n),
        (None, None) => return Err(Error::NotFound("device of an ethtool features message".into())),
    };
    let names = string_set(genl, header, ETH_SS_FEATURES).await?;
    names.iter().map(|(index, name)| Ok(view.feature(Some(*index), name)?.into())).collect()
}

/// Sends to `dev` the get `command` makes of its header; `read` reads its
/// one reply.
async fn one<'d, S: GenlSession, C: Command, T>(
    genl: &mut S,
    dev: &'d str,
    command: impl FnOnce(RequestHeader<'d>) -> C,
    read: impl Fn(&Message<'_>) -> nlwire::Result<T>,
) -> Result<T> {
    Ok(read(&get(genl, GENL_NAME, &command(RequestHeader::name(dev))).await?.message())?)
}

/// Every feature of `dev`, named (see [`Ethtool::features`]).
async fn features<S: GenlSession>(genl: &mut S, dev: &str) -> Result<Vec<FeatureState>> {
    let reply = get(genl, GENL_NAME, &FeaturesGet::new(RequestHeader::name(dev).compact())).await?;
    read_features(genl, &reply.message()).await
}

/// The standard statistics `groups` of `dev` (see [`Ethtool::stats`]).
async fn stats<S: GenlSession>(genl: &mut S, dev: &str, groups: &[&str]) -> Result<Vec<StatsGroup>> {
    let header = RequestHeader::name(dev);
    let std_names = string_set(genl, header, ETH_SS_STATS_STD).await?;
    let all: Vec<&str> = std_names.iter().map(|(_, n)| n.as_str()).collect();
    let asked = if groups.is_empty() { &all[..] } else { groups };
    let reply = get(genl, GENL_NAME, &StatsGet::new(header, asked)).await?;
    let msg = reply.message();
    let answered: Vec<_> = Stats::parse(&msg)?.answered().collect::<nlwire::Result<_>>()?;
    let name_of = |names: &[(u32, String)], i: u32| {
        names.iter().find(|(n, _)| *n == i).map_or_else(|| i.to_string(), |(_, s)| s.clone())
    };
    let mut out = Vec::new();
    for group in answered {
        let names = string_set(genl, header, group.ss_id).await?;
        let counters = group
            .counters()
            .map(|c| c.map(|(i, v)| (name_of(&names, i), v)))
            .collect::<nlwire::Result<_>>()?;
        out.push(StatsGroup { name: name_of(&std_names, group.id), counters });
    }
    Ok(out)
}

/// Sets the features `changes` of `dev`: what the kernel reports (see
/// [`Ethtool::set_features`]).
async fn set_features<S: GenlSession>(
    genl: &mut S,
    dev: &str,
    changes: &[(&str, bool)],
) -> Result<FeaturesChanged> {
    let header = RequestHeader::name(dev);
    let replies = request(genl, GENL_NAME, &FeaturesSet::new(header.compact(), changes)).await?;
    let mut out = FeaturesChanged::default();
    let Some(reply) = replies.first() else { return Ok(out) };
    let names = string_set(genl, header, ETH_SS_FEATURES).await?;
    let msg = reply.message();
    let view = Features::parse(&msg)?;
    let (wanted, active) = (view.wanted()?, view.active()?);
    for (index, name) in names {
        let get = |s: &Option<Bitset<'_>>| s.as_ref().map(|s| s.get(Some(index), Some(&name))).transpose();
        let (unmet, now) = (get(&wanted)?.flatten(), get(&active)?.flatten());
        if unmet.is_none() && now.is_none() {
            continue;
        }
        let requested = changes.iter().any(|(n, _)| *n == name);
        // Unchanged and not as asked: it stays the opposite of the request.
        let active = now.unwrap_or(unmet.is_some_and(|w| !w));
        let changed = now.is_some();
        out.features.push(FeatureChange { index, name, active, changed, unmet, requested });
    }
    Ok(out)
}

/// The coalescing parameters of a coalesce reply (see [`Ethtool::coalesce`]).
fn coalesce(msg: &Message<'_>) -> nlwire::Result<Vec<(&'static str, u32)>> {
    let c = Coalesce::parse(msg)?.attrs();
    let mut out = Vec::new();
    for spec in COALESCE.attrs {
        let value = match spec.ty {
            AttrType::U32 => c.read(spec.id, Attr::u32)?,
            AttrType::U8 => c.read(spec.id, Attr::u8)?.map(|v| u32::from(v != 0)),
            _ => None,
        };
        out.extend(value.map(|v| (spec.name, v)));
    }
    Ok(out)
}

impl<S: GenlSession> Ethtool<S> {
    genl_verbs! { genl:
        /// Every feature of `dev` (`ethtool -k`), in the kernel's order: the
        /// device's `ETH_SS_FEATURES` names and a compact features reply.
        features(dev: &'a str) -> Vec<FeatureState> = features(genl, dev);
        /// The features of a features reply or notification
        /// (`ETHTOOL_MSG_FEATURES_NTF`, which the kernel sends in the form the
        /// changing request asked for): a compact one is named by the device's
        /// `ETH_SS_FEATURES` set, asked of the kernel; a verbose one by its own
        /// names (only the features set in one of its bitsets).
        read_features(msg: &'a Message<'a>) -> Vec<FeatureState> = read_features(genl, msg);
        /// The device's feature names (`ETH_SS_FEATURES`), by index.
        feature_names(dev: &'a str) -> Vec<(u32, String)> =
            string_set(genl, RequestHeader::name(dev), ETH_SS_FEATURES);
        /// The string sets `ids` (`ETH_SS_*`, [`nlwire::ethtool::STRING_SETS`])
        /// as `dev` sees them: its own (driver statistics `ethtool -S` names,
        /// private flags) and the system's (features, link modes, statistics
        /// groups), in the kernel's order. Empty `ids` asks for the device's own
        /// sets only (the kernel's rule).
        ///
        /// ```no_run
        /// use nlwire::ethtool::{ETH_SS_LINK_MODES, ETH_SS_STATS};
        /// # let mut genl = nlwire_std::Genl::new()?;
        /// for set in genl.ethtool().string_sets("eth0", &[ETH_SS_STATS, ETH_SS_LINK_MODES])? {
        ///     println!("{:?}: {} strings", set.name(), set.strings.len());
        /// }
        /// # Ok::<(), nlwire_std::Error>(())
        /// ```
        string_sets(dev: &'a str, ids: &'a [u32]) -> Vec<StringSet> =
            string_sets(genl, RequestHeader::name(dev), ids);
        /// Standard statistics of `dev` (`ethtool -S DEV --groups ...`): each
        /// group named (`eth-phy`, `eth-mac`, `eth-ctrl`, `rmon`, ...; none:
        /// every group the kernel names in `ETH_SS_STATS_STD`, as
        /// `--all-groups`), in the kernel's order, with the counters the driver
        /// keeps, named by the group's string set. A driver keeping none (veth)
        /// gives groups without counters, not an error; a group name the kernel
        /// does not know is its `EOPNOTSUPP` with the extended ACK.
        stats(dev: &'a str, groups: &'a [&'a str]) -> Vec<StatsGroup> = stats(genl, dev, groups);
        /// Turns features of `dev` on or off by the kernel's names
        /// (`ethtool -K`), as ethtool sends it: a compact request, the reply
        /// named by the device's `ETH_SS_FEATURES` set. Returns what the kernel
        /// reports: the features that changed and those not as asked.
        ///
        /// ethtool's legacy names (`gro`, `tx` for `tx-checksum-*`, `sg` for
        /// `tx-scatter-gather*`, `tso` for `tx-tcp*-segmentation`): those are not
        /// kernel names. An unknown name fails with the kernel's `EOPNOTSUPP`
        /// and extended ACK ("bit name not found"), and nothing changes, not
        /// even the other changes asked.
        set_features(dev: &'a str, changes: &'a [(&'a str, bool)]) -> FeaturesChanged =
            set_features(genl, dev, changes);
        /// Channel counts of `dev` (`ethtool -l`).
        channels(dev: &'a str) -> ChannelCounts = one(genl, dev, ChannelsGet::new, ChannelCounts::new);
        /// Ring sizes of `dev` (`ethtool -g`; `EOPNOTSUPP` on veth).
        rings(dev: &'a str) -> RingSizes = one(genl, dev, RingsGet::new, RingSizes::new);
        /// Port, PHY address, MDI-X and transceiver of `dev`.
        link_info(dev: &'a str) -> LinkInfoState = one(genl, dev, LinkinfoGet::new, LinkInfoState::new);
        /// Autonegotiation, speed, duplex and lanes of `dev`.
        link_modes(dev: &'a str) -> LinkModesState = one(genl, dev, LinkmodesGet::new, LinkModesState::new);
        /// Pause frame use of `dev` (`ethtool -a`).
        pause(dev: &'a str) -> PauseState = one(genl, dev, PauseGet::new, PauseState::new);
        /// Interrupt coalescing of `dev` (`ethtool -c`): the parameters the
        /// driver reports, as (spec name such as `rx_usecs`, value; booleans as
        /// 0 or 1), in attribute order.
        coalesce(dev: &'a str) -> Vec<(&'static str, u32)> = one(genl, dev, CoalesceGet::new, coalesce);
        /// Sets channel counts of `dev` (`ethtool -L`): the `Some` fields of
        /// `values` (its header is ignored).
        set_channels(dev: &'a str, values: &ChannelsSet<'_>) -> () =
            change(genl, GENL_NAME, ChannelsSet { header: RequestHeader::name(dev), ..*values });
        /// Sets ring sizes of `dev` (`ethtool -G`): the `Some` fields of
        /// `values` (its header is ignored).
        set_rings(dev: &'a str, values: &RingsSet<'_>) -> () =
            change(genl, GENL_NAME, RingsSet { header: RequestHeader::name(dev), ..*values });
        /// Sets autonegotiation, speed, duplex or lanes of `dev` (`ethtool -s`):
        /// the `Some` fields of `values` (its header is ignored).
        set_link_modes(dev: &'a str, values: &LinkmodesSet<'_>) -> () =
            change(genl, GENL_NAME, LinkmodesSet { header: RequestHeader::name(dev), ..*values });
        /// Any ethtool command, its replies kept (for what has no method here).
        request(command: &'a impl Command) -> Vec<OwnedMessage> = request(genl, GENL_NAME, command);
    }
}
