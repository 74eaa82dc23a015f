//! Resolving speaker mentions to the article's people: names through the
//! people's mentions, pronouns to the most recent compatible person, role
//! phrases through titles, and a discourse rule for a lone candidate.

use super::attribution::Found;
use super::cues::{self, class};
use crate::hash::FxHashMap as HashMap;

use crate::entity::people::lexicon::Lexicon;
use crate::entity::{Gender, Person};
use crate::text::{Token, TokenKind};
use crate::QuoteKind;

/// How far back a pronoun looks for its antecedent, in person mentions.
const PRONOUN_REACH: usize = 64;

/// How many mentions inside a quotation are looked at to rule out a
/// pronoun's referent.
const NAMED_IN_REACH: usize = 16;

/// The person each quotation's speaker resolves to (an index into
/// `people`, whose `mentions` are their mentions in text order), adding a resolved
/// role phrase to the person's titles.
pub(crate) fn resolve(
    text: &str,
    tokens: &[Token],
    sentences: &[(usize, usize)],
    found: &[Found],
    people: &mut [Person],
    mentions: &[(usize, usize, usize)],
) -> Resolved {
    let mut out = vec![None; found.len()];
    let mut joint = vec![Vec::new(); found.len()];
    // (Only a speaker resolves: without one, the people need no index.)
    if people.is_empty() || found.iter().all(|f| f.speaker.is_none()) {
        return Resolved {
            persons: out,
            joint,
        };
    }
    // Surnames and titles, indexed once, when a speaker phrase first
    // names no one ([`index_people`]): lookups per quote stay constant
    // time however many people the article names.
    let mut index: Option<PeopleIndex> = None;
    // (Whether a state a speaker phrase names is named elsewhere too,
    // asked once per state: at most a scan of the text per state.)
    let mut named_elsewhere: Vec<(&str, bool)> = Vec::new();
    // (The regions each person's party labels name, read once per person
    // when a state's holders are first sorted: [`label_regions`].)
    let mut label_memo: Vec<Option<Vec<&'static str>>> = Vec::new();
    let mut buf = String::new();
    let mut roles = Vec::new();
    // The contents of direct quotations, in text order: a person named
    // inside one is not what a later pronoun refers to.
    let mut quoted = crate::window::take_buffer(&QUOTED);
    quoted.extend(
        found
            .iter()
            .filter(|f| f.kind == QuoteKind::Direct)
            .map(|f| (f.start, f.end)),
    );
    let in_quote = |off: usize| {
        let i = quoted.partition_point(|q| q.1 <= off);
        quoted.get(i).is_some_and(|q| q.0 <= off)
    };
    // The sentence of each mention (worked out when first asked, for a
    // pronoun's candidates only: `usize::MAX` unknown), and whether it
    // opens its sentence's subject (0 unknown, 1 no, 2 yes).
    let sentence_memo = vec![std::cell::Cell::new(usize::MAX); mentions.len()];
    let mention_sentence = |x: usize| match sentence_memo[x].get() {
        usize::MAX => {
            let s = sentence_at(tokens, sentences, mentions[x].0);
            sentence_memo[x].set(s);
            s
        }
        s => s,
    };
    let subject_memo: Vec<std::cell::Cell<u8>> = vec![std::cell::Cell::new(0); mentions.len()];
    // The last quotation resolved to a person: (its start, its end, the
    // person).
    let mut last: Option<(usize, usize, usize)> = None;
    // The people a speaker phrase names, reused from quotation to
    // quotation.
    let mut all: Vec<(usize, usize, usize)> = Vec::new();
    for (qi, f) in found.iter().enumerate() {
        if let Some(q) = qi.checked_sub(1) {
            // (Not the speaker of a relative clause after a name's role,
            // an aside: "Asked whether Tom Hale, the party's nominee, who
            // has called it a hoax, …, Ann Roy demurred. “…,” she said.";
            // but "Ann Roy, who backed the plan, said …" is hers.)
            let aside = found[q].speaker.is_some_and(|s| {
                who_antecedent(text, mentions, s.start, s.end).is_some_and(|(_, role)| role)
            });
            if let Some(p) = out[q].filter(|_| !aside) {
                last = Some((found[q].start, found[q].end, p));
            }
        }
        let Some(spk) = f.speaker else { continue };
        // The pieces of one quotation around one attribution ("“…,” he
        // said. “…”") share its speaker's mention, and so its person.
        if let Some(q) = qi
            .checked_sub(1)
            .filter(|&q| out[q].is_some() && found[q].speaker == Some(spk))
        {
            out[qi] = out[q];
            joint[qi] = joint[q].clone();
            continue;
        }
        let said = text.get(spk.start..spk.end).unwrap_or("");
        if let Some(bits) = spk.pronoun {
            if bits == 0 {
                // "Ann Roy and Lee Park wrote … They said": people named
                // together as the subject just before speak jointly.
                // (So do "their letter", "their statement".)
                let theirs = said
                    .get(..6)
                    .is_some_and(|w| w.eq_ignore_ascii_case("their "));
                if said.eq_ignore_ascii_case("they") || theirs {
                    let here = sentence_at(tokens, sentences, spk.start);
                    let before = mentions.partition_point(|m| m.0 < spk.start);
                    if let Some(list) =
                        named_together(text, tokens, sentences, &mentions[..before], here, 1)
                    {
                        out[qi] = Some(list[0]);
                        joint[qi] = list[1..].to_vec();
                    }
                }
                continue;
            }
            let before = mentions.partition_point(|m| m.0 < spk.start);
            // A person named in a direct quotation is someone else
            // ("He said, “Roy was …”"). (A bounded look: constant per
            // quotation.)
            let first = mentions.partition_point(|m| m.0 < f.start);
            let direct = f.kind == QuoteKind::Direct;
            let named_in = |p: usize| {
                direct
                    && mentions[first..]
                        .iter()
                        .take(NAMED_IN_REACH)
                        .take_while(|m| m.0 < f.end)
                        .any(|m| m.2 == p)
            };
            // (Indexes into `mentions`, most recent first.)
            let candidates = || {
                (0..before).rev().take(PRONOUN_REACH).filter(|&x| {
                    let m = &mentions[x];
                    compatible(people[m.2].gender, bits)
                        && !named_in(m.2)
                        && !in_quote(m.0)
                        && !noun_modifier(text, m.0, m.1)
                })
            };
            // In the pronoun's sentence or the two before, a person whose
            // gender the pronoun states outright, then one who opens the
            // sentence's subject ("Coach Lee Ortiz praised Dario Menz. He
            // …" is Ortiz), before the most recent compatible one.
            let here = sentence_at(tokens, sentences, spk.start);
            let recent = |x: &usize| mention_sentence(*x) + 2 >= here;
            let stated = |x: &usize| {
                people[mentions[*x].2].gender.is_some_and(|g| match g {
                    Gender::Male => bits & class::MALE != 0,
                    Gender::Female => bits & class::FEMALE != 0,
                })
            };
            let subject = |x: &usize| match subject_memo[*x].get() {
                0 => {
                    let yes =
                        opens_subject(text, tokens, sentences, mentions[*x].0, &mut String::new());
                    subject_memo[*x].set(if yes { 2 } else { 1 });
                    yes
                }
                v => v == 2,
            };
            // First of all the speaker of the quotation just before, when
            // compatible: '"…," Ann Roy said. "…," she said.'
            // (Unless a person of the pronoun's gender opens a sentence's
            // subject after it: "Joel Reed, 39, came by bus. '…,' he
            // said.")
            let previous = last.filter(|&(start, _, p)| {
                start < spk.start
                    && sentence_at(tokens, sentences, start) + 2 >= here
                    && compatible(people[p].gender, bits)
                    && !named_in(p)
            });
            // (When the pronoun does not state the previous speaker's
            // gender, any person of its gender named since wins: '"…,"
            // said Robin Hale. The ruling angered farmer Tom Reed. "…," he
            // said.')
            // (Not one named in the previous speaker's own sentence:
            // '"…," Robin Vance said after meeting Tom Reed.')
            let new_subject = previous.and_then(|(_, end, p)| {
                let sure = people[p].gender.is_some();
                let their_sentence = sentence_at(tokens, sentences, end);
                candidates()
                    .take_while(|x| mentions[*x].0 >= end)
                    .find(|x| {
                        mentions[*x].2 != p
                            && stated(x)
                            && ((!sure && mention_sentence(*x) > their_sentence) || subject(x))
                    })
            });
            // Before them all, a person of the pronoun's gender who opens
            // the subject of the pronoun's own sentence: "Tom Renk praised
            // the growers, and he said …" is Renk, whoever spoke before.
            // (Not the subject of an opening clause: "After Ann Roy spoke,
            // he said …".)
            // (The mention right before the sentence's first verb: "The
            // botanist Ann Roy agreed", "Later the firm's director Ann Roy
            // praised".)
            // (`s`: the sentence's first token.)
            let clause_subject = |(start, end, _): (usize, usize, usize),
                                  s: usize,
                                  buf: &mut String| {
                let at = tokens.partition_point(|t| t.start() < start);
                let after = tokens.partition_point(|t| t.start() < end);
                if at < s || at - s > 12 {
                    return false;
                }
                // (Not a preposition's object: "With a vote for Tom Reed
                // ruled out, …".)
                if at > s && cues::lookup(tokens[at - 1].text(text), buf).class() & class::PREP != 0
                {
                    return false;
                }
                let mut verb = |t: &Token| {
                    let w = t.text(text);
                    t.kind == TokenKind::Word
                        && !t.cap()
                        && (w.ends_with("ed") || cues::lookup(w, buf).cue().is_some())
                };
                tokens.get(after).is_some_and(&mut verb) && !tokens[s..at].iter().any(verb)
            };
            let mut own_subject = || {
                let &(s, _) = sentences.get(here)?;
                let opener = tokens.get(s).is_some_and(|t| {
                    cues::lookup(t.text(text), &mut buf).class() & class::CLAUSE != 0
                });
                if opener {
                    return None;
                }
                // (Or, when none is, one whose gender no one knows:
                // "In his statement, Senator Vance listed the steps he
                // believes …".)
                let own = || candidates().take_while(|x| mention_sentence(*x) == here);
                own()
                    .find(|x| stated(x) && clause_subject(mentions[*x], s, &mut buf))
                    .or_else(|| {
                        own().find(|x| {
                            people[mentions[*x].2].gender.is_none()
                                && clause_subject(mentions[*x], s, &mut buf)
                        })
                    })
            };
            // A person of the pronoun's gender the writer leaves unnamed,
            // after every named one: "A 41-year-old woman … “…,” she
            // wrote" is no one the article names.
            let unnamed = unnamed_person(text, tokens, sentences, here, spk.start, bits, in_quote);
            if let Some(u) = unnamed {
                let before_unnamed = |at: usize| at < u;
                if candidates()
                    .next()
                    .map_or(true, |x| before_unnamed(mentions[x].0))
                    && previous.map_or(true, |(start, _, _)| before_unnamed(start))
                {
                    continue;
                }
            }
            out[qi] = own_subject()
                .or(new_subject)
                .map(|x| mentions[x].2)
                .or(previous.map(|(_, _, p)| p))
                .or_else(|| {
                    let near = || candidates().take_while(recent);
                    near()
                        .find(|x| stated(x) && subject(x))
                        .or_else(|| near().find(stated))
                        .or_else(|| near().find(subject))
                        .or_else(|| candidates().next())
                        .map(|x| mentions[x].2)
                });
            continue;
        }
        // A mention of a person inside the speaker phrase.
        let from = mentions.partition_point(|m| m.1 <= spk.start);
        // "Ann Roy, who said …": the person named right before "who".
        if let Some((p, _)) = who_antecedent(text, mentions, spk.start, spk.end) {
            out[qi] = Some(p);
            continue;
        }
        // Not one the phrase speaks for or about: "aides to Ann Roy", "the
        // head of Acme", "a spokesman for Roy" (a preposition right
        // before the name).
        // (Past the name's titles: "a spokeswoman for Gov. Ann Roy", and
        // the capitalised words before a title after a lower-case noun:
        // "an aide to Harbor Speaker Ann Roy", not "Department of
        // Energy Secretary Ann Roy".)
        let complement = |m: &(usize, usize, usize)| {
            text.get(spk.start..m.0).is_some_and(|before| {
                let (mut titled, mut capped) = (false, false);
                let mut words = before.split_whitespace().rev().skip_while(|w| {
                    let title = is_title_word(w, &mut String::new());
                    titled |= title;
                    let cap =
                        !title && titled && w.starts_with(char::is_uppercase) && !w.ends_with(',');
                    capped |= cap;
                    title || cap
                });
                let w = words.next().unwrap_or("");
                let v = words.next().unwrap_or("");
                // (Only a noun's "for"/"to"/"of": not a place's "at City
                // Hall Mayor Ann Roy".)
                if capped
                    && (!v.starts_with(char::is_lowercase)
                        || !["for", "to", "of", "representing"]
                            .iter()
                            .any(|p| w.eq_ignore_ascii_case(p)))
                {
                    return false;
                }
                // (A co-speaker: "Ann Roy, along with Lee Park, said",
                // "together with", "joined by".)
                let co = CO_SPEAKER_WORDS.contains(&(v, w));
                // ("endorsed by Tom Reed", not an author: "a letter signed
                // by Ben Cole says", "according to calculations by Ann
                // Roy".)
                let agent = w.eq_ignore_ascii_case("by") && !speaks_through(v);
                !co && (agent
                    || ["of", "for", "to", "with", "about", "at", "representing"]
                        .iter()
                        .any(|p| w.eq_ignore_ascii_case(p)))
            })
        };
        // Nor one that only describes the speaker: "a Roy campaign aide",
        // "Roy allies" (a noun of a person's camp right after the name),
        // "Roy's wife" (any noun after the possessive).
        let modifier = |m: &(usize, usize, usize)| {
            let Some(after) = text.get(m.1..spk.end) else {
                return false;
            };
            let possessive = after
                .strip_prefix("'s")
                .or_else(|| after.strip_prefix("\u{2019}s"));
            fn next(s: &str) -> Option<&str> {
                s.strip_prefix(' ')
                    .map(|s| s.split(' ').next().unwrap_or(""))
            }
            // (But the person's own words: "Roy's statement said".)
            match possessive {
                Some(rest) => next(rest).is_some_and(|w| {
                    let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
                    w.starts_with(char::is_lowercase) && !WORKS.contains(&w)
                }),
                None => next(after).is_some_and(|w| CAMP.contains(&w)),
            }
        };
        let inside = mentions[from..].iter().take_while(|m| m.0 < spk.end);
        // (The names listed after a complement's are complements too:
        // "Supporters of Ann Roy, Lee Park and Tom Hale said".)
        // Whether mention `m` follows `prev` in a list of names.
        let listed = |prev: &(usize, usize, usize), m: &(usize, usize, usize)| {
            let between = text.get(prev.1..m.0).unwrap_or("");
            // (Past a short note between the names: "Ann Roy (D-Vt.) and
            // Lee Park", "Ann Roy, R-Ala., and Lee Park".)
            let between = match between.rfind(')') {
                Some(p) if between.starts_with(" (") && p < 16 => &between[p + 1..],
                _ => skip_comma_label(between),
            };
            let between = skip_appositive(between);
            list_join(between) && list_goes_on(between, text.get(m.1..spk.end))
        };
        // Nor one named in an appositive's relative clause: "Ann Roy, who
        // ran against Lee Park, and Tom Hale said" (the names after it
        // are no list of its own).
        let in_relative = |m: &(usize, usize, usize)| {
            text.get(spk.start..m.0).is_some_and(|before| {
                // (The words after the last ", ": found as bytes, with no
                // string searcher to set up for every name.)
                let seg = before
                    .as_bytes()
                    .windows(2)
                    .rposition(|w| w == b", ")
                    .map_or(before, |p| &before[p + 2..]);
                ["who ", "which ", "whose "]
                    .iter()
                    .any(|r| seg.starts_with(r))
            })
        };
        let mut listed_after: Option<&(usize, usize, usize)> = None;
        let mut named = inside.clone().filter(|m| {
            if in_relative(m) {
                listed_after = None;
                return false;
            }
            let in_list = listed_after.is_some_and(|p| listed(p, m));
            let speaks = !in_list && !complement(m) && !modifier(m);
            listed_after = (!speaks).then_some(*m);
            speaks
        });
        if let Some(first) = named.next() {
            // People named jointly ("Ann Roy and Lee Park", "Roy, Park and
            // Hale") all speak, the first as the speaker; otherwise the
            // last name is the speaker ("Acme chief executive Ann Roy").
            all.clear();
            all.push(*first);
            let mut joined = true;
            for m in named {
                joined &= listed(&all[all.len() - 1], m);
                all.push(*m);
            }
            if all.len() > 1 && joined {
                out[qi] = Some(first.2);
                for m in &all[1..] {
                    if m.2 != first.2 && !joint[qi].contains(&m.2) {
                        joint[qi].push(m.2);
                    }
                }
            } else {
                out[qi] = all.last().map(|m| m.2);
            }
            continue;
        }
        if inside.clone().next().is_some() {
            // Only people the phrase speaks for: the speaker is unnamed.
            continue;
        }
        // "Sens. Ann Roy and Lee Park said … “…,” the delegation said":
        // a group's noun stands for the people last named together as a
        // subject, a few sentences back with no one named since.
        // (Also "the Iowa delegation".)
        let noun = said
            .get(..4)
            .filter(|w| w.eq_ignore_ascii_case("the "))
            .and_then(|_| said.rsplit(' ').next())
            .and_then(|last| GROUP_NOUNS.iter().find(|n| last.eq_ignore_ascii_case(n.0)));
        if let Some(&(_, kind)) = noun {
            let here = sentence_at(tokens, sentences, spk.start);
            let before = mentions.partition_point(|m| m.0 < spk.start);
            // ("the pair": two people; "the lawmakers": people with a
            // lawmaker's title, not "farmers Ann Roy and Tom Hale".)
            let fits = |list: &Vec<usize>| match kind {
                Group::Two => list.len() == 2,
                Group::Lawmakers => list
                    .iter()
                    .all(|&p| people[p].titles.iter().any(|t| lawmakers_title(t))),
                Group::Any => true,
            };
            let list = named_together(
                text,
                tokens,
                sentences,
                &mentions[..before],
                here,
                GROUP_REACH,
            )
            .filter(fits);
            if let Some(list) = list {
                out[qi] = Some(list[0]);
                joint[qi] = list[1..].to_vec();
            }
            continue;
        }
        // The same surname.
        let surname = said.split_whitespace().last().unwrap_or("");
        let surname = surname
            .trim_end_matches(['’', '\'', 's'])
            .trim_end_matches(['’', '\'']);
        let (surnames, titles, offices) = index.get_or_insert_with(|| index_people(people));
        if !surname.is_empty() && surname.chars().next().is_some_and(char::is_uppercase) {
            let hit = surnames.get(&surname.to_ascii_lowercase()).copied();
            if hit.is_some() {
                out[qi] = hit;
                continue;
            }
        }
        // A role phrase: one of a person's titles.
        let role = strip_article(said);
        let key = normalize(role);
        let holders: &[usize] = titles.get(&key).map_or(&[], Vec::as_slice);
        if holders.len() == 1 {
            out[qi] = Some(holders[0]);
            continue;
        }
        // "the Senate Majority Leader" for the one "Majority Leader": a
        // title of two words or more that ends a definite role (not "a
        // Democratic strategist"; nor another holder's: "the senator's
        // chief of staff", see [`suffix_holder`]).
        let possessive = |w: &str| w.ends_with("'s") || w.ends_with("\u{2019}s");
        let first = said.split(' ').next().unwrap_or("");
        let definite_role = first.eq_ignore_ascii_case("the") || possessive(first);
        if holders.is_empty() && definite_role {
            let lower_possessive = role
                .split(' ')
                .any(|w| w.starts_with(char::is_lowercase) && possessive(w));
            if let Some(p) = suffix_holder(&key, titles).filter(|_| !lower_possessive) {
                out[qi] = Some(p);
                continue;
            }
        }
        // (The last word or hyphen part: spaces and hyphens are ASCII.)
        let head = role
            .bytes()
            .rposition(|b| b == b' ' || b == b'-')
            .map_or(role, |i| role.get(i + 1..).unwrap_or(""));
        let definite = role.len() < said.len()
            && said[..said.len() - role.len()]
                .trim()
                .eq_ignore_ascii_case("the");
        // "the senator" for the one "Sen." of the article, "the senators"
        // for all of them (two to four), by the office their titles name;
        // so too a state's: "Wyoming's senior senator".
        // (The state's holders: those with its party label.)
        let state = holders.is_empty().then(|| state_office(said)).flatten();
        if holders.is_empty() && ((definite && !role.contains(' ')) || state.is_some()) {
            let lower = head.to_lowercase();
            let plural_of = plural_holders(offices, &lower);
            let plural = plural_of.is_some();
            let holders: &[usize] =
                plural_of.unwrap_or_else(|| offices.get(lower.as_str()).map_or(&[], Vec::as_slice));
            let of_state: Vec<usize>;
            let holders = match state {
                Some(state) => {
                    // (The article's one holder, with no label naming
                    // another state, when the article names the state
                    // elsewhere too: "Sen. Tom Hale … in Wyoming … said
                    // Wyoming's senior senator"; not "reports from
                    // Colorado's junior senator" in an article on
                    // another state's.)
                    // (Only a region of the curated table is looked for,
                    // once each: a bounded number of scans.)
                    let mut elsewhere = || match named_elsewhere.iter().find(|x| x.0 == state) {
                        Some(&(_, known)) => known,
                        None if crate::entity::places::postal::names_region(state, state) => {
                            let known = state_named(text, state);
                            named_elsewhere.push((state, known));
                            known
                        }
                        None => false,
                    };
                    of_state = match holders {
                        [only] if unlabelled(text, &people[*only]) && elsewhere() => vec![*only],
                        _ => holders
                            .iter()
                            .copied()
                            .filter(|&h| {
                                label_regions(&mut label_memo, text, people, h)
                                    .iter()
                                    .any(|r| r.eq_ignore_ascii_case(state))
                            })
                            .collect(),
                    };
                    &of_state[..]
                }
                None => holders,
            };
            // (Of several holders, the one who spoke just before: '"…,"
            // Sen. Ann Roy said. "…," the senator said.')
            let here = sentence_at(tokens, sentences, spk.start);
            // (Not for a state's senator: the other of its two, if
            // anyone, follows the one who spoke.)
            let previous = last.filter(|&(start, _, p)| {
                !plural
                    && state.is_none()
                    && holders.len() > 1
                    && holders.contains(&p)
                    && start < spk.start
                    && sentence_at(tokens, sentences, start) + 2 >= here
            });
            if let Some((_, _, p)) = previous {
                out[qi] = Some(p);
                continue;
            }
            match (plural, holders) {
                (false, [only]) => {
                    out[qi] = Some(*only);
                    continue;
                }
                (true, [first, rest @ ..]) if (1..=3).contains(&rest.len()) => {
                    out[qi] = Some(*first);
                    joint[qi] = rest.to_vec();
                    continue;
                }
                _ => {}
            }
        }
        // "both senators", "the two senators": as many holders of the
        // office as the words count.
        if let Some((n, office)) = counted_plural(said) {
            let holders = plural_holders(offices, &office.to_lowercase()).unwrap_or(&[]);
            if let [first, rest @ ..] = holders {
                if holders.len() == n {
                    out[qi] = Some(*first);
                    joint[qi] = rest.to_vec();
                    continue;
                }
            }
        }
        if definite
            && holders.is_empty()
            && cues::lookup(head, &mut buf).class() & class::TITLE != 0
        {
            roles.push(qi);
        }
    }
    // The discourse rule: when every other attribution points to one
    // person, an untied role phrase names that person too.
    if !roles.is_empty() {
        let mut candidates: Vec<usize> = out.iter().flatten().copied().collect();
        candidates.sort_unstable();
        candidates.dedup();
        if let [only] = candidates[..] {
            for qi in roles {
                let Some(spk) = found[qi].speaker else {
                    continue;
                };
                let said = text.get(spk.start..spk.end).unwrap_or("");
                let role = strip_article(said).to_string();
                let key = normalize(&role);
                let head = crate::text::split_last_space(&key).1;
                // (Not one who holds another office: "Gov. Ann Roy" is not
                // "the senator".)
                if !holds_other_office(&people[only], head) {
                    out[qi] = Some(only);
                    let person = &mut people[only];
                    if !person.titles.iter().any(|t| normalize(t) == key) {
                        person.titles.push(role);
                    }
                }
            }
        }
    }
    crate::window::give_back(&QUOTED, quoted);
    Resolved {
        persons: out,
        joint,
    }
}

thread_local! {
    /// The direct quotations of [`resolve`], reused from text to text
    /// ([`crate::window::take_buffer`]).
    static QUOTED: std::cell::Cell<Vec<(usize, usize)>> = const { std::cell::Cell::new(Vec::new()) };
}

/// The people by surname (lower case: the first person of each), by each
/// of their titles ([`normalize`]d: every holder, in order), and by the
/// office their titles name ([`office_of`]).
type PeopleIndex = (
    HashMap<String, usize>,
    HashMap<String, Vec<usize>>,
    HashMap<&'static str, Vec<usize>>,
);

/// Indexes `people` by surname, title and office ([`PeopleIndex`]).
fn index_people(people: &[Person]) -> PeopleIndex {
    let mut surnames: HashMap<String, usize> = HashMap::default();
    let mut titles: HashMap<String, Vec<usize>> = HashMap::default();
    let mut offices: HashMap<&'static str, Vec<usize>> = HashMap::default();
    // (A person once per title or office, however often it repeats.)
    let add = |holders: &mut Vec<usize>, i: usize| {
        if holders.last() != Some(&i) {
            holders.push(i);
        }
    };
    for (i, p) in people.iter().enumerate() {
        if let Some(last) = p.name.split_whitespace().last() {
            surnames.entry(last.to_ascii_lowercase()).or_insert(i);
        }
        for t in &p.titles {
            let key = normalize(t);
            for &office in office_of(&key).unwrap_or(&[]) {
                add(offices.entry(office).or_default(), i);
            }
            add(titles.entry(key).or_default(), i);
        }
    }
    (surnames, titles, offices)
}

/// Whether `person` holds an office ([`office_of`]) and `role`, a role
/// phrase's head word naming an office, is none of theirs.
fn holds_other_office(person: &Person, role: &str) -> bool {
    // (A chair is held on top of another office: "the chairman" may be
    // the senator who chairs a committee.)
    let is_office = !matches!(role, "chairman" | "chairwoman")
        && office_of(role).is_some_and(|o| o.contains(&role));
    let mut offices = person
        .titles
        .iter()
        .filter_map(|t| office_of(&normalize(t)))
        .peekable();
    is_office && offices.peek().is_some() && !offices.any(|o| o.contains(&role))
}

/// Words before an office's head that make the title a deputy's, a
/// former holder's or another office named by the same head: "Lt. Gov.",
/// "Deputy Mayor", "Former Sen.", "Attorney General".
const QUALIFIERS: &[&str] = &[
    "lt.",
    "lt",
    "lieutenant",
    "deputy",
    "vice",
    "former",
    "acting",
    "attorney",
    "inspector",
    "surgeon",
    "assistant",
    "associate",
    "ex",
    "retired",
    "late",
    "solicitor",
    "postmaster",
    "adjutant",
];

/// The offices a title's last word (before an "of" complement) names, in
/// the words a role phrase uses
/// for them ("the senator" for "Sen.", "U.S. Sen.", "Senator"): the
/// offices that elected officials and officers hold. `title` is
/// [`normalize`]d.
fn office_of(title: &str) -> Option<&'static [&'static str]> {
    const REPRESENTATIVE: &[&str] = &["representative", "congressman", "congresswoman"];
    // (The office first: most titles name none, and then their other
    // words are not compared with every qualifier. The words are split
    // as bytes, at ASCII spaces, which needs no char pattern searcher,
    // and a `match` on the head tells most titles apart by their length
    // alone.)
    // (The head before an "of" complement: "secretary of
    // transportation"; found by a byte scan: `str::find`'s two-way
    // searcher costs more to set up than a title's few bytes.)
    let title = title
        .as_bytes()
        .windows(4)
        .position(|w| w == b" of ")
        .and_then(|i| title.get(..i))
        .unwrap_or(title);
    let mut words = title.as_bytes().rsplit(|&b| b == b' ');
    let offices: &'static [&'static str] = match words.next()? {
        b"sen." | b"senator" => &["senator"],
        b"gov." | b"governor" => &["governor"],
        b"rep." | b"representative" => REPRESENTATIVE,
        b"congressman" => &["congressman", "representative"],
        b"congresswoman" => &["congresswoman", "representative"],
        b"mayor" => &["mayor"],
        b"gen." | b"general" => &["general"],
        b"adm." | b"admiral" => &["admiral"],
        b"col." | b"colonel" => &["colonel"],
        b"judge" => &["judge"],
        b"justice" => &["justice"],
        b"ambassador" => &["ambassador"],
        b"sheriff" => &["sheriff"],
        b"secretary" => &["secretary"],
        b"chairman" => &["chairman"],
        b"chairwoman" => &["chairwoman"],
        b"commissioner" => &["commissioner"],
        b"administrator" => &["administrator"],
        _ => return None,
    };
    if words.any(|w| QUALIFIERS.iter().any(|q| q.as_bytes() == w)) {
        return None;
    }
    Some(offices)
}

/// The people each quotation's speaker names.
#[derive(Default)]
pub(crate) struct Resolved {
    /// The person the speaker mention resolves to, per quotation.
    pub persons: Vec<Option<usize>>,
    /// The other people a joint speaker names ("Ann Roy and Lee Park"),
    /// per quotation.
    pub joint: Vec<Vec<usize>>,
}

/// `between` past a party label set off by commas (", R-Ala., and " gives
/// ", and "), or all of it.
fn skip_comma_label(between: &str) -> &str {
    let Some(rest) = between.strip_prefix(", ") else {
        return between;
    };
    let labelled = matches!(rest.as_bytes(), [b'D' | b'R' | b'I', b'-', ..]);
    match rest.find(',') {
        Some(p) if labelled && p < 14 => &rest[p..],
        _ => between,
    }
}

/// `between` past a short appositive of the first name, from the comma
/// that closes it: ", chair of the panel, and Sen. " gives ", and Sen. ".
fn skip_appositive(between: &str) -> &str {
    let Some(rest) = between.strip_prefix(", ") else {
        return between;
    };
    // (Words as the subject's reading counts them: spaced, opening with a
    // letter or a digit.)
    let short = |a: &str| {
        a.split(' ')
            .filter(|w| w.starts_with(char::is_alphanumeric))
            .count()
            <= super::attribution::APPOSITIVE_WORDS
    };
    match rest.find(',') {
        Some(p) if short(&rest[..p]) && rest[p..].starts_with(", and ") => &rest[p..],
        _ => between,
    }
}

/// The person a relative "who" speaker at `start..end` names: the one
/// named right before it, set off by commas ("Ann Roy, who said") or past
/// a short role between commas ("Ann Roy, head of the Dover School
/// District (DSD), who said"); with whether such a role stands between.
fn who_antecedent(
    text: &str,
    mentions: &[(usize, usize, usize)],
    start: usize,
    end: usize,
) -> Option<(usize, bool)> {
    if !text
        .get(start..end)
        .is_some_and(|w| w.eq_ignore_ascii_case("who"))
    {
        return None;
    }
    let (_, m_end, person) = mentions[mentions.partition_point(|m| m.1 <= start).checked_sub(1)?];
    let gap = text.get(m_end..start)?;
    if bare_gap(gap) {
        return Some((person, false));
    }
    let role = gap
        .trim()
        .strip_prefix(',')
        .and_then(|g| g.strip_suffix(','))
        .is_some_and(|role| {
            !role.contains([',', ';', '"', '\u{201C}', '\u{201D}'])
                && role.split_whitespace().count() <= super::attribution::APPOSITIVE_WORDS
        });
    role.then_some((person, true))
}

/// Whether `gap` holds only commas and spaces: "Ann Roy, who".
fn bare_gap(gap: &str) -> bool {
    gap.trim_matches(|c: char| c == ',' || c.is_whitespace())
        .is_empty()
}

/// Whether `between` joins two names of a list: a comma or a conjunction,
/// then any titles of the second name ("Gov. Ann Roy and Sen. Lee Park",
/// "… and Secretary of the Treasury Lee Park").
fn list_join(between: &str) -> bool {
    // (A co-speaker may carry a role phrase: ", along with Acme's chief
    // executive Lee Park".)
    if let Some(r) = co_speaker(between) {
        return !r.contains(',') && r.split_whitespace().count() <= 6;
    }
    // (Past the name's short note: "Ann Roy (D-NJ), Lee Park (D-NY) and".)
    let between = past_note(between);
    let rest = [", and ", ", or ", " and ", " or ", " & ", ", "]
        .iter()
        .find_map(|sep| between.strip_prefix(sep));
    rest.is_some_and(|r| {
        r.split_whitespace().enumerate().all(|(i, w)| {
            w.starts_with(char::is_uppercase) || (i > 0 && matches!(w, "of" | "the" | "for"))
        })
    })
}

/// The two words that add a co-speaker to a speaker: "Ann Roy, along
/// with Lee Park, said".
pub(crate) const CO_SPEAKER_WORDS: [(&str, &str); 3] =
    [("along", "with"), ("together", "with"), ("joined", "by")];

/// Whether `between` opens with a co-speaker's words after a comma (", along
/// with "), and the text after them.
fn co_speaker(between: &str) -> Option<&str> {
    let rest = between.strip_prefix(", ")?;
    CO_SPEAKER_WORDS.iter().find_map(|(a, b)| {
        rest.strip_prefix(a)?
            .strip_prefix(' ')?
            .strip_prefix(b)?
            .strip_prefix(' ')
    })
}

/// Which people a group's noun may stand for.
#[derive(Clone, Copy)]
enum Group {
    /// Any people named together ("the delegation").
    Any,
    /// Exactly two ("the pair").
    Two,
    /// People with a lawmaker's title ("the lawmakers").
    Lawmakers,
}

/// Nouns of a group of people named together ("the delegation said").
const GROUP_NOUNS: &[(&str, Group)] = &[
    ("delegation", Group::Any),
    ("duo", Group::Two),
    ("lawmakers", Group::Lawmakers),
    ("legislators", Group::Lawmakers),
    ("pair", Group::Two),
];

/// Whether title `t` is a lawmaker's: a word of it is "Sen." or "Rep.",
/// or opens with "senator", "representative", "congress", "assembly",
/// "legislator", "lawmaker" or "delegate" (any case).
pub(crate) fn lawmakers_title(t: &str) -> bool {
    const STEMS: [&str; 7] = [
        "senator",
        "representative",
        "congress",
        "assembly",
        "legislator",
        "lawmaker",
        "delegate",
    ];
    t.split([' ', '-']).any(|w| {
        let w = w.trim_end_matches('.');
        ["sen", "sens", "rep", "reps"]
            .iter()
            .any(|a| w.eq_ignore_ascii_case(a))
            || STEMS
                .iter()
                .any(|s| w.get(..s.len()).is_some_and(|h| h.eq_ignore_ascii_case(s)))
    })
}

/// How many sentences back a group's noun looks for its people.
const GROUP_REACH: usize = 4;

/// The people of the last list of names ("Ann Roy and Lee Park", "Roy,
/// Park and Hale") among `mentions` (in text order, all before the
/// pronoun) that opens the subject of sentence `here` or of one of the
/// `reach` before it: what a "they" (or "the delegation") there stands
/// for. `None` when neither the last person named before the pronoun in
/// those sentences nor one of the few named before it in the same
/// sentence ends such a list.
fn named_together(
    text: &str,
    tokens: &[Token],
    sentences: &[(usize, usize)],
    mentions: &[(usize, usize, usize)],
    here: usize,
    reach: usize,
) -> Option<Vec<usize>> {
    let end = mentions.len().checked_sub(1)?;
    let sentence = sentence_at(tokens, sentences, mentions[end].0);
    if sentence + reach < here {
        return None;
    }
    // (The list may be followed by others its sentence names as objects:
    // "Sens. Ann Roy and Lee Park asked Secretary Tom Hale to …"; a few.)
    (end.saturating_sub(3)..=end)
        .rev()
        .take_while(|&last| sentence_at(tokens, sentences, mentions[last].0) == sentence)
        .find_map(|last| list_ending(text, tokens, sentences, mentions, last, sentence))
}

/// The people named together as a subject in a list ending with mention
/// `last`, in sentence `sentence` ([`named_together`]).
fn list_ending(
    text: &str,
    tokens: &[Token],
    sentences: &[(usize, usize)],
    mentions: &[(usize, usize, usize)],
    last: usize,
    sentence: usize,
) -> Option<Vec<usize>> {
    // (Back over the list while the names are joined and in one sentence.)
    let joined = |x: usize| {
        let (a, b) = (mentions[x - 1], mentions[x]);
        a.2 != b.2
            && sentence_at(tokens, sentences, a.0) == sentence
            && text
                .get(a.1..b.0)
                .is_some_and(|between| list_join(between) && list_goes_on(between, text.get(b.1..)))
    };
    // (Not the owners of what the subject is: "Ann Roy and Lee Park's
    // lawyers wrote …".)
    let after = text.get(mentions[last].1..).unwrap_or("");
    if after.starts_with("'s") || after.starts_with("\u{2019}s") || after.starts_with('\'') {
        return None;
    }
    let mut first = last;
    while first > 0 && last - first < 8 && joined(first) {
        first -= 1;
    }
    if first == last
        || !opens_subject(
            text,
            tokens,
            sentences,
            mentions[first].0,
            &mut String::new(),
        )
    {
        return None;
    }
    let mut people: Vec<usize> = mentions[first..=last].iter().map(|m| m.2).collect();
    people.dedup();
    Some(people)
}

/// Whether a list joined by a bare comma goes on after the second name
/// (a list, "Ann Roy, Lee Park and Tom Hale"), unlike an apposition ("a
/// spokesman for Ann Roy, Lee Park, said").
fn list_goes_on(between: &str, after: Option<&str>) -> bool {
    !between.starts_with(", ")
        || between.starts_with(", and ")
        || between.starts_with(", or ")
        || co_speaker(between).is_some()
        || after.is_some_and(|a| {
            // (A short look: a few bytes after the name decide, and the
            // cost stays constant however long the text.)
            let a = clip(a, 40)
                .trim_start_matches(|c: char| c != ',' && c != ' ' && !c.is_alphabetic());
            // (Past the name's short note: "Lee Park (R-Utah), and …".)
            let a = past_note(a);
            a.starts_with(" and ") || a.starts_with(", ") || a.starts_with(" or ")
        })
}

/// The text after a name's short note in brackets that `s` opens with
/// (" (R-Utah), and …" → ", and …"), or `s`.
fn past_note(s: &str) -> &str {
    match s.find(')') {
        Some(p) if s.starts_with(" (") && p < 16 => &s[p + 1..],
        _ => s,
    }
}

/// How many tokens back [`unnamed_person`] looks.
const UNNAMED_REACH: usize = 60;

/// The byte offset of the last person of the pronoun's gender (`bits`)
/// the text introduces without a name before `at`, in sentence `here` or
/// the two before, as a subject or a possessor: "A 41-year-old Ohio
/// woman was fined", "One older man, who …, said", "the home of a
/// young man" (not an object, "Ann Roy has a son", nor a phrase set
/// off before the pronoun, "A father of two, he …", nor words inside a
/// quotation, `in_quote`: "“I am a man who keeps his word,” he said").
fn unnamed_person(
    text: &str,
    tokens: &[Token],
    sentences: &[(usize, usize)],
    here: usize,
    at: usize,
    bits: u16,
    in_quote: impl Fn(usize) -> bool,
) -> Option<usize> {
    const MEN: &[&str] = &[
        "boy",
        "brother",
        "businessman",
        "father",
        "gentleman",
        "grandfather",
        "husband",
        "man",
        "son",
    ];
    const WOMEN: &[&str] = &[
        "businesswoman",
        "daughter",
        "girl",
        "grandmother",
        "lady",
        "mother",
        "sister",
        "wife",
        "woman",
    ];
    let nouns = match (bits & class::MALE != 0, bits & class::FEMALE != 0) {
        (true, false) => MEN,
        (false, true) => WOMEN,
        _ => return None,
    };
    let end = tokens.partition_point(|t| t.start() < at);
    let first = sentences.get(here.saturating_sub(2)).map_or(0, |s| s.0);
    let lo = first.max(end.saturating_sub(UNNAMED_REACH));
    let w = |k: usize| tokens[k].text(text);
    let closed = class::PREP | class::DET | class::PRONOUN | class::AUX | class::CLAUSE;
    let mut buf = String::new();
    (lo..end).rev().find_map(|k| {
        if tokens[k].kind != TokenKind::Word
            || !nouns.contains(&w(k))
            || in_quote(tokens[k].start())
        {
            return None;
        }
        // (The article up to eight tokens before, with modifiers only
        // between: "a 41 - year - old Ohio woman"; not "a boost by his
        // father".)
        let article = (k.saturating_sub(8).max(lo)..k)
            .rev()
            .find(|&j| matches!(w(j), "a" | "A" | "an" | "An" | "one" | "One"))?;
        let plain = tokens[article + 1..k].iter().all(|t| {
            (t.kind != TokenKind::Punct || t.text(text) == "-")
                && cues::lookup(t.text(text), &mut buf).class() & closed == 0
        });
        let set_off = || {
            (k + 1..(k + 8).min(end))
                .find(|&m| w(m) == ",")
                .and_then(|m| tokens.get(m + 1))
                .is_some_and(|t| matches!(t.text(text), "he" | "she" | "He" | "She"))
        };
        // (At the sentence's start, or after a short opening phrase and
        // its comma, "On Monday, a …", an opening conjunction, "But a …",
        // or a verb of saying, "Police said a …".)
        let s = sentences
            .get(sentence_at(tokens, sentences, tokens[article].start()))
            .map_or(0, |x| x.0);
        let before = article.checked_sub(1).map(w);
        let opens = article == s
            || (before == Some(",")
                && article <= s + 5
                && cues::lookup(w(s), &mut buf).class()
                    & (class::PREP | class::TIME | class::ADVERB | class::CLAUSE)
                    != 0)
            || (article == s + 1
                && matches!(before, Some("But" | "And" | "Then" | "Still" | "Meanwhile")))
            || matches!(before, Some("said" | "says" | "that"));
        let subject = opens && !set_off();
        // (A possessor's, "the home of a man", not another person's
        // relative, "the son of a man".)
        let possessor = article >= 2
            && w(article - 1) == "of"
            && !MEN.contains(&w(article - 2))
            && !WOMEN.contains(&w(article - 2));
        (plain && (subject || possessor)).then(|| tokens[k].start())
    })
}

/// Whether `w` is a title before a name: an abbreviation ("Gov.", "Lt.")
/// or a title word ("Mayor", "Chief").
fn is_title_word(w: &str, buf: &mut String) -> bool {
    w.starts_with(char::is_uppercase)
        && (w.ends_with('.') || cues::lookup(w, buf).class() & class::TITLE != 0)
}

/// Participles of authorship: their agent speaks ("a letter signed by Ben
/// Cole says").
const AUTHORED: &[&str] = &[
    "signed",
    "written",
    "issued",
    "sent",
    "released",
    "published",
    "authored",
    "posted",
    "penned",
    "drafted",
    "delivered",
    "filed",
    "made",
    "given",
];

/// What a person writes or says, after the person's possessive: "Ann
/// Roy's statement said …" is Ann Roy speaking.
const WORKS: &[&str] = &[
    "statement",
    "letter",
    "tweet",
    "tweets",
    "post",
    "remarks",
    "testimony",
    "speech",
    "memo",
    "email",
    "op-ed",
    "column",
    "blog",
    "book",
    "memoir",
];

/// Studies, counts and rulings, whose author after "by" speaks through
/// them: "according to calculations by Ann Roy", "a ruling by Judge Ann
/// Roy".
const STUDIES: &[&str] = &[
    "analysis",
    "calculations",
    "count",
    "decision",
    "estimate",
    "estimates",
    "paper",
    "poll",
    "polling",
    "report",
    "research",
    "review",
    "ruling",
    "study",
    "survey",
    "tally",
];

/// Whether the word `v` before "by" and a person names what the person
/// said or wrote ("a memo signed by", "calculations by"): the person
/// speaks through it, no agent of someone else's act.
fn speaks_through(v: &str) -> bool {
    [AUTHORED, WORKS, STUDIES].iter().any(|l| l.contains(&v))
}

/// Nouns of a person's camp: after a name they make the phrase someone
/// else ("a Roy campaign aide", "Roy supporters").
const CAMP: &[&str] = &[
    "campaign",
    "campaigns",
    "camp",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "aide",
    "aides",
    "ally",
    "allies",
    "supporter",
    "supporters",
    "backer",
    "backers",
    "fans",
    "loyalist",
    "loyalists",
    "surrogate",
    "surrogates",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "staff",
    "staffer",
    "staffers",
    "team",
    "critics",
    "defenders",
    "opponents",
    "administration",
    "voters",
    "delegates",
    "insider",
    "insiders",
    "operative",
    "operatives",
    "strategist",
    "strategists",
    "donor",
    "donors",
];

/// Whether the name at `start..end` only modifies a noun after an
/// article: "the Roy administration", "a Roy adviser" (no one a later
/// pronoun refers to; not "the Roy of old", "the Roy who won", nor after
/// the pronoun "one": "the one Ann Roy trusted").
fn noun_modifier(text: &str, start: usize, end: usize) -> bool {
    // (A few bytes on each side, compared as ASCII: constant work however
    // long the words around the name.)
    let b = text.as_bytes();
    let article = start >= 2 && b[start - 1] == b' ' && {
        let stop = start - 1;
        let first = (stop.saturating_sub(4)..stop)
            .rev()
            .take_while(|&i| b[i].is_ascii_alphabetic())
            .last()
            .unwrap_or(stop);
        let whole = first == 0 || !b[first - 1].is_ascii_alphabetic();
        let w = &b[first..stop];
        whole
            && [&b"the"[..], b"a", b"an"]
                .iter()
                .any(|a| w.eq_ignore_ascii_case(a))
    };
    let noun_after = || {
        b.get(end) == Some(&b' ') && {
            let from = end + 1;
            let len = b[from..]
                .iter()
                .take(8)
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
            let w = &b[from..from + len];
            len > 0
                && w[0].is_ascii_lowercase()
                && ![
                    &b"of"[..],
                    b"who",
                    b"whom",
                    b"that",
                    b"and",
                    b"or",
                    b"in",
                    b"at",
                    b"to",
                    b"for",
                ]
                .contains(&w)
        }
    };
    article && noun_after()
}

/// The index of the sentence holding byte offset `off`.
fn sentence_at(tokens: &[Token], sentences: &[(usize, usize)], off: usize) -> usize {
    let tok = tokens.partition_point(|t| t.start() < off);
    sentences.partition_point(|&(_, end)| end <= tok)
}

/// Whether the mention starting at byte `off` opens its sentence's
/// subject: before it only capitalised words, punctuation, determiners,
/// possessives and title words ("Coach Lee Ortiz praised …", "On Monday,
/// Ann Roy said …", "The bank's chief executive, Paul Vance, took …",
/// "Star forward Tom Hale scored …"); or those after an opening phrase
/// and its comma ("In her reply to the board, Ann Roy …").
fn opens_subject(
    text: &str,
    tokens: &[Token],
    sentences: &[(usize, usize)],
    off: usize,
    buf: &mut String,
) -> bool {
    let tok = tokens.partition_point(|t| t.start() < off);
    let Some(&(start, _)) = sentences.get(sentence_at(tokens, sentences, off)) else {
        return false;
    };
    // (Whether the words from `from` up to the mention are its name's:
    // capitals, determiners, titles, possessives.)
    let head = |from: usize, buf: &mut String| {
        (from..tok).all(|x| {
            tokens.get(x).is_some_and(|t| {
                let w = t.text(text);
                t.kind != TokenKind::Word
                    || t.cap()
                    || possessive_word(w)
                    || cues::lookup(w, buf).class() & (class::DET | class::TITLE) != 0
                    || Lexicon::get().title_of_word(w, buf).is_some()
            })
        })
    };
    if tok.saturating_sub(start) <= 12 && head(start, buf) {
        return true;
    }
    // After an opening phrase and its comma: "In her reply to the board,
    // Ann Roy …", "Since taking office, Roy has …".
    let Some(comma) = (start + 2..tok)
        .rev()
        .take(8)
        .find(|&x| tokens[x].text(text) == ",")
    else {
        return false;
    };
    // (A preposition, a time or a subordinating word opens it, after a
    // leading "But", "And", "Yet" or "So" at most: "But like Reed, Ann Roy
    // …"; not "But the talks went on, and later, Tom Reed …".)
    let conj = tokens
        .get(start)
        .is_some_and(|t| matches!(t.text(text), "But" | "And" | "Yet" | "So"));
    let first = start + usize::from(conj);
    let opener = tokens.get(first).is_some_and(|t| {
        let w = t.text(text);
        cues::lookup(w, buf).class() & (class::PREP | class::TIME) != 0
            || ["when", "while", "as", "although", "though"]
                .iter()
                .any(|s| w.eq_ignore_ascii_case(s))
    });
    if !(opener && comma - start <= 12 && head(comma + 1, buf)) {
        return false;
    }
    // (The name is the subject, not a possessor nor a name set off by a
    // comma before another: "…, Ann Roy's aide, Tom Reed, said", "On
    // another rival, Mr. Hale, Ann Roy was asked …"; but "…, Tom Reed, a
    // farmer, said".)
    let k = tok
        + tokens[tok.min(tokens.len())..]
            .iter()
            .take_while(|t| t.cap() || t.text(text) == ".")
            .count();
    let possessive = |t: &Token| {
        let w = t.text(text);
        possessive_word(w) || matches!(w, "'" | "\u{2019}")
    };
    let apposition = || {
        tokens
            .get(k + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && !t.cap())
    };
    k > tok
        && !possessive(&tokens[k - 1])
        && tokens
            .get(k)
            .is_some_and(|t| (t.text(text) != "," || apposition()) && !possessive(t))
}

/// Whether `w` ends in a possessive "'s" (or "’s").
fn possessive_word(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("\u{2019}s")
}

fn compatible(gender: Option<Gender>, bits: u16) -> bool {
    match gender {
        Some(Gender::Male) => bits & class::FEMALE == 0,
        Some(Gender::Female) => bits & class::MALE == 0,
        None => true,
    }
}

/// The one holder of a title of two words or more that ends the role
/// `key` ([`normalize`]d), read past at most six words, none of them a
/// preposition or a word of another holder ([`QUALIFIERS`], "next",
/// "interim": not "aides close to the governor", "the former
/// majority leader").
fn suffix_holder(key: &str, titles: &HashMap<String, Vec<usize>>) -> Option<usize> {
    const NOT_BEFORE: &[&str] = &[
        "of", "for", "to", "with", "at", "in", "on", "from", "next", "previous", "future",
        "incoming", "outgoing", "interim", "then",
    ];
    let mut word_start = 0;
    for i in crate::text::space_offsets(key).take(6) {
        let word = key.get(word_start..i).unwrap_or("");
        if NOT_BEFORE.contains(&word) || QUALIFIERS.contains(&word) {
            return None;
        }
        let rest = key.get(i + 1..).unwrap_or("");
        if rest.contains(' ') {
            if let Some([one]) = titles.get(rest).map(Vec::as_slice) {
                return Some(*one);
            }
        }
        word_start = i + 1;
    }
    None
}

/// The holders of the office whose plural is `lower` (lower case:
/// "senators"), `None` when it is no office's plural.
fn plural_holders<'o>(
    offices: &'o HashMap<&'static str, Vec<usize>>,
    lower: &str,
) -> Option<&'o [usize]> {
    lower
        .strip_suffix('s')
        .and_then(|s| offices.get(s))
        .map(Vec::as_slice)
}

/// The count and the plural noun of a speaker phrase that counts its
/// members: "both senators" (2), "the three senators" (3); `None` for any
/// other phrase.
fn counted_plural(said: &str) -> Option<(usize, &str)> {
    let mut words = said.split(' ');
    let first = words.next()?;
    let (n, noun) = if first.eq_ignore_ascii_case("both") {
        (2, words.next()?)
    } else if first.eq_ignore_ascii_case("the") || first.eq_ignore_ascii_case("all") {
        let n = match words.next()? {
            "two" => 2,
            "three" => 3,
            "four" => 4,
            _ => return None,
        };
        (n, words.next()?)
    } else {
        return None;
    };
    (words.next().is_none() && noun.len() > 1).then_some((n, noun))
}

/// The state whose elected office `said` names: "Wyoming" for "Wyoming's
/// senior senator", "Ohio" for "Ohio's governor" (a capitalised
/// possessive, "senior" or "junior", and the office), "North Dakota" for
/// "the North Dakota senators" and "Maryland" for "the two Maryland
/// Senators" (a state's name before the plural).
fn state_office(said: &str) -> Option<&str> {
    let rest = strip_article(said);
    if rest.len() < said.len() {
        let rest = rest.strip_prefix("two ").unwrap_or(rest);
        let (state, office) = rest.rsplit_once(' ')?;
        let named = matches!(office, "senators" | "Senators")
            && crate::entity::places::postal::region_named(state).is_some();
        return named.then_some(state);
    }
    let mut words = said.split(' ');
    let (place, mut office) = (words.next()?, words.next()?);
    if matches!(office, "senior" | "junior") {
        office = words.next().unwrap_or("");
    }
    // ("Texas' senior senator": a name ending in "s" takes the mark
    // alone.)
    let stem = crate::entity::places::words::unpossessed(place);
    let state = if stem.len() < place.len() {
        stem
    } else {
        place
            .strip_suffix(['\'', '\u{2019}'])
            .filter(|s| s.ends_with('s'))?
    };
    let named = words.next().is_none()
        && state.starts_with(|c: char| c.is_ascii_uppercase())
        && matches!(
            office,
            "senator" | "Senator" | "governor" | "Governor" | "congressman" | "congresswoman"
        );
    named.then_some(state)
}

/// The regions of the curated table named by the party labels after
/// `people[h]`'s mentions ("Wyoming" for "Ann Roy (R-Wyo.)", "Ann Roy,
/// D-WY,"), each once: a state's holder has a label of that state among
/// them. Read on the first ask and kept in `memo` (a slot per person), so
/// that each quote naming a state's senator does not read the labels
/// again.
fn label_regions<'m>(
    memo: &'m mut Vec<Option<Vec<&'static str>>>,
    text: &str,
    people: &[Person],
    h: usize,
) -> &'m [&'static str] {
    if memo.len() < people.len() {
        memo.resize(people.len(), None);
    }
    let Some(slot) = memo.get_mut(h) else {
        return &[];
    };
    slot.get_or_insert_with(|| {
        let mut regions = Vec::new();
        for m in people.get(h).map_or(&[][..], |p| &p.mentions[..]) {
            let region =
                label_code(text, m.end()).and_then(crate::entity::places::postal::region_named);
            if let Some(region) = region.filter(|r| !regions.contains(r)) {
                regions.push(region);
            }
        }
        regions
    })
}

/// Whether no party label follows any of `person`'s mentions.
fn unlabelled(text: &str, person: &Person) -> bool {
    // (Nor a home state after "of": "Sen. Ann Roy of Colorado".)
    let of_place = |end: usize| {
        text.get(end..)
            .and_then(|a| a.strip_prefix(" of "))
            .is_some_and(|a| a.starts_with(char::is_uppercase))
    };
    person
        .mentions
        .iter()
        .all(|m| label_code(text, m.end()).is_none() && !of_place(m.end()))
}

/// Whether `text` names the US state `state` as a word other than in a
/// phrase for its officeholder ("Wyoming's senior senator"), and not
/// inside a longer name ("West Virginia" for "Virginia"). A state whose
/// name is also a capital's, "Washington", never counts.
fn state_named(text: &str, state: &str) -> bool {
    if state == "Washington" {
        return false;
    }
    text.match_indices(state).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let rest = &text[i + state.len()..];
        let after = rest.chars().next();
        let word =
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric);
        let longer = ["West ", "New ", "North ", "South "]
            .iter()
            .any(|p| text[..i].ends_with(p));
        let office = ["'s ", "\u{2019}s ", "' ", "\u{2019} "]
            .iter()
            .any(|p| rest.starts_with(p));
        word && !longer && !office
    })
}

/// The state's code of a party label right after byte `end` ("Wyo." in
/// " (R-Wyo.)", "WY" in ", D-WY,"), if one is there.
///
/// Read byte by byte (the marks are ASCII, never part of another
/// character): the party is the run of capitals the label opens with,
/// which must be one to three long and end at the label's first hyphen;
/// the code runs from there to a `)` or `,`.
fn label_code(text: &str, end: usize) -> Option<&str> {
    let after = text.get(end..)?;
    if !(after.starts_with(" (") || after.starts_with(", ")) {
        return None;
    }
    // (A few bytes after the mention: a label is short.)
    let label = clip(after, 24).get(2..)?;
    let bytes = label.as_bytes();
    let party = bytes
        .iter()
        .take(4)
        .take_while(|b| b.is_ascii_uppercase())
        .count();
    if !(1..=3).contains(&party) || bytes.get(party) != Some(&b'-') {
        return None;
    }
    let rest = label.get(party + 1..)?;
    let code = rest
        .bytes()
        .position(|b| b == b')' || b == b',')
        .unwrap_or(rest.len());
    rest.get(..code)
}

/// The first `n` bytes of `s` at most, cut back to a `char` boundary.
fn clip(s: &str, n: usize) -> &str {
    let mut n = n.min(s.len());
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    &s[..n]
}

/// `s` without a leading "the".
fn strip_article(s: &str) -> &str {
    for a in ["the ", "The ", "THE "] {
        if let Some(rest) = s.strip_prefix(a) {
            return rest.trim_start();
        }
    }
    s
}

/// A title in lower case, its hyphens made spaces, its words one space
/// apart: "Vice-President  of X" is "vice president of x".
fn normalize(s: &str) -> String {
    // (Nearly every title, ASCII one space apart without a hyphen: only
    // its case changes.)
    let b = s.as_bytes();
    if crate::gazetteer::single_spaced_ascii(b) && !b.contains(&b'-') {
        let mut out = s.to_owned();
        out.make_ascii_lowercase();
        return out;
    }
    let mut out = String::with_capacity(s.len());
    if s.is_ascii() {
        // (Other ASCII, read byte by byte without decoding:
        // `b' '` and `\t`..=`\r` are the ASCII of `char::is_whitespace`.)
        let mut space = false;
        for &b in s.as_bytes() {
            if matches!(b, b'-' | b' ' | b'\t'..=b'\r') {
                space = !out.is_empty();
            } else {
                if space {
                    out.push(' ');
                    space = false;
                }
                out.push(char::from(b.to_ascii_lowercase()));
            }
        }
        return out;
    }
    // Whether a space is due before the next word.
    let mut space = false;
    let mut push = |c: char| {
        if c.is_whitespace() {
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    };
    for c in s.chars() {
        match c {
            '-' | '\u{2010}' => push(' '),
            // (The lower case of an ASCII character is its ASCII lower case.)
            _ if c.is_ascii() => push(c.to_ascii_lowercase()),
            _ => c.to_lowercase().for_each(&mut push),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_lowers_and_joins_words() {
        // What normalize did in three passes: lower case, split, join.
        let reference = |s: &str| {
            s.chars()
                .map(|c| if c == '-' || c == '\u{2010}' { ' ' } else { c })
                .flat_map(char::to_lowercase)
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        for s in [
            "",
            "  ",
            "Vice-President  of the\tBoard ",
            " -Chief\u{2010}Executive- ",
            "İstanbul MAYOR",
            "ÉLU\u{A0}local",
            "Chief Executive",
            "Vice President ",
            " Mayor",
            "co-founder",
            "Sen.",
            "A\tB",
        ] {
            assert_eq!(normalize(s), reference(s), "{s:?}");
        }
    }
}
