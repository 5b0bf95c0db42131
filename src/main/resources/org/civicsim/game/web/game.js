// The budget game's page: the facilitator's form to create a game, then one view of the game for
// the facilitator and for each player, refreshed every second from the server. A player's token
// travels in the link's fragment (#game=ID&token=T), which the browser never sends to a server; the
// page sends it in a header. Everything shown is set as text, never as HTML.
"use strict";

const params = new URLSearchParams(location.hash.slice(1));
const gameId = params.get("game");
const token = params.get("token");
let last = null;
let editing = false;
let shownForm = "";
const POLL_MS = 1000;

function el(tag, attrs, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

async function api(method, path, body) {
  const headers = { "Content-Type": "application/json" };
  if (token) headers["X-Game-Token"] = token;
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  let data = null;
  try { data = await res.json(); } catch (e) { data = { error: "the server's answer could not be read" }; }
  if (!res.ok) throw new Error(data && data.error ? data.error : "refused (" + res.status + ")");
  return data;
}

function fmt(x, digits) {
  if (x === null || x === undefined || x === "NaN" || Number.isNaN(x)) return "n/a";
  const d = digits === undefined ? 3 : digits;
  return Number(x).toFixed(d);
}

// ---- creating a game ----

async function showCreate() {
  document.getElementById("create").hidden = false;
  document.getElementById("who").textContent = "Facilitator";
  const info = await api("GET", "/api/scenarios");
  const sel = document.getElementById("scenario");
  const cmp = document.getElementById("compare");
  cmp.appendChild(el("option", { value: "" }, "(none)"));
  for (const s of info.scenarios) {
    sel.appendChild(el("option", { value: s }, s));
    cmp.appendChild(el("option", { value: s }, s));
  }
  sel.value = info.default;
  const fs = document.getElementById("roles");
  for (const r of info.roles) {
    const label = el("label", { class: "role-choice" });
    const box = el("input", { type: "checkbox", name: "role", value: r.id, id: "role-" + r.id });
    if (r.id !== "panel") box.checked = true;
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + r.title + ": " + r.remit));
    fs.appendChild(label);
  }
  document.getElementById("create-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const roles = [...document.querySelectorAll("input[name=role]:checked")].map((b) => b.value);
    try {
      const made = await api("POST", "/api/games", {
        scenario: sel.value,
        rounds: Number(document.getElementById("rounds").value),
        roles,
        compare: cmp.value,
      });
      location.hash = "game=" + made.id + "&token=" + made.facilitator;
      location.reload();
    } catch (e) {
      document.getElementById("create-message").textContent = e.message;
    }
  });
}

// ---- a game ----

function link(roleToken) {
  return location.origin + "/#game=" + gameId + "&token=" + roleToken;
}

function renderLinks(g) {
  const box = document.getElementById("links");
  if (!g.links) { box.hidden = true; return; }
  box.hidden = false;
  const ul = document.getElementById("link-list");
  ul.replaceChildren();
  for (const r of g.roles) {
    const li = el("li", { "data-role": r.id });
    li.appendChild(el("b", {}, r.title + ": "));
    const a = el("a", { href: link(g.links[r.id]), class: "join-link", "data-role": r.id }, link(g.links[r.id]));
    li.appendChild(a);
    li.appendChild(el("span", { class: "code" }, " code " + g.links[r.id]));
    ul.appendChild(li);
  }
}

function leverInput(l, disabled) {
  let input;
  if (l.kind === "choice") {
    input = el("select", { name: l.id });
    for (const c of l.choices) input.appendChild(el("option", { value: c }, c));
    input.value = l.value;
  } else if (l.kind === "yes_no") {
    input = el("select", { name: l.id });
    input.appendChild(el("option", { value: "true" }, "yes"));
    input.appendChild(el("option", { value: "false" }, "no"));
    input.value = l.value;
  } else {
    input = el("input", { name: l.id, type: "number", min: l.min, max: l.max, step: "any", inputmode: "decimal" });
    input.value = l.value;
  }
  input.id = "lever-" + l.id;
  if (disabled) input.disabled = true;
  return input;
}

function renderMine(g, mine) {
  const box = document.getElementById("mine");
  document.querySelector(".columns").classList.toggle("single", !mine);
  if (!mine) { box.hidden = true; return; }
  box.hidden = false;
  const locked = mine.committed || g.status !== "deciding";
  document.getElementById("mine-title").textContent = "Your decisions as " + mine.title.toLowerCase();
  document.getElementById("commit").disabled = locked;
  document.getElementById("commit").textContent =
    g.status === "finished" ? "The game is over"
      : g.status === "running" ? "The model is running the year"
      : mine.committed ? "Committed: waiting for the others"
      : "Commit this year's decisions";
  if (editing && !locked) return; // do not overwrite what the player is typing
  const sig = JSON.stringify([mine.levers, locked]);
  if (sig === shownForm) return; // unchanged: keep the controls the player may be using
  shownForm = sig;
  const form = document.getElementById("decisions");
  form.replaceChildren();
  for (const l of mine.levers) {
    const label = el("label", { class: "lever" });
    label.appendChild(el("span", { class: "lever-name" }, l.label));
    label.appendChild(el("small", {}, l.unit));
    label.appendChild(leverInput(l, locked));
    form.appendChild(label);
  }
}

function renderOthers(g) {
  const box = document.getElementById("others");
  box.replaceChildren();
  for (const r of g.roles) {
    const card = el("div", { class: "card" + (r.committed ? " committed" : ""), "data-role": r.id });
    card.appendChild(el("h4", {}, r.title));
    card.appendChild(el("p", { class: "state" }, r.committed ? "committed" : "proposing"));
    const dl = el("dl");
    for (const l of r.levers) {
      dl.appendChild(el("dt", {}, l.label));
      const v = l.kind === "yes_no" ? (l.value === "true" ? "yes" : "no") : l.value;
      dl.appendChild(el("dd", { "data-lever": l.id }, v));
    }
    card.appendChild(dl);
    if (g.you === "facilitator" && g.status === "deciding" && !r.committed) {
      // For a player who has left: commit the role's decisions as they stand, so the year runs.
      const stand = el("button", { type: "button", class: "stand-in", "data-role": r.id },
        "Commit as it stands (player absent)");
      stand.addEventListener("click", async () => {
        try {
          render(await api("POST", "/api/games/" + gameId + "/roles/" + r.id + "/decisions",
            { levers: {}, commit: true }));
        } catch (e) {
          document.getElementById("status").textContent = e.message;
        }
      });
      card.appendChild(stand);
    }
    box.appendChild(card);
  }
}

function renderHistory(g) {
  const t = document.getElementById("history-table");
  t.replaceChildren();
  document.getElementById("committed").hidden = g.history.length === 0;
  const head = el("tr");
  head.appendChild(el("th", {}, "Decision"));
  g.history.forEach((_, i) => head.appendChild(el("th", {}, "Year " + (i + 1))));
  t.appendChild(head);
  for (const r of g.roles) {
    for (const l of r.levers) {
      const tr = el("tr");
      tr.appendChild(el("th", {}, r.title + ": " + l.label));
      g.history.forEach((year, i) => {
        const v = (year[r.id] || {})[l.id];
        const shown = l.kind === "yes_no" ? (v === "true" ? "yes" : "no") : v;
        tr.appendChild(el("td", { "data-role": r.id, "data-lever": l.id, "data-round": i + 1 }, shown));
      });
      t.appendChild(tr);
    }
  }
}

function renderMap(g) {
  const map = document.getElementById("map");
  map.replaceChildren();
  const lastResult = g.results.length ? g.results[g.results.length - 1] : g.start;
  document.getElementById("map-when").textContent = g.results.length
    ? "at the end of year " + lastResult.round
    : "as the scenario starts it, before any decision";
  if (!lastResult) {
    map.appendChild(el("p", {}, "The map is being drawn..."));
    return;
  }
  for (const w of lastResult.wards) {
    const tile = el("div", { class: "ward" });
    const light = Math.round(90 - 50 * Math.max(0, Math.min(1, w.coverage)));
    tile.style.background = "hsl(200, 60%, " + light + "%)";
    if (light < 60) tile.classList.add("dark");
    tile.appendChild(el("b", {}, "Ward " + (w.ward + 1)));
    tile.appendChild(el("span", {}, "decile " + w.decile));
    tile.appendChild(el("span", {}, "coverage " + fmt(w.coverage, 2)));
    tile.appendChild(el("span", {}, "active " + fmt(w.participation, 2)));
    tile.appendChild(el("span", {}, w.council + " council · " + w.community + " community · " + w.closed + " closed"));
    tile.appendChild(el("span", {}, w.groups + " groups"));
    map.appendChild(tile);
  }
}

const ROWS = [
  ["participation_any:all", "Taking part (any), all", 3],
  ["participation_any:q1", "Taking part, poorest fifth", 3],
  ["participation_formal:all", "Formal volunteering", 3],
  ["voice_share:q1", "Voice share, poorest fifth", 3],
  ["voice_share:q2", "Voice share, second fifth", 3],
  ["voice_share:q3", "Voice share, middle fifth", 3],
  ["voice_share:q4", "Voice share, fourth fifth", 3],
  ["voice_share:q5", "Voice share, richest fifth", 3],
  ["voice_share:minority", "Voice share, minority residents", 3],
  ["voice_gini:all", "Voice inequality (Gini)", 3],
  ["coverage:all", "Service coverage", 3],
  ["coverage:q1", "Coverage, poorest fifth", 3],
  ["coverage:minority", "Coverage, minority residents", 3],
  ["services_council:all", "Facilities run by the council", 0],
  ["services_community:all", "Facilities run by groups", 0],
  ["services_closed:all", "Facilities closed", 0],
  ["groups_active:all", "Community groups", 0],
  ["council_spend:all", "Council spend, GBP a week", 0],
  ["trust_mean:all", "Trust in the council", 3],
];

function renderResults(g) {
  const t = document.getElementById("results-table");
  t.replaceChildren();
  const head = el("tr");
  head.appendChild(el("th", {}, "Year"));
  for (const r of g.results) head.appendChild(el("th", {}, String(r.round)));
  t.appendChild(head);
  for (const [key, label, digits] of ROWS) {
    const tr = el("tr", { "data-metric": key });
    tr.appendChild(el("th", {}, label));
    for (const r of g.results) tr.appendChild(el("td", { "data-round": r.round }, fmt(r.metrics[key], digits)));
    t.appendChild(tr);
  }
}

const DEBRIEF_LABELS = {
  "voice_share:q1": "Voice share, poorest fifth",
  "voice_share:minority": "Voice share, minority residents",
  "coverage:q1": "Coverage, poorest fifth",
  "coverage:minority": "Coverage, minority residents",
  "coverage:all": "Coverage, everyone",
  "coverage_gap:all": "Coverage gap (least minus most deprived)",
  "participation_any:q1": "Taking part, poorest fifth",
  "participation_any:minority": "Taking part, minority residents",
  "participation_any:all": "Taking part, everyone",
};

function renderDebrief(g) {
  const box = document.getElementById("debrief");
  const d = g.debrief;
  if (!d) { box.hidden = true; return; }
  box.hidden = false;
  const t = document.getElementById("debrief-table");
  t.replaceChildren();
  const head = el("tr");
  head.appendChild(el("th", {}, "Measure"));
  head.appendChild(el("th", {}, "The room"));
  head.appendChild(el("th", {}, "Baseline (" + d.baselineName + ")"));
  if (d.comparison) head.appendChild(el("th", {}, d.compareName));
  t.appendChild(head);
  for (const m of d.measures) {
    const tr = el("tr", { "data-metric": m });
    tr.appendChild(el("th", {}, DEBRIEF_LABELS[m] || m));
    tr.appendChild(el("td", {}, fmt(d.room[m])));
    tr.appendChild(el("td", {}, fmt(d.baseline[m])));
    if (d.comparison) tr.appendChild(el("td", {}, fmt(d.comparison[m])));
    t.appendChild(tr);
  }
  const q1 = d.room["voice_share:q1"], mi = d.room["voice_share:minority"];
  const words = (x) => (x === null || x === "NaN" ? "not measured" : x < 0.95 ? "under-heard" : x > 1.05 ? "over-heard" : "heard about in proportion");
  document.getElementById("debrief-text").textContent =
    "In the room's last year the poorest fifth were " + words(q1) + " (voice share " + fmt(q1) +
    ") and minority residents " + words(mi) + " (" + fmt(mi) + ").";
  if (g.you === "facilitator") {
    fillComparisons(d.compareName).catch((e) => {
      document.getElementById("compare-status").textContent = e.message;
    });
  }
  document.getElementById("compare-box").hidden = g.you !== "facilitator";
  const exp = document.getElementById("export-box");
  exp.hidden = g.you !== "facilitator";
  if (g.export) document.getElementById("export-status").textContent =
    g.export === "writing" ? "Writing the results folders..." : "Exported to " + g.export;
}

// The facilitator's choice of comparison at the debrief: the scenarios, listed once.
let comparisonsListed = false;

async function fillComparisons(current) {
  if (comparisonsListed) return;
  comparisonsListed = true;
  const sel = document.getElementById("debrief-compare");
  sel.appendChild(el("option", { value: "" }, "(none)"));
  const info = await api("GET", "/api/scenarios");
  for (const s of info.scenarios) sel.appendChild(el("option", { value: s }, s));
  sel.value = current || "";
}

function statusText(g) {
  if (g.status === "failed") return "The model stopped: " + g.error;
  if (g.status === "finished" && !g.debrief) {
    return "The game is over: " + g.rounds + " budget years played. Playing the debrief's years...";
  }
  if (g.status === "finished") return "The game is over: " + g.rounds + " budget years played.";
  if (g.status === "running") return "Every role has committed: the model is running the year...";
  const waiting = g.roles.filter((r) => !r.committed).map((r) => r.title);
  return "Deciding. Waiting for: " + waiting.join(", ") + ".";
}

function render(g) {
  last = g;
  document.getElementById("game").hidden = false;
  document.getElementById("who").textContent = g.youTitle + " · game " + g.id + " · " + g.scenario;
  const year = Math.min(g.round, g.rounds);
  document.getElementById("round-title").textContent =
    g.status === "finished" ? "The end of the game" : "Budget year " + year + " of " + g.rounds;
  const status = document.getElementById("status");
  status.textContent = statusText(g);
  status.dataset.status = g.status;
  status.dataset.round = String(g.round);
  renderLinks(g);
  const mine = g.roles.find((r) => r.id === g.you);
  renderMine(g, mine);
  document.getElementById("table").hidden = g.status === "finished";
  renderOthers(g);
  renderMap(g);
  renderHistory(g);
  renderResults(g);
  renderDebrief(g);
}

function values() {
  const out = {};
  for (const input of document.querySelectorAll("#decisions [name]")) out[input.name] = input.value;
  return out;
}

async function send(commit) {
  const msg = document.getElementById("message");
  try {
    const g = await api("POST", "/api/games/" + gameId + "/roles/" + last.you + "/decisions", { levers: values(), commit });
    msg.textContent = "";
    editing = false;
    render(g);
  } catch (e) {
    msg.textContent = e.message;
  }
}

async function poll() {
  try {
    render(await api("GET", "/api/games/" + gameId));
  } catch (e) {
    document.getElementById("status").textContent = e.message;
  }
  setTimeout(poll, POLL_MS);
}

function startGame() {
  const form = document.getElementById("decisions");
  form.addEventListener("input", () => { editing = true; });
  form.addEventListener("change", () => send(false));
  form.addEventListener("submit", (ev) => ev.preventDefault());
  document.getElementById("commit").addEventListener("click", () => send(true));
  document.getElementById("compare-again").addEventListener("click", async () => {
    const msg = document.getElementById("compare-status");
    try {
      render(await api("POST", "/api/games/" + gameId + "/compare",
        { compare: document.getElementById("debrief-compare").value }));
      msg.textContent = "";
    } catch (e) {
      msg.textContent = e.message;
    }
  });
  document.getElementById("export").addEventListener("click", async () => {
    try {
      await api("POST", "/api/games/" + gameId + "/export");
      document.getElementById("export-status").textContent = "Writing the results folders...";
    } catch (e) {
      document.getElementById("export-status").textContent = e.message;
    }
  });
  poll();
}

if (gameId && token) startGame(); else showCreate();
