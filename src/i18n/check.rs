//! The message files' test: every language has every English message, with the same
//! attributes and the values they name, each formats with no error and no fallback, and
//! every key the code looks up exists.

use super::{messages::lookup_exactly, Arg, Lang};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A message's id (or `id.attribute`) and the variables its pattern names, with whether
/// each is a count (chosen on with `PLURAL`); and the variants it chooses between on a
/// value (`[sso]`, `[dsync]`…: every language needs the same), plural forms aside (each
/// language has its own).
type Messages = BTreeMap<String, (BTreeMap<String, bool>, Vec<String>)>;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read_language(lang: Lang) -> Messages {
    let folder = root().join("locales").join(lang.code());
    let mut messages = Messages::new();
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(resource) => resource,
            Err((_, errors)) => panic!("{} does not parse: {errors:?}", file.display()),
        };
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let id = message.id.name.to_owned();
                if let Some(value) = &message.value {
                    insert(&mut messages, &file, id.clone(), value);
                }
                for attribute in &message.attributes {
                    let key = format!("{id}.{}", attribute.id.name);
                    insert(&mut messages, &file, key, &attribute.value);
                }
            }
        }
    }
    messages
}

fn insert(messages: &mut Messages, file: &Path, key: String, pattern: &ast::Pattern<&str>) {
    let mut variables = BTreeMap::new();
    pattern_variables(pattern, &mut variables);
    let mut variants = Vec::new();
    pattern_variants(pattern, &mut variants);
    variants.sort();
    let earlier = messages.insert(key.clone(), (variables, variants));
    assert!(
        earlier.is_none(),
        "{key} is defined twice ({})",
        file.display()
    );
}

fn pattern_variables(pattern: &ast::Pattern<&str>, found: &mut BTreeMap<String, bool>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, found);
        }
    }
}

fn pattern_variants(pattern: &ast::Pattern<&str>, found: &mut Vec<String>) {
    for element in &pattern.elements {
        let ast::PatternElement::Placeable {
            expression: ast::Expression::Select { selector, variants },
        } = element
        else {
            continue;
        };
        let plural = matches!(selector, ast::InlineExpression::FunctionReference { id, .. } if id.name == "PLURAL");
        for variant in variants {
            if !plural {
                let name = match &variant.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                };
                found.push(format!("{name}{}", if variant.default { "*" } else { "" }));
            }
            pattern_variants(&variant.value, found);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, found: &mut BTreeMap<String, bool>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, found, false);
            for variant in variants {
                pattern_variables(&variant.value, found);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, found, false),
    }
}

fn inline_variables(
    inline: &ast::InlineExpression<&str>,
    found: &mut BTreeMap<String, bool>,
    counted: bool,
) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            *found.entry(id.name.to_owned()).or_default() |= counted;
        }
        ast::InlineExpression::FunctionReference { id, arguments } => {
            for argument in &arguments.positional {
                inline_variables(argument, found, id.name == "PLURAL");
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, found),
        _ => {}
    }
}

fn sample_args(variables: &BTreeMap<String, bool>) -> Vec<(&str, Arg)> {
    variables
        .iter()
        .map(|(name, counted)| {
            let value = match counted {
                true => Arg::Count(3),
                false => Arg::Text("sample".to_owned()),
            };
            (name.as_str(), value)
        })
        .collect()
}

#[test]
fn every_language_has_every_message_with_the_values_english_gives_it() {
    let english = read_language(Lang::En);
    assert!(!english.is_empty());
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let translated = read_language(lang);
        for (key, (variables, variants)) in &english {
            match translated.get(key) {
                None => problems.push(format!("{lang}: {key} is missing")),
                Some((theirs, _)) if theirs.keys().ne(variables.keys()) => problems.push(format!(
                    "{lang}: {key} names {:?}, English {:?}",
                    theirs.keys().collect::<Vec<_>>(),
                    variables.keys().collect::<Vec<_>>()
                )),
                Some((_, theirs)) if theirs != variants => problems.push(format!(
                    "{lang}: {key} chooses between {theirs:?}, English {variants:?}"
                )),
                Some(_) => {}
            }
            if lookup_exactly(lang, key, &sample_args(variables)).is_none() {
                problems.push(format!("{lang}: {key} does not format"));
            }
        }
        for key in translated.keys().filter(|key| !english.contains_key(*key)) {
            problems.push(format!("{lang}: {key} is not an English message"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every `t!("…")` and `t_in!(…, "…")` in the code names an English message.
#[test]
fn every_key_the_code_looks_up_is_a_message() {
    let english = read_language(Lang::En);
    let mut missing = BTreeSet::new();
    let mut sources = vec![root().join("src")];
    while let Some(path) = sources.pop() {
        if path.is_dir() {
            sources.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        if path.extension().is_none_or(|ext| ext != "rs") || path.ends_with("i18n/check.rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        for key in looked_up_keys(&source) {
            if !english.contains_key(key) {
                missing.insert(format!("{}: {key}", path.display()));
            }
        }
    }
    assert!(missing.is_empty(), "no such message:\n{missing:#?}");
}

/// The literal keys of `t!(` and `t_in!(` calls in `source`.
fn looked_up_keys(source: &str) -> Vec<&str> {
    let mut keys = Vec::new();
    for (start, _) in source
        .match_indices("t!(")
        .chain(source.match_indices("t_in!("))
    {
        let preceding = source[..start].chars().next_back();
        if preceding.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let call = &source[start..];
        let Some(open) = call.find('"') else { continue };
        // `t!(` takes the key first; `t_in!(` after the language.
        let before_key = &call[call.find('(').unwrap_or(0) + 1..open];
        if call.starts_with("t!(") && !before_key.trim().is_empty() {
            continue;
        }
        let rest = &call[open + 1..];
        let key = rest.split('"').next().unwrap_or_default();
        let keyish = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.';
        if !key.is_empty() && key.chars().all(keyish) {
            keys.push(key);
        }
    }
    keys
}
