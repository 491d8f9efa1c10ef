//! Walking the matches of a search with `n` / `N`: through both articles in reading order (the
//! left pane's article, then the right pane's), the focus following the match. Part of
//! [`App`]'s state changes; no I/O. Finding the matches is in `search`.

use crate::compare::Side;
use crate::config::View;

use super::app::App;
use super::doc::index;
use super::search::Search;

impl App {
    /// `n` / `N`: the next or previous match of both articles. `from_view`: start from what is
    /// on screen in the focused pane, not from the last match.
    pub(crate) fn search_step(&mut self, forward: bool, from_view: bool) {
        let Some(search) = &self.search else {
            self.say("no search yet: press / to search");
            return;
        };
        let first = self.side_of(Side::Left);
        let total = search.total();
        if total == 0 {
            let query = search.query.clone();
            self.error(format!("no match for \"{query}\""));
            return;
        }
        let last = search.current.filter(|_| !from_view).map(|c| search.overall(first, c));
        let next = match last {
            Some(k) if forward => (k + 1) % total,
            Some(k) => (k + total - 1) % total,
            None => self.first_match_from_view(search, first, forward),
        };
        let wrapped = last.is_some_and(|k| forward && next <= k || !forward && next >= k);
        let (side, i) = search.at_overall(first, next);
        let (passage, range) = search.on(side)[i].clone();
        let in_side = search.on(side).len();
        let none_in_other = search.on(side.other()).is_empty();
        if let Some(search) = self.search.as_mut() {
            search.current = Some((side, i));
        }
        // The pane showing `side`: panes and articles swap together.
        self.focus = self.side_of(side);
        let shown = self.show(side, passage, range.start, None);
        if self.view == View::Read && self.sync {
            self.sync_from(self.focus);
        }
        let mut note = if none_in_other {
            format!(
                "match {} of {}, all in the {} article: none in the {}",
                next + 1,
                total,
                side.label(),
                side.other().label()
            )
        } else {
            format!(
                "match {} of {} ({} of {} in the {} article)",
                next + 1,
                total,
                i + 1,
                in_side,
                side.label()
            )
        };
        if wrapped {
            note.push_str(" (wrapped)");
        }
        if !shown {
            note.push_str(": not in the Aligned view, press v to read it");
        }
        self.say(note);
    }

    /// Where `n` (or `N`) starts from what is on screen: the first match at or after (before)
    /// the focused pane's top, else the first (last) match of the article that comes next in
    /// reading order. In the Aligned view, which mixes both articles, the first (last) match.
    fn first_match_from_view(&self, search: &Search, first: Side, forward: bool) -> usize {
        let total = search.total();
        if self.view == View::Aligned {
            return if forward { 0 } else { total - 1 };
        }
        let side = self.side_of(self.focus);
        let matches = search.on(side);
        let top = self.read_top[index(side)];
        let after = |(p, r): &(usize, std::ops::Range<usize>)| {
            let vis = self.docs.vis(&self.comparison, side, *p);
            (*p, vis.map_or(0, |v| v.to_vis(r.start))) >= (top.passage, top.offset)
        };
        let start = search.overall(first, (side, 0));
        let first_after = matches.iter().position(after).unwrap_or(matches.len());
        if forward {
            (start + first_after) % total
        } else {
            (start + first_after + total - 1) % total
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::compare::Side;
    use crate::keymap::Action;

    use super::super::app_tests::app;
    use super::super::input::Input;

    #[test]
    fn n_walks_both_articles_in_reading_order_and_focus_follows() {
        let mut app = app();
        app.start_search("iran");
        let search = app.search.clone().unwrap();
        let (left, right) = (search.on(Side::Left).len(), search.on(Side::Right).len());
        assert!(left > 1 && right > 1);
        assert_eq!(app.search.as_ref().unwrap().current, Some((Side::Left, 0)));
        let mut seen = vec![(Side::Left, 0)];
        for _ in 1..left + right {
            app.update(Action::SearchNext);
            let current = app.search.as_ref().unwrap().current.unwrap();
            assert_eq!(app.focus, current.0, "focus follows the match");
            seen.push(current);
        }
        let expected: Vec<_> =
            (0..left).map(|i| (Side::Left, i)).chain((0..right).map(|i| (Side::Right, i))).collect();
        assert_eq!(seen, expected);
        let said = app.message.clone().unwrap().text;
        assert_eq!(
            said,
            format!("match {} of {} ({right} of {right} in the right article)", left + right, left + right)
        );
        // Once more wraps to the first left match; N goes back across the panes.
        app.update(Action::SearchNext);
        assert_eq!(app.search.as_ref().unwrap().current, Some((Side::Left, 0)));
        assert!(app.message.clone().unwrap().text.ends_with("(wrapped)"));
        app.update(Action::SearchPrev);
        assert_eq!(app.search.as_ref().unwrap().current, Some((Side::Right, right - 1)));
        assert_eq!(app.focus, Side::Right);
    }

    #[test]
    fn a_search_found_in_one_article_only_says_so() {
        let mut app = app();
        let (left, right) = (&app.comparison.left.article, &app.comparison.right.article);
        let words: Vec<String> = left
            .passages
            .iter()
            .flat_map(|p| p.text.split_whitespace())
            .filter(|w| w.len() >= 6 && w.chars().all(char::is_alphabetic))
            .map(str::to_string)
            .collect();
        let query = words
            .iter()
            .find(|w| super::Search::new(w, left, right).on(Side::Right).is_empty())
            .expect("a word of the left article that the right one does not use")
            .clone();
        app.start_search(&query);
        let said = app.message.clone().unwrap().text;
        assert!(said.contains(", all in the ") && said.contains(": none in the "), "{said}");
    }

    #[test]
    fn a_pasted_query_is_capped() {
        let mut app = app();
        app.update(Action::Search);
        for _ in 0..10_000 {
            app.handle(Input::Char('x'));
        }
        assert_eq!(app.prompt.as_ref().map(String::len), Some(super::super::app::MAX_QUERY_BYTES));
    }
}
