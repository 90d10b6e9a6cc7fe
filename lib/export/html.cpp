#include "export/html.h"

#include <algorithm>
#include <unordered_map>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "export/text_util.h"

namespace ng::exporter {
namespace {

using graph::Graph;
using graph::Node;
using graph::NodeKind;
using graph::Vertex;

// The page's style and script. Kept here, not in data/: they are code. The script reads
// the data block (its shape: explorer_data below) and builds everything with DOM calls
// and textContent, so no text from the articles is ever parsed as HTML.
const char* kStyle = R"CSS(
*{box-sizing:border-box}
body{margin:0;font:14px/1.4 Helvetica,Arial,sans-serif;color:#222;display:flex;flex-direction:column;height:100vh}
header{padding:6px 10px;background:#2c3e50;color:#fff;display:flex;gap:14px;align-items:center;flex-wrap:wrap}
header h1{font-size:16px;margin:0}
header input{padding:3px 5px;font-size:14px}
#ng-search{width:16em}
#ng-summary{font-size:12px;opacity:.85}
main{flex:1;display:flex;min-height:0}
#ng-diagram{flex:3;position:relative;overflow:hidden;background:#fafafa;border-right:1px solid #ccc;cursor:grab}
#ng-diagram svg{width:100%;height:100%;display:block;user-select:none}
#ng-diagram .node{cursor:pointer}
#ng-diagram .node.ng-selected ellipse,#ng-diagram .node.ng-selected polygon{stroke:#d35400;stroke-width:4}
#ng-diagram .edge{cursor:pointer}
#ng-diagram .edge.ng-hidden,#ng-diagram .node.ng-hidden{opacity:.12}
#ng-zoom{position:absolute;right:8px;top:8px;display:flex;flex-direction:column;gap:4px}
#ng-zoom button{width:30px;height:30px;font-size:16px}
aside{flex:2;display:flex;flex-direction:column;min-width:320px;max-width:48em;overflow:hidden}
#ng-results{padding:4px 8px;border-bottom:1px solid #ddd;max-height:30%;overflow:auto}
.ng-result{display:block;width:100%;text-align:left;border:0;background:none;padding:3px 4px;cursor:pointer;font-size:14px}
.ng-result:hover{background:#eef}
.ng-result small{color:#666}
#ng-panel{flex:1;overflow:auto;padding:8px 10px}
#ng-panel h2{font-size:18px;margin:4px 0}
#ng-timeline{list-style:none;margin:0;padding:0}
.ng-event{border-top:1px solid #e3e3e3;padding:6px 0}
.ng-head{font-weight:bold}
.ng-basis{font-weight:normal;font-size:12px;padding:0 4px;border-radius:3px;background:#e8f5e9}
.ng-basis.ng-inferred{background:#fff3cd;font-style:italic}
.ng-status-planned .ng-head{color:#1f5fa0}
.ng-status-cancelled .ng-head,.ng-status-denied .ng-head{color:#c0392b;text-decoration:line-through}
.ng-evidence{margin:3px 0 0 0;padding:2px 8px;border-left:3px solid #bbb;color:#333}
.ng-source{font-size:12px;color:#555}
.ng-more{margin:8px 0}
)CSS";

const char* kScript = R"JS(
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('ng-data').textContent);
  var E = data.entities, V = data.events, A = data.articles;
  var byKey = {};
  E.forEach(function (e, i) { byKey[e.k] = i; });
  var eventsOf = E.map(function () { return []; });
  var pairs = {};
  function pairKey(i, j) { return i < j ? i + '|' + j : j + '|' + i; }
  function addPair(i, j, v) { var k = pairKey(i, j); (pairs[k] = pairs[k] || []).push(v); }
  V.forEach(function (ev, v) {
    ev.w.forEach(function (i) { eventsOf[i].push(v); });
    if (ev.t === 'Meeting')
      for (var x = 0; x < ev.w.length; ++x) for (var y = x + 1; y < ev.w.length; ++y) addPair(ev.w[x], ev.w[y], v);
    if (ev.t === 'Travel' && ev.p >= 0) ev.w.forEach(function (i) { if (i !== ev.p) addPair(i, ev.p, v); });
  });
  var PAGE = 100;
  var $ = function (id) { return document.getElementById(id); };
  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text !== undefined) n.textContent = text;
    return n;
  }
  function fold(s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }
  function prefixCmp(a, b) { var n = Math.min(a.length, b.length); var x = a.slice(0, n), y = b.slice(0, n); return x < y ? -1 : x > y ? 1 : 0; }
  function inRange(d) {
    var from = $('ng-from').value.trim(), to = $('ng-to').value.trim();
    if (!from && !to) return true;
    if (!d) return false;
    var parts = d.split('/'), first = parts[0], last = parts[parts.length - 1];
    return (!from || prefixCmp(last, from) >= 0) && (!to || prefixCmp(first, to) <= 0);
  }
  var BASIS = {stated: 'stated in its clause', sentence: 'stated in its sentence', paragraph: 'from the paragraph\'s date',
               article: 'from elsewhere in the article', dateline: 'the dateline\'s date (not stated)',
               publication: 'the publication date (not stated)'};
  function inferred(b) { return b !== 'stated' && b !== 'sentence'; }

  // Search over names and aliases.
  var folded = E.map(function (e) { return [fold(e.n)].concat(e.a.map(fold)); });
  function search() {
    var q = fold($('ng-search').value.trim()), box = $('ng-results');
    box.textContent = '';
    if (!q) return;
    var hits = [];
    folded.forEach(function (names, i) {
      var rank = -1;
      names.forEach(function (n) {
        var r = n === q ? 3 : n.indexOf(q) === 0 ? 2 : n.indexOf(q) >= 0 ? 1 : -1;
        if (r > rank) rank = r;
      });
      if (rank >= 0) hits.push([rank, i]);
    });
    hits.sort(function (x, y) { return y[0] - x[0] || E[y[1]].d - E[x[1]].d || (E[x[1]].n < E[y[1]].n ? -1 : 1); });
    if (!hits.length) { box.appendChild(el('div', '', 'no name or alias contains "' + $('ng-search').value + '"')); return; }
    hits.slice(0, 30).forEach(function (h) {
      var e = E[h[1]], b = el('button', 'ng-result');
      b.dataset.key = e.k;
      b.appendChild(document.createTextNode(e.n + ' '));
      b.appendChild(el('small', '', e.t + ', ' + e.d + (e.d === 1 ? ' event' : ' events') + (e.a.length ? '; also ' + e.a.join(', ') : '')));
      b.addEventListener('click', function () { select(h[1]); });
      box.appendChild(b);
    });
    if (hits.length > 30) box.appendChild(el('div', '', (hits.length - 30) + ' more: type more of the name'));
  }

  // Panel: the events of an entity or of a pair.
  var current = null;
  function show(title, subtitle, list, self) {
    current = {title: title, subtitle: subtitle, list: list, self: self || []};
    render(PAGE);
  }
  function render(limit) {
    var panel = $('ng-panel');
    panel.textContent = '';
    panel.appendChild(el('h2', '', current.title));
    if (current.subtitle) panel.appendChild(el('div', 'ng-source', current.subtitle));
    var rows = current.list.filter(function (v) { return inRange(V[v].d); });
    rows.sort(function (x, y) {
      var a = V[x].d, b = V[y].d;
      if (!a !== !b) return a ? -1 : 1;
      return a < b ? -1 : a > b ? 1 : x - y;
    });
    panel.appendChild(el('div', 'ng-source', rows.length + ' of ' + current.list.length + ' events' +
      (rows.length < current.list.length ? ' in the date range' : '')));
    var ul = el('ul');
    ul.id = 'ng-timeline';
    rows.slice(0, limit).forEach(function (v) { ul.appendChild(eventRow(v)); });
    panel.appendChild(ul);
    if (rows.length > limit) {
      var more = el('button', 'ng-more', 'show ' + Math.min(PAGE, rows.length - limit) + ' more of ' + (rows.length - limit));
      more.addEventListener('click', function () { render(limit + PAGE); });
      panel.appendChild(more);
    }
  }
  function names(list, except) {
    return list.filter(function (i) { return except.indexOf(i) < 0; }).map(function (i) { return E[i].n; });
  }
  function eventRow(v) {
    var ev = V[v], li = el('li', 'ng-event ng-status-' + ev.s);
    li.dataset.date = ev.d;
    li.dataset.kind = ev.t.toLowerCase();
    li.dataset.basis = ev.b;
    var head = el('div', 'ng-head');
    var kind = ev.t === 'Travel' ? 'trip' : ev.t.toLowerCase();
    head.appendChild(document.createTextNode((ev.d || 'undated') + ' '));
    if (ev.b) {
      var badge = el('span', 'ng-basis' + (inferred(ev.b) ? ' ng-inferred' : ''), ev.b);
      badge.title = 'date basis: ' + (BASIS[ev.b] || ev.b);
      head.appendChild(badge);
    }
    var who = names(ev.w, current.self);
    var text = ' ' + kind + (ev.s !== 'occurred' ? ' (' + ev.s + ')' : '');
    if (ev.t === 'Statement') text += ' by ' + names(ev.w, []).join(', ');
    else if (who.length) text += ' with ' + who.join(', ');
    if (ev.p >= 0) text += (ev.t === 'Travel' ? ' to ' : ' in ') + E[ev.p].n;
    head.appendChild(document.createTextNode(text));
    li.appendChild(head);
    li.appendChild(el('div', 'ng-source', 'evidence: ' + ev.g + (ev.r.length > 1 ? ', ' + ev.r.length + ' reports' : '')));
    ev.r.forEach(function (r) {
      li.appendChild(el('blockquote', 'ng-evidence', r.x));
      var a = A[r.a], src = el('div', 'ng-source');
      src.appendChild(document.createTextNode('source: '));
      if (a.url) {
        var link = el('a', '', a.title || a.id);
        link.href = a.url;
        link.rel = 'noopener noreferrer';
        src.appendChild(link);
      } else {
        src.appendChild(document.createTextNode(a.title || a.id));
      }
      src.appendChild(document.createTextNode(' [' + a.id + (a.date ? ', ' + a.date : '') + ']' +
        (r.d ? '; date ' + r.d + ' (' + (BASIS[r.b] || r.b) + ')' : '; undated') + '; ' + r.s));
      li.appendChild(src);
    });
    return li;
  }
  function select(i) {
    var e = E[i];
    show(e.n, e.t + (e.a.length ? ' \u00b7 also ' + e.a.join(', ') : '') + ' \u00b7 ' + e.k, eventsOf[i], [i]);
    document.querySelectorAll('#ng-diagram .node.ng-selected').forEach(function (n) { n.classList.remove('ng-selected'); });
    var node = nodeOf[i];
    if (node) node.classList.add('ng-selected');
  }

  // The diagram: node and edge titles are graph keys ("person/x", "person/x--place/y").
  var svg = document.querySelector('#ng-diagram svg');
  var nodeOf = {}, edgeList = [];
  if (svg) {
    svg.querySelectorAll('g.node').forEach(function (g) {
      var t = g.querySelector('title'), i = t ? byKey[t.textContent] : undefined;
      if (i === undefined) return;
      nodeOf[i] = g;
      g.addEventListener('click', function (ev) { if (!dragged) select(i); ev.stopPropagation(); });
    });
    svg.querySelectorAll('g.edge').forEach(function (g) {
      var t = g.querySelector('title');
      if (!t) return;
      var s = t.textContent, at = -1;
      while ((at = s.indexOf('--', at + 1)) >= 0) {
        var i = byKey[s.slice(0, at)], j = byKey[s.slice(at + 2)];
        if (i === undefined || j === undefined) continue;
        var list = pairs[pairKey(i, j)] || [];
        edgeList.push([g, list]);
        g.addEventListener('click', function (ev) {
          if (dragged) return;
          show(E[i].n + ' \u2014 ' + E[j].n, 'the meetings and trips that join them', list);
          ev.stopPropagation();
        });
        break;
      }
    });
  }
  function filterDiagram() {
    edgeList.forEach(function (x) {
      x[0].classList.toggle('ng-hidden', !x[1].some(function (v) { return inRange(V[v].d); }));
    });
  }

  // Pan and zoom on the viewBox.
  var dragged = false;
  if (svg) {
    var box = svg.viewBox.baseVal, home = [box.x, box.y, box.width, box.height];
    var toSvg = function (e, m) { var p = svg.createSVGPoint(); p.x = e.clientX; p.y = e.clientY; return p.matrixTransform(m.inverse()); };
    var zoom = function (f, cx, cy) {
      box.x = cx - (cx - box.x) * f; box.y = cy - (cy - box.y) * f;
      box.width *= f; box.height *= f;
    };
    svg.addEventListener('wheel', function (e) {
      e.preventDefault();
      var p = toSvg(e, svg.getScreenCTM());
      zoom(e.deltaY < 0 ? 0.8 : 1.25, p.x, p.y);
    }, {passive: false});
    var start = null;
    svg.addEventListener('mousedown', function (e) {
      start = {m: svg.getScreenCTM(), p: null, x: box.x, y: box.y, cx: e.clientX, cy: e.clientY};
      start.p = toSvg(e, start.m);
      dragged = false;
    });
    window.addEventListener('mousemove', function (e) {
      if (!start) return;
      if (Math.abs(e.clientX - start.cx) + Math.abs(e.clientY - start.cy) > 4) dragged = true;
      var p = toSvg(e, start.m);
      box.x = start.x - (p.x - start.p.x); box.y = start.y - (p.y - start.p.y);
    });
    window.addEventListener('mouseup', function () { start = null; setTimeout(function () { dragged = false; }, 0); });
    var centre = function () { return [box.x + box.width / 2, box.y + box.height / 2]; };
    $('ng-zoom-in').addEventListener('click', function () { var c = centre(); zoom(0.8, c[0], c[1]); });
    $('ng-zoom-out').addEventListener('click', function () { var c = centre(); zoom(1.25, c[0], c[1]); });
    $('ng-zoom-fit').addEventListener('click', function () { box.x = home[0]; box.y = home[1]; box.width = home[2]; box.height = home[3]; });
  }

  $('ng-summary').textContent = A.length + ' articles, ' + E.length + ' entities, ' + V.length + ' events; the diagram draws ' +
    Object.keys(nodeOf).length + ' of the entities, search reaches all';
  $('ng-search').addEventListener('input', search);
  $('ng-search').addEventListener('keydown', function (e) {
    if (e.key !== 'Enter') return;
    var first = document.querySelector('#ng-results .ng-result');
    if (first) first.click();
  });
  ['ng-from', 'ng-to'].forEach(function (id) {
    $(id).addEventListener('input', function () { filterDiagram(); if (current) render(PAGE); });
  });
  document.body.dataset.ready = 'true';
})();
)JS";

std::string escape_html(std::string_view s) {
  std::string out;
  for (char c : repair_utf8(s)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// The SVG element alone: Graphviz's XML declaration, doctype and comments dropped, and
// a fixed size replaced by the container's.
std::string inline_svg(const std::string& svg) {
  size_t at = svg.find("<svg");
  if (at == std::string::npos) return "";
  std::string out = svg.substr(at);
  size_t end = out.find('>');
  std::string head = out.substr(0, end);
  for (const char* attr : {" width=\"", " height=\""}) {
    size_t a = head.find(attr);
    if (a == std::string::npos) continue;
    size_t b = head.find('"', a + std::string(attr).size());
    head.erase(a, b + 1 - a);
  }
  return head + out.substr(end);
}

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void str(JsonWriter& w, std::string_view s) {
  std::string fixed = repair_utf8(s);
  w.String(fixed.data(), rapidjson::SizeType(fixed.size()));
}

}  // namespace

std::string explorer_data(const Graph& g) {
  const auto& adj = g.adjacency();
  std::vector<Vertex> order = g.sorted_vertices();
  std::unordered_map<Vertex, int> entity_index;
  std::vector<Vertex> entities, events;
  for (Vertex v : order) {
    if (graph::is_entity(g.node(v).kind)) {
      entity_index[v] = int(entities.size());
      entities.push_back(v);
    } else {
      events.push_back(v);
    }
  }
  // The articles in key order, as the JSON-LD lists them.
  std::vector<uint32_t> articles(g.articles().size());
  for (uint32_t i = 0; i < articles.size(); ++i) articles[i] = i;
  std::sort(articles.begin(), articles.end(), [&](uint32_t a, uint32_t b) { return g.articles()[a].key < g.articles()[b].key; });
  std::vector<int> article_index(articles.size());
  for (size_t i = 0; i < articles.size(); ++i) article_index[articles[i]] = int(i);

  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartObject();
  w.Key("articles");
  w.StartArray();
  for (uint32_t a : articles) {
    const graph::Article& art = g.articles()[a];
    w.StartObject();
    w.Key("id"), str(w, art.id);
    w.Key("title"), str(w, art.title);
    w.Key("url"), str(w, art.url);
    w.Key("date"), str(w, art.date);
    w.EndObject();
  }
  w.EndArray();
  w.Key("entities");
  w.StartArray();
  for (Vertex v : entities) {
    const Node& n = g.node(v);
    std::vector<Vertex> evs;  // distinct events it takes part in
    for (auto [e, end] = boost::out_edges(v, adj); e != end; ++e)
      if (adj[*e].relation == graph::Relation::Participant) evs.push_back(boost::target(*e, adj));
    std::sort(evs.begin(), evs.end());
    evs.erase(std::unique(evs.begin(), evs.end()), evs.end());
    w.StartObject();
    w.Key("k"), str(w, n.key);
    w.Key("n"), str(w, n.name);
    w.Key("t"), str(w, graph::to_string(n.kind));
    w.Key("a");
    w.StartArray();
    for (const auto& a : n.aliases) str(w, a);
    w.EndArray();
    w.Key("d"), w.Uint(unsigned(evs.size()));
    w.EndObject();
  }
  w.EndArray();
  w.Key("events");
  w.StartArray();
  for (Vertex v : events) {
    const Node& n = g.node(v);
    std::vector<int> who;
    for (auto [e, end] = boost::out_edges(v, adj); e != end; ++e)
      if (adj[*e].relation == graph::Relation::Participant) who.push_back(entity_index.at(boost::target(*e, adj)));
    std::sort(who.begin(), who.end());
    who.erase(std::unique(who.begin(), who.end()), who.end());
    std::vector<const graph::Report*> reports;
    for (const auto& r : n.reports) reports.push_back(&r);
    std::sort(reports.begin(), reports.end(), [&](auto a, auto b) {
      int ia = article_index[a->article], ib = article_index[b->article];
      return ia != ib ? ia < ib : a->evidence < b->evidence;
    });
    w.StartObject();
    w.Key("t"), str(w, graph::to_string(n.kind));
    w.Key("d"), str(w, n.date);
    w.Key("b"), str(w, n.date.empty() ? "" : core::to_string(graph::date_basis(n)));
    w.Key("s"), str(w, core::to_string(n.status));
    w.Key("g"), str(w, graph::to_string(graph::strength(n)));
    w.Key("p"), w.Int(n.place >= 0 ? entity_index.at(Vertex(n.place)) : -1);
    w.Key("w");
    w.StartArray();
    for (int i : who) w.Int(i);
    w.EndArray();
    w.Key("r");
    w.StartArray();
    for (const auto* r : reports) {
      w.StartObject();
      w.Key("a"), w.Int(article_index[r->article]);
      w.Key("x"), str(w, r->text);
      w.Key("d"), str(w, r->date);
      w.Key("b"), str(w, r->date.empty() ? "" : core::to_string(r->date_basis));
      w.Key("s"), str(w, graph::to_string(r->strength));
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  // '<' only occurs inside strings: as \u003c no "</script>" or "<!--" can end the block
  std::string out;
  out.reserve(buf.GetSize());
  for (const char* p = buf.GetString(); *p; ++p)
    if (*p == '<') out += "\\u003c";
    else out += *p;
  return out;
}

std::string to_html(const Graph& g, const HtmlOptions& options, const std::string& what) {
  std::string svg = inline_svg(render_dot(to_diagram(g, options.diagram), "svg", what));
  std::string title = escape_html(options.title);
  std::string out;
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>" + title + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n<header>\n";
  out += "<h1>" + title + "</h1>\n";
  out += "<input id=\"ng-search\" type=\"search\" placeholder=\"Search names and aliases\" autocomplete=\"off\">\n";
  out += "<label>from <input id=\"ng-from\" size=\"10\" placeholder=\"YYYY-MM-DD\"></label>\n";
  out += "<label>to <input id=\"ng-to\" size=\"10\" placeholder=\"YYYY-MM-DD\"></label>\n";
  out += "<span id=\"ng-summary\"></span>\n</header>\n<main>\n";
  out += "<div id=\"ng-diagram\">\n<div id=\"ng-zoom\"><button id=\"ng-zoom-in\" title=\"zoom in\">+</button>"
         "<button id=\"ng-zoom-out\" title=\"zoom out\">\xE2\x88\x92</button>"
         "<button id=\"ng-zoom-fit\" title=\"fit\">\xE2\x96\xA2</button></div>\n";
  out += svg;
  out += "</div>\n<aside>\n<div id=\"ng-results\"></div>\n<div id=\"ng-panel\"><p>Search a name, or click a node "
         "or an edge of the diagram: the timeline lists each meeting, statement and trip with its evidence "
         "sentence, source and date basis. Drag to pan, wheel to zoom.</p></div>\n</aside>\n</main>\n";
  out += "<script type=\"application/json\" id=\"ng-data\">" + explorer_data(g) + "</script>\n";
  out += "<script>" + std::string(kScript) + "</script>\n</body>\n</html>\n";
  return out;
}

}  // namespace ng::exporter
