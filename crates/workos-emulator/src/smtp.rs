//! The mail sink: a small SMTP server that keeps what it is sent in the mailbox
//! (`GET /__emulator/mailbox`), so that an app's own emails (Portico's notifications) can
//! be read by its tests, and seen on a machine with no mail server.
//!
//! It speaks the part of SMTP a client needs to deliver (EHLO/HELO, MAIL, RCPT, DATA,
//! RSET, NOOP, QUIT): the dialogue is a few lines, and no small, well-kept crate offers an
//! async receiver. The message itself is read with `mail-parser`.

use crate::store::{now, Mail, Store};
use std::{net::SocketAddr, sync::Arc};
use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    net::{TcpListener, TcpStream},
};

/// A message larger than this is refused (552); notifications are a few kilobytes.
const MAX_MESSAGE: usize = 1024 * 1024;

/// Listens on `addr`; returns the bound address.
pub async fn start(addr: SocketAddr, store: Arc<Store>) -> std::io::Result<SocketAddr> {
    let listener = TcpListener::bind(addr).await?;
    let bound = listener.local_addr()?;
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let store = store.clone();
            tokio::spawn(async move {
                if let Err(error) = session(stream, &store).await {
                    tracing::debug!(%error, "mail sink: connection ended");
                }
            });
        }
    });
    Ok(bound)
}

async fn session(stream: TcpStream, store: &Store) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read);
    write
        .write_all(b"220 workos-emulator mail sink\r\n")
        .await?;
    let (mut from, mut to) = (String::new(), Vec::new());
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let command = line.trim_end().to_ascii_uppercase();
        let reply: &[u8] = if command.starts_with("EHLO") {
            b"250-workos-emulator\r\n250-8BITMIME\r\n250 SIZE 1048576\r\n"
        } else if command.starts_with("HELO") || command == "NOOP" {
            b"250 OK\r\n"
        } else if command == "RSET" {
            (from, to) = (String::new(), Vec::new());
            b"250 OK\r\n"
        } else if command.starts_with("MAIL FROM:") {
            from = address(&line["MAIL FROM:".len()..]);
            b"250 OK\r\n"
        } else if command.starts_with("RCPT TO:") {
            to.push(address(&line["RCPT TO:".len()..]));
            b"250 OK\r\n"
        } else if command == "DATA" && !to.is_empty() {
            write.write_all(b"354 End with <CRLF>.<CRLF>\r\n").await?;
            match message(&mut lines).await? {
                Some(raw) => {
                    store.receive_mail(read_mail(&raw, &from, std::mem::take(&mut to)));
                    b"250 OK: kept\r\n"
                }
                None => b"552 Message too large\r\n",
            }
        } else if command == "DATA" {
            b"503 RCPT first\r\n"
        } else if command == "QUIT" {
            write.write_all(b"221 Bye\r\n").await?;
            return Ok(());
        } else {
            b"502 Not implemented\r\n"
        };
        write.write_all(reply).await?;
    }
}

/// `<ada@acme.example> SIZE=123` → `ada@acme.example`.
fn address(argument: &str) -> String {
    let argument = argument.trim();
    match (argument.find('<'), argument.find('>')) {
        (Some(open), Some(close)) if open < close => argument[open + 1..close].to_owned(),
        _ => argument
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_owned(),
    }
}

/// The message up to the lone dot, its dots unstuffed; `None` past `MAX_MESSAGE`.
async fn message<R: AsyncBufReadExt + Unpin>(lines: &mut R) -> std::io::Result<Option<Vec<u8>>> {
    let mut raw = Vec::new();
    let mut line = Vec::new();
    loop {
        line.clear();
        if lines.read_until(b'\n', &mut line).await? == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        if line == b".\r\n" || line == b".\n" {
            return Ok((raw.len() <= MAX_MESSAGE).then_some(raw));
        }
        let unstuffed = line.strip_prefix(b".").unwrap_or(&line);
        if raw.len() <= MAX_MESSAGE {
            raw.extend_from_slice(unstuffed);
        }
    }
}

fn read_mail(raw: &[u8], from: &str, to: Vec<String>) -> Mail {
    let parsed = mail_parser::MessageParser::default().parse(raw);
    let part = |text: Option<std::borrow::Cow<'_, str>>| text.map(|t| t.into_owned());
    Mail {
        object: "mail".to_owned(),
        from: from.to_owned(),
        to,
        subject: parsed
            .as_ref()
            .and_then(|m| m.subject())
            .unwrap_or_default()
            .to_owned(),
        text: part(parsed.as_ref().and_then(|m| m.body_text(0))).unwrap_or_default(),
        html: part(parsed.as_ref().and_then(|m| m.body_html(0))),
        received_at: now(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_envelope_address_is_read_with_or_without_brackets() {
        assert_eq!(address(" <ada@acme.example> SIZE=120"), "ada@acme.example");
        assert_eq!(address("bo@acme.example\r\n"), "bo@acme.example");
    }
}
