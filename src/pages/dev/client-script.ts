// The simulator page's only script, inlined (no front-end build). The server draws every message and
// card; this script polls for changes, and turns typing and clicks into /dev/api calls.
export const CLIENT_SCRIPT = String.raw`
(function () {
  'use strict';
  var root = document.querySelector('.sim');
  if (!root) return;
  var me = root.getAttribute('data-as') || '';
  var cursor = root.getAttribute('data-cursor') || '';
  var log = document.getElementById('log');
  var empty = document.getElementById('empty');
  var text = document.getElementById('text');
  var sendBtn = document.getElementById('send');
  var sendErr = document.getElementById('send-err');
  var toastEl = document.getElementById('toast');
  var dialog = document.getElementById('confirm');
  var whoSelect = document.getElementById('as');
  var composer = document.getElementById('composer');
  var SEEN_KEY = 'zhifa-simulator-seen';

  function call(url, body) {
    var init = body ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {};
    return fetch(url, init).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (data) {
        if (!res.ok) throw new Error(data.error || '请求未成功，请稍后重试。');
        return data;
      });
    });
  }

  function scrollToEnd() {
    window.scrollTo(0, document.documentElement.scrollHeight);
  }

  function upsert(item) {
    var nodes = log.querySelectorAll('.msg');
    var existing = null;
    for (var i = 0; i < nodes.length; i++) if (nodes[i].getAttribute('data-id') === item.id) existing = nodes[i];
    if (existing && existing.getAttribute('data-version') === item.version) return false;
    var t = document.createElement('template');
    t.innerHTML = item.html.trim();
    var node = t.content.firstElementChild;
    if (existing) {
      existing.replaceWith(node);
      return false;
    }
    var before = null;
    for (var c = log.lastElementChild; c && c.getAttribute('data-at') > item.at; c = c.previousElementSibling) before = c;
    log.insertBefore(node, before);
    return true;
  }

  function seen() {
    try { return JSON.parse(localStorage.getItem(SEEN_KEY) || '{}'); } catch (e) { return {}; }
  }

  function nameOf(openId) {
    for (var i = 0; i < whoSelect.options.length; i++) if (whoSelect.options[i].value === openId) return whoSelect.options[i].text;
    return openId;
  }

  // Who else got something since this browser last looked at their chat: the next step of an approval.
  function showOthers(latest) {
    var s = seen();
    if (!s.__base) {
      s.__base = Object.keys(latest).reduce(function (m, k) { return latest[k] > m ? latest[k] : m; }, '0');
    }
    if (me && latest[me]) s[me] = latest[me];
    try { localStorage.setItem(SEEN_KEY, JSON.stringify(s)); } catch (e) { /* private mode: hints only */ }
    var box = document.getElementById('others');
    var list = box.querySelector('ul');
    var ids = Object.keys(latest).filter(function (id) { return id !== me && latest[id] > (s[id] || s.__base); });
    list.textContent = '';
    ids.forEach(function (id) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.className = 'btn';
      a.href = '/dev?as=' + encodeURIComponent(id);
      var dot = document.createElement('span');
      dot.className = 'dot';
      dot.setAttribute('aria-hidden', 'true');
      a.appendChild(dot);
      a.appendChild(document.createTextNode('切换为 ' + nameOf(id)));
      li.appendChild(a);
      list.appendChild(li);
    });
    box.hidden = ids.length === 0;
  }

  function poll() {
    var q = me ? '?as=' + encodeURIComponent(me) + '&after=' + encodeURIComponent(cursor) : '';
    return call('/dev/api/messages' + q).then(function (data) {
      var added = false;
      data.items.forEach(function (item) { if (upsert(item)) added = true; });
      cursor = data.cursor;
      empty.hidden = log.children.length > 0 || !me;
      showOthers(data.latest || {});
      if (added) scrollToEnd();
    });
  }

  function loop() {
    (document.hidden ? Promise.resolve() : poll()).catch(function () {}).then(function () { setTimeout(loop, 1000); });
  }

  var toastTimer;
  function toast(t) {
    toastEl.textContent = t.content || '';
    toastEl.className = 'toast toast-' + (t.type || 'info');
    toastEl.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { toastEl.hidden = true; }, 3000);
  }

  function confirmFirst(btn) {
    var title = btn.getAttribute('data-confirm-title');
    var body = btn.getAttribute('data-confirm-text');
    if (!title && !body) return Promise.resolve(true);
    document.getElementById('confirm-t').textContent = title || '请确认';
    document.getElementById('confirm-d').textContent = body || '';
    dialog.returnValue = '';
    dialog.showModal();
    return new Promise(function (resolve) {
      dialog.addEventListener('close', function () { resolve(dialog.returnValue === 'ok'); btn.focus(); }, { once: true });
    });
  }

  // Lark checks required fields in the client and sends nothing until they are filled.
  function collect(form) {
    var values = {};
    var firstBad = null;
    form.querySelectorAll('[data-field]').forEach(function (f) {
      var name = f.getAttribute('data-field');
      var kind = f.getAttribute('data-kind');
      var control = f.querySelector('input,select,textarea');
      var v;
      if (kind === 'multi') {
        v = Array.prototype.map.call(f.querySelectorAll('input:checked'), function (c) { return c.value; });
      } else {
        v = control ? control.value : '';
        if (kind === 'date' && v) v = v + ' +0800';
      }
      var blank = Array.isArray(v) ? v.length === 0 : v.trim() === '';
      var bad = f.hasAttribute('data-required') && blank;
      var err = f.querySelector('.lk-err');
      if (err) err.hidden = !bad;
      var target = kind === 'multi' ? f : control;
      if (target) {
        if (bad) target.setAttribute('aria-invalid', 'true'); else target.removeAttribute('aria-invalid');
      }
      if (bad && !firstBad) firstBad = control;
      if (kind === 'text' || kind === 'multi' || !blank) values[name] = v;
    });
    if (firstBad) {
      firstBad.focus();
      return null;
    }
    return values;
  }

  // The pressed button went away with the card it was on: keep keyboard focus on the new card.
  function focusCard(id) {
    var msgs = log.querySelectorAll('.msg');
    for (var i = 0; i < msgs.length; i++) {
      var card = msgs[i].getAttribute('data-id') === id && msgs[i].querySelector('.lk-card');
      if (card) {
        card.setAttribute('tabindex', '-1');
        card.focus();
      }
    }
  }

  function press(btn, payload) {
    var msg = btn.closest('.msg');
    var id = payload.messageId;
    btn.disabled = true;
    msg.setAttribute('aria-busy', 'true');
    call('/dev/api/click', payload)
      .then(function (res) {
        if (res.toast) toast(res.toast);
        return poll();
      })
      .catch(function (err) { toast({ type: 'error', content: err.message }); })
      .then(function () {
        btn.disabled = false;
        msg.removeAttribute('aria-busy');
        if (!btn.isConnected) focusCard(id);
      });
  }

  log.addEventListener('submit', function (e) { e.preventDefault(); });
  log.addEventListener('click', function (e) {
    var btn = e.target.closest('button[data-act]');
    if (!btn || btn.disabled) return;
    var act = btn.getAttribute('data-act');
    var form = btn.closest('form');
    if (act === 'reset' && form) {
      form.reset();
      form.querySelectorAll('.lk-err').forEach(function (el) { el.hidden = true; });
      return;
    }
    if (act !== 'callback' && act !== 'submit') return;
    var payload = {
      openId: me,
      messageId: btn.closest('.msg').getAttribute('data-id'),
      value: JSON.parse(btn.getAttribute('data-value') || '{}'),
    };
    if (act === 'submit') {
      if (!form) return;
      var values = collect(form);
      if (!values) return;
      payload.formValue = values;
      if (btn.getAttribute('data-name')) payload.name = btn.getAttribute('data-name');
    }
    confirmFirst(btn).then(function (ok) { if (ok) press(btn, payload); });
  });

  // Posts what the person sent; on success runs sent() and polls, a refusal shows under the composer; after() runs last.
  function deliver(path, payload, sent, after) {
    return call(path, payload)
      .then(function () {
        sent();
        sendErr.hidden = true;
        return poll();
      })
      .catch(function (err) {
        sendErr.textContent = err.message;
        sendErr.hidden = false;
      })
      .then(after);
  }

  // With a quote above the composer (reply-script) the message goes as a reply to that message.
  function send() {
    var body = text.value;
    if (!me || !body.trim()) return;
    sendBtn.disabled = true;
    var parent = composer.getAttribute('data-parent');
    var sent = function () {
      text.value = '';
      if (parent) composer.dispatchEvent(new CustomEvent('replied', { detail: parent }));
    };
    var path = parent ? '/dev/api/reply' : '/dev/api/send';
    var payload = parent ? { openId: me, text: body, parentId: parent } : { openId: me, text: body };
    deliver(path, payload, sent, function () {
      sendBtn.disabled = false;
      text.focus();
    });
  }

  var fileInput = document.getElementById('file');
  fileInput.addEventListener('change', function () {
    var file = fileInput.files && fileInput.files[0];
    if (!me || !file) return;
    var reader = new FileReader();
    reader.onload = function () {
      var data = String(reader.result).replace(/^data:[^,]*,/, '');
      var done = function () {
        fileInput.value = '';
      };
      deliver('/dev/api/send-file', { openId: me, fileName: file.name, data: data }, done, done);
    };
    reader.readAsDataURL(file);
  });

  composer.addEventListener('submit', function (e) {
    e.preventDefault();
    send();
  });
  text.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      send();
    }
  });
  document.querySelectorAll('.tip').forEach(function (tip) {
    tip.addEventListener('click', function () {
      if (!me) {
        whoSelect.focus();
        return;
      }
      text.value = tip.getAttribute('data-text');
      text.focus();
    });
  });

  if (log.children.length) scrollToEnd();
  loop();
})();
`;
