// The page's reply control, inlined after the main script: 回复 on a bot message quotes it above the
// composer and marks the composer with the message's id; the main script's send reads that mark.
export const REPLY_SCRIPT = String.raw`
(function () {
  'use strict';
  var composer = document.getElementById('composer');
  var log = document.getElementById('log');
  var bar = document.getElementById('reply-bar');
  var quote = document.getElementById('reply-quote');
  var text = document.getElementById('text');
  if (!composer || !log || !bar || !quote || !text) return;

  function replyTo(id, line) {
    if (id) composer.setAttribute('data-parent', id);
    else composer.removeAttribute('data-parent');
    quote.textContent = line || '';
    bar.hidden = !id;
  }

  log.addEventListener('click', function (e) {
    var btn = e.target.closest('button[data-reply]');
    if (!btn || text.disabled) return;
    replyTo(btn.getAttribute('data-reply'), btn.getAttribute('data-quote'));
    text.focus();
  });
  document.getElementById('reply-cancel').addEventListener('click', function () {
    replyTo('');
    text.focus();
  });
  text.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && !bar.hidden) replyTo('');
  });
  // Sent: the quote goes, unless the person already chose another message to answer meanwhile.
  composer.addEventListener('replied', function (e) {
    if (composer.getAttribute('data-parent') === e.detail) replyTo('');
  });
})();
`;
