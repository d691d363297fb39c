//! Dumps read with a core view: each reply parsed as it is lent, so the
//! caller reads typed fields with no copy (`while let Some(dev) =
//! dump.next()? { dev.ifindex()? }`).

use std::marker::PhantomData;

use nlwire::Message;

use crate::error::Result;
use crate::iproute::Dump;

/// A view of the core over a reply: `parse` checks the message and lends
/// its attributes, as the views of `nlwire::netdev` do.
pub trait View {
    /// The view of a message whose bytes live for `'a`.
    type Of<'a>;
    /// Reads `msg` with the view.
    fn parse<'a>(msg: &Message<'a>) -> nlwire::Result<Self::Of<'a>>;
}

/// Makes the `'static` form of each core view (named without its
/// lifetime) the marker of its [`View`].
macro_rules! views {
    ($($($view:ident)::+),+ $(,)?) => {$(
        impl View for $($view)::+<'static> {
            type Of<'a> = $($view)::+<'a>;
            fn parse<'a>(msg: &Message<'a>) -> nlwire::Result<$($view)::+<'a>> {
                $($view)::+::parse(msg)
            }
        }
    )+};
}
views!(
    nlwire::netdev::Device,
    nlwire::netdev::PagePool,
    nlwire::netdev::Queue,
    nlwire::nl80211::Interface,
    nlwire::nl80211::Wiphy,
    nlwire::nl80211::Station,
    nlwire::nl80211::ScanResult
);

/// A dump each of whose replies is read with the view `V`: a lending
/// iterator (zero copies, zero allocations per message), over a blocking
/// [`Dump`] or an `AsyncDump`.
///
/// ```no_run
/// use nlwire_std::Genl;
/// let mut genl = Genl::new()?;
/// let mut devices = genl.netdev().devices()?;
/// while let Some(dev) = devices.next()? {
///     println!("{:?}: {:?}", dev.ifindex()?, dev.xdp_features()?);
/// }
/// # Ok::<(), nlwire_std::Error>(())
/// ```
pub struct ViewDump<D, V> {
    dump: D,
    view: PhantomData<fn() -> V>,
}

impl<D, V> ViewDump<D, V> {
    pub(crate) fn new(dump: D) -> Self {
        ViewDump { dump, view: PhantomData }
    }
}

/// A dump's next message (or its end), read with the view `V`.
fn read<'a, V: View>(msg: Option<Message<'a>>) -> Result<Option<V::Of<'a>>> {
    Ok(msg.map(|msg| V::parse(&msg)).transpose()?)
}

impl<V: View> ViewDump<Dump<'_>, V> {
    /// The next reply, read with the view and borrowed until the next
    /// call; `None` at the end.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Result<Option<V::Of<'_>>> {
        read::<V>(self.dump.next()?)
    }
}

#[cfg(feature = "tokio")]
impl<V: View> ViewDump<crate::AsyncDump<'_>, V> {
    /// The next reply, read with the view and borrowed until the next
    /// call; `None` at the end.
    pub async fn next(&mut self) -> Result<Option<V::Of<'_>>> {
        read::<V>(self.dump.next().await?)
    }
}
