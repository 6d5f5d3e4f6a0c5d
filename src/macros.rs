//! Internal macros.

/// Declares a closed set of snake_case names with `as_str`, `FromStr`, `Display`, `ALL`, and
/// serde (de)serialisation as the same names.
macro_rules! closed_set {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal, )+
        }
    ) => {
        $(#[$meta])*
        ///
        /// The set may grow (a name is appended, never renamed or removed): it is
        /// `#[non_exhaustive]`, so a `match` outside this crate has a wildcard arm.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize, ::serde::Deserialize)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $text)] $variant, )+
        }

        impl $name {
            /// Every value of the set, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name of every value of the set ([`Self::as_str`]), in declaration order.
            pub const NAMES: &'static [&'static str] = &[$($text),+];

            /// The value's name in data files and on the command line.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::record::UnknownName;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err($crate::record::UnknownName {
                        set: stringify!($name),
                        found: s.to_owned(),
                        expected: Self::NAMES,
                    }),
                }
            }
        }
    };
}
