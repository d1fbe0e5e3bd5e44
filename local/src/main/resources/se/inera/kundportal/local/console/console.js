// The local Step Functions console: reloads a running execution's page and keeps open history
// details open across reloads. No other behaviour; the pages work without it.
(function () {
  'use strict';
  var storageKey = 'kundportal-console-open:' + location.pathname + location.search;

  function openEventIds() {
    try {
      return JSON.parse(sessionStorage.getItem(storageKey) || '[]');
    } catch (e) {
      return [];
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var open = openEventIds();
    document.querySelectorAll('details[data-event]').forEach(function (details) {
      if (open.indexOf(details.dataset.event) >= 0) {
        details.open = true;
      }
      details.addEventListener('toggle', function () {
        var ids = Array.prototype.map.call(document.querySelectorAll('details[data-event][open]'),
            function (d) { return d.dataset.event; });
        try {
          sessionStorage.setItem(storageKey, JSON.stringify(ids));
        } catch (e) {
          // storage unavailable: details simply close on reload
        }
      });
    });

    var seconds = parseInt(document.body.dataset.refreshSeconds || '', 10);
    if (seconds > 0) {
      setTimeout(function () {
        sessionStorage.setItem(storageKey + ':scroll', String(window.scrollY));
        location.reload();
      }, seconds * 1000);
    }
    var scroll = sessionStorage.getItem(storageKey + ':scroll');
    if (scroll !== null) {
      sessionStorage.removeItem(storageKey + ':scroll');
      window.scrollTo(0, parseInt(scroll, 10) || 0);
    }
  });
})();
