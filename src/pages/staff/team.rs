//! Owners manage the console's staff: add, change a role, remove.

use crate::{
    api::{StaffAdd, StaffChange},
    model::StaffListed,
};
use leptos::{prelude::*, server_fn::ServerFn};

pub fn team(
    staff: Vec<StaffListed>,
    added: Option<(String, String)>,
    error: Option<String>,
    typed_email: String,
) -> AnyView {
    let added = added.map(|(email, password)| {
        view! {
            <div class="banner success" role="status">
                <p>
                    {format!("Added {email}. Their password, shown only now: ")}
                    <code data-testid="new-password">{password}</code>
                    ". They set up their second factor at their first sign-in."
                </p>
            </div>
        }
    });
    let rows = staff
        .into_iter()
        .map(|member| {
            let factor = if member.second_factor { "Set up" } else { "At first sign-in" };
            view! {
                <tr>
                    <th scope="row" class="breakable">{member.email.clone()}</th>
                    <td>{member.role.clone()}</td>
                    <td>{factor}</td>
                    <td>{member.added_on}</td>
                    <td>
                        <form method="post" action=StaffChange::url() class="member-change">
                            <input type="hidden" name="email" value=member.email.clone() />
                            <label>
                                <span class="visually-hidden">{format!("Change {}", member.email)}</span>
                                <select name="change">
                                    <option value="support" selected=member.role == "support">"Support"</option>
                                    <option value="owner" selected=member.role == "owner">"Owner"</option>
                                    <option value="remove">"Remove"</option>
                                </select>
                            </label>
                            <button class="secondary" type="submit">"Apply"</button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h1>"Staff"</h1>
        {added}
        {error.map(|message| view! { <p class="error" role="alert">{message}</p> })}
        <div class="table-scroll" tabindex="0" role="region" aria-label="Staff accounts">
            <table class="activity">
                <thead><tr>
                    <th scope="col">"Email"</th><th scope="col">"Role"</th><th scope="col">"Second factor"</th>
                    <th scope="col">"Added"</th><th scope="col">"Change"</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <form method="post" action=StaffAdd::url() class="stack panel add-staff">
            <h2>"Add a staff member"</h2>
            <label>"Email"<input type="email" name="email" required value=typed_email /></label>
            <label>"Role"
                <select name="role">
                    <option value="support" selected>"Support: sees every organization and acts on its behalf"</option>
                    <option value="owner">"Owner: also manages staff and members"</option>
                </select>
            </label>
            <button class="primary" type="submit">"Add"</button>
        </form>
    }
    .into_any()
}
