//! The default config and topic map, built once per fuzzing process and shared by the targets
//! that compare articles (included with `#[path]`: fuzz targets are separate binaries).

use std::sync::OnceLock;

use counterpoint::config::Config;
use counterpoint::topics::TopicMap;

pub fn engine() -> &'static (Config, TopicMap) {
    static ENGINE: OnceLock<(Config, TopicMap)> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let config = Config::default_config();
        let map = TopicMap::new(&config).expect("the default map compiles");
        (config, map)
    })
}
