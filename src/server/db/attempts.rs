//! Sign-in allowances shared by every instance on the database, paced like the in-memory
//! limiter (a generic cell rate): `limit` attempts at once, then one every
//! `window / limit`. Each key stores when its allowance would be whole again.

use super::Pool;

/// How an attempt was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Allowance {
    Granted,
    /// Refused; the next attempt is allowed after this many milliseconds.
    Refused {
        wait_ms: i64,
    },
}

/// Takes one attempt from `key`'s allowance of `limit` per `window_ms`, at `now_ms` (Unix
/// milliseconds). A refused attempt takes nothing, so waiting is always enough.
pub async fn take(
    pool: &Pool,
    key: &str,
    limit: u32,
    window_ms: i64,
    now_ms: i64,
) -> Result<Allowance, sqlx::Error> {
    let interval = window_ms / i64::from(limit.max(1));
    // One statement, so attempts racing on several instances are each counted once.
    let granted: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO sign_in_allowances (key, ready_at) VALUES ($1, $2 + $3) \
         ON CONFLICT (key) DO UPDATE SET ready_at = \
             (CASE WHEN sign_in_allowances.ready_at > $2 THEN sign_in_allowances.ready_at ELSE $2 END) + $3 \
         WHERE (CASE WHEN sign_in_allowances.ready_at > $2 THEN sign_in_allowances.ready_at ELSE $2 END) \
             + $3 - $2 <= $4 \
         RETURNING ready_at",
    )
    .bind(key)
    .bind(now_ms)
    .bind(interval)
    .bind(window_ms)
    .fetch_optional(pool)
    .await?;
    if granted.is_some() {
        return Ok(Allowance::Granted);
    }
    let (ready_at,): (i64,) =
        sqlx::query_as("SELECT ready_at FROM sign_in_allowances WHERE key = $1")
            .bind(key)
            .fetch_one(pool)
            .await?;
    Ok(Allowance::Refused {
        wait_ms: (ready_at + interval - window_ms - now_ms).max(1),
    })
}

/// Deletes the allowances that are whole again at `now_ms`: they hold nothing.
pub async fn forget_whole(pool: &Pool, now_ms: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sign_in_allowances WHERE ready_at <= $1")
        .bind(now_ms)
        .execute(pool)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_full_allowance_then_one_attempt_per_interval_and_a_refusal_takes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let pool = crate::server::db::connect(dir.path(), None).await.unwrap();
        crate::server::db::migrate(&pool).await.unwrap();
        let take = |now_ms| take(&pool, "account ada@acme.example", 3, 60_000, now_ms);
        for _ in 0..3 {
            assert_eq!(take(1_000_000).await.unwrap(), Allowance::Granted);
        }
        // The fourth waits for the first to come back: 20 s.
        assert_eq!(
            take(1_000_000).await.unwrap(),
            Allowance::Refused { wait_ms: 20_000 }
        );
        assert_eq!(
            take(1_015_000).await.unwrap(),
            Allowance::Refused { wait_ms: 5_000 },
            "the refusal took nothing"
        );
        assert_eq!(take(1_020_000).await.unwrap(), Allowance::Granted);
        assert!(matches!(
            take(1_020_000).await.unwrap(),
            Allowance::Refused { .. }
        ));
        // Other keys have their own allowance; whole ones are forgotten.
        assert_eq!(
            super::take(&pool, "account bo@acme.example", 3, 60_000, 1_020_000)
                .await
                .unwrap(),
            Allowance::Granted
        );
        forget_whole(&pool, 1_040_000).await.unwrap();
        let (left,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sign_in_allowances")
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(left, 1, "Bo's allowance is whole again; Ada's is not");
    }
}
