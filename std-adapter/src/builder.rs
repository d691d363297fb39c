//! The macros that write the methods of verb handles and builders, one
//! line each: [`verbs!`], the verbs that start a builder, and
//! [`setters!`], the setters that each set one field; and
//! [`from_impls!`], the conversions of the values they take.

/// Writes a handle's verbs that each start a builder of type `$builder`
/// with one of the handle's own methods: `name(arg: Type, ...) =>
/// start(value, ...);`. Doc comments and attributes before a line go on
/// its method. The verbs keep pyroute2's names where clippy would have a
/// std trait's method (`add`).
///
/// ```text
/// impl<S> QdiscHandle<S> {
///     verbs! { QdiscBuilder<S>:
///         /// `tc qdisc replace dev DEV ...`.
///         replace(dev: impl Into<Dev>) => request(TcOp::Replace, dev.into());
///     }
/// }
/// ```
macro_rules! verbs {
    ($builder:ty: $($(#[$attr:meta])* $name:ident($($arg:ident: $ty:ty),*) => $start:ident($($value:expr),*);)+) => {$(
        $(#[$attr])*
        #[allow(clippy::should_implement_trait)]
        pub fn $name(self $(, $arg: $ty)*) -> $builder {
            self.$start($($value),*)
        }
    )+};
}
pub(crate) use verbs;

/// Writes builder setters that set one field and give the builder back:
/// `name(arg: Type, ...) => field.path = value;`, or `|= flags;` to add
/// flags (no argument, or several, alike). Doc comments and attributes
/// before a line go on its method.
///
/// ```text
/// impl<S> VlanRequest<S> {
///     setters! {
///         /// `vid VID-LAST`: the VLANs from the first through `last`.
///         to(last: u16) => entry.last = Some(last);
///         /// `pvid`: untagged frames coming in are in this VLAN.
///         pvid() => entry.pvid = true;
///         /// `master`: the table of the port's bridge.
///         master() => entry.flags |= BridgeFlags::MASTER;
///     }
/// }
/// ```
macro_rules! setters {
    () => {};
    ($(#[$attr:meta])* $name:ident($($arg:ident: $ty:ty),*) => $($field:ident).+ |= $flags:expr; $($rest:tt)*) => {
        setters!(@method $(#[$attr])* $name($($arg: $ty),*) [$($field).+] |= $flags);
        setters! { $($rest)* }
    };
    ($(#[$attr:meta])* $name:ident($($arg:ident: $ty:ty),*) => $($field:ident).+ = $value:expr; $($rest:tt)*) => {
        setters!(@method $(#[$attr])* $name($($arg: $ty),*) [$($field).+] = $value);
        setters! { $($rest)* }
    };
    (@method $(#[$attr:meta])* $name:ident($($arg:ident: $ty:ty),*) [$($field:ident).+] $op:tt $value:expr) => {
        $(#[$attr])*
        pub fn $name(mut self $(, $arg: $ty)*) -> Self {
            self.$($field).+ $op $value;
            self
        }
    };
}
pub(crate) use setters;

/// Writes `From` impls for `$target`: each listed type becomes the value
/// `|v| ...` makes of it.
///
/// ```text
/// from_impls! { Dev:
///     u32 => |i| Dev::Index(i);
///     &str => |name| Dev::Name(name.to_owned());
/// }
/// ```
macro_rules! from_impls {
    ($target:ty: $($($t:ty),+ => |$v:ident| $e:expr;)*) => {$($(
        impl From<$t> for $target {
            fn from($v: $t) -> Self {
                $e
            }
        }
    )+)*};
}
pub(crate) use from_impls;
