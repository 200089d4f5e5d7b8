// "Dernières Infos" live: poll /api/v1/latest?after_seq=N&changed_after=C. New dated
// articles: the collapsed page (one row per story) reads the collapsed list again, as the
// server shows it now (/api/v1/latest?collapse=true), so a new article of a story already
// listed updates that story's row (+N, its last article) and a new story's row goes in at
// its date order, never simply on top (newuser15a W16); the expanded page (?all=1) puts
// each new article at its date order. Undated ones go first in the "date unknown" section
// below (newest first seen first). A row whose article changed since (a new version: a
// corrected headline) is replaced in place, a deleted one removed, and when the server can
// no longer tell what changed (its change log was compacted past C) the page reloads.
// Progressive: without JavaScript the list is complete at load time. Text goes in with
// textContent only, never innerHTML, so an article title can never become markup.
(function () {
  "use strict";
  var list = document.getElementById("latest");
  if (!list || list.dataset.live !== "on" || !window.fetch) { return; }
  var status = document.getElementById("live-status");
  var afterSeq = parseInt(list.dataset.afterSeq, 10) || 0;
  var changeSeq = parseInt(list.dataset.changeSeq, 10) || 0;
  var interval = parseInt(list.dataset.interval, 10) || 4000;
  var lang = list.dataset.lang || document.documentElement.lang;
  var undatedList = document.getElementById("latest-undated");
  var undatedTitle = document.getElementById("undated-title");
  var seen = {};
  [list, undatedList].forEach(function (ol) {
    if (!ol) { return; }
    Array.prototype.forEach.call(ol.children, function (li) { seen[li.dataset.id] = true; });
  });

  // Close to the server's (Translator.date, Babel's medium date and short time), in French time.
  var format = new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-US", {
    timeZone: list.dataset.tz || "Europe/Paris", dateStyle: "medium", timeStyle: "short" });
  // A date known to the day only (published_precision "day") shows no time: "00:00" would
  // be false. Its day is the one the source gives, read from the ISO text, in no other zone.
  var dayFormat = new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-US", {
    timeZone: "UTC", dateStyle: "medium" });
  // French writes the first of a month "1er" (Translator.calendar_day; t-final29 U8): a
  // French medium date starts with its day.
  function firstOfMonth(text) {
    return lang === "fr" ? text.replace(/^1(?=\s)/, "1er") : text;
  }
  function formatDate(iso) {
    var d = new Date(iso);
    return isNaN(d.getTime()) ? "" : firstOfMonth(format.format(d).replace(/,(?=[^,]*$)/, ""));
  }
  // A publication time whose own offset is not the display zone's at that instant is
  // shown in its own offset with the zone, as the server does (Translator.published): the
  // day facet and date: file an article under its own calendar day.
  var ownFormat = new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-US", {
    timeZone: "UTC", dateStyle: "medium", timeStyle: "short" });
  var zoneParts = new Intl.DateTimeFormat("en-US", {
    timeZone: list.dataset.tz || "Europe/Paris", hourCycle: "h23", year: "numeric",
    month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" });
  function ownOffset(iso) {  // minutes east of UTC written in the ISO text, else null
    var m = /(Z|([+-])(\d\d):?(\d\d))$/.exec(String(iso));
    if (!m) { return null; }
    return m[1] === "Z" ? 0 : (m[2] === "-" ? -1 : 1) * (60 * +m[3] + +m[4]);
  }
  function displayOffset(d) {
    var p = {};
    zoneParts.formatToParts(d).forEach(function (x) { p[x.type] = +x.value; });
    var wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
    return Math.round((wall - Math.floor(d.getTime() / 60000) * 60000) / 60000);
  }
  function zoneLabel(minutes) {
    if (!minutes) { return "UTC"; }
    var a = Math.abs(minutes), h = Math.floor(a / 60), r = a % 60;
    return "UTC" + (minutes > 0 ? "+" : "\u2212") + h + (r ? ":" + (r < 10 ? "0" : "") + r : "");
  }
  function formatPublished(iso) {
    var d = new Date(iso), own = ownOffset(iso);
    if (isNaN(d.getTime()) || own === null || own === displayOffset(d)) { return formatDate(iso); }
    return firstOfMonth(ownFormat.format(new Date(d.getTime() + own * 60000)).replace(/,(?=[^,]*$)/, "")) +
      " (" + zoneLabel(own) + ")";
  }
  function formatDay(iso) {
    var d = new Date(String(iso).slice(0, 10) + "T00:00:00Z");
    return isNaN(d.getTime()) ? "" : firstOfMonth(dayFormat.format(d));
  }
  var rtl = (list.dataset.rtl || "").split(" ");
  function ownText(el, language) {  // lang and dir of an article's text, as text_attrs
    var tag = String(language || "").trim();
    if (tag) { el.lang = tag; }
    var primary = tag.toLowerCase().replace(/_/g, "-").split("-")[0];
    el.dir = !tag ? "auto" : (rtl.indexOf(primary) >= 0 ? "rtl" : "ltr");
  }
  var collapsed = list.dataset.collapse === "on";
  var numbers = new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-US");
  function plural(n, one, other) {  // a plural form the page gives, {n} filled as Babel does
    var rule = new Intl.PluralRules(lang).select(n) === "one" ? one : other;
    return (list.dataset[rule] || "").replace("{n}", numbers.format(n));
  }
  // What the list is sorted by: the story's newest dated article, in milliseconds since
  // 1970 (the server writes data-sort so: an ISO time there would print a day-only date's
  // midnight into the page).
  function sortTime(a) {
    var iso = a.story_latest || a.published;
    return iso ? String(Date.parse(iso)) : "";
  }
  function timeOf(iso, precision) {
    var time = document.createElement("time");
    var day = precision === "day";
    time.dateTime = day ? String(iso).slice(0, 10) : iso;
    time.textContent = day ? formatDay(iso) : formatPublished(iso);
    return time;
  }
  function coverage(a) {  // the story line of a collapsed row, as _article_item.html
    if (!a.story_id || !(a.others || a.other_sources)) { return null; }
    var p = document.createElement("p");
    p.className = "coverage";
    var link = document.createElement("a");
    link.href = "/stories/" + encodeURIComponent(a.story_id);
    var more = a.others ? plural(a.others, "moreOne", "moreOther") : "";
    var sources = a.other_sources ? plural(a.other_sources, "sourcesOne", "sourcesOther") : "";
    link.textContent = more && sources ? more + " (" + sources + ")" : more || sources;
    p.appendChild(link);
    return p;
  }
  function item(a) {
    var li = document.createElement("li");
    li.className = "item fresh";
    li.dataset.id = a.id;
    li.dataset.others = String(a.others || 0);
    li.dataset.story = a.story_id || "";
    if (sortTime(a)) { li.dataset.sort = sortTime(a); }
    var link = document.createElement("a");
    link.className = "title";
    link.href = "/articles/" + encodeURIComponent(a.id);
    if (a.title) {
      link.textContent = a.title;
    } else {  // no headline: its first words, marked, as headline.py (t-final29 U4)
      var words = document.createElement(a.untitled_text ? "em" : "span");
      words.className = "untitled";
      words.textContent = a.untitled_text || list.dataset.untitled || a.id;
      if (a.untitled_text) { words.title = list.dataset.untitledHint || ""; }
      link.appendChild(words);
    }
    ownText(link, a.language);
    var meta = document.createElement("span");
    meta.className = "meta";
    // The outlet's shown name, as the server's rows (veille/outlet_names.py).
    var outlets = JSON.parse(list.dataset.outlets || "{}");
    meta.textContent = ((a.source && outlets[a.source]) || a.source || list.dataset.noSource) + " · ";
    var kind = { reprint: "relationReprint", teaser: "relationTeaser",
                 republication: "relationRepublication" }[a.relation || ""];
    if (kind) {  // a copy's badge, as _relation_badge.html
      var badge = document.createElement("span");
      badge.className = "badge relation " + a.relation;
      badge.textContent = list.dataset[kind] || "";
      meta.appendChild(badge);
      meta.appendChild(document.createTextNode(" · "));
    }
    if (a.published) {
      meta.appendChild(timeOf(a.published, a.published_precision));
    } else {
      var undated = document.createElement("span");
      undated.className = "undated";
      undated.title = (list.dataset.firstSeen || "") + " " + formatDate(a.first_seen);
      undated.textContent = list.dataset.dateUnknown || "";
      meta.appendChild(undated);
    }
    // when the story began and its newest article, on every story row (_article_item.html)
    [["story_first", "story-first", "storyBegan"],
     ["story_latest", "story-latest", "storyLatest"]].forEach(function (f) {
      if (!a[f[0]]) { return; }
      var span = document.createElement("span");
      span.className = f[1];
      span.textContent = (list.dataset[f[2]] || "") + " ";
      span.appendChild(timeOf(a[f[0]], a[f[0] + "_precision"]));
      meta.appendChild(document.createTextNode(" · "));
      meta.appendChild(span);
    });
    li.appendChild(link);
    li.appendChild(meta);
    if (a.summary) {
      var p = document.createElement("p");
      p.className = "summary";
      p.textContent = a.summary;
      ownText(p, a.language);
      li.appendChild(p);
    }
    var story = coverage(a);
    if (story) { li.appendChild(story); }
    return li;
  }
  function rowOf(a) {  // the row of a's story on the page (a's own row when it has none)
    for (var li = list.firstElementChild; li; li = li.nextElementSibling) {
      if (a.story_id ? li.dataset.story === a.story_id : li.dataset.id === a.id) { return li; }
    }
    return null;
  }
  function placeByDate(li) {  // before the first row sorted after it (newest first)
    var when = parseFloat(li.dataset.sort);
    for (var at = list.firstElementChild; at; at = at.nextElementSibling) {
      if (at !== li && !(parseFloat(at.dataset.sort) >= when)) {
        list.insertBefore(li, at);
        return;
      }
    }
    list.appendChild(li);
  }
  // The collapsed rows as the server lists them now: each row of the answer replaces its
  // story's row (kept as is when unchanged) and takes its place in the answer's order;
  // rows the answer does not reach stay below, in their order.
  function regroup(rows) {
    for (var i = 0; i < rows.length; i++) {
      var a = rows[i], old = rowOf(a), li = old;
      if (!old || old.dataset.id !== a.id || old.dataset.others !== String(a.others || 0) ||
          parseFloat(old.dataset.sort) !== parseFloat(sortTime(a))) {
        li = item(a);
        if (old) {
          li.classList.add("grown");
          old.parentNode.removeChild(old);
        }
      }
      var here = list.children[i] || null;
      if (here !== li) { list.insertBefore(li, here); }
    }
  }
  function dated(fresh) {  // the new dated articles onto the page; a promise
    fresh.forEach(function (a) { seen[a.id] = true; });
    if (!fresh.length) { return Promise.resolve(); }
    if (!collapsed) {
      fresh.forEach(function (a) { placeByDate(item(a)); });
      return Promise.resolve();
    }
    var limit = Math.min(100, list.children.length + fresh.length);
    return fetch(list.dataset.endpoint + "?collapse=true&limit=" + limit,
                 { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (data && data.articles) { regroup(data.articles); return; }
        fresh.forEach(function (a) { placeByDate(item(a)); });  // the list unreadable now
      });
  }
  function row(id) {  // the row showing article ``id``, compared as text (never a selector)
    var lists = [list, undatedList];
    for (var k = 0; k < lists.length; k++) {
      if (!lists[k]) { continue; }
      for (var li = lists[k].firstElementChild; li; li = li.nextElementSibling) {
        if (li.dataset.id === id) { return li; }
      }
    }
    return null;
  }
  function replace(a) {  // the same row, redrawn from the article as it is now
    var old = row(a.id);
    if (!old) { return false; }
    var li = item(a);
    li.classList.add("changed");
    if (old.dataset.others) { li.dataset.others = old.dataset.others; }
    if (old.dataset.sort) { li.dataset.sort = old.dataset.sort; }
    var latest = old.querySelector(".story-latest");  // the story's part: the row's, kept
    if (latest) {
      var meta = li.querySelector(".meta");
      meta.appendChild(document.createTextNode(" · "));
      meta.appendChild(latest);
    }
    var story = old.querySelector(".coverage");
    if (story) { li.appendChild(story); }
    old.parentNode.replaceChild(li, old);
    return true;
  }
  function remove(id) {
    var old = row(id);
    if (old) { old.parentNode.removeChild(old); }
  }
  var announce = plural;
  function poll() {
    if (document.hidden) { return schedule(); }
    fetch(list.dataset.endpoint + "?limit=50&after_seq=" + afterSeq + "&changed_after=" + changeSeq,
          { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        if (data.reload) { window.location.reload(); return; }
        var fresh = data.articles.filter(function (a) { return !seen[a.id]; });
        return dated(fresh).then(function () { return [data, fresh]; });
      })
      .then(function (got) {
        if (!got) { return; }
        var data = got[0], fresh = got[1];
        var undated = (data.undated || []).filter(function (a) { return !seen[a.id]; });
        if (undated.length && undatedList) {
          for (var j = undated.length - 1; j >= 0; j--) {
            seen[undated[j].id] = true;
            undatedList.insertBefore(item(undated[j]), undatedList.firstChild);
          }
          undatedList.hidden = false;
          if (undatedTitle) { undatedTitle.hidden = false; }
          fresh = fresh.concat(undated);
        }
        var changed = (data.changed || []).filter(replace).length;
        (data.deleted || []).forEach(remove);
        var told = [];
        if (fresh.length) { told.push(announce(fresh.length, "newOne", "newOther")); }
        if (changed) { told.push(announce(changed, "changedOne", "changedOther")); }
        if (told.length && status) { status.textContent = told.join(" · "); }
        afterSeq = Math.max(afterSeq, data.max_seq || 0);
        changeSeq = Math.max(changeSeq, data.change_seq || 0);
      })
      .catch(function () { /* offline or restarting: try again at the next tick */ })
      .then(schedule);
  }
  function schedule() { window.setTimeout(poll, interval); }
  schedule();
})();
