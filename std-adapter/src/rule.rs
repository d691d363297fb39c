//! `ipr.rule()`: pyroute2's `ipr.rule(...)` verbs and `get_rules` as builders.

use std::future::Future;

use nlwire::build::Request;
use nlwire::route::Prefix;
use nlwire::rule::{self, Rule, RuleAction, RuleEntry};

use crate::builder::{setters, verbs};
use crate::ensure::{settle, Goal};
use crate::error::{Error, Result};
use crate::handles::RuleHandle;
use crate::session::{dump_verb, flush, Deletion, Keep, Session};

/// A verb: what `ensure()` asks of the rule, and the core request the
/// verb makes of the entry.
type Verb = (Goal, for<'e> fn(RuleEntry<'e>) -> Box<dyn Request + Send + Sync + 'e>);

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
    verb: Verb,
    entry: RuleEntry<'static>,
    iif: Option<String>,
    oif: Option<String>,
}

impl<S> RuleHandle<S> {
    fn request(self, verb: Verb) -> RuleRequest<S> {
        RuleRequest { ipr: self.ipr, verb, entry: RuleEntry::new(), iif: None, oif: None }
    }
    verbs! { RuleRequest<S>:
        /// `ip rule add ...` (fails if an identical rule exists).
        add() => request((Goal::Present, |e| Box::new(rule::Add(e))));
        /// `ip rule del ...`: at least one selector is needed.
        del() => request((Goal::Absent, |e| Box::new(rule::Del(e))));
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
        dump_verb(self.ipr, rule::Dump { family }, Keep::All)
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
        mut self,
        family: u8,
        mut matches: impl FnMut(&Rule<'_>) -> bool,
    ) -> S::Output<impl Future<Output = Result<usize>>> {
        S::finish(async move {
            flush(&mut self.ipr, &rule::Dump { family }, |msg| {
                let dumped = || Box::new(rule::DelDumped(msg.payload())) as Deletion;
                Ok(matches(&Rule::parse(msg)?).then(dumped))
            })
            .await
        })
    }
}

impl<S> RuleRequest<S> {
    setters! {
        /// The address family (`AF_INET` 2, `AF_INET6` 10) of a rule without
        /// prefixes; `ip -6 rule`.
        family(family: u8) => entry.family = family;
        /// `from PREFIX`.
        from(src: Prefix) => entry.src = Some((src.addr, src.len));
        /// `to PREFIX`.
        to(dst: Prefix) => entry.dst = Some((dst.addr, dst.len));
        /// `pref PRIORITY`.
        priority(priority: u32) => entry.priority = Some(priority);
        /// `lookup TABLE` (ids above 255 work).
        table(table: u32) => entry.action = Some(RuleAction::Table(table));
        /// The action: `goto`, `nop`, `blackhole`, `unreachable`, `prohibit`,
        /// or a table.
        action(action: RuleAction) => entry.action = Some(action);
        /// `iif NAME` (the device need not exist yet).
        iif(name: &str) => iif = Some(name.to_owned());
        /// `oif NAME` (the device need not exist yet).
        oif(name: &str) => oif = Some(name.to_owned());
        /// `tos TOS`.
        tos(tos: u8) => entry.tos = tos;
        /// `not`: the rule matches what the selectors do not.
        invert() => entry.invert = true;
        /// `ipproto P`.
        ip_proto(proto: u8) => entry.ip_proto = Some(proto);
        /// `sport START-END` (1 to 65534).
        sport(start: u16, end: u16) => entry.sport = Some((start, end));
        /// `dport START-END` (1 to 65534).
        dport(start: u16, end: u16) => entry.dport = Some((start, end));
        /// `uidrange START-END`.
        uid_range(start: u32, end: u32) => entry.uid_range = Some((start, end));
        /// `suppress_prefixlength N`.
        suppress_prefixlen(len: u32) => entry.suppress_prefixlen = Some(len);
        /// `protocol P`: who installed the rule (`RTPROT_*`).
        protocol(protocol: u8) => entry.protocol = Some(protocol);
        /// `l3mdev`: look up the table of the packet's L3 master device (VRF).
        l3mdev() => entry.l3mdev = true;
    }
    /// `fwmark MARK[/MASK]`.
    pub fn fwmark(mut self, mark: u32, mask: Option<u32>) -> Self {
        (self.entry.fwmark, self.entry.fwmask) = (Some(mark), mask);
        self
    }
    /// The request this builder sends, for [`IPRoute::batch`](crate::IPRoute::batch)
    /// and the like (a [`RuleHandle::new(())`](RuleHandle::new) builds
    /// without a session).
    pub fn request(&self) -> Box<dyn Request + Send + Sync + '_> {
        let entry = RuleEntry { iifname: self.iif.as_deref(), oifname: self.oif.as_deref(), ..self.entry };
        (self.verb.1)(entry)
    }
}

impl<S: Session> RuleRequest<S> {
    /// Sends the request and waits for the kernel's ACK.
    pub fn send(self) -> S::Output<impl Future<Output = Result<()>>> {
        S::finish(RuleRequest { verb: (Goal::AsSent, self.verb.1), ..self }.settle())
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
    pub fn ensure(self) -> S::Output<impl Future<Output = Result<()>>> {
        S::finish(self.settle())
    }
    /// Sends the request; the outcome for the verb's goal.
    async fn settle(mut self) -> Result<()> {
        let (goal, make) = self.verb;
        if goal == Goal::Present && self.entry.priority.is_none() {
            return Err(Error::invalid(
                "rule ensure without a priority (the kernel would add the rule again)",
            ));
        }
        let entry = RuleEntry { iifname: self.iif.as_deref(), oifname: self.oif.as_deref(), ..self.entry };
        settle(goal, self.ipr.request(&*make(entry)).await.map(drop), async || Ok(true)).await
    }
}
