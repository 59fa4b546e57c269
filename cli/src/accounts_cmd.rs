//! `orderlens accounts list|remove`: the account store from the command line. Neither needs
//! the store key: a list shows no token, and removing deletes the sealed one unopened. A
//! running proxy notices a removal at its next poll (`store_poll_secs`).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};
use orderlens_cli::serve::command::config_dir;
use orderlens_cli::serve::config::FileConfig;
use orderlens_cli::serve::setup::config::{resolve, EnvSetup};
use orderlens_cli::serve::store::{self, AccountStore, Location, StoredAccount};

#[derive(Args, Debug)]
pub struct AccountsArgs {
    #[command(subcommand)]
    command: AccountsCommand,
    /// The proxy's config file: the store is its `database_url`, or orderlens-accounts.db beside it.
    #[arg(long, env = "ORDERLENS_CONFIG", value_name = "FILE", global = true)]
    config: Option<PathBuf>,
    /// The store itself (`sqlite:///var/lib/orderlens/orderlens-accounts.db`), instead of --config.
    #[arg(long, env = "ORDERLENS_DATABASE_URL", value_name = "URL", global = true)]
    database_url: Option<String>,
}

#[derive(Subcommand, Debug)]
enum AccountsCommand {
    /// The connected seller accounts: name, region, marketplaces, connected and authorised at.
    List,
    /// Forget a connected account and its refresh token (by name or id).
    Remove {
        /// The account's name (as `list` shows it) or its id (`<selling partner id>:<region>`).
        account: String,
    },
}

pub fn run(args: AccountsArgs) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => return fail(&format!("cannot start the async runtime: {e}")),
    };
    runtime.block_on(async move {
        let location = match location(&args) {
            Ok(l) => l,
            Err(e) => return fail(&e),
        };
        let store = match store::open(&location, None).await {
            Ok(s) => s,
            Err(e) => return fail(&e.0),
        };
        match args.command {
            AccountsCommand::List => list(store.as_ref()).await,
            AccountsCommand::Remove { account } => remove(store.as_ref(), &account).await,
        }
    })
}

fn fail(why: &str) -> ExitCode {
    eprintln!("orderlens accounts: {why}");
    ExitCode::FAILURE
}

/// Where the store is, as the proxy would find it.
fn location(args: &AccountsArgs) -> Result<Location, String> {
    let (file, dir) = match &args.config {
        Some(path) => (FileConfig::read(path)?, Some(config_dir(path))),
        None => (FileConfig::default(), None),
    };
    if args.database_url.is_none() && file.database_url.is_none() && dir.is_none() {
        return Err("which store? Pass --config <the proxy's config file> or --database-url sqlite:///path/to/orderlens-accounts.db".into());
    }
    let mut file = file;
    let env = EnvSetup { database_url: args.database_url.clone(), ..EnvSetup::default() };
    let location = resolve(file.take_setup(), env, dir.as_deref())?.store;
    if let Location::Sqlite(path) = &location {
        if !path.exists() {
            return Err(format!(
                "there is no account store at {} yet (it is created when the proxy first starts)",
                path.display()
            ));
        }
    }
    Ok(location)
}

async fn list(store: &dyn AccountStore) -> ExitCode {
    let accounts = match store.list().await {
        Ok(a) => a,
        Err(e) => return fail(&e.0),
    };
    if accounts.is_empty() {
        eprintln!("orderlens accounts: no connected account (connect one on the proxy's /setup page)");
        return ExitCode::SUCCESS;
    }
    println!("NAME\tREGION\tMARKETPLACES\tCONNECTED\tAUTHORISED\tID");
    for a in &accounts {
        println!("{}", line(a));
    }
    ExitCode::SUCCESS
}

/// One account as `list` prints it; never its token.
fn line(a: &StoredAccount) -> String {
    let marketplaces: Vec<&str> = a.marketplaces.iter().map(|m| m.code).collect();
    let marketplaces = if marketplaces.is_empty() { "(all of the region)".to_string() } else { marketplaces.join(",") };
    format!(
        "{}\t{}\t{}\t{}\t{}\t{}",
        a.name,
        a.region.as_str(),
        marketplaces,
        a.connected_at.format("%Y-%m-%dT%H:%M:%SZ"),
        a.authorised_at.format("%Y-%m-%dT%H:%M:%SZ"),
        a.id
    )
}

async fn remove(store: &dyn AccountStore, which: &str) -> ExitCode {
    let accounts = match store.list().await {
        Ok(a) => a,
        Err(e) => return fail(&e.0),
    };
    let Some(account) = accounts.iter().find(|a| a.name == which || a.id == which) else {
        let names: Vec<&str> = accounts.iter().map(|a| a.name.as_str()).collect();
        return fail(&format!(
            "no connected account is called '{which}' (there are: {}); `orderlens accounts list` shows them",
            if names.is_empty() { "none".to_string() } else { names.join(", ") }
        ));
    };
    match store.remove(&account.id).await {
        Ok(_) => {
            println!("removed {} ({}); a running proxy stops using it within a few seconds", account.name, account.id);
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e.0),
    }
}
