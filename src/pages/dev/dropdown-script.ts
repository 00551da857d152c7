// The page's multi-select dropdowns, inlined after the main script: a long multi-select is a
// dropdown, as in Lark, and its closed box lists what is chosen.
export const DROPDOWN_SCRIPT = String.raw`
(function () {
  'use strict';
  var log = document.getElementById('log');
  if (!log) return;
  log.addEventListener('change', function (e) {
    var dd = e.target.closest('.lk-dd');
    if (!dd) return;
    var sum = dd.querySelector('summary');
    var names = Array.prototype.map.call(dd.querySelectorAll('input:checked'), function (c) {
      return c.nextElementSibling.textContent;
    });
    sum.textContent = names.length ? names.join('、') : sum.getAttribute('data-placeholder');
  });
  document.addEventListener('click', function (e) {
    document.querySelectorAll('.lk-dd[open]').forEach(function (dd) {
      if (!dd.contains(e.target)) dd.open = false;
    });
  });
})();
`;
