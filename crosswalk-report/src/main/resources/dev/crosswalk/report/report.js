(function () {
  'use strict';
  var all = function (scope) { return document.querySelectorAll(scope + ' details.explain'); };
  var set = function (scope, open) { all(scope).forEach(function (d) { d.open = open; }); };
  document.getElementById('expand-all').addEventListener('click', function () { set('', true); });
  document.getElementById('collapse-all').addEventListener('click', function () { set('', false); });
  var before = [];
  window.addEventListener('beforeprint', function () {
    before = Array.prototype.map.call(all('#gap-table'), function (d) { return d.open; });
    set('#gap-table', true);
  });
  window.addEventListener('afterprint', function () {
    all('#gap-table').forEach(function (d, i) { d.open = before[i] === true; });
  });
  document.documentElement.setAttribute('data-ready', 'true');
})();
