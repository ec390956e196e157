// ct-screen triage page. The post is attacker-written: every piece of text goes into the page through
// textContent or a text node, never as HTML. Evidence offsets count Unicode code points (Python's str),
// so the post is split with Array.from, not indexed as UTF-16.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function headers(json) {
    const h = {};
    if (json) h["Content-Type"] = "application/json";
    const token = $("token").value.trim();
    if (token) h["Authorization"] = "Bearer " + token;
    return h;
  }

  async function errorMessage(response) {
    try {
      const body = await response.json();
      if (body && body.error && body.error.message) return body.error.message + " (HTTP " + response.status + ")";
    } catch (e) { /* not JSON */ }
    return "The service answered HTTP " + response.status + ".";
  }

  function showError(message) {
    const box = $("error");
    box.textContent = message || "";
    box.hidden = !message;
  }

  function showVersions(response) {
    const parts = ["package", "rules", "model"].map(
      (k) => k + " " + (response.headers.get("x-ct-screen-" + k) || "?"));
    $("versions").textContent = "(" + parts.join(", ") + ")";
  }

  // Annotations: one per evidence span of a rule hit or a model term, in code-point offsets.
  function annotations(result) {
    const out = [];
    for (const hit of result.hits || []) {
      for (const ev of hit.evidence || []) {
        if (ev.field) continue;
        out.push({ kind: "rule", start: ev.start, end: ev.end, label: hit.rule_id, category: hit.category,
                   severity: hit.severity, explanation: hit.explanation });
      }
    }
    for (const term of result.terms || []) {
      for (const ev of term.evidence || []) {
        if (ev.field) continue;
        out.push({ kind: "term", start: ev.start, end: ev.end, label: term.term, weight: term.weight });
      }
    }
    return out.filter((a) => a.end > a.start);
  }

  function describe(anns) {
    const list = el("dl");
    for (const a of anns) {
      if (a.kind === "rule") {
        list.appendChild(el("dt", a.label + " \u00b7 " + a.category + " (" + a.severity + ")"));
        list.appendChild(el("dd", a.explanation));
      } else {
        list.appendChild(el("dt", "Model term \u2018" + a.label + "\u2019"));
        const w = Number(a.weight);
        list.appendChild(el("dd", (w >= 0 ? "Pushes the model's score up" : "Pushes the model's score down") +
                                  " (weight " + (w >= 0 ? "+" : "") + w.toFixed(3) + ")."));
      }
    }
    return list;
  }

  function titleOf(anns) {
    return anns.map((a) => a.kind === "rule" ? a.label + " (" + a.category + ")" : "term: " + a.label).join("; ");
  }

  function select(mark, anns) {
    for (const m of document.querySelectorAll("#highlighted mark.active")) m.classList.remove("active");
    mark.classList.add("active");
    $("detail").replaceChildren(describe(anns));
  }

  // The post as text nodes and <mark> segments: a segment boundary at every span start and end.
  function highlight(text, anns) {
    const chars = Array.from(text);
    const cuts = new Set([0, chars.length]);
    for (const a of anns) { cuts.add(Math.min(a.start, chars.length)); cuts.add(Math.min(a.end, chars.length)); }
    const points = Array.from(cuts).sort((x, y) => x - y);
    const box = $("highlighted");
    box.replaceChildren();
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const piece = chars.slice(a, b).join("");
      const covering = anns.filter((s) => s.start <= a && s.end >= b);
      if (!covering.length) { box.appendChild(document.createTextNode(piece)); continue; }
      const kinds = new Set(covering.map((s) => s.kind));
      const mark = el("mark", piece, Array.from(kinds).sort().join(" "));
      mark.tabIndex = 0;
      mark.dataset.start = String(a);
      mark.dataset.end = String(b);
      mark.dataset.rules = covering.filter((s) => s.kind === "rule").map((s) => s.label).join(" ");
      mark.title = titleOf(covering);
      mark.setAttribute("aria-label", piece + ": " + titleOf(covering));
      const show = () => select(mark, covering);
      mark.addEventListener("mouseenter", show);
      mark.addEventListener("focus", show);
      mark.addEventListener("click", show);
      box.appendChild(mark);
    }
  }

  function fillList(id, items, empty) {
    const list = $(id);
    list.replaceChildren();
    if (!items.length) { list.appendChild(el("li", empty, "muted")); return; }
    for (const item of items) list.appendChild(el("li", item));
  }

  function render(text, result) {
    const band = $("band");
    band.textContent = result.band;
    band.className = "band band-" + (["low", "review", "high"].includes(result.band) ? result.band : "low");
    $("score").textContent = Number(result.score).toFixed(3);
    fillList("reasons", result.reasons || [], "None.");
    fillList("contacts", (result.contacts || []).map(
      (c) => c.kind + ": " + c.value + (c.platform ? " (" + c.platform + ")" : "")), "None found.");
    fillList("notices", (result.notices || []).map((n) => n.code + " " + n.message), "None.");
    highlight(text, annotations(result));
    $("detail").replaceChildren(el("p", "Hover, click or tab to a mark.", "muted"));
    $("result").hidden = false;
  }

  async function screenPost(event) {
    event.preventDefault();
    const text = $("post").value;
    if (!text.trim()) { showError("Paste a post first."); return; }
    const button = $("screen-button");
    button.disabled = true;
    showError("");
    try {
      const response = await fetch("/v1/screen", { method: "POST", headers: headers(true),
                                                   body: JSON.stringify({ text: text }) });
      showVersions(response);
      if (!response.ok) { showError(await errorMessage(response)); return; }
      render(text, await response.json());
      $("result-heading").focus?.();
    } catch (e) {
      showError("Could not reach the service.");
    } finally {
      button.disabled = false;
    }
  }

  function downloadName(response, fallback) {
    const disposition = response.headers.get("content-disposition") || "";
    const match = /filename="([^"]+)"/.exec(disposition);
    return match ? match[1] : fallback;
  }

  async function scoreFile(event) {
    event.preventDefault();
    const file = $("file").files[0];
    const status = $("upload-status");
    const link = $("download");
    if (!file) { status.textContent = "Choose a file first."; return; }
    const params = new URLSearchParams({ filename: file.name });
    const column = $("text-column").value.trim();
    if (column) params.append("text_column", column);
    const button = $("upload-button");
    button.disabled = true;
    link.hidden = true;
    status.textContent = "Scoring " + file.name + "\u2026";
    try {
      const response = await fetch("/v1/score-file?" + params.toString(), { method: "POST", headers: headers(false),
                                                                           body: file });
      if (!response.ok) { status.textContent = await errorMessage(response); return; }
      const blob = await response.blob();
      if (link.href) URL.revokeObjectURL(link.href);
      link.href = URL.createObjectURL(blob);
      link.download = downloadName(response, "scored-" + file.name);
      link.textContent = "Download " + link.download;
      link.hidden = false;
      status.textContent = (response.headers.get("x-ct-screen-rows") || "?") + " rows scored, " +
        (response.headers.get("x-ct-screen-row-errors") || "0") + " could not be.";
      link.focus();
    } catch (e) {
      status.textContent = "Could not reach the service.";
    } finally {
      button.disabled = false;
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("screen-form").addEventListener("submit", screenPost);
    $("upload-form").addEventListener("submit", scoreFile);
    $("post").addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) $("screen-form").requestSubmit();
    });
    $("result-heading").tabIndex = -1;
  });
})();
