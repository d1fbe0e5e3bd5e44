// Keeps the list of orders in progress fresh, unless the tester is typing a code.
(function () {
  'use strict';
  var interval = Number(document.body.getAttribute('data-auto-refresh'));
  if (!interval) {
    return;
  }
  window.setInterval(function () {
    var code = document.getElementById('code');
    var typing = code && (document.activeElement === code || code.value.length > 0);
    if (!typing) {
      window.location.reload();
    }
  }, interval);
}());
