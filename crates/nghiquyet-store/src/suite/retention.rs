//! What every backend must show of pruning: the message bytes of ended
//! digests go, everything exactly-once needs stays.

use super::{article, settings, t};
use crate::{
    BodyRecord, DigestStatus, FreezeBatch, NewDigest, Outcome, Pruned, Record, SenderId, Store,
    Unsubscribe,
};

/// A pending digest of everything `email` has not had, using the body `hash`
/// (stored by the same batch, as the service does); its id.
async fn freeze_with<S: Store>(store: &S, email: &str, due: &str, hash: &str) -> i64 {
    let sub = store.subscriber(email.into()).await.unwrap().unwrap();
    let last = store
        .articles_after(sub.position, 1000)
        .await
        .unwrap()
        .last()
        .map(|a| a.seq)
        .unwrap_or(sub.position);
    let frozen = store
        .freeze(FreezeBatch {
            bodies: vec![BodyRecord {
                hash: hash.into(),
                subject: "S".into(),
                bytes: format!("body {hash}").into_bytes(),
            }],
            digests: vec![NewDigest {
                subscriber_id: sub.id,
                from_seq: sub.position,
                to_seq: last,
                articles: last - sub.position,
                recipient: sub.settings.email.clone(),
                name: None,
                unsubscribe_url: "https://x.vn/u".into(),
                message_id: format!("<{email}.{due}@x.vn>"),
                due_at: t(due),
                body_hash: hash.into(),
                dkim: Some("v=1; b=sig".into()),
            }],
            advances: vec![],
        })
        .await
        .unwrap();
    assert_eq!(frozen.digests, 1, "{email} froze");
    store
        .digests(Some(DigestStatus::Pending), 100)
        .await
        .unwrap()
        .into_iter()
        .find(|d| d.recipient == email)
        .unwrap()
        .id
}

async fn record<S: Store>(store: &S, sender: &SenderId, digest_id: i64, outcome: Outcome) {
    store
        .record(
            sender,
            vec![Record {
                digest_id,
                attempts: 1,
                outcome,
            }],
        )
        .await
        .unwrap();
}

async fn claim_only<S: Store>(store: &S, sender: &SenderId, now: &str, id: i64) {
    let claimed = store.claim(sender, t(now), 100).await.unwrap();
    assert_eq!(claimed.iter().map(|c| c.id).collect::<Vec<_>>(), [id]);
}

/// `subject` + `bytes` of a body frozen by [`freeze_with`].
fn body_size(hash: &str) -> u64 {
    ("S".len() + format!("body {hash}").len()) as u64
}

pub(crate) async fn pruning_keeps_what_exactly_once_needs<S: Store>(store: S) {
    store
        .ingest(article("A"), t("2026-01-01T00:00:00Z"))
        .await
        .unwrap();
    for who in ["a@x.vn", "b@x.vn", "c@x.vn", "d@x.vn", "e@x.vn"] {
        store
            .subscribe(settings(who), t("2026-01-01T01:00:00Z"))
            .await
            .unwrap();
    }
    let (one, two) = (
        store.begin_pass().await.unwrap(),
        store.begin_pass().await.unwrap(),
    );
    let sent = |at: &str| Outcome::Sent { at: t(at) };
    // a: sent long ago, alone with its body.
    let a = freeze_with(&store, "a@x.vn", "2026-01-02T00:00:00Z", "only-a").await;
    claim_only(&store, &one, "2026-01-02T00:00:00Z", a).await;
    record(&store, &one, a, sent("2026-01-02T00:00:00Z")).await;
    // b: sent long ago; c shares its body and is still pending (deferred).
    let b = freeze_with(&store, "b@x.vn", "2026-01-02T00:00:00Z", "shared").await;
    claim_only(&store, &one, "2026-01-02T00:00:00Z", b).await;
    record(&store, &one, b, sent("2026-01-02T00:00:00Z")).await;
    let c = freeze_with(&store, "c@x.vn", "2026-01-02T00:00:00Z", "shared").await;
    claim_only(&store, &one, "2026-01-02T00:00:00Z", c).await;
    let deferred = Outcome::Deferred {
        error: "451 try later".into(),
        retry_at: t("2026-06-01T00:00:00Z"),
    };
    record(&store, &one, c, deferred).await;
    // d: held by a live sender and cancelled under it (an unsubscribe while
    // in flight): its sender may still deliver it.
    let d = freeze_with(&store, "d@x.vn", "2026-01-02T00:00:00Z", "held").await;
    claim_only(&store, &two, "2026-01-02T00:00:00Z", d).await;
    assert!(
        store
            .unsubscribe(Unsubscribe::Email("d@x.vn".into()), false)
            .await
            .unwrap()
    );
    // e: sent after the cut.
    let e = freeze_with(&store, "e@x.vn", "2026-01-02T00:00:00Z", "recent").await;
    claim_only(&store, &one, "2026-01-02T00:00:00Z", e).await;
    record(&store, &one, e, sent("2026-03-01T00:00:00Z")).await;
    let listed = async || serde_json::to_value(store.digests(None, 100).await.unwrap()).unwrap();
    let history = listed().await;

    let cut = t("2026-02-01T00:00:00Z");
    let pruned = store.prune_sent(cut).await.unwrap();
    assert_eq!(
        pruned,
        Pruned {
            digests: 2,
            bodies: 1,
            bytes: body_size("only-a") + 2 * ("v=1; b=sig".len() + "https://x.vn/u".len()) as u64,
        },
        "a and b lose their parts; only a's body goes"
    );
    assert_eq!(store.prune_sent(cut).await.unwrap(), Pruned::default());
    assert_eq!(listed().await, history, "the history is whole");
    assert!(store.bodies(vec!["only-a".into()]).await.is_err());
    let kept = ["shared", "held", "recent"].map(String::from).to_vec();
    assert_eq!(store.bodies(kept).await.unwrap().len(), 3);

    // The holder still delivers d; c is sent later: both can be pruned then,
    // and the bodies with them.
    record(&store, &two, d, sent("2026-01-02T00:00:00Z")).await;
    store.end_pass(one).await.unwrap();
    let one = store.begin_pass().await.unwrap();
    claim_only(&store, &one, "2026-06-01T00:00:00Z", c).await;
    record(&store, &one, c, sent("2026-06-01T00:00:00Z")).await;
    let pruned = store.prune_sent(t("2026-12-01T00:00:00Z")).await.unwrap();
    assert_eq!(
        (pruned.digests, pruned.bodies),
        (3, 3),
        "c, d, e and their bodies"
    );

    // A pruned subscriber's next digest starts where its last ended, and a
    // body pruned before is stored again by the batch that needs it.
    let before = store.subscriber("a@x.vn".into()).await.unwrap().unwrap();
    assert_eq!(before.position, 1);
    assert!(!before.has_pending);
    store
        .ingest(article("B"), t("2026-12-01T01:00:00Z"))
        .await
        .unwrap();
    let next = freeze_with(&store, "a@x.vn", "2026-12-02T00:00:00Z", "only-a").await;
    let claimed = store
        .claim(&one, t("2026-12-02T00:00:00Z"), 100)
        .await
        .unwrap();
    assert_eq!(claimed.len(), 1);
    assert_eq!(claimed[0].id, next);
    assert_eq!(claimed[0].articles, 1, "only B");
    assert_eq!(store.bodies(vec!["only-a".into()]).await.unwrap().len(), 1);
    let listed = store.digests(None, 1).await.unwrap();
    assert_eq!((listed[0].from_seq, listed[0].to_seq), (1, 2));
    store.end_pass(one).await.unwrap();
    store.end_pass(two).await.unwrap();
}
