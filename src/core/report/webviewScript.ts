// The one script of the webview report (allowed by its nonce): filters by status and by
// rule, remembered across re-renders with the webview state; a click on a line number
// asks the extension to reveal that range in the draft; the export buttons ask it to save
// the report. It reads only data-* attributes the renderer wrote and never builds HTML.
export const WEBVIEW_SCRIPT = `
(function () {
  'use strict';
  var vscode = acquireVsCodeApi();
  var state = vscode.getState() || {};
  var hidden = Array.isArray(state.hidden) ? state.hidden.slice() : [];
  var rule = typeof state.rule === 'string' ? state.rule : '';
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-status]'));
  var chips = Array.prototype.slice.call(document.querySelectorAll('[data-status-filter]'));
  var select = document.getElementById('rule-filter');
  var shown = document.getElementById('shown');
  var none = document.getElementById('none-shown');
  if (select && rule && !Array.prototype.some.call(select.options, function (o) { return o.value === rule; })) rule = '';

  function apply() {
    var visible = 0;
    rows.forEach(function (row) {
      var okStatus = hidden.indexOf(row.getAttribute('data-status')) < 0;
      var rules = ' ' + (row.getAttribute('data-rules') || '') + ' ';
      var okRule = !rule || rules.indexOf(' ' + rule + ' ') >= 0;
      row.hidden = !(okStatus && okRule);
      if (!row.hidden) visible++;
    });
    chips.forEach(function (chip) {
      chip.setAttribute('aria-pressed', String(hidden.indexOf(chip.getAttribute('data-status-filter')) < 0));
    });
    if (select) select.value = rule;
    if (shown) shown.textContent = visible === rows.length ? '' : visible + ' of ' + rows.length + ' shown';
    if (none) none.hidden = visible > 0 || rows.length === 0;
    vscode.setState({ hidden: hidden, rule: rule, scrollY: window.scrollY });
  }

  chips.forEach(function (chip) {
    chip.addEventListener('click', function () {
      var s = chip.getAttribute('data-status-filter');
      var i = hidden.indexOf(s);
      if (i >= 0) hidden.splice(i, 1); else hidden.push(s);
      apply();
    });
  });
  if (select) select.addEventListener('change', function () { rule = select.value; apply(); });

  document.addEventListener('click', function (e) {
    var target = e.target;
    if (!target || !target.closest) return;
    var link = target.closest('a.goto[data-start]');
    if (link) {
      e.preventDefault();
      vscode.postMessage({ type: 'reveal', start: Number(link.getAttribute('data-start')), end: Number(link.getAttribute('data-end')) });
      return;
    }
    var button = target.closest('button[data-export]');
    if (button) vscode.postMessage({ type: 'export', format: button.getAttribute('data-export') });
  });

  // The page is rebuilt whenever the draft changes: keep the reader where they were.
  var scrollTimer = 0;
  window.addEventListener('scroll', function () {
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(function () {
      vscode.setState({ hidden: hidden, rule: rule, scrollY: window.scrollY });
    }, 100);
  });

  apply();
  if (typeof state.scrollY === 'number' && state.scrollY > 0) window.scrollTo(0, state.scrollY);
})();
`;
