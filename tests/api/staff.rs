//! The host company's staff accounts: the second factor's enrolment and its checks, on
//! either engine.

use portico::server::staff::{self, second_factor, StaffError, StaffRole};
use second_factor::SecondFactorError;

const OLIVE: &str = "olive@host.example";

fn now() -> u64 {
    u64::try_from(portico::server::clock::unix_ms() / 1000).unwrap()
}

#[tokio::test]
async fn a_second_factor_is_enrolled_once_then_each_code_and_recovery_code_works_once() {
    let app = crate::spawn_app().await;
    let db = &app.running.state.db;
    staff::add(db, OLIVE, StaffRole::Owner, "a long enough password")
        .await
        .unwrap();
    // Not enrolled: no sign-in can pass the second factor yet.
    assert!(matches!(
        staff::verify(db, OLIVE, "123456", now()).await,
        Err(StaffError::NotEnrolled(_))
    ));

    let enrolment = staff::enrol(db, OLIVE, "Portico (host.example)")
        .await
        .unwrap();
    assert!(
        enrolment.url.starts_with("otpauth://totp/"),
        "{}",
        enrolment.url
    );
    // A wrong code does not confirm it.
    assert!(matches!(
        staff::confirm(db, OLIVE, "000000", now()).await,
        Err(StaffError::SecondFactor(SecondFactorError::Wrong))
    ));
    // The app's code does; the recovery codes are shown once.
    let t = now();
    let code = second_factor::code_at(&enrolment.secret, t).unwrap();
    let recovery = staff::confirm(db, OLIVE, &code, t).await.unwrap();
    assert_eq!(recovery.len(), second_factor::RECOVERY_CODES);
    assert!(matches!(
        staff::enrol(db, OLIVE, "Portico").await,
        Err(StaffError::AlreadyEnrolled(_))
    ));

    // The code that confirmed it is spent; the next step's code signs in, once.
    assert!(matches!(
        staff::verify(db, OLIVE, &code, t).await,
        Err(StaffError::SecondFactor(SecondFactorError::Used))
    ));
    let next = second_factor::code_at(&enrolment.secret, t + 30).unwrap();
    staff::verify(db, OLIVE, &next, t + 30).await.unwrap();
    assert!(matches!(
        staff::verify(db, OLIVE, &next, t + 30).await,
        Err(StaffError::SecondFactor(SecondFactorError::Used))
    ));

    // A recovery code works once, however it is typed.
    let typed = recovery[0].to_uppercase();
    staff::verify(db, OLIVE, &typed, t + 30).await.unwrap();
    assert!(staff::verify(db, OLIVE, &typed, t + 30).await.is_err());
    assert!(staff::verify(db, OLIVE, "zzzzz-zzzzz", t + 30)
        .await
        .is_err());
}
