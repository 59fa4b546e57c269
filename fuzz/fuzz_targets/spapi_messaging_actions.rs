//! getMessagingActionsForOrder body → the known actions: never a panic, each action once.
#![no_main]

use libfuzzer_sys::fuzz_target;
use orderlens_cli::readers::parse_actions;

fuzz_target!(|body: &[u8]| {
    if let Ok(actions) = parse_actions(body) {
        for (i, a) in actions.iter().enumerate() {
            assert!(actions[i + 1..].iter().all(|b| b.name != a.name));
        }
    }
});
