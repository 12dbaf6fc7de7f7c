//! Owners manage the console's staff: add, change a role, remove.

use super::{around_slot, SLOT};
use crate::{
    api::{StaffAdd, StaffChange},
    model::StaffListed,
    t,
};
use leptos::{prelude::*, server_fn::ServerFn};

pub fn team(
    staff: Vec<StaffListed>,
    added: Option<(String, String)>,
    error: Option<String>,
    typed_email: String,
) -> AnyView {
    let added = added.map(|(email, password)| {
        let (before, after) = around_slot(&t!("staff-added", email = email, password = SLOT));
        view! {
            <div class="banner success" role="status">
                <p>
                    {before}
                    <code data-testid="new-password">{password}</code>
                    {after}
                </p>
            </div>
        }
    });
    let rows = staff
        .into_iter()
        .map(|member| {
            let factor = if member.second_factor {
                t!("staff-factor-set-up")
            } else {
                t!("staff-factor-at-first-sign-in")
            };
            view! {
                <tr>
                    <th scope="row" class="breakable">{member.email.clone()}</th>
                    <td>{t!("staff-role-name", role = &member.role)}</td>
                    <td>{factor}</td>
                    <td>{member.added_on}</td>
                    <td>
                        <form method="post" action=StaffChange::url() class="member-change">
                            <input type="hidden" name="email" value=member.email.clone() />
                            <label>
                                <span class="visually-hidden">{t!("staff-change", email = &member.email)}</span>
                                <select name="change">
                                    <option value="support" selected=member.role == "support">{t!("staff-role", role = "support")}</option>
                                    <option value="owner" selected=member.role == "owner">{t!("staff-role", role = "owner")}</option>
                                    <option value="remove">{t!("console-remove")}</option>
                                </select>
                            </label>
                            <button class="secondary" type="submit">{t!("console-apply")}</button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h1>{t!("staff-team")}</h1>
        {added}
        {error.map(|message| view! { <p class="error" role="alert">{message}</p> })}
        <div class="table-scroll" tabindex="0" role="region" aria-label=t!("staff-accounts")>
            <table class="activity">
                <thead><tr>
                    <th scope="col">{t!("sign-in-email")}</th><th scope="col">{t!("staff-role-label")}</th><th scope="col">{t!("staff-second-factor")}</th>
                    <th scope="col">{t!("staff-added-on")}</th><th scope="col">{t!("console-change")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <form method="post" action=StaffAdd::url() class="stack panel add-staff">
            <h2>{t!("staff-add-heading")}</h2>
            <label>{t!("sign-in-email")}<input type="email" name="email" required value=typed_email /></label>
            <label>{t!("staff-role-label")}
                <select name="role">
                    <option value="support" selected>{t!("staff-role-explained", role = "support")}</option>
                    <option value="owner">{t!("staff-role-explained", role = "owner")}</option>
                </select>
            </label>
            <button class="primary" type="submit">{t!("staff-add")}</button>
        </form>
    }
    .into_any()
}
