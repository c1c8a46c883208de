//! Command-line arguments.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Follow the targets set in Vietnamese resolutions.
#[derive(Debug, Parser)]
#[command(name = "nghiquyet", version, about, long_about = None)]
pub struct Cli {
    /// A settings file (TOML, see deploy/nghiquyet.toml.example): every
    /// setting by the name of its environment variable without NGHIQUYET_,
    /// in lowercase. Environment variables override it, flags override both.
    #[arg(long, global = true, env = "NGHIQUYET_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// The store: an SQLite file shared by the service and the commands
    /// (PATH or sqlite:PATH), or a PostgreSQL database shared by workers on
    /// many machines (postgres://user@host/db) [default: ./nghiquyet.db;
    /// `demo`: DIR/demo.db].
    #[arg(long, global = true, env = "NGHIQUYET_DB", value_name = "PATH|URL")]
    pub db: Option<PathBuf>,
    /// Print no summary on standard output (a report asked for with --json
    /// still is; errors and logs go to standard error).
    #[arg(long, short, global = true, env = "NGHIQUYET_QUIET")]
    pub quiet: bool,
    /// How log lines on standard error look: text or json; levels come from
    /// RUST_LOG (default: info for nghiquyet, warn for the rest).
    #[arg(
        long,
        global = true,
        env = "NGHIQUYET_LOG_FORMAT",
        value_name = "FORMAT",
        default_value = "text",
        value_parser = ["text", "json"]
    )]
    pub log_format: String,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles and print each as JSON (an array when several are given).
    Parse(ParseArgs),
    /// Print the targets of any text (an article or a fragment) as a JSON array.
    Targets(TargetsArgs),
    /// Parse articles (text, JSON as `parse` prints it, web pages, URLs) and store them.
    Ingest(IngestArgs),
    /// Add, list and remove the feeds `fetch` polls.
    #[command(subcommand)]
    Feeds(FeedsCommand),
    /// Poll every feed, fetch the new items' pages and store their articles.
    Fetch(FetchArgs),
    /// Add a digest subscriber, or change an existing one's settings.
    Subscribe(SubscribeArgs),
    /// Remove a subscriber: its pending digests are cancelled, the history of sent ones kept.
    Unsubscribe(UnsubscribeArgs),
    /// List the subscribers.
    Subscribers(SubscribersArgs),
    /// Preview, send and list digests.
    #[command(subcommand)]
    Digest(DigestCommand),
    /// Run the scheduler: send every digest when it is due, until SIGTERM or Ctrl-C.
    Serve(Box<ServeArgs>),
    /// Ingest the example articles into a demo store and write a digest as .eml and .html.
    Demo(DemoArgs),
    /// Move a store from SQLite to PostgreSQL: articles, subscribers, positions and the
    /// digests' ledger, nothing lost or sent twice. Stop the senders first; safe to run again.
    Migrate(MigrateArgs),
}

/// Arguments of `migrate`.
#[derive(Debug, clap::Args)]
pub struct MigrateArgs {
    /// The SQLite store to read (left as it is).
    #[arg(long, value_name = "sqlite:PATH")]
    pub from: String,
    /// The PostgreSQL database to fill (its schema is made if missing).
    #[arg(long, value_name = "postgres://USER@HOST/DB")]
    pub to: String,
    /// Print what was moved as one JSON object.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `nghiquyet ingest`.
#[derive(Debug, clap::Args)]
pub struct IngestArgs {
    /// Article files or folders (read recursively: *.txt, *.json, *.html), URLs of
    /// web pages (http:// or https://, fetched); "-" reads standard input.
    #[arg(value_name = "FILE|DIR|URL|-", required = true)]
    pub inputs: Vec<PathBuf>,
    /// Read the files as saved web pages (HTML), whatever their names.
    #[arg(long)]
    pub html: bool,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub web: WebArgs,
}

/// How pages and feeds are fetched.
#[derive(Debug, Clone, clap::Args)]
pub struct WebArgs {
    /// The longest a whole request may take, body included ("30s", "2m").
    #[arg(long, value_name = "DURATION", default_value = "30s")]
    pub timeout: humantime::Duration,
    /// The longest connecting may take.
    #[arg(long, value_name = "DURATION", default_value = "10s")]
    pub connect_timeout: humantime::Duration,
    /// The least time between two requests to one host ("1s", "500ms", "0s").
    #[arg(long, value_name = "DURATION", default_value = "1s")]
    pub delay: humantime::Duration,
    /// The largest response read, in bytes; larger ones are skipped.
    #[arg(long, value_name = "BYTES", default_value_t = 5 * 1024 * 1024)]
    pub max_bytes: u64,
    /// How many redirects are followed.
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub max_redirects: usize,
}

/// The `nghiquyet feeds` subcommands.
#[derive(Debug, Subcommand)]
pub enum FeedsCommand {
    /// Add a feed (RSS 2.0, Atom, or with --links a listing page), or change its name or selector.
    Add(FeedAddArgs),
    /// List the feeds.
    List(FeedListArgs),
    /// Remove a feed (its articles stay in the store).
    Remove(FeedRemoveArgs),
}

/// Arguments of `nghiquyet feeds add`.
#[derive(Debug, clap::Args)]
pub struct FeedAddArgs {
    /// The feed's URL.
    pub url: String,
    /// A name to show in lists.
    #[arg(long)]
    pub name: Option<String>,
    /// The URL is a listing page (a category page): take article links from the
    /// elements this CSS selector picks ("ul.list-news h3 a").
    #[arg(long, value_name = "CSS selector")]
    pub links: Option<String>,
}

/// Arguments of `nghiquyet feeds list`.
#[derive(Debug, clap::Args)]
pub struct FeedListArgs {
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `nghiquyet feeds remove`.
#[derive(Debug, clap::Args)]
pub struct FeedRemoveArgs {
    /// The feed's URL, as added.
    pub url: String,
}

/// Arguments of `nghiquyet fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchArgs {
    /// Print the counts as JSON: {"feeds", "items", "new", "updated", "failed"}.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub web: WebArgs,
}

/// Arguments of `nghiquyet subscribe`.
#[derive(Debug, clap::Args)]
pub struct SubscribeArgs {
    /// The subscriber's email address.
    pub email: String,
    /// The subscriber's name, for the greeting and the To header ("" removes it).
    #[arg(long)]
    pub name: Option<String>,
    /// When to send: a five-field crontab line ("0 7 * * 1") or @hourly, @daily, @weekly, @monthly.
    /// Needed for a new subscriber.
    #[arg(long, value_name = "SPEC")]
    pub schedule: Option<String>,
    /// The IANA time zone the schedule is read in [new subscriber: Asia/Ho_Chi_Minh].
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// The digest's language: vi or en [new subscriber: vi].
    #[arg(long)]
    pub lang: Option<String>,
    /// Only articles whose issuer (or kicker, or title) contains this text; diacritics and case
    /// are ignored ("" removes the filter).
    #[arg(long, value_name = "TEXT")]
    pub issuer: Option<String>,
    /// Only articles containing at least one of these words (repeatable); diacritics and case
    /// are ignored. Given, they replace the subscriber's keywords ("" alone removes them).
    #[arg(long = "keyword", value_name = "WORD")]
    pub keywords: Vec<String>,
    /// Only articles stating at least this many targets [new subscriber: 0].
    #[arg(long, value_name = "N")]
    pub min_targets: Option<usize>,
    /// Start with the articles stored since DATE (RFC 3339 or YYYY-MM-DD) instead of from now.
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
}

/// Arguments of `nghiquyet unsubscribe`.
#[derive(Debug, clap::Args)]
pub struct UnsubscribeArgs {
    /// The subscriber's email address.
    #[arg(required_unless_present = "token")]
    pub email: Option<String>,
    /// Unsubscribe whoever this token (from a List-Unsubscribe URL) belongs to.
    #[arg(long, conflicts_with = "email")]
    pub token: Option<String>,
    /// Also remove the address from the history of sent digests.
    #[arg(long)]
    pub erase: bool,
}

/// Arguments of `nghiquyet subscribers`.
#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct SubscribersArgs {
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Import or export instead of listing.
    #[command(subcommand)]
    pub action: Option<SubscribersCommand>,
}

/// `nghiquyet subscribers import|export`.
#[derive(Debug, Subcommand)]
pub enum SubscribersCommand {
    /// Add or update subscribers from a CSV file with the columns
    /// email,name,schedule,tz,lang,issuer,keywords (keywords separated by
    /// ";"); bad rows are reported by line number and the good ones kept.
    Import(ImportArgs),
    /// Write the subscribers (not the unconfirmed ones) as CSV with the
    /// columns email,name,schedule,tz,lang,issuer,keywords.
    Export(ExportArgs),
}

/// Arguments of `nghiquyet subscribers import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The CSV file; "-" reads standard input.
    #[arg(value_name = "FILE.csv|-")]
    pub file: PathBuf,
}

/// Arguments of `nghiquyet subscribers export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Write here instead of standard output.
    #[arg(long, value_name = "FILE.csv")]
    pub out: Option<PathBuf>,
}

/// The `nghiquyet digest` subcommands.
#[derive(Debug, Subcommand)]
pub enum DigestCommand {
    /// Render a subscriber's next digest without sending it or changing anything.
    Preview(PreviewArgs),
    /// Send every digest due now (or at --now); or, with --to and --as, a test of one.
    Send(Box<SendArgs>),
    /// List the digests made so far, newest first, with their status.
    List(ListArgs),
    /// Drop the message bytes of digests that ended (sent, failed,
    /// cancelled) long ago; their rows stay, so nothing is sent again.
    Prune(PruneArgs),
}

/// Arguments of `nghiquyet digest prune`.
#[derive(Debug, clap::Args)]
pub struct PruneArgs {
    /// Prune the digests that ended longer ago than this ("90d", "12w").
    #[arg(long, value_name = "DURATION")]
    pub older_than: humantime::Duration,
    /// The time to count back from (RFC 3339); default now.
    #[arg(long, value_name = "RFC3339")]
    pub now: Option<String>,
    /// SQLite: then rewrite the file without its free pages (VACUUM), giving
    /// the space back to the file system. Other processes' writes wait
    /// while it runs: use it when no `serve` is sending.
    #[arg(long)]
    pub vacuum: bool,
    /// Print what was dropped as one JSON object.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `nghiquyet digest preview`.
#[derive(Debug, clap::Args)]
pub struct PreviewArgs {
    /// The subscriber's email address.
    pub email: String,
    /// Write here instead of printing the text: *.html gets the HTML part,
    /// *.eml the whole message, anything else the plain text.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Templates overriding the embedded ones (digest.html.hbs, digest.txt.hbs, subject.hbs).
    #[arg(long, value_name = "DIR", env = "NGHIQUYET_TEMPLATES")]
    pub templates: Option<PathBuf>,
    /// The time to date the digest (RFC 3339); default now.
    #[arg(long, value_name = "RFC3339")]
    pub now: Option<String>,
}

/// Arguments of `nghiquyet digest send`.
#[derive(Debug, clap::Args)]
pub struct SendArgs {
    /// Send the digests due at this moment (RFC 3339); default now.
    #[arg(long, value_name = "RFC3339")]
    pub now: Option<String>,
    /// Send a test of the digest of --as to this address, changing nothing.
    #[arg(long, value_name = "ADDRESS", requires = "as_email")]
    pub to: Option<String>,
    /// The subscriber whose digest --to tests.
    #[arg(long = "as", value_name = "EMAIL", requires = "to")]
    pub as_email: Option<String>,
    /// Print the summary as one JSON object.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub delivery: DeliveryArgs,
    #[command(flatten)]
    pub mail: MailArgs,
}

/// How failures are retried and refusals counted.
#[derive(Debug, clap::Args)]
pub struct DeliveryArgs {
    /// The first wait before a deferred digest is tried again, in seconds of
    /// the service clock (--now); attempt n waits BASE * 2^(n-1) with jitter,
    /// at most 6 hours. 0: at the next run.
    #[arg(
        long,
        value_name = "SECS",
        env = "NGHIQUYET_RETRY_BASE",
        default_value_t = 60
    )]
    pub retry_base: u64,
    /// Permanent refusals in a row after which a subscriber becomes `bouncing`
    /// (no more digests until it subscribes again).
    #[arg(long, value_name = "N", env = "NGHIQUYET_BOUNCE_LIMIT", default_value_t = 3,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub bounce_limit: u32,
    /// At most this many messages per second to the SMTP relay, all senders
    /// of the store together (workers on other machines included): the
    /// store keeps the count. Unlimited by default.
    #[arg(long, value_name = "N", env = "NGHIQUYET_RATE")]
    pub rate: Option<f64>,
}

/// Arguments of `nghiquyet digest list`.
#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// How many digests to show.
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    /// Only digests with this status: pending, sent, failed or cancelled; or
    /// `bouncing`: the digests of subscribers whose status is bouncing.
    #[arg(long, value_name = "STATUS", value_parser = ["pending", "sent", "failed", "cancelled", "bouncing"])]
    pub status: Option<String>,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `nghiquyet serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// How often to look for changes made by other processes, in seconds.
    #[arg(long, value_name = "SECS", env = "NGHIQUYET_POLL", default_value_t = 5)]
    pub poll: u64,
    /// Also poll the feeds (as `fetch` does) at start and then this often ("15m", "1h").
    #[arg(long, value_name = "DURATION", env = "NGHIQUYET_FETCH_EVERY")]
    pub fetch_every: Option<humantime::Duration>,
    /// Also prune the store at start and then once a day (as `digest prune
    /// --older-than DURATION` does, without vacuuming): the message bytes of
    /// digests that ended longer ago than this ("90d") go. Off by default.
    #[arg(long, value_name = "DURATION", env = "NGHIQUYET_PRUNE_AFTER")]
    pub prune_after: Option<humantime::Duration>,
    #[command(flatten)]
    pub web: WebArgs,
    /// Also serve the web front door (subscribe, preferences, unsubscribe,
    /// archive, feed, health, metrics) on this address, e.g. 127.0.0.1:8080.
    #[arg(long, value_name = "ADDR", env = "NGHIQUYET_HTTP")]
    pub http: Option<String>,
    /// The key signing the forms' CSRF tokens, 64 hex digits (default: a
    /// random one per start, so forms open across a restart must be sent again).
    #[arg(
        long,
        value_name = "HEX",
        env = "NGHIQUYET_WEB_SECRET",
        hide_env_values = true
    )]
    pub web_secret: Option<String>,
    /// Subscribe requests allowed per client address per hour.
    #[arg(
        long,
        value_name = "N",
        env = "NGHIQUYET_SUBSCRIBE_PER_ADDRESS",
        default_value_t = 20
    )]
    pub subscribe_per_address: u32,
    /// Behind a reverse proxy: take the client's address (for the rate
    /// limits) from the last X-Forwarded-For entry, which the proxy appends.
    #[arg(long, env = "NGHIQUYET_TRUST_FORWARDED_FOR")]
    pub trust_forwarded_for: bool,
    /// Subscribe requests allowed per email address per hour.
    #[arg(
        long,
        value_name = "N",
        env = "NGHIQUYET_SUBSCRIBE_PER_EMAIL",
        default_value_t = 3
    )]
    pub subscribe_per_email: u32,
    #[command(flatten)]
    pub delivery: DeliveryArgs,
    #[command(flatten)]
    pub mail: MailArgs,
}

/// Arguments of `nghiquyet demo`.
#[derive(Debug, clap::Args)]
pub struct DemoArgs {
    /// The folder to write the demo store and digest into.
    #[arg(long, value_name = "DIR", default_value = "./digest-demo")]
    pub out: PathBuf,
    /// The demo digest's language: vi or en.
    #[arg(long, default_value = "vi")]
    pub lang: String,
}

/// Where and how digests are sent.
#[derive(Debug, clap::Args)]
pub struct MailArgs {
    /// The SMTP server: smtp://host:port, smtp://host:587?tls=required (STARTTLS),
    /// ?tls=opportunistic, smtps://host:465; credentials in the URL or in
    /// NGHIQUYET_SMTP_USER and NGHIQUYET_SMTP_PASSWORD.
    #[arg(
        long,
        value_name = "URL",
        env = "NGHIQUYET_SMTP_URL",
        hide_env_values = true
    )]
    pub smtp: Option<String>,
    /// Also trust the PEM certificate(s) in FILE for the SMTP server's TLS
    /// certificate (a private CA or a self-signed server).
    #[arg(long, value_name = "FILE", env = "NGHIQUYET_SMTP_CA")]
    pub smtp_ca: Option<PathBuf>,
    /// Seconds each SMTP step may take (connect, greeting, each command, end
    /// of data) before the attempt fails.
    #[arg(
        long,
        value_name = "SECS",
        env = "NGHIQUYET_SMTP_TIMEOUT",
        default_value_t = 60.0
    )]
    pub smtp_timeout: f64,
    /// SMTP connections (or outbox writers) sending at once.
    #[arg(long, value_name = "N", env = "NGHIQUYET_SMTP_CONNECTIONS", default_value_t = 8,
          value_parser = clap::value_parser!(u16).range(1..=256))]
    pub smtp_connections: u16,
    /// Write each message as a .eml file into DIR instead of sending it.
    #[arg(
        long,
        value_name = "DIR",
        env = "NGHIQUYET_OUTBOX",
        conflicts_with = "smtp"
    )]
    pub outbox: Option<PathBuf>,
    /// The From mailbox.
    #[arg(
        long,
        env = "NGHIQUYET_FROM",
        default_value = "nghiquyet <digest@nghiquyet.invalid>"
    )]
    pub from: String,
    /// The Reply-To mailbox.
    #[arg(long, env = "NGHIQUYET_REPLY_TO")]
    pub reply_to: Option<String>,
    /// The public base URL of the web front door (`serve --http`): mails
    /// link to its /unsubscribe and /preferences.
    #[arg(long, value_name = "URL", env = "NGHIQUYET_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// The one-click unsubscribe URL; {token} is replaced by the subscriber's
    /// secret token [default: PUBLIC_URL/unsubscribe?token={token}, else a
    /// placeholder under nghiquyet.invalid].
    #[arg(long, env = "NGHIQUYET_UNSUBSCRIBE_URL")]
    pub unsubscribe_url: Option<String>,
    /// The address for unsubscribing by email (default: the From address).
    #[arg(long, env = "NGHIQUYET_UNSUBSCRIBE_MAILTO")]
    pub unsubscribe_mailto: Option<String>,
    /// The List-Id header (default: "nghiquyet digest <digest.DOMAIN>").
    #[arg(long, env = "NGHIQUYET_LIST_ID")]
    pub list_id: Option<String>,
    /// Sign with DKIM using this private key (RSA PKCS#1 PEM, or Ed25519 in base64).
    #[arg(long, value_name = "FILE", env = "NGHIQUYET_DKIM_KEY")]
    pub dkim_key: Option<PathBuf>,
    /// The DKIM selector.
    #[arg(long, env = "NGHIQUYET_DKIM_SELECTOR")]
    pub dkim_selector: Option<String>,
    /// The DKIM signing domain.
    #[arg(long, env = "NGHIQUYET_DKIM_DOMAIN")]
    pub dkim_domain: Option<String>,
    /// Templates overriding the embedded ones (digest.html.hbs, digest.txt.hbs, subject.hbs).
    #[arg(long, value_name = "DIR", env = "NGHIQUYET_TEMPLATES")]
    pub templates: Option<PathBuf>,
    /// The SMTP user, when the URL names none (env or config file only).
    #[arg(long, hide = true, env = "NGHIQUYET_SMTP_USER", hide_env_values = true)]
    pub smtp_user: Option<String>,
    /// The SMTP password, when the URL names none (env or config file only).
    #[arg(
        long,
        hide = true,
        env = "NGHIQUYET_SMTP_PASSWORD",
        hide_env_values = true
    )]
    pub smtp_password: Option<String>,
}

/// Arguments of `nghiquyet parse`.
#[derive(Debug, clap::Args)]
pub struct ParseArgs {
    /// Article files; "-" (the default) reads standard input.
    #[arg(value_name = "FILE|-")]
    pub inputs: Vec<PathBuf>,
    /// Print one compact JSON object per line instead of an array.
    #[arg(long)]
    pub jsonl: bool,
    /// Print compact JSON instead of indented.
    #[arg(long, conflicts_with = "jsonl")]
    pub compact: bool,
    /// The source URL to record (only with one input); for a web page, the
    /// base of its relative links (its `<link rel=canonical>` wins).
    #[arg(long)]
    pub url: Option<String>,
    /// Read the inputs as web pages (HTML) in their declared charset.
    #[arg(long)]
    pub html: bool,
}

/// Arguments of `nghiquyet targets`.
#[derive(Debug, clap::Args)]
pub struct TargetsArgs {
    /// The text to read; "-" (the default) reads standard input.
    #[arg(value_name = "FILE|-")]
    pub input: Option<PathBuf>,
    /// Read each input line as a separate text and print one JSON array per line, in order.
    #[arg(long)]
    pub each_line: bool,
    /// Print indented JSON (not with --each-line).
    #[arg(long, conflicts_with = "each_line")]
    pub pretty: bool,
    /// Read all input as written on this date (YYYY-MM-DD): a figure for
    /// an earlier year, with no goal cue, is a result, not a target.
    /// Without it, input is read as of late 2025: a plain year up to 2025
    /// heading a figure with no cue tells what that year brought.
    #[arg(long, value_name = "DATE")]
    pub published: Option<chrono::NaiveDate>,
}
