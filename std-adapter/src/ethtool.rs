//! `Ethtool`: ethtool's netlink interface over a [`Genl`] session, the
//! commands of `ethtool -k/-K`, `-l/-L`, `-g/-G`, `-a`, `-c`, `-s` by device
//! name.

use std::fmt;
use std::marker::PhantomData;

use nlwire::ethtool::{
    self as et, Channels, ChannelsGet, ChannelsSet, Coalesce, CoalesceGet, Features, FeaturesGet,
    FeaturesSet, LinkInfo, LinkModes, LinkinfoGet, LinkmodesGet, LinkmodesSet, Pause, PauseGet,
    RequestHeader, Rings, RingsGet, RingsSet, Strset, StrsetGet, ETH_SS_FEATURES,
};
use nlwire::genl::Command;
use nlwire::registry::Protocol;
use nlwire::spec::AttrType;
use nlwire::tables::ethtool::{COALESCE, FAMILY};
use nlwire::{Attr, Message};

use crate::error::{Error, Result};
use crate::genl::Genl;
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
        if self.fixed() {
            " [fixed]"
        } else if self.active != self.wanted {
            if self.wanted {
                " [requested on]"
            } else {
                " [requested off]"
            }
        } else {
            ""
        }
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

/// The ethtool family of a [`Genl`] session, by device name; made by
/// [`Genl::ethtool`]. Kernel errors keep their errno and extended-ACK text
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
pub struct Ethtool<'g> {
    genl: &'g mut Genl,
}

impl Genl {
    /// The ethtool family of this session, by device name.
    pub fn ethtool(&mut self) -> Ethtool<'_> {
        Ethtool::new(self)
    }
}

impl<'g> Ethtool<'g> {
    pub(crate) fn new(genl: &'g mut Genl) -> Self {
        Ethtool { genl }
    }

    fn one<T>(
        &mut self,
        command: &impl Command,
        what: &str,
        read: impl Fn(&Message<'_>) -> nlwire::Result<T>,
    ) -> Result<T> {
        let replies = self.genl.request(et::GENL_NAME, command)?;
        let reply = replies.first().ok_or_else(|| Error::NotFound(format!("ethtool {what} reply")))?;
        Ok(read(&reply.message())?)
    }

    /// Every feature of `dev` (`ethtool -k`), in the kernel's order: the
    /// device's `ETH_SS_FEATURES` names and a compact features reply.
    pub fn features(&mut self, dev: &str) -> Result<Vec<FeatureState>> {
        let replies =
            self.genl.request(et::GENL_NAME, &FeaturesGet::new(RequestHeader::name(dev).compact()))?;
        let reply = replies.first().ok_or_else(|| Error::NotFound(format!("ethtool features of {dev}")))?;
        self.read_features(&reply.message())
    }

    /// The features of a features reply or notification
    /// (`ETHTOOL_MSG_FEATURES_NTF`, which the kernel sends in the form the
    /// changing request asked for): a compact one is named by the device's
    /// `ETH_SS_FEATURES` set, asked of the kernel; a verbose one by its own
    /// names (only the features set in one of its bitsets).
    pub fn read_features(&mut self, msg: &Message<'_>) -> Result<Vec<FeatureState>> {
        let view = Features::parse(msg)?;
        let mut compact = false;
        for set in [view.hw()?, view.wanted()?, view.active()?, view.nochange()?].into_iter().flatten() {
            compact |= set.is_compact()?;
        }
        let state = |f: nlwire::ethtool::Feature<'_>| FeatureState {
            index: f.index.unwrap_or_default(),
            name: f.name.to_string(),
            active: f.active,
            wanted: f.wanted,
            hw: f.hw,
            nochange: f.nochange,
        };
        if !compact {
            return view.named().map(|f| Ok(state(f?))).collect();
        }
        let device = view.header()?.unwrap_or_default();
        let header = match (device.dev_index()?, device.dev_name()?) {
            (Some(i), _) => RequestHeader::index(i),
            (None, Some(n)) => RequestHeader::name(n),
            (None, None) => return Err(Error::NotFound("device of an ethtool features message".into())),
        };
        let strings = self.genl.request(et::GENL_NAME, &StrsetGet::new(header, &[ETH_SS_FEATURES]))?;
        let strings = strings.first().ok_or_else(|| Error::NotFound("ETH_SS_FEATURES string set".into()))?;
        let smsg = strings.message();
        let names = Strset::parse(&smsg)?
            .set(ETH_SS_FEATURES)?
            .ok_or_else(|| Error::NotFound("ETH_SS_FEATURES string set".into()))?;
        view.with_names(&names).map(|f| Ok(state(f?))).collect()
    }

    /// The device's feature names (`ETH_SS_FEATURES`), by index.
    pub fn feature_names(&mut self, dev: &str) -> Result<Vec<(u32, String)>> {
        let replies = self
            .genl
            .request(et::GENL_NAME, &StrsetGet::new(RequestHeader::name(dev), &[ETH_SS_FEATURES]))?;
        let reply = replies.first().ok_or_else(|| Error::NotFound("ETH_SS_FEATURES string set".into()))?;
        let msg = reply.message();
        let names = Strset::parse(&msg)?
            .set(ETH_SS_FEATURES)?
            .ok_or_else(|| Error::NotFound("ETH_SS_FEATURES string set".into()))?;
        names.entries().map(|s| s.map(|(i, n)| (i, n.to_string())).map_err(Error::from)).collect()
    }

    /// Changes features of `dev` by their kernel names, as `ethtool -K`
    /// sends them (names, compact replies), and returns the kernel's account
    /// of what happened. `ethtool -K` also takes legacy names (`gro` for
    /// `rx-gro`, `tx` for every `tx-checksum-*`, `sg` for
    /// `tx-scatter-gather*`, `tso` for `tx-tcp*-segmentation`): those are not
    /// kernel names. An unknown name fails with the kernel's `EOPNOTSUPP`
    /// and extended ACK ("bit name not found"), and nothing changes, not
    /// even the other changes asked.
    pub fn set_features(&mut self, dev: &str, changes: &[(&str, bool)]) -> Result<FeaturesChanged> {
        let set = FeaturesSet::new(RequestHeader::name(dev).compact(), changes);
        let replies = self.genl.request(et::GENL_NAME, &set)?;
        let mut out = FeaturesChanged::default();
        let Some(reply) = replies.first() else { return Ok(out) };
        let names = self.feature_names(dev)?;
        let msg = reply.message();
        let view = Features::parse(&msg)?;
        let (wanted, active) = (view.wanted()?, view.active()?);
        for (index, name) in names {
            let get = |s: &Option<nlwire::ethtool::Bitset<'_>>| -> Result<Option<bool>> {
                Ok(match s {
                    Some(s) => s.get(Some(index), Some(&name))?,
                    None => None,
                })
            };
            let (unmet, now) = (get(&wanted)?, get(&active)?);
            if unmet.is_none() && now.is_none() {
                continue;
            }
            let requested = changes.iter().any(|(n, _)| *n == name);
            // Unchanged and not as asked: it stays the opposite of the request.
            let active = now.unwrap_or(unmet.is_some_and(|w| !w));
            out.features.push(FeatureChange {
                index,
                name,
                active,
                changed: now.is_some(),
                unmet,
                requested,
            });
        }
        Ok(out)
    }

    /// Channel counts of `dev` (`ethtool -l`).
    pub fn channels(&mut self, dev: &str) -> Result<ChannelCounts> {
        self.one(&ChannelsGet::new(RequestHeader::name(dev)), "channels", ChannelCounts::new)
    }

    /// Sets channel counts of `dev` (`ethtool -L`): the `Some` fields of
    /// `counts` (its header is ignored).
    pub fn set_channels(&mut self, dev: &str, counts: &ChannelsSet<'_>) -> Result<()> {
        let set = ChannelsSet { header: RequestHeader::name(dev), ..*counts };
        self.genl.request(et::GENL_NAME, &set)?;
        Ok(())
    }

    /// Ring sizes of `dev` (`ethtool -g`; `EOPNOTSUPP` on veth).
    pub fn rings(&mut self, dev: &str) -> Result<RingSizes> {
        self.one(&RingsGet::new(RequestHeader::name(dev)), "rings", RingSizes::new)
    }

    /// Port, PHY address, MDI-X and transceiver of `dev`.
    pub fn link_info(&mut self, dev: &str) -> Result<LinkInfoState> {
        self.one(&LinkinfoGet::new(RequestHeader::name(dev)), "linkinfo", LinkInfoState::new)
    }

    /// Autonegotiation, speed, duplex and lanes of `dev`.
    pub fn link_modes(&mut self, dev: &str) -> Result<LinkModesState> {
        self.one(&LinkmodesGet::new(RequestHeader::name(dev)), "linkmodes", LinkModesState::new)
    }

    /// Sets ring sizes of `dev` (`ethtool -G`): the `Some` fields of `sizes`
    /// (its header is ignored).
    pub fn set_rings(&mut self, dev: &str, sizes: &RingsSet<'_>) -> Result<()> {
        self.genl.request(et::GENL_NAME, &RingsSet { header: RequestHeader::name(dev), ..*sizes })?;
        Ok(())
    }

    /// Sets autonegotiation, speed, duplex or lanes of `dev` (`ethtool -s`):
    /// the `Some` fields of `modes` (its header is ignored).
    pub fn set_link_modes(&mut self, dev: &str, modes: &LinkmodesSet<'_>) -> Result<()> {
        self.genl.request(et::GENL_NAME, &LinkmodesSet { header: RequestHeader::name(dev), ..*modes })?;
        Ok(())
    }

    /// Pause frame use of `dev` (`ethtool -a`).
    pub fn pause(&mut self, dev: &str) -> Result<PauseState> {
        self.one(&PauseGet::new(RequestHeader::name(dev)), "pause", PauseState::new)
    }

    /// Interrupt coalescing of `dev` (`ethtool -c`): the parameters the
    /// driver reports, as (spec name such as `rx_usecs`, value; booleans as
    /// 0 or 1), in attribute order.
    pub fn coalesce(&mut self, dev: &str) -> Result<Vec<(&'static str, u32)>> {
        self.one(&CoalesceGet::new(RequestHeader::name(dev)), "coalesce", |m| {
            let c = Coalesce::parse(m)?.attrs();
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
        })
    }

    /// Any ethtool command, its replies kept (for what has no method here).
    pub fn request(&mut self, command: &impl Command) -> Result<Vec<OwnedMessage>> {
        self.genl.request(et::GENL_NAME, command)
    }
}
