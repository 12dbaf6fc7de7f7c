//! One macro declares a section: each setting once, with its doc comment, type (which
//! parses and checks it), default and environment variable. From that come the struct,
//! its defaults, and the list the loader, the error messages and the documentation test
//! read.

/// One setting, as the loader and the documentation test see it.
#[derive(Clone, Debug)]
pub struct Field {
    /// Its key in the file: `section.name`.
    pub key: String,
    /// `PORTICO_…`: overrides the file.
    pub env: &'static str,
    /// What it accepts (from its type), for "Fix: set it to …".
    pub hint: String,
    /// Its doc comment.
    pub doc: String,
}

macro_rules! section {
    (
        $(#[doc = $section_doc:literal])*
        pub struct $name:ident in $section:literal {
            $(
                $(#[doc = $doc:literal])*
                $field:ident: $type:ty = $default:expr, env $env:literal;
            )+
        }
    ) => {
        $(#[doc = $section_doc])*
        #[derive(Clone, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
        #[serde(deny_unknown_fields, default)]
        pub struct $name {
            $(
                $(#[doc = $doc])*
                pub $field: $type,
            )+
        }

        impl Default for $name {
            fn default() -> Self {
                $name {
                    $($field: $default,)+
                }
            }
        }

        impl $name {
            /// The section's name in the file.
            pub const SECTION: &'static str = $section;

            /// Every setting of the section.
            pub fn fields() -> Vec<$crate::server::config::declare::Field> {
                vec![$(
                    $crate::server::config::declare::Field {
                        key: format!("{}.{}", $section, stringify!($field)),
                        env: concat!("PORTICO_", $env),
                        hint: <$type as $crate::server::config::values::Hint>::hint(),
                        doc: [$($doc),*].join("\n").trim().to_owned(),
                    },
                )+]
            }
        }
    };
}

pub(super) use section;
