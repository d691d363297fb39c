//! `ipr.rule()`: pyroute2's `ipr.rule(...)` verbs and `get_rules` as builders.

use std::future::Future;

use nlwire::build::{Header, MessageWriter, Request};
use nlwire::route::Prefix;
use nlwire::rule::{self, Rule, RuleAction, RuleEntry};
use nlwire::{msg_type, MsgFlags};

use crate::ensure::{absent_ok, present_ok};
use crate::error::{Error, Result};
use crate::session::{Keep, Session};

/// Policy-routing rule verbs of a session; see
/// [`IPRoute::rule`](crate::IPRoute::rule). `S` is the [`Session`]:
/// `&mut IPRoute` (blocking) or `&AsyncIPRoute` (`.await`).
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
    /// The verbs on session `ipr`; `()` for builders that only make
    /// requests (see [`RuleRequest::request`]).
    pub fn new(ipr: S) -> Self {
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

impl<S: Session> RuleHandle<S> {
    /// pyroute2's `get_rules(family=...)`: the rules, lazily (see
    /// [`Dump`](crate::Dump)); `family` 0 for every family.
    ///
    /// ```no_run
    /// # let mut ipr = nlwire_std::IPRoute::new()?;
    /// let mut rules = ipr.rule().dump(2)?;
    /// while let Some(r) = rules.next()? {
    ///     println!("{:?} {:?}", r.get("priority")?, r.get("table")?);
    /// }
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn dump(self, family: u8) -> S::Output<impl Future<Output = Result<S::Dump>>> {
        let ipr = self.ipr;
        S::finish(async move { ipr.dump(&rule::Dump { family }, Keep::All).await })
    }
    /// pyroute2's `flush_rules(family=..., match=...)`: deletes every rule
    /// of `family` (0 for all families) for which `matches` holds, in one
    /// batch; returns how many. Each rule goes back to the kernel as it was
    /// dumped, so the delete matches exactly that rule.
    ///
    /// As pyroute2's, a predicate that keeps nothing deletes the `local`,
    /// `main` and `default` rules too; `ip rule flush` keeps priority 0
    /// (which the kernel reports without `FRA_PRIORITY`):
    ///
    /// ```no_run
    /// # let mut ipr = nlwire_std::IPRoute::new()?;
    /// // ip rule flush
    /// ipr.rule().flush(2, |r| r.priority().ok().flatten().unwrap_or(0) != 0)?;
    /// // pyroute2's flush_rules(family=AF_INET, priority=lambda x: 5 < x < 32000)
    /// ipr.rule().flush(2, |r| r.priority().ok().flatten().is_some_and(|p| 5 < p && p < 32000))?;
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn flush(
        self,
        family: u8,
        mut matches: impl FnMut(&Rule<'_>) -> bool,
    ) -> S::Output<impl Future<Output = Result<usize>>> {
        let mut ipr = self.ipr;
        S::finish(async move {
            let mut dels = Vec::new();
            for msg in ipr.dump_owned(&rule::Dump { family }, 3).await? {
                if matches(&Rule::parse(&msg.message()).map_err(Error::Malformed)?) {
                    dels.push(DelDumped(msg.message().payload().to_vec()));
                }
            }
            let refs: Vec<&dyn Request> = dels.iter().map(|d| d as _).collect();
            ipr.batch(&refs).await?;
            Ok(refs.len())
        })
    }
}

/// A dumped rule's body (`struct fib_rule_hdr` and attributes) sent back
/// as `RTM_DELRULE`.
struct DelDumped(Vec<u8>);

impl Request for DelDumped {
    fn header(&self, seq: u32) -> Header {
        Header::new(msg_type::RTM_DELRULE, MsgFlags::REQUEST | MsgFlags::ACK, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> nlwire::Result<()> {
        m.raw(&self.0)
    }
}

/// The core request.
fn core_request<'a>(adding: bool, entry: RuleEntry<'a>) -> Box<dyn Request + Send + Sync + 'a> {
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

impl<S> RuleRequest<S> {
    /// The request this builder sends, for [`IPRoute::batch`](crate::IPRoute::batch)
    /// and the like (a [`RuleHandle::new(())`](RuleHandle::new) builds
    /// without a session).
    pub fn request(&self) -> Box<dyn Request + Send + Sync + '_> {
        let entry = RuleEntry { iifname: self.iif.as_deref(), oifname: self.oif.as_deref(), ..self.entry };
        core_request(self.adding, entry)
    }
}

impl<S: Session> RuleRequest<S> {
    /// Sends the request and waits for the kernel's ACK.
    pub fn send(mut self) -> S::Output<impl Future<Output = Result<()>>> {
        S::finish(async move { send(&mut self).await })
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
    pub fn ensure(mut self) -> S::Output<impl Future<Output = Result<()>>> {
        S::finish(async move {
            if self.adding && self.entry.priority.is_none() {
                let what = "rule ensure without a priority (the kernel would add the rule again)";
                return Err(Error::Invalid(nlwire::Error::InvalidValue { what }));
            }
            let sent = send(&mut self).await;
            if self.adding {
                present_ok(sent, || Ok(true))
            } else {
                absent_ok(sent)
            }
        })
    }
}

/// Sends `rule`'s request and waits for the kernel's ACK.
async fn send<S: Session>(rule: &mut RuleRequest<S>) -> Result<()> {
    let entry = RuleEntry { iifname: rule.iif.as_deref(), oifname: rule.oif.as_deref(), ..rule.entry };
    rule.ipr.request(&*core_request(rule.adding, entry)).await.map(drop)
}
