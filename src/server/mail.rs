//! Sending email over SMTP (lettre): the notifications to organizations' admins. The
//! server's URL may hold a password, so it comes from the environment only.

use lettre::{
    message::{Mailbox, MultiPart},
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
};

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("'{0}' is not an email address")]
    Address(String),
    #[error("the email could not be built: {0}")]
    Build(#[from] lettre::error::Error),
    #[error("the mail server refused or could not be reached: {0}")]
    Smtp(#[from] lettre::transport::smtp::Error),
}

/// One email: a subject, a plain-text part and a small HTML part.
#[derive(Clone, Debug, PartialEq)]
pub struct Letter {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// Where emails go; off when no SMTP server is known.
#[derive(Clone)]
pub struct Mailer {
    transport: Option<AsyncSmtpTransport<Tokio1Executor>>,
    from: Mailbox,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer")
            .field("on", &self.transport.is_some())
            .finish()
    }
}

impl Mailer {
    /// Through the SMTP server `url` names (`smtp://`, `smtps://`, with `?tls=` as
    /// lettre reads it); `None`: no emails.
    pub fn new(url: Option<&str>, from: Mailbox) -> Result<Mailer, MailError> {
        let transport = match url {
            Some(url) => Some(AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?.build()),
            None => None,
        };
        Ok(Mailer { transport, from })
    }

    pub fn is_on(&self) -> bool {
        self.transport.is_some()
    }

    /// Whether the mail server answers and greets (nothing is sent); `Ok` when off.
    pub async fn check(&self) -> Result<(), MailError> {
        match &self.transport {
            Some(transport) => transport
                .test_connection()
                .await
                .map(|_| ())
                .map_err(Into::into),
            None => Ok(()),
        }
    }

    /// Sends `letter` to `to`; does nothing when off.
    pub async fn send(&self, to: &str, letter: &Letter) -> Result<(), MailError> {
        let Some(transport) = &self.transport else {
            return Ok(());
        };
        let to: Mailbox = to.parse().map_err(|_| MailError::Address(to.to_owned()))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&letter.subject)
            .multipart(MultiPart::alternative_plain_html(
                letter.text.clone(),
                letter.html.clone(),
            ))?;
        transport.send(message).await?;
        Ok(())
    }
}
