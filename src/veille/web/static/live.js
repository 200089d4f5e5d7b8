// "Dernières Infos" live: poll /api/v1/latest?after_seq=N&changed_after=C and prepend new
// articles, the dated ones to the list, the undated ones to the "date unknown" section
// below it; a row whose article changed since (a new version: a corrected headline) is
// replaced in place, a deleted one removed, and when the server can no longer tell what
// changed (its change log was compacted past C) the page reloads.
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
  function formatDate(iso) {
    var d = new Date(iso);
    return isNaN(d.getTime()) ? "" : format.format(d).replace(",", "");
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
    return ownFormat.format(new Date(d.getTime() + own * 60000)).replace(",", "") +
      " (" + zoneLabel(own) + ")";
  }
  function formatDay(iso) {
    var d = new Date(String(iso).slice(0, 10) + "T00:00:00Z");
    return isNaN(d.getTime()) ? "" : dayFormat.format(d);
  }
  var rtl = (list.dataset.rtl || "").split(" ");
  function ownText(el, language) {  // lang and dir of an article's text, as text_attrs
    var tag = String(language || "").trim();
    if (tag) { el.lang = tag; }
    var primary = tag.toLowerCase().replace(/_/g, "-").split("-")[0];
    el.dir = !tag ? "auto" : (rtl.indexOf(primary) >= 0 ? "rtl" : "ltr");
  }
  function item(a) {
    var li = document.createElement("li");
    li.className = "item fresh";
    li.dataset.id = a.id;
    var link = document.createElement("a");
    link.className = "title";
    link.href = "/articles/" + encodeURIComponent(a.id);
    link.textContent = a.title || a.id;
    ownText(link, a.language);
    var meta = document.createElement("span");
    meta.className = "meta";
    meta.textContent = (a.source || list.dataset.noSource) + " · ";
    if (a.published) {
      var time = document.createElement("time");
      var day = a.published_precision === "day";
      time.dateTime = day ? String(a.published).slice(0, 10) : a.published;
      time.textContent = day ? formatDay(a.published) : formatPublished(a.published);
      meta.appendChild(time);
    } else {
      var undated = document.createElement("span");
      undated.className = "undated";
      undated.title = (list.dataset.firstSeen || "") + " " + formatDate(a.first_seen);
      undated.textContent = list.dataset.dateUnknown || "";
      meta.appendChild(undated);
    }
    li.appendChild(link);
    li.appendChild(meta);
    if (a.summary) {
      var p = document.createElement("p");
      p.className = "summary";
      p.textContent = a.summary;
      ownText(p, a.language);
      li.appendChild(p);
    }
    return li;
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
    var coverage = old.querySelector(".coverage");  // the story link: the server's, kept
    if (coverage) { li.appendChild(coverage); }
    old.parentNode.replaceChild(li, old);
    return true;
  }
  function remove(id) {
    var old = row(id);
    if (old) { old.parentNode.removeChild(old); }
  }
  function announce(n, one, other) {
    var rule = new Intl.PluralRules(lang).select(n) === "one" ? one : other;
    return (list.dataset[rule] || "").replace("{n}", String(n));
  }
  function poll() {
    if (document.hidden) { return schedule(); }
    fetch(list.dataset.endpoint + "?limit=50&after_seq=" + afterSeq + "&changed_after=" + changeSeq,
          { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        if (data.reload) { window.location.reload(); return; }
        var fresh = data.articles.filter(function (a) { return !seen[a.id]; });
        for (var i = fresh.length - 1; i >= 0; i--) {
          seen[fresh[i].id] = true;
          list.insertBefore(item(fresh[i]), list.firstChild);
        }
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
