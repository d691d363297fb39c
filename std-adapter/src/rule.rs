//! `ipr.rule()`: pyroute2's `ipr.rule(...)` verbs and `get_rules` as builders.

use nlwire::route::Prefix;
use nlwire::rule::{self, RuleAction, RuleEntry};

use nlwire::build::Request;

#[cfg(feature = "tokio")]
use crate::async_dump::AsyncDump;
#[cfg(feature = "tokio")]
use crate::asyncio::AsyncIPRoute;
use crate::ensure::{absent_ok, present_ok};
use crate::error::{Error, Result};
use crate::iproute::{Dump, IPRoute};

/// Policy-routing rule verbs of a session; see [`IPRoute::rule`]. `S` is
/// the session: `&mut IPRoute` (blocking) or `&AsyncIPRoute` (`.await`).
pub struct RuleHandle<S> {
    ipr: S,
}

/// A rule request being built; [`send`](RuleRequest::send) sends it.
///
/// Every selector is optional. An added rule without an action looks up
/// `main`, as `ip rule add`; the family comes from `from`/`to`, else IPv4
/// unless [`family`](RuleRequest::family) says otherwise. A delete removes
/// the first rule that matches every selector given.
///
/// ```no_run
/// use nlwire::route::Prefix;
/// # let mut ipr = nlwire_std::IPRoute::new()?;
/// let from = Prefix::new("192.0.2.0".parse().unwrap(), 24);
/// ipr.rule().add().from(from).table(100).priority(1000).send()?;
/// ipr.rule().add().iif("v0").fwmark(0x10, Some(0xff)).table(200).priority(1001).send()?;
/// ipr.rule().del().priority(1000).send()?;
/// # Ok::<(), nlwire_std::Error>(())
/// ```
#[must_use = "a request does nothing until it is sent"]
pub struct RuleRequest<S> {
    ipr: S,
    adding: bool,
    entry: RuleEntry<'static>,
    iif: Option<String>,
    oif: Option<String>,
}

impl<S> RuleHandle<S> {
    pub(crate) fn new(ipr: S) -> Self {
        RuleHandle { ipr }
    }
    fn request(self, adding: bool) -> RuleRequest<S> {
        RuleRequest { ipr: self.ipr, adding, entry: RuleEntry::new(), iif: None, oif: None }
    }
    /// `ip rule add ...` (fails if an identical rule exists).
    #[allow(clippy::should_implement_trait)] // pyroute2's verb name
    pub fn add(self) -> RuleRequest<S> {
        self.request(true)
    }
    /// `ip rule del ...`: at least one selector is needed.
    pub fn del(self) -> RuleRequest<S> {
        self.request(false)
    }
}

impl<'a> RuleHandle<&'a mut IPRoute> {
    /// pyroute2's `get_rules(family=...)`: the rules, lazily (see [`Dump`]);
    /// `family` 0 for every family.
    ///
    /// ```no_run
    /// # let mut ipr = nlwire_std::IPRoute::new()?;
    /// let mut rules = ipr.rule().dump(2)?;
    /// while let Some(r) = rules.next()? {
    ///     println!("{:?} {:?}", r.get("priority")?, r.get("table")?);
    /// }
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn dump(self, family: u8) -> Result<Dump<'a>> {
        self.ipr.dump(&rule::Dump { family })
    }
}

#[cfg(feature = "tokio")]
impl<'a> RuleHandle<&'a AsyncIPRoute> {
    /// pyroute2's `get_rules(family=...)`: the rules, lazily.
    pub async fn dump(self, family: u8) -> Result<AsyncDump<'a>> {
        self.ipr.dump(&rule::Dump { family }).await
    }
}

/// The core request.
fn core_request<'a>(adding: bool, entry: RuleEntry<'a>) -> Box<dyn Request + 'a> {
    if adding {
        Box::new(rule::Add(entry))
    } else {
        Box::new(rule::Del(entry))
    }
}

impl<S> RuleRequest<S> {
    /// The address family (`AF_INET` 2, `AF_INET6` 10) of a rule without
    /// prefixes; `ip -6 rule`.
    pub fn family(mut self, family: u8) -> Self {
        self.entry.family = family;
        self
    }
    /// `from PREFIX`.
    pub fn from(mut self, src: Prefix) -> Self {
        self.entry.src = Some((src.addr, src.len));
        self
    }
    /// `to PREFIX`.
    pub fn to(mut self, dst: Prefix) -> Self {
        self.entry.dst = Some((dst.addr, dst.len));
        self
    }
    /// `pref PRIORITY`.
    pub fn priority(mut self, priority: u32) -> Self {
        self.entry.priority = Some(priority);
        self
    }
    /// `lookup TABLE` (ids above 255 work).
    pub fn table(mut self, table: u32) -> Self {
        self.entry.action = Some(RuleAction::Table(table));
        self
    }
    /// The action: `goto`, `nop`, `blackhole`, `unreachable`, `prohibit`,
    /// or a table.
    pub fn action(mut self, action: RuleAction) -> Self {
        self.entry.action = Some(action);
        self
    }
    /// `iif NAME` (the device need not exist yet).
    pub fn iif(mut self, name: &str) -> Self {
        self.iif = Some(name.to_owned());
        self
    }
    /// `oif NAME` (the device need not exist yet).
    pub fn oif(mut self, name: &str) -> Self {
        self.oif = Some(name.to_owned());
        self
    }
    /// `fwmark MARK[/MASK]`.
    pub fn fwmark(mut self, mark: u32, mask: Option<u32>) -> Self {
        self.entry.fwmark = Some(mark);
        self.entry.fwmask = mask;
        self
    }
    /// `tos TOS`.
    pub fn tos(mut self, tos: u8) -> Self {
        self.entry.tos = tos;
        self
    }
    /// `not`: the rule matches what the selectors do not.
    pub fn invert(mut self) -> Self {
        self.entry.invert = true;
        self
    }
    /// `ipproto P`.
    pub fn ip_proto(mut self, proto: u8) -> Self {
        self.entry.ip_proto = Some(proto);
        self
    }
    /// `sport START-END` (1 to 65534).
    pub fn sport(mut self, start: u16, end: u16) -> Self {
        self.entry.sport = Some((start, end));
        self
    }
    /// `dport START-END` (1 to 65534).
    pub fn dport(mut self, start: u16, end: u16) -> Self {
        self.entry.dport = Some((start, end));
        self
    }
    /// `uidrange START-END`.
    pub fn uid_range(mut self, start: u32, end: u32) -> Self {
        self.entry.uid_range = Some((start, end));
        self
    }
    /// `suppress_prefixlength N`.
    pub fn suppress_prefixlen(mut self, len: u32) -> Self {
        self.entry.suppress_prefixlen = Some(len);
        self
    }
    /// `protocol P`: who installed the rule (`RTPROT_*`).
    pub fn protocol(mut self, protocol: u8) -> Self {
        self.entry.protocol = Some(protocol);
        self
    }
    /// `l3mdev`: look up the table of the packet's L3 master device (VRF).
    pub fn l3mdev(mut self) -> Self {
        self.entry.l3mdev = true;
        self
    }
}

impl RuleRequest<&mut IPRoute> {
    /// Sends the request and waits for the kernel's ACK.
    pub fn send(self) -> Result<()> {
        let entry = RuleEntry { iifname: self.iif.as_deref(), oifname: self.oif.as_deref(), ..self.entry };
        self.ipr.request(&*core_request(self.adding, entry)).map(drop)
    }
    /// Sends the request, counting as done what already is: an add whose
    /// rule is there, a delete whose rule is not. The kernel answers an add
    /// with `EEXIST` only when an identical rule has the same priority (a
    /// different rule may share it), so an add must give its priority:
    /// without one the kernel picks a new priority each time and adds the
    /// rule again, and `ensure` refuses it ([`Error::Invalid`]).
    ///
    /// ```no_run
    /// use nlwire::route::Prefix;
    /// # let mut ipr = nlwire_std::IPRoute::new()?;
    /// let from = Prefix::new("192.0.2.0".parse().unwrap(), 24);
    /// ipr.rule().add().from(from).table(100).priority(1000).ensure()?;
    /// ipr.rule().add().from(from).table(100).priority(1000).ensure()?; // Ok
    /// ipr.rule().del().priority(1000).ensure()?;
    /// ipr.rule().del().priority(1000).ensure()?; // Ok
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn ensure(self) -> Result<()> {
        let adding = self.adding;
        ensure_checked(&self)?;
        let sent = self.send();
        if adding {
            present_ok(sent, || Ok(true))
        } else {
            absent_ok(sent)
        }
    }
}

/// An add to be ensured must give its priority; see [`RuleRequest::ensure`].
fn ensure_checked<S>(request: &RuleRequest<S>) -> Result<()> {
    if request.adding && request.entry.priority.is_none() {
        let what = "rule ensure without a priority (the kernel would add the rule again)";
        return Err(Error::Invalid(nlwire::Error::InvalidValue { what }));
    }
    Ok(())
}

#[cfg(feature = "tokio")]
impl RuleRequest<&AsyncIPRoute> {
    /// Sends the request and waits for the kernel's ACK.
    pub async fn send(self) -> Result<()> {
        let entry = RuleEntry { iifname: self.iif.as_deref(), oifname: self.oif.as_deref(), ..self.entry };
        self.ipr.request(&*core_request(self.adding, entry)).await.map(drop)
    }
    /// [`ensure`](RuleRequest::ensure), awaited.
    pub async fn ensure(self) -> Result<()> {
        let adding = self.adding;
        ensure_checked(&self)?;
        let sent = self.send().await;
        if adding {
            present_ok(sent, || Ok(true))
        } else {
            absent_ok(sent)
        }
    }
}
