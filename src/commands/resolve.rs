//! The filter options of `list` and `export` (`--actor`, `--place`, `--country`, `--since`,
//! `--until`, `--search`, `--kind`, `--class`), read as the browser's filter, with the usage
//! errors of what they cannot name.

use unicode_width::UnicodeWidthStr;

use super::Failure;
use crate::cli::FilterArgs;
use crate::data::{ActorMatch, Data, Interaction};
use crate::present::text::fit;
use crate::query::{self, ClassFilter, Filter, MatchMode, RoleMatch};

/// Resolves `--actor` values to actor indices, matching as the browser's picker does
/// ([`Data::resolve_actor`]): an id, or part of a name, native name or alias, folded as
/// search folds. A usage failure (exit 2) for a name that fits no actor, and for one that
/// fits several equally well, listing them with their ids and roles.
pub fn resolve_actors(data: &Data, names: &[String]) -> Result<Vec<usize>, Failure> {
    names
        .iter()
        .map(|name| {
            if name.trim().is_empty() {
                return Err(Failure::usage(
                    "--actor needs an id, a name, a native name or an alias".to_owned(),
                ));
            }
            match data.resolve_actor(name) {
                ActorMatch::One(a) => Ok(a),
                ActorMatch::Several(found) => Err(Failure::usage(ambiguous(data, name, &found))),
                ActorMatch::None => {
                    let hint = crate::data::validate::suggest(name, data.actors())
                        .map(|id| format!(" (did you mean {id:?}?)"))
                        .unwrap_or_default();
                    Err(Failure::usage(format!(
                        "no actor is called {name:?}{hint}; --actor takes an id, or part of a name, a native name or an alias"
                    )))
                }
            }
        })
        .collect()
}

/// Resolves `--place` values to places: an id, a name, a native name or an alias, however
/// spelled (folded).
pub fn resolve_places(data: &Data, names: &[String]) -> Result<Vec<usize>, Failure> {
    names
        .iter()
        .map(|name| {
            data.search_places(name).first().copied().ok_or_else(|| {
                let known: Vec<&str> = data.places().iter().map(|p| p.id.as_str()).collect();
                Failure::usage(if known.is_empty() {
                    format!("no place {name:?}: the data names no places")
                } else {
                    format!(
                        "no place {name:?}; --place takes a place's id, name or alias: {}",
                        known.join(", ")
                    )
                })
            })
        })
        .collect()
}

/// Resolves `--country` values to groups: a country code (`RUS`, any case), or an
/// organisation's id, name or alias.
pub fn resolve_groups(data: &Data, names: &[String]) -> Result<Vec<query::Group>, Failure> {
    if names.is_empty() {
        return Ok(Vec::new());
    }
    let all = query::groups::all(data);
    names
        .iter()
        .map(|name| {
            let t = name.trim();
            let by_code = all
                .iter()
                .find(|g| g.kind == query::GroupKind::Country && g.key.eq_ignore_ascii_case(t));
            let by_org = || {
                let a = data.find_actor(t)?;
                let id = &data.actor(a).id;
                all.iter()
                    .find(|g| g.kind == query::GroupKind::Affiliation && &g.key == id)
            };
            by_code.or_else(by_org).cloned().ok_or_else(|| {
                let codes: Vec<&str> = all
                    .iter()
                    .filter(|g| g.kind == query::GroupKind::Country)
                    .map(|g| g.key.as_str())
                    .collect();
                Failure::usage(format!(
                    "no country or organisation {t:?}; --country takes a country code ({}) or the id or name of an organisation others belong to",
                    codes.join(", ")
                ))
            })
        })
        .collect()
}

/// The error for an `--actor` that fits several actors: one line each, id, name and role,
/// the ids aligned, and how to choose.
fn ambiguous(data: &Data, name: &str, found: &[usize]) -> String {
    const SHOWN: usize = 20;
    let id_w = found
        .iter()
        .take(SHOWN)
        .map(|&a| data.actor(a).id.width())
        .max()
        .unwrap_or(0);
    let mut message = format!(
        "{} actors fit --actor {name:?}; give one of their ids:",
        found.len()
    );
    for &a in found.iter().take(SHOWN) {
        let actor = data.actor(a);
        message.push_str(&format!(
            "\n  {}  {} — {}",
            fit(&actor.id, id_w),
            actor.name,
            actor.role
        ));
    }
    if found.len() > SHOWN {
        message.push_str(&format!("\n  … and {} more", found.len() - SHOWN));
    }
    message
}

/// The interactions that pass `list`'s and `export`'s filters, in date order.
///
/// # Errors
/// An `--actor` that names no one, or `--until` before `--since` (a usage error, exit 2).
pub fn filtered<'a>(data: &'a Data, args: &FilterArgs) -> Result<Vec<&'a Interaction>, Failure> {
    Ok(query::matching(data, &filter_of(data, args)?)
        .into_iter()
        .map(|i| data.interaction(i))
        .collect())
}

/// The browser's filter that `list`'s and `export`'s options describe.
pub(crate) fn filter_of(data: &Data, args: &FilterArgs) -> Result<Filter, Failure> {
    query::check_range(args.since, args.until).map_err(|e| {
        Failure::usage(format!(
            "--since {} --until {} selects nothing: {e}",
            args.since.map(|d| d.to_string()).unwrap_or_default(),
            args.until.map(|d| d.to_string()).unwrap_or_default()
        ))
    })?;
    let filter = Filter {
        actors: resolve_actors(data, &args.actor)?,
        mode: if args.any {
            MatchMode::Any
        } else {
            MatchMode::All
        },
        since: args.since,
        until: args.until,
        search: query::search_query(args.search.as_deref().unwrap_or_default()),
        groups: resolve_groups(data, &args.country)?,
        role: if args.any_role {
            RoleMatch::Any
        } else {
            RoleMatch::TookPart
        },
        kind: args.kind,
        places: resolve_places(data, &args.place)?,
        class: match args.class {
            Some(ClassFilter::Quad(c)) => Some(c),
            _ => None,
        },
        root: match args.class {
            Some(ClassFilter::Root(r)) => Some(r),
            _ => None,
        },
    };
    Ok(filter)
}
