#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn article(name: &str, body: &str) -> Article {
        Article::parse(name, &format!("Title: {name}\n\n{body}\n"))
    }

    fn corpus() -> Vec<Article> {
        vec![
            article("a", "Oil prices climbed as the refinery strike spread.\n\nThe refinery strike halted crude exports and oil prices rose again.\n\nCentral bankers met to discuss interest rates."),
            article("b", "The refinery strike entered its second week and oil prices kept rising.\n\nCrude exports fell sharply as oil prices jumped.\n\nInterest rates were left unchanged by bankers."),
            article("c", "Oil prices slipped after the refinery strike ended.\n\nInterest rates may rise next quarter, bankers said."),
        ]
    }

    #[test]
    fn shared_salient_terms_become_topics() {
        let topics = suggest(&corpus());
        let all: Vec<&str> = topics.iter().flat_map(|t| t.terms.iter().map(|x| x.pattern.as_str())).collect();
        assert!(all.contains(&"oil prices"), "{all:?}");
        assert!(all.contains(&"refinery strike"), "{all:?}");
        assert!(all.iter().any(|t| t.starts_with("interest rate")), "{all:?}");
        let oil = topics.iter().find(|t| t.terms.iter().any(|x| x.pattern == "oil prices")).unwrap();
        let evidence = oil.terms.iter().find(|x| x.pattern == "oil prices").unwrap();
        assert_eq!((evidence.articles, evidence.mentions), (3, 5));
        assert!(!all.contains(&"said"));
    }

    #[test]
    fn the_snippet_is_a_valid_map() {
        let topics = suggest(&corpus());
        let snippet = render_suggestions(&topics, 3);
        let config =
            Config::from_user_text("suggested.toml", &snippet).expect("the suggestion parses as a config");
        assert!(config.topics.len() > Config::default_config().topics.len());
        assert!(snippet.contains("# [topics.stances]"));
    }

    #[test]
    fn check_reports_passages_and_terms_per_file() {
        let config = Config::default_config();
        let map = TopicMap::new(&config).unwrap();
        let articles = vec![article("x.md", "Sanctions hurt. New sanctions came.\n\nThe talks resumed.")];
        let report = check(&map, &articles);
        assert!(report.contains("sanctions (2 stance(s): harm, pressure)"), "{report}");
        assert!(report.contains("1 passage(s)  x.md  sanctions ×2"), "{report}");
    }
}
