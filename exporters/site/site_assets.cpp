// The site's stylesheet and search code (search_index.hpp). Fonts are the system's: the stack
// names the Noto CJK families Debian's fonts-noto-cjk installs, then those of other systems; no
// web font is fetched. Colours keep a contrast of at least 4.5:1 against their background.
#include "exporters/site/search_index.hpp"

namespace glossgraph {

const std::string& site_css() {
    static const std::string css = R"css(:root {
  --text: #1b1b1b; --muted: #4f4f4f; --link: #0b4fb3; --line: #d0d0d0; --soft: #f4f4f1;
  --del-bg: #fbdedd; --del: #7a1010; --ins-bg: #d5f0da; --ins: #0b4a1c;
}
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: var(--text); background: #fff; line-height: 1.75; font-size: 16px;
  font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB",
    "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
}
:lang(zh-Hant) { font-family: "Noto Sans CJK TC", "Noto Sans TC", "Source Han Sans TC", "PingFang TC", "Microsoft JhengHei", sans-serif; }
header, main, footer { max-width: 56rem; margin: 0 auto; padding: 0 1rem; }
header { border-bottom: 1px solid var(--line); }
header nav { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; padding: 0.6rem 0; }
header .home { font-weight: 700; margin-right: auto; }
footer { color: var(--muted); font-size: 0.875rem; border-top: 1px solid var(--line); margin-top: 3rem; }
a { color: var(--link); text-decoration-thickness: 1px; text-underline-offset: 0.15em; }
a:focus-visible, input:focus-visible, button:focus-visible, summary:focus-visible { outline: 3px solid #e08a00; outline-offset: 2px; }
h1 { font-size: 1.9rem; line-height: 1.3; margin: 1.5rem 0 0.5rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid var(--line); padding-bottom: 0.2rem; }
h3 { font-size: 1.1rem; margin: 0 0 0.4rem; }
small, .note, .path, .forms { color: var(--muted); }
.note { font-size: 0.9rem; }
code { font-size: 0.9em; background: var(--soft); padding: 0 0.25em; border-radius: 3px; word-break: break-all; }
.form { font-size: 1.1rem; margin-right: 0.15rem; }
.reading { border: 1px solid var(--line); border-radius: 6px; padding: 0.8rem 1rem; margin: 1rem 0; }
.definition { font-size: 1.05rem; margin: 0.3rem 0; text-align: justify; overflow-wrap: anywhere; }
del { background: var(--del-bg); color: var(--del); text-decoration: line-through; }
ins { background: var(--ins-bg); color: var(--ins); text-decoration: underline; }
ul.places { padding-left: 1.2rem; margin: 0.3rem 0; }
ol.others li { margin: 0.3rem 0; overflow-wrap: anywhere; }
details { margin: 0.3rem 0; }
summary { cursor: pointer; }
ul.lineage, ul.lineage ul { padding-left: 1.2rem; }
.terms { overflow-wrap: anywhere; }
dl.glossary dt { font-weight: 700; margin-top: 0.8rem; }
dl.glossary dd { margin: 0.2rem 0 0 0; overflow-wrap: anywhere; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dl.facts dd { margin: 0; }
dl.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr)); gap: 0.75rem; }
dl.figures div { background: var(--soft); border-radius: 6px; padding: 0.5rem 0.8rem; }
dl.figures dt { color: var(--muted); font-size: 0.9rem; }
dl.figures dd { margin: 0; font-size: 1.6rem; font-weight: 700; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: 0.5rem 0; }
caption { text-align: left; color: var(--muted); }
th, td { border-bottom: 1px solid var(--line); padding: 0.25rem 0.75rem 0.25rem 0; text-align: left; }
td { font-variant-numeric: tabular-nums; }
figure.chart { margin: 1rem 0; }
figure.chart svg { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 0.9rem; }
form.search { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 1rem 0; }
form.search label { flex-basis: 100%; }
form.search input { flex: 1 1 12rem; font: inherit; padding: 0.4rem 0.6rem; border: 1px solid #767676; border-radius: 4px; }
form.search button { font: inherit; padding: 0.4rem 1rem; border: 1px solid var(--link); background: var(--link); color: #fff; border-radius: 4px; }
ol.results li { margin: 0.6rem 0; }
ol.results p { margin: 0.1rem 0; color: var(--muted); overflow-wrap: anywhere; }
mark { background: #fff0a8; color: inherit; }
@media (max-width: 30rem) {
  h1 { font-size: 1.5rem; }
  .reading { padding: 0.6rem; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dd { margin-bottom: 0.4rem; }
}
)css";
    return css;
}

const std::string& search_js() {
    static const std::string js = R"js(// glossgraph's site search: the index (search-N.js) holds each term's key and its texts as
// written; the query and the texts are brought to key form and matched, the text shown as written.
(function () {
  "use strict";
  var records = [], keyed = null, t2s = {};
  // What term_key removes: quotes, brackets, spaces, zero-width and bidirectional marks, controls, damage.
  var removed = /[“”‘’"'「」『』《》〈〉〝〞«»()\[\]{}【】〔〕〖〗〘〙\s\u200b-\u200d\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\u0000-\u001f\u007f-\u009f?\ufffd]/g;
  window.GG = {
    add: function (list) { for (var i = 0; i < list.length; i++) records.push(list[i]); },
    setT2s: function (pairs) {
      var chars = Array.from(pairs);
      for (var i = 0; i + 1 < chars.length; i += 2) t2s[chars[i]] = chars[i + 1];
    }
  };
  // Width folded (the full-width ASCII forms), Traditional to Simplified by the table, lower case, removed.
  function keyForm(text) {
    return text.replace(/[\uff01-\uff5e]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xfee0); })
      .replace(/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g, function (c) { return t2s[c] || c; })
      .toLowerCase().replace(removed, "");
  }
  // Each record's texts in key form, made on the first search: [key, label, regions, page, text...].
  function textKeys() {
    if (!keyed) keyed = records.map(function (r) { return r.slice(4).map(keyForm); });
    return keyed;
  }
  function words(query) {
    return query.split(/[\s\u3000]+/).map(keyForm).filter(function (w) { return w.length > 0; });
  }
  function has(text, ws) { return ws.every(function (w) { return text.indexOf(w) >= 0; }); }
  function search(query) {
    var ws = words(query), whole = ws.join(""), found = [], keys = textKeys();
    if (!ws.length) return { all: null, words: ws };
    records.forEach(function (r, n) {
      var inKey = has(r[0], ws), text = -1;
      for (var i = 0; text < 0 && i < keys[n].length; i++) if (has(keys[n][i], ws)) text = i;
      if (inKey || text >= 0) found.push({ r: r, rank: r[0] === whole ? 0 : inKey ? 1 : 2, text: text });
    });
    found.sort(function (a, b) {
      return a.rank - b.rank || b.r[2] - a.r[2] || (a.r[0] < b.r[0] ? -1 : a.r[0] > b.r[0] ? 1 : 0);
    });
    return { all: found, words: ws };
  }
  function page(r) {
    if (r[3]) return "term/" + r[3] + ".html";
    return "term/" + encodeURIComponent(r[0]).replace(/[!'()*]/g, function (c) {
      return "%" + c.charCodeAt(0).toString(16).toUpperCase();
    }) + ".html";
  }
  // The key form of text with, for each of its code units, where the character it comes from
  // starts and ends in text.
  function keyedText(text) {
    var key = "", starts = [], ends = [], at = 0;
    for (var ch of text) {
      var k = keyForm(ch);
      for (var u = 0; u < k.length; u++) { starts.push(at); ends.push(at + ch.length); }
      key += k;
      at += ch.length;
    }
    return { key: key, starts: starts, ends: ends };
  }
  // The text as written around the first match of w (in key form), the match marked.
  function snippet(element, text, w) {
    var k = keyedText(text), at = k.key.indexOf(w);
    if (at < 0) { element.textContent = text.length > 84 ? text.slice(0, 84) + "…" : text; return; }
    var start = k.starts[at], end = k.ends[at + w.length - 1], from = Math.max(0, start - 24);
    element.appendChild(document.createTextNode((from > 0 ? "…" : "") + text.slice(from, start)));
    var mark = document.createElement("mark");
    mark.textContent = text.slice(start, end);
    element.appendChild(mark);
    var rest = text.slice(end);
    element.appendChild(document.createTextNode(rest.length > 60 ? rest.slice(0, 60) + "…" : rest));
  }
  var shown = 50;
  function render(query, list, status) {
    var result = search(query);
    list.textContent = "";
    if (!result.all) { status.textContent = "输入术语或释义中的词。"; return; }
    status.textContent = "找到 " + result.all.length + " 个术语" + (result.all.length > shown ? "，显示前 " + shown + " 个" : "") + "。";
    result.all.slice(0, shown).forEach(function (f) {
      var item = document.createElement("li"), a = document.createElement("a");
      a.href = page(f.r);
      a.textContent = f.r[1];
      item.appendChild(a);
      var note = document.createElement("small");
      note.textContent = " " + f.r[2] + " 个地区";
      item.appendChild(note);
      if (f.text >= 0) { var p = document.createElement("p"); snippet(p, f.r[4 + f.text], result.words[0]); item.appendChild(p); }
      list.appendChild(item);
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    var input = document.getElementById("q"), list = document.getElementById("results"), status = document.getElementById("status");
    var query = new URLSearchParams(window.location.search).get("q") || "";
    input.value = query;
    input.addEventListener("input", function () { render(input.value, list, status); });
    render(query, list, status);
  });
})();
)js";
    return js;
}

}  // namespace glossgraph
