//! How the page looks inside a host product's frame: an accent colour, a corner radius,
//! a font stack, a colour scheme, and whether it shows its own heading and background.
//! A host sets it in the embed token's `appearance` claim or in `portico-embed.js`'s
//! options. Every value is parsed into a type that can only print safe CSS: no text a
//! host sends reaches the page as it was sent.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appearance {
    /// Buttons, links and focus rings.
    pub accent: Option<Rgb>,
    /// Cards' corners, in pixels (controls get two thirds of it).
    pub radius: Option<u8>,
    pub font: Option<Vec<FontFamily>>,
    pub scheme: Option<Scheme>,
    /// `false`: no visible page heading (screen readers still get it).
    pub heading: Option<bool>,
    /// `false`: no page background; the host's shows through.
    pub background: Option<bool>,
}

/// A colour, from `#rgb` or `#rrggbb`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rgb(pub u8, pub u8, pub u8);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scheme {
    Light,
    Dark,
    /// The viewer's own setting.
    Auto,
}

/// One font of the stack: a generic family, or a name of letters, digits, spaces and
/// hyphens (printed quoted).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FontFamily {
    Generic(String),
    Named(String),
}

/// Why a host's appearance was refused, naming the setting and what it takes.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AppearanceError {
    #[error(
        "{0:?} is not an appearance setting: use accent, radius, font, scheme, heading or background"
    )]
    Unknown(String),
    #[error("accent {0:?} is not a colour like #4f46e5 or #46e")]
    Colour(String),
    #[error("radius {0:?} is not a whole number of pixels from 0 to 24")]
    Radius(String),
    #[error(
        "font {0:?} is not a list of up to 6 font names, such as \"Inter, system-ui, sans-serif\""
    )]
    Font(String),
    #[error("scheme {0:?} is not light, dark or auto")]
    Scheme(String),
    #[error("{0} {1:?} is neither true nor false")]
    Switch(&'static str, String),
}

const GENERIC_FAMILIES: [&str; 10] = [
    "serif",
    "sans-serif",
    "monospace",
    "cursive",
    "system-ui",
    "ui-serif",
    "ui-sans-serif",
    "ui-monospace",
    "ui-rounded",
    "math",
];

impl Appearance {
    /// Sets the setting `name` from its text (`accent=#4f46e5`, `radius=6`, …).
    pub fn set(&mut self, name: &str, value: &str) -> Result<(), AppearanceError> {
        let value = value.trim();
        let echo = || super::clipped(value, 60);
        match name {
            "accent" => {
                self.accent =
                    Some(Rgb::parse(value).ok_or_else(|| AppearanceError::Colour(echo()))?)
            }
            "radius" => {
                let radius = value.parse::<u8>().ok().filter(|r| *r <= 24);
                self.radius = Some(radius.ok_or_else(|| AppearanceError::Radius(echo()))?);
            }
            "font" => {
                self.font = Some(
                    FontFamily::parse_stack(value).ok_or_else(|| AppearanceError::Font(echo()))?,
                )
            }
            "scheme" => {
                self.scheme = Some(match value {
                    "light" => Scheme::Light,
                    "dark" => Scheme::Dark,
                    "auto" => Scheme::Auto,
                    _ => return Err(AppearanceError::Scheme(echo())),
                })
            }
            "heading" => self.heading = Some(switch("heading", value)?),
            "background" => self.background = Some(switch("background", value)?),
            other => return Err(AppearanceError::Unknown(super::clipped(other, 40))),
        }
        Ok(())
    }

    /// This appearance, with `other`'s settings where it has none.
    pub fn or(self, other: Appearance) -> Appearance {
        Appearance {
            accent: self.accent.or(other.accent),
            radius: self.radius.or(other.radius),
            font: self.font.or(other.font),
            scheme: self.scheme.or(other.scheme),
            heading: self.heading.or(other.heading),
            background: self.background.or(other.background),
        }
    }

    /// The style sheet that applies it over the page's own: custom properties on the
    /// root, and the rules for no heading and no background. Empty when nothing is set.
    pub fn css(&self) -> String {
        let mut root = String::new();
        if let Some(accent) = self.accent {
            root.push_str(&format!(
                "--accent:{};--accent-text:{};",
                accent.hex(),
                accent.text_on_it().hex()
            ));
        }
        if let Some(radius) = self.radius {
            root.push_str(&format!(
                "--radius:{radius}px;--control-radius:{}px;",
                u16::from(radius) * 2 / 3
            ));
        }
        if let Some(font) = &self.font {
            let stack: Vec<String> = font.iter().map(FontFamily::css).collect();
            root.push_str(&format!("font-family:{};", stack.join(",")));
        }
        match self.scheme {
            Some(Scheme::Light) => root.push_str("color-scheme:light;"),
            Some(Scheme::Dark) => root.push_str("color-scheme:dark;"),
            Some(Scheme::Auto) | None => {}
        }
        let mut css = String::new();
        if !root.is_empty() {
            css.push_str(&format!(":root{{{root}}}"));
        }
        if self.background == Some(false) {
            css.push_str(":root,body{background:transparent}");
        }
        if self.heading == Some(false) {
            // Out of sight, still the page's heading for screen readers.
            css.push_str(
                ".page-head h1,.page-head h1+p{position:absolute;width:1px;height:1px;\
                 overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}",
            );
        }
        css
    }
}

fn switch(name: &'static str, value: &str) -> Result<bool, AppearanceError> {
    match value {
        "true" | "1" => Ok(true),
        "false" | "0" => Ok(false),
        _ => Err(AppearanceError::Switch(name, super::clipped(value, 20))),
    }
}

impl Rgb {
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#')?;
        if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).ok();
        match hex.len() {
            3 => Some(Rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => {
                let pair = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
                Some(Rgb(pair(0)?, pair(2)?, pair(4)?))
            }
            _ => None,
        }
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// White or near-black, whichever reads better on this colour (WCAG's relative
    /// luminance).
    pub fn text_on_it(self) -> Rgb {
        let white = Rgb(255, 255, 255);
        let dark = Rgb(16, 19, 28);
        if contrast(self, white) >= contrast(self, dark) {
            white
        } else {
            dark
        }
    }

    fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }
}

/// WCAG's contrast ratio of two colours.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

impl FontFamily {
    /// "Inter, 'Helvetica Neue', system-ui, sans-serif": up to 6 families, each a
    /// generic family or a name (quoted or not) of letters, digits, spaces and hyphens.
    pub fn parse_stack(text: &str) -> Option<Vec<FontFamily>> {
        let families: Vec<FontFamily> = text
            .split(',')
            .map(|family| FontFamily::parse(family.trim()))
            .collect::<Option<_>>()?;
        (!families.is_empty() && families.len() <= 6).then_some(families)
    }

    fn parse(text: &str) -> Option<FontFamily> {
        if let Some(generic) = GENERIC_FAMILIES.iter().find(|g| **g == text) {
            return Some(FontFamily::Generic((*generic).to_owned()));
        }
        let unquoted = text
            .strip_prefix('"')
            .and_then(|t| t.strip_suffix('"'))
            .or_else(|| text.strip_prefix('\'').and_then(|t| t.strip_suffix('\'')))
            .unwrap_or(text)
            .trim();
        let fine = !unquoted.is_empty()
            && unquoted.len() <= 64
            && unquoted
                .chars()
                .all(|c| c.is_alphanumeric() || c == ' ' || c == '-');
        fine.then(|| FontFamily::Named(unquoted.to_owned()))
    }

    fn css(&self) -> String {
        match self {
            FontFamily::Generic(name) => name.clone(),
            FontFamily::Named(name) => format!("\"{name}\""),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn appearance(settings: &[(&str, &str)]) -> Result<Appearance, AppearanceError> {
        let mut appearance = Appearance::default();
        for (name, value) in settings {
            appearance.set(name, value)?;
        }
        Ok(appearance)
    }

    #[test]
    fn a_hosts_appearance_becomes_custom_properties() {
        let set = appearance(&[
            ("accent", "#0A7"),
            ("radius", "6"),
            ("font", "Inter, 'Helvetica Neue', system-ui"),
            ("scheme", "dark"),
            ("heading", "false"),
            ("background", "false"),
        ])
        .unwrap();
        let css = set.css();
        assert!(
            css.starts_with(
                ":root{--accent:#00aa77;--accent-text:#10131c;--radius:6px;--control-radius:4px;\
             font-family:\"Inter\",\"Helvetica Neue\",system-ui;color-scheme:dark;}"
            ),
            "{css}"
        );
        assert!(css.contains("background:transparent"));
        assert!(css.contains(".page-head h1"));
        assert_eq!(Appearance::default().css(), "");
        // White on a dark accent, dark on a light one.
        assert_eq!(Rgb(0x4f, 0x46, 0xe5).text_on_it(), Rgb(255, 255, 255));
        assert_eq!(Rgb(0xfe, 0xc8, 0x4b).text_on_it(), Rgb(16, 19, 28));
    }

    #[test]
    fn what_could_break_out_of_its_property_is_refused() {
        let refused = [
            ("accent", "red"),
            ("accent", "#12345g"),
            ("accent", "#fff;}body{display:none"),
            ("radius", "25"),
            ("radius", "-1"),
            ("radius", "6px"),
            ("font", "Inter;}body{color:red"),
            ("font", "\"Inter\\\""),
            ("font", "a,b,c,d,e,f,g"),
            ("font", ""),
            ("scheme", "sepia"),
            ("heading", "no"),
            ("colour", "#fff"),
        ];
        for (name, value) in refused {
            let error = appearance(&[(name, value)]).unwrap_err();
            assert!(!error.to_string().is_empty(), "{name}={value}");
        }
        assert_eq!(
            appearance(&[("accent", "red")]).unwrap_err().to_string(),
            "accent \"red\" is not a colour like #4f46e5 or #46e"
        );
    }

    #[test]
    fn the_tokens_settings_come_first() {
        let token = appearance(&[("accent", "#000")]).unwrap();
        let script = appearance(&[("accent", "#fff"), ("radius", "0")]).unwrap();
        let both = token.or(script);
        assert_eq!(both.accent, Some(Rgb(0, 0, 0)));
        assert_eq!(both.radius, Some(0));
    }
}
